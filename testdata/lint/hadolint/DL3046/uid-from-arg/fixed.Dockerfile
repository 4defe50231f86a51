FROM debian:12
ARG APP_UID=1000001
ARG BUILD_UID
ENV SVC_UID=2000002
RUN useradd -l -u ${APP_UID} app
RUN useradd -l --uid=$SVC_UID svc
RUN useradd -u ${BUILD_UID} given-at-build-time
RUN useradd -u "$OTHER" unknown
