"""Read queries for the pages: aggregated in the database, scoped, bounded, returning plain rows.

Each function takes the session first and the viewer's scope second, and returns JSON-able
dataclasses or a ``Page`` so results can be cached and handed to pure figure builders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from data.pagination import Page, clamp_page_size
from data.schema import Portfolio, Priority, Project, Status, WorkItem
from data.scope import Scope
from data.sqlfunc import week_start


@dataclass(frozen=True)
class OverviewFilters:
    """What the overview is narrowed to; ``None`` means no narrowing."""

    portfolio_id: int | None = None


@dataclass(frozen=True)
class Kpis:
    projects: int
    active: int
    late: int
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
class PortfolioCount:
    portfolio: str
    open: int
    late: int
    done: int


@dataclass(frozen=True)
class ProjectRow:
    key: str
    name: str
    portfolio: str
    status: str
    priority: str
    owner: str
    due_date: dt.date | None


def _narrow(stmt, scope: Scope, filters: OverviewFilters):
    stmt = scope.apply(stmt)
    if filters.portfolio_id is not None:
        stmt = stmt.where(Project.portfolio_id == filters.portfolio_id)
    return stmt


def _late(today: dt.date):
    """Open (not closed) and past due."""
    return and_(Status.is_closed.is_(False), Project.due_date < today)


def overview_kpis(
    session: Session, scope: Scope, today: dt.date, filters: OverviewFilters = OverviewFilters()
) -> Kpis:
    month_start = today.replace(day=1)
    month_start_ts = dt.datetime.combine(month_start, dt.time())
    done = Status.code == "done"
    stmt = select(
        func.count(Project.id),
        func.sum(case((Status.code == "active", 1), else_=0)),
        func.sum(case((_late(today), 1), else_=0)),
        func.sum(case((and_(done, Project.completed_at >= month_start_ts), 1), else_=0)),
    ).join(Status, Project.status_id == Status.id)
    total, active, late, done_month = session.execute(_narrow(stmt, scope, filters)).one()
    open_items_stmt = (
        select(func.count(WorkItem.id))
        .join(Project, WorkItem.project_id == Project.id)
        .where(WorkItem.status != "done")
    )
    open_items = session.scalar(_narrow(open_items_stmt, scope, filters))
    return Kpis(
        projects=total or 0,
        active=active or 0,
        late=late or 0,
        done_this_month=done_month or 0,
        open_items=open_items or 0,
    )


def status_priority_counts(
    session: Session, scope: Scope, filters: OverviewFilters = OverviewFilters()
) -> list[StatusPriorityCount]:
    stmt = (
        select(Status.code, Priority.code, func.count(Project.id))
        .join(Status, Project.status_id == Status.id)
        .join(Priority, Project.priority_id == Priority.id)
        .group_by(Status.code, Status.sort_order, Priority.code, Priority.rank)
        .order_by(Status.sort_order, Priority.rank)
    )
    rows = session.execute(_narrow(stmt, scope, filters)).all()
    return [StatusPriorityCount(s, p, n) for s, p, n in rows]


def weekly_throughput(
    session: Session,
    scope: Scope,
    today: dt.date,
    weeks: int = 26,
    filters: OverviewFilters = OverviewFilters(),
) -> list[WeeklyThroughput]:
    """Items and points finished per week over the last ``weeks`` weeks (missing weeks = 0)."""
    this_week = today - dt.timedelta(days=today.weekday())
    first_week = this_week - dt.timedelta(weeks=weeks - 1)
    week = week_start(WorkItem.done_at).label("week")
    stmt = (
        select(week, func.count(WorkItem.id), func.coalesce(func.sum(WorkItem.story_points), 0))
        .join(Project, WorkItem.project_id == Project.id)
        .where(
            WorkItem.done_at >= dt.datetime.combine(first_week, dt.time()),
            WorkItem.done_at < dt.datetime.combine(this_week + dt.timedelta(weeks=1), dt.time()),
        )
        .group_by(week)
    )
    found = {w: (n, pts) for w, n, pts in session.execute(_narrow(stmt, scope, filters))}
    out = []
    for i in range(weeks):
        w = first_week + dt.timedelta(weeks=i)
        n, pts = found.get(w, (0, 0))
        out.append(WeeklyThroughput(w, int(n), int(pts)))
    return out


def portfolio_counts(
    session: Session, scope: Scope, today: dt.date, filters: OverviewFilters = OverviewFilters()
) -> list[PortfolioCount]:
    """Open, late and done projects per portfolio, largest first."""
    open_ = func.sum(case((Status.is_closed.is_(False), 1), else_=0))
    stmt = (
        select(
            Portfolio.name,
            open_,
            func.sum(case((_late(today), 1), else_=0)),
            func.sum(case((Status.code == "done", 1), else_=0)),
        )
        .select_from(Project)
        .join(Status, Project.status_id == Status.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .group_by(Portfolio.name)
        .order_by(open_.desc(), Portfolio.name)
    )
    rows = session.execute(_narrow(stmt, scope, filters)).all()
    return [PortfolioCount(name, o or 0, lt or 0, d or 0) for name, o, lt, d in rows]


def portfolios(session: Session, scope: Scope) -> list[tuple[int, str]]:
    """The portfolios the viewer may see, for filter drop-downs."""
    stmt = select(Portfolio.id, Portfolio.name).order_by(Portfolio.name)
    if scope.portfolio_ids is not None:
        stmt = stmt.where(Portfolio.id.in_(sorted(scope.portfolio_ids)))
    return [(i, n) for i, n in session.execute(stmt)]


def project_page(
    session: Session,
    scope: Scope,
    page: int = 1,
    page_size: int | None = None,
    search: str | None = None,
) -> Page[ProjectRow]:
    """One page of projects ordered by key, with an optional name/key search."""
    size = clamp_page_size(page_size)
    base = select(Project.id)
    if search:
        pattern = f"%{search.strip().lower()}%"
        base = base.where(
            or_(func.lower(Project.name).like(pattern), func.lower(Project.key).like(pattern))
        )
    base = scope.apply(base)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    pages = max(1, -(-total // size))
    page = min(max(1, int(page or 1)), pages)
    stmt = (
        select(
            Project.key,
            Project.name,
            Portfolio.name,
            Status.label,
            Priority.label,
            Project.owner,
            Project.due_date,
        )
        .join(Status, Project.status_id == Status.id)
        .join(Priority, Project.priority_id == Priority.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .where(Project.id.in_(base))
        .order_by(Project.key)
        .limit(size)
        .offset((page - 1) * size)
    )
    items = [ProjectRow(*row) for row in session.execute(stmt)]
    return Page(items=items, total=total, page=page, page_size=size)
