FROM alpine:3.19
RUN apk update && apk add --no-cache curl=8.5.0-r0
RUN apk add --no-cache -U git=2.43.0-r0 && apk add --no-cache bash=5.2.21-r0
