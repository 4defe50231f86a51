# check=experimental=InvalidDefinitionDescription

# The release to install
ARG VERSION=1.0

# Builds the app
FROM alpine:3.20 AS build

# one of the names
ARG A=1 B=2
