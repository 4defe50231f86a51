if true
then
  apt-get update
fi