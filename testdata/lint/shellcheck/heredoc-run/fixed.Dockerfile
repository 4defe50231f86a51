FROM debian:12
RUN <<EOF
set -e
cd /tmp
echo "$HOME"
EOF
RUN cat <<EOT > /etc/motd
hello $(whoami)
EOT
