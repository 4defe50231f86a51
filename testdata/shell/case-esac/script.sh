case "$ARCH" in
  amd64|x86_64) url=a ;;
  (arm64) url=b ;&
  *) echo unknown; exit 1 ;;
esac