"""The table of generated reports: create a row, move it through queued → running → done or
failed, list what a viewer may open, and find the previous report of the same scope.

A report covers a fixed set of portfolios (``report_portfolios``), recorded when it is asked
for; a viewer may open it only when granted every one of them, so a report never shows a
viewer more than their scope. These writes do not bump the data version: a report row is not
project data, and no cached read depends on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, func, not_, or_, select, true, update
from sqlalchemy.orm import Session

from data.pagination import Page, clamp_page, clamp_page_size
from data.schema import REPORT_KINDS, Report, ReportPortfolio, User, UserPortfolio, utcnow
from data.scope import Scope

MAX_MESSAGE = 500
STALE_AFTER = dt.timedelta(minutes=30)  # an unfinished render this old died with its process


@dataclass(frozen=True)
class ReportRow:
    id: int
    kind: str
    title: str
    scope_label: str
    project_key: str | None
    filters: dict[str, Any]
    created_by: str
    trigger: str
    created_at: dt.datetime
    finished_at: dt.datetime | None
    status: str
    progress: int
    message: str
    size_bytes: int | None
    pages: int | None
    file_name: str | None
    facts: dict[str, Any] | None
    portfolio_ids: tuple[int, ...]


def scope_hash(kind: str, portfolio_ids: Iterable[int], filters: Mapping[str, Any],
               project_key: str | None) -> str:
    """The identity of "the same report": kind, portfolios, filters and project."""
    text = json.dumps([kind, sorted(set(portfolio_ids)), dict(filters), project_key],
                      sort_keys=True, default=str)
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def create(session: Session, *, kind: str, title: str, scope_label: str,
           portfolio_ids: Iterable[int], created_by: str, filters: Mapping[str, Any] | None = None,
           project_key: str | None = None, user_id: int | None = None, trigger: str = "manual",
           schedule_key: str | None = None) -> int:
    """A queued report row covering ``portfolio_ids``; returns its id."""
    if kind not in REPORT_KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    ids = sorted(set(portfolio_ids))
    filters = dict(filters or {})
    report = Report(kind=kind, title=title[:300], scope_label=scope_label[:500],
                    scope_hash=scope_hash(kind, ids, filters, project_key),
                    project_key=project_key, filters=filters, created_by=created_by[:120],
                    user_id=user_id, trigger=trigger[:16], schedule_key=schedule_key,
                    created_at=utcnow(), status="queued", progress=0, message="Queued")
    session.add(report)
    session.flush()
    session.add_all([ReportPortfolio(report_id=report.id, portfolio_id=i) for i in ids])
    session.flush()
    return report.id


def set_progress(session: Session, report_id: int, percent: int, message: str) -> None:
    session.execute(update(Report).where(Report.id == report_id).values(
        status="running", progress=max(0, min(99, int(percent))), message=message[:MAX_MESSAGE]))


def finish(session: Session, report_id: int, *, file_name: str, size_bytes: int, pages: int,
           facts: Mapping[str, Any]) -> None:
    session.execute(update(Report).where(Report.id == report_id).values(
        status="done", progress=100, message="Ready", file_name=file_name,
        size_bytes=size_bytes, pages=pages, facts=dict(facts), finished_at=utcnow()))


def fail(session: Session, report_id: int, message: str) -> None:
    """Failed: the message kept for the person who asked, no file listed."""
    session.execute(update(Report).where(Report.id == report_id).values(
        status="failed", message=message[:MAX_MESSAGE], file_name=None, size_bytes=None,
        finished_at=utcnow()))


def fail_stale(session: Session, now: dt.datetime | None = None) -> int:
    """Mark renders that never finished (their process died) as failed."""
    cutoff = (now or utcnow()) - STALE_AFTER
    result = session.execute(update(Report).where(
        Report.status.in_(("queued", "running")), Report.created_at < cutoff).values(
        status="failed", message="The render stopped (the server restarted); try again.",
        finished_at=utcnow()))
    return int(getattr(result, "rowcount", 0) or 0)


def _visible(scope: Scope) -> ColumnElement[bool]:
    """Reports none of whose portfolios lies outside the scope."""
    if scope.portfolio_ids is None:
        return true()
    outside = select(ReportPortfolio.report_id).where(
        ReportPortfolio.report_id == Report.id,
        not_(scope.allows(ReportPortfolio.portfolio_id)))
    return not_(exists(outside))


def _portfolio_ids(session: Session, ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {i: [] for i in ids}
    if ids:
        rows = session.execute(select(ReportPortfolio.report_id, ReportPortfolio.portfolio_id)
                               .where(ReportPortfolio.report_id.in_(ids))
                               .order_by(ReportPortfolio.portfolio_id))
        for rid, pid in rows:
            found[rid].append(pid)
    return {k: tuple(v) for k, v in found.items()}


def _row(r: Report, portfolio_ids: tuple[int, ...]) -> ReportRow:
    return ReportRow(r.id, r.kind, r.title, r.scope_label, r.project_key, dict(r.filters or {}),
                     r.created_by,
                     r.trigger, r.created_at, r.finished_at, r.status, r.progress, r.message,
                     r.size_bytes, r.pages, r.file_name, r.facts, portfolio_ids)


def get(session: Session, scope: Scope, report_id: int) -> ReportRow | None:
    """One report, or ``None`` when it does not exist or covers a portfolio outside the scope."""
    found = session.scalars(select(Report).where(Report.id == report_id, _visible(scope))).first()
    if found is None:
        return None
    return _row(found, _portfolio_ids(session, [found.id])[found.id])


def reports_page(session: Session, scope: Scope, page: int = 1, page_size: int | None = 25,
                 *, statuses: tuple[str, ...] = ("done",)) -> Page[ReportRow]:
    """Reports the viewer may open, newest first (finished ones unless asked otherwise)."""
    size = clamp_page_size(page_size)
    where = and_(_visible(scope), Report.status.in_(statuses))
    total = int(session.scalar(select(func.count(Report.id)).where(where)) or 0)
    number = clamp_page(page, total, size)
    found = list(session.scalars(select(Report).where(where)
                                 .order_by(Report.created_at.desc(), Report.id.desc())
                                 .offset((number - 1) * size).limit(size)))
    ids = _portfolio_ids(session, [r.id for r in found])
    return Page([_row(r, ids[r.id]) for r in found], total, number, size)


def previous_facts(session: Session, scope_hash_: str, before_id: int) -> tuple[
        dt.datetime, dict[str, Any]] | None:
    """When the last finished report of the same scope was made, and the facts it stored."""
    row = session.execute(
        select(Report.created_at, Report.facts)
        .where(Report.scope_hash == scope_hash_, Report.status == "done", Report.id < before_id,
               Report.facts.is_not(None))
        .order_by(Report.id.desc()).limit(1)).first()
    return (row[0], dict(row[1])) if row else None


def scope_hash_of(session: Session, report_id: int) -> str | None:
    return session.scalar(select(Report.scope_hash).where(Report.id == report_id))


def remove(session: Session, report_id: int) -> None:
    session.execute(delete(Report).where(Report.id == report_id))


@dataclass(frozen=True)
class Recipient:
    username: str
    name: str
    email: str


def recipients(session: Session, portfolio_id: int) -> list[Recipient]:
    """Users granted the portfolio (admins see everything and are not mailed every portfolio),
    with an address: their ``email``, else their username when it is one."""
    stmt = (select(User.username, User.display_name, User.email)
            .join(UserPortfolio, UserPortfolio.user_id == User.id)
            .where(UserPortfolio.portfolio_id == portfolio_id,
                   or_(User.email.is_not(None), User.username.like("%@%")))
            .order_by(User.username))
    return [Recipient(u, d or u, e or u) for u, d, e in session.execute(stmt)]
