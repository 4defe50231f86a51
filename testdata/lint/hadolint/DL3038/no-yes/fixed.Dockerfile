FROM fedora:39
RUN dnf install -y httpd-2.4.58 && dnf clean all
RUN microdnf install -y git-2.43.0 && microdnf clean all
