FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*
RUN apt-get install -y -q --no-install-recommends git=1:2.39.2-1 \
 && apt-get install -y --no-install-recommends wget=1.21.3-1
