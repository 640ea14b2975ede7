"""Keep ``project_rollups`` in step with work items: one INSERT ... SELECT per refresh.

Writers call ``refresh_rollups`` inside their transaction for the projects they touched (or for
all after a bulk load), so readers never aggregate the work-item table on a request.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import case, delete, func, insert, literal, select

from data.schema import Project, ProjectRollup, WorkItem

CHUNK = 1000


def _rollup_select(project_ids: list[int] | None):
    points = func.coalesce(func.sum(WorkItem.story_points), 0)
    done = func.coalesce(
        func.sum(case((WorkItem.status == "done", WorkItem.story_points), else_=0)), 0)
    in_progress = func.coalesce(
        func.sum(case((WorkItem.status == "in_progress", WorkItem.story_points), else_=0)), 0)
    open_items = func.coalesce(func.sum(case((WorkItem.status != "done", 1), else_=0)), 0)
    progress = case((points > 0, literal(1.0) * done / points), else_=literal(0.0))
    stmt = (
        select(Project.id, points, done, in_progress, open_items, progress,
               func.max(WorkItem.done_at))
        .select_from(Project)
        .outerjoin(WorkItem, WorkItem.project_id == Project.id)
        .group_by(Project.id)
    )
    if project_ids is not None:
        stmt = stmt.where(Project.id.in_(project_ids))
    return stmt


COLUMNS = ["project_id", "scope_points", "done_points", "in_progress_points", "open_items",
           "progress", "last_done_at"]


def refresh_rollups(conn, project_ids: Iterable[int] | None = None) -> None:
    """Recompute the rollups of ``project_ids`` (every project when ``None``)."""
    table = ProjectRollup.__table__
    if project_ids is None:
        conn.execute(delete(table))
        conn.execute(insert(table).from_select(COLUMNS, _rollup_select(None)))
        return
    ids = sorted(set(project_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        conn.execute(delete(table).where(table.c.project_id.in_(chunk)))
        conn.execute(insert(table).from_select(COLUMNS, _rollup_select(chunk)))
