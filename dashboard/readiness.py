"""``/healthz`` (this process is up) and ``/readyz`` (can it serve, and what is degraded).

``/readyz`` checks each service the app talks to, each with a short timeout and all at once, and
reports every one: ``ok``, ``down`` (with the reason), ``degraded`` or ``off`` (not configured).
It answers 503 when a service a page cannot do without is down (the database, and the shared cache
when one is configured: several workers without it would disagree), and 200 otherwise, listing
what runs degraded (no model: the copilot answers from data; no worker: jobs wait in the queue).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Any

from flask import Flask, jsonify
from sqlalchemy import text

REQUIRED = ("database", "cache")
TIMEOUT = 2.0
Check = dict[str, Any]


def add_health_routes(server: Flask, services: Any) -> None:
    pool = ThreadPoolExecutor(max_workers=5, thread_name_prefix="readyz")

    @server.get("/healthz")
    def health() -> Any:
        return jsonify({"status": "ok"})

    @server.get("/readyz")
    def ready() -> Any:
        report = readiness(services, pool)
        return jsonify(report), 200 if report["ready"] else 503


def readiness(services: Any, pool: ThreadPoolExecutor) -> dict[str, Any]:
    checks: dict[str, Callable[[], Check]] = {
        "database": lambda: check_database(services),
        "cache": lambda: check_cache(services),
        "vector_store": lambda: check_vector_store(services),
        "llm": lambda: check_llm(services),
        "worker_queue": lambda: check_queue(services),
    }
    futures = {name: pool.submit(_timed, fn) for name, fn in checks.items()}
    wait(futures.values(), timeout=TIMEOUT)
    report: dict[str, Check] = {}
    for name, future in futures.items():
        if future.done():
            report[name] = future.result()
        else:
            report[name] = {"status": "down", "detail": f"no answer in {TIMEOUT:.0f} s"}
    ready = all(report[name]["status"] != "down" for name in REQUIRED)
    degraded = sorted(n for n, c in report.items() if c["status"] in ("down", "degraded"))
    return {"ready": ready, "degraded": degraded, "checks": report}


def _timed(fn: Callable[[], Check]) -> Check:
    started = time.perf_counter()
    try:
        result = fn()
    except Exception as exc:  # noqa: BLE001 - a check reports, never raises
        result = {"status": "down", "detail": f"{type(exc).__name__}: {str(exc)[:200]}"}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database(services: Any) -> Check:
    with services.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return {"status": "ok", "engine": services.engine.dialect.name}


def check_cache(services: Any) -> Check:
    return services.cache.check()


def check_vector_store(services: Any) -> Check:
    settings = services.settings
    if settings.chroma_host:
        from models.copilot.runtime import chroma_client

        client: Any = chroma_client(settings)
        client.heartbeat()
        return {"status": "ok", "server": settings.chroma_host}
    status = services.copilot.index.status() if services.copilot._index is not None else None
    detail = "embedded directory" + ("" if status is None else
                                     f", {status['documents']} documents")
    return {"status": "ok", "detail": detail}


def check_llm(services: Any) -> Check:
    runtime = services.copilot
    if not runtime.llm.hosts:
        return {"status": "off", "detail": "no OLLAMA_HOST: answers come from data only"}
    up = runtime.llm.available()
    hosts = {h["host"]: "up" if h["healthy"] else "down" for h in runtime.llm.status()}
    return {"status": "ok" if up else "degraded", "hosts": hosts,
            "detail": None if up else "no model reachable: answers come from data only"}


def check_queue(services: Any) -> Check:
    jobs = getattr(services, "jobs", None)
    if jobs is None:
        return {"status": "off", "detail": "embedded: background work runs in this process"}
    lengths = jobs.queue_lengths()
    beat = jobs.heartbeat()
    if beat is None:
        return {"status": "degraded", "queued": lengths,
                "detail": "no heartbeat from a Celery worker and beat in the last minute"}
    return {"status": "ok", "queued": lengths, "worker": beat.get("worker"),
            "heartbeat_age_s": round(time.time() - float(beat.get("at", 0)), 1)}
