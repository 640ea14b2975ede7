"""Figure builders: plain rows in, a plotly figure out. No I/O, so they test without a server."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from components.feedback import empty_figure
from components.plotting import LAYOUT, new_figure

STATUS_ORDER = ["proposed", "active", "on_hold", "done", "cancelled"]
PRIORITY_COLORS = {"low": "#adb5bd", "medium": "#0d6efd", "high": "#fd7e14", "critical": "#dc3545"}


def _label(code: str) -> str:
    return code.replace("_", " ").capitalize()


def status_priority_figure(rows: Sequence) -> go.Figure:
    """Stacked bars: projects per status, split by priority."""
    if not rows:
        return empty_figure()
    statuses = [s for s in STATUS_ORDER if any(r.status == s for r in rows)]
    statuses += sorted({r.status for r in rows} - set(statuses))
    counts = {(r.status, r.priority): r.projects for r in rows}
    fig = new_figure()
    for priority, color in PRIORITY_COLORS.items():
        fig.add_bar(
            name=_label(priority),
            x=[_label(s) for s in statuses],
            y=[counts.get((s, priority), 0) for s in statuses],
            marker_color=color,
            customdata=[[s, priority] for s in statuses],
        )
    fig.update_layout(barmode="stack", title="Projects by status and priority",
                      legend_title_text="Priority", **LAYOUT)
    return fig


def throughput_figure(rows: Sequence) -> go.Figure:
    """Work items finished per week, with story points on a second axis."""
    if not rows or not any(r.items for r in rows):
        return empty_figure("No work finished in this period.")
    weeks = [r.week for r in rows]
    fig = new_figure()
    fig.add_bar(x=weeks, y=[r.items for r in rows], name="Items done", marker_color="#0d6efd")
    fig.add_scatter(x=weeks, y=[r.points for r in rows], name="Points done", yaxis="y2",
                    mode="lines+markers", line={"color": "#198754"})
    fig.update_layout(
        title="Weekly throughput",
        yaxis={"title": "Items"},
        yaxis2={"title": "Points", "overlaying": "y", "side": "right", "showgrid": False},
        legend={"orientation": "h", "y": -0.2},
        **LAYOUT,
    )
    return fig


def portfolio_figure(rows: Sequence) -> go.Figure:
    """Horizontal bars per portfolio: open projects, of which late, and done. Click filters."""
    if not rows:
        return empty_figure()
    rows = list(rows)[::-1]
    names = [r.portfolio for r in rows]
    ids = [[r.portfolio_id] for r in rows]
    fig = new_figure()
    for name, values, color in (
        ("Open, on time", [r.open - r.late for r in rows], "#0d6efd"),
        ("Open, late", [r.late for r in rows], "#dc3545"),
        ("Done", [r.done for r in rows], "#198754"),
    ):
        fig.add_bar(y=names, x=values, name=name, orientation="h", marker_color=color,
                    customdata=ids)
    fig.update_layout(barmode="stack", title="Projects by portfolio",
                      legend={"orientation": "h", "y": -0.2}, **LAYOUT)
    return fig


HEALTH_COLORS = {"late": "#dc3545", "at_risk": "#fd7e14", "on_track": "#0d6efd"}


def burnup_figure(rows: Sequence) -> go.Figure:
    """Portfolio burn-up: cumulative scope against cumulative done points per week."""
    if not rows or not any(r.scope for r in rows):
        return empty_figure()
    weeks = [r.week for r in rows]
    fig = new_figure()
    fig.add_scatter(x=weeks, y=[r.scope for r in rows], name="Scope", mode="lines",
                    line={"color": "#6c757d", "dash": "dot"})
    fig.add_scatter(x=weeks, y=[r.done for r in rows], name="Done", mode="lines",
                    fill="tozeroy", line={"color": "#198754"})
    fig.update_layout(title="Portfolio burn-up (points)", legend={"orientation": "h", "y": -0.2},
                      **LAYOUT)
    return fig


def due_timeline_figure(rows: Sequence) -> go.Figure:
    """Open projects by due month, stacked by health. Clicking a month filters to it."""
    if not rows:
        return empty_figure("No open projects are due in this period.")
    months = sorted({r.month for r in rows})
    counts = {(r.month, r.health): r.projects for r in rows}
    labels = [m.strftime("%b %Y") for m in months]  # categories: one bar per month, no gaps
    fig = new_figure()
    for state, color in HEALTH_COLORS.items():
        fig.add_bar(x=labels, y=[counts.get((m, state), 0) for m in months],
                    name=_label(state), marker_color=color,
                    customdata=[[m.isoformat()] for m in months])
    fig.update_layout(barmode="stack", title="Open projects by due month",
                      xaxis={"type": "category"}, legend={"orientation": "h", "y": -0.2},
                      **LAYOUT)
    return fig
