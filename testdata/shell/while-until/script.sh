while read -r line; do echo "$line"; done < file
until false; do break; done