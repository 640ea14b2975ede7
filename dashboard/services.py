"""What the pages need at run time, built once per app by the factory and passed to callbacks."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from dashboard.cache import QueryCache
from dashboard.settings import Settings
from data import events
from data.scope import Scope

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    engine: Engine
    Session: sessionmaker[Session]
    cache: QueryCache
    subscribers: list[Callable[[events.Event], None]] = field(default_factory=list)
    today: Callable[[], dt.date] = dt.date.today

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

    def cached(self, name: str, scope: Scope, args: dict, query: Callable[[Session], object]):
        """Run ``query`` in a fresh session unless the same read is cached at this data version."""

        def compute():
            with self.read() as session:
                return query(session)

        return self.cache.get_or_compute(name, {"scope": scope.cache_key(), **args}, compute)
