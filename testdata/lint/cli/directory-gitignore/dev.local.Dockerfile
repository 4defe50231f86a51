FROM alpine:3.19
USER root
