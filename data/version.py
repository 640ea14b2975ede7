"""The data version: one counter stored with the data, bumped inside every writer's transaction.

Caches key their entries on it, so a write from any process (a CLI import, a job, another web
worker) is visible on the next read of every running app, with no message between processes.
``events.record`` marks a session as writing; the bump is added to its commit here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, event, insert, select, update
from sqlalchemy.orm import Session

from data.schema import DataVersion, utcnow

ROW_ID = 1
_KEY = "bump_data_version"


def current(conn: Connection | Session) -> int:
    """The version now (0 before the first write of a fresh database)."""
    return int(conn.scalar(select(DataVersion.version).where(DataVersion.id == ROW_ID)) or 0)


def changed_at(conn: Connection | Session) -> dt.datetime | None:
    return conn.scalar(select(DataVersion.changed_at).where(DataVersion.id == ROW_ID))


def bump(conn: Connection | Session) -> None:
    """Increment the version in the caller's transaction (rolled back with it)."""
    now = utcnow()
    done = conn.execute(update(DataVersion).where(DataVersion.id == ROW_ID)
                        .values(version=DataVersion.version + 1, changed_at=now))
    if not getattr(done, "rowcount", 0):  # the row was removed (a wiped database): start it again
        conn.execute(insert(DataVersion).values(id=ROW_ID, version=1, changed_at=now))


def mark_written(session: Session) -> None:
    """Ask for a bump when this session commits (``events.record`` calls it)."""
    session.info[_KEY] = True


@event.listens_for(Session, "before_commit")
def _bump_before_commit(session: Session) -> None:
    if session.info.pop(_KEY, False):
        bump(session)


@event.listens_for(Session, "after_rollback")
def _forget_on_rollback(session: Session) -> None:
    session.info.pop(_KEY, None)
