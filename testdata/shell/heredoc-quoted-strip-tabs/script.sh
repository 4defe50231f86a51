cat <<-'END'
	literal $x
	END
echo after