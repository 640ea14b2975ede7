"""Memoized reads keyed by name, arguments, scope and the data version stored with the data.

Redis when ``REDIS_URL`` is set (shared by all worker processes), in-process otherwise. Writes
never touch the cache: they bump the data version in the database (``data.version``) inside their
own transaction, so an entry cached before a write is never asked for again; no cache failure can
serve stale data, only slower reads.

The cache is an accelerator: when it fails, reads go to the database. A failure marks the cache
degraded for a few seconds (reads skip it instead of waiting on a dead Redis each time), then the
next read tries it again, so it recovers by itself. The degraded state is visible: ``/readyz``,
the ``dashboard_cache_degraded`` gauge and the ``dashboard_cache_requests_total{result}`` counter.

Single flight: on a miss, one request computes a key and the others asking for it meanwhile
wait for its result instead of running the same heavy read in parallel. The lock is per key: a
Redis lock shared by every worker process in production, a ``threading.Lock`` embedded. A
waiter re-reads the cache once it holds the lock; if the computing request takes longer than
``flight_wait`` seconds (or the lock cannot be had), the waiter computes for itself, so a slow
or failed computation never blocks others for longer than that.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from flask import Flask
from flask_caching import Cache

from dashboard.observability import CACHE_DEGRADED, CACHE_REQUESTS

log = logging.getLogger(__name__)
T = TypeVar("T")
MISSING = object()


class QueryCache:
    def __init__(self, retry_after: float = 5.0, flight_wait: float = 30.0) -> None:
        self.cache = Cache()
        self.redis_url: str | None = None
        self.retry_after = retry_after
        self.flight_wait = flight_wait  # longest a request waits for another's computation
        self.degraded_until = 0.0
        self.last_error: str | None = None
        self._lock = threading.Lock()
        self._flights: dict[str, tuple[threading.Lock, int]] = {}  # key -> (lock, users)

    def init_app(self, server: Flask, redis_url: str | None, timeout: int) -> None:
        config: dict[str, Any] = {"CACHE_DEFAULT_TIMEOUT": timeout, "CACHE_KEY_PREFIX": "pd:"}
        self.redis_url = redis_url
        if redis_url:
            config |= {
                "CACHE_TYPE": "RedisCache",
                "CACHE_REDIS_URL": redis_url,
                "CACHE_OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
            }
        else:
            config["CACHE_TYPE"] = "SimpleCache"
        self.cache.init_app(server, config=config)

    @property
    def degraded(self) -> bool:
        return time.monotonic() < self.degraded_until

    def _failed(self, exc: Exception) -> None:
        with self._lock:
            if not self.degraded:
                log.warning("cache unavailable, reading through for %.0f s: %s",
                            self.retry_after, exc)
            self.degraded_until = time.monotonic() + self.retry_after
            self.last_error = f"{type(exc).__name__}: {exc}"[:200]
        CACHE_DEGRADED.set(1)

    def _recovered(self) -> None:
        if self.last_error is not None:
            with self._lock:
                if self.last_error is not None:
                    log.warning("cache is back")
                self.last_error = None
            CACHE_DEGRADED.set(0)

    def get_or_compute(self, name: str, version: int, args: Any, compute: Callable[[], T]) -> T:
        digest = hashlib.sha1(
            json.dumps(args, sort_keys=True, default=str).encode(), usedforsecurity=False
        ).hexdigest()
        key = f"q:{name}:{version}:{digest}"
        if self.degraded:
            CACHE_REQUESTS.labels("skipped").inc()
            return compute()
        try:
            hit = self.cache.get(key)
        except Exception as exc:  # noqa: BLE001 - a broken cache must never break a read
            CACHE_REQUESTS.labels("error").inc()
            self._failed(exc)
            return compute()
        self._recovered()
        if hit is not None:
            CACHE_REQUESTS.labels("hit").inc()
            return hit  # type: ignore[no-any-return,unused-ignore]  # what compute() stored
        with self._single_flight(key) as first:
            if not first:  # another request computed it while this one waited
                try:
                    hit = self.cache.get(key)
                except Exception as exc:  # noqa: BLE001
                    self._failed(exc)
                if hit is not None:
                    CACHE_REQUESTS.labels("waited").inc()
                    return hit  # type: ignore[no-any-return,unused-ignore]
            CACHE_REQUESTS.labels("miss").inc()
            value = compute()
            try:
                self.cache.set(key, value)
            except Exception as exc:  # noqa: BLE001
                self._failed(exc)
            return value

    @contextmanager
    def _single_flight(self, key: str) -> Iterator[bool]:
        """Hold ``key``'s lock while computing it; yields whether nobody held it before us (so
        the cache need not be read again). Without the lock in time, proceeds unlocked."""
        if self.redis_url:
            with self._redis_flight(key) as first:
                yield first
            return
        with self._lock:
            lock, users = self._flights.get(key, (threading.Lock(), 0))
            self._flights[key] = (lock, users + 1)
        first = lock.acquire(blocking=False)
        held = first or lock.acquire(timeout=self.flight_wait)
        try:
            yield first
        finally:
            if held:
                lock.release()
            with self._lock:
                lock, users = self._flights[key]
                if users <= 1:
                    del self._flights[key]
                else:
                    self._flights[key] = (lock, users - 1)

    @contextmanager
    def _redis_flight(self, key: str) -> Iterator[bool]:
        """The same with a Redis lock (``SET NX`` with an expiry), shared by all workers; the
        expiry frees the key if the computing process dies."""
        lock = None
        first = True
        try:
            backend: Any = self.cache.cache
            client = backend._write_client  # flask-caching's redis client
            lock = client.lock(f"pd:flight:{key}", timeout=self.flight_wait + 5, sleep=0.01,
                               blocking_timeout=self.flight_wait)
            first = bool(lock.acquire(blocking=False))
            if not first and not lock.acquire():
                lock = None  # waited long enough: compute without it
        except Exception as exc:  # noqa: BLE001 - a broken lock must never break a read
            self._failed(exc)
            lock = None
        try:
            yield first
        finally:
            if lock is not None:
                try:
                    lock.release()
                except Exception:  # noqa: BLE001 - expired or Redis gone: nothing to free
                    log.debug("flight lock for %s already released", key)

    def check(self) -> dict[str, Any]:
        """For /readyz: a round trip to the shared cache (which also ends a degraded spell)."""
        if not self.redis_url:
            return {"status": "ok", "detail": "in-process (one worker)"}
        try:
            backend: Any = self.cache.cache
            backend._write_client.ping()  # flask-caching's redis client
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return {"status": "down", "detail": self.last_error}
        self.degraded_until = 0.0
        self._recovered()
        return {"status": "ok", "detail": "redis"}
