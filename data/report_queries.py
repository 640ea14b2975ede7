"""Reads only a status report needs: top risks, late projects, the P(on time) distribution,
decisions and action items from recent meetings, and the portfolios a report covers.

Everything else a report shows comes from the pages' own queries (``data.queries``,
``data.project_queries``, ``data.resource_queries``...), so a report and the dashboard always
agree. Every read takes the viewer's scope and the view's filters; *late*, *at risk* and *open*
come from ``data.metrics``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from data import metrics
from data.filters import ProjectFilters
from data.queries import NO_FILTERS, narrow
from data.schema import Document, Portfolio, Project, ProjectForecast, ProjectRollup
from data.scope import Scope


@dataclass(frozen=True)
class RiskRow:
    key: str
    name: str
    portfolio: str
    owner: str
    due_date: dt.date | None
    progress: float
    p_on_time: float | None
    p85_date: dt.date | None
    drivers: list[dict[str, Any]]


@dataclass(frozen=True)
class LateRow:
    key: str
    name: str
    portfolio: str
    owner: str
    due_date: dt.date
    days_late: int
    progress: float
    p85_date: dt.date | None


@dataclass(frozen=True)
class ProbabilityBucket:
    low: float  # P(on time) in [low, high)
    high: float
    projects: int
    late: int = 0  # of them, late (``data.metrics.is_late``): the others below 50 % are at risk


@dataclass(frozen=True)
class Minutes:
    """A meeting's minutes as a report reads them (their digest is ``models.copilot.meetings``'s,
    the one the project page and the copilot use)."""
    doc_id: int
    project_key: str
    project_name: str
    title: str
    held_on: dt.date
    body: str


def covered_portfolios(session: Session, scope: Scope,
                       filters: ProjectFilters = NO_FILTERS) -> list[tuple[int, str]]:
    """The portfolios a report for this scope and these filters covers (id, name)."""
    stmt = select(Portfolio.id, Portfolio.name).order_by(Portfolio.name)
    if scope.portfolio_ids is not None:
        stmt = stmt.where(scope.allows(Portfolio.id))
    if filters.portfolio:
        stmt = stmt.where(Portfolio.id.in_(filters.portfolio))
    return [(int(i), str(n)) for i, n in session.execute(stmt)]


def project_portfolio(session: Session, scope: Scope, key: str) -> tuple[int, str] | None:
    """(portfolio id, project name) of a visible project, or ``None``."""
    found = session.execute(scope.apply(
        select(Project.portfolio_id, Project.name).where(Project.key == key))).first()
    return (int(found[0]), str(found[1])) if found else None


def top_risks(session: Session, scope: Scope, today: dt.date,
              filters: ProjectFilters = NO_FILTERS, limit: int = 10) -> list[RiskRow]:
    """At-risk projects (``data.metrics``), least likely to finish on time first."""
    stmt = (
        metrics.with_health(select(
            Project.key, Project.name, Portfolio.name, Project.owner, Project.due_date,
            func.coalesce(ProjectRollup.progress, 0.0), ProjectForecast.p_on_time,
            ProjectForecast.p85_date, ProjectForecast.drivers))
        .join(Portfolio, Portfolio.id == Project.portfolio_id)
        .where(metrics.is_at_risk(today))
        .order_by(case((ProjectForecast.p_on_time.is_(None), 1), else_=0),
                  ProjectForecast.p_on_time, Project.due_date, Project.key)
        .limit(limit)
    )
    return [RiskRow(k, n, p, o, d, float(pr), pt, p85, list(dr or []))
            for k, n, p, o, d, pr, pt, p85, dr in session.execute(
                narrow(stmt, scope, filters, today))]


def late_projects(session: Session, scope: Scope, today: dt.date,
                  filters: ProjectFilters = NO_FILTERS, limit: int = 500
                  ) -> tuple[list[LateRow], int]:
    """Late projects (``data.metrics``), longest overdue first, and how many there are."""
    base = narrow(metrics.with_health(select(Project.id)).where(metrics.is_late(today)),
                  scope, filters, today)
    total = int(session.scalar(select(func.count()).select_from(base.subquery())) or 0)
    stmt = (
        metrics.with_health(select(
            Project.key, Project.name, Portfolio.name, Project.owner, Project.due_date,
            func.coalesce(ProjectRollup.progress, 0.0), ProjectForecast.p85_date))
        .join(Portfolio, Portfolio.id == Project.portfolio_id)
        .where(metrics.is_late(today))
        .order_by(Project.due_date, Project.key)
        .limit(limit)
    )
    rows = [LateRow(k, n, p, o, d, (today - d).days, float(pr), p85)
            for k, n, p, o, d, pr, p85 in session.execute(narrow(stmt, scope, filters, today))
            if d is not None]  # late implies a due date
    return rows, total


def probability_buckets(session: Session, scope: Scope, today: dt.date,
                        filters: ProjectFilters = NO_FILTERS,
                        buckets: int = 10) -> list[ProbabilityBucket]:
    """Open projects with a forecast, counted by P(on time) in ``buckets`` equal bins, with how
    many of each bin are late."""
    index = func.floor(ProjectForecast.p_on_time * buckets)
    bucket = case((index >= buckets, buckets - 1), else_=index).label("bucket")
    stmt = (
        select(bucket, func.count(Project.id),
               func.sum(case((metrics.is_late(today), 1), else_=0)))
        .join(ProjectForecast, ProjectForecast.project_id == Project.id)
        .where(metrics.is_open(), ProjectForecast.p_on_time.is_not(None))
        .group_by(bucket)
    )
    found = {int(b): (int(n), int(late or 0))
             for b, n, late in session.execute(narrow(stmt, scope, filters, today))}
    return [ProbabilityBucket(i / buckets, (i + 1) / buckets, *found.get(i, (0, 0)))
            for i in range(buckets)]


def recent_minutes(session: Session, scope: Scope, today: dt.date,
                   filters: ProjectFilters = NO_FILTERS, *, project_key: str | None = None,
                   days: int = 30, limit: int = 12) -> list[Minutes]:
    """The latest meeting minutes of the last ``days`` days (``metrics.last_days``)."""
    since = dt.datetime.combine(metrics.last_days(today, days)[0], dt.time())
    until = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    stmt = (
        select(Document.id, Project.key, Project.name, Document.title, Document.created_at,
               Document.body)
        .join(Project, Project.id == Document.project_id)
        .where(Document.kind == "meeting_minutes", Document.created_at >= since,
               Document.created_at < until)
        .order_by(Document.created_at.desc(), Document.id.desc())
        .limit(limit)
    )
    if project_key is not None:
        stmt = stmt.where(Project.key == project_key)
    return [Minutes(doc_id, key, name, title, created.date(), body or "")
            for doc_id, key, name, title, created, body
            in session.execute(narrow(stmt, scope, filters, today))]
