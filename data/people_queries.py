"""People: who they are, what they work on, their skills and load, scoped to the viewer.

A viewer limited to some portfolios sees the people who work on those portfolios' projects (an
allocation or an assigned work item, at any time); anyone else reads as not found. Loads count
only allocations to visible projects (``data.metrics``: the highest daily share in a period).
"Works on" a project means an allocation to it that covers the day asked about.
"""


from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from data import metrics
from data.schema import Allocation, Portfolio, Project, Resource, Status, WorkItem
from data.scope import AnySelect, Scope
from data.sqlfunc import json_array_values

MAX_NAME = 120
PROJECT_LIMIT = 50


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


@dataclass(frozen=True)
class PersonProject:
    key: str
    name: str
    portfolio: str
    status: str
    health: str
    share: float
    period_start: dt.date
    period_end: dt.date
    open_items: int  # assigned to this person, not done


@dataclass(frozen=True)
class PersonLoad:
    weeks: list[dt.date] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)


def _visible_person(scope: Scope) -> Any:
    """A condition on ``Resource``: the person works on a project in scope (an allocation or an
    assigned work item); ``None`` when the viewer sees everyone."""
    if scope.portfolio_ids is None:
        return None
    allocated = scope.apply(select(Allocation.id)
                            .join(Project, Allocation.project_id == Project.id)
                            .where(Allocation.resource_id == Resource.id))
    assigned = scope.apply(select(WorkItem.id).join(Project, WorkItem.project_id == Project.id)
                           .where(WorkItem.assignee_id == Resource.id))
    return or_(exists(allocated), exists(assigned))


PersonColumns = Select[int, str, str, list[str], float]
# Past this many ids, reading every (id, name) pair is cheaper than sending the ids: at 80,000
# people, 40,000 bound ids took 0.8 s to render and send, the whole table 0.06 s.
NAMES_BY_ID_LIMIT = 1000


def _people_stmt(scope: Scope) -> PersonColumns:
    stmt = select(Resource.id, Resource.name, Resource.role, Resource.skills,
                  Resource.weekly_capacity).order_by(Resource.name)
    visible = _visible_person(scope)
    return stmt if visible is None else stmt.where(visible)


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


def project_people(session: Session, scope: Scope, key: str) -> list[str]:
    """Everyone who is, was or will be allocated to a visible project, and its owner: the
    people a first name asked on its page most likely means."""
    allocated = scope.apply(select(Resource.name).join(
        Allocation, Allocation.resource_id == Resource.id).join(
        Project, Allocation.project_id == Project.id).where(Project.key == key))
    owner = scope.apply(select(Project.owner).where(Project.key == key))
    return sorted({n for n, in session.execute(allocated.union(owner)) if n})


