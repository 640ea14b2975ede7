"""Celery entry: ``python -m celery -A dashboard.worker worker -Q celery,jobs`` (and ``beat``).

Builds the same app as the web (so Dash's background callbacks are registered as the same Celery
tasks), never starts its threads, and adds the deployment's jobs (dashboard/jobs.py). When a
worker is ready it queues the start-up jobs, once per deployment however many workers start.
"""

from typing import Any

from celery import signals
from celery.concurrency import asynpool

from dashboard.app import create_app
from dashboard.jobs import register_jobs
from dashboard.settings import Settings

_iterate_safely = asynpool.iterate_file_descriptors_safely


def _closed_pipe_is_stale(fds_iter: Any, source_data: Any, hub_method: Any, *args: Any,
                          **kwargs: Any) -> None:
    """After Redis went away and came back, the prefork pool may re-register a child whose pipe
    is already closed (``None``): kombu raises AttributeError, which Celery does not treat as a
    stale descriptor, and the worker dies with "Unrecoverable error" (celery/celery#9250; the
    fix, celery/celery#10318, is not released). Raised as OSError it is dropped like any stale
    descriptor and the worker reconnects."""
    def method(fd: Any, *a: Any, **kw: Any) -> Any:
        try:
            return hub_method(fd, *a, **kw)
        except AttributeError as exc:
            raise OSError(f"closed pipe: {exc}") from exc

    _iterate_safely(fds_iter, source_data, method, *args, **kwargs)


asynpool.iterate_file_descriptors_safely = _closed_pipe_is_stale

settings = Settings()
settings.jobs = "celery"
dash_app = create_app(settings, start=False)
services = dash_app.server.extensions["dashboard"]
celery = app = services.celery  # what ``celery -A dashboard.worker`` looks for
register_jobs(celery, services, services.warmers)


@signals.worker_ready.connect(weak=False)
def queue_startup_jobs(**_kw: object) -> None:
    services.jobs.startup()
