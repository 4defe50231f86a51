FROM alpine:3.20
ENV APP_HOME=/srv/app
LABEL description="A small image"
ENV GREETING="hello world"
LABEL quoted It's "here"
