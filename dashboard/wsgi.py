"""WSGI entry for gunicorn: ``gunicorn -c dashboard/gunicorn_conf.py dashboard.wsgi:server``.

The production shape: with ``REDIS_URL`` set (``JOBS=auto``), background work goes to the Celery
queue and these web processes start no background thread; several workers without Redis are
refused (by the gunicorn config, and again by the factory).
"""

from dashboard.app import create_app
from dashboard.observability import configure_logging
from dashboard.settings import Settings


def production_settings() -> Settings:
    settings = Settings()
    if settings.jobs == "auto":
        settings.jobs = "celery" if settings.redis_url else "threads"
    return settings


settings = production_settings()
configure_logging(settings.log_format, settings.log_level)
app = create_app(settings)
server = app.server
