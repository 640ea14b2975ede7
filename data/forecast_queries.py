"""Reading stored forecasts: scoped to the viewer's portfolios, bounded, as plain rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from data import metrics
from data.pagination import MAX_PAGE_SIZE, Page, clamp_page, clamp_page_size
from data.schema import Portfolio, Project, ProjectForecast, Status
from data.scope import Scope

AT_RISK_BELOW = metrics.AT_RISK_BELOW


@dataclass(frozen=True)
class ForecastRow:
    key: str
    name: str
    portfolio: str
    status: str
    due_date: dt.date | None
    method: str
    p_on_time: float | None
    mc_p_on_time: float | None
    p50_date: dt.date | None
    p85_date: dt.date | None
    p95_date: dt.date | None
    model_version: str | None
    drivers: list[dict]
    as_of: dt.date
    scored_at: dt.datetime


@dataclass(frozen=True)
class ForecastSummary:
    open_projects: int
    forecast: int
    classifier: int
    monte_carlo: int
    mean_p_on_time: float | None
    last_scored: dt.datetime | None


def _rows():
    f = ProjectForecast
    return (
        select(Project.key, Project.name, Portfolio.name, Status.label, Project.due_date,
               f.method, f.p_on_time, f.mc_p_on_time, f.p50_date, f.p85_date, f.p95_date,
               f.model_version, f.drivers, f.as_of, f.scored_at)
        .select_from(f)
        .join(Project, Project.id == f.project_id)
        .join(Status, Project.status_id == Status.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
    )


def _row(values) -> ForecastRow:
    *head, drivers, as_of, scored_at = values
    return ForecastRow(*head, list(drivers or []), as_of, scored_at)


def project_forecast(session: Session, scope: Scope, key: str) -> ForecastRow | None:
    """One project's forecast, or ``None`` (none stored, or not in the viewer's portfolios)."""
    found = session.execute(scope.apply(_rows().where(Project.key == key))).first()
    return _row(found) if found else None


def forecasts_for_keys(
    session: Session, scope: Scope, keys: Sequence[str]
) -> dict[str, ForecastRow]:
    """Forecasts of one page of projects (at most a page size of keys), by key."""
    wanted = sorted(set(keys))[:MAX_PAGE_SIZE]
    if not wanted:
        return {}
    rows = session.execute(scope.apply(_rows().where(Project.key.in_(wanted))))
    return {r.key: r for r in map(_row, rows)}


def forecast_page(
    session: Session,
    scope: Scope,
    page: int = 1,
    page_size: int | None = None,
    *,
    order: str = "risk",
    portfolio_id: int | None = None,
    below: float | None = None,
) -> Page[ForecastRow]:
    """Forecast rows, riskiest first (``order="risk"``) or by P85 date (``"p85"``); unscored
    probabilities and dates sort last. ``below`` keeps rows with P(on time) under it."""
    size = clamp_page_size(page_size)
    stmt = scope.apply(_rows())
    if portfolio_id is not None:
        stmt = stmt.where(Project.portfolio_id == portfolio_id)
    if below is not None:
        stmt = stmt.where(ProjectForecast.p_on_time < below)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = clamp_page(page, total, size)
    column = ProjectForecast.p85_date if order == "p85" else ProjectForecast.p_on_time
    stmt = stmt.order_by(case((column.is_(None), 1), else_=0), column, Project.key)
    items = [_row(r) for r in session.execute(stmt.limit(size).offset((page - 1) * size))]
    return Page(items=items, total=total, page=page, page_size=size)


def forecast_summary(session: Session, scope: Scope) -> ForecastSummary:
    """How many open projects have a forecast, and by which method (the at-risk count is
    ``data.queries.health_counts``, the same as every page's)."""
    f = ProjectForecast
    open_stmt = (select(func.count(Project.id)).join(Status, Project.status_id == Status.id)
                 .where(Status.is_closed.is_(False)))
    open_projects = session.scalar(scope.apply(open_stmt)) or 0
    stmt = (
        select(
            func.count(f.project_id),
            func.sum(case((f.method == "classifier", 1), else_=0)),
            func.sum(case((f.method == "monte_carlo", 1), else_=0)),
            func.avg(f.p_on_time),
            func.max(f.scored_at),
        )
        .select_from(f)
        .join(Project, Project.id == f.project_id)
        .join(Status, Project.status_id == Status.id)
        .where(Status.is_closed.is_(False))
    )
    n, classifier, mc, mean_p, last = session.execute(scope.apply(stmt)).one()
    return ForecastSummary(
        open_projects=open_projects, forecast=n or 0, classifier=classifier or 0,
        monte_carlo=mc or 0,
        mean_p_on_time=None if mean_p is None else float(mean_p), last_scored=last,
    )


def settled_count(session: Session, scope: Scope, today: dt.date) -> tuple[int, int]:
    """(projects with a known outcome, of which on time): what the classifier can learn from.

    The same rule as ``models.features.outcome``: done with a completion time, or not closed
    and past due (late); cancelled projects and those without a due date do not count.
    """
    done = and_(Status.code == "done", Project.completed_at.is_not(None))
    late_open = and_(Status.is_closed.is_(False), Project.due_date < today)
    on_time = and_(done, func.date(Project.completed_at) <= Project.due_date)
    stmt = (
        select(func.count(Project.id), func.sum(case((on_time, 1), else_=0)))
        .join(Status, Project.status_id == Status.id)
        .where(Project.due_date.is_not(None), or_(done, late_open))
    )
    total, good = session.execute(scope.apply(stmt)).one()
    return total or 0, good or 0
