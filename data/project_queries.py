"""The project list: keyset-paginated, sortable, filterable, and streamable for CSV export.

Keyset pagination (``WHERE (sort, key) > (:value, :key)``) costs the same on page 1 and page
4,000, so the table never offers a slow OFFSET over a large portfolio.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Date, case, func, literal, literal_column, select, tuple_
from sqlalchemy.orm import Session

from data import health_cells, metrics
from data.filters import ProjectFilters
from data.pagination import clamp_page_size
from data.queries import NO_FILTERS, narrow
from data.schema import (
    DUE_LAST_DOWN,
    DUE_LAST_UP,
    Allocation,
    Portfolio,
    Priority,
    Project,
    ProjectForecast,
    ProjectRollup,
    Status,
)
from data.scope import AnySelect, Scope

FAR_FUTURE = dt.date(9999, 12, 31)
FAR_PAST = dt.date(1, 1, 1)
HEALTH_RANK = {"late": 0, "at_risk": 1, "on_track": 2, "closed": 3}  # most urgent first


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _health_rank(today: dt.date) -> Any:
    return case(*((metrics.health(today) == h, r) for h, r in HEALTH_RANK.items()), else_=9)


# name -> (sort expression, parse a cursor value back from JSON). Columns that can be empty
# (no due date, no forecast) sort their empty values last in BOTH directions: the expression
# depends on the direction (``sort_expression``), so a keyset cursor still compares one value.
SORTS: dict[str, tuple[Any, Callable[[Any], Any]]] = {
    "key": (Project.key, str),
    "name": (Project.name, str),
    "portfolio": (Portfolio.name, str),
    "status": (Status.sort_order, int),
    "priority": (Priority.rank, int),
    "owner": (Project.owner, str),
    "due": (Project.due_date, _date),
    "progress": (ProjectRollup.progress, float),  # inner-joined: every project has a rollup
    "health": (_health_rank, int),
    "p_on_time": (ProjectForecast.p_on_time, float),
    "p85": (ProjectForecast.p85_date, _date),
    "open_items": (func.coalesce(ProjectRollup.open_items, literal(0)), int),
    "remaining_points": (func.coalesce(ProjectRollup.scope_points - ProjectRollup.done_points,
                                       literal(0)), int),
}
EMPTY_LAST = {  # (stand-in ascending, stand-in descending) for an empty value
    "p85": (FAR_FUTURE, FAR_PAST),
    "p_on_time": (2.0, -1.0),
}


def sort_expression(sort: str, descending: bool, today: dt.date) -> Any:
    """The ORDER BY expression of a sort column in a direction (empty values last)."""
    expr = SORTS[sort][0]
    if callable(expr):
        return expr(today)
    if sort == "due":  # exactly the expressions of the indexes ix_projects_due_sort_up/_down
        return func.coalesce(expr, literal_column(DUE_LAST_DOWN if descending else DUE_LAST_UP,
                                                  Date))
    if sort in EMPTY_LAST:
        up, down = EMPTY_LAST[sort]
        return func.coalesce(expr, literal(down if descending else up))
    return expr


@dataclass(frozen=True)
class ProjectRow:
    key: str
    name: str
    portfolio: str
    status: str
    priority: str
    owner: str
    start_date: dt.date | None
    due_date: dt.date | None
    progress: float
    health: str
    p_on_time: float | None
    p85_date: dt.date | None
    drivers: list[dict[str, Any]]
    cursor: tuple[Any, str]  # (sort value, key) as JSON-able values, for the next/previous page


@dataclass(frozen=True)
class KeysetPage:
    items: list[ProjectRow]
    total: int
    page_size: int
    has_before: bool
    has_after: bool


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _rows_stmt(scope: Scope, today: dt.date, filters: ProjectFilters,
               sort_expr: ColumnElement[Any], first: str | None = None) -> AnySelect:
    """The page's columns. ``first="rollup"`` inner-joins the rollup (every project has one) so
    the progress sort can walk ``ix_project_rollups_progress_project_id`` in order;
    ``first="forecast"`` inner-joins the forecast, for the projects that have one."""
    stmt = (
        select(
            Project.key, Project.name, Portfolio.name, Status.label, Priority.label,
            Project.owner, Project.start_date, Project.due_date,
            func.coalesce(ProjectRollup.progress, 0.0), metrics.health(today),
            ProjectForecast.p_on_time, ProjectForecast.p85_date, ProjectForecast.drivers,
            sort_expr,
        )
        .join(Status, Project.status_id == Status.id)
        .join(Priority, Project.priority_id == Priority.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
    )
    if first == "rollup":
        stmt = stmt.join(ProjectRollup, ProjectRollup.project_id == Project.id).outerjoin(
            ProjectForecast, ProjectForecast.project_id == Project.id)
        return narrow(stmt, scope, filters, today, health_joined=True)
    if first == "forecast":
        stmt = stmt.outerjoin(ProjectRollup, ProjectRollup.project_id == Project.id).join(
            ProjectForecast, ProjectForecast.project_id == Project.id)
        return narrow(stmt, scope, filters, today, health_joined=True)
    return narrow(metrics.with_health(stmt), scope, filters, today, health_joined=True)


def _to_row(r: Any) -> ProjectRow:
    return ProjectRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], float(r[8]), r[9], r[10],
                      r[11], list(r[12] or []), (_json(r[13]), r[0]))


def project_page(
    session: Session,
    scope: Scope,
    today: dt.date,
    filters: ProjectFilters = NO_FILTERS,
    *,
    sort: str = "key",
    descending: bool = False,
    page_size: int | None = None,
    after: Sequence[Any] | None = None,
    before: Sequence[Any] | None = None,
    last: bool = False,
    with_total: bool = True,
) -> KeysetPage:
    """One page after ``after`` (or before ``before``, or the last page) in the given order."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
    size = clamp_page_size(page_size)
    parse = SORTS[sort][1]
    expr = sort_expression(sort, descending, today)
    by_rollup = sort == "progress"
    # Ties break by key, except by progress: the rollup's index orders ties by project id (the
    # cursor still carries the key, looked up to its id).
    tie: Any = ProjectRollup.project_id if by_rollup else Project.key
    backwards = bool(before) or last
    cursor = after or before
    ascending = descending == backwards  # walking backwards flips the order, then we reverse

    def fetch(stmt: AnySelect, expr: Any) -> list[ProjectRow]:
        if cursor:
            row = tuple_(expr, tie)
            tie_bound: Any = literal(str(cursor[1]))
            if by_rollup:
                tie_bound = select(Project.id).where(
                    Project.key == str(cursor[1])).scalar_subquery()
            bound = tuple_(literal(parse(cursor[0])), tie_bound)
            larger = bool(after) != descending
            stmt = stmt.where(row > bound if larger else row < bound)
        order = (expr.asc(), tie.asc()) if ascending else (expr.desc(), tie.desc())
        return [_to_row(r) for r in session.execute(stmt.order_by(*order).limit(size + 1))]

    fetched: list[ProjectRow] = []
    if sort in EMPTY_LAST and not backwards:
        # Forecast columns: projects with a value come before those without in both directions,
        # so read them first along the column's own index (the stand-in for an empty value
        # hides it from the planner) and the full order only when they do not fill the page.
        column = SORTS[sort][0]
        fetched = fetch(_rows_stmt(scope, today, filters, column, first="forecast")
                        .where(column.is_not(None)), column)
    if len(fetched) <= size:
        stmt = _rows_stmt(scope, today, filters, expr, first="rollup" if by_rollup else None)
        if sort == "due":
            stmt = stmt.where(*_due_bounds(expr, filters, today))
        fetched = fetch(stmt, expr)
    more = len(fetched) > size
    items = fetched[:size]
    if backwards:
        items.reverse()
    total = project_count(session, scope, today, filters) if with_total else 0
    return KeysetPage(
        items=items,
        total=total,
        page_size=size,
        has_before=more if backwards else bool(after),
        has_after=bool(before) if backwards else more,
    )


