"""What the live-updates hub reads: which portfolio each project of an event belongs to.

One query per event per process (not per connection), so the hub can drop the ids a viewer may
not see before anything is sent.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from data.schema import Project


def portfolios_of(session: Session, project_ids: Collection[int]) -> dict[int, int]:
    """``{project id: portfolio id}`` for the ids that exist (a deleted project is absent)."""
    if not project_ids:
        return {}
    rows = session.execute(select(Project.id, Project.portfolio_id)
                           .where(Project.id.in_(sorted(set(project_ids))))).all()
    return {int(pid): int(portfolio) for pid, portfolio in rows}
