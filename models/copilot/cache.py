"""Where the copilot keeps shared state: answer jobs, the answer cache and the rate limit.

A store is Redis when ``REDIS_URL`` is set (every worker process sees the same jobs, so any of them
can serve the next poll) and a small in-process dictionary otherwise (one process: the embedded
default, the CLI, tests). Values are JSON; counters are atomic (``INCR`` with the expiry set in the
same transaction), so two workers never both let the twenty-first question through.

``AnswerCache`` and ``RateLimiter`` take any object with ``get``/``set`` (and ``incr`` for the
limit), so ``models`` never imports the web layer. A failing store makes the cache miss and the
limit open, never an answer break; job state (runtime.py) reports a failing store to the user.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from typing import Any, cast

import redis

log = logging.getLogger(__name__)
STORE_ERRORS = (redis.RedisError, OSError, ValueError, TypeError)


class LocalStore:
    """An in-process get/set/incr store with expiry, for a single process."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            expires, value = self._data.get(key, (0.0, None))
            return value if expires == 0 or expires > time.time() else None

    def set(self, key: str, value: Any, timeout: int | None = None) -> bool:
        with self._lock:
            self._data[key] = (time.time() + timeout if timeout else 0.0, value)
        return True

    def incr(self, key: str, ttl: int) -> int:
        with self._lock:
            expires, value = self._data.get(key, (0.0, 0))
            if expires and expires <= time.time():
                expires, value = 0.0, 0
            count = int(value) + 1
            self._data[key] = (expires or time.time() + ttl, count)
            return count

    def ping(self) -> bool:
        return True


class RedisStore:
    """The same interface over Redis, with short socket timeouts: a stalled Redis costs a
    request half a second, not a hung worker."""

    def __init__(self, client: redis.Redis, prefix: str = "pd:") -> None:
        self.client = client
        self.prefix = prefix

    @classmethod
    def from_url(cls, url: str, timeout: float = 0.5) -> RedisStore:
        return cls(redis.Redis.from_url(url, socket_timeout=timeout,
                                        socket_connect_timeout=timeout,
                                        health_check_interval=15))

    def get(self, key: str) -> Any:
        # redis-py types replies as sync-or-async (ResponseT); this client is synchronous
        raw = cast(bytes | None, self.client.get(self.prefix + key))
        return None if raw is None else json.loads(raw)

    def set(self, key: str, value: Any, timeout: int | None = None) -> bool:
        return bool(self.client.set(self.prefix + key, json.dumps(value, default=str),
                                    ex=timeout or None))

    def incr(self, key: str, ttl: int) -> int:
        """Atomic: the counter is created with its expiry and incremented in one transaction."""
        name = self.prefix + key
        pipe = self.client.pipeline(transaction=True)
        pipe.set(name, 0, ex=ttl, nx=True)
        pipe.incr(name)
        # redis-py 5.0 leaves Pipeline.execute unannotated
        return int(pipe.execute()[1])  # type: ignore[no-untyped-call]

    def ping(self) -> bool:
        return bool(self.client.ping())


def make_store(redis_url: str | None) -> LocalStore | RedisStore:
    return RedisStore.from_url(redis_url) if redis_url else LocalStore()


class AnswerCache:
    """Identical questions over unchanged data and documents come back from here."""

    def __init__(self, backend: Any, timeout: int = 300) -> None:
        self.backend = backend
        self.timeout = timeout

    @staticmethod
    def key(parts: dict[str, Any]) -> str:
        digest = hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode(),
                              usedforsecurity=False).hexdigest()
        return f"copilot:answer:{digest}"

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            value = self.backend.get(key)
        except Exception as exc:  # noqa: BLE001 - cache down = slower, never broken
            log.warning("answer cache unavailable: %s", exc)
            return None
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: dict[str, Any]) -> None:
        try:
            self.backend.set(key, value, timeout=self.timeout)
        except Exception as exc:  # noqa: BLE001
            log.warning("answer cache unavailable: %s", exc)


class RateLimiter:
    """At most ``limit`` questions per user per ``window`` seconds (a fixed window), counted
    atomically in the shared store."""

    def __init__(self, backend: Any, limit: int = 20, window: int = 60) -> None:
        self.backend = backend
        self.limit = limit
        self.window = window

    def allow(self, user: str) -> bool:
        if self.limit <= 0:
            return True
        key = f"copilot:rate:{user}:{int(time.time() // self.window)}"
        try:
            count = int(self.backend.incr(key, self.window * 2))
        except Exception as exc:  # noqa: BLE001 - no store, no limit (answers still guarded)
            log.warning("rate limit unavailable: %s", exc)
            return True
        return count <= self.limit
