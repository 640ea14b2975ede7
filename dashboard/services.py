"""The app's runtime state, built once by the factory and handed to every layout and callback.

One object owns the engine and its sessions, the query cache, the viewer resolver, the
forecasting and copilot runtimes, the background-callback manager, the job queue and the event
subscribers; ``start()`` starts their workers and ``stop()`` ends them. Nothing else creates
runtime state.

Two shapes: embedded (``jobs`` is None: one process, forecasting and indexing in its own threads,
the disk-cache background manager) and production (``jobs`` is the Celery queue: the web
processes start no background thread; writes queue jobs that a worker runs once per deployment).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from flask import g, has_request_context
from sqlalchemy import Engine, orm
from sqlalchemy.orm import sessionmaker

from dashboard.auth import ViewerResolver
from dashboard.background import Forecasting
from dashboard.cache import QueryCache
from dashboard.reports import Reports
from dashboard.settings import Settings
from dashboard.summaries import Summaries
from data import events, version
from data.viewer import Viewer
from models.copilot.runtime import CopilotRuntime

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Services:
    settings: Settings
    engine: Engine
    Session: sessionmaker[orm.Session]
    cache: QueryCache
    resolve_viewer: ViewerResolver
    forecasting: Forecasting
    copilot: CopilotRuntime
    background: Any  # Dash's background-callback manager
    today: Callable[[], dt.date] = dt.date.today
    reports: Reports | None = None  # PDF reports: render queue, files, weekly schedule
    subscribers: list[Callable[[events.Event], None]] = field(default_factory=list)
    jobs: Any = None  # dashboard.jobs.JobQueue in production, None embedded
    celery: Any = None  # the Celery app in production
    warmers: list[Callable[[], Any]] = field(default_factory=list)  # views the cache warms
    bus: Any = None  # dashboard.live_bus: events to and from every process
    hub: Any = None  # dashboard.live_hub.Hub: this process's live sockets (None: live off)
    summaries: Summaries | None = None  # health cells, people's loads (embedded: its thread)
    _pool: ThreadPoolExecutor | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        events.install(self.Session, self.publish)
        if self.jobs is None:
            self.subscribers += [self.forecasting.on_event, self.copilot.on_event]
            if self.summaries is not None:
                self.subscribers.append(self.summaries.on_event)
        else:
            self.subscribers.append(self.jobs.on_event)

    def start(self) -> None:
        """Embedded: forecasts filled in for a fresh database and the model loaded, in threads,
        and the weekly report timer. Production: nothing (the model loads when first asked for;
        the job queue does the rest, report schedules included)."""
        if self.jobs is None:
            self.forecasting.start(fill_in=self.settings.forecast_on_start)
            if self.summaries is not None:
                self.summaries.start()
        if self.reports is not None:
            self.reports.start(timer=self.jobs is None)
        if self.bus is not None:
            self.bus.start(self.from_bus)

    def stop(self) -> None:
        if self.bus is not None:
            self.bus.stop()
        if self.hub is not None:
            self.hub.close_all()
        self.forecasting.stop()
        if self.summaries is not None:
            self.summaries.stop()
        if self.reports is not None:
            self.reports.stop()
        self.copilot.close()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self.engine.dispose()

    def publish(self, event: events.Event) -> None:
        """Hand a committed write's event to this process's subscribers (caches need nothing:
        the write bumped the data version), then to the bus, which brings it to the open pages
        of every process (this one included)."""
        for subscriber in list(self.subscribers):
            try:
                subscriber(event)
            except Exception:  # noqa: BLE001 - one bad subscriber must not stop the others
                log.exception("event subscriber failed for %s", event.type)
        if self.bus is not None:
            self.bus.publish(event)

    def from_bus(self, event: events.Event) -> None:
        """An event committed by any process (this one included): to the open pages, and to the
        copilot, so documents another process wrote (a CLI import) are indexed here too (sync
        requests coalesce, so this process's own events cost nothing more)."""
        if self.hub is not None:
            self.hub.dispatch(event)
        try:
            self.copilot.on_event(event)
        except Exception:  # noqa: BLE001 - indexing catches up on its schedule
            log.exception("copilot did not take the event %s", event.type)

    @contextmanager
    def read(self) -> Iterator[orm.Session]:
        with self.Session() as session:
            yield session

    def note_data_version(self, session: orm.Session) -> int:
        """The request's data version, read on a session the request already holds (sign-in's),
        so it costs no connection of its own."""
        return _once_per_request(lambda: version.current(session))

    def data_version(self) -> int:
        """The data version, read once per request (and on every call outside one)."""
        def read() -> int:
            with self.engine.connect() as conn:
                return version.current(conn)
        return _once_per_request(read)

    def gather(self, *queries: Callable[[orm.Session], Any]) -> list[Any]:
        """Run independent reads, each in its own session; concurrently on a server database.

        The overview's three scans overlap on PostgreSQL (one connection each); SQLite, a file
        in this process, gains nothing from it and runs them one after another.
        """

        def run(query: Callable[[orm.Session], Any]) -> Any:
            with self.read() as session:
                return query(session)

        if self.engine.dialect.name == "sqlite" or len(queries) < 2:
            return [run(q) for q in queries]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="reads")
        return list(self._pool.map(run, queries))

    def memo(self, name: str, viewer: Viewer, args: Mapping[str, Any],
             compute: Callable[[], T]) -> T:
        """``compute()`` unless the same result, for the same scope, is cached at the current
        data version."""
        return self.cache.get_or_compute(name, self.data_version(),
                                         {"scope": viewer.cache_key(), **args}, compute)

    def cached(self, name: str, viewer: Viewer, args: Mapping[str, Any],
               query: Callable[[orm.Session], T]) -> T:
        """``memo`` of a read that runs in a session of its own."""

        def compute() -> T:
            with self.read() as session:
                return query(session)

        return self.memo(name, viewer, args, compute)


def _once_per_request(read: Callable[[], int]) -> int:
    """The data version: kept for the rest of the request after its first read (``flask.g``),
    read on every call outside one."""
    if not has_request_context():
        return read()
    if "data_version" not in g:
        g.data_version = read()
    return int(g.data_version)
