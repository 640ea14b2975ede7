"""People: who they are, what they work on, their skills and load, scoped to the viewer.

A viewer limited to some portfolios sees the people allocated to those portfolios' projects (at
any time), and loads count only allocations to visible projects (``data.metrics``). "Works on" a
project means an allocation to it that covers the day asked about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from data import metrics
from data.schema import Allocation, Project, Resource
from data.scope import AnySelect, Scope
from data.sqlfunc import json_array_values


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str
    skills: tuple[str, ...]
    weekly_capacity: float


@dataclass(frozen=True)
class Assignment:
    """A person on a project over a period, with the share of their capacity it takes."""

    person: str
    role: str
    project_key: str
    project_name: str
    share: float
    start: dt.date
    end: dt.date


def _visible_ids(scope: Scope) -> Select[Any] | None:
    """Ids of the people a limited viewer may see; ``None`` when the viewer sees everyone."""
    if scope.portfolio_ids is None:
        return None
    return scope.apply(select(Allocation.resource_id)
                       .join(Project, Allocation.project_id == Project.id)).distinct()


PersonColumns = Select[int, str, str, list[str], float]


def _people_stmt(scope: Scope) -> PersonColumns:
    stmt = select(Resource.id, Resource.name, Resource.role, Resource.skills,
                  Resource.weekly_capacity).order_by(Resource.name)
    visible = _visible_ids(scope)
    return stmt if visible is None else stmt.where(Resource.id.in_(visible))


def _person(row: Any) -> Person:
    rid, name, role, skills, capacity = row
    return Person(int(rid), name, role or "", tuple(skills or ()), float(capacity))


def people(session: Session, scope: Scope, names: Iterable[str] | None = None) -> list[Person]:
    """Visible people by name (all of them, or those named)."""
    stmt = _people_stmt(scope)
    if names is not None:
        stmt = stmt.where(Resource.name.in_(sorted(set(names))))
    return [_person(r) for r in session.execute(stmt)]


def with_skills(session: Session, scope: Scope, skills: Sequence[str]) -> list[Person]:
    """Visible people who have every one of ``skills`` (case-insensitive)."""
    wanted = sorted({s.strip().lower() for s in skills if s.strip()})
    if not wanted:
        return []
    values = json_array_values(Resource.skills, session.get_bind().dialect.name, "skill_values")
    having = (select(Resource.id).select_from(Resource)
              .join(values, values.c.value.is_not(None))
              .where(func.lower(values.c.value).in_(wanted))
              .group_by(Resource.id)
              .having(func.count(func.distinct(func.lower(values.c.value))) == len(wanted)))
    stmt = _people_stmt(scope).where(Resource.id.in_(having))
    return [_person(r) for r in session.execute(stmt)]


def _assignments(scope: Scope, first: dt.date, last: dt.date) -> AnySelect:
    return scope.apply(
        select(Resource.name, Resource.role, Project.key, Project.name, Allocation.share,
               Allocation.period_start, Allocation.period_end)
        .join(Allocation, Allocation.resource_id == Resource.id)
        .join(Project, Allocation.project_id == Project.id)
        .where(and_(Allocation.period_start <= last, Allocation.period_end >= first)))


def project_team(session: Session, scope: Scope, key: str, day: dt.date) -> list[Assignment]:
    """Who is allocated to a visible project on ``day``, biggest share first."""
    stmt = _assignments(scope, day, day).where(Project.key == key)
    rows = [Assignment(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda a: (-a.share, a.person))


def person_assignments(session: Session, scope: Scope, name: str, first: dt.date,
                       last: dt.date) -> list[Assignment]:
    """A person's allocations to visible projects that overlap ``first``..``last``."""
    stmt = _assignments(scope, first, last).where(Resource.name == name)
    rows = [Assignment(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda a: (-a.share, a.project_key))


def loads(session: Session, scope: Scope, first: dt.date, last: dt.date,
          names: Sequence[str] | None = None) -> dict[str, float]:
    """Each visible person's load (``data.metrics``: highest daily share) in the period, by
    name; people without an allocation in it are left out (their load is 0)."""
    ids: list[int] | None = None
    if names is not None:
        ids = [p.id for p in people(session, scope, names)]
        if not ids:
            return {}
    found = metrics.load_in(session, scope, first, last, ids)
    if not found:
        return {}
    named = {rid: name for rid, name in session.execute(
        select(Resource.id, Resource.name).where(Resource.id.in_(sorted(found))))}
    return {named[rid]: round(load, 6) for rid, load in found.items()}


def free(session: Session, scope: Scope, first: dt.date, last: dt.date) -> list[Person]:
    """Visible people with no allocation (to a visible project) on any day of the period."""
    busy = _visible_allocations(scope).where(
        Allocation.period_start <= last, Allocation.period_end >= first)
    stmt = _people_stmt(scope).where(Resource.id.not_in(busy))
    return [_person(r) for r in session.execute(stmt)]


def _visible_allocations(scope: Scope) -> Select[Any]:
    stmt = select(Allocation.resource_id)
    if scope.portfolio_ids is None:
        return stmt
    return scope.apply(stmt.join(Project, Allocation.project_id == Project.id))
