"""What changed over a period, and a project's history: work finished and added, documents
written, and the numbers behind "why is it late" (scope growth, pace, team, ageing items).

Periods are inclusive days; a timestamp counts on the day it falls on. Projects are narrowed by
the viewer's scope and the same ``ProjectFilters`` as every page (``data.queries.narrow``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from data import metrics
from data.filters import ProjectFilters
from data.queries import NO_FILTERS, narrow
from data.schema import Document, Project, ProjectSnapshot, Resource, Status, WorkItem
from data.scope import AnySelect, Scope

PACE_DAYS = 28  # "recent pace": points done in the last four weeks, against the four before
AGEING_DAYS = 21  # an item in progress for longer than three weeks is ageing


def _start(day: dt.date, plus: int = 0) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=plus), dt.time())


def _items(scope: Scope, today: dt.date, filters: ProjectFilters, assignee: str | None,
           skill: str | None, kind: str | None = None, unassigned: bool = False) -> AnySelect:
    stmt = (select(func.count(WorkItem.id), func.coalesce(func.sum(WorkItem.story_points), 0))
            .join(Project, WorkItem.project_id == Project.id))
    if kind:
        stmt = stmt.where(WorkItem.kind == kind)
    if unassigned:
        stmt = stmt.where(WorkItem.assignee_id.is_(None))
    if assignee:
        stmt = stmt.join(Resource, WorkItem.assignee_id == Resource.id).where(
            Resource.name == assignee)
    if skill:
        stmt = stmt.where(func.lower(WorkItem.skill) == skill.lower())
    return narrow(stmt, scope, filters, today)


def items_finished(session: Session, scope: Scope, today: dt.date, first: dt.date,
                   last: dt.date, filters: ProjectFilters = NO_FILTERS,
                   assignee: str | None = None, skill: str | None = None,
                   kind: str | None = None) -> tuple[int, int]:
    """(work items, story points) done between ``first`` and ``last``."""
    stmt = _items(scope, today, filters, assignee, skill, kind).where(
        WorkItem.done_at >= _start(first), WorkItem.done_at < _start(last, 1))
    count, points = session.execute(stmt).one()
    return int(count), int(points)


def items_by_portfolio(session: Session, scope: Scope, today: dt.date,
                       first: dt.date | None = None, last: dt.date | None = None,
                       filters: ProjectFilters = NO_FILTERS) -> dict[int, tuple[int, int]]:
    """(work items, story points) per portfolio id, in one grouped query: done between
    ``first`` and ``last``, or not done yet when no period is given. Portfolios with none are
    absent."""
    stmt = _items(scope, today, filters, None, None).add_columns(Project.portfolio_id)
    if first is not None and last is not None:
        stmt = stmt.where(WorkItem.done_at >= _start(first), WorkItem.done_at < _start(last, 1))
    else:
        stmt = stmt.where(WorkItem.status != "done")
    rows = session.execute(stmt.group_by(Project.portfolio_id))
    return {pid: (int(count), int(points)) for count, points, pid in rows}


def items_created(session: Session, scope: Scope, today: dt.date, first: dt.date,
                  last: dt.date, filters: ProjectFilters = NO_FILTERS,
                  kind: str | None = None, after_start: bool = False,
                  skill: str | None = None, assignee: str | None = None) -> tuple[int, int]:
    """(work items, story points) created between ``first`` and ``last``; ``after_start``:
    only those created once their project had started (scope added after kick-off)."""
    stmt = _items(scope, today, filters, assignee, skill, kind).where(
        WorkItem.created_at >= _start(first), WorkItem.created_at < _start(last, 1))
    if after_start:
        stmt = stmt.where(func.date(WorkItem.created_at) >= Project.start_date)
    count, points = session.execute(stmt).one()
    return int(count), int(points)


def open_items(session: Session, scope: Scope, today: dt.date,
               filters: ProjectFilters = NO_FILTERS, skill: str | None = None,
               started: bool = False, kind: str | None = None,
               assignee: str | None = None, unassigned: bool = False) -> tuple[int, int]:
    """(work items, story points) not done yet; ``started``: only those in progress;
    ``unassigned``: only those nobody is assigned."""
    stmt = _items(scope, today, filters, assignee, skill, kind, unassigned).where(
        WorkItem.status == "in_progress" if started else WorkItem.status != "done")
    count, points = session.execute(stmt).one()
    return int(count), int(points)


def all_items(session: Session, scope: Scope, today: dt.date,
              filters: ProjectFilters = NO_FILTERS, skill: str | None = None,
              kind: str | None = None, assignee: str | None = None) -> tuple[int, int]:
    """(work items, story points) of the projects whatever their status: their whole scope
    (the sum of ``project_rollups.scope_points`` over the same projects)."""
    count, points = session.execute(
        _items(scope, today, filters, assignee, skill, kind, False)).one()
    return int(count), int(points)


def items_due(session: Session, scope: Scope, today: dt.date, first: dt.date, last: dt.date,
              filters: ProjectFilters = NO_FILTERS, skill: str | None = None,
              kind: str | None = None, assignee: str | None = None) -> tuple[int, int]:
    """(work items, story points) not done yet whose own due date falls from ``first`` to
    ``last`` (those whose date has passed in that span included: still due, now overdue)."""
    stmt = _items(scope, today, filters, assignee, skill, kind, False).where(
        WorkItem.status != "done", WorkItem.due_at >= dt.datetime.combine(first, dt.time()),
        WorkItem.due_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
    count, points = session.execute(stmt).one()
    return int(count), int(points)


def scope_added(session: Session, scope: Scope, today: dt.date, first: dt.date, last: dt.date,
                filters: ProjectFilters = NO_FILTERS) -> int:
    """Work items added to the projects' scope between ``first`` and ``last``, from the daily
    snapshots (``items_added``)."""
    stmt = narrow(select(func.coalesce(func.sum(ProjectSnapshot.items_added), 0))
                  .join(Project, ProjectSnapshot.project_id == Project.id)
                  .where(ProjectSnapshot.day >= first, ProjectSnapshot.day <= last),
                  scope, filters, today)
    return int(session.scalar(stmt) or 0)


def scope_added_by_project(session: Session, scope: Scope, today: dt.date, first: dt.date,
                           last: dt.date, filters: ProjectFilters = NO_FILTERS,
                           limit: int = 10) -> list[tuple[str, str, int]]:
    """The projects with the most work items added to their scope between ``first`` and
    ``last`` (``scope_added``, per project), most first, then by key: ``(key, name, added)``."""
    added = func.coalesce(func.sum(ProjectSnapshot.items_added), 0)
    stmt = narrow(select(Project.key, Project.name, added)
                  .join(Project, ProjectSnapshot.project_id == Project.id)
                  .where(ProjectSnapshot.day >= first, ProjectSnapshot.day <= last)
                  .group_by(Project.key, Project.name), scope, filters, today)
    stmt = stmt.having(added > 0).order_by(added.desc(), Project.key).limit(limit)
    return [(key, name, int(n)) for key, name, n in session.execute(stmt)]


@dataclass(frozen=True)
class StatusNote:
    """A project in a status, and the latest note that says it changed to it (or None)."""

    key: str
    name: str
    status: str
    doc_id: int | None
    title: str
    written: dt.datetime | None
    sentence: str


STATUS_WORDS = {"on_hold": re.compile(r"[^.\n]*\b(?:on hold|paused)\b[^.\n]*\.", re.I),
                "cancelled": re.compile(r"[^.\n]*\bcancel+ed\b[^.\n]*\.", re.I)}
# what a document saying why must contain, so only those are read ("because", and the status)
STATUS_SAID = {"on_hold": ("%on hold%", "%paused%"), "cancelled": ("%cancel%",)}


def status_change_notes(session: Session, scope: Scope, status: str) -> list[StatusNote]:
    """The visible projects in ``status`` (on hold or cancelled), each with the sentence of its
    latest document that says it was put on hold or cancelled (a status note's "… was put on
    hold on 2 June 2026 because …"), the sentence after it when it names who decided."""
    pattern = STATUS_WORDS[status]
    projects = session.execute(scope.apply(
        select(Project.id, Project.key, Project.name).join(Status, Project.status_id == Status.id)
        .where(Status.code == status).order_by(Project.key))).all()
    names = {p.id: (p.key, p.name) for p in projects}
    docs = session.execute(
        select(Document.project_id, Document.id, Document.title, Document.created_at,
               Document.body)
        .where(Document.project_id.in_(list(names)), Document.body.ilike("%because%"),
               or_(*(Document.body.ilike(said) for said in STATUS_SAID[status])))
        .order_by(Document.created_at.desc(), Document.id.desc())).all() if projects else []
    found: dict[int, StatusNote] = {}
    for project_id, doc_id, title, written, body in docs:
        if project_id in found:
            continue
        m = pattern.search(body or "")
        if m is None or not re.search(r"\b(?:because|due to|as|after)\b", m.group(0), re.I):
            continue  # "… cancelled that day." says when, not why
        after = (body or "")[m.end():].strip().split(".")[0]
        decided = f" {after}." if after.lower().startswith("decision by") else ""
        key, name = names[project_id]
        found[project_id] = StatusNote(key, name, status, doc_id, title, written,
                                       m.group(0).strip() + decided)
    return [found.get(p.id) or StatusNote(p.key, p.name, status, None, "", None, "")
            for p in projects]


def documents_written(session: Session, scope: Scope, today: dt.date,
                      first: dt.date | None = None, last: dt.date | None = None,
                      kind: str | None = None,
                      filters: ProjectFilters = NO_FILTERS) -> int:
    """Documents of the projects in view (of a kind, written in a period when given)."""
    stmt = select(func.count(Document.id)).join(Project, Document.project_id == Project.id)
    if first:
        stmt = stmt.where(Document.created_at >= _start(first))
    if last:
        stmt = stmt.where(Document.created_at < _start(last, 1))
    if kind:
        stmt = stmt.where(Document.kind == kind)
    return int(session.scalar(narrow(stmt, scope, filters, today)) or 0)


@dataclass(frozen=True)
class History:
    """The numbers a "why is it late" answer is made of, for one project."""

    first_day: dt.date | None
    last_day: dt.date | None
    scope_first: int  # points in scope on the first snapshot
    scope_last: int
    items_added: int  # work items added over the whole history
    team_max: int
    team_last: int
    recent_points: int  # points done in the last PACE_DAYS days (today included)
    before_points: int  # points done in the PACE_DAYS days before those
    ageing_items: int  # in progress for more than AGEING_DAYS days
    overdue_items: int  # open with their own due date passed
    open_items: int

    @property
    def scope_growth(self) -> int:
        return self.scope_last - self.scope_first


def history(session: Session, scope: Scope, key: str, today: dt.date) -> History | None:
    """One visible project's history; ``None`` when it is not visible."""
    project_id = session.scalar(scope.apply(select(Project.id).where(Project.key == key)))
    if project_id is None:
        return None
    snaps = session.execute(
        select(ProjectSnapshot.day, ProjectSnapshot.scope_points, ProjectSnapshot.team_size)
        .where(ProjectSnapshot.project_id == project_id).order_by(ProjectSnapshot.day)).all()
    added = session.scalar(select(func.coalesce(func.sum(ProjectSnapshot.items_added), 0))
                           .where(ProjectSnapshot.project_id == project_id)) or 0
    recent = metrics.last_days(today, PACE_DAYS)  # docs/metrics.md, Periods
    recent_from = _start(recent[0])
    before_from = _start(metrics.days_before(recent)[0])
    ageing_before = _start(today, -AGEING_DAYS)
    now = _start(today, 1)
    points = WorkItem.story_points

    def total_if(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, points), else_=0)), 0)

    def count_if(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    not_done = WorkItem.status != "done"
    recent, before, ageing, overdue, still_open = session.execute(
        select(total_if((WorkItem.done_at >= recent_from) & (WorkItem.done_at < now)),
               total_if((WorkItem.done_at >= before_from) & (WorkItem.done_at < recent_from)),
               count_if((WorkItem.status == "in_progress")
                        & (WorkItem.started_at < ageing_before)),
               count_if(not_done & (WorkItem.due_at < _start(today))),
               count_if(not_done))
        .where(WorkItem.project_id == project_id)).one()
    teams = [int(s.team_size) for s in snaps]
    return History(
        first_day=snaps[0].day if snaps else None, last_day=snaps[-1].day if snaps else None,
        scope_first=int(snaps[0].scope_points) if snaps else 0,
        scope_last=int(snaps[-1].scope_points) if snaps else 0,
        items_added=int(added), team_max=max(teams, default=0),
        team_last=teams[-1] if teams else 0, recent_points=int(recent),
        before_points=int(before), ageing_items=int(ageing), overdue_items=int(overdue),
        open_items=int(still_open))
