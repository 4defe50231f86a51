FROM debian:12
RUN echo "$HOME"
RUN cd /tmp && ls