def _due_bounds(expr: ColumnElement[Any], filters: ProjectFilters,
                today: dt.date) -> list[ColumnElement[bool]]:
    """The filters' bounds on the due date written again on the due sort's expression, so the
    planner scans its index over the range alone (the slipped list: the last two weeks, not
    every project due before them). Each is implied by the filters (an empty due date fails
    them), so no row changes."""
    bounds = []
    if filters.due_from:
        bounds.append(expr >= filters.due_from)
    if filters.due_to:
        bounds.append(expr <= filters.due_to)
    if filters.health == ("late",):
        bounds.append(expr < today)
    return bounds


def project_count(session: Session, scope: Scope, today: dt.date,
                  filters: ProjectFilters = NO_FILTERS) -> int:
    """How many projects the view holds (the pager's total): the same for every sort and page,
    so the page caches it per filters while the rows are cached per sort and cursor. Summed
    from the health cells when they serve the view (``data.health_cells``)."""
    pre = health_cells.cells_for(session, scope, today, filters)
    if pre is not None:
        return int(session.scalar(select(func.coalesce(func.sum(pre.c.projects), 0))) or 0)
    return int(session.scalar(narrow(select(func.count(Project.id)), scope, filters, today)) or 0)


def iter_projects(
    session: Session,
    scope: Scope,
    today: dt.date,
    filters: ProjectFilters = NO_FILTERS,
    *,
    sort: str = "key",
    descending: bool = False,
    batch: int = 200,
) -> Iterator[ProjectRow]:
    """Every matching project in order, fetched a keyset page at a time (for CSV export)."""
    after = None
    while True:
        page = project_page(session, scope, today, filters, sort=sort, descending=descending,
                            page_size=batch, after=after, with_total=False)
        yield from page.items
        if not page.has_after:
            return
        after = page.items[-1].cursor


