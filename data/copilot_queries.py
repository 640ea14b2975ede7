"""Reads the copilot's tools and index need: scoped, bounded, returning plain dataclasses.

Indexing reads (signatures, bodies) are system reads over all documents: the index stores each
passage's portfolio so searches can be scoped later. Every other function takes the viewer's scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, literal, or_, select
from sqlalchemy.orm import Session

from data import metrics
from data.schema import (
    Allocation,
    Document,
    Portfolio,
    Priority,
    Project,
    ProjectForecast,
    ProjectRollup,
    ProjectSnapshot,
    Resource,
    Status,
    WorkItem,
)
from data.scope import Scope
from data.sqlfunc import week_start

MAX_ROWS = 50
IN_BATCH = 500


def _limit(limit: int | None, default: int = 10) -> int:
    return max(1, min(int(limit or default), MAX_ROWS))


# --- documents for the index --------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    project_id: int
    project_key: str
    portfolio_id: int
    kind: str
    title: str
    body: str
    created_at: dt.datetime


def document_signatures(session: Session) -> Iterator[tuple[int, str]]:
    """(id, signature) of every document; the signature changes when the text, title, project or
    its portfolio change, which is what decides whether a document is indexed again."""
    stmt = (
        select(Document.id, Document.project_id, Project.portfolio_id, Document.kind,
               Document.created_at, func.length(Document.title), func.length(Document.body))
        .join(Project, Document.project_id == Project.id)
        .order_by(Document.id)
        .execution_options(yield_per=2000)
    )
    for doc_id, *parts in session.execute(stmt):
        yield doc_id, ":".join(str(p) for p in parts)


def documents_by_ids(session: Session, ids: Iterable[int]) -> list[DocumentRecord]:
    out: list[DocumentRecord] = []
    ids = sorted(set(ids))
    for i in range(0, len(ids), IN_BATCH):
        stmt = (
            select(Document.id, Document.project_id, Project.key, Project.portfolio_id,
                   Document.kind, Document.title, Document.body, Document.created_at)
            .join(Project, Document.project_id == Project.id)
            .where(Document.id.in_(ids[i:i + IN_BATCH]))
            .order_by(Document.id)
        )
        out.extend(DocumentRecord(*row) for row in session.execute(stmt))
    return out


# --- projects -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectFacts:
    key: str
    name: str
    portfolio: str
    status: str
    status_label: str
    priority: str
    owner: str
    start_date: dt.date | None
    due_date: dt.date | None
    is_closed: bool
    days_late: int | None = None  # past due and still open


@dataclass(frozen=True)
class ProjectList:
    items: list[ProjectFacts]
    total: int


@dataclass(frozen=True)
class ProjectFilters:
    status: str | None = None
    priority: str | None = None
    portfolio: str | None = None
    owner: str | None = None
    late: bool | None = None
    open_only: bool = False
    text: str | None = None
    due_within_days: int | None = None


def _facts_columns():
    return (Project.key, Project.name, Portfolio.name, Status.code, Status.label, Priority.code,
            Project.owner, Project.start_date, Project.due_date, Status.is_closed)


def _facts_select():
    return (
        select(*_facts_columns())
        .join(Status, Project.status_id == Status.id)
        .join(Priority, Project.priority_id == Priority.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
    )


def _facts(row, today: dt.date) -> ProjectFacts:
    facts = ProjectFacts(*row)
    if not facts.is_closed and facts.due_date is not None and facts.due_date < today:
        facts = ProjectFacts(*row, days_late=(today - facts.due_date).days)
    return facts


def _apply_filters(stmt, f: ProjectFilters, today: dt.date):
    if f.status:
        stmt = stmt.where(Status.code == f.status)
    if f.priority:
        stmt = stmt.where(Priority.code == f.priority)
    if f.portfolio:
        stmt = stmt.where(func.lower(Portfolio.name) == f.portfolio.strip().lower())
    if f.owner:
        stmt = stmt.where(func.lower(Project.owner) == f.owner.strip().lower())
    if f.open_only or f.late is not None or f.due_within_days is not None:
        stmt = stmt.where(Status.is_closed.is_(False))
    if f.late is True:
        stmt = stmt.where(Project.due_date < today)
    elif f.late is False:
        stmt = stmt.where(or_(Project.due_date.is_(None), Project.due_date >= today))
    if f.due_within_days is not None:
        stmt = stmt.where(Project.due_date >= today,
                          Project.due_date <= today + dt.timedelta(days=f.due_within_days))
    if f.text:
        pattern = f"%{f.text.strip().lower()}%"
        stmt = stmt.where(or_(func.lower(Project.name).like(pattern),
                              func.lower(Project.key).like(pattern)))
    return stmt


def find_projects(session: Session, scope: Scope, today: dt.date,
                  filters: ProjectFilters = ProjectFilters(), limit: int = 10) -> ProjectList:
    """Matching projects (late ones most overdue first, otherwise by due date) and their count."""
    base = scope.apply(_apply_filters(_facts_select(), filters, today))
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    stmt = base.order_by(Project.due_date.is_(None), Project.due_date, Project.key)
    rows = session.execute(stmt.limit(_limit(limit))).all()
    return ProjectList([_facts(r, today) for r in rows], total)


@dataclass(frozen=True)
class ProjectDetail:
    facts: ProjectFacts
    items_total: int
    items_done: int
    points_total: int
    points_done: int
    documents: int
    last_document: dt.datetime | None
    description: str = ""

    @property
    def percent_done(self) -> float:
        return round(100.0 * self.points_done / self.points_total, 1) if self.points_total else 0.0


def project_detail(session: Session, scope: Scope, key: str, today: dt.date
                   ) -> ProjectDetail | None:
    """One visible project with its progress; ``None`` when it does not exist or is out of scope."""
    stmt = scope.apply(_facts_select().add_columns(Project.id, Project.description)
                       .where(func.upper(Project.key) == key.strip().upper()))
    row = session.execute(stmt).first()
    if row is None:
        return None
    *cols, project_id, description = row
    done = WorkItem.status == "done"
    items = session.execute(
        select(func.count(WorkItem.id), func.count(WorkItem.id).filter(done),
               func.coalesce(func.sum(WorkItem.story_points), 0),
               func.coalesce(func.sum(WorkItem.story_points).filter(done), 0))
        .where(WorkItem.project_id == project_id)
    ).one()
    docs = session.execute(
        select(func.count(Document.id), func.max(Document.created_at))
        .where(Document.project_id == project_id)
    ).one()
    return ProjectDetail(_facts(cols, today), int(items[0]), int(items[1]), int(items[2]),
                         int(items[3]), int(docs[0]), docs[1], description or "")


def visible_keys(session: Session, scope: Scope, keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` the viewer may see (a citation is shown only for those)."""
    keys = sorted({k.upper() for k in keys})
    if not keys:
        return set()
    stmt = scope.apply(select(Project.key).where(func.upper(Project.key).in_(keys)))
    return {k.upper() for k in session.scalars(stmt)}