def project_booked(session: Session, scope: Scope, key: str, day: dt.date) -> list[Assignment]:
    """Who is booked on a visible project after ``day`` (allocations starting later), soonest
    first: the team a project not started yet will have."""
    stmt = _assignments(scope, day, dt.date.max).where(Project.key == key,
                                                         Allocation.period_start > day)
    rows = [Assignment(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda a: (a.start, -a.share, a.person))


def project_past(session: Session, scope: Scope, key: str, day: dt.date) -> list[Assignment]:
    """Who was on a visible project before ``day`` (allocations that ended before it), the
    latest to leave first: the team of a project that has finished or paused."""
    stmt = _assignments(scope, dt.date.min, day).where(Project.key == key,
                                                       Allocation.period_end < day)
    rows = [Assignment(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda a: (-a.end.toordinal(), a.person))


def on_closed_projects(session: Session, scope: Scope, day: dt.date) -> list[Assignment]:
    """Allocations not ended by ``day`` to visible projects that are done or cancelled: people
    still booked on work that has stopped (a plan to clean up), soonest end first."""
    stmt = _assignments(scope, day, dt.date.max).join(Status, Project.status_id == Status.id) \
        .where(Status.code.in_(("done", "cancelled")))
    rows = [Assignment(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda a: (a.end, a.person, a.project_key))


def allocations_changing(session: Session, scope: Scope, first: dt.date, last: dt.date,
                         ending: bool = False) -> list[Assignment]:
    """Allocations to visible projects starting (``ending``: ending) from ``first`` to
    ``last``: who joins a project, or rolls off one, in a period; soonest first."""
    edge = Allocation.period_end if ending else Allocation.period_start
    stmt = _assignments(scope, first, last).where(edge >= first, edge <= last)
    rows = [Assignment(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda a: (a.end if ending else a.start, a.person, a.project_key))


def portfolio_team(session: Session, scope: Scope, portfolio: str,
                   day: dt.date, last: dt.date | None = None) -> list[Assignment]:
    """Who is allocated on ``day`` to the visible projects of a portfolio (its team, as the
    copilot says "the support team"), one row per allocation, biggest share first; with
    ``last``, on any day from ``day`` to ``last`` (whose load in a period counts there: "who is
    over-allocated in Growth next month" includes someone joining it then)."""
    stmt = _assignments(scope, day, last or day).join(
        Portfolio, Project.portfolio_id == Portfolio.id).where(
        func.lower(Portfolio.name) == portfolio.lower())
    rows = [Assignment(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda a: (-a.share, a.person, a.project_key))


def _portfolio_people(scope: Scope, first: dt.date, last: dt.date, *columns: Any) -> AnySelect:
    """``columns`` over each visible portfolio's people from ``first`` to ``last``: those with an
    allocation to one of its projects on a day of the period (docs/metrics.md, Team)."""
    return scope.apply(
        select(*columns)
        .join(Allocation, Allocation.resource_id == Resource.id)
        .join(Project, Allocation.project_id == Project.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .where(Allocation.period_start <= last, Allocation.period_end >= first))


def portfolio_teams(session: Session, scope: Scope, first: dt.date,
                    last: dt.date) -> dict[str, set[str]]:
    """Every visible portfolio's people from ``first`` to ``last`` (``portfolio_team`` of each,
    in one query): those allocated to its projects on any day of the period."""
    stmt = _portfolio_people(scope, first, last, Portfolio.name, Resource.name).distinct()
    teams: dict[str, set[str]] = {}
    for portfolio, person in session.execute(stmt):
        teams.setdefault(portfolio, set()).add(person)
    return teams


def on_a_project(session: Session, scope: Scope, day: dt.date) -> set[str]:
    """The people allocated on ``day`` to a visible project: every portfolio's team together
    (``docs/metrics.md``, Team), so the headcount of people at work on something."""
    stmt = select(Resource.name).join(Allocation, Allocation.resource_id == Resource.id).join(
        Project, Allocation.project_id == Project.id).where(
        Allocation.period_start <= day, Allocation.period_end >= day).distinct()
    return set(session.scalars(scope.apply(stmt)))


def headcount_by_portfolio(session: Session, scope: Scope, day: dt.date) -> dict[str, int]:
    """How many people each portfolio's team has on ``day`` (``portfolio_team``: allocated to
    one of its visible projects); someone on two portfolios counts in both. Portfolios with
    nobody are left out."""
    stmt = _portfolio_people(scope, day, day, Portfolio.name,
                             func.count(Resource.id.distinct())).group_by(Portfolio.name)
    return {name: int(n) for name, n in session.execute(stmt)}


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
    stmt = select(Resource.id, Resource.name)
    if len(found) <= NAMES_BY_ID_LIMIT:
        stmt = stmt.where(Resource.id.in_(sorted(found)))
    named = {rid: name for rid, name in session.execute(stmt)}
    return {named[rid]: round(load, 6) for rid, load in found.items()}


def counts_per_person(session: Session, scope: Scope, today: dt.date, what: str,
                      period: tuple[dt.date, dt.date] | None = None) -> dict[str, int]:
    """Per visible person, how many projects they work on today (``"projects"``: distinct
    projects with an allocation covering today), how many work items assigned to them are not
    done (``"open_items"``) or were finished in ``period`` (``"done_items"``); people with none
    are left out."""
    if what == "projects":
        stmt = (select(Resource.name, func.count(func.distinct(Allocation.project_id)))
                .join(Allocation, Allocation.resource_id == Resource.id)
                .join(Project, Allocation.project_id == Project.id)
                .where(Allocation.period_start <= today, Allocation.period_end >= today))
    elif what == "open_items":
        stmt = (select(Resource.name, func.count(WorkItem.id))
                .join(WorkItem, WorkItem.assignee_id == Resource.id)
                .join(Project, WorkItem.project_id == Project.id)
                .where(WorkItem.status != "done"))
    elif what == "done_items" and period is not None:
        first, last = period
        stmt = (select(Resource.name, func.count(WorkItem.id))
                .join(WorkItem, WorkItem.assignee_id == Resource.id)
                .join(Project, WorkItem.project_id == Project.id)
                .where(WorkItem.status == "done",
                       WorkItem.done_at >= dt.datetime.combine(first, dt.time()),
                       WorkItem.done_at < dt.datetime.combine(last + dt.timedelta(days=1),
                                                              dt.time())))
    else:
        raise ValueError(f"unknown count {what!r}: projects, open_items or done_items with "
                         "a period")
    stmt = scope.apply(stmt).group_by(Resource.name)
    return {name: int(n) for name, n in session.execute(stmt)}


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


def find_person(session: Session, scope: Scope, ident: str) -> Person | None:
    """A person by id (digits) or exact name, if the viewer may see them."""
    text = ident.strip()[:MAX_NAME]
    if not text:
        return None
    where = Resource.id == int(text) if text.isascii() and text.isdigit() and len(text) < 10 \
        else Resource.name == text
    stmt = select(Resource.id, Resource.name, Resource.role, Resource.skills,
                  Resource.weekly_capacity).where(where)
    visible = _visible_person(scope)
    if visible is not None:
        stmt = stmt.where(visible)
    row = session.execute(stmt).one_or_none()
    if row is None:
        return None
    return Person(row.id, row.name, row.role or "", tuple(sorted(str(s) for s in row.skills or [])),
                  float(row.weekly_capacity))


def person_projects(session: Session, scope: Scope, person_id: int,
                    today: dt.date) -> list[PersonProject]:
    """Their allocations to visible projects that have not ended, soonest first (bounded),
    with each project's health and the open items assigned to them there."""
    open_items = (select(WorkItem.project_id, WorkItem.id)
                  .where(WorkItem.assignee_id == person_id, WorkItem.status != "done")
                  .subquery())
    stmt = metrics.with_health(
        select(Project.key, Project.name, Portfolio.name, Status.label, metrics.health(today),
               Allocation.share, Allocation.period_start, Allocation.period_end,
               select(func.count(open_items.c.id))
               .where(open_items.c.project_id == Project.id).scalar_subquery())
        .select_from(Allocation)
        .join(Project, Allocation.project_id == Project.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .join(Status, Project.status_id == Status.id)
        .where(Allocation.resource_id == person_id, Allocation.period_end >= today)
    )
    stmt = scope.apply(stmt).order_by(Allocation.period_start, Project.key).limit(PROJECT_LIMIT)
    return [PersonProject(k, n, pf, st, h, float(sh), ps, pe, int(oi or 0))
            for k, n, pf, st, h, sh, ps, pe, oi in session.execute(stmt)]


def person_load(session: Session, scope: Scope, person_id: int, today: dt.date,
                weeks_back: int = 4, weeks_ahead: int = 12) -> PersonLoad:
    """Their load in each week from ``weeks_back`` before this week to ``weeks_ahead`` after."""
    monday = metrics.this_week(today)[0]
    weeks = [monday + dt.timedelta(weeks=i) for i in range(-weeks_back, weeks_ahead + 1)]
    loads = [0.0] * len(weeks)
    periods = [(w, w + dt.timedelta(days=6)) for w in weeks]
    rows: Any = session.execute(metrics.peak_loads(scope, periods, [person_id]))  # typed as one
    for index, _rid, load in rows:  # tuple column by metrics.peak_loads' annotation
        loads[int(index)] = round(float(load), 3)
    return PersonLoad(weeks, loads)

