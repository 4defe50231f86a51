FROM alpine:3.20
RUN echo hi
RUN echo there
CMD ["sh"]
