"""People: allocation over time, who is over-allocated, and skills supply against open demand.

Loads only count allocations to projects in the viewer's scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from data import metrics, people_loads, skill_coverage
from data.filters import ProjectFilters
from data.pagination import Page, clamp_page, clamp_page_size
from data.queries import narrow
from data.schema import Allocation, Project, Resource
from data.scope import Scope
from data.sqlfunc import json_array_values


@dataclass(frozen=True)
class PeopleFilters:
    """Which people a resources view shows: allocated to these portfolios' projects (in the
    weeks shown), with one of these roles, having one of these skills. Empty means any."""

    portfolio: tuple[int, ...] = ()
    role: tuple[str, ...] = ()
    skill: tuple[str, ...] = ()

    def as_key(self) -> dict[str, list[Any]]:
        return {"portfolio": list(self.portfolio), "role": list(self.role),
                "skill": list(self.skill)}


NO_PEOPLE_FILTERS = PeopleFilters()


@dataclass(frozen=True)
class HeatmapRow:
    name: str
    role: str
    loads: list[float]
    resource_id: int = 0


@dataclass(frozen=True)
class Heatmap(Page[HeatmapRow]):
    """A page of people, each with one load per week of ``weeks``."""

    weeks: list[dt.date] = field(default_factory=list)


@dataclass(frozen=True)
class OverAllocated:
    name: str
    role: str
    load: float
    projects: int


@dataclass(frozen=True)
class PeakLoad:
    name: str
    load: float  # highest daily load in the window (``data.metrics.peak_loads``)
    over: bool  # over-allocated (``data.metrics.is_over_allocated``)


@dataclass(frozen=True)
class BusiestPeople:
    """The busiest of the people allocated to the projects in view between ``start`` and
    ``end`` (both included), and how many such people there are and how many are over 100 %."""

    start: dt.date
    end: dt.date
    people: list[PeakLoad]
    total: int
    over: int


@dataclass(frozen=True)
class SkillCoverage:
    skill: str
    open_items: int
    open_points: int
    people: int
    capacity_hours: float

    @property
    def points_per_person(self) -> float:
        """Open work per person: the open story points needing the skill over the people who
        have it (at least one), as the Resources page and the copilot rank skills by it."""
        return self.open_points / max(self.people, 1)


def _week_grid(today: dt.date, back: int, ahead: int) -> list[dt.date]:
    monday = metrics.this_week(today)[0]
    return [monday + dt.timedelta(weeks=i) for i in range(-back, ahead + 1)]


def _with_skill(session: Session, skills: tuple[str, ...]) -> Select[Any]:
    """Ids of the people who list one of ``skills``."""
    values = json_array_values(Resource.skills, session.get_bind().dialect.name, "skill_filter")
    return (select(Resource.id).select_from(Resource).join(values, values.c.value.is_not(None))
            .where(values.c.value.in_(sorted(skills))))


def narrow_people(stmt: Select[Any], session: Session, scope: Scope, filters: PeopleFilters,
                  first: dt.date, last: dt.date) -> Select[Any]:
    """People filters on a select that has ``Resource`` in it."""
    if filters.role:
        stmt = stmt.where(Resource.role.in_(sorted(filters.role)))
    if filters.skill:
        stmt = stmt.where(Resource.id.in_(_with_skill(session, filters.skill)))
    if filters.portfolio:
        allocated = scope.apply(
            select(Allocation.resource_id).join(Project, Allocation.project_id == Project.id)
            .where(Project.portfolio_id.in_(sorted(filters.portfolio)),
                   Allocation.period_start <= last, Allocation.period_end >= first))
        stmt = stmt.where(Resource.id.in_(allocated))
    return stmt


def roles(session: Session, scope: Scope) -> list[str]:
    """Roles of people allocated to projects the viewer may see (for the role filter): each
    role is kept when someone who has it holds a visible allocation, a lookup that stops at the
    first one (joining every allocation to its person first took twice as long at 400,000)."""
    names = select(Resource.role).where(Resource.role != "").distinct().subquery("roles")
    holder = aliased(Resource)
    held = metrics.visible_allocations(
        select(Allocation.id).join(holder, holder.id == Allocation.resource_id)
        .where(holder.role == names.c.role), scope)
    stmt = select(names.c.role).where(held.exists()).order_by(names.c.role).limit(200)
    return list(session.scalars(stmt))


def skill_names(session: Session, scope: Scope, today: dt.date | None = None) -> list[str]:
    """Skills people have or open work needs (for the skill filter), bounded."""
    return [row.skill for row in skills_coverage(session, scope, limit=200, today=today)]


def _people_page(session: Session, scope: Scope, today: dt.date, page: int, size: int,
                 over_only: bool, filters: PeopleFilters = NO_PEOPLE_FILTERS,
                 window: tuple[dt.date, dt.date] | None = None) -> tuple[list[Any], int, int]:
    """A page of people by this week's load (``data.metrics``), busiest first, with the total
    (in the same scan, or from the kept loads alone when nothing narrows them)."""
    first, last = metrics.this_week(today)
    pre = people_loads.loads_for(session, scope, today, people_loads.WEEK)
    if pre is not None:  # computed ahead for this scope: load and projects
        loads = projects = pre
    else:
        loads = metrics.peak_loads(scope, [(first, last)]).subquery()
        projects = metrics.projects_per_person(scope, first, last).subquery()
    if pre is not None and filters == NO_PEOPLE_FILTERS:
        # The kept loads alone give the total (one row per person): counted apart, the page
        # reads the busiest people along the loads' index and stops at the page (a count over
        # the join made it join all 49,000 people: 193 -> 25 ms at 100,000 projects).
        counted = select(func.count()).select_from(pre).correlate(None)
        if over_only:
            counted = counted.where(metrics.over_allocated_load(pre.c.load))
        total: Any = counted.scalar_subquery()
    else:
        total = func.count().over()
    # The portfolio filter of the heatmap keeps whoever is allocated to the portfolio's projects
    # in any week on screen (docs/metrics.md, Team): people with nothing this week are kept
    # too, with a load of 0 this week, so their other weeks show. Every other view lists the
    # people allocated this week.
    wide = bool(filters.portfolio) and window is not None and not over_only
    load = func.coalesce(loads.c.load, 0) if wide else loads.c.load
    stmt = (select(Resource.id, Resource.name, Resource.role, load.label("load"),
                   (func.coalesce(projects.c.projects, 0) if wide else projects.c.projects)
                   .label("projects"), total.label("total"))
            .join(loads, loads.c.resource_id == Resource.id, isouter=wide)
            .order_by(load.desc(), Resource.name))
    if projects is not loads:
        stmt = stmt.join(projects, projects.c.resource_id == Resource.id, isouter=wide)
    if over_only:
        stmt = stmt.where(metrics.over_allocated_load(loads.c.load))
    stmt = narrow_people(stmt, session, scope, filters, *(window or (first, last)))
    rows = session.execute(stmt.limit(size).offset((page - 1) * size)).all()
    if not rows and page > 1:  # past the end: show the last page instead
        total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        page = clamp_page(page, total, size)
        rows = session.execute(stmt.limit(size).offset((page - 1) * size)).all()
    total = int(rows[0].total) if rows else 0
    return list(rows), total, clamp_page(page, total, size)


def allocation_heatmap(
    session: Session, scope: Scope, today: dt.date, page: int = 1, page_size: int | None = 30,
    weeks_back: int = 4, weeks_ahead: int = 12, filters: PeopleFilters = NO_PEOPLE_FILTERS,
) -> Heatmap:
    """Weekly load (``data.metrics``: highest daily load in the week) of the people allocated
    this week, busiest first (with a portfolio filter: of the people allocated to its projects
    in any of the weeks, those with nothing this week after the others); the page of people from
    one grouped scan, their weeks from the same load rule over just those people's
    allocations."""
    weeks = _week_grid(today, weeks_back, weeks_ahead)
    size = clamp_page_size(page_size)
    people, total, page = _people_page(session, scope, today, page, size, over_only=False,
                                       filters=filters,
                                       window=(weeks[0], weeks[-1] + dt.timedelta(days=6)))
    ids = [p.id for p in people]
    by_id: dict[int, list[float]] = {i: [0.0] * len(weeks) for i in ids}
    if ids:
        periods = [(w, w + dt.timedelta(days=6)) for w in weeks]
        for index, rid, load in session.execute(metrics.peak_loads(scope, periods, ids)):
            by_id[rid][index] = round(float(load), 3)
    rows = [HeatmapRow(p.name, p.role, by_id[p.id], p.id) for p in people]
    return Heatmap(rows, total, page, size, weeks)


def busiest_in_view(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters,
    start: dt.date, end: dt.date, *, limit: int, over_only: bool = False,
    kept: str | None = None,
) -> BusiestPeople:
    """People holding an allocation to a project in view (the viewer's scope and the view's
    filters) between ``start`` and ``end``, by their load there (``data.metrics``: highest daily
    load, counting all their allocations the viewer may see), busiest first, ties by name; with
    how many there are and how many are over-allocated, in one statement. ``kept``: the period
    of ``data.people_loads`` that is this window, read when it is current."""
    # unfiltered, the people are exactly those peak_loads finds in the window: no list needed
    people = None if filters.is_empty() else narrow(
        select(Allocation.resource_id).join(Project, Allocation.project_id == Project.id)
        .where(Allocation.period_start <= end, Allocation.period_end >= start),
        scope, filters, today)
    loads = people_loads.loads_for(session, scope, today, kept) if kept else None
    if loads is None:
        loads = metrics.peak_loads(scope, [(start, end)], people).subquery()
    elif people is not None:  # a person's load counts all their allocations: only who is listed
        loads = select(loads).where(loads.c.resource_id.in_(people)).subquery()
    over = metrics.over_allocated_load(loads.c.load)
    stmt = (select(Resource.name, loads.c.load, func.count().over().label("total"),
                   func.sum(case((over, 1), else_=0)).over().label("over"))
            .join(loads, loads.c.resource_id == Resource.id)
            .order_by(loads.c.load.desc(), Resource.name).limit(limit))
    if over_only:
        stmt = stmt.where(over)
    rows = session.execute(stmt).all()
    return BusiestPeople(
        start, end,
        [PeakLoad(name, float(load), metrics.is_over_allocated(float(load)))
         for name, load, _total, _over in rows],
        int(rows[0].total) if rows else 0, int(rows[0].over) if rows else 0)


def overallocated(
    session: Session, scope: Scope, today: dt.date, page: int = 1, page_size: int | None = 20,
    filters: PeopleFilters = NO_PEOPLE_FILTERS,
) -> Page[OverAllocated]:
    """People over-allocated this week (``data.metrics``), highest load first."""
    size = clamp_page_size(page_size)
    people, total, page = _people_page(session, scope, today, page, size, over_only=True,
                                       filters=filters)
    return Page([OverAllocated(p.name, p.role, round(float(p.load), 3), p.projects)
                 for p in people], total, page, size)


ALL_SKILLS = 1000  # "every skill": a vocabulary, not a table that grows with the projects


def skills_coverage(session: Session, scope: Scope, limit: int = 25,
                    today: dt.date | None = None) -> list[SkillCoverage]:
    """Open work per skill it needs against the people who have that skill, most open points
    first: kept per scope when ``today``'s counts are current (``data.skill_coverage``), else
    counted now by the same statements."""
    if today is not None:
        kept = skill_coverage.rows(session, scope, today, limit)
        if kept is not None:
            return [SkillCoverage(*row) for row in kept]
    demand = {str(s): (int(n), int(p))
              for s, n, p in session.execute(skill_coverage.demand(scope))}
    supply = {str(s): (int(n), float(c or 0)) for s, n, c in session.execute(
        skill_coverage.supply(session.get_bind().dialect.name, scope))}
    skills = sorted(set(demand) | set(supply),
                    key=lambda s: (-demand.get(s, (0, 0))[1], s))[:limit]
    return [SkillCoverage(s, *demand.get(s, (0, 0)), *supply.get(s, (0, 0.0))) for s in skills]
