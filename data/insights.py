"""Insights for the overview: a few computed observations about the projects in view.

They follow the page's filters and use the vocabulary of ``data.metrics`` through the same
queries as the KPIs and the project list, so "3 late" in an insight is the KPI's 3. Plain facts
(counts, projects, people); ``components.insights`` turns them into sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from data import metrics, people_loads
from data.filters import ProjectFilters
from data.project_queries import ProjectRow, project_page
from data.queries import items_done_in
from data.resource_queries import busiest_in_view
from data.scope import Scope

SHOWN = 3
SLIPPED_DAYS = 14
THROUGHPUT_WEEKS = 4
THROUGHPUT_CHANGE = 0.2


@dataclass(frozen=True)
class Named:
    key: str  # a project key, or a person's name
    name: str
    value: float | None = None  # P(on time), days late or a load, by the insight's kind


@dataclass(frozen=True)
class Insight:
    kind: str  # late | slipped | at_risk | throughput | over_allocated
    count: int
    examples: list[Named] = field(default_factory=list)
    before: int | None = None  # throughput: items in the earlier weeks
    after: int | None = None
    start: dt.date | None = None  # the period an insight is about
    end: dt.date | None = None


def _within(filters: ProjectFilters, health: str) -> ProjectFilters | None:
    """The view narrowed to one health, or ``None`` when the view excludes that health."""
    if filters.health and health not in filters.health:
        return None
    return replace(filters, health=(health,))


def _projects(session: Session, scope: Scope, today: dt.date, filters: ProjectFilters | None,
              sort: str, value: str) -> tuple[int, list[Named]]:
    if filters is None:
        return 0, []
    page = project_page(session, scope, today, filters, sort=sort, page_size=SHOWN)

    def number(row: ProjectRow) -> float | None:
        if value == "days_late":
            return (today - row.due_date).days if row.due_date else None
        return row.p_on_time

    return page.total, [Named(r.key, r.name, number(r)) for r in page.items]


def late(session: Session, scope: Scope, today: dt.date, filters: ProjectFilters) -> Insight:
    count, worst = _projects(session, scope, today, _within(filters, "late"), "due", "days_late")
    return Insight("late", count, worst)


def slipped(session: Session, scope: Scope, today: dt.date, filters: ProjectFilters) -> Insight:
    """Late projects that passed their due date in the last two weeks: they became late (the
    day after the due date) in ``metrics.last_days``; ``start``/``end`` are those due dates
    (``metrics.became_late_in``)."""
    start, end = metrics.became_late_in(today, SLIPPED_DAYS)
    view = _within(filters, "late")
    if view is not None:
        view = replace(view, due_from=max(filter(None, (view.due_from, start))))
    count, recent = _projects(session, scope, today, view, "due", "days_late")
    return Insight("slipped", count, recent, start=start, end=end)


def at_risk(session: Session, scope: Scope, today: dt.date, filters: ProjectFilters) -> Insight:
    count, lowest = _projects(session, scope, today, _within(filters, "at_risk"), "p_on_time",
                              "p_on_time")
    return Insight("at_risk", count, lowest)


def throughput(session: Session, scope: Scope, today: dt.date,
               filters: ProjectFilters) -> Insight:
    """Items finished in the last four weeks (``metrics.last_days``: today and the 27 days
    before) against the four weeks before those; ``start``/``end`` are the last four weeks."""
    recent = metrics.last_days(today, 7 * THROUGHPUT_WEEKS)
    after, before = items_done_in(session, scope, today, [recent, metrics.days_before(recent)],
                                  filters)
    return Insight("throughput", after, before=before, after=after, start=recent[0],
                   end=recent[1])


def over_allocated(session: Session, scope: Scope, today: dt.date,
                   filters: ProjectFilters) -> Insight:
    """People working on the projects in view who are over-allocated next month (their load
    counts all their allocations you may see, not only those to these projects): how many and
    the busiest (``data.resource_queries.busiest_in_view``)."""
    start, end = metrics.next_month(today)
    found = busiest_in_view(session, scope, today, filters, start, end, limit=SHOWN,
                            over_only=True, kept=people_loads.NEXT_MONTH)
    return Insight("over_allocated", found.over,
                   [Named(p.name, p.name, p.load) for p in found.people], start=start, end=end)


def compute(session: Session, scope: Scope, today: dt.date,
            filters: ProjectFilters) -> list[Insight]:
    """The observations worth showing: empty ones and small throughput changes are left out."""
    found = [late(session, scope, today, filters), slipped(session, scope, today, filters),
             at_risk(session, scope, today, filters), throughput(session, scope, today, filters),
             over_allocated(session, scope, today, filters)]

    def worth(i: Insight) -> bool:
        if i.kind == "throughput":
            return bool(i.before) and abs((i.after or 0) - (i.before or 0)) / (
                i.before or 1) >= THROUGHPUT_CHANGE
        return i.count > 0

    return [i for i in found if worth(i)]
