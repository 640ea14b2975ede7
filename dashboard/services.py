"""What the pages need at run time, built once per app by the factory and passed to callbacks."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from dashboard.cache import QueryCache
from dashboard.settings import Settings
from data import events
from data.scope import Scope

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Services:
    settings: Settings
    engine: Engine
    Session: sessionmaker[Session]
    cache: QueryCache
    subscribers: list[Callable[[events.Event], None]] = field(default_factory=list)
    today: Callable[[], dt.date] = dt.date.today
    _pool: ThreadPoolExecutor | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        events.install(self.Session, self.publish)

    def publish(self, event: events.Event) -> None:
        """Fan a committed write out: stale caches first, then live subscribers."""
        self.cache.bump()
        for subscriber in list(self.subscribers):
            try:
                subscriber(event)
            except Exception:  # noqa: BLE001 - one bad subscriber must not stop the others
                log.exception("event subscriber failed for %s", event.type)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.Session() as session:
            yield session

    def gather(self, *queries: Callable[[Session], T]) -> list[T]:
        """Run independent reads, each in its own session; concurrently on a server database.

        The overview's three scans overlap on PostgreSQL (one connection each); SQLite, a file
        in this process, gains nothing from it and runs them one after another.
        """

        def run(query):
            with self.read() as session:
                return query(session)

        if self.engine.dialect.name == "sqlite" or len(queries) < 2:
            return [run(q) for q in queries]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="reads")
        return list(self._pool.map(run, queries))

    def cached(self, name: str, scope: Scope, args: dict, query: Callable[[Session], object]):
        """Run ``query`` in a fresh session unless the same read is cached at this data version."""

        def compute():
            with self.read() as session:
                return query(session)

        return self.cache.get_or_compute(name, {"scope": scope.cache_key(), **args}, compute)
