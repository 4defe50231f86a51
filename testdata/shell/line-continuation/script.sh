apt-get install -y \
    curl \
    git