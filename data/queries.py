"""Portfolio-level read queries for the overview: aggregated in the database, scoped, filtered.

Each function takes the session, the viewer's scope and the view's filters, and returns small
JSON-able dataclasses so results can be cached and handed to pure figure builders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from data import health_cells, metrics
from data.filters import ProjectFilters
from data.schema import (
    Portfolio,
    PortfolioWeek,
    Priority,
    Project,
    ProjectForecast,
    ProjectRollup,
    ProjectWeek,
    Status,
    WorkItem,
)
from data.scope import S, Scope
from data.sqlfunc import month_start

NO_FILTERS = ProjectFilters()
OWNER_LIMIT = 200


@dataclass(frozen=True)
class Kpis:
    projects: int
    active: int
    late: int
    at_risk: int
    done_this_month: int
    open_items: int


@dataclass(frozen=True)
class StatusPriorityCount:
    status: str
    priority: str
    projects: int


@dataclass(frozen=True)
class WeeklyThroughput:
    week: dt.date
    items: int
    points: int


@dataclass(frozen=True)
class WeekActivity:
    week: dt.date
    items_done: int
    points_done: int
    points_added: int


@dataclass(frozen=True)
class BurnupPoint:
    week: dt.date
    scope: int
    done: int


@dataclass(frozen=True)
class PortfolioCount:
    portfolio_id: int
    portfolio: str
    open: int
    late: int
    done: int


@dataclass(frozen=True)
class DueMonth:
    month: dt.date
    health: str  # late | at_risk | on_track
    projects: int


def narrow(stmt: S, scope: Scope, filters: ProjectFilters, today: dt.date,
           health_joined: bool = False) -> S:
    """The one place a project query gets the viewer's scope and the view's filters
    (``health_joined``: the select already joins the rollup and the forecast)."""
    return filters.apply(scope.apply(stmt), today, health_joined)


class CubeCell(NamedTuple):
    """Projects of one portfolio, status and priority, with the counts every roll-up needs (a
    named tuple: a few thousand are made per overview, and a frozen dataclass's construction
    took a third of the cube's time beside its SQL)."""

    portfolio_id: int
    portfolio: str
    status: str
    is_closed: bool
    priority: str
    projects: int
    late: int
    at_risk: int
    done_this_month: int
    open_items: int
    scope_points: int
    done_points: int


def portfolio_cube(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters = NO_FILTERS
) -> list[CubeCell]:
    """One scan of the projects, grouped by portfolio, status and priority.

    KPIs, the status × priority chart and the per-portfolio chart are sums over these few
    thousand cells, so the overview reads the project table once instead of three times.
    """
    def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    # Aggregate by ids first (one pass over the precomputed cells, or over the projects and
    # their rollups), then name the cells.
    pre = health_cells.cells_for(session, scope, today, filters)
    if pre is not None:
        cells = (
            select(pre.c.portfolio_id, pre.c.status_id, pre.c.priority_id,
                   func.sum(pre.c.projects).label("projects"),
                   health_cells.projects_where(pre, pre.c.health == "late").label("late"),
                   health_cells.projects_where(pre, pre.c.health == "at_risk").label("at_risk"),
                   func.sum(pre.c.done_month).label("done_month"),
                   func.sum(pre.c.open_items).label("open_items"),
                   func.sum(pre.c.scope_points).label("scope_points"),
                   func.sum(pre.c.done_points).label("done_points"))
            .group_by(pre.c.portfolio_id, pre.c.status_id, pre.c.priority_id)
        ).subquery()
    else:
        cells = narrow(
            metrics.with_health(select(
                Project.portfolio_id, Project.status_id, Project.priority_id,
                func.count(Project.id).label("projects"),
                count_if(metrics.is_late(today)).label("late"),
                count_if(metrics.is_at_risk(today)).label("at_risk"),
                count_if(metrics.done_this_month(today)).label("done_month"),
                func.coalesce(func.sum(ProjectRollup.open_items), 0).label("open_items"),
                func.coalesce(func.sum(ProjectRollup.scope_points), 0).label("scope_points"),
                func.coalesce(func.sum(ProjectRollup.done_points), 0).label("done_points"),
            ))
            .group_by(Project.portfolio_id, Project.status_id, Project.priority_id),
            scope, filters, today,
        ).subquery()
    stmt = (
        select(Portfolio.id, Portfolio.name, Status.code, Status.is_closed, Priority.code,
               cells.c.projects, cells.c.late, cells.c.at_risk, cells.c.done_month,
               cells.c.open_items, cells.c.scope_points, cells.c.done_points)
        .join(Portfolio, Portfolio.id == cells.c.portfolio_id)
        .join(Status, Status.id == cells.c.status_id)
        .join(Priority, Priority.id == cells.c.priority_id)
        .order_by(Status.sort_order, Priority.rank, Portfolio.name)
    )
    # Core rows (no ORM loading step), every count summed from NOT NULL columns or coalesced
    return [CubeCell._make(row) for row in session.connection().execute(stmt).all()]


def kpis_from(cells: list[CubeCell]) -> Kpis:
    return Kpis(
        projects=sum(c.projects for c in cells),
        active=sum(c.projects for c in cells if c.status == "active"),
        late=sum(c.late for c in cells),
        at_risk=sum(c.at_risk for c in cells),
        done_this_month=sum(c.done_this_month for c in cells),
        open_items=sum(c.open_items for c in cells),
    )


def status_priority_from(cells: list[CubeCell]) -> list[StatusPriorityCount]:
    """Cells arrive in lifecycle order, so the first appearance of a pair keeps that order."""
    totals: dict[tuple[str, str], int] = {}
    for c in cells:
        totals[(c.status, c.priority)] = totals.get((c.status, c.priority), 0) + c.projects
    return [StatusPriorityCount(s, p, n) for (s, p), n in totals.items()]


def portfolio_counts_from(cells: list[CubeCell]) -> list[PortfolioCount]:
    """Open, late and done projects per portfolio, most open first."""
    by_id: dict[int, list[Any]] = {}
    for c in cells:
        row = by_id.setdefault(c.portfolio_id, [c.portfolio, 0, 0, 0])
        row[1] += 0 if c.is_closed else c.projects
        row[2] += c.late
        row[3] += c.projects if c.status == "done" else 0
    rows = [PortfolioCount(pid, name, o, lt, d) for pid, (name, o, lt, d) in by_id.items()]
    return sorted(rows, key=lambda r: (-r.open, r.portfolio))


def overview_kpis(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters = NO_FILTERS
) -> Kpis:
    return kpis_from(portfolio_cube(session, scope, today, filters))


def portfolio_counts(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters = NO_FILTERS
) -> list[PortfolioCount]:
    return portfolio_counts_from(portfolio_cube(session, scope, today, filters))


def _weeks(today: dt.date, weeks: int) -> list[dt.date]:
    this_week = today - dt.timedelta(days=today.weekday())
    return [this_week - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks)]


