cat <<EOF
line