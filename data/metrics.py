"""One definition per concept a manager reads (``docs/metrics.md``), as SQL expressions.

Every page, the copilot, exports and reports build on these, so *late*, *at risk*, *health*,
*open* and *over-allocated* mean the same thing everywhere. Expressions over ``Project`` that need
the rollup or the stored forecast say so; ``with_health`` adds those joins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Float,
    Integer,
    Numeric,
    Select,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from data.schema import (
    OPEN_STATUS_IDS,
    STATUS_IDS,
    STATUSES,
    Allocation,
    Project,
    ProjectForecast,
    ProjectRollup,
)
from data.scope import S, Scope
from data.sqlfunc import days_between

AT_RISK_BELOW = 0.5  # P(on time) under this is "at risk"
SCHEDULE_MARGIN = 0.15  # without a forecast: progress this far behind elapsed time is at risk
OVER_ALLOCATED = 1.0  # a load above 100 % of capacity
LOAD_DIGITS = 6  # loads are shares of capacity, rounded to this many decimals
# *open* = a status not closed (proposed, active, on hold); *closed* = done or cancelled
OPEN_CODES = tuple(code for code, _label, closed, _order in STATUSES if not closed)
CLOSED_CODES = tuple(code for code, _label, closed, _order in STATUSES if closed)
HEALTH = ("on_track", "at_risk", "late", "closed")
HEALTH_LABELS = {"on_track": "On track", "at_risk": "At risk", "late": "Late", "closed": "Closed"}


def _open_ids() -> list[ColumnElement[int]]:
    """The open statuses' ids written into the statement, as ``ix_projects_open_due_sort_up``'s
    predicate is: the planner matches literals, not parameters or a subquery."""
    return [literal_column(str(i), Integer) for i in OPEN_STATUS_IDS]


def is_open() -> ColumnElement[bool]:
    """Proposed, active or on hold."""
    return Project.status_id.in_(_open_ids())


def is_closed() -> ColumnElement[bool]:
    """Done or cancelled."""
    return Project.status_id.not_in(_open_ids())


def is_late(today: dt.date) -> ColumnElement[bool]:
    """Open and past its due date."""
    return and_(is_open(), Project.due_date < today)


def behind_schedule(today: dt.date) -> ColumnElement[bool]:
    """Started, not yet due, and progress trails the elapsed share of the schedule by more than
    the margin. Needs ``ProjectRollup`` joined (``with_health``)."""
    elapsed = days_between(Project.start_date, literal(today, Date)) / func.nullif(
        days_between(Project.start_date, Project.due_date), 0)
    return and_(
        Project.start_date <= today,
        Project.due_date >= today,
        func.coalesce(ProjectRollup.progress, 0.0) < elapsed - SCHEDULE_MARGIN,
    )


def is_at_risk(today: dt.date) -> ColumnElement[bool]:
    """Open, not late, and P(on time) below the threshold; without a forecast, behind schedule.
    Needs ``ProjectRollup`` and ``ProjectForecast`` joined (``with_health``)."""
    return and_(
        is_open(),
        or_(Project.due_date.is_(None), Project.due_date >= today),
        or_(ProjectForecast.p_on_time < AT_RISK_BELOW,
            and_(ProjectForecast.p_on_time.is_(None), behind_schedule(today))),
    )


def health(today: dt.date) -> ColumnElement[str]:
    """closed / late / at_risk / on_track, in that order of precedence (``with_health``)."""
    return case((is_closed(), "closed"), (is_late(today), "late"),
                (is_at_risk(today), "at_risk"), else_="on_track")


def health_on(day: dt.date, *, closed: bool, start: dt.date | None, due: dt.date | None,
              progress: float, p_on_time: float | None) -> str:
    """``health`` of one project from its facts as of ``day``, in Python: for a day no stored
    row describes (the demo's status notes state the health of their own day, from that day's
    snapshot). The same rules and thresholds as ``is_late``, ``is_at_risk`` and
    ``behind_schedule``; tests/integration/test_demo_notes.py checks the two agree."""
    if closed:
        return "closed"
    if due is not None and due < day:
        return "late"
    if p_on_time is not None:
        return "at_risk" if p_on_time < AT_RISK_BELOW else "on_track"
    if start is not None and due is not None and start <= day <= due and due > start:
        elapsed = (day - start).days / (due - start).days
        if progress < elapsed - SCHEDULE_MARGIN:
            return "at_risk"
    return "on_track"


def finished_late(completed: dt.date, due: dt.date) -> bool:
    """A done project *finished late* when it was completed after its due date, and *finished
    on time* when on it or before (docs/metrics.md, Finished on time / finished late): the
    label the forecasts learn (``models.features.outcome``) and are scored against."""
    return completed > due


def is_settled(*, done: bool, completed: dt.date | None, due: dt.date | None,
               closed: bool, today: dt.date) -> bool:
    """A project is *settled* (for the forecasts) when its on-time outcome is known: done (with
    a completion day), or open and past its due date, so late whatever happens next
    (docs/metrics.md, Settled). Cancelled projects and projects without a due date never are.
    ``data.forecast_queries.settled_count`` counts them in SQL by the same rule."""
    if due is None:
        return False
    if done:
        return completed is not None
    return not closed and due < today


DISAGREE_AT = AT_RISK_BELOW  # P(on time) from here up expects the P50 date by the due date
DISAGREE_SURE = 0.85  # ... and from here up the P85 date too


def forecast_disagreement(p_on_time: float | None, p50: dt.date | None, p85: dt.date | None,
                          due: dt.date | None, method: str | None = None) -> str | None:
    """Which finish date contradicts P(on time), or ``None`` when they agree (docs/metrics.md,
    Finish dates): ``"p50_after"`` (P(on time) at least 50 % but the P50 date after the due
    date), ``"p50_before"`` (below 50 % but the P50 date on or before it) or ``"p85_after"``
    (at least 85 % but the P85 date after it). The project page, the report and the copilot
    say so when this is not ``None``. A P(on time) by the simulation itself (``method``
    ``"monte_carlo"``) comes from the same trials as the dates, so it never disagrees."""
    if p_on_time is None or due is None or p50 is None or method == "monte_carlo":
        return None
    if p_on_time >= DISAGREE_AT and p50 > due:
        return "p50_after"
    if p_on_time < DISAGREE_AT and p50 <= due:
        return "p50_before"
    if p_on_time >= DISAGREE_SURE and p85 is not None and p85 > due:
        return "p85_after"
    return None


def forecast_disagrees() -> ColumnElement[bool]:
    """``forecast_disagreement`` is not ``None``, in SQL over ``Project`` joined to its
    ``ProjectForecast``: the projects whose P(on time) and simulated dates contradict each
    other (the copilot's list of them; a test holds the two equal on every stored forecast)."""
    f = ProjectForecast
    known = and_(f.p_on_time.is_not(None), Project.due_date.is_not(None), f.p50_date.is_not(None),
                 f.method != "monte_carlo")
    return and_(known, or_(
        and_(f.p_on_time >= DISAGREE_AT, f.p50_date > Project.due_date),
        and_(f.p_on_time < DISAGREE_AT, f.p50_date <= Project.due_date),
        and_(f.p_on_time >= DISAGREE_SURE, f.p85_date.is_not(None),
             f.p85_date > Project.due_date)))


def health_in(values: Sequence[str], today: dt.date,
              joined: bool = False) -> ColumnElement[bool]:
    """Projects whose ``health`` is one of ``values``, as a condition on ``Project`` alone, or,
    when ``joined``, on a select that already joins the rollup and the forecast
    (``with_health``).

    Each health's own condition, which ``health`` tests in order of precedence: *closed* and
    *late* are conditions on the project's own row (the due-date indexes serve them, and nothing
    is computed for every other project); *at risk* needs the rollup and the forecast, read in
    a subquery unless joined (its condition already leaves out closed and late projects); *on
    track* is what is left, so it goes through ``health`` itself. Joined, the conditions are on
    the row, so a page sorted and cut to a few rows filters before it sorts.
    """
    def where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        if joined:
            return condition
        return Project.id.in_(with_health(select(Project.id)).where(condition))

    parts: list[ColumnElement[bool]] = []
    if "closed" in values:
        parts.append(is_closed())
    if "late" in values:
        parts.append(is_late(today))
    if "at_risk" in values:  # is_at_risk already leaves out closed and late projects
        parts.append(where(is_at_risk(today)))
    if "on_track" in values:
        parts.append(where(health(today) == "on_track"))
    return or_(*parts) if parts else false()


def with_health(stmt: S) -> S:
    """Outer-join what health needs to a select over ``Project``."""
    return stmt.outerjoin(ProjectRollup, ProjectRollup.project_id == Project.id).outerjoin(
        ProjectForecast, ProjectForecast.project_id == Project.id)


def done_this_month(today: dt.date) -> ColumnElement[bool]:
    """Status *Done*, completed in the current calendar month."""
    month_start = dt.datetime.combine(today.replace(day=1), dt.time())
    return and_(is_done(), Project.completed_at >= month_start)


def is_done() -> ColumnElement[bool]:
    return Project.status_id == literal_column(str(STATUS_IDS["done"]), Integer)


def is_finished_on_time() -> ColumnElement[bool]:
    """``finished_late``'s other outcome, in SQL: done, completed on the due date or before it
    (by the day of completion, as ``models.features.outcome`` labels the training rows)."""
    return and_(is_done(), Project.due_date.is_not(None), Project.completed_at.is_not(None),
                func.date(Project.completed_at) <= Project.due_date)


def is_finished_early() -> ColumnElement[bool]:
    """Finished early: done, completed before the due date's day (the on-time ones less those
    finished on the day itself)."""
    return and_(is_done(), Project.due_date.is_not(None), Project.completed_at.is_not(None),
                func.date(Project.completed_at) < Project.due_date)


def days_finished_late(completed: dt.datetime | dt.date | None, due: dt.date | None
                       ) -> int | None:
    """How many days after its due date a project was completed (its day of completion, as
    ``is_finished_late`` compares); ``None`` without both dates."""
    if completed is None or due is None:
        return None
    day = completed.date() if isinstance(completed, dt.datetime) else completed
    return (day - due).days


def is_finished_late() -> ColumnElement[bool]:
    """``finished_late`` in SQL: done, completed after the due date."""
    return and_(is_done(), Project.due_date.is_not(None), Project.completed_at.is_not(None),
                func.date(Project.completed_at) > Project.due_date)


def this_week(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week ``today`` falls in."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_end(day: dt.date) -> dt.date:
    """The last day of the calendar month ``day`` falls in."""
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def next_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the calendar month after the one ``today`` falls in."""
    start = month_end(today) + dt.timedelta(days=1)
    return start, month_end(start)


# --- rolling periods (docs/metrics.md, Periods) ---------------------------------------------
# Every page, Insight, report and the copilot read "the next N days" and "the last N days" (and
# "weeks" as 7 days each) with these, so the same words never cover two different windows.


def next_days(today: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """"The next ``days`` days": today and the ``days - 1`` days after it (both ends
    included), e.g. the next 28 days on Mon 7 Dec 2026 are 7 Dec 2026 – 3 Jan 2027."""
    return today, today + dt.timedelta(days=days - 1)


def last_days(today: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """"The last ``days`` days": today and the ``days - 1`` days before it (both ends
    included), e.g. the last seven days on Mon 7 Dec 2026 are 1–7 Dec; the last four weeks are
    the last 28 days, 10 Nov – 7 Dec."""
    return today - dt.timedelta(days=days - 1), today


def days_before(period: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The period of the same length that ends the day before ``period`` starts ("the four
    weeks before")."""
    first, last = period
    length = last - first + dt.timedelta(days=1)
    return first - length, first - dt.timedelta(days=1)


def became_late_in(today: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """The due dates of projects that "passed their due date in the last ``days`` days": a
    project becomes late the day after its due date (``is_late``: due before today), and that
    day falls in ``last_days(today, days)``; so the due date is from ``today - days`` to
    yesterday (30 Nov – 6 Dec for the last seven days on 7 Dec)."""
    first, last = last_days(today, days)
    return first - dt.timedelta(days=1), last - dt.timedelta(days=1)


# --- load and over-allocation ---------------------------------------------------------------


def peak_loads(
    scope: Scope,
    periods: Sequence[tuple[dt.date, dt.date]],
    resource_ids: Sequence[int] | Select[Any] | None = None,
) -> Select[int, int, float]:
    """(period index, resource id, load): each person's highest daily load in each period.

    A day's load is the sum of the shares of the allocations covering it; it only rises where an
    allocation starts, so the peak of a period is the load on the period's first day or on the
    start of one of its allocations. Only allocations to projects in ``scope`` count. The people
    are a list of ids or a select of them (read by the database, not sent back and forth).
    """
    grid = union_all(*[
        select(literal(i).label("idx"), literal(start, Date).label("first"),
               literal(end, Date).label("last"))
        for i, (start, end) in enumerate(periods)
    ]).cte("periods")
    a, b = aliased(Allocation), aliased(Allocation)
    pa, pb = aliased(Project), aliased(Project)
    day = case((a.period_start > grid.c.first, a.period_start), else_=grid.c.first)
    per_start = (
        select(grid.c.idx, a.resource_id, func.sum(b.share).label("load"))
        .select_from(a)
        .join(grid, and_(a.period_start <= grid.c.last, a.period_end >= grid.c.first))
        .join(b, and_(b.resource_id == a.resource_id, b.period_start <= day,
                      b.period_end >= day))
        .group_by(grid.c.idx, a.resource_id, a.id)
    )
    if scope.portfolio_ids is not None:
        per_start = (per_start.join(pa, pa.id == a.project_id).join(pb, pb.id == b.project_id)
                     .where(scope.allows(pa.portfolio_id), scope.allows(pb.portfolio_id)))
    if isinstance(resource_ids, Select):
        per_start = per_start.where(a.resource_id.in_(resource_ids))
    elif resource_ids is not None:
        per_start = per_start.where(a.resource_id.in_(sorted(set(resource_ids))))
    loads = per_start.subquery()
    # Rounded: a float sum depends on the order the database adds it in (0.1 + 0.2 is not
    # 0.2 + 0.1), so unrounded equal loads came back a hair apart and people with the same load
    # swapped places from one query to the next.
    peak = cast(func.round(cast(func.max(loads.c.load), Numeric), LOAD_DIGITS), Float)
    return (select(loads.c.idx, loads.c.resource_id, peak.label("load"))
            .group_by(loads.c.idx, loads.c.resource_id))


def visible_allocations(stmt: S, scope: Scope) -> S:
    """``stmt`` over allocations, kept to projects in ``scope`` (no join for everything)."""
    if scope.portfolio_ids is None:
        return stmt
    return scope.apply(stmt.join(Project, Allocation.project_id == Project.id))


def projects_per_person(scope: Scope, first: dt.date, last: dt.date) -> Select[int, int]:
    """(resource id, projects): how many projects in ``scope`` each person is allocated to
    between ``first`` and ``last``. count(DISTINCT): a person may hold two allocations to one
    project in the same week, so a plain count() would be wrong; distinct pairs counted by hash
    measured no faster (A/B in docs/performance.md)."""
    return visible_allocations(
        select(Allocation.resource_id,
               func.count(func.distinct(Allocation.project_id)).label("projects"))
        .where(Allocation.period_start <= last, Allocation.period_end >= first)
        .group_by(Allocation.resource_id), scope)


def load_in(
    session: Session, scope: Scope, start: dt.date, end: dt.date,
    resource_ids: Sequence[int] | None = None,
) -> dict[int, float]:
    """Each person's load (peak daily share) between ``start`` and ``end``, by resource id."""
    stmt = peak_loads(scope, [(start, end)], resource_ids)
    return {rid: float(load) for _i, rid, load in session.execute(stmt)}


_OVER = OVER_ALLOCATED + 1e-9  # the one threshold, in Python and in SQL


def is_over_allocated(load: float) -> bool:
    return load > _OVER


def has_room(load: float) -> bool:
    """Room to take on work in a period: a peak load under 100 % (free people included)."""
    return load < OVER_ALLOCATED - 1e-9


def over_allocated_load(load: ColumnElement[float]) -> ColumnElement[bool]:
    """``is_over_allocated`` as SQL, for a load column of ``peak_loads``."""
    return load > _OVER