def _narrow_via_project(stmt: S, project_id_column: Any, scope: Scope, filters: ProjectFilters,
                        today: dt.date) -> S:
    """Join projects only when a scope or filter needs their columns (the common case doesn't)."""
    if scope.portfolio_ids is None and filters.is_empty():
        return stmt
    return narrow(stmt.join(Project, project_id_column == Project.id), scope, filters, today)


def _weekly(session: Session, scope: Scope, grid: list[dt.date], filters: ProjectFilters,
            today: dt.date) -> list[tuple[int, int, int]]:
    """Weekly sums from ``portfolio_weeks`` when only the scope narrows the view (the default
    overview), else from ``project_weeks`` joined to the filtered projects."""
    if filters.is_empty():
        stmt = (
            select(PortfolioWeek.week, func.sum(PortfolioWeek.items_done),
                   func.sum(PortfolioWeek.points_done), func.sum(PortfolioWeek.points_added))
            .where(PortfolioWeek.week >= grid[0], PortfolioWeek.week <= grid[-1])
            .group_by(PortfolioWeek.week)
        )
        if scope.portfolio_ids is not None:
            stmt = stmt.where(PortfolioWeek.portfolio_id.in_(sorted(scope.portfolio_ids)))
        return _on_grid(session.execute(stmt), grid)
    stmt = (
        select(ProjectWeek.week, func.sum(ProjectWeek.items_done),
               func.sum(ProjectWeek.points_done), func.sum(ProjectWeek.points_added))
        .where(ProjectWeek.week >= grid[0], ProjectWeek.week <= grid[-1])
        .group_by(ProjectWeek.week)
    )
    return _on_grid(session.execute(
        _narrow_via_project(stmt, ProjectWeek.project_id, scope, filters, today)), grid)


def _on_grid(rows: Any, grid: list[dt.date]) -> list[tuple[int, int, int]]:
    found = {w: (int(a or 0), int(b or 0), int(c or 0)) for w, a, b, c in rows}
    return [found.get(w, (0, 0, 0)) for w in grid]


