FROM alpine:3.20
RUN apk add \
    curl \
    git
CMD ["sh"]
