# Production image. Its steps are the README's production commands, so the path the tests run is
# the path the image runs:
#   python -m pip install -e '.[prod]'
#   python -m dashboard init
#   gunicorn -c dashboard/gunicorn_conf.py dashboard.wsgi:server
# The same image runs the Celery worker and beat (deploy/docker-compose.yml gives the commands).

# --- build: a virtual environment with the app and its [prod] extra ----------------------------
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY dashboard ./dashboard
COPY pages ./pages
COPY components ./components
COPY data ./data
COPY models ./models
COPY assets ./assets
COPY migrations ./migrations
# the copilot quotes the definitions (models/copilot/glossary.py reads docs/metrics.md)
COPY docs/metrics.md ./docs/metrics.md
RUN python -m pip install -e '.[prod]'

# --- run: the environment, the code, Chromium for chart rendering, a user without privileges ---
FROM python:3.11-slim AS run
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH \
    DATA_DIR=/var/lib/dashboard HOST=0.0.0.0 PORT=8050 LOG_FORMAT=json
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       chromium fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /var/lib/dashboard dashboard
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app
USER dashboard
EXPOSE 8050
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8050/healthz', timeout=4)"]
CMD ["sh", "-c", "python -m dashboard init && exec gunicorn -c dashboard/gunicorn_conf.py dashboard.wsgi:server"]
