"""Portfolio-level read queries for the overview: aggregated in the database, scoped, filtered.

Each function takes the session, the viewer's scope and the view's filters, and returns small
JSON-able dataclasses so results can be cached and handed to pure figure builders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from data.filters import ProjectFilters
from data.schema import Portfolio, Priority, Project, ProjectRollup, Status, WorkItem
from data.scope import Scope
from data.sqlfunc import days_between, month_start, week_start

NO_FILTERS = ProjectFilters()
AT_RISK_MARGIN = 0.15  # progress this far behind the elapsed schedule counts as at risk
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


def narrow(stmt, scope: Scope, filters: ProjectFilters):
    """The one place a project query gets the viewer's scope and the view's filters."""
    return filters.apply(scope.apply(stmt))


def is_late(today: dt.date):
    """Open (not closed) and past due. Needs ``Status`` joined."""
    return and_(Status.is_closed.is_(False), Project.due_date < today)


def is_at_risk(today: dt.date):
    """Open, started, not yet late, and its progress trails the elapsed schedule.

    Needs ``Status`` and ``ProjectRollup`` joined.
    """
    elapsed = days_between(Project.start_date, literal(today)) / func.nullif(
        days_between(Project.start_date, Project.due_date), 0)
    return and_(
        Status.is_closed.is_(False),
        Project.start_date <= today,
        Project.due_date >= today,
        func.coalesce(ProjectRollup.progress, 0.0) < elapsed - AT_RISK_MARGIN,
    )


def health(today: dt.date):
    """closed / late / at_risk / on_track as a SQL expression (grouping, the project list)."""
    return case((Status.is_closed.is_(True), "closed"), (is_late(today), "late"),
                (is_at_risk(today), "at_risk"), else_="on_track")


def _with_status_and_rollup(stmt):
    return stmt.join(Status, Project.status_id == Status.id).outerjoin(
        ProjectRollup, ProjectRollup.project_id == Project.id)


def overview_kpis(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters = NO_FILTERS
) -> Kpis:
    month_start_ts = dt.datetime.combine(today.replace(day=1), dt.time())

    def count_if(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    stmt = _with_status_and_rollup(select(
        func.count(Project.id),
        count_if(Status.code == "active"),
        count_if(is_late(today)),
        count_if(is_at_risk(today)),
        count_if(and_(Status.code == "done", Project.completed_at >= month_start_ts)),
        func.coalesce(func.sum(ProjectRollup.open_items), 0),
    ))
    row = session.execute(narrow(stmt, scope, filters)).one()
    return Kpis(*(int(v or 0) for v in row))


def status_priority_counts(
    session: Session, scope: Scope, filters: ProjectFilters = NO_FILTERS
) -> list[StatusPriorityCount]:
    stmt = (
        select(Status.code, Priority.code, func.count(Project.id))
        .join(Status, Project.status_id == Status.id)
        .join(Priority, Project.priority_id == Priority.id)
        .group_by(Status.code, Status.sort_order, Priority.code, Priority.rank)
        .order_by(Status.sort_order, Priority.rank)
    )
    rows = session.execute(narrow(stmt, scope, filters)).all()
    return [StatusPriorityCount(s, p, n) for s, p, n in rows]


def _weeks(today: dt.date, weeks: int) -> list[dt.date]:
    this_week = today - dt.timedelta(days=today.weekday())
    return [this_week - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks)]


def _ts(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def weekly_throughput(
    session: Session,
    scope: Scope,
    today: dt.date,
    weeks: int = 26,
    filters: ProjectFilters = NO_FILTERS,
) -> list[WeeklyThroughput]:
    """Items and points finished per week over the last ``weeks`` weeks (missing weeks = 0)."""
    grid = _weeks(today, weeks)
    week = week_start(WorkItem.done_at).label("week")
    stmt = (
        select(week, func.count(WorkItem.id), func.coalesce(func.sum(WorkItem.story_points), 0))
        .join(Project, WorkItem.project_id == Project.id)
        .where(WorkItem.done_at >= _ts(grid[0]),
               WorkItem.done_at < _ts(grid[-1] + dt.timedelta(weeks=1)))
        .group_by(week)
    )
    found = {w: (n, pts) for w, n, pts in session.execute(narrow(stmt, scope, filters))}
    return [WeeklyThroughput(w, *map(int, found.get(w, (0, 0)))) for w in grid]


def portfolio_burnup(
    session: Session,
    scope: Scope,
    today: dt.date,
    weeks: int = 26,
    filters: ProjectFilters = NO_FILTERS,
) -> list[BurnupPoint]:
    """Cumulative scope and done points at the end of each week (running sums in SQL)."""
    grid = _weeks(today, weeks)
    end = _ts(grid[-1] + dt.timedelta(weeks=1))

    def cumulative(column):
        week = week_start(column).label("week")
        total = func.sum(func.sum(WorkItem.story_points)).over(order_by=week)
        stmt = (select(week, total).join(Project, WorkItem.project_id == Project.id)
                .where(column.is_not(None), column < end).group_by(week))
        return list(session.execute(narrow(stmt, scope, filters)))

    def at_each(rows) -> list[int]:
        out, i, running = [], 0, 0
        for w in grid:
            while i < len(rows) and rows[i][0] <= w:
                running = int(rows[i][1])
                i += 1
            out.append(running)
        return out

    scope_pts = at_each(cumulative(WorkItem.created_at))
    done_pts = at_each(cumulative(WorkItem.done_at))
    return [BurnupPoint(w, s, d) for w, s, d in zip(grid, scope_pts, done_pts, strict=True)]


def portfolio_counts(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters = NO_FILTERS
) -> list[PortfolioCount]:
    """Open, late and done projects per portfolio, largest first."""
    open_ = func.sum(case((Status.is_closed.is_(False), 1), else_=0))
    stmt = (
        select(
            Portfolio.id,
            Portfolio.name,
            open_,
            func.sum(case((is_late(today), 1), else_=0)),
            func.sum(case((Status.code == "done", 1), else_=0)),
        )
        .select_from(Project)
        .join(Status, Project.status_id == Status.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .group_by(Portfolio.id, Portfolio.name)
        .order_by(open_.desc(), Portfolio.name)
    )
    rows = session.execute(narrow(stmt, scope, filters)).all()
    return [PortfolioCount(i, name, o or 0, lt or 0, d or 0) for i, name, o, lt, d in rows]


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
    month = month_start(Project.due_date).label("month")
    state = health(today).label("health")
    stmt = (
        _with_status_and_rollup(select(month, state, func.count(Project.id)))
        .where(Status.is_closed.is_(False), Project.due_date >= first,
               Project.due_date < last.replace(day=1))
        .group_by(month, state)
        .order_by(month)
    )
    return [DueMonth(m, h, n) for m, h, n in session.execute(narrow(stmt, scope, filters))]


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
