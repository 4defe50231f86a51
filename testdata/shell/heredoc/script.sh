cat <<EOF > /etc/conf
name=$NAME
home=`pwd`
EOF
echo done