"""Write events: commands record them on the session; they are published only after commit.

A command calls ``record(session, "project.created", ids)``: the session's commit then bumps the
data version (``data.version``) in the same transaction, and ``install(sessionmaker, publish)``
hooks a session factory so committed events reach ``publish`` (the app's subscribers) while
rolled-back ones vanish: a failed write never announces anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from data import version

_KEY = "pending_events"


@dataclass(frozen=True)
class Event:
    type: str
    ids: tuple[int, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "ids": list(self.ids)}


def record(session: Session, type_: str, ids: Iterable[int] = ()) -> Event:
    ev = Event(type_, tuple(ids))
    session.info.setdefault(_KEY, []).append(ev)
    version.mark_written(session)
    return ev


def install(factory: sessionmaker[Session], publish: Callable[[Event], None]) -> None:
    """Publish a session's recorded events after each successful commit."""

    @event.listens_for(factory, "after_commit")
    def _after_commit(session: Session) -> None:
        for ev in session.info.pop(_KEY, []):
            publish(ev)

    @event.listens_for(factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop(_KEY, None)
