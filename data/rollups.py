"""Keep the derived tables in step with work items: ``project_rollups`` (per-project totals),
``project_weeks`` (per-project weekly activity) and ``portfolio_weeks`` (its sum per
portfolio), each one INSERT ... SELECT per refresh.

Writers call ``refresh_rollups`` inside their transaction for the projects they touched (or for
all after a bulk load), so readers never aggregate the work-item table on a request.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, case, delete, func, insert, literal, select, union_all
from sqlalchemy.orm import Session

from data.schema import (
    PortfolioWeek,
    Project,
    ProjectRollup,
    ProjectWeek,
    Resource,
    SkillSupply,
    WorkItem,
    table_of,
)
from data.sqlfunc import json_array_values, week_start

CHUNK = 1000


def _rollup_select(project_ids: list[int] | None) -> Select[Any]:
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
WEEK_COLUMNS = ["project_id", "week", "items_done", "points_done", "points_added"]


def _weeks_select(project_ids: list[int] | None) -> Select[Any]:
    """Items and points done, and points added, per project and Monday."""
    zero = literal(0)
    done_week = week_start(WorkItem.done_at).label("week")
    added_week = week_start(WorkItem.created_at).label("week")
    done = (select(WorkItem.project_id, done_week, func.count(WorkItem.id).label("items_done"),
                   func.sum(WorkItem.story_points).label("points_done"),
                   zero.label("points_added"))
            .where(WorkItem.done_at.is_not(None)).group_by(WorkItem.project_id, done_week))
    added = (select(WorkItem.project_id, added_week, zero.label("items_done"),
                    zero.label("points_done"),
                    func.sum(WorkItem.story_points).label("points_added"))
             .group_by(WorkItem.project_id, added_week))
    if project_ids is not None:
        done = done.where(WorkItem.project_id.in_(project_ids))
        added = added.where(WorkItem.project_id.in_(project_ids))
    both = union_all(done, added).subquery()
    return (select(both.c.project_id, both.c.week, func.sum(both.c.items_done),
                   func.sum(both.c.points_done), func.sum(both.c.points_added))
            .group_by(both.c.project_id, both.c.week))


def refresh_rollups(conn: Connection | Session, project_ids: Iterable[int] | None = None) -> None:
    """Recompute the rollups of ``project_ids`` (every project when ``None``)."""
    targets = [(table_of(ProjectRollup), COLUMNS, _rollup_select),
               (table_of(ProjectWeek), WEEK_COLUMNS, _weeks_select)]
    if project_ids is None:
        for table, columns, select_for in targets:
            conn.execute(delete(table))
            conn.execute(insert(table).from_select(columns, select_for(None)))
        refresh_portfolio_weeks(conn)
        return
    ids = sorted(set(project_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for table, columns, select_for in targets:
            conn.execute(delete(table).where(table.c.project_id.in_(chunk)))
            conn.execute(insert(table).from_select(columns, select_for(chunk)))
        refresh_portfolio_weeks(conn, select(Project.portfolio_id).where(Project.id.in_(chunk)))


def refresh_portfolio_weeks(conn: Connection | Session,
                            portfolio_ids: Iterable[int] | Select[Any] | None = None) -> None:
    """Re-sum ``project_weeks`` per portfolio (all when ``None``; ids, or a select of them).
    A write that moves a project to another portfolio must refresh both portfolios."""
    table = table_of(PortfolioWeek)
    sums = (
        select(Project.portfolio_id, ProjectWeek.week, func.sum(ProjectWeek.items_done),
               func.sum(ProjectWeek.points_done), func.sum(ProjectWeek.points_added))
        .join(Project, ProjectWeek.project_id == Project.id)
        .group_by(Project.portfolio_id, ProjectWeek.week)
    )
    delete_stmt = delete(table)
    if portfolio_ids is not None:
        wanted = portfolio_ids if isinstance(portfolio_ids, Select) else sorted(set(portfolio_ids))
        sums = sums.where(Project.portfolio_id.in_(wanted))
        delete_stmt = delete_stmt.where(table.c.portfolio_id.in_(wanted))
    conn.execute(delete_stmt)
    conn.execute(insert(table).from_select(
        ["portfolio_id", "week", "items_done", "points_done", "points_added"], sums))


def refresh_skill_supply(conn: Connection) -> None:
    """Recount people and weekly hours per skill (after any write to resources)."""
    values = json_array_values(Resource.skills, conn.dialect.name, "skill_values")
    supply = (
        select(values.c.value, func.count(Resource.id), func.sum(Resource.weekly_capacity))
        .select_from(Resource)
        .join(values, values.c.value.is_not(None))
        .group_by(values.c.value)
    )
    table = table_of(SkillSupply)
    conn.execute(delete(table))
    conn.execute(insert(table).from_select(["skill", "people", "capacity_hours"], supply))


def ensure_derived(conn: Connection) -> list[str]:
    """Rebuild derived tables that do not match their sources (data from before they existed,
    or written by hand); returns what was rebuilt."""
    rebuilt = []
    projects = conn.scalar(select(func.count(Project.id)))
    weeks = conn.scalar(select(func.count()).select_from(ProjectWeek))
    if projects != conn.scalar(select(func.count(ProjectRollup.project_id))) or (
            weeks and not conn.scalar(select(func.count()).select_from(PortfolioWeek))):
        refresh_rollups(conn)
        rebuilt.append(f"rollups for {projects} projects")
    if conn.scalar(select(func.count(Resource.id))) and not conn.scalar(
            select(func.count(SkillSupply.skill))):
        refresh_skill_supply(conn)
        rebuilt.append("skill supply")
    return rebuilt
