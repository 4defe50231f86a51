cleanup() { rm -rf /tmp/x; }
cleanup