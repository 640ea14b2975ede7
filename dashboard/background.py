"""Slow work off the request path: the background-callback manager and the forecasting runtime.

``make_background_manager(settings, celery)`` builds Dash's background-callback manager: the
embedded ``DiskcacheManager`` under ``settings.data_dir`` (one process, forked jobs), or, in
production, ``CeleryManager`` on the Celery app, so a retrain clicked in any web worker runs on a
Celery worker. ``Forecasting`` holds the current model for requests and refreshes forecasts: in
the embedded default with threads of this process (the start-up fill-in, so a fresh demo shows
forecasts without anyone running a job, and a debounced refresh after writes); in production the
web starts no thread and the same work runs once per deployment as a Celery job
(``run_now``, dashboard/jobs.py). Everything here logs and carries on when it fails.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from dashboard.settings import Settings
from data import events, metrics
from data.db import make_engine, make_sessionmaker
from data.forecast_commands import EVENT_TYPE
from data.schema import Project, ProjectForecast
from models.registry import LoadedModel, ModelHolder, Registry

if TYPE_CHECKING:
    from models import jobs


def _jobs() -> Any:
    """``models.jobs``, imported on first use: it pulls in scikit-learn (seconds at start-up)
    and no page needs it."""
    from models import jobs  # noqa: PLC0415 - deferred, see above

    return jobs

log = logging.getLogger(__name__)


def make_background_manager(settings: Settings, celery=None):
    """Dash's Celery manager on ``celery`` when given, else the disk-cache manager with its
    cache in ``<data_dir>/background``."""
    if celery is not None:
        from dash import CeleryManager

        return CeleryManager(celery, expire=3600)
    import diskcache
    from dash import DiskcacheManager

    folder = Path(settings.data_dir) / "background"
    folder.mkdir(parents=True, exist_ok=True)
    return DiskcacheManager(diskcache.Cache(str(folder)), expire=3600)


def models_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "models"


LOAD_WAIT = 120.0  # seconds the start-up fill-in waits for the holder's load
REFRESH_ON = frozenset({"data.imported", "project.updated"})  # new snapshots, items, status


class Forecasting:
    """Per-app forecasting state: the model holder, the start-up fill-in of forecasts, and the
    refresh of the forecasts of projects that a write in this app touched."""

    def __init__(self, settings: Settings, today=dt.date.today, publish=None,
                 debounce: float = 1.0) -> None:
        self.settings = settings
        self.today = today
        self.publish = publish
        self.debounce = debounce
        self.registry = Registry(models_dir(settings))
        self.holder = ModelHolder(self.registry)
        self.startup: threading.Thread | None = None
        self.startup_result: jobs.JobResult | None = None
        self.refresher: threading.Timer | None = None
        self.refresh_result: jobs.JobResult | None = None
        self._pending: set[int] = set()
        self._lock = threading.Lock()

    def start(self, fill_in: bool = True) -> None:
        """Load the current model in the background and, if asked, fill in missing forecasts."""
        self.holder.start()
        if fill_in:
            self.startup = threading.Thread(target=self._fill_in, name="forecast-startup",
                                            daemon=True)
            self.startup.start()

    def _fill_in(self) -> None:
        self.startup_result = self._run("start-up forecasts", self._fill_in_work)

    def _fill_in_work(self, factory: sessionmaker[Session]) -> jobs.JobResult | None:
        return fill_in_forecasts(factory, self.registry, self.today(),
                                 lambda: self.current_model(wait=True))

    def current_model(self, wait: bool = False) -> LoadedModel | None:
        """The model the holder already has in memory when it is still the current version, so
        a refresh does not read (and unpickle) the artifact again; ``None`` when it has none or
        an older one (``jobs.rescore`` then loads the current version itself). ``wait``: let a
        load in progress finish first (the start-up fill-in runs while the holder loads)."""
        if wait:
            self.holder.wait(LOAD_WAIT)
        loaded = self.holder.get()
        if loaded is None or loaded.version != self.registry.current_version():
            return None
        return loaded

    def run_now(self, fill_in: bool = False, ids: Sequence[int] | None = None
                ) -> jobs.JobResult | None:
        """The job-queue form (dashboard/jobs.py), in the calling thread: fill in missing
        forecasts, or rescore ``ids`` (all open projects when ``None``). Raises ``JobBusy``
        when another job holds the lock (the queue retries later); logs anything else and
        returns ``None``, as when there was nothing to do."""
        _jobs().fork_safe()
        if fill_in:
            return self._run("start-up forecasts", self._fill_in_work, publish=False,
                             busy_raises=True)
        return self._run("forecast refresh", lambda factory: _jobs().rescore(
            factory, self.registry.root, self.today(), ids, loaded=self.current_model()),
            ids or (), publish=False, busy_raises=True)

    def on_event(self, event: events.Event) -> None:
        """A subscriber for ``Services``: rescore the projects a write touched, a moment later
        (writes come in bursts) and in a thread (the writer never waits)."""
        if event.type not in REFRESH_ON or not event.ids:
            return
        with self._lock:
            self._pending.update(event.ids)
            if self.refresher is None:
                self.refresher = threading.Timer(self.debounce, self._refresh)
                self.refresher.daemon = True
                self.refresher.start()

    def retrain(self, today: dt.date, progress=None) -> dict:
        """The retrain job as a background callback runs it, in another process: fresh
        engine, one OpenMP thread, a JSON-able result (errors included, never raised)."""
        _jobs().fork_safe()
        engine = make_engine(self.settings.database_url)
        try:
            factory: sessionmaker[Session] = make_sessionmaker(engine)
            result = _jobs().retrain_and_score(factory, self.registry.root, today,
                                            progress or (lambda _f, _m: None))
            return {**result.as_dict(), "ok": True}
        except _jobs().JobBusy as exc:
            return {"ok": False, "message": f"{exc}; try again in a moment."}
        except Exception as exc:  # noqa: BLE001 - report to the page instead of a dead spinner
            log.exception("retraining failed")
            return {"ok": False, "message": f"Retraining failed: {type(exc).__name__}: {exc}"}
        finally:
            engine.dispose()

    def stop(self) -> None:
        """Cancel a pending refresh (the start-up thread is a daemon and ends with the app)."""
        with self._lock:
            if self.refresher is not None:
                self.refresher.cancel()
            self.refresher, self._pending = None, set()

    def _refresh(self) -> None:
        with self._lock:
            ids, self._pending, self.refresher = sorted(self._pending), set(), None
        self.refresh_result = self._run(
            "forecast refresh",
            lambda factory: _jobs().rescore(factory, self.registry.root, self.today(), ids,
                                         loaded=self.current_model()), ids)

    def _run(self, what: str, work, ids: Sequence[int] = (),
             publish: bool = True, busy_raises: bool = False) -> jobs.JobResult | None:
        """Run a job on its own engine (never the request pool); log, never raise."""
        engine = make_engine(self.settings.database_url)
        try:
            result = work(make_sessionmaker(engine))
            if result is not None:
                log.info("%s: %s", what, result.message)
                if publish and self.publish is not None:
                    self.publish(events.Event(EVENT_TYPE, tuple(ids)))
            return result
        except _jobs().JobBusy:
            if busy_raises:
                raise
            log.info("%s skipped: another job is running", what)
        except Exception:  # noqa: BLE001 - background work must never take the app down
            log.exception("%s failed", what)
        finally:
            engine.dispose()
        return None


def fill_in_forecasts(factory: sessionmaker[Session], registry: Registry, today: dt.date,
                      loaded=lambda: None) -> jobs.JobResult | None:
    """The start-up fill-in: when open projects have no stored forecast, train on the finished
    ones if no model is saved yet, else score them with the current model (``loaded()``: the
    one in memory, if any); ``None`` when forecasts are stored. ``python -m dashboard demo``
    runs it too, before the demo's documents are written (``data.demo.load_demo``)."""
    with factory() as session:
        if not needs_forecasts(session):
            return None
    if registry.current_version() is None:
        return _jobs().retrain_and_score(factory, registry.root, today)
    return _jobs().rescore(factory, registry.root, today, loaded=loaded())


def needs_forecasts(session: Session) -> bool:
    """Open projects exist but none has a stored forecast (a fresh or newly loaded database)."""
    open_projects = session.scalar(
        select(func.count(Project.id)).where(metrics.is_open())
    )
    stored = session.scalar(select(func.count(ProjectForecast.project_id)))
    return bool(open_projects) and not stored
