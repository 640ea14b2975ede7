"""Keeps the summaries computed ahead of reads current: the health cells
(``data.health_cells``), people's loads (``data.people_loads``) and skill coverage
(``data.skill_coverage``).

Each reflects one day and one data version (``data.summary_state``); readers fall back to the
live queries whenever either moved on, so a refresh that comes late costs speed, never
correctness.

Embedded (one process): a thread refreshes them at start, a moment after each write (writes come
in bursts) and just after midnight, when "today" moves (and wakes for nothing else, so an app
left running idle costs nothing). Production: the web processes start nothing; the
cache-warming job refreshes them before it warms the views (``dashboard.jobs``), and the job is
queued after every write and runs on its beat.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from data import events, health_cells, people_loads, skill_coverage

log = logging.getLogger(__name__)
SUMMARIES: dict[str, Callable[[Session, dt.date], bool]] = {
    health_cells.NAME: health_cells.refresh, people_loads.NAME: people_loads.refresh,
    skill_coverage.NAME: skill_coverage.refresh}


class Summaries:
    """Refreshes every summary: on demand (the warm job), after writes and on a timer."""

    def __init__(self, factory: sessionmaker[Session], today: Callable[[], dt.date],
                 debounce: float = 1.0) -> None:
        self.factory = factory
        self.today = today
        self.debounce = debounce
        self._timer: threading.Timer | None = None
        self._loop: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._running = threading.Lock()

    def refresh(self) -> bool:
        """Bring every summary to today and the current data version, each in a transaction of
        its own; True when any was recomputed. Logs a failure and carries on (pages then read
        the live data)."""
        done = False
        with self._running:  # one refresh per process at a time; other processes wait on a lock
            for name, refresh in SUMMARIES.items():
                started = time.perf_counter()
                try:
                    with self.factory.begin() as session:
                        ran = refresh(session, self.today())
                except SQLAlchemyError:
                    log.exception("refreshing %s failed; pages read the live data", name)
                    continue
                if ran:
                    log.info("%s refreshed in %.0f ms", name,
                             1000 * (time.perf_counter() - started))
                done = done or ran
        return done

    def on_event(self, event: events.Event) -> None:
        """A subscriber (embedded): refresh a moment after a write, in a thread."""
        with self._lock:
            if self._timer is None and not self._stop.is_set():
                self._timer = threading.Timer(self.debounce, self._after_write)
                self._timer.daemon = True
                self._timer.start()

    def _after_write(self) -> None:
        with self._lock:
            self._timer = None
        self.refresh()

    def start(self) -> None:
        """Embedded: refresh now and after each midnight, in a daemon thread."""
        if self._loop is not None:
            return

        def loop() -> None:
            self.refresh()
            while not self._stop.wait(until_tomorrow(dt.datetime.now())):
                self.refresh()

        self._loop = threading.Thread(target=loop, name="summaries", daemon=True)
        self._loop.start()

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = None


def until_tomorrow(now: dt.datetime) -> float:
    """Seconds from ``now`` to five seconds past the next midnight."""
    tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
    return (tomorrow - now).total_seconds()
