"""Celery entry: ``python -m celery -A dashboard.worker worker -Q celery,jobs`` (and ``beat``).

Builds the same app as the web (so Dash's background callbacks are registered as the same Celery
tasks), never starts its threads, and adds the deployment's jobs (dashboard/jobs.py). When a
worker is ready it queues the start-up jobs, once per deployment however many workers start.
"""

from celery import signals

from dashboard.app import create_app
from dashboard.jobs import register_jobs
from dashboard.settings import Settings

settings = Settings()
settings.jobs = "celery"
dash_app = create_app(settings, start=False)
services = dash_app.server.extensions["dashboard"]
celery = app = services.celery  # what ``celery -A dashboard.worker`` looks for
register_jobs(celery, services, services.warmers)


@signals.worker_ready.connect(weak=False)
def queue_startup_jobs(**_kw: object) -> None:
    services.jobs.startup()
