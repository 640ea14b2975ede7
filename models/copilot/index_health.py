"""The vector index's health: checked cheaply before each use, logged on change, shown on /ai-usage.

States: ``ok``; ``empty`` (nothing indexed yet); ``missing`` (the directory, its manifest or its
store is gone); ``corrupt`` (a manifest or store that cannot be read); ``rebuilding`` (a rebuild is
running; searches use word search meanwhile). ``fallback`` is true whenever searches cannot use
the vectors, and ``note`` is the sentence shown beside such results.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any

log = logging.getLogger(__name__)

OK, EMPTY, MISSING, CORRUPT, REBUILDING = "ok", "empty", "missing", "corrupt", "rebuilding"
FALLBACK_NOTE = ("The document index is being rebuilt; these passages come from a word search "
                 "over the documents.")
BUILDING_NOTE = ("The document index is being built; these passages come from a word search "
                 "over the documents.")


@dataclass
class HealthState:
    state: str = EMPTY
    detail: str = ""
    since: float = field(default_factory=time.time)
    checked_at: float = 0.0
    rebuilds: int = 0
    last_rebuild_at: float | None = None
    last_rebuild_seconds: float | None = None
    last_error: str | None = None
    embedding: str | None = None

    @property
    def fallback(self) -> bool:
        return self.state != OK


class IndexHealth:
    """Thread-safe health record; every change of state is logged once (not on every search)."""

    def __init__(self) -> None:
        self._state = HealthState()
        self._lock = threading.Lock()

    def set(self, state: str, detail: str = "", *, error: str | None = None) -> None:
        with self._lock:
            now = time.time()
            changed = state != self._state.state or detail != self._state.detail
            self._state.checked_at = now
            if error:
                self._state.last_error = error
            if not changed:
                return
            previous = self._state.state
            self._state.state, self._state.detail, self._state.since = state, detail, now
        level = logging.INFO if state in (OK, EMPTY, REBUILDING) else logging.WARNING
        log.log(level, "document index %s -> %s%s", previous, state,
                f": {detail}" if detail else "")

    def rebuilt(self, seconds: float, embedding: str | None) -> None:
        with self._lock:
            self._state.rebuilds += 1
            self._state.last_rebuild_at = time.time()
            self._state.last_rebuild_seconds = round(seconds, 2)
            self._state.embedding = embedding
        self.set(OK)

    @property
    def state(self) -> str:
        return self._state.state

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            out = asdict(self._state)
            out["fallback"] = self._state.fallback
            return out
