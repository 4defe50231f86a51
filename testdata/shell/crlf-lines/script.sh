echo a
echo "b
c"