def weekly_activity(
    session: Session, scope: Scope, today: dt.date, weeks: int = 26,
    filters: ProjectFilters = NO_FILTERS,
) -> list[WeekActivity]:
    """Items done, points done and points added per week over the last ``weeks`` weeks."""
    grid = _weeks(today, weeks)
    return [WeekActivity(w, *values)
            for w, values in zip(grid, _weekly(session, scope, grid, filters, today),
                                 strict=True)]


def items_done_in(
    session: Session, scope: Scope, today: dt.date, periods: list[tuple[dt.date, dt.date]],
    filters: ProjectFilters = NO_FILTERS,
) -> list[int]:
    """Work items done in each period (first and last day included, by the day of
    ``done_at``), of the projects in view: one statement over the ``done_at`` index."""
    if not periods:
        return []

    def start(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time())

    ends = [(start(first), start(last + dt.timedelta(days=1))) for first, last in periods]
    stmt = select(*[
        func.coalesce(func.sum(case(((WorkItem.done_at >= a) & (WorkItem.done_at < b), 1),
                                    else_=0)), 0)
        for a, b in ends
    ]).select_from(WorkItem).where(WorkItem.done_at >= min(a for a, _b in ends),
             WorkItem.done_at < max(b for _a, b in ends))
    row = session.execute(_narrow_via_project(stmt, WorkItem.project_id, scope, filters,
                                              today)).one()
    return [int(n or 0) for n in row]


def throughput_from(activity: list[WeekActivity]) -> list[WeeklyThroughput]:
    return [WeeklyThroughput(a.week, a.items_done, a.points_done) for a in activity]


def burnup_from(activity: list[WeekActivity], scope_now: int, done_now: int) -> list[BurnupPoint]:
    """Scope and done at the end of each week: today's totals minus what came after."""
    out: list[BurnupPoint] = []
    added_later = done_later = 0
    for a in reversed(activity):
        out.append(BurnupPoint(a.week, scope_now - added_later, done_now - done_later))
        added_later += a.points_added
        done_later += a.points_done
    return out[::-1]


def due_timeline(
    session: Session,
    scope: Scope,
    today: dt.date,
    months_back: int = 6,
    months_ahead: int = 12,
    filters: ProjectFilters = NO_FILTERS,
) -> list[DueMonth]:
    """Open projects by the month they are due, split into late, at risk and on track."""
    first = (today.replace(day=1) - dt.timedelta(days=31 * months_back)).replace(day=1)
    last = today.replace(day=1) + dt.timedelta(days=31 * (months_ahead + 1))
    pre = health_cells.cells_for(session, scope, today, filters)
    if pre is not None:  # open projects' cells carry their due month; closed ones none
        rows = session.execute(
            select(pre.c.due_month, pre.c.health, func.sum(pre.c.projects))
            .where(pre.c.due_month >= first, pre.c.due_month < last.replace(day=1))
            .group_by(pre.c.due_month, pre.c.health).order_by(pre.c.due_month))
        return [DueMonth(m, h, int(n)) for m, h, n in rows]
    month = month_start(Project.due_date).label("month")
    state = metrics.health(today).label("health")
    stmt = (
        metrics.with_health(select(month, state, func.count(Project.id)))
        .where(metrics.is_open(), Project.due_date >= first,
               Project.due_date < last.replace(day=1))
        .group_by(month, state)
        .order_by(month)
    )
    return [DueMonth(m, h, n) for m, h, n in session.execute(narrow(stmt, scope, filters, today))]


def portfolios(session: Session, scope: Scope) -> list[tuple[int, str]]:
    """The portfolios the viewer may see, for filter drop-downs."""
    stmt = select(Portfolio.id, Portfolio.name).order_by(Portfolio.name)
    if scope.portfolio_ids is not None:
        stmt = stmt.where(Portfolio.id.in_(sorted(scope.portfolio_ids)))
    return [(i, n) for i, n in session.execute(stmt)]


def owners(session: Session, scope: Scope) -> list[str]:
    """Project owners the viewer may see (bounded), for the owner filter."""
    stmt = scope.apply(select(Project.owner).where(Project.owner != "").distinct())
    return list(session.scalars(stmt.order_by(Project.owner).limit(OWNER_LIMIT)))


def health_counts(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters = NO_FILTERS
) -> dict[str, int]:
    """How many projects are on track, at risk, late and closed (``data.metrics.health``)."""
    pre = health_cells.cells_for(session, scope, today, filters)
    if pre is not None:
        stmt = select(pre.c.health, func.sum(pre.c.projects)).group_by(pre.c.health)
        found = {h: n for h, n in session.execute(stmt)}
        return {h: int(found.get(h, 0)) for h in metrics.HEALTH}
    state = metrics.health(today).label("health")
    stmt = metrics.with_health(select(state, func.count(Project.id))).group_by(state)
    found = {h: n for h, n in session.execute(narrow(stmt, scope, filters, today))}
    return {h: int(found.get(h, 0)) for h in metrics.HEALTH}


