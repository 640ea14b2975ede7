"""Figure builders: plain rows in, a plotly figure out. No I/O, so they test without a server."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from components.feedback import empty_figure

STATUS_ORDER = ["proposed", "active", "on_hold", "done", "cancelled"]
PRIORITY_COLORS = {"low": "#adb5bd", "medium": "#0d6efd", "high": "#fd7e14", "critical": "#dc3545"}
LAYOUT = {"margin": {"l": 40, "r": 20, "t": 40, "b": 40}, "height": 320, "template": "plotly_white"}


def _label(code: str) -> str:
    return code.replace("_", " ").capitalize()


def status_priority_figure(rows: Sequence) -> go.Figure:
    """Stacked bars: projects per status, split by priority."""
    if not rows:
        return empty_figure()
    statuses = [s for s in STATUS_ORDER if any(r.status == s for r in rows)]
    statuses += sorted({r.status for r in rows} - set(statuses))
    counts = {(r.status, r.priority): r.projects for r in rows}
    fig = go.Figure()
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
    fig = go.Figure()
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
    """Horizontal bars per portfolio: open projects, of which late, and done."""
    if not rows:
        return empty_figure()
    names = [r.portfolio for r in rows][::-1]
    fig = go.Figure()
    fig.add_bar(y=names, x=[r.open - r.late for r in rows][::-1], name="Open, on time",
                orientation="h", marker_color="#0d6efd")
    fig.add_bar(y=names, x=[r.late for r in rows][::-1], name="Open, late",
                orientation="h", marker_color="#dc3545")
    fig.add_bar(y=names, x=[r.done for r in rows][::-1], name="Done",
                orientation="h", marker_color="#198754")
    fig.update_layout(barmode="stack", title="Projects by portfolio",
                      legend={"orientation": "h", "y": -0.2}, **LAYOUT)
    return fig
