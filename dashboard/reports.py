"""The reports runtime: a render queue, the files under ``<DATA_DIR>/reports``, progress in the
``reports`` table (so any worker process can report it), downloads' audit, and the weekly job.

``request_*`` records a queued row and hands it to one worker thread; the page polls the row.
A render that fails marks its row failed with a message and leaves no file. ``run_weekly`` is
the scheduled job (a thread timer in the embedded default, Celery beat in production): one
report per portfolio per period, unique even when several processes run it, mailed to the
users granted that portfolio when SMTP is configured.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import os
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from dashboard import report_mail
from dashboard.report_charts import ChartRenderer
from dashboard.report_schedule import Schedule
from dashboard.settings import Settings
from data import reports as store
from data.filters import ProjectFilters
from data.queries import portfolios
from data.report_queries import covered_portfolios, project_portfolio
from data.scope import Scope
from data.viewer import Viewer
from models.copilot.llm import LlmRouter
from models.copilot.runtime import llm_config
from models.copilot.usage import UsageLog
from models.report_narrative import Narrative, Narrator
from models.reports import scope_label

log = logging.getLogger(__name__)
AuditSink = Callable[..., None]
Narrate = Callable[[Any], Narrative | None]


def narrator(settings: Settings, llm: LlmRouter | None = None) -> Narrator | None:
    """What writes reports' narratives: the copilot's model router (``llm``; the CLI, which has
    no copilot, gets a router of its own from the same settings), or ``None`` when no model host
    is configured or ``REPORT_NARRATIVE`` is off."""
    if not settings.report_narrative or not settings.ollama_hosts:
        return None
    if llm is None:
        usage = UsageLog(Path(settings.data_dir) / "copilot" / "usage.jsonl")
        llm = LlmRouter(llm_config(settings), record=usage.record)
    return Narrator(llm, seconds=settings.report_narrative_seconds)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60] or "report"


def record_audit(factory: sessionmaker[Session]) -> AuditSink:
    """``data.audit.record_now`` (the sign-in work's audit log) once it exists; until then the
    event goes to the log. The one call site: ``Reports.audit``."""

    def sink(action: str, actor: str, **details: Any) -> None:
        try:
            audit = importlib.import_module("data.audit")
        except ImportError:
            log.info("audit %s by %s: %s", action, actor, details)
            return
        audit.record_now(factory, action, actor, **details)

    return sink


@dataclass(frozen=True)
class WeeklyResult:
    portfolio_id: int
    report_id: int | None  # None: another process already made this period's report
    status: str
    mailed: int


class Reports:
    def __init__(self, settings: Settings, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today,
                 renderer: ChartRenderer | None = None, audit: AuditSink | None = None,
                 narrate: Narrate | None = None) -> None:
        self.settings = settings
        self.Session = factory
        self.today = today
        self.renderer = renderer or ChartRenderer()
        self.audit = audit or record_audit(factory)
        self.narrate = narrate
        self.folder = Path(settings.data_dir) / "reports"
        self.schedule = Schedule.parse(settings.report_schedule)
        self._queue: ThreadPoolExecutor | None = None
        self._stopping = threading.Event()
        self._timer: threading.Thread | None = None

    # --- asking for reports ---------------------------------------------------------------

    def request_portfolio(self, viewer: Viewer, filters: ProjectFilters,
                          trigger: str = "manual", *, queue: bool = True) -> int:
        """Queue a portfolio report of the viewer's scope under these filters (``queue=False``:
        only record it, for a caller that runs ``generate`` itself)."""
        with self.Session.begin() as session:
            covered = covered_portfolios(session, viewer.scope, filters)
            everything = viewer.scope.portfolio_ids is None and not filters.portfolio
            report_id = store.create(
                session, kind="portfolio", title="Portfolio status report",
                scope_label=scope_label(covered, everything),
                portfolio_ids=[i for i, _ in covered], filters=filters.to_query(),
                created_by=viewer.name, user_id=viewer.user_id, trigger=trigger)
        if queue:
            self._submit(report_id)
        return report_id

    def request_project(self, viewer: Viewer, key: str, *, queue: bool = True) -> int | None:
        """Queue a project report; ``None`` when the project is not visible to the viewer."""
        with self.Session.begin() as session:
            found = project_portfolio(session, viewer.scope, key)
            if found is None:
                return None
            portfolio_id, name = found
            report_id = store.create(
                session, kind="project", title=f"Project status report {key}",
                scope_label=f"{key} · {name}", portfolio_ids=[portfolio_id],
                project_key=key, created_by=viewer.name, user_id=viewer.user_id)
        if queue:
            self._submit(report_id)
        return report_id

    def _submit(self, report_id: int) -> Future[Any]:
        if self._queue is None:
            self._queue = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reports")
        return self._queue.submit(self.generate, report_id)

    def status(self, viewer: Viewer, report_id: int) -> store.ReportRow | None:
        with self.Session() as session:
            return store.get(session, viewer.scope, report_id)

    # --- making one -----------------------------------------------------------------------

    def generate(self, report_id: int) -> store.ReportRow:
        """Render a queued report now (the worker thread, the CLI and the schedule call this);
        its author is who asked for it."""

        def progress(percent: int, message: str) -> None:
            with self.Session.begin() as s:
                store.set_progress(s, report_id, percent, message)

        # WeasyPrint takes seconds to import: the first report pays for it, not the start-up
        from dashboard.report_pdf import ReportFailed, build  # noqa: PLC0415

        temp: Path | None = None
        try:
            with self.Session() as session:
                row = store.get(session, Scope.everything(), report_id)
                if row is None:
                    raise ReportFailed(f"report {report_id} does not exist")
                rendered = build(session, row, row.created_by, self.today(), self.renderer,
                                 progress, self.narrate)
            progress(95, "Saving")
            self.folder.mkdir(parents=True, exist_ok=True)
            name = f"{report_id}-{slug(row.scope_label)}.pdf"
            temp = self.folder / f".{name}.part"
            temp.write_bytes(rendered.pdf)
            os.replace(temp, self.folder / name)
            temp = None
            with self.Session.begin() as s:
                store.finish(s, report_id, file_name=name, size_bytes=len(rendered.pdf),
                             pages=rendered.pages, facts=rendered.facts)
        except Exception as exc:  # noqa: BLE001 - a failed render is shown, never raised
            log.exception("report %s failed", report_id)
            message = str(exc) if isinstance(exc, ReportFailed) else (
                f"The report could not be made ({type(exc).__name__}: {str(exc)[:200]}).")
            if temp is not None:
                temp.unlink(missing_ok=True)
            with self.Session.begin() as s:
                store.fail(s, report_id, message)
        with self.Session() as session:
            done = store.get(session, Scope.everything(), report_id)
        assert done is not None
        return done

    def path(self, row: store.ReportRow) -> Path | None:
        """The file of a finished report (``None`` if it is gone)."""
        if row.status != "done" or not row.file_name:
            return None
        found = self.folder / row.file_name
        return found if found.is_file() else None

    # --- the weekly job -------------------------------------------------------------------

    def run_weekly(self, today: dt.date | None = None, send: bool = True,
                   portfolio_ids: list[int] | None = None) -> list[WeeklyResult]:
        """This period's report of every portfolio (or the given ones), made once, mailed."""
        today = today or self.today()
        with self.Session() as session:
            every = portfolios(session, Scope.everything())
        wanted = [(i, n) for i, n in every if portfolio_ids is None or i in portfolio_ids]
        return [self._weekly_one(pid, name, today, send) for pid, name in wanted]

    def _weekly_one(self, portfolio_id: int, name: str, today: dt.date,
                    send: bool) -> WeeklyResult:
        viewer = Viewer("schedule", "viewer", Scope.of(portfolio_id),
                        display_name="Weekly schedule")
        key = self.schedule.key(today, portfolio_id)
        try:
            with self.Session.begin() as session:
                report_id = store.create(
                    session, kind="portfolio", title="Portfolio status report",
                    scope_label=name, portfolio_ids=[portfolio_id],
                    filters=ProjectFilters(portfolio=(portfolio_id,)).to_query(),
                    created_by=viewer.name, trigger="schedule", schedule_key=key)
        except IntegrityError:
            return WeeklyResult(portfolio_id, None, "already made", 0)
        row = self.generate(report_id)
        mailed = self.mail(row) if send and row.status == "done" else 0
        return WeeklyResult(portfolio_id, report_id, row.status, mailed)

    def mail(self, row: store.ReportRow) -> int:
        """Send a finished report to the users granted its portfolios; how many were sent."""
        path = self.path(row)
        if path is None or not self.settings.smtp_host:
            return 0
        with self.Session() as session:
            people = {r.email: r for pid in row.portfolio_ids
                      for r in store.recipients(session, pid)}
        if not people:
            return 0
        sent = report_mail.send(self.settings, list(people.values()), row, path)
        for recipient in people.values():
            self.audit("export", "schedule", target=f"report:{row.id}",
                       detail={"mailed_to": recipient.username})
        return sent

    # --- lifecycle ------------------------------------------------------------------------

    def start(self, timer: bool = True) -> None:
        """Mark renders that died with an earlier process failed; start the weekly timer
        (unless a job queue runs the schedule: ``run_due``)."""
        try:
            with self.Session.begin() as session:
                store.fail_stale(session)
        except Exception:  # noqa: BLE001 - a database that is down now may be up later
            log.warning("could not clean up unfinished reports", exc_info=True)
        if timer and self.schedule.enabled and self.settings.report_timer and self._timer is None:
            self._timer = threading.Thread(target=self._tick, name="report-schedule",
                                           daemon=True)
            self._timer.start()

    def _tick(self) -> None:
        while not self._stopping.is_set():
            wait = self.schedule.seconds_until_next(dt.datetime.now())
            if self._stopping.wait(wait):
                return
            try:
                results = self.run_weekly()
                log.info("weekly reports: %s", results)
            except Exception:  # noqa: BLE001 - the timer must survive a bad week
                log.exception("weekly reports failed")

    def run_due(self, now: dt.datetime | None = None) -> list[WeeklyResult]:
        """The reports of the last scheduled moment, unless made already (a job queue calls this
        every minute; each period's report is made once whoever asks)."""
        if not self.schedule.enabled:
            return []
        return self.run_weekly(today=self.schedule.last_run(now or dt.datetime.now()).date())

    def stop(self) -> None:
        self._stopping.set()
        if self._queue is not None:
            self._queue.shutdown(wait=False, cancel_futures=True)
        self.renderer.close()
