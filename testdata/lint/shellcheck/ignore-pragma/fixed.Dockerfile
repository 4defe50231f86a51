FROM debian:12
# hadolint ignore=SC2086
RUN echo $HOME
RUN echo "$HOME"