def project_ids(session: Session, scope: Scope, keys: Iterable[str]) -> list[int]:
    keys = sorted({k.upper() for k in keys})[:MAX_ROWS]
    if not keys:
        return []
    stmt = scope.apply(select(Project.id).where(func.upper(Project.key).in_(keys)))
    return list(session.scalars(stmt))


def projects_mentioned(session: Session, scope: Scope, text: str, limit: int = 5) -> list[str]:
    """Keys of visible projects whose full name appears in ``text`` (longest names first)."""
    if not text.strip():
        return []
    lowered = literal(text.lower())
    stmt = scope.apply(
        select(Project.key).where(func.length(Project.name) >= 4)
        .where(lowered.contains(func.lower(Project.name)))
        .order_by(func.length(Project.name).desc(), Project.key)
        .limit(_limit(limit, 5))
    )
    return list(session.scalars(stmt))


def owners_mentioned(session: Session, scope: Scope, text: str) -> list[str]:
    lowered = literal(text.lower())
    stmt = scope.apply(
        select(Project.owner).where(func.length(Project.owner) >= 3)
        .where(lowered.contains(func.lower(Project.owner))).distinct().limit(5)
    )
    return list(session.scalars(stmt))


# --- risk, allocation, throughput ---------------------------------------------------------------


@dataclass(frozen=True)
class RiskRow:
    facts: ProjectFacts
    percent_done: float
    percent_time: float
    open_items: int
    reasons: list[str] = field(default_factory=list)
    p_on_time: float | None = None


def at_risk_projects(session: Session, scope: Scope, today: dt.date,
                     horizon_days: int | None = None, limit: int = 10) -> tuple[int, list[RiskRow]]:
    """At-risk projects (``data.metrics.is_at_risk``: the same rule as every page), due within
    the horizon when given; their count and the least likely first."""
    stmt = scope.apply(metrics.with_health(
        _facts_select().add_columns(ProjectRollup.progress, ProjectRollup.open_items,
                                    ProjectForecast.p_on_time))
        .where(metrics.is_at_risk(today)))
    if horizon_days is not None:
        stmt = stmt.where(Project.due_date <= today + dt.timedelta(days=horizon_days))
    out: list[RiskRow] = []
    for *cols, progress, open_items, p_on_time in session.execute(stmt):
        facts = _facts(cols, today)
        reasons = []
        if p_on_time is not None:
            reasons.append(f"{100 * p_on_time:.0f}% chance of finishing on time")
        if facts.start_date and facts.due_date:
            span = max(1, (facts.due_date - facts.start_date).days)
            time_share = 100.0 * min(max((today - facts.start_date).days, 0), span) / span
            reasons.append(f"{100 * (progress or 0.0):.0f}% of points done after "
                           f"{time_share:.0f}% of the schedule")
        else:
            time_share = 0.0
        open_items = int(open_items or 0)
        if facts.due_date:
            reasons.append(f"due in {(facts.due_date - today).days} days with {open_items} open "
                           + ("item" if open_items == 1 else "items"))
        out.append(RiskRow(facts, round(100 * (progress or 0.0), 1), round(time_share, 1),
                           open_items, reasons, p_on_time))
    out.sort(key=lambda r: (2.0 if r.p_on_time is None else r.p_on_time,
                            r.percent_done - r.percent_time, r.facts.key))
    return len(out), out[: _limit(limit)]


