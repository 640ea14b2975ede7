"""Jobs that run once per deployment on the Celery queue, and the web's side of that queue.

``register_jobs(celery, services)`` defines the tasks a worker runs: document indexing, forecast
refresh (the start-up fill-in, a periodic rescore, and the projects a write touched), the weekly
report schedule, cache warming and a heartbeat. Each task holds a
Redis lock for its kind, so two workers never index (or score) at once, and records its duration.

``JobQueue`` is what the web processes hold instead of background threads: writes ask it for an
index sync or a forecast refresh, coalesced in Redis so a burst of writes in any number of web
workers queues one job; ``/metrics`` and ``/readyz`` read the queue's length and the heartbeat.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any, cast

import redis
from celery import Celery

from dashboard.celery_app import CALLBACK_QUEUE, JOB_QUEUE, record_durations
from data import events
from data.forecast_commands import EVENT_TYPE
from models import jobs as model_jobs

log = logging.getLogger(__name__)
PREFIX = "pd:jobs:"
BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600)
HEARTBEAT_TTL = 45
STARTUP_TTL = 300
REFRESH_ON = frozenset({"data.imported", "project.updated"})
DOCUMENT_EVENTS = ("document", "data.imported", "project")


class JobQueue:
    """The web's handle on the job queue (Redis through Celery)."""

    def __init__(self, celery: Celery, redis_url: str) -> None:
        self.celery = celery
        self.redis = redis.Redis.from_url(redis_url, socket_timeout=1, socket_connect_timeout=1)

    # --- asking for work ------------------------------------------------------------------------

    def send(self, name: str, countdown: float = 0, **kwargs: Any) -> None:
        self.celery.send_task(f"dashboard.{name}", kwargs=kwargs, queue=JOB_QUEUE,
                              countdown=countdown or None)

    def request(self, name: str, countdown: float = 2, **kwargs: Any) -> bool:
        """Queue ``name`` unless one is already waiting (it will see this request's data)."""
        if not self.redis.set(f"{PREFIX}pending:{name}", 1, nx=True, ex=60):
            return False
        self.send(name, countdown, **kwargs)
        return True

    def request_index(self) -> None:
        self.request("index_documents")

    def request_refresh(self, ids: Sequence[int]) -> None:
        self.redis.sadd(f"{PREFIX}forecast_ids", *ids)
        self.request("refresh_forecasts", countdown=1, changed=True)

    def on_event(self, event: events.Event) -> None:
        """The subscriber that replaces the web's threads: writes become queued jobs."""
        try:
            if event.type in REFRESH_ON and event.ids:
                self.request_refresh(event.ids)
            if any(event.type.startswith(prefix) for prefix in DOCUMENT_EVENTS):
                self.request_index()
            self.request("warm_cache")  # the summaries and default views at the new version
        except Exception:  # noqa: BLE001 - the periodic jobs catch up
            log.exception("could not queue the jobs for %s", event.type)

    def startup(self) -> bool:
        """Once per deployment (whichever process gets here first): sync the index, fill in
        missing forecasts and compute the summaries."""
        if not self.redis.set(f"{PREFIX}startup", socket.gethostname(), nx=True, ex=STARTUP_TTL):
            return False
        self.send("index_documents")
        self.send("refresh_forecasts", fill_in=True)
        self.send("warm_cache")  # the summaries and the default views
        return True

    # --- what the operators see -----------------------------------------------------------------

    def queue_lengths(self) -> dict[str, int]:
        # redis-py types every reply as sync-or-async (ResponseT); this client is synchronous
        return {q: int(cast(int, self.redis.llen(q))) for q in (JOB_QUEUE, CALLBACK_QUEUE)}

    def heartbeat(self) -> dict[str, Any] | None:
        raw = cast(dict[bytes, bytes], self.redis.hgetall(f"{PREFIX}heartbeat"))  # sync client
        return {k.decode(): v.decode() for k, v in raw.items()} if raw else None

    def stats(self) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for key in self.redis.scan_iter(f"{PREFIX}stats:*", count=100):
            _, job, outcome = key.decode().rsplit(":", 2)
            replies = cast(dict[bytes, bytes], self.redis.hgetall(key))  # sync client
            raw = {k.decode(): float(v) for k, v in replies.items()}
            buckets = [(str(le), raw.get(f"le:{le}", 0.0)) for le in BUCKETS]
            buckets.append(("+Inf", raw.get("count", 0.0)))
            out[(job, outcome)] = {"buckets": buckets, "sum": raw.get("sum", 0.0),
                                   "count": raw.get("count", 0.0)}
        return out

    def runs(self, job: str) -> int:
        """How many times ``job`` finished (any outcome): tests and operators."""
        return int(sum(s["count"] for (name, _), s in self.stats().items() if name == job))


def write_duration(client: redis.Redis) -> Callable[[str, str, float], None]:
    def write(job: str, outcome: str, seconds: float) -> None:
        key = f"{PREFIX}stats:{job}:{outcome}"
        pipe = client.pipeline(transaction=True)
        pipe.hincrby(key, "count", 1)
        pipe.hincrbyfloat(key, "sum", seconds)
        for le in BUCKETS:
            if seconds <= le:
                pipe.hincrby(key, f"le:{le}", 1)
        pipe.execute()

    return write


