"""Memoized reads keyed by name, arguments, scope and the data version stored with the data.

Redis when ``REDIS_URL`` is set (shared by all worker processes), in-process otherwise. The cache
is an accelerator only: when it fails, reads go to the database and a warning is logged. Writes
never touch the cache: they bump the data version in the database (``data.version``), so every
entry cached before the write is simply never asked for again.
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

    def get_or_compute(self, name: str, version: int, args: Any, compute: Callable[[], T]) -> T:
        digest = hashlib.sha1(
            json.dumps(args, sort_keys=True, default=str).encode(), usedforsecurity=False
        ).hexdigest()
        key = f"q:{name}:{version}:{digest}"
        hit = self._safely(lambda: self.cache.get(key), None)
        if hit is not None:
            return hit
        value = compute()
        self._safely(lambda: self.cache.set(key, value), None)
        return value
