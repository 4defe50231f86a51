FROM debian:12
LABEL maintainer="\$USER \"x\""
