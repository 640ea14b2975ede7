"""Project histories read from our tables, in chunks, for ``models.features``.

A fixed number of queries per chunk of projects (projects, snapshots, items, allocations), so
loading 100 or 100,000 projects costs the same per project; team outcomes are one grouped query
per set of portfolios.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import overload

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session, aliased

from data import metrics
from data.schema import (
    Allocation,
    Portfolio,
    Priority,
    Project,
    ProjectSnapshot,
    Status,
    WorkItem,
)
from data.scope import AnySelect, Scope
from models import features as f

CHUNK = 500


@overload
def _day(value: dt.datetime | dt.date) -> dt.date: ...


@overload
def _day(value: None) -> None: ...


@overload
def _day(value: dt.datetime | dt.date | None) -> dt.date | None: ...


def _day(value: dt.datetime | dt.date | None) -> dt.date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, dt.datetime) else value


def iter_histories(session: Session, project_ids: Iterable[int]) -> Iterator[f.History]:
    """Histories of ``project_ids`` in id order, four queries per ``CHUNK`` projects."""
    ids = sorted(set(project_ids))
    for start in range(0, len(ids), CHUNK):
        yield from _load_chunk(session, ids[start:start + CHUNK])


def load_histories(session: Session, project_ids: Iterable[int]) -> dict[int, f.History]:
    return {h.project_id: h for h in iter_histories(session, project_ids)}


def _load_chunk(session: Session, ids: list[int]) -> list[f.History]:
    heads = session.execute(
        select(Project.id, Project.portfolio_id, Priority.rank, Project.start_date,
               Project.due_date, Project.completed_at, Project.created_at, Status.code,
               Status.is_closed)
        .join(Priority, Project.priority_id == Priority.id)
        .join(Status, Project.status_id == Status.id)
        .where(Project.id.in_(ids))
        .order_by(Project.id)
    ).all()
    snaps: dict[int, list[f.Snapshot]] = defaultdict(list)
    for row in session.execute(
        select(ProjectSnapshot).where(ProjectSnapshot.project_id.in_(ids))
        .order_by(ProjectSnapshot.project_id, ProjectSnapshot.day)
    ).scalars():
        snaps[row.project_id].append(f.Snapshot(
            row.day, row.scope_points, row.done_points, row.in_progress_points,
            row.items_added, row.items_removed, row.team_size))
    items: dict[int, list[f.Item]] = defaultdict(list)
    for pid, points, created, started, done in session.execute(
        select(WorkItem.project_id, WorkItem.story_points, WorkItem.created_at,
               WorkItem.started_at, WorkItem.done_at)
        .where(WorkItem.project_id.in_(ids)).order_by(WorkItem.project_id, WorkItem.id)
    ):
        items[pid].append(f.Item(points, _day(created), _day(started), _day(done)))
    allocations: dict[int, list[f.Allocation]] = defaultdict(list)
    for pid, share, start, end in session.execute(
        select(Allocation.project_id, Allocation.share, Allocation.period_start,
               Allocation.period_end).where(Allocation.project_id.in_(ids))
        .order_by(Allocation.project_id, Allocation.id)
    ):
        allocations[pid].append(f.Allocation(share, start, end))
    return [
        f.History(
            project_id=pid, portfolio_id=portfolio, priority_rank=rank,
            start=start or _day(created), due=due, completed_on=_day(completed),
            status=code, closed=closed, snapshots=tuple(snaps[pid]), items=tuple(items[pid]),
            allocations=tuple(allocations[pid]),
        )
        for pid, portfolio, rank, start, due, completed, created, code, closed in heads
    ]


def team_outcomes(
    session: Session, portfolio_ids: Iterable[int] | None = None,
    before: dt.date | None = None,
) -> dict[int, f.Team]:
    """Per portfolio, how its projects with a due date ended (known from the day after due).

    ``portfolio_ids=None`` reads every portfolio in one statement; ``before`` keeps projects
    due before that day (the only ones known by then). Set-based on both engines: each
    project's first snapshot and its last one on or before the due date are found through the
    snapshot table's primary key (a correlated ``min``/``max`` per project, then a key lookup),
    never by grouping the whole snapshot table.
    """
    snap = ProjectSnapshot
    heads = (
        select(Project.id.label("pid"), Project.portfolio_id.label("portfolio"),
               Project.start_date.label("begin"), Project.due_date.label("due"),
               Project.completed_at.label("completed"), Status.code.label("code"))
        .join(Status, Project.status_id == Status.id)
        .where(Project.due_date.is_not(None), Status.code != "cancelled")
    )
    if before is not None:
        heads = heads.where(Project.due_date < before)
    lateral = session.get_bind().dialect.name == "postgresql"

    def statement(batch: list[int] | None) -> AnySelect:
        h = heads if batch is None else heads.where(Project.portfolio_id.in_(batch))
        if lateral:  # one backward/forward primary-key probe per project, nothing grouped
            first = (select(snap.scope_points, snap.done_points)
                     .where(snap.project_id == Project.id).order_by(snap.day).limit(1)
                     .lateral("first_snap"))
            last = (select(snap.done_points)
                    .where(snap.project_id == Project.id, snap.day <= Project.due_date)
                    .order_by(snap.day.desc()).limit(1).lateral("last_snap"))
            return (h.add_columns(first.c.scope_points, first.c.done_points,
                                  last.c.done_points)
                    .outerjoin(first, true()).outerjoin(last, true()))
        first_day = (select(func.min(snap.day)).where(snap.project_id == Project.id)
                     .correlate(Project).scalar_subquery())
        last_day = (select(func.max(snap.day))
                    .where(snap.project_id == Project.id, snap.day <= Project.due_date)
                    .correlate(Project).scalar_subquery())
        sub = h.add_columns(first_day.label("d0"), last_day.label("d1")).subquery()
        first_row, last_row = aliased(snap), aliased(snap)
        return (
            select(sub.c.pid, sub.c.portfolio, sub.c.begin, sub.c.due, sub.c.completed,
                   sub.c.code, first_row.scope_points, first_row.done_points,
                   last_row.done_points)
            .select_from(sub)
            .outerjoin(first_row, and_(first_row.project_id == sub.c.pid,
                                       first_row.day == sub.c.d0))
            .outerjoin(last_row, and_(last_row.project_id == sub.c.pid,
                                      last_row.day == sub.c.d1))
        )

    if portfolio_ids is None:
        batches: list[list[int] | None] = [None]
    else:
        wanted = sorted(set(portfolio_ids))
        batches = [wanted[i:i + CHUNK] for i in range(0, len(wanted), CHUNK)]
    out: dict[int, list[f.TeamOutcome]] = defaultdict(list)
    for batch in batches:
        if batch is not None and not batch:
            continue
        for row in session.execute(statement(batch)):
            pid, portfolio, begin, due, completed, code, scope0, done0, done_due = row
            out[portfolio].append(outcome_of(pid, begin, due, completed, code, scope0, done0,
                                             done_due))
    return {portfolio: f.Team(rows) for portfolio, rows in out.items()}


def outcome_of(pid: int, begin: dt.date | None, due: dt.date,
               completed: dt.datetime | dt.date | None, code: str,
               scope0: int | None, done0: int | None, done_due: int | None) -> f.TeamOutcome:
    """One finished (or overdue) project as its portfolio's history sees it."""
    completed_on = _day(completed) if code == "done" else None
    on_time = completed_on is not None and completed_on <= due
    ratio = pace = None
    if scope0 and done_due is not None:
        ratio = done_due / scope0
        if begin is not None:
            pace = (done_due - (done0 or 0)) / scope0 / max(1, (due - begin).days)
    return f.TeamOutcome(
        pid, due + dt.timedelta(days=1), on_time, ratio, pace,
        None if done_due is None else float(done_due),
        None if begin is None else max(1, (due - begin).days))


EVERYTHING = Scope.everything()


def open_project_ids(session: Session, scope: Scope = EVERYTHING) -> list[int]:
    """Projects still running (not closed), the ones that get a forecast."""
    stmt = select(Project.id).where(metrics.is_open()).order_by(Project.id)
    return list(session.scalars(scope.apply(stmt)))


def portfolio_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Portfolio.id).order_by(Portfolio.id)))


def all_project_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Project.id).order_by(Project.id)))


def settled_outcomes(session: Session, today: dt.date) -> dict[int, tuple[dt.date, bool]]:
    """Project id -> (day the outcome settled, on time?) for every project with a known one."""
    rows = session.execute(
        select(Project.id, Project.due_date, Project.completed_at, Status.code)
        .join(Status, Project.status_id == Status.id)
        .where(Project.due_date.is_not(None))
    )
    out = {}
    for pid, due, completed, code in rows:
        known = f.outcome(f.History(pid, due=due, completed_on=_day(completed), status=code),
                          today)
        if known is not None:
            out[pid] = known
    return out
