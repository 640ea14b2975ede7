"""When a table computed ahead of reads may be read: the one rule for every such summary.

A summary depends on the data and, through words like *late* and *this week*, on the day. Its
row in ``summary_state`` records the day it was computed for and the data version it saw; it is
read only while both are current, and otherwise the caller runs its live query. A write bumps
the data version (``data.version``), so a summary is never read stale.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from data import users, version
from data.schema import DataVersion, SummaryState, utcnow
from data.scope import Scope

SCOPES = 8  # signed-in scopes a per-scope summary keeps besides everything's


def refresh(session: Session, name: str, today: dt.date,
            compute: Callable[[Session, dt.date], None]) -> bool:
    """Run ``compute`` (which rewrites the summary's rows) in the session's transaction unless
    the summary is already current (another process refreshed it first); True when it ran. The
    caller commits. Nothing here bumps the data version: a summary is derived, not data."""
    state = session.get(SummaryState, name, with_for_update=True)  # one refresher at a time
    if state is None:
        state = SummaryState(name=name)
        session.add(state)
        session.flush()
    seen = version.current(session)  # read first: the rows computed next are at least this new
    if state.as_of == today and state.version == seen:
        return False
    compute(session, today)
    state.as_of, state.version, state.refreshed_at = today, seen, utcnow()
    return True


def is_current(session: Session, name: str, today: dt.date) -> bool:
    """The summary was computed for ``today`` and the data has not changed since."""
    return bool(session.scalar(select(exists().where(
        SummaryState.name == name, SummaryState.as_of == today,
        SummaryState.version == func.coalesce(  # no row yet: version 0 (data.version.current)
            select(DataVersion.version).where(DataVersion.id == version.ROW_ID)
            .scalar_subquery(), 0)))))


def forget(session: Session, name: str) -> None:
    """Mark the summary as never computed (its rows are then never read)."""
    state = session.get(SummaryState, name)
    if state is not None:
        state.as_of = state.version = None


# --- summaries kept per scope -------------------------------------------------------------------
# A number that counts only what the viewer may see (a person's load, the people with a skill)
# cannot be added up from per-portfolio rows: such a summary keeps rows per scope, for everything
# and for the scopes signed in now (``data.users.active_scopes``), each with a state of its own.


def scope_key(scope: Scope) -> str:
    """``all``, or a digest of the portfolio ids: the rows and the state of one scope."""
    if scope.portfolio_ids is None:
        return "all"
    return hashlib.blake2b(scope.cache_key().encode(), digest_size=8).hexdigest()


def _scoped(name: str, key: str) -> str:
    return name if key == "all" else f"{name}:{key}"


def refresh_scoped(session: Session, name: str, table: Any, today: dt.date,
                   compute: Callable[..., None]) -> bool:
    """``compute(session, today, scope=, key=)`` for everything and each signed-in scope unless
    current; the rows (``table.scope``) and state of scopes no longer signed in are dropped."""
    scopes = {scope_key(s): s for s in (Scope.everything(), *users.active_scopes(session, SCOPES))
              if s.portfolio_ids is None or s.portfolio_ids}
    ran = False
    for key, scope in scopes.items():
        ran |= refresh(session, _scoped(name, key), today, partial(compute, scope=scope, key=key))
    forget_scoped(session, name, table, keep=list(scopes))
    return ran


def forget_scoped(session: Session, name: str, table: Any, keep: list[str]) -> None:
    """Drop the rows of every scope but ``keep``, and their state, so nothing reads them."""
    session.execute(delete(table).where(table.scope.not_in(keep)))
    kept = [_scoped(name, key) for key in keep]
    dropped = list(session.scalars(select(SummaryState.name).where(
        SummaryState.name.startswith(f"{name}:", autoescape=True) | (SummaryState.name == name),
        SummaryState.name.not_in(kept))))
    for state in dropped:
        forget(session, state)


def current_key(session: Session, name: str, scope: Scope, today: dt.date) -> str | None:
    """The scope's key when its rows are current, else ``None`` (the caller reads live)."""
    key = scope_key(scope)
    return key if is_current(session, _scoped(name, key), today) else None
