"""Tools over stored forecasts (``project_forecasts``, written by the forecasting jobs).

Forecasts are optional: before the first scoring run, or on a database without the table, these
tools say so and the router's schedule heuristic (``at_risk_projects``) answers instead.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from data.filters import ProjectFilters
from data.project_queries import project_page
from data.scope import Scope
from models.copilot.tools import ToolContext, ToolResult, link, project_citation


def _queries() -> Any:
    try:
        from data import forecast_queries
    except ImportError:  # pragma: no cover - the forecasting module ships with the app
        return None
    return forecast_queries


def available(session: Session, scope: Scope) -> bool:
    """Whether forecasts can be read here (the table exists and has rows for this viewer)."""
    fq = _queries()
    if fq is None or not inspect(session.get_bind()).has_table("project_forecasts"):
        return False
    return fq.forecast_summary(session, scope).forecast > 0


def _drivers(drivers: list[dict], top: int = 3) -> str:
    """Classifier drivers carry an effect in probability points; Monte Carlo context has none."""

    def one(d: dict) -> str:
        label = d.get("label") or d.get("feature")
        effect = d.get("effect")
        return label if effect is None else f"{label} ({effect * 100:+.0f} pts)"

    parts = [one(d) for d in (drivers or [])[:top]]
    return "; drivers: " + ", ".join(parts) if parts else ""


def _pct(p: float | None) -> str:
    return "unknown" if p is None else f"{p * 100:.0f}%"


def forecast_risks(ctx: ToolContext, limit: int = 10) -> ToolResult:
    if not available(ctx.session, ctx.scope):
        return ToolResult("forecast_risks", {}, "No forecasts have been computed yet.",
                          error="no_forecasts")
    page = project_page(ctx.session, ctx.scope, ctx.today, ProjectFilters(health=("at_risk",)),
                        sort="p_on_time", page_size=limit)
    if not page.total:
        text = "No open project is at risk of missing its due date."
        return ToolResult("forecast_risks", {}, text, {"total": 0, "items": []})
    head = ("1 project at risk" if page.total == 1 else f"{page.total} projects at risk")
    lines = [f"**{head}** of missing the due date (not late yet; a chance of finishing on "
             "time below 50%, or behind schedule where there is no forecast"
             + (f"; showing {len(page.items)})" if page.total > len(page.items) else ")")]
    for row in page.items:
        due = row.due_date.isoformat() if row.due_date else "no due date"
        p85 = row.p85_date.isoformat() if row.p85_date else "unknown"
        lines.append(f"- {link(row.key)} {row.name}: {_pct(row.p_on_time)} on time, 85% sure "
                     f"to finish by {p85} (due {due}){_drivers(row.drivers)}")
    data = {"total": page.total, "items": [row.key for row in page.items]}
    return ToolResult("forecast_risks", {}, "\n".join(lines), data,
                      [project_citation(row.key, row.name) for row in page.items])


def project_forecast(ctx: ToolContext, project_key: str) -> ToolResult:
    if not available(ctx.session, ctx.scope):
        return ToolResult("project_forecast", {}, "No forecasts have been computed yet.",
                          error="no_forecasts")
    row = _queries().project_forecast(ctx.session, ctx.scope, project_key.upper())
    if row is None:
        return ToolResult("project_forecast", {}, f"No forecast for {project_key}.",
                          error="not_found")
    dates = ", ".join(f"P{n} {d.isoformat()}" for n, d in
                      ((50, row.p50_date), (85, row.p85_date), (95, row.p95_date)) if d)
    due = row.due_date.isoformat() if row.due_date else "no due date"
    text = (f"**{link(row.key)} {row.name}**: {_pct(row.p_on_time)} chance of finishing by its "
            f"due date ({due}), by {row.method.replace('_', ' ')} as of "
            f"{row.as_of.isoformat()}. Finish dates: {dates or 'unknown'}"
            f"{_drivers(row.drivers)}.")
    data = {"key": row.key, "p_on_time": row.p_on_time, "p85_date": row.p85_date,
            "drivers": row.drivers}
    return ToolResult("project_forecast", {}, text, data, [project_citation(row.key, row.name)])
