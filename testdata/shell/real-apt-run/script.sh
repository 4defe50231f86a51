set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates curl=7.88.1-10 ; \
	rm -rf /var/lib/apt/lists/*