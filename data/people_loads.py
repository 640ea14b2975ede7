"""Each person's load this week and next month, computed ahead of reads.

The resources page orders everyone by this week's load, and the over-allocation insight looks
at next month's: both need every person's peak daily load (``data.metrics.peak_loads``), which
compares every allocation in the period with the others, on every cold read. ``refresh``
computes them once into ``people_loads`` with that same function, so both give the same numbers.

Only for viewers who see every portfolio: a load counts the allocations the viewer may see, so a
viewer of some portfolios has loads of their own and reads the allocations (``loads_for`` says
``None``, as it does when the summary is not current: ``data.summary_state``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Subquery, and_, case, delete, func, insert, select
from sqlalchemy.orm import Session

from data import metrics, summary_state
from data.schema import Allocation, PeopleLoad
from data.scope import Scope

NAME = "people_loads"
WEEK, NEXT_MONTH = "week", "next_month"


def refresh(session: Session, today: dt.date) -> bool:
    """Recompute the loads for ``today`` unless they are current (``data.summary_state``)."""
    return summary_state.refresh(session, NAME, today, _compute)


def _compute(session: Session, today: dt.date) -> None:
    first, last = metrics.this_week(today)
    loads = metrics.peak_loads(Scope.everything(),
                               [(first, last), metrics.next_month(today)]).subquery()
    projects = (
        select(Allocation.resource_id,
               func.count(func.distinct(Allocation.project_id)).label("projects"))
        .where(Allocation.period_start <= last, Allocation.period_end >= first)
        .group_by(Allocation.resource_id)
    ).subquery()
    rows = (
        select(case((loads.c.idx == 0, WEEK), else_=NEXT_MONTH), loads.c.resource_id,
               loads.c.load, func.coalesce(projects.c.projects, 0))
        .outerjoin(projects, and_(loads.c.idx == 0,
                                  projects.c.resource_id == loads.c.resource_id))
    )
    session.execute(delete(PeopleLoad))
    session.execute(insert(PeopleLoad).from_select(
        ["period", "resource_id", "load", "projects"], rows))


def loads_for(session: Session, scope: Scope, today: dt.date, period: str) -> Subquery | None:
    """``(resource_id, load, projects)`` of everyone with a load in the period (``WEEK``: this
    week, ``NEXT_MONTH``), or ``None`` when the caller must read the allocations."""
    if scope.portfolio_ids is not None or not summary_state.is_current(session, NAME, today):
        return None
    return (select(PeopleLoad.resource_id, PeopleLoad.load, PeopleLoad.projects)
            .where(PeopleLoad.period == period).subquery("people_loads"))


def clear(session: Session) -> None:
    """Forget the loads, so nothing reads them until the next refresh (the benchmark times
    that refresh from nothing)."""
    session.execute(delete(PeopleLoad))
    summary_state.forget(session, NAME)
