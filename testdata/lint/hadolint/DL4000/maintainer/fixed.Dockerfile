FROM debian:12
LABEL maintainer="Jane Doe <jane@example.com>"
FROM debian:12
LABEL maintainer="Jane Doe"
