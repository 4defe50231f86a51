FROM debian:12
COPY app.py /app/
COPY --chown=1000 "conf" /etc/app/
COPY app.zip /app/
copy lower.txt /app/
