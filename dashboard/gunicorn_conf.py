"""gunicorn configuration: ``gunicorn -c dashboard/gunicorn_conf.py dashboard.wsgi:server``.

Threaded workers (``gthread``): Dash's long polls and the live-updates websocket each hold a
thread, not a process. Sizes come from the environment (``WEB_CONCURRENCY`` workers, ``WEB_THREADS``
threads each plus ``LIVE_MAX_CONNECTIONS`` for websockets, ``HOST``/``PORT``); command-line flags
still override them.

At start the master refuses several workers without ``REDIS_URL``, prepares the directory where
every worker writes its Prometheus samples (so ``/metrics`` adds them up), and queues the
deployment's start-up jobs (once, however many workers or replicas start). When a worker exits,
its live gauges are dropped.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

# Before anything imports prometheus_client: every worker writes its samples here.
_metrics_dir = os.environ.setdefault(
    "PROMETHEUS_MULTIPROC_DIR",
    str(Path(tempfile.gettempdir()) / f"dashboard-metrics-{os.getpid()}"))

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8050')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Each live-updates websocket holds a thread for its life: the pool gets one per allowed socket
# (LIVE_MAX_CONNECTIONS, refused above that) on top of WEB_THREADS for ordinary requests. The
# pool starts threads only when needed, so idle capacity costs nothing.
_live = os.environ.get("LIVE", "true").strip().lower() not in ("0", "false", "no", "off")
live_sockets = int(os.environ.get("LIVE_MAX_CONNECTIONS", "200")) if _live else 0
threads = int(os.environ.get("WEB_THREADS", "8")) + live_sockets
worker_connections = max(1000, threads + 100)  # open connections a worker accepts
worker_class = "gthread"
timeout = int(os.environ.get("WEB_TIMEOUT", "120"))  # a worker silent this long is restarted
graceful_timeout = 30
# Idle keep-alive connections stay open longer than any client keeps one for reuse (httpx 5 s,
# load balancers 60 s): a server that closes first races the client's next request on that
# connection, which the client sees as a reset (issue 17's load test: 29 of 3,366 requests).
keepalive = int(os.environ.get("WEB_KEEPALIVE", "75"))
max_requests = int(os.environ.get("WEB_MAX_REQUESTS", "0"))  # recycle workers (0 = never)
max_requests_jitter = 50
preload_app = False  # each worker builds its own app: no connection crosses a fork
control_socket_disable = True  # no shared ~/.gunicorn/gunicorn.ctl between servers
accesslog = "-"
access_log_format = ('%(h)s "%(r)s" %(s)s %(b)s %(M)sms rid=%({x-request-id}o)s '
                     'worker=%(p)s')

if os.environ.get("LOG_FORMAT", "text").lower() == "json":
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"}}},
        "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json",
                                "stream": "ext://sys.stdout"}},
        "root": {"level": "INFO", "handlers": ["stdout"]},
        "loggers": {"gunicorn.error": {"handlers": ["stdout"], "level": "INFO",
                                       "propagate": False},
                    "gunicorn.access": {"handlers": ["stdout"], "level": "INFO",
                                        "propagate": False}},
    }


def on_starting(server: Any) -> None:
    """In the master, before any worker: refuse a layout that cannot work, reset metrics."""
    from dashboard.settings import Settings, WorkerConfigError

    settings = Settings()
    os.environ["DASHBOARD_GUNICORN_WORKERS"] = str(server.cfg.workers)
    try:
        settings.check_workers(server.cfg.workers)
    except WorkerConfigError as exc:
        server.log.error("refusing to start: %s", exc)
        sys.exit(f"refusing to start: {exc}")
    shutil.rmtree(_metrics_dir, ignore_errors=True)
    Path(_metrics_dir).mkdir(parents=True, exist_ok=True)


def when_ready(server: Any) -> None:
    """Queue the deployment's start-up jobs (index sync, missing forecasts) on Celery."""
    from dashboard.settings import Settings

    settings = Settings()
    if not settings.redis_url or settings.jobs == "threads":
        return
    try:
        from dashboard.celery_app import make_celery
        from dashboard.jobs import JobQueue

        queued = JobQueue(make_celery(settings), settings.redis_url).startup()
        server.log.info("start-up jobs %s", "queued" if queued else "already queued")
    except Exception as exc:  # noqa: BLE001 - serving must not wait on the queue
        server.log.warning("could not queue the start-up jobs: %s", exc)


def child_exit(_server: Any, worker: Any) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def post_worker_init(worker: Any) -> None:
    """The app is built: keep full garbage collections off it (``dashboard.heap``) and prepare the
    copilot for the scopes signed in now, in the background. On SIGTERM,
    close this worker's live sockets at once instead of holding the worker for the whole
    graceful timeout: their pages reconnect (with backoff) to a running worker."""
    from dashboard import heap

    heap.freeze()
    services = getattr(worker.wsgi, "extensions", {}).get("dashboard")
    copilot = getattr(services, "copilot", None)
    if copilot is not None:  # the names of the scopes signed in now, then freeze them too
        copilot.prepare(after=heap.freeze)
    original = worker.handle_exit

    def handle_exit(sig: Any, frame: Any) -> None:
        original(sig, frame)
        hub = getattr(services, "hub", None)
        if hub is not None:
            hub.close_all()

    signal.signal(signal.SIGTERM, handle_exit)  # gunicorn registered the original already
