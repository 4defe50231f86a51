FROM debian:12
RUN echo "$HOME" "$PATH" $(date) \
    && test -n "$HOME"
