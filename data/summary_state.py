"""When a table computed ahead of reads may be read: the one rule for every such summary.

A summary depends on the data and, through words like *late* and *this week*, on the day. Its
row in ``summary_state`` records the day it was computed for and the data version it saw; it is
read only while both are current, and otherwise the caller runs its live query. A write bumps
the data version (``data.version``), so a summary is never read stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from data import version
from data.schema import DataVersion, SummaryState, utcnow


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
