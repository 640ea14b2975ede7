"""Open work per skill against the people who have it, as a viewer counts them, computed ahead.

Demand: open work items needing each skill on the projects the viewer may see. Supply: for a
viewer of everything, everyone who has the skill (``skill_supply``); for a viewer of some
portfolios, the people holding an allocation to a visible project. Both read every open item or
every allocation of the scope (110 and 150 ms for a manager of half of 100,000 projects), so
``skill_coverage`` keeps them per scope like people's loads (``data.summary_state``); ``rows``
is ``None`` when the caller must count live, with the same statements (``demand``, ``supply``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, Integer, delete, func, insert, literal, select, union_all
from sqlalchemy.orm import Session

from data import metrics, summary_state
from data.schema import Allocation, Project, Resource, SkillCoverageRow, SkillSupply, WorkItem
from data.scope import AnySelect, Scope
from data.sqlfunc import json_array_values

NAME = "skill_coverage"


def demand(scope: Scope) -> AnySelect:
    """``(skill, open_items, open_points)``: open work items per skill they need, in the
    scope."""
    stmt = (select(WorkItem.skill.label("skill"), func.count(WorkItem.id).label("open_items"),
                   func.coalesce(func.sum(WorkItem.story_points), 0).label("open_points"))
            .where(WorkItem.status != "done", WorkItem.skill.is_not(None))
            .group_by(WorkItem.skill))
    if scope.portfolio_ids is None:
        return stmt
    return scope.apply(stmt.join(Project, WorkItem.project_id == Project.id))


def supply(dialect: str, scope: Scope) -> AnySelect:
    """``(skill, people, capacity)``: everyone with the skill (the kept ``skill_supply``) for a
    viewer of everything; else the people with an allocation to a visible project."""
    if scope.portfolio_ids is None:
        return select(SkillSupply.skill.label("skill"), SkillSupply.people.label("people"),
                      SkillSupply.capacity_hours.label("capacity"))
    values = json_array_values(Resource.skills, dialect, "skill_values")
    visible = metrics.visible_allocations(select(Allocation.resource_id), scope)
    return (select(values.c.value.label("skill"), func.count(Resource.id).label("people"),
                   func.sum(Resource.weekly_capacity).label("capacity"))
            .select_from(Resource)
            .join(values, values.c.value.is_not(None))
            .where(Resource.id.in_(visible))
            .group_by(values.c.value))


def refresh(session: Session, today: dt.date) -> bool:
    """Recount for everything and each signed-in scope unless current."""
    return summary_state.refresh_scoped(session, NAME, SkillCoverageRow, today, _compute)


def _compute(session: Session, today: dt.date, *, scope: Scope, key: str) -> None:
    wanted = demand(scope).subquery()
    have = supply(session.get_bind().dialect.name, scope).subquery()
    both = union_all(
        select(wanted.c.skill, wanted.c.open_items, wanted.c.open_points,
               literal(0, Integer).label("people"), literal(0.0, Float).label("capacity")),
        select(have.c.skill, literal(0, Integer), literal(0, Integer), have.c.people,
               func.coalesce(have.c.capacity, 0.0)),
    ).subquery()
    rows = (select(literal(key), both.c.skill, func.sum(both.c.open_items),
                   func.sum(both.c.open_points), func.sum(both.c.people),
                   func.sum(both.c.capacity))
            .group_by(both.c.skill))
    session.execute(delete(SkillCoverageRow).where(SkillCoverageRow.scope == key))
    session.execute(insert(SkillCoverageRow).from_select(
        ["scope", "skill", "open_items", "open_points", "people", "capacity_hours"], rows))


def rows(session: Session, scope: Scope, today: dt.date,
         limit: int) -> list[tuple[str, int, int, int, float]] | None:
    """The scope's ``(skill, items, points, people, capacity)``, most open points first, or
    ``None`` when they are not kept or not current."""
    key = summary_state.current_key(session, NAME, scope, today)
    if key is None:
        return None
    c = SkillCoverageRow
    found = session.execute(
        select(c.skill, c.open_items, c.open_points, c.people, c.capacity_hours)
        .where(c.scope == key).order_by(c.open_points.desc(), c.skill).limit(limit))
    return [(str(s), int(i), int(p), int(n), float(h)) for s, i, p, n, h in found]


def clear(session: Session) -> None:
    """Forget every scope's rows (the benchmark times the refresh from nothing)."""
    summary_state.forget_scoped(session, NAME, SkillCoverageRow, keep=[])
