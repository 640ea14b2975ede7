"""Reading stored forecasts: scoped to the viewer's portfolios, bounded, as plain rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from data import metrics
from data.filters import ProjectFilters
from data.pagination import MAX_PAGE_SIZE, Page, clamp_page, clamp_page_size
from data.queries import NO_FILTERS, narrow, portfolios
from data.schema import (
    Allocation,
    Portfolio,
    PortfolioOutcomes,
    Project,
    ProjectForecast,
    Resource,
    Status,
    WorkItem,
)
from data.scope import AnySelect, Scope
from data.sqlfunc import json_array_values

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
    drivers: list[dict[str, Any]]
    as_of: dt.date
    scored_at: dt.datetime
    evidence: dict[str, Any] | None = None  # how much history it rests on (models.evidence)


@dataclass(frozen=True)
class ForecastSummary:
    open_projects: int
    forecast: int
    classifier: int
    monte_carlo: int
    mean_p_on_time: float | None
    last_scored: dt.datetime | None
    prior: int = 0  # scored with the shipped prior (no model trained here yet)


def _rows() -> AnySelect:
    f = ProjectForecast
    return (
        select(Project.key, Project.name, Portfolio.name, Status.label, Project.due_date,
               f.method, f.p_on_time, f.mc_p_on_time, f.p50_date, f.p85_date, f.p95_date,
               f.model_version, f.drivers, f.as_of, f.scored_at, f.evidence)
        .select_from(f)
        .join(Project, Project.id == f.project_id)
        .join(Status, Project.status_id == Status.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
    )


def _row(values: Row[*tuple[Any, ...]]) -> ForecastRow:
    *head, drivers, as_of, scored_at, evidence = values
    fields: list[Any] = [*head, list(drivers or []), as_of, scored_at, evidence]
    return ForecastRow(*fields)


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
    with_total: bool = True,
) -> Page[ForecastRow]:
    """Forecast rows, riskiest first (``order="risk"``) or by P85 date (``"p85"``); unscored
    probabilities and dates sort last. ``below`` keeps rows with P(on time) under it. Without
    ``with_total`` the count is skipped (``total`` 0): for a list of the first rows only."""
    size = clamp_page_size(page_size)
    stmt = scope.apply(_rows())
    if portfolio_id is not None:
        stmt = stmt.where(Project.portfolio_id == portfolio_id)
    if below is not None:
        stmt = stmt.where(ProjectForecast.p_on_time < below)
    total = 0
    if with_total:
        total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        page = clamp_page(page, total, size)
    column = ProjectForecast.p85_date if order == "p85" else ProjectForecast.p_on_time
    # NULLS LAST rather than a CASE in front: the column's index gives the order, so the first
    # page reads a few rows in it instead of sorting every forecast
    stmt = stmt.order_by(column.asc().nulls_last(), Project.key)
    items = [_row(r) for r in session.execute(stmt.limit(size).offset((page - 1) * size))]
    return Page(items=items, total=total, page=page, page_size=size)


def disagreeing(session: Session, scope: Scope, today: dt.date,
                filters: ProjectFilters = NO_FILTERS, limit: int = 12
                ) -> tuple[int, list[ForecastRow]]:
    """Open projects whose P(on time) and simulated dates contradict each other
    (``metrics.forecast_disagrees``) among those the filters keep: how many, and the first
    ``limit`` by key."""
    where = and_(metrics.is_open(), metrics.forecast_disagrees())
    count = (select(func.count(Project.id)).select_from(ProjectForecast)
             .join(Project, Project.id == ProjectForecast.project_id).where(where))
    total = int(session.scalar(narrow(count, scope, filters, today)) or 0)
    rows = narrow(_rows().where(where), scope, filters, today).order_by(Project.key).limit(limit)
    return total, [_row(r) for r in session.execute(rows)]


def forecast_summary(session: Session, scope: Scope) -> ForecastSummary:
    """How many open projects have a forecast, and by which method (the at-risk count is
    ``data.queries.health_counts``, the same as every page's)."""
    f = ProjectForecast
    open_stmt = select(func.count(Project.id)).where(metrics.is_open())
    open_projects = session.scalar(scope.apply(open_stmt)) or 0
    stmt = (
        select(
            func.count(f.project_id),
            func.sum(case((f.method == "classifier", 1), else_=0)),
            func.sum(case((f.method == "monte_carlo", 1), else_=0)),
            func.avg(f.p_on_time),
            func.max(f.scored_at),
            func.sum(case((f.method == "prior", 1), else_=0)),
        )
        .select_from(f)
        .join(Project, Project.id == f.project_id)
        .where(metrics.is_open())
    )
    n, classifier, mc, mean_p, last, prior = session.execute(scope.apply(stmt)).one()
    return ForecastSummary(
        open_projects=open_projects, forecast=n or 0, classifier=classifier or 0,
        monte_carlo=mc or 0,
        mean_p_on_time=None if mean_p is None else float(mean_p), last_scored=last,
        prior=prior or 0,
    )


def _settled(today: dt.date) -> ColumnElement[bool]:
    """``metrics.is_settled`` in SQL (over ``Project``)."""
    done = and_(metrics.is_done(), Project.completed_at.is_not(None))
    late_open = and_(metrics.is_open(), Project.due_date < today)
    return and_(Project.due_date.is_not(None), or_(done, late_open))


def settled_count(session: Session, scope: Scope, today: dt.date) -> tuple[int, int]:
    """(projects with a known outcome, of which on time): what the classifier can learn from.

    The same rule as ``models.features.outcome``: done with a completion time, or not closed
    and past due (late); cancelled projects and those without a due date do not count.
    """
    stmt = (
        select(func.count(Project.id),
               func.sum(case((metrics.is_finished_on_time(), 1), else_=0)))
        .where(_settled(today))
    )
    total, good = session.execute(scope.apply(stmt)).one()
    return total or 0, good or 0


def on_time_record(session: Session, scope: Scope, today: dt.date,
                   filters: ProjectFilters = NO_FILTERS,
                   done_only: bool = False, by: str = "portfolio") -> dict[str, tuple[int, int]]:
    """Each portfolio's on-time record (docs/metrics.md, On-time rate): (projects past their
    due date, done or still open, cancelled ones apart; of which finished on time), among the
    projects the filters keep; every visible portfolio. The projects the forecasts' trust
    counts (``models.evidence``): a project done before a due date still to come does not
    count until that date has passed. ``done_only`` ("of the projects finished in 2026"): every
    done project, those finished before a due date still to come included (on time).
    ``by="owner"``: each owner's record (owners with at least one such project)."""
    done = and_(metrics.is_done(), Project.completed_at.is_not(None))
    past_due = and_(Project.due_date.is_not(None), done) if done_only else and_(
        Project.due_date < today, or_(done, metrics.is_open()))
    group = Project.owner if by == "owner" else Portfolio.name
    stmt = (
        select(group, func.count(Project.id),
               func.sum(case((metrics.is_finished_on_time(), 1), else_=0)))
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .where(past_due)
        .group_by(group)
    )
    found = {name: (int(n), int(good or 0))
             for name, n, good in session.execute(narrow(stmt, scope, filters, today)) if name}
    if by == "owner":
        return found
    return {name: found.get(name, (0, 0)) for _id, name in portfolios(session, scope)}


@dataclass(frozen=True)
class StoredForecast:
    """The numbers the what-if starts from: exactly what the project page header shows."""

    project_id: int
    method: str
    p_on_time: float | None
    mc_p_on_time: float | None
    model_version: str | None
    as_of: dt.date
    evidence: dict[str, Any] | None


def stored_forecast(session: Session, project_id: int) -> StoredForecast | None:
    """One project's stored forecast by id (a primary-key read; callers checked the scope)."""
    f = ProjectForecast
    row = session.execute(
        select(f.project_id, f.method, f.p_on_time, f.mc_p_on_time, f.model_version, f.as_of,
               f.evidence).where(f.project_id == project_id)
    ).first()
    return StoredForecast(*row) if row else None


def portfolio_outcomes(session: Session, portfolio_id: int) -> tuple[dt.date, list[Any]] | None:
    """(day computed, outcome rows) of one portfolio as the forecast job stored them."""
    row = session.execute(
        select(PortfolioOutcomes.as_of, PortfolioOutcomes.outcomes)
        .where(PortfolioOutcomes.portfolio_id == portfolio_id)
    ).first()
    return (row[0], list(row[1] or [])) if row else None


@dataclass(frozen=True)
class OpenItem:
    id: int
    title: str
    points: int
    skill: str | None
    started: bool


def open_items(session: Session, project_id: int, limit: int = 200) -> list[OpenItem]:
    """A project's work items not done yet, largest first (candidates to cut, skills needed)."""
    rows = session.execute(
        select(WorkItem.id, WorkItem.title, WorkItem.story_points, WorkItem.skill,
               WorkItem.started_at)
        .where(WorkItem.project_id == project_id, WorkItem.status != "done")
        .order_by(WorkItem.story_points.desc(), WorkItem.id).limit(limit)
    )
    return [OpenItem(i, t, p or 0, s, started is not None) for i, t, p, s, started in rows]


@dataclass(frozen=True)
class Candidate:
    """A person with at least one wanted skill, and their allocations overlapping a window."""

    id: int
    name: str
    role: str
    skills: list[str]
    allocations: list[tuple[float, dt.date, dt.date, int]]  # share, start, end, project id


def people_with_skills(
    session: Session, skills: Sequence[str], start: dt.date, end: dt.date, limit: int = 200
) -> list[Candidate]:
    """People having any of ``skills`` (through the skills index on PostgreSQL), with every
    allocation of theirs that overlaps ``start``..``end``: two queries, whatever the size."""
    wanted = sorted({s for s in skills if s})
    if not wanted:
        return []
    dialect = session.get_bind().dialect.name
    values = json_array_values(Resource.skills, dialect, "wanted_skills")
    ids = list(session.scalars(
        select(Resource.id).select_from(Resource).join(values, true())
        .where(values.c.value.in_(wanted)).distinct().order_by(Resource.id).limit(limit)))
    if not ids:
        return []
    people = session.execute(select(Resource.id, Resource.name, Resource.role, Resource.skills)
                             .where(Resource.id.in_(ids)).order_by(Resource.id)).all()
    booked: dict[int, list[tuple[float, dt.date, dt.date, int]]] = {i: [] for i in ids}
    for rid, share, a, b, pid in session.execute(
        select(Allocation.resource_id, Allocation.share, Allocation.period_start,
               Allocation.period_end, Allocation.project_id)
        .where(Allocation.resource_id.in_(ids), Allocation.period_start <= end,
               Allocation.period_end >= start)
    ):
        booked[rid].append((float(share), a, b, pid))
    return [Candidate(rid, name, role or "", list(sk or []), booked[rid])
            for rid, name, role, sk in people]


@dataclass(frozen=True)
class TrustCount:
    basis: str  # classifier, prior or monte_carlo
    trust: str | None  # high, medium, low (None: stored before evidence was recorded)
    projects: int


def trust_summary(session: Session, scope: Scope, today: dt.date | None = None
                  ) -> list[TrustCount]:
    """How far to trust the open projects' forecasts: counts by basis and trust word (one
    grouped read of the forecasts table, for the Forecasts page). Given ``today``, late
    projects (``data.metrics.is_late``) count under the word ``late``: their P(on time) is 0
    because their due date has passed, whatever evidence the model's own view had."""
    f = ProjectForecast
    trust: Any = f.evidence["trust"].as_string()
    if today is not None:
        trust = case((metrics.is_late(today), "late"), else_=trust)
    stmt = (select(f.method, trust, func.count(f.project_id))
            .select_from(f).join(Project, Project.id == f.project_id)
            .where(metrics.is_open())
            .group_by(f.method, trust).order_by(f.method, trust))
    return [TrustCount(m, t, n) for m, t, n in session.execute(scope.apply(stmt))]
