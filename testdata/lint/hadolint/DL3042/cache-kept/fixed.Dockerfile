FROM python:3.12
RUN pip install --no-cache-dir flask==3.0.0
RUN pip3 install --no-cache-dir requests==2.31.0 && python -m pip install --no-cache-dir gunicorn==21.2.0
