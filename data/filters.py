"""Project filters shared by every page, the URL and the CSV export.

One dataclass says what a view is narrowed to; ``from_query`` parses hostile URL input into it
(collecting every problem instead of failing on the first), ``to_query`` writes it back so a view
can be bookmarked, and ``apply`` turns it into WHERE clauses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import ColumnElement, Integer, func, literal_column, or_, select
from sqlalchemy.orm import QueryableAttribute, aliased

from data import metrics
from data.schema import (
    PRIORITIES,
    STATUS_IDS,
    STATUSES,
    Allocation,
    Priority,
    Project,
    ProjectForecast,
    ProjectRollup,
    Status,
)
from data.scope import S

STATUS_LABELS = {code: label for code, label, *_ in STATUSES}
PRIORITY_LABELS = {code: label for code, label, *_ in PRIORITIES}
STATUS_CODES = tuple(STATUS_LABELS)
PRIORITY_CODES = tuple(PRIORITY_LABELS)
MAX_VALUES = 50  # per multi-valued filter; more is not a real view, only a heavy query
MAX_TEXT = 100
DATE_FIELDS = ("due_from", "due_to")
_NOT_TEXT = re.compile(r"[\x00\ud800-\udfff]")  # NUL and lone surrogates: no database stores them


@dataclass(frozen=True)
class ProjectFilters:
    status: tuple[str, ...] = ()
    priority: tuple[str, ...] = ()
    portfolio: tuple[int, ...] = ()
    owner: tuple[str, ...] = ()
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    search: str = ""
    health: tuple[str, ...] = ()
    # Narrower views the copilot asks for (not in the URL): periods of completion, start and
    # creation, a band of P(on time) among open projects, and explicit keys.
    completed_from: dt.date | None = None
    completed_to: dt.date | None = None
    started_from: dt.date | None = None
    started_to: dt.date | None = None
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    p_below: float | None = None
    p_at_least: float | None = None
    keys: tuple[str, ...] = ()
    no_due_date: bool = False
    finished: str = ""  # "on_time", "early" or "late": done projects by their outcome (metrics)
    # open projects by their expected finish (the forecast's P50 date): within a period, or
    # after their due date
    finish_from: dt.date | None = None
    finish_to: dt.date | None = None
    finish_after_due: bool = False
    p85_after_due: bool = False  # open projects whose forecast's P85 date is past the due date
    # projects by how many open work items they have (their rollup): more than / fewer than
    open_items_above: int | None = None
    open_items_below: int | None = None
    progress_below: float | None = None  # a project's progress (docs/metrics.md), 0..1
    progress_at_least: float | None = None
    no_team: bool = False  # open projects nobody is allocated to today (docs/metrics.md, Team)

    def is_empty(self) -> bool:
        return self == ProjectFilters()

    def focused(self, **values: Any) -> ProjectFilters:
        """Narrow the named fields to exactly these values, or clear them if they already are.

        This is what a click on a chart does: the first click focuses, the second lets go.
        """
        targets: dict[str, Any] = {name: value if name in DATE_FIELDS else (value,)
                   for name, value in values.items()}
        if all(getattr(self, name) == target for name, target in targets.items()):
            cleared: dict[str, Any] = {name: None if name in DATE_FIELDS else ()
                                       for name in targets}
            return replace(self, **cleared)
        return replace(self, **targets)

    def apply(self, stmt: S, today: dt.date, health_joined: bool = False) -> S:
        """Narrow a select over ``Project`` (joined to nothing else it needs, or also to the
        rollup and the forecast when ``health_joined``); ``today`` decides what is late or at
        risk."""
        stmt = stmt.where(*self.on_ids(Project.status_id, Project.priority_id,
                                       Project.portfolio_id))
        if self.owner:
            stmt = stmt.where(Project.owner.in_(self.owner))
        if self.due_from:
            stmt = stmt.where(Project.due_date >= self.due_from)
        if self.due_to:
            stmt = stmt.where(Project.due_date <= self.due_to)
        if self.search:
            pattern = "%" + _escape_like(self.search.lower()) + "%"
            stmt = stmt.where(or_(func.lower(Project.name).like(pattern, escape="\\"),
                                  func.lower(Project.key).like(pattern, escape="\\"),
                                  func.lower(Project.owner).like(pattern, escape="\\")))
        if self.health:
            stmt = stmt.where(metrics.health_in(self.health, today, joined=health_joined))
        return self._narrower(stmt, today)

    def on_ids(self, status_id: QueryableAttribute[int], priority_id: QueryableAttribute[int],
               portfolio_id: QueryableAttribute[int]) -> list[ColumnElement[bool]]:
        """The status, priority and portfolio filters as conditions on these id columns (of
        ``Project``, or of a summary keyed the same way: ``data.health_cells``)."""
        conditions: list[ColumnElement[bool]] = []
        if self.status:  # ids written as literals, as ``metrics.is_open`` does (an unknown
            # code matches nothing)
            conditions.append(status_id.in_([literal_column(str(STATUS_IDS[code]), Integer)
                                             for code in self.status if code in STATUS_IDS]))
        if self.priority:
            conditions.append(priority_id.in_(
                select(Priority.id).where(Priority.code.in_(self.priority))))
        if self.portfolio:
            conditions.append(portfolio_id.in_(self.portfolio))
        return conditions

    def _narrower(self, stmt: S, today: dt.date) -> S:
        if self.completed_from or self.completed_to:
            stmt = stmt.where(Project.status_id.in_(
                select(Status.id).where(Status.code == "done")))
        if self.completed_from:
            stmt = stmt.where(Project.completed_at >= _start_of(self.completed_from))
        if self.completed_to:
            stmt = stmt.where(Project.completed_at < _start_of(self.completed_to, 1))
        if self.started_from:
            stmt = stmt.where(Project.start_date >= self.started_from)
        if self.started_to:
            stmt = stmt.where(Project.start_date <= self.started_to)
        if self.created_from:
            stmt = stmt.where(Project.created_at >= _start_of(self.created_from))
        if self.created_to:
            stmt = stmt.where(Project.created_at < _start_of(self.created_to, 1))
        band = []
        if self.p_below is not None:
            band.append(ProjectForecast.p_on_time < self.p_below)
        if self.p_at_least is not None:
            band.append(ProjectForecast.p_on_time >= self.p_at_least)
        if band:
            stmt = stmt.where(metrics.is_open(), Project.id.in_(
                select(ProjectForecast.project_id).where(*band)))
        if self.keys:
            stmt = stmt.where(Project.key.in_(self.keys))
        if self.no_due_date:
            stmt = stmt.where(Project.due_date.is_(None))
        if self.finished:
            stmt = stmt.where({"on_time": metrics.is_finished_on_time,
                               "early": metrics.is_finished_early}.get(
                self.finished, metrics.is_finished_late)())
        if self.open_items_above is not None or self.open_items_below is not None:
            rollup = aliased(ProjectRollup)  # the statement may join the rollup already
            bounds = ([rollup.open_items > self.open_items_above]
                      if self.open_items_above is not None else []) + (
                [rollup.open_items < self.open_items_below]
                if self.open_items_below is not None else [])
            stmt = stmt.where(select(rollup.project_id).where(
                rollup.project_id == Project.id, *bounds).correlate(Project).exists())
        if self.progress_below is not None or self.progress_at_least is not None:
            rolled = aliased(ProjectRollup)  # a project with no items has no row: 0 % done
            progress = func.coalesce(select(rolled.progress).where(
                rolled.project_id == Project.id).correlate(Project).scalar_subquery(), 0.0)
            if self.progress_below is not None:
                stmt = stmt.where(progress < self.progress_below)
            if self.progress_at_least is not None:
                stmt = stmt.where(progress >= self.progress_at_least)
        if self.no_team:
            stmt = stmt.where(metrics.is_open(), ~select(Allocation.id).where(
                Allocation.project_id == Project.id, Allocation.period_start <= today,
                Allocation.period_end >= today).correlate(Project).exists())
        forecast = aliased(ProjectForecast)  # the statement may join the forecast already
        expected = []
        if self.finish_from:
            expected.append(forecast.p50_date >= self.finish_from)
        if self.finish_to:
            expected.append(forecast.p50_date <= self.finish_to)
        if self.finish_after_due:
            expected.append(forecast.p50_date > Project.due_date)
        if self.p85_after_due:
            expected.append(forecast.p85_date > Project.due_date)
        if expected:
            stmt = stmt.where(metrics.is_open(), select(forecast.project_id).where(
                forecast.project_id == Project.id, *expected).correlate(Project).exists())
        return stmt

    def to_query(self) -> dict[str, str | list[str]]:
        """URL query parameters: only the non-empty ones, a list where a field has several."""
        out: dict[str, str | list[str]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                if value:
                    out[f.name] = [str(v) for v in value] if len(value) > 1 else str(value[0])
            elif isinstance(value, dt.date):
                out[f.name] = value.isoformat()
            elif isinstance(value, float):
                out[f.name] = repr(value)
            elif value:
                out[f.name] = str(value)
        return out

    def as_key(self) -> dict[str, str | list[str]]:
        """JSON-able identity for cache keys."""
        return self.to_query()


def _start_of(day: dt.date, plus_days: int = 0) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=plus_days), dt.time())


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def from_query(query: Mapping[str, object]) -> tuple[ProjectFilters, list[str]]:
    """Parse URL parameters; unknown or bad values are dropped and reported, never trusted."""
    problems: list[str] = []

    def values(name: str, split: bool = True) -> list[str]:
        """Repeated parameters arrive as a list; codes and ids may also be comma-separated."""
        raw = query.get(name)
        if raw is None or raw == "":
            return []
        items = list(raw) if isinstance(raw, list | tuple) else [str(raw)]
        if split:
            items = [part for item in items for part in str(item).split(",")]
        cleaned = [str(v).strip() for v in items if str(v).strip()]
        if any(_NOT_TEXT.search(v) for v in cleaned):
            problems.append(f"{name}: contains characters that are not text")
            cleaned = [v for v in cleaned if not _NOT_TEXT.search(v)]
        if len(cleaned) > MAX_VALUES:
            problems.append(f"{name}: at most {MAX_VALUES} values")
            cleaned = cleaned[:MAX_VALUES]
        return cleaned

    def codes(name: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        out = []
        for v in values(name):
            if v in allowed:
                out.append(v)
            else:
                problems.append(f"{name}: unknown value {v[:MAX_TEXT]!r}")
        return tuple(dict.fromkeys(out))

    def ints(name: str) -> tuple[int, ...]:
        out = []
        for v in values(name):
            if v.isascii() and v.isdigit() and len(v) < 10:
                out.append(int(v))
            else:
                problems.append(f"{name}: not an id {v[:MAX_TEXT]!r}")
        return tuple(dict.fromkeys(out))

    def date(name: str) -> dt.date | None:
        raw = query.get(name)
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(str(raw).strip())
        except ValueError:
            problems.append(f"{name}: not a date (YYYY-MM-DD) {str(raw)[:MAX_TEXT]!r}")
            return None

    search = str(query.get("search") or "").strip()
    if _NOT_TEXT.search(search):
        problems.append("search: contains characters that are not text")
        search = _NOT_TEXT.sub("", search)
    if len(search) > MAX_TEXT:
        problems.append(f"search: at most {MAX_TEXT} characters")
        search = search[:MAX_TEXT].strip()  # what we write back must read the same
    owners = tuple(dict.fromkeys(v[:120] for v in values("owner", split=False)))
    filters = ProjectFilters(
        status=codes("status", STATUS_CODES),
        priority=codes("priority", PRIORITY_CODES),
        portfolio=ints("portfolio"),
        owner=owners,
        due_from=date("due_from"),
        due_to=date("due_to"),
        search=search,
        health=codes("health", metrics.HEALTH),
    )
    if filters.due_from and filters.due_to and filters.due_from > filters.due_to:
        problems.append("due_from: after due_to")
    return filters, problems
