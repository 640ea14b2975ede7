"""Reads the copilot's tools and index need: scoped, bounded, returning plain dataclasses.

Indexing reads (signatures, bodies) are system reads over all documents: the index stores each
passage's portfolio so searches can be scoped later. Every other function takes the viewer's scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import Session

from data import queries
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


def at_risk_projects(session: Session, scope: Scope, today: dt.date,
                     horizon_days: int | None = None, limit: int = 10) -> tuple[int, list[RiskRow]]:
    """Open projects, not yet late (due within the horizon, when given), whose finished share of
    points trails the elapsed share of their schedule: the overview's "at risk" rule
    (``queries.is_at_risk``, on the work-item roll-ups). Their count and the furthest behind."""
    stmt = scope.apply(
        _facts_select()
        .add_columns(ProjectRollup.progress, ProjectRollup.open_items)
        .outerjoin(ProjectRollup, ProjectRollup.project_id == Project.id)
        .where(queries.is_at_risk(today))
    )
    if horizon_days is not None:
        stmt = stmt.where(Project.due_date <= today + dt.timedelta(days=horizon_days))
    out: list[RiskRow] = []
    for *cols, progress, open_items in session.execute(stmt):
        facts = _facts(cols, today)
        span = max(1, (facts.due_date - facts.start_date).days)
        time_share = 100.0 * min(max((today - facts.start_date).days, 0), span) / span
        done_share = 100.0 * (progress or 0.0)
        days_left = (facts.due_date - today).days
        open_items = int(open_items or 0)
        reasons = [f"{done_share:.0f}% of points done after {time_share:.0f}% of the schedule",
                   f"due in {days_left} days with {open_items} open "
                   + ("item" if open_items == 1 else "items")]
        out.append(RiskRow(facts, round(done_share, 1), round(time_share, 1), int(open_items),
                           reasons))
    out.sort(key=lambda r: (r.percent_done - r.percent_time, r.facts.key))
    return len(out), out[: _limit(limit)]


@dataclass(frozen=True)
class AllocationLoad:
    resource: str
    role: str
    peak_share: float
    projects: list[str]


def over_allocated(session: Session, scope: Scope, start: dt.date, end: dt.date,
                   limit: int = 20) -> tuple[int, list[AllocationLoad]]:
    """How many people's allocations on visible projects add up to more than full time on some
    day of ``start..end`` (peak concurrent share), and the ``limit`` highest."""
    overlap = and_(Allocation.period_start <= end, Allocation.period_end >= start)
    candidates = scope.apply(
        select(Allocation.resource_id).join(Project, Allocation.project_id == Project.id)
        .where(overlap).group_by(Allocation.resource_id)
        .having(func.sum(Allocation.share) > 1.0)
    )
    stmt = scope.apply(
        select(Resource.name, Resource.role, Allocation.share, Allocation.period_start,
               Allocation.period_end, Project.key)
        .join(Resource, Allocation.resource_id == Resource.id)
        .join(Project, Allocation.project_id == Project.id)
        .where(overlap, Allocation.resource_id.in_(candidates))
    )
    by_person: dict[tuple[str, str], list[tuple[float, dt.date, dt.date, str]]] = {}
    for name, role, share, a_start, a_end, key in session.execute(stmt):
        by_person.setdefault((name, role), []).append(
            (share, max(a_start, start), min(a_end, end), key))
    out = []
    for (name, role), rows in by_person.items():
        peak = _peak(rows)
        if peak > 1.0 + 1e-9:
            out.append(AllocationLoad(name, role, round(peak, 2), sorted({r[3] for r in rows})))
    out.sort(key=lambda a: (-a.peak_share, a.resource))
    return len(out), out[: _limit(limit, 20)]


def _peak(rows: list[tuple[float, dt.date, dt.date, str]]) -> float:
    """Highest sum of shares on any single day (a sweep over period boundaries)."""
    changes: list[tuple[dt.date, float]] = []
    for share, a_start, a_end, _ in rows:
        changes.append((a_start, share))
        changes.append((a_end + dt.timedelta(days=1), -share))
    peak = load = 0.0
    for _day, delta in sorted(changes, key=lambda c: (c[0], c[1])):
        load += delta
        peak = max(peak, load)
    return peak


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
