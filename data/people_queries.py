"""One person: who they are, their projects (allocations you may see), load by week, skills.

A person is visible when the scope sees everything or when they work (an allocation or an
assigned work item) on a project in the viewer's portfolios; anyone else reads as not found.
Load is ``data.metrics``' rule: the highest daily share in each week, over visible allocations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from data import metrics
from data.schema import (
    Allocation,
    Portfolio,
    Project,
    Resource,
    Status,
    WorkItem,
)
from data.scope import Scope

MAX_NAME = 120
PROJECT_LIMIT = 50


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str
    skills: list[str]
    weekly_capacity: float


@dataclass(frozen=True)
class PersonProject:
    key: str
    name: str
    portfolio: str
    status: str
    health: str
    share: float
    period_start: dt.date
    period_end: dt.date
    open_items: int  # assigned to this person, not done


@dataclass(frozen=True)
class PersonLoad:
    weeks: list[dt.date] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)


def _visible_person(scope: Scope) -> Any:
    """A condition: the person works on a project in scope (always true for everything)."""
    if scope.portfolio_ids is None:
        return None
    allocated = scope.apply(select(Allocation.id)
                            .join(Project, Allocation.project_id == Project.id)
                            .where(Allocation.resource_id == Resource.id))
    assigned = scope.apply(select(WorkItem.id).join(Project, WorkItem.project_id == Project.id)
                           .where(WorkItem.assignee_id == Resource.id))
    return or_(exists(allocated), exists(assigned))


def find_person(session: Session, scope: Scope, ident: str) -> Person | None:
    """A person by id (digits) or exact name, if the viewer may see them."""
    text = ident.strip()[:MAX_NAME]
    if not text:
        return None
    where = Resource.id == int(text) if text.isascii() and text.isdigit() and len(text) < 10 \
        else Resource.name == text
    stmt = select(Resource.id, Resource.name, Resource.role, Resource.skills,
                  Resource.weekly_capacity).where(where)
    visible = _visible_person(scope)
    if visible is not None:
        stmt = stmt.where(visible)
    row = session.execute(stmt).one_or_none()
    if row is None:
        return None
    return Person(row.id, row.name, row.role or "", sorted(str(s) for s in row.skills or []),
                  float(row.weekly_capacity))


def person_projects(session: Session, scope: Scope, person_id: int,
                    today: dt.date) -> list[PersonProject]:
    """Their allocations to visible projects that have not ended, soonest first (bounded),
    with each project's health and the open items assigned to them there."""
    open_items = (select(WorkItem.project_id, WorkItem.id)
                  .where(WorkItem.assignee_id == person_id, WorkItem.status != "done")
                  .subquery())
    stmt = metrics.with_health(
        select(Project.key, Project.name, Portfolio.name, Status.label, metrics.health(today),
               Allocation.share, Allocation.period_start, Allocation.period_end,
               select(func.count(open_items.c.id))
               .where(open_items.c.project_id == Project.id).scalar_subquery())
        .select_from(Allocation)
        .join(Project, Allocation.project_id == Project.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .join(Status, Project.status_id == Status.id)
        .where(Allocation.resource_id == person_id, Allocation.period_end >= today)
    )
    stmt = scope.apply(stmt).order_by(Allocation.period_start, Project.key).limit(PROJECT_LIMIT)
    return [PersonProject(k, n, pf, st, h, float(sh), ps, pe, int(oi or 0))
            for k, n, pf, st, h, sh, ps, pe, oi in session.execute(stmt)]


def person_load(session: Session, scope: Scope, person_id: int, today: dt.date,
                weeks_back: int = 4, weeks_ahead: int = 12) -> PersonLoad:
    """Their load in each week from ``weeks_back`` before this week to ``weeks_ahead`` after."""
    monday = metrics.this_week(today)[0]
    weeks = [monday + dt.timedelta(weeks=i) for i in range(-weeks_back, weeks_ahead + 1)]
    loads = [0.0] * len(weeks)
    periods = [(w, w + dt.timedelta(days=6)) for w in weeks]
    rows: Any = session.execute(metrics.peak_loads(scope, periods, [person_id]))  # typed as one
    for index, _rid, load in rows:  # tuple column by metrics.peak_loads' annotation
        loads[int(index)] = round(float(load), 3)
    return PersonLoad(weeks, loads)

