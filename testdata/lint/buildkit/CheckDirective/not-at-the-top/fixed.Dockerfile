
# check=skip=all
FROM alpine:3.20 as build
LABEL org.opencontainers.image.authors="Jane"
