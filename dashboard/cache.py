"""Memoized reads keyed by arguments, scope and a data version that every write bumps.

Redis when ``REDIS_URL`` is set (shared by all worker processes), in-process otherwise. The cache
is an accelerator only: when it fails, reads go to the database and a warning is logged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask
from flask_caching import Cache

log = logging.getLogger(__name__)
T = TypeVar("T")
VERSION_KEY = "data_version"


class QueryCache:
    def __init__(self) -> None:
        self.cache = Cache()

    def init_app(self, server: Flask, redis_url: str | None, timeout: int) -> None:
        config: dict[str, Any] = {"CACHE_DEFAULT_TIMEOUT": timeout, "CACHE_KEY_PREFIX": "pd:"}
        if redis_url:
            config |= {
                "CACHE_TYPE": "RedisCache",
                "CACHE_REDIS_URL": redis_url,
                "CACHE_OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
            }
        else:
            config["CACHE_TYPE"] = "SimpleCache"
        self.cache.init_app(server, config=config)

    def _safely(self, fn: Callable[[], T], default: T) -> T:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - a broken cache must never break a read
            log.warning("cache unavailable, reading through: %s", exc)
            return default

    def version(self) -> int:
        return int(self._safely(lambda: self.cache.get(VERSION_KEY), None) or 0)

    def bump(self) -> None:
        """Make every cached read stale; called after each committed write."""
        self._safely(self._increment, None)

    def _increment(self) -> None:
        backend = self.cache.cache
        if hasattr(backend, "_write_client"):  # Redis: atomic INCR, shared by all workers
            backend.inc(VERSION_KEY)
        else:  # in-process: never let the version expire with the entries
            backend.set(VERSION_KEY, (backend.get(VERSION_KEY) or 0) + 1, timeout=0)

    def get_or_compute(self, name: str, args: Any, compute: Callable[[], T]) -> T:
        digest = hashlib.sha1(
            json.dumps(args, sort_keys=True, default=str).encode(), usedforsecurity=False
        ).hexdigest()
        key = f"q:{name}:{self.version()}:{digest}"
        hit = self._safely(lambda: self.cache.get(key), None)
        if hit is not None:
            return hit
        value = compute()
        self._safely(lambda: self.cache.set(key, value), None)
        return value
