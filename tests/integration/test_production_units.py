"""The production pieces one at a time: refusing several workers without Redis, the copilot's
slots with deadlines, atomic counters in both stores, the job lock's take-over from a dead holder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import redis

from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.jobs import JobLock
from dashboard.settings import Settings, WorkerConfigError, gunicorn_workers
from models.copilot.cache import LocalStore, RateLimiter, RedisStore
from models.copilot.runtime import Slots
from tests.private_services import free_port
from tests.signin import TEST_SECRET

ROOT = Path(__file__).resolve().parents[2]


def test_several_workers_need_redis(tmp_path):
    settings = Settings(data_dir=tmp_path)
    settings.check_workers(1)
    with pytest.raises(WorkerConfigError, match="2 worker processes need REDIS_URL"):
        settings.check_workers(2)
    Settings(data_dir=tmp_path, redis_url="redis://127.0.0.1:6379/8").check_workers(4)
    with pytest.raises(WorkerConfigError, match="JOBS=celery needs REDIS_URL"):
        Settings(data_dir=tmp_path, jobs="celery").check_workers(1)


def test_the_factory_refuses_a_multi_worker_gunicorn_without_redis(tmp_path, monkeypatch):
    """What the factory sees when gunicorn (run without our config) loads the app: it finds the
    worker's config by walking up to the gunicorn object that is loading it."""
    from gunicorn.config import Config

    monkeypatch.delenv("DASHBOARD_GUNICORN_WORKERS", raising=False)

    class Worker:  # stands for gunicorn.workers.base.Worker.load_wsgi
        def __init__(self, workers: int) -> None:
            self.cfg = Config()
            self.cfg.set("workers", workers)

        def load_wsgi(self):
            assert gunicorn_workers() == self.cfg.workers
            return create_app(Settings(data_dir=tmp_path), start=False)

    assert gunicorn_workers() is None  # not inside a gunicorn
    Worker(1).load_wsgi()
    with pytest.raises(WorkerConfigError):
        Worker(3).load_wsgi()


def test_gunicorn_refuses_to_start_several_workers_without_redis(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "JOBS")}
    env |= {"PYTHONPATH": str(ROOT), "DATA_DIR": str(tmp_path), "WEB_CONCURRENCY": "2",
            "PORT": str(free_port()), "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "dashboard/gunicorn_conf.py",
         "dashboard.wsgi:server"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60)
    assert result.returncode != 0
    assert "refusing to start: 2 worker processes need REDIS_URL" in result.stderr
    assert time.monotonic() - started < 30  # before any worker booted the app


def test_a_stuck_slot_is_taken_back_at_its_deadline():
    slots = Slots(2, hold=0.5)
    assert slots.acquire("a", 0) and slots.acquire("b", 0)
    assert not slots.acquire("c", 0.1)  # both held
    started = time.monotonic()
    assert slots.acquire("c", 2)  # a and b never release: their deadline frees them
    assert 0.3 < time.monotonic() - started < 1.0
    slots.release("c")
    assert slots.in_use() == 0


@pytest.mark.parametrize("kind", ["local", "redis"])
def test_counters_are_atomic(kind, request):
    store = (LocalStore() if kind == "local"
             else RedisStore.from_url(request.getfixturevalue("redis_url")))
    limiter = RateLimiter(store, limit=100, window=60)
    allowed: list[bool] = []

    def burst() -> None:
        allowed.extend(limiter.allow("ann") for _ in range(25))

    threads = [threading.Thread(target=burst) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 100 and allowed.count(False) == 100
    if kind == "redis":
        keys = store.client.keys("pd:copilot:rate:*")
        assert len(keys) == 1 and 0 < store.client.ttl(keys[0]) <= 120


def test_a_dead_holders_job_lock_is_taken_over(redis_url):
    client = redis.Redis.from_url(redis_url)
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = JobLock(client, "index")
        dead.token = f"{dead.token.split(':')[0]}:{holder.pid}:x"
        assert dead.acquire()
        other = JobLock(client, "index")
        assert not other.acquire()  # held by a live process
        holder.kill()
        holder.wait()
        assert other.acquire()  # its pid is gone: taken over at once
        assert client.get("pd:jobs:lock:index").decode() == other.token
        other.release()
        assert client.get("pd:jobs:lock:index") is None
    finally:
        dead.release()
        if holder.poll() is None:
            holder.kill()


def test_json_logs_carry_the_request_id(tmp_path):
    """A failed read inside a request logs one JSON object naming the request's id, which the
    response echoes; the user gets a clear 503, not a bare 500."""
    import io
    import json
    import logging

    from dashboard.observability import log_handler
    from tests.integration.test_app import DEAD_DATABASE

    stream = io.StringIO()
    handler = log_handler("json")
    handler.setStream(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        dead = Settings(secret_key=TEST_SECRET, data_dir=tmp_path, database_url=DEAD_DATABASE)
        app = create_app(dead, start=False, resolve_viewer=everyone_is_system)
        response = app.server.test_client().get("/download/projects.csv",
                                                headers={"X-Request-ID": "req-42"})
    finally:
        root.removeHandler(handler)
    assert response.status_code == 503 and "database" in response.json["error"]
    assert response.headers["X-Request-ID"] == "req-42"
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    failed = [r for r in records if r["message"] == "CSV export: database read failed"]
    assert failed and failed[0]["request_id"] == "req-42" and failed[0]["level"] == "ERROR"
    assert "OperationalError" in failed[0]["exc_info"]
