from alpine:3.20 as build
run true
