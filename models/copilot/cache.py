"""Answer cache and per-user rate limit, kept in the app's cache backend (Redis when shared).

Both take any object with ``get``/``set`` (flask-caching's ``Cache``), so ``models`` never imports
the web layer. A failing backend makes the copilot slower or unlimited, never broken.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Any

log = logging.getLogger(__name__)


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
            return self.backend.get(key)
        except Exception as exc:  # noqa: BLE001 - cache down = slower, never broken
            log.warning("answer cache unavailable: %s", exc)
            return None

    def set(self, key: str, value: dict[str, Any]) -> None:
        try:
            self.backend.set(key, value, timeout=self.timeout)
        except Exception as exc:  # noqa: BLE001
            log.warning("answer cache unavailable: %s", exc)


class RateLimiter:
    """At most ``limit`` questions per user per ``window`` seconds (a fixed window)."""

    def __init__(self, backend: Any, limit: int = 20, window: int = 60) -> None:
        self.backend = backend
        self.limit = limit
        self.window = window

    def allow(self, user: str) -> bool:
        if self.limit <= 0:
            return True
        key = f"copilot:rate:{user}:{int(time.time() // self.window)}"
        try:
            count = (self.backend.get(key) or 0) + 1
            self.backend.set(key, count, timeout=self.window * 2)
        except Exception as exc:  # noqa: BLE001 - no backend, no limit
            log.warning("rate limit unavailable: %s", exc)
            return True
        return count <= self.limit
