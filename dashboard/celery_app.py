"""The Celery application: Redis as broker and result store, two queues, the beat schedule.

Queues: ``celery`` carries Dash's background callbacks (``CeleryManager``: a forecast retrain
clicked on the page), ``jobs`` the work that must run once per deployment rather than once per web
worker (document indexing, forecast refresh, report schedules, cache warming), started by beat on
a schedule and by writes through ``dashboard.jobs.JobQueue``.

Jobs are acknowledged late and re-queued when their worker dies (``kill -9`` included): every job
writes in one transaction, or switches a manifest atomically, so a killed job leaves nothing
half-written and simply runs again. ``visibility_timeout`` must exceed the longest job.

Nothing here connects to Redis: ``make_celery`` only configures; the worker and beat processes
(``python -m celery -A dashboard.worker ...``) and the web's first enqueue connect.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from celery import Celery, signals

from dashboard.settings import Settings

log = logging.getLogger(__name__)
JOB_QUEUE = "jobs"
CALLBACK_QUEUE = "celery"
TASKS = ("index_documents", "refresh_forecasts", "run_report_schedules", "warm_cache",
         "heartbeat")
VISIBILITY_TIMEOUT = 4 * 3600


def make_celery(settings: Settings) -> Celery:
    if not settings.redis_url:
        raise ValueError("Celery needs REDIS_URL (its broker and result store)")
    app = Celery("dashboard", broker=settings.redis_url, backend=settings.redis_url,
                 set_as_current=False)
    app.conf.update(
        task_default_queue=CALLBACK_QUEUE,
        task_routes={f"dashboard.{name}": {"queue": JOB_QUEUE} for name in TASKS},
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_expires=3600,
        broker_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT},
        result_backend_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        beat_schedule=beat_schedule(settings),
        timezone="UTC",
    )
    return app


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    """Periodic jobs; a period of 0 turns one off. The heartbeat tells /readyz that beat and a
    worker are both alive."""
    every = {"index_documents": settings.index_every, "refresh_forecasts": settings.forecast_every,
             "run_report_schedules": settings.reports_every, "warm_cache": settings.warm_every,
             "heartbeat": settings.heartbeat_every}
    return {name: {"task": f"dashboard.{name}", "schedule": float(seconds),
                   "options": {"queue": JOB_QUEUE, "expires": max(30.0, float(seconds))}}
            for name, seconds in every.items() if seconds}


def record_durations(app: Celery, write: Any) -> None:
    """Time every task on this worker (jobs and background callbacks alike) and hand
    ``(job, outcome, seconds)`` to ``write`` (Redis, read by the web's /metrics)."""
    started: dict[str, float] = {}

    @signals.task_prerun.connect(weak=False)
    def prerun(task_id: str | None = None, **_kw: Any) -> None:
        if task_id:
            started[task_id] = time.monotonic()

    @signals.task_postrun.connect(weak=False)
    def postrun(task_id: str | None = None, task: Any = None, state: str | None = None,
                **_kw: Any) -> None:
        begun = started.pop(task_id or "", None)
        if begun is None or task is None or task.app is not app:
            return
        name = task.name.removeprefix("dashboard.")
        if name.startswith("background_callback_"):
            name = "background_callback"
        outcome = {"SUCCESS": "ok", "RETRY": "retry"}.get(state or "", "failed")
        try:
            write(name, outcome, time.monotonic() - begun)
        except Exception as exc:  # noqa: BLE001 - metrics never fail a job
            log.warning("job metrics not recorded: %s", exc)


@signals.setup_logging.connect(weak=False)
def _logging(**_kw: Any) -> None:
    """Celery leaves logging to us: the same format as the web (LOG_FORMAT)."""
    from dashboard.observability import configure_logging

    settings = Settings()
    configure_logging(settings.log_format, settings.log_level)
