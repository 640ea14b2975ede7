"""People: allocation over time, who is over-allocated, and skills supply against open demand.

Loads only count allocations to projects in the viewer's scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from data.pagination import Page, clamp_page_size
from data.schema import Allocation, Project, Resource, WorkItem
from data.scope import Scope

OVER = 1.0  # a load above 100 % of a person's capacity


@dataclass(frozen=True)
class HeatmapRow:
    name: str
    role: str
    loads: list[float]


@dataclass(frozen=True)
class Heatmap:
    weeks: list[dt.date]
    rows: list[HeatmapRow]
    total: int
    page: int
    page_size: int


@dataclass(frozen=True)
class OverAllocated:
    name: str
    role: str
    load: float
    projects: int


@dataclass(frozen=True)
class SkillCoverage:
    skill: str
    open_items: int
    open_points: int
    people: int
    capacity_hours: float


def _week_grid(today: dt.date, back: int, ahead: int) -> list[dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    return [monday + dt.timedelta(weeks=i) for i in range(-back, ahead + 1)]


def _overlaps(start: dt.date, end: dt.date):
    return and_(Allocation.period_start <= end, Allocation.period_end >= start)


def _page_number(page: int | None, total: int, size: int) -> int:
    return min(max(1, int(page or 1)), max(1, -(-total // size)))


def allocation_heatmap(
    session: Session, scope: Scope, today: dt.date, page: int = 1, page_size: int | None = 30,
    weeks_back: int = 4, weeks_ahead: int = 12,
) -> Heatmap:
    """Weekly load (sum of shares) per person, busiest this week first, one page of people."""
    weeks = _week_grid(today, weeks_back, weeks_ahead)
    size = clamp_page_size(page_size)
    loads = [
        func.coalesce(func.sum(case((_overlaps(w, w + dt.timedelta(days=6)), Allocation.share),
                                    else_=0.0)), 0.0)
        for w in weeks
    ]
    this_week = loads[weeks_back]
    base = scope.apply(
        select(Allocation.resource_id)
        .join(Project, Allocation.project_id == Project.id)
        .where(_overlaps(weeks[0], weeks[-1] + dt.timedelta(days=6)))
    )
    total = session.scalar(select(func.count()).select_from(base.distinct().subquery())) or 0
    page = _page_number(page, total, size)
    stmt = scope.apply(
        select(Resource.name, Resource.role, *loads)
        .join(Allocation, Allocation.resource_id == Resource.id)
        .join(Project, Allocation.project_id == Project.id)
        .where(_overlaps(weeks[0], weeks[-1] + dt.timedelta(days=6)))
        .group_by(Resource.id, Resource.name, Resource.role)
        .order_by(this_week.desc(), Resource.name)
        .limit(size)
        .offset((page - 1) * size)
    )
    rows = [HeatmapRow(r[0], r[1], [round(float(v), 3) for v in r[2:]])
            for r in session.execute(stmt)]
    return Heatmap(weeks, rows, total, page, size)


def overallocated(
    session: Session, scope: Scope, today: dt.date, page: int = 1, page_size: int | None = 20
) -> Page[OverAllocated]:
    """People whose allocations this week add up to more than their capacity."""
    size = clamp_page_size(page_size)
    load = func.sum(Allocation.share)
    grouped = scope.apply(
        select(Resource.name, Resource.role, load.label("load"),
               func.count(func.distinct(Allocation.project_id)))
        .join(Allocation, Allocation.resource_id == Resource.id)
        .join(Project, Allocation.project_id == Project.id)
        .where(_overlaps(today, today))
        .group_by(Resource.id, Resource.name, Resource.role)
        .having(load > OVER)
    )
    total = session.scalar(select(func.count()).select_from(grouped.subquery())) or 0
    page = _page_number(page, total, size)
    rows = session.execute(
        grouped.order_by(load.desc(), Resource.name).limit(size).offset((page - 1) * size))
    return Page([OverAllocated(n, r, round(float(lo), 3), p) for n, r, lo, p in rows],
                total, page, size)


def _skill_values(session: Session):
    """The rows of ``resources.skills`` unnested: one (resource, skill) per row."""
    if session.get_bind().dialect.name == "postgresql":
        values = func.jsonb_array_elements_text(Resource.skills).table_valued("value")
        return values.render_derived(name="skill_values")
    return func.json_each(Resource.skills).table_valued("value").alias("skill_values")


def skills_coverage(session: Session, scope: Scope, limit: int = 25) -> list[SkillCoverage]:
    """Open work per skill it needs against the people who have that skill."""
    demand_stmt = scope.apply(
        select(WorkItem.skill, func.count(WorkItem.id),
               func.coalesce(func.sum(WorkItem.story_points), 0))
        .join(Project, WorkItem.project_id == Project.id)
        .where(WorkItem.status != "done", WorkItem.skill.is_not(None))
        .group_by(WorkItem.skill)
    )
    demand = {s: (int(n), int(p)) for s, n, p in session.execute(demand_stmt)}
    values = _skill_values(session)
    supply_stmt = (
        select(values.c.value, func.count(Resource.id), func.sum(Resource.weekly_capacity))
        .select_from(Resource)
        .join(values, values.c.value.is_not(None))
        .group_by(values.c.value)
    )
    if scope.portfolio_ids is not None:
        visible = scope.apply(
            select(Allocation.resource_id).join(Project, Allocation.project_id == Project.id))
        supply_stmt = supply_stmt.where(Resource.id.in_(visible))
    supply = {s: (int(n), float(c or 0)) for s, n, c in session.execute(supply_stmt)}
    skills = sorted(set(demand) | set(supply),
                    key=lambda s: (-demand.get(s, (0, 0))[1], s))[:limit]
    return [SkillCoverage(s, *demand.get(s, (0, 0)), *supply.get(s, (0, 0.0))) for s in skills]
