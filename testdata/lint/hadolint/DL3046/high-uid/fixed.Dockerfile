FROM debian:12
RUN useradd -l -u 123456 app
RUN groupadd -g 1000 app && useradd -l --uid=1000000 -m app2 && useradd -l -u 2000000 app3
ONBUILD RUN useradd -l --uid 7654321 builder