@dataclass(frozen=True)
class ProjectName:
    key: str
    name: str
    is_open: bool
    owner: str = ""
    portfolio: str = ""


def project_names(session: Session, scope: Scope, limit: int = 200_000) -> list[ProjectName]:
    """Key, name, openness, owner and portfolio of every visible project: what names in a
    question resolve to ("Petrov's project" is the open one Nadia Petrov owns; "our
    portfolio", asked on a project's page, is that project's)."""
    stmt = scope.apply(select(Project.key, Project.name, metrics.is_open(), Project.owner,
                              Portfolio.name).join(Portfolio, Portfolio.id == Project.portfolio_id)
                       .order_by(Project.key).limit(limit))
    return [ProjectName(k, n, bool(o), w or "", f) for k, n, o, w, f in session.execute(stmt)]


def visible_keys(session: Session, scope: Scope, keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` the viewer may see (case-insensitive; returned upper-case)."""
    wanted = sorted({k.upper() for k in keys})
    if not wanted:
        return set()
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        stmt = scope.apply(select(Project.key).where(
            func.upper(Project.key).in_(wanted[i:i + 500])))
        found |= {k.upper() for k in session.scalars(stmt)}
    return found


@dataclass(frozen=True)
class Workload:
    """A project's open items and remaining points (``project_rollups``)."""

    open_items: int
    scope_points: int
    done_points: int

    @property
    def remaining_points(self) -> int:
        return self.scope_points - self.done_points


def workloads(session: Session, scope: Scope, keys: Iterable[str]) -> dict[str, Workload]:
    """Open items and points of a page of projects, by key."""
    wanted = sorted(set(keys))[:1000]
    if not wanted:
        return {}
    stmt = scope.apply(
        select(Project.key, func.coalesce(ProjectRollup.open_items, 0),
               func.coalesce(ProjectRollup.scope_points, 0),
               func.coalesce(ProjectRollup.done_points, 0))
        .outerjoin(ProjectRollup, ProjectRollup.project_id == Project.id)
        .where(Project.key.in_(wanted)))
    return {k: Workload(int(o), int(s), int(d)) for k, o, s, d in session.execute(stmt)}


@dataclass(frozen=True)
class ListExtras:
    """What a list line may add for a project: when it was completed and its team today."""

    completed_at: dt.datetime | None
    team: int


def list_extras(session: Session, scope: Scope, keys: Iterable[str], day: dt.date
                ) -> dict[str, ListExtras]:
    """Completion time and team size on ``day`` (docs/metrics.md, Team: the people allocated
    to it that day) of a page of projects, by key, in one statement."""
    wanted = sorted(set(keys))[:1000]
    if not wanted:
        return {}
    team = (select(func.count(func.distinct(Allocation.resource_id)))
            .where(Allocation.project_id == Project.id, Allocation.period_start <= day,
                   Allocation.period_end >= day)
            .correlate(Project).scalar_subquery())
    stmt = scope.apply(select(Project.key, Project.completed_at, team)
                       .where(Project.key.in_(wanted)))
    return {k: ListExtras(at, int(n or 0)) for k, at, n in session.execute(stmt)}


def names_signature(session: Session) -> tuple[int, ...]:
    """Changes when projects, people or portfolios are added or removed (with the data version,
    what a cache of names keys on)."""
    from data.schema import Resource  # noqa: PLC0415 - only this read needs people
    from data.version import current  # noqa: PLC0415

    parts = [select(func.count(Project.id)).scalar_subquery(),
             select(func.max(Project.id)).scalar_subquery(),
             select(func.count(Resource.id)).scalar_subquery(),
             select(func.max(Resource.id)).scalar_subquery(),
             select(func.count(Portfolio.id)).scalar_subquery()]
    row = session.execute(select(*parts)).one()
    return (current(session), *(int(v or 0) for v in row))
