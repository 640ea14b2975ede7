# Production image: gunicorn with threads (websockets need a threaded worker), PostgreSQL + Redis
# given by DATABASE_URL and REDIS_URL.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DATA_DIR=/var/lib/dashboard
WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY dashboard ./dashboard
COPY pages ./pages
COPY components ./components
COPY data ./data
COPY models ./models
COPY assets ./assets
COPY migrations ./migrations
RUN pip install --no-cache-dir -e . gunicorn \
    && useradd --system --home /var/lib/dashboard dashboard \
    && mkdir -p /var/lib/dashboard && chown dashboard /var/lib/dashboard
USER dashboard
EXPOSE 8050
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8050/healthz')"
CMD ["sh", "-c", "python -m dashboard init && exec gunicorn --bind 0.0.0.0:8050 --workers 4 --threads 8 dashboard.wsgi:server"]
