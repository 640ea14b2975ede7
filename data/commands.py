"""Write commands: validate first, write in the caller's transaction, record an event."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from data import events
from data.errors import RowError, ValidationFailed
from data.schema import Project, Status, utcnow
from data.scope import Scope


def set_project_status(
    session: Session, scope: Scope, key: str, status_code: str, *, now: dt.datetime | None = None
) -> Project:
    """Move a project to another status; closing it as done stamps ``completed_at``."""
    project = session.scalar(scope.apply(select(Project).where(Project.key == key)))
    status = session.scalar(select(Status).where(Status.code == status_code))
    errors = []
    if project is None:
        errors.append(RowError("projects", None, "key", f"no project {key!r} in your portfolios"))
    if status is None:
        errors.append(RowError("projects", None, "status", f"unknown status {status_code!r}"))
    if errors or project is None or status is None:
        raise ValidationFailed(errors)
    project.status_id = status.id
    if status.code == "done":
        project.completed_at = project.completed_at or (now or utcnow())
    elif not status.is_closed:
        project.completed_at = None
    session.flush()
    events.record(session, "project.updated", [project.id])
    return project
