FROM opensuse/leap:15.5
RUN zypper -n install curl=8.0.1 && zypper clean
RUN zypper -n --quiet rm vim && zypper clean
