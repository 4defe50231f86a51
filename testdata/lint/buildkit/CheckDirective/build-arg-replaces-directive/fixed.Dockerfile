# check=error=true;skip=FromAsCasing
FROM alpine:3.20 AS build
MAINTAINER Jane
