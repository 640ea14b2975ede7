"""People: allocation over time, who is over-allocated, and skills supply against open demand.

Loads only count allocations to projects in the viewer's scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from data.pagination import Page, clamp_page, clamp_page_size, page_count
from data.schema import Allocation, Project, Resource, SkillSupply, WorkItem
from data.scope import Scope
from data.sqlfunc import json_array_values

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

    @property
    def pages(self) -> int:
        return page_count(self.total, self.page_size)


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


def _visible(stmt, scope: Scope):
    """Allocations to projects the viewer may see (no join when the scope is everything)."""
    if scope.portfolio_ids is None:
        return stmt
    return scope.apply(stmt.join(Project, Allocation.project_id == Project.id))


def _loads_now(scope: Scope, today: dt.date):
    """Per person: the sum of this week's shares and the number of projects, one row each."""
    load = func.sum(Allocation.share).label("load")
    stmt = (select(Allocation.resource_id, load,
                   func.count(func.distinct(Allocation.project_id)).label("projects"))
            .where(_overlaps(today, today)).group_by(Allocation.resource_id))
    return _visible(stmt, scope), load


def _people_page(session: Session, scope: Scope, today: dt.date, page, size, over_only: bool):
    """A page of people by this week's load, busiest first, with the total in the same scan."""
    grouped, load = _loads_now(scope, today)
    if over_only:
        grouped = grouped.having(load > OVER)
    g = grouped.subquery()
    stmt = (select(Resource.id, Resource.name, Resource.role, g.c.load, g.c.projects,
                   func.count().over().label("total"))
            .join(g, g.c.resource_id == Resource.id)
            .order_by(g.c.load.desc(), Resource.name))
    first = session.execute(stmt.limit(size).offset((max(1, int(page or 1)) - 1) * size)).all()
    if not first and page and int(page) > 1:  # past the end: show the last page instead
        total = session.scalar(select(func.count()).select_from(g)) or 0
        page = clamp_page(page, total, size)
        first = session.execute(stmt.limit(size).offset((page - 1) * size)).all()
    total = first[0].total if first else 0
    return first, total, clamp_page(page, total, size)


def allocation_heatmap(
    session: Session, scope: Scope, today: dt.date, page: int = 1, page_size: int | None = 30,
    weeks_back: int = 4, weeks_ahead: int = 12,
) -> Heatmap:
    """Weekly load (sum of shares) of the people allocated this week, busiest first.

    The page of people comes from one grouped scan; their weeks from an indexed look-up of
    just those people's allocations.
    """
    weeks = _week_grid(today, weeks_back, weeks_ahead)
    size = clamp_page_size(page_size)
    people, total, page = _people_page(session, scope, today, page, size, over_only=False)
    ids = [p.id for p in people]
    loads = [
        func.coalesce(func.sum(case((_overlaps(w, w + dt.timedelta(days=6)), Allocation.share),
                                    else_=0.0)), 0.0)
        for w in weeks
    ]
    stmt = _visible(
        select(Allocation.resource_id, *loads)
        .where(Allocation.resource_id.in_(ids),
               _overlaps(weeks[0], weeks[-1] + dt.timedelta(days=6)))
        .group_by(Allocation.resource_id), scope)
    by_id = {r[0]: [round(float(v), 3) for v in r[1:]] for r in session.execute(stmt)} if ids \
        else {}
    rows = [HeatmapRow(p.name, p.role, by_id.get(p.id, [0.0] * len(weeks))) for p in people]
    return Heatmap(weeks, rows, total, page, size)


def overallocated(
    session: Session, scope: Scope, today: dt.date, page: int = 1, page_size: int | None = 20
) -> Page[OverAllocated]:
    """People whose allocations this week add up to more than their capacity."""
    size = clamp_page_size(page_size)
    people, total, page = _people_page(session, scope, today, page, size, over_only=True)
    return Page([OverAllocated(p.name, p.role, round(float(p.load), 3), p.projects)
                 for p in people], total, page, size)


def skills_coverage(session: Session, scope: Scope, limit: int = 25) -> list[SkillCoverage]:
    """Open work per skill it needs against the people who have that skill."""
    demand_stmt = (
        select(WorkItem.skill, func.count(WorkItem.id),
               func.coalesce(func.sum(WorkItem.story_points), 0))
        .where(WorkItem.status != "done", WorkItem.skill.is_not(None))
        .group_by(WorkItem.skill)
    )
    if scope.portfolio_ids is not None:
        demand_stmt = scope.apply(demand_stmt.join(Project, WorkItem.project_id == Project.id))
    demand = {s: (int(n), int(p)) for s, n, p in session.execute(demand_stmt)}
    if scope.portfolio_ids is None:  # everyone: the precomputed counts
        supply_stmt = select(SkillSupply.skill, SkillSupply.people, SkillSupply.capacity_hours)
    else:  # only people working on visible projects
        values = json_array_values(Resource.skills, session.get_bind().dialect.name,
                                   "skill_values")
        visible = scope.apply(
            select(Allocation.resource_id).join(Project, Allocation.project_id == Project.id))
        supply_stmt = (
            select(values.c.value, func.count(Resource.id), func.sum(Resource.weekly_capacity))
            .select_from(Resource)
            .join(values, values.c.value.is_not(None))
            .where(Resource.id.in_(visible))
            .group_by(values.c.value)
        )
    supply = {s: (int(n), float(c or 0)) for s, n, c in session.execute(supply_stmt)}
    skills = sorted(set(demand) | set(supply),
                    key=lambda s: (-demand.get(s, (0, 0))[1], s))[:limit]
    return [SkillCoverage(s, *demand.get(s, (0, 0)), *supply.get(s, (0, 0.0))) for s in skills]
