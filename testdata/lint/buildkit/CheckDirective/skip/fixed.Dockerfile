# check=skip=JSONArgsRecommended,MaintainerDeprecated
FROM alpine:3.20 AS build
MAINTAINER Jane
CMD echo hi
