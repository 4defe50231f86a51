FROM alpine:3.20 as build
