"""What the app tells its operators: structured logs with a request id, and Prometheus metrics.

Logs: ``LOG_FORMAT=json`` gives one JSON object per line (python-json-logger) with the request id,
taken from an ``X-Request-ID`` header or made up, and echoed in the response; ``text`` (the
embedded default) is the same fields in plain words.

Metrics: prometheus-client. Under gunicorn every worker process writes its samples to
``PROMETHEUS_MULTIPROC_DIR`` (set by the gunicorn config before anything imports the client) and
``/metrics`` aggregates them, so a scrape sees the whole server, not whichever worker answered.
Job durations and queue lengths come from Redis at scrape time (the Celery worker writes them),
the forecast model version from the registry.
"""

from __future__ import annotations

import logging
import os
import re
import time
import uuid
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any

from flask import Flask, Response, g, has_request_context, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import Engine, event

from models.copilot.llm import UsageEvent

log = logging.getLogger(__name__)
REQUEST_ID_HEADER = "X-Request-ID"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
FAST = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
SLOW = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600)

HTTP_LATENCY = Histogram("dashboard_http_request_duration_seconds",
                         "HTTP requests by route, method and status.",
                         ["route", "method", "status"], buckets=FAST)
CALLBACK_LATENCY = Histogram("dashboard_callback_duration_seconds",
                             "Dash callbacks by function and outcome.",
                             ["callback", "outcome"], buckets=FAST)
CACHE_REQUESTS = Counter("dashboard_cache_requests_total",
                         "Query-cache lookups: hit, miss, error, or skipped while degraded.",
                         ["result"])
CACHE_DEGRADED = Gauge("dashboard_cache_degraded", "1 while the shared cache is failing.",
                       multiprocess_mode="livemax")
SQL_LATENCY = Histogram("dashboard_sql_duration_seconds", "SQL statements by kind.",
                        ["statement"], buckets=FAST)
COPILOT_LATENCY = Histogram("dashboard_copilot_answer_duration_seconds",
                            "Copilot answers by how they were made.", ["outcome"],
                            buckets=SLOW[:9])
LLM_LATENCY = Histogram("dashboard_llm_call_duration_seconds", "Model calls by task and result.",
                        ["task", "result"], buckets=SLOW[:9])
COPILOT_TOKENS = Counter("dashboard_copilot_tokens_total", "Model tokens by kind.",
                         ["kind"])
COPILOT_FALLBACKS = Counter("dashboard_copilot_fallbacks_total",
                            "Answers given without the model, by the model's failure.",
                            ["reason"])
WEBSOCKETS = Gauge("dashboard_websocket_connections", "Open live-update websockets.",
                   multiprocess_mode="livesum")


# --- logs ----------------------------------------------------------------------------------------

def request_id() -> str | None:
    return g.get("request_id") if has_request_context() else None


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id() or "-"
        return True


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(request_id)s %(process)d %(message)s"


def log_handler(fmt: str) -> logging.Handler:
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    if fmt == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(JsonFormatter(JSON_FIELDS, rename_fields={
            "asctime": "time", "levelname": "level", "name": "logger"}))
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    handler.set_name("dashboard")
    return handler


def configure_logging(fmt: str = "text", level: str = "INFO") -> None:
    """Install (once) the root handler; gunicorn and Celery call this from their hooks."""
    root = logging.getLogger()
    for existing in list(root.handlers):
        if existing.get_name() == "dashboard":
            root.removeHandler(existing)
    root.addHandler(log_handler(fmt))
    root.setLevel(level.upper())


# --- request and callback timing ----------------------------------------------------------------

def install_observability(server: Flask, services: Any) -> None:
    """Request ids, request timing, SQL timing and the ``/metrics`` route."""

    @server.before_request
    def start_request() -> None:
        given = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex[:16]
        g.request_started = time.perf_counter()

    @server.after_request
    def finish_request(response: Response) -> Response:
        response.headers[REQUEST_ID_HEADER] = g.get("request_id", "")
        started = g.get("request_started")
        if started is not None:
            route = request.url_rule.rule if request.url_rule is not None else "unmatched"
            HTTP_LATENCY.labels(route, request.method, str(response.status_code)).observe(
                time.perf_counter() - started)
        return response

    time_sql(services.engine)
    if services.settings.metrics:
        server.add_url_rule("/metrics", "metrics", lambda: metrics_response(services))