@dataclass(frozen=True)
class AllocationLoad:
    resource: str
    role: str
    peak_share: float
    projects: list[str]


def over_allocated(session: Session, scope: Scope, start: dt.date, end: dt.date,
                   limit: int = 20) -> tuple[int, list[AllocationLoad]]:
    """People over-allocated between ``start`` and ``end`` (``data.metrics``: a daily load above
    100 % on some day), highest load first, with the visible projects they work on then."""
    loads = {rid: load for rid, load in metrics.load_in(session, scope, start, end).items()
             if metrics.is_over_allocated(load)}
    if not loads:
        return 0, []
    people = {rid: (name, role) for rid, name, role in session.execute(
        select(Resource.id, Resource.name, Resource.role).where(Resource.id.in_(sorted(loads))))}
    top = sorted(loads, key=lambda rid: (-loads[rid], people[rid][0]))[: _limit(limit, 20)]
    projects: dict[int, set[str]] = {rid: set() for rid in top}
    stmt = scope.apply(
        select(Allocation.resource_id, Project.key)
        .join(Project, Allocation.project_id == Project.id)
        .where(Allocation.resource_id.in_(top), Allocation.period_start <= end,
               Allocation.period_end >= start))
    for rid, key in session.execute(stmt):
        projects[rid].add(key)
    return len(loads), [AllocationLoad(people[rid][0], people[rid][1], round(loads[rid], 2),
                                       sorted(projects[rid])) for rid in top]


@dataclass(frozen=True)
class WeekCount:
    week: dt.date
    items: int
    points: int


def throughput(session: Session, scope: Scope, today: dt.date, weeks: int = 4,
               project_key: str | None = None) -> list[WeekCount]:
    """Finished items and points per week for the last ``weeks`` full and current weeks."""
    weeks = max(1, min(int(weeks), 52))
    this_week = today - dt.timedelta(days=today.weekday())
    first = this_week - dt.timedelta(weeks=weeks - 1)
    week = week_start(WorkItem.done_at).label("week")
    stmt = (
        select(week, func.count(WorkItem.id), func.coalesce(func.sum(WorkItem.story_points), 0))
        .join(Project, WorkItem.project_id == Project.id)
        .where(WorkItem.done_at >= dt.datetime.combine(first, dt.time()),
               WorkItem.done_at < dt.datetime.combine(this_week + dt.timedelta(weeks=1),
                                                      dt.time()))
        .group_by(week)
    )
    if project_key:
        stmt = stmt.where(func.upper(Project.key) == project_key.upper())
    found = {w: (n, p) for w, n, p in session.execute(scope.apply(stmt))}
    out = []
    for i in range(weeks):
        w = first + dt.timedelta(weeks=i)
        n, p = found.get(w, (0, 0))
        out.append(WeekCount(w, int(n), int(p)))
    return out


@dataclass(frozen=True)
class DocumentRow:
    id: int
    project_key: str
    kind: str
    title: str
    created_at: dt.datetime


def latest_documents(session: Session, scope: Scope, project_key: str | None = None,
                     kind: str | None = None, limit: int = 5) -> list[DocumentRow]:
    stmt = (select(Document.id, Project.key, Document.kind, Document.title, Document.created_at)
            .join(Project, Document.project_id == Project.id))
    if project_key:
        stmt = stmt.where(func.upper(Project.key) == project_key.upper())
    if kind:
        stmt = stmt.where(Document.kind == kind)
    stmt = scope.apply(stmt).order_by(Document.created_at.desc(), Document.id.desc())
    return [DocumentRow(*r) for r in session.execute(stmt.limit(_limit(limit, 5)))]


def latest_snapshot_day(session: Session, scope: Scope) -> dt.date | None:
    stmt = scope.apply(select(func.max(ProjectSnapshot.day))
                       .join(Project, ProjectSnapshot.project_id == Project.id))
    return session.scalar(stmt)