class JobLock:
    """One job of a kind at a time, across workers and hosts: a Redis key holding
    ``host:pid:nonce``, renewed by a thread while the job runs. A holder killed with -9 stops
    renewing, so the key expires within ``ttl``; on its own host it is taken over at once (its
    pid is gone)."""

    def __init__(self, client: redis.Redis, name: str, ttl: int = 60) -> None:
        self.client = client
        self.key = f"{PREFIX}lock:{name}"
        self.ttl = ttl
        self.token = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._stop = threading.Event()

    def acquire(self) -> bool:
        if self.client.set(self.key, self.token, nx=True, ex=self.ttl):
            self._renew()
            return True
        holder = (cast(bytes | None, self.client.get(self.key)) or b"").decode()  # sync client
        host, _, rest = holder.partition(":")
        pid = rest.partition(":")[0]
        if host == socket.gethostname() and pid.isdigit() and not _alive(int(pid)):
            log.warning("taking over %s from dead process %s", self.key, pid)
            if self.client.eval(TAKE_OVER, 1, self.key, holder, self.token, str(self.ttl)):
                self._renew()
                return True
        return False

    def _renew(self) -> None:
        def loop() -> None:
            while not self._stop.wait(self.ttl / 3):
                with contextlib.suppress(redis.RedisError):
                    self.client.eval(RENEW, 1, self.key, self.token, str(self.ttl))

        threading.Thread(target=loop, name=f"renew-{self.key}", daemon=True).start()

    def release(self) -> None:
        self._stop.set()
        with contextlib.suppress(redis.RedisError):
            self.client.eval(RELEASE, 1, self.key, self.token)


# Script arguments go as text (redis-py types them str; an int was sent as its decimal text).
TAKE_OVER = ("if redis.call('get', KEYS[1]) == ARGV[1] then "
             "return redis.call('set', KEYS[1], ARGV[2], 'EX', ARGV[3]) else return nil end")
RENEW = ("if redis.call('get', KEYS[1]) == ARGV[1] then "
         "return redis.call('expire', KEYS[1], ARGV[2]) else return 0 end")
RELEASE = ("if redis.call('get', KEYS[1]) == ARGV[1] then "
           "return redis.call('del', KEYS[1]) else return 0 end")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def single(client: redis.Redis, name: str) -> Iterator[bool]:
    lock = JobLock(client, name)
    got = lock.acquire()
    try:
        yield got
    finally:
        if got:
            lock.release()


def register_jobs(celery: Celery, services: Any, warmers: Sequence[Callable[[], Any]] = ()
                  ) -> None:
    """The tasks, bound to this process's services (the worker's ``create_app``)."""
    settings = services.settings
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=5, socket_connect_timeout=2)
    record_durations(celery, write_duration(client))

    def pending_done(name: str) -> None:
        client.delete(f"{PREFIX}pending:{name}")

    @celery.task(name="dashboard.index_documents", bind=True, max_retries=720)
    def index_documents(self: Any, rebuild: bool = False) -> dict[str, Any]:
        pending_done("index_documents")
        with single(client, "index") as mine:
            if not mine:  # another worker is indexing: run after it, so nothing is missed
                raise self.retry(countdown=5)
            stats = services.copilot.sync_now(rebuild=rebuild)
        return {"documents": stats.documents, "chunks": stats.chunks,
                "seconds": round(stats.seconds, 2)}

    @celery.task(name="dashboard.refresh_forecasts", bind=True, max_retries=360)
    def refresh_forecasts(self: Any, fill_in: bool = False, changed: bool = False
                          ) -> dict[str, Any]:
        pending_done("refresh_forecasts")
        ids: list[int] | None = None
        if changed:
            pipe = client.pipeline(transaction=True)
            pipe.smembers(f"{PREFIX}forecast_ids")
            pipe.delete(f"{PREFIX}forecast_ids")
            ids = sorted(int(i) for i in pipe.execute()[0])
            if not ids:
                return {"scored": 0}
        try:
            result = services.forecasting.run_now(fill_in=fill_in, ids=ids)
        except model_jobs.JobBusy:  # a retrain or another refresh: after it, with the same ids
            if ids:
                client.sadd(f"{PREFIX}forecast_ids", *ids)
            raise self.retry(countdown=10) from None
        if result is None:
            return {"scored": 0}
        services.publish(events.Event(EVENT_TYPE, tuple(ids or ())))
        return result.as_dict()

    @celery.task(name="dashboard.run_report_schedules")
    def run_report_schedules() -> dict[str, Any]:
        """This period's weekly PDF reports, made once per deployment, mailed when configured."""
        if services.reports is None:
            return {"made": 0}
        results = services.reports.run_due()
        return {"made": len(results)}

    @celery.task(name="dashboard.warm_cache")
    def warm_cache() -> dict[str, Any]:
        """Bring the summaries to the current data version and day, then fill the shared cache
        with the default views, so the first visitor after a write does not pay for cold reads."""
        pending_done("warm_cache")  # a write from now on queues another run
        warmed = 0
        for warm in warmers:
            try:
                warm()
                warmed += 1
            except Exception:  # noqa: BLE001 - one view failing must not stop the others
                log.exception("cache warming failed")
        return {"warmed": warmed}

    @celery.task(name="dashboard.heartbeat")
    def heartbeat() -> None:
        key = f"{PREFIX}heartbeat"
        client.hset(key, mapping={"worker": socket.gethostname(), "at": time.time()})
        client.expire(key, HEARTBEAT_TTL)

    del index_documents, refresh_forecasts, run_report_schedules, warm_cache, heartbeat
