FROM debian:12
RUN apt-get update \
    && echo "$HOME" \
# a comment inside the continuation
    && cd /srv \
    && ls