def timed_callback(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        started, outcome = time.perf_counter(), "ok"
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            outcome = "prevented" if type(exc).__name__ == "PreventUpdate" else "error"
            raise
        finally:
            CALLBACK_LATENCY.labels(name, outcome).observe(time.perf_counter() - started)

    return run


def time_sql(engine: Engine) -> None:
    if getattr(engine, "_dashboard_timed", False):
        return
    engine._dashboard_timed = True  # type: ignore[attr-defined]  # a marker on the engine

    @event.listens_for(engine, "before_cursor_execute")
    def before(conn: Any, _cursor: Any, _stmt: str, _params: Any, _ctx: Any,
               _many: bool) -> None:
        conn.info.setdefault("query_started", []).append(time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def after(conn: Any, _cursor: Any, statement: str, _params: Any, _ctx: Any,
              _many: bool) -> None:
        stack = conn.info.get("query_started")
        if stack:
            kind = (statement.lstrip().split(None, 1) or ["other"])[0].lower()
            if kind not in ("select", "insert", "update", "delete", "with"):
                kind = "other"
            SQL_LATENCY.labels(kind).observe(time.perf_counter() - stack.pop())


def observe_copilot(usage: UsageEvent) -> None:
    """The copilot runtime's usage hook: answers, model calls, tokens and fallbacks."""
    seconds = usage.latency_ms / 1000
    if usage.task == "answer":
        outcome = {"cache": "cached", "none": "data_only"}.get(usage.model, "model")
        COPILOT_LATENCY.labels(outcome).observe(seconds)
        return
    LLM_LATENCY.labels(usage.task, "ok" if usage.ok else (usage.error or "error")).observe(
        seconds)
    if usage.prompt_tokens:
        COPILOT_TOKENS.labels("prompt").inc(usage.prompt_tokens)
    if usage.output_tokens:
        COPILOT_TOKENS.labels("output").inc(usage.output_tokens)
    if not usage.ok and usage.task not in ("embed", "report"):  # a report's narrative is not
        COPILOT_FALLBACKS.labels(usage.error or "error").inc()  # an answer falling back


# --- the scrape ------------------------------------------------------------------------------

class _Default:
    """The process's own registry, when not running under gunicorn's multiprocess mode."""

    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()


class StateCollector:
    """Read at scrape time: the job queue (Redis), job durations written by the Celery worker
    (Redis), and the forecast model in use (the registry)."""

    def __init__(self, services: Any) -> None:
        self.services = services

    def collect(self) -> Iterator[Metric]:
        version = GaugeMetricFamily("dashboard_forecast_model_version",
                                    "The forecast model version in use (v0003 -> 3).")
        current = self.services.forecasting.registry.current_version()
        version.add_metric([], float(re.sub(r"\D", "", current) or 0) if current else 0.0)
        yield version
        jobs = getattr(self.services, "jobs", None)
        if jobs is None:
            return
        try:
            queues, stats = jobs.queue_lengths(), jobs.stats()
        except Exception as exc:  # noqa: BLE001 - a scrape reports what it can
            log.warning("job metrics unavailable: %s", exc)
            return
        length = GaugeMetricFamily("dashboard_job_queue_length", "Jobs waiting, by queue.",
                                   labels=["queue"])
        for name, value in queues.items():
            length.add_metric([name], value)
        yield length
        duration = HistogramMetricFamily("dashboard_job_duration_seconds",
                                         "Background jobs by task and outcome.",
                                         labels=["job", "outcome"])
        for (job, outcome), stat in stats.items():
            duration.add_metric([job, outcome], stat["buckets"], stat["sum"])
        yield duration


def scrape_registry(services: Any) -> CollectorRegistry:
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)
    else:
        registry.register(_Default())
    registry.register(StateCollector(services))
    return registry


def metrics_response(services: Any) -> Response:
    return Response(generate_latest(scrape_registry(services)), mimetype=CONTENT_TYPE_LATEST)
