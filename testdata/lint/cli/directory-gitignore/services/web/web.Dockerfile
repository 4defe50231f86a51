FROM alpine:3.19
RUN cd /tmp
