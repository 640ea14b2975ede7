"""Each person's load this week and next month, computed ahead of reads.

The resources page orders everyone by this week's load, and the over-allocation insight looks
at next month's: both need every person's peak daily load (``data.metrics.peak_loads``), which
compares every allocation in the period with the others, on every cold read. ``refresh``
computes them once into ``people_loads`` with that same function, so both give the same numbers.

A load counts the allocations the viewer may see, so the loads are kept per scope: everything's,
and those of the scopes signed in now (``data.summary_state.refresh_scoped``). A viewer
whose scope has none reads the allocations (``loads_for`` says ``None``, as it does when the
summary is not current: ``data.summary_state``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Subquery, and_, case, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from data import metrics, summary_state
from data.schema import PeopleLoad
from data.scope import Scope

NAME = "people_loads"
WEEK, NEXT_MONTH = "week", "next_month"


def refresh(session: Session, today: dt.date) -> bool:
    """Recompute the loads for ``today`` unless they are current (``data.summary_state``):
    everything's, then each signed-in scope's."""
    return summary_state.refresh_scoped(session, NAME, PeopleLoad, today, _compute)


def _compute(session: Session, today: dt.date, *, scope: Scope, key: str) -> None:
    first, last = metrics.this_week(today)
    loads = metrics.peak_loads(scope, [(first, last), metrics.next_month(today)]).subquery()
    counted = metrics.projects_per_person(scope, first, last).subquery()
    rows = (
        select(literal(key), case((loads.c.idx == 0, WEEK), else_=NEXT_MONTH),
               loads.c.resource_id, loads.c.load, func.coalesce(counted.c.projects, 0))
        .outerjoin(counted, and_(loads.c.idx == 0,
                                 counted.c.resource_id == loads.c.resource_id))
    )
    session.execute(delete(PeopleLoad).where(PeopleLoad.scope == key))
    session.execute(insert(PeopleLoad).from_select(
        ["scope", "period", "resource_id", "load", "projects"], rows))


def loads_for(session: Session, scope: Scope, today: dt.date, period: str) -> Subquery | None:
    """``(resource_id, load, projects)`` of everyone with a load in the period (``WEEK``: this
    week, ``NEXT_MONTH``) as the viewer counts it, or ``None`` when the caller must read the
    allocations (the scope's loads are not kept, or not current)."""
    key = summary_state.current_key(session, NAME, scope, today)
    if key is None:
        return None
    return (select(PeopleLoad.resource_id, PeopleLoad.load, PeopleLoad.projects)
            .where(PeopleLoad.scope == key, PeopleLoad.period == period)
            .subquery("people_loads"))


def clear(session: Session) -> None:
    """Forget the loads, so nothing reads them until the next refresh (the benchmark times
    that refresh from nothing)."""
    summary_state.forget_scoped(session, NAME, PeopleLoad, keep=[])
