"""Why a project is late or at risk: causes computed from its history, in plain words with their
numbers — scope growth (items and points added since it started, from the daily snapshots), a
drop in pace (points done in the last four weeks against the four before), a smaller team, and
ageing or overdue work items — plus the stored forecast's own drivers, and the risks its team
wrote down in its latest minutes and status notes, each cited at its passage."""

from __future__ import annotations

from typing import Any

from data import change_queries, forecast_queries, metrics
from data.detail_queries import project_detail
from models.copilot.documents import RaisedRisk, raised_risks
from models.copilot.tools import (
    KIND_WORDS,
    Citation,
    ToolContext,
    ToolResult,
    day,
    document_citation,
    link,
    no_project,
    pct,
    plural,
    project_citation,
)
from models.drivers import LATE, driver_sentence

PACE_DROP = 0.8  # recent pace at or below 80 % of the one before is a drop
PACE_FLOOR = 5  # points: too little work before to call a change a drop


def why(ctx: ToolContext, project_key: str) -> ToolResult:
    """The computed causes of a project's lateness or risk, each with its numbers."""
    key = project_key.upper()
    d = project_detail(ctx.session, ctx.scope, key, ctx.today)
    h = change_queries.history(ctx.session, ctx.scope, key, ctx.today)
    if d is None or h is None:
        return no_project("why", key)
    causes: list[str] = []
    if h.items_added > 0 or h.scope_growth > 0:
        share = (f" (+{round(100 * h.scope_growth / h.scope_first)}%)"
                 if h.scope_first and h.scope_growth > 0 else "")
        since = f" since {day(h.first_day)}" if h.first_day else ""
        grown = (f"scope grew by {h.scope_growth} points{share}" if h.scope_growth > 0
                 else "scope did not grow in points")
        causes.append(f"**Scope growth**: {plural(h.items_added, 'work item')} added{since}; "
                      f"{grown}, from {h.scope_first} to {h.scope_last} points.")
    if h.before_points >= PACE_FLOOR and h.recent_points <= PACE_DROP * h.before_points:
        causes.append(f"**Pace dropped**: {h.recent_points} points done in the last 4 weeks "
                      f"against {h.before_points} points in the 4 weeks before.")
    if h.team_max > h.team_last:
        causes.append(f"**Smaller team**: the team went from {h.team_max} to {h.team_last} "
                      f"people.")
    if h.ageing_items or h.overdue_items:
        bits = []
        if h.ageing_items:
            bits.append(f"{plural(h.ageing_items, 'work item')} in progress for more than "
                        f"{change_queries.AGEING_DAYS} days")
        if h.overdue_items:
            bits.append(f"{plural(h.overdue_items, 'open work item')} past their own due date")
        causes.append("**Stuck work**: " + "; ".join(bits) + ".")
    forecast = forecast_queries.project_forecast(ctx.session, ctx.scope, key)
    drivers = ""
    if forecast is not None and forecast.p_on_time is not None:
        named = [said for x in forecast.drivers[:3] if (x.get("effect") or 0) < 0 and (
            said := driver_sentence(x)) != LATE]  # a late project's 0 % is said below
        helping = [driver_sentence(x) for x in forecast.drivers[:3]
                   if (x.get("effect") or 0) > 0] if d.health == "on_track" else []
        drivers = (f" The forecast gives it {pct(forecast.p_on_time)} chance of finishing on "
                   f"time" + (f"; what holds it up most: {'; '.join(helping)}" if helping else "")
                   + (f"; what weighs on it most: {'; '.join(named)}." if named else "."))
    health = metrics.HEALTH_LABELS.get(d.health, d.health).lower()
    state = health
    if d.health == "late" and d.due_date:
        state = f"late by {plural((ctx.today - d.due_date).days, 'day')} (due {day(d.due_date)})"
    head = f"**{link(key)} {d.name}** is {state}, {d.progress * 100:.0f}% done.{drivers}"
    if not causes:
        causes.append("No single cause stands out in its history: scope, pace and team are "
                      "steady.")
    raised = raised_risks(ctx.session, ctx.scope, d.key)
    lines = [head, *[f"- {c}" for c in causes]]
    if raised:
        lines += ["", f"Risks raised in its latest minutes and status notes ({len(raised)}):",
                  *[_risk_line(r) for r in raised]]
    data: dict[str, Any] = {"key": key, "health": d.health, **h.__dict__,
                            "risks": [r.point.text for r in raised]}
    return ToolResult("why", {}, "\n".join(lines), data,
                      [project_citation(key, d.name), *[_risk_citation(r) for r in raised]],
                      result={"subject": "projects", "items": [key]})


def _risk_line(r: RaisedRisk) -> str:
    kind = KIND_WORDS.get(r.kind, r.kind)
    return f"- “{r.point.text}” ({kind} *{r.title}*, {day(r.date)})"


def _risk_citation(r: RaisedRisk) -> Citation:
    return document_citation(r.project_key, r.title, r.date, r.doc_id, r.point.passage_id,
                             r.point.text)
