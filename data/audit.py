"""The audit log: who signed in (or failed to), imported, exported, downloaded, asked the copilot,
retrained or administered what, when and from where. Admins read it a page at a time, filtered.

An audit write is its own small transaction (``record_now``) so a refused or failed action is
still recorded, and it never bumps the data version: reading the log is not reading the data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from data.pagination import Page, clamp_page, clamp_page_size
from data.schema import AuditEvent, utcnow

ACTIONS = ("sign_in", "sign_out", "import", "export", "download", "copilot_question",
           "retrain", "admin", "denied")
OUTCOMES = ("ok", "failed", "refused")
MAX_DETAIL_TEXT = 500


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    outcome: str
    target: str
    detail: dict[str, Any] | None
    address: str


@dataclass(frozen=True)
class AuditFilters:
    actor: str = ""
    action: str = ""
    outcome: str = ""
    since: dt.date | None = None
    until: dt.date | None = None

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        if self.actor:
            stmt = stmt.where(AuditEvent.actor == self.actor)
        if self.action:
            stmt = stmt.where(AuditEvent.action == self.action)
        if self.outcome:
            stmt = stmt.where(AuditEvent.outcome == self.outcome)
        if self.since:
            stmt = stmt.where(AuditEvent.at >= dt.datetime.combine(self.since, dt.time()))
        if self.until:
            stmt = stmt.where(AuditEvent.at < dt.datetime.combine(
                self.until + dt.timedelta(days=1), dt.time()))
        return stmt


def clean_text(value: str, limit: int) -> str:
    """Text any database stores: NUL dropped, lone surrogates escaped, cut to ``limit``."""
    value = value[:limit].replace("\x00", "")
    return value.encode("utf-8", "backslashreplace").decode("utf-8")[:limit]


def _short(value: Any) -> Any:
    """Detail values kept small: long text is cut, nested values become text."""
    if isinstance(value, str):
        return clean_text(value, MAX_DETAIL_TEXT)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_short(v) for v in list(value)[:50]]
    return clean_text(str(value), MAX_DETAIL_TEXT)


def record(session: Session, action: str, actor: str, *, outcome: str = "ok", target: str = "",
           detail: dict[str, Any] | None = None, address: str = "") -> None:
    """Add an entry in the caller's transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown audit outcome {outcome!r}")
    values = {clean_text(k, 40): _short(v) for k, v in (detail or {}).items()} \
        if detail else None
    session.execute(insert(AuditEvent).values(
        at=utcnow(), actor=clean_text(actor or "anonymous", 80), action=action,
        outcome=outcome, target=clean_text(target or "", 200), detail=values,
        address=clean_text(address or "", 64)))


def record_now(factory: sessionmaker[Session], action: str, actor: str, **kwargs: Any) -> None:
    """Add an entry in a transaction of its own (committed whatever happens next)."""
    with factory.begin() as session:
        record(session, action, actor, **kwargs)


def audit_page(session: Session, filters: AuditFilters = AuditFilters(), page: int = 1,
               page_size: int = 50) -> Page[AuditRow]:
    """Newest first."""
    size = clamp_page_size(page_size)
    total = int(session.scalar(filters.apply(select(func.count(AuditEvent.id)))) or 0)
    number = clamp_page(page, total, size)
    rows = session.scalars(filters.apply(select(AuditEvent))
                           .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
                           .offset((number - 1) * size).limit(size))
    return Page([AuditRow(r.id, r.at, r.actor, r.action, r.outcome, r.target, r.detail,
                          r.address) for r in rows], total, number, size)


def actors(session: Session, limit: int = 200) -> list[str]:
    """Names seen in the log (for the viewer's filter), most recent first."""
    stmt = (select(AuditEvent.actor, func.max(AuditEvent.at).label("last"))
            .group_by(AuditEvent.actor).order_by(func.max(AuditEvent.at).desc()).limit(limit))
    return [row.actor for row in session.execute(stmt)]
