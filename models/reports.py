"""The facts of a status report, gathered from the pages' queries in one session.

``portfolio_facts`` and ``project_facts`` return plain dataclasses (no I/O after they return) that
``components.report`` lays out; ``snapshot`` keeps the few numbers the next report of the same
scope compares against, and ``changes`` says what moved since then. Nothing here computes a
metric of its own: health, late, at risk and load come from ``data.metrics`` through the queries.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from data import detail_queries as dq
from data import forecast_queries as fq
from data import metrics, queries
from data import report_queries as rq
from data.filters import PRIORITY_LABELS, STATUS_LABELS, ProjectFilters
from data.project_queries import ProjectRow, iter_projects
from data.resource_queries import BusiestPeople, busiest_in_view
from data.scope import Scope
from models import forecast_words
from models.copilot.meetings import ActionItem, action_items, decisions
from models.drivers import with_worded_drivers, worded

if TYPE_CHECKING:
    from models import montecarlo

TABLE_LIMIT = 2000  # projects listed in a portfolio report; beyond it the report says how many
RISKS = 10
HOT_SPOT_PEOPLE = 15
HOT_SPOT_WEEKS = 8  # the hot spots' window: today and the days after it, this many weeks


@dataclass(frozen=True)
class Changes:
    """What moved since the previous report of the same scope."""

    since: dt.datetime
    health_delta: dict[str, int]
    newly_late: list[str]
    newly_at_risk: list[str]
    recovered: list[str]  # late or at risk then, neither now


@dataclass(frozen=True)
class PortfolioFacts:
    today: dt.date
    scope_label: str
    filters_label: str
    portfolios: list[tuple[int, str]]
    kpis: queries.Kpis
    health: dict[str, int]
    status_priority: list[queries.StatusPriorityCount]
    throughput: list[queries.WeeklyThroughput]
    burnup: list[queries.BurnupPoint]
    due: list[queries.DueMonth]
    buckets: list[rq.ProbabilityBucket]
    hot_spots: BusiestPeople
    risks: list[rq.RiskRow]
    late: list[rq.LateRow]
    late_total: int
    projects: list[ProjectRow]
    projects_total: int
    meetings: list[MeetingNote]
    late_keys: list[str] = field(default_factory=list)
    at_risk_keys: list[str] = field(default_factory=list)
    changes: Changes | None = None
    # the view's filters, for the narrative's facts, which write their days ISO
    filters: ProjectFilters = queries.NO_FILTERS


@dataclass(frozen=True)
class MeetingNote:
    """A meeting in a report: its decisions and the actions still open, as the project page's
    digest and the copilot read them (``models.copilot.meetings``)."""
    project_key: str
    project_name: str
    title: str
    held_on: dt.date
    decisions: list[str]
    actions: list[str]  # open: not past their stated date (``ActionItem.open_on``)


def action_line(item: ActionItem) -> str:
    """"Priya Kaur: book the release window — by 11 Dec 2026", as the project page writes it."""
    when = f" — by {forecast_words.day(item.due)}" if item.due else (
        f" — {item.due_text}" if item.due_text else "")
    return f"{item.who or 'Someone'}: {item.what}{when}"


def meeting_notes(minutes: list[rq.Minutes], today: dt.date) -> list[MeetingNote]:
    return [MeetingNote(m.project_key, m.project_name, m.title, m.held_on,  # the digest's
                        [p.text for p in decisions(m.body, m.doc_id)],  # parts a report shows
                        [action_line(a) for a in action_items(m.body, m.doc_id, m.held_on)
                         if a.open_on(today)])
            for m in minutes]


@dataclass(frozen=True)
class ProjectFacts:
    today: dt.date
    detail: dq.ProjectDetail
    forecast: fq.ForecastRow | None
    burnup: list[dq.SnapshotPoint]
    cone: list[montecarlo.ConeRow]
    items_by_status: list[dq.StatusCount]
    open_items: list[dq.ItemRow]
    open_items_total: int
    people: list[dq.PersonLoad]
    meetings: list[MeetingNote]
    changes: Changes | None = None

    @property
    def forecast_sources(self) -> str:
        """Where P(on time) and the finish dates come from (``models.forecast_words``)."""
        f = self.forecast
        return "" if f is None else forecast_words.sources_sentence(f.method, f.model_version)

    @property
    def forecast_disagreement(self) -> str | None:
        """The sentence said when P(on time) and the simulated dates contradict each other,
        its days as a person reads them ("2 Jun 2029")."""
        return None if self.forecast is None else \
            forecast_words.disagreement_sentence(self.forecast)


def filters_label(filters: ProjectFilters,
                  write_day: Callable[[dt.date], str] = forecast_words.day) -> str:
    """The view's filters in words, for the cover ("" when none): "due 1 Jun 2029 to …"
    (``write_day=forecast_words.iso`` for the narrative's facts)."""
    parts = []
    if filters.status:
        parts.append("status " + ", ".join(STATUS_LABELS.get(s, s) for s in filters.status))
    if filters.priority:
        parts.append("priority " + ", ".join(PRIORITY_LABELS.get(p, p) for p in filters.priority))
    if filters.health:
        parts.append("health " + ", ".join(h.replace("_", " ") for h in filters.health))
    if filters.owner:
        parts.append("owner " + ", ".join(filters.owner))
    if filters.due_from or filters.due_to:
        start = write_day(filters.due_from) if filters.due_from else "…"
        end = write_day(filters.due_to) if filters.due_to else "…"
        parts.append(f"due {start} to {end}")
    if filters.search:
        parts.append(f"matching “{filters.search}”")
    return "; ".join(parts)


def scope_label(portfolios: list[tuple[int, str]], everything: bool) -> str:
    if everything:
        return "All portfolios"
    if not portfolios:
        return "No portfolios"
    names = [name for _id, name in portfolios]
    shown = ", ".join(names[:6])
    return shown + (f" and {len(names) - 6} more" if len(names) > 6 else "")


def hot_spot_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """Today and the days after it, ``HOT_SPOT_WEEKS`` weeks in all (both ends included)."""
    return metrics.next_days(today, 7 * HOT_SPOT_WEEKS)


def portfolio_facts(session: Session, scope: Scope, today: dt.date,
                    filters: ProjectFilters = queries.NO_FILTERS) -> PortfolioFacts:
    """Everything a portfolio report shows, for the viewer's scope and the view's filters."""
    portfolios = rq.covered_portfolios(session, scope, filters)
    cells = queries.portfolio_cube(session, scope, today, filters)
    activity = queries.weekly_activity(session, scope, today, filters=filters)
    projects_iter = iter_projects(session, scope, today, filters, sort="key", batch=200)
    projects = list(itertools.islice(projects_iter, TABLE_LIMIT))
    kpis = queries.kpis_from(cells)
    late, late_total = rq.late_projects(session, scope, today, filters)
    everything = scope.portfolio_ids is None and not filters.portfolio
    return PortfolioFacts(
        today=today,
        scope_label=scope_label(portfolios, everything),
        filters_label=filters_label(filters),
        portfolios=portfolios,
        kpis=kpis,
        health=queries.health_counts(session, scope, today, filters),
        status_priority=queries.status_priority_from(cells),
        throughput=queries.throughput_from(activity),
        burnup=queries.burnup_from(activity, sum(c.scope_points for c in cells),
                                   sum(c.done_points for c in cells)),
        due=queries.due_timeline(session, scope, today, filters=filters),
        buckets=rq.probability_buckets(session, scope, today, filters),
        hot_spots=busiest_in_view(session, scope, today, filters, *hot_spot_window(today),
                                  limit=HOT_SPOT_PEOPLE),
        risks=with_worded_drivers(rq.top_risks(session, scope, today, filters, RISKS)),
        late=late,
        late_total=late_total,
        projects=projects,
        projects_total=kpis.projects,
        meetings=meeting_notes(rq.recent_minutes(session, scope, today, filters), today),
        late_keys=[r.key for r in late],
        at_risk_keys=[r.key for r in projects if r.health == "at_risk"],
        filters=filters,
    )


def project_facts(session: Session, scope: Scope, key: str, today: dt.date,
                  items: int = 60) -> ProjectFacts | None:
    """Everything a project report shows, or ``None`` when the project is not visible."""
    detail = dq.project_detail(session, scope, key, today)
    if detail is None:
        return None
    forecast = fq.project_forecast(session, scope, key)
    if forecast is not None:  # its drivers in the project page's words
        forecast = replace(forecast, drivers=worded(forecast.drivers))
    page = dq.project_items(session, scope, key, 1, min(items, 200), status=None)
    open_items = [i for i in page.items if i.status != "done"]
    open_total = sum(c.items for c in dq.items_by_status(session, scope, key)
                     if c.status != "done")
    return ProjectFacts(
        today=today,
        detail=detail,
        forecast=forecast,
        burnup=dq.project_burnup(session, scope, key),
        cone=_cone(session, detail.id, today) if forecast else [],
        items_by_status=dq.items_by_status(session, scope, key),
        open_items=open_items,
        open_items_total=open_total,
        people=dq.project_people(session, scope, key, today),
        meetings=meeting_notes(rq.recent_minutes(session, scope, today, project_key=key,
                                                 days=60), today),
    )


def snapshot(facts: PortfolioFacts | ProjectFacts) -> dict[str, Any]:
    """The numbers the next report of the same scope compares against (JSON-able)."""
    if isinstance(facts, ProjectFacts):
        d, f = facts.detail, facts.forecast
        return {"health": {d.health: 1}, "late": [d.key] if d.health == "late" else [],
                "at_risk": [d.key] if d.health == "at_risk" else [],
                "progress": d.progress,
                "p_on_time": f.p_on_time if f else None}
    return {"health": dict(facts.health), "late": facts.late_keys,
            "at_risk": facts.at_risk_keys, "kpis": facts.kpis.__dict__}


def changes(now: dict[str, Any], previous: tuple[dt.datetime, dict[str, Any]] | None
            ) -> Changes | None:
    """Differences between this report's snapshot and the previous one's."""
    if previous is None:
        return None
    since, before = previous
    health_before = before.get("health", {})
    health_now = now.get("health", {})
    states = sorted(set(health_before) | set(health_now))
    delta = {s: int(health_now.get(s, 0)) - int(health_before.get(s, 0)) for s in states}
    late_then, late_now = set(before.get("late", [])), set(now.get("late", []))
    risk_then, risk_now = set(before.get("at_risk", [])), set(now.get("at_risk", []))
    return Changes(
        since=since,
        health_delta=delta,
        newly_late=sorted(late_now - late_then),
        newly_at_risk=sorted(risk_now - risk_then - late_now),
        recovered=sorted((late_then | risk_then) - late_now - risk_now),
    )


def with_changes(facts: Any, found: Changes | None) -> Any:
    """The facts with the comparison to the previous report filled in."""
    return replace(facts, changes=found)


def _cone(session: Any, project_id: int, today: dt.date) -> list[Any]:
    """The project's Monte Carlo cone; the forecasting stack (pandas, the scorer) is imported
    with the first report, not when the web app starts."""
    from models import whatif  # noqa: PLC0415 - deferred, see above

    return whatif.project_cone(session, project_id, today)
