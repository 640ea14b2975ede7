"""One project's detail: header facts, burn-up history, items, people and documents.

Every function takes the viewer's scope and the project key, so a project outside the scope reads
exactly like a project that does not exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ScalarSelect, and_, func, select
from sqlalchemy.orm import Session

from data import metrics
from data.pagination import Page, clamp_page, clamp_page_size
from data.schema import (
    Allocation,
    Document,
    Portfolio,
    Priority,
    Project,
    ProjectRollup,
    ProjectSnapshot,
    Resource,
    Status,
    WorkItem,
)
from data.scope import Scope

EXCERPT = 240


@dataclass(frozen=True)
class ProjectDetail:
    id: int
    key: str
    name: str
    description: str
    portfolio: str
    status: str
    priority: str
    owner: str
    start_date: dt.date | None
    due_date: dt.date | None
    completed_at: dt.datetime | None
    scope_points: int
    done_points: int
    open_items: int
    progress: float
    health: str


@dataclass(frozen=True)
class SnapshotPoint:
    day: dt.date
    scope: int
    done: int
    in_progress: int


@dataclass(frozen=True)
class StatusCount:
    status: str
    items: int
    points: int


@dataclass(frozen=True)
class ItemRow:
    id: int
    kind: str
    title: str
    status: str
    points: int
    assignee: str | None
    done_at: dt.datetime | None
    due_at: dt.datetime | None = None


@dataclass(frozen=True)
class PersonLoad:
    name: str
    role: str
    share: float  # of this project, today
    total_load: float  # across every visible project this week (``data.metrics``)
    period_end: dt.date


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    title: str
    created_at: dt.datetime
    excerpt: str


def _visible_id(scope: Scope, key: str) -> ScalarSelect[int]:
    return scope.apply(select(Project.id).where(Project.key == key)).scalar_subquery()


def project_detail(
    session: Session, scope: Scope, key: str, today: dt.date
) -> ProjectDetail | None:
    stmt = (
        select(
            Project.id, Project.key, Project.name, Project.description, Portfolio.name,
            Status.label, Priority.label, Project.owner, Project.start_date, Project.due_date,
            Project.completed_at,
            func.coalesce(ProjectRollup.scope_points, 0),
            func.coalesce(ProjectRollup.done_points, 0),
            func.coalesce(ProjectRollup.open_items, 0),
            func.coalesce(ProjectRollup.progress, 0.0),
            metrics.health(today),
        )
        .join(Status, Project.status_id == Status.id)
        .join(Priority, Project.priority_id == Priority.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .where(Project.key == key)
    )
    row = session.execute(scope.apply(metrics.with_health(stmt))).one_or_none()
    return ProjectDetail(*tuple(row)) if row else None


def project_burnup(session: Session, scope: Scope, key: str) -> list[SnapshotPoint]:
    stmt = (
        select(ProjectSnapshot.day, ProjectSnapshot.scope_points, ProjectSnapshot.done_points,
               ProjectSnapshot.in_progress_points)
        .where(ProjectSnapshot.project_id == _visible_id(scope, key))
        .order_by(ProjectSnapshot.day)
    )
    return [SnapshotPoint(*r) for r in session.execute(stmt)]


def items_by_status(session: Session, scope: Scope, key: str) -> list[StatusCount]:
    stmt = (
        select(WorkItem.status, func.count(WorkItem.id),
               func.coalesce(func.sum(WorkItem.story_points), 0))
        .where(WorkItem.project_id == _visible_id(scope, key))
        .group_by(WorkItem.status)
    )
    return [StatusCount(s, n, int(p)) for s, n, p in session.execute(stmt)]


def open_skills(session: Session, scope: Scope, key: str) -> list[tuple[str, int, int]]:
    """The skills the project's open work items need: ``(skill, items, points)``, most points
    first (items with no skill left out)."""
    points = func.coalesce(func.sum(WorkItem.story_points), 0)
    stmt = (select(WorkItem.skill, func.count(WorkItem.id), points)
            .where(WorkItem.project_id == _visible_id(scope, key), WorkItem.status != "done",
                   WorkItem.skill.is_not(None))
            .group_by(WorkItem.skill).order_by(points.desc(), WorkItem.skill))
    return [(str(skill), int(n), int(p)) for skill, n, p in session.execute(stmt)]


def project_items(
    session: Session, scope: Scope, key: str, page: int = 1, page_size: int | None = None,
    status: str | None = None, statuses: Sequence[str] = (), due_by: dt.date | None = None,
    kind: str | None = None, unassigned: bool = False,
) -> Page[ItemRow]:
    """A page of the project's items, open first, with assignees joined (no N+1); only those of
    a status (or of ``statuses``), due by a day (``due_by``), of a kind or assigned to nobody
    when given."""
    size = clamp_page_size(page_size)
    where = [WorkItem.project_id == _visible_id(scope, key)]
    if status:
        where.append(WorkItem.status == status)
    if statuses:
        where.append(WorkItem.status.in_(statuses))
    if due_by is not None:
        where.append(WorkItem.due_at < dt.datetime.combine(due_by + dt.timedelta(days=1),
                                                           dt.time()))
    if kind:
        where.append(WorkItem.kind == kind)
    if unassigned:
        where.append(WorkItem.assignee_id.is_(None))
    total = session.scalar(select(func.count(WorkItem.id)).where(*where)) or 0
    page = clamp_page(page, total, size)
    stmt = (
        select(WorkItem.id, WorkItem.kind, WorkItem.title, WorkItem.status,
               WorkItem.story_points, Resource.name, WorkItem.done_at, WorkItem.due_at)
        .outerjoin(Resource, WorkItem.assignee_id == Resource.id)
        .where(*where)
        .order_by((WorkItem.status == "done").asc(), WorkItem.id)
        .limit(size)
        .offset((page - 1) * size)
    )
    return Page([ItemRow(*r) for r in session.execute(stmt)], total, page, size)


def project_people(session: Session, scope: Scope, key: str, today: dt.date) -> list[PersonLoad]:
    """The project's team (docs/metrics.md: people allocated to it today, as the copilot and
    the reports count it) with their share of it today and their load this week
    (``data.metrics``: the highest daily sum of their visible allocations)."""
    first, last = metrics.this_week(today)
    stmt = (
        select(Resource.id, Resource.name, Resource.role, func.sum(Allocation.share),
               func.max(Allocation.period_end))
        .join(Allocation, Allocation.resource_id == Resource.id)
        .where(Allocation.project_id == _visible_id(scope, key),
               and_(Allocation.period_start <= today, Allocation.period_end >= today))
        .group_by(Resource.id, Resource.name, Resource.role)
    )
    rows = session.execute(stmt).all()
    loads = metrics.load_in(session, scope, first, last, [r[0] for r in rows]) if rows else {}
    people = [PersonLoad(name, role, float(share), loads.get(rid, 0.0), end)
              for rid, name, role, share, end in rows]
    return sorted(people, key=lambda p: (-p.total_load, p.name))


def project_documents(
    session: Session, scope: Scope, key: str, page: int = 1, page_size: int | None = 10
) -> Page[DocumentRow]:
    size = clamp_page_size(page_size)
    where = Document.project_id == _visible_id(scope, key)
    total = session.scalar(select(func.count(Document.id)).where(where)) or 0
    page = clamp_page(page, total, size)
    stmt = (
        select(Document.id, Document.kind, Document.title, Document.created_at,
               func.substr(Document.body, 1, EXCERPT))
        .where(where)
        .order_by(Document.created_at.desc(), Document.id.desc())
        .limit(size)
        .offset((page - 1) * size)
    )
    return Page([DocumentRow(*r) for r in session.execute(stmt)], total, page, size)