GROUPINGS = ("portfolio", "owner", "status", "priority", "health")


def count_by(
    session: Session, scope: Scope, today: dt.date, by: str,
    filters: ProjectFilters = NO_FILTERS,
) -> dict[str, int]:
    """How many projects of the view fall in each portfolio, owner, status (label), priority or
    health (label). Portfolios, statuses, priorities and healths with none are listed with 0, so
    a comparison shows every group; owners only appear when they have some."""
    if by == "health":
        counts = health_counts(session, scope, today, filters)
        return {metrics.HEALTH_LABELS[h]: n for h, n in counts.items()}
    column = {"portfolio": Portfolio.name, "owner": Project.owner, "status": Status.label,
              "priority": Priority.code}.get(by)
    if column is None:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    stmt = (select(column, func.count(Project.id))
            .join(Portfolio, Project.portfolio_id == Portfolio.id)
            .join(Status, Project.status_id == Status.id)
            .join(Priority, Project.priority_id == Priority.id)
            .group_by(column))
    found = {str(name): int(n) for name, n in
             session.execute(narrow(stmt, scope, filters, today)) if name}
    if by == "portfolio":
        every = [name for _id, name in portfolios(session, scope)]
    elif by == "status":
        every = list(session.scalars(select(Status.label).order_by(Status.sort_order)))
    elif by == "priority":
        every = list(session.scalars(select(Priority.code).order_by(Priority.rank)))
    else:
        every = sorted(found)
    return {name: found.get(name, 0) for name in every}


AVERAGED = ("progress", "p_on_time", "days_overdue")


def average_by(session: Session, scope: Scope, today: dt.date, measure: str,
               filters: ProjectFilters = NO_FILTERS, by: str = "") -> dict[str, tuple[float, int]]:
    """The mean of a measure over the projects of the view, overall ("") or per portfolio:
    ``progress`` (docs/metrics.md, 0 for a project with no items), ``p_on_time`` (of the
    projects with a stored forecast) or ``days_overdue`` (of the late ones: days since the due
    date; with ``filters.finished == "late"``, of the done ones finished late: the days from the
    due date to the completion). ``{group: (mean, projects averaged)}``; groups with none are
    left out."""
    if measure not in AVERAGED:
        raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(AVERAGED)}")
    group = Portfolio.name if by == "portfolio" else literal("")
    finished_late = measure == "days_overdue" and filters.finished == "late"
    column: Any = (func.coalesce(ProjectRollup.progress, 0.0) if measure == "progress"
                   else ProjectForecast.p_on_time if measure == "p_on_time"
                   else Project.completed_at if finished_late else literal(0.0))
    stmt = select(group, Project.due_date, column).join(
        Portfolio, Project.portfolio_id == Portfolio.id)
    if measure == "progress":
        stmt = stmt.outerjoin(ProjectRollup, ProjectRollup.project_id == Project.id)
    elif measure == "p_on_time":
        stmt = stmt.join(ProjectForecast, ProjectForecast.project_id == Project.id)
    elif not finished_late:  # done ones finished late: the days from due date to completion
        stmt = stmt.where(metrics.is_late(today))
    values: dict[str, list[float]] = {}
    for name, due, value in session.execute(narrow(stmt, scope, filters, today)):
        if finished_late:
            value = metrics.days_finished_late(value, due)
        elif measure == "days_overdue":
            value = (today - due).days if due else None
        if value is not None:
            values.setdefault(str(name), []).append(float(value))
    return {name: (sum(v) / len(v), len(v)) for name, v in sorted(values.items())}


def finished_late_delays(session: Session, scope: Scope, today: dt.date,
                         filters: ProjectFilters = NO_FILTERS, limit: int = 20
                         ) -> tuple[list[tuple[str, str, int]], int]:
    """The done projects finished late (docs/metrics.md), most days past their due date first
    (then by key): ``([(key, name, days)], how many finished late)``."""
    stmt = select(Project.key, Project.name, Project.due_date, Project.completed_at).where(
        metrics.is_finished_late())
    found: list[tuple[str, str, int]] = []
    for key, name, due, completed in session.execute(narrow(stmt, scope, filters, today)):
        days = metrics.days_finished_late(completed, due)
        if days is not None:
            found.append((key, name, days))
    found.sort(key=lambda row: (-row[2], row[0]))
    return found[:limit], len(found)
