"""Figures of one project and of people: burn-up with the due date, items, load, skills."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import plotly.graph_objects as go

from components.feedback import empty_figure
from components.plotting import LAYOUT, new_figure

ITEM_STATUS = [("todo", "To do", "#adb5bd"), ("in_progress", "In progress", "#fd7e14"),
               ("done", "Done", "#198754")]


def project_burnup_figure(points: Sequence, due_date: dt.date | None,
                          cone: Sequence = ()) -> go.Figure:
    """Scope and done points over the project's snapshots, with the due date marked and, when
    given, the Monte Carlo cone of done points ahead: ``(day, P15, P50, P85)`` rows."""
    if not points:
        return empty_figure("No history yet: snapshots start when work starts.")
    days = [p.day for p in points]
    fig = new_figure()
    if cone:
        start = [(days[-1], points[-1].done)]
        ahead = start + [(c[0], c[1]) for c in cone]
        fig.add_scatter(x=[d for d, _ in ahead], y=[v for _, v in ahead], mode="lines",
                        line={"width": 0}, showlegend=False, hoverinfo="skip")
        high = start + [(c[0], c[3]) for c in cone]
        fig.add_scatter(x=[d for d, _ in high], y=[v for _, v in high], mode="lines",
                        line={"width": 0}, fill="tonexty", fillcolor="rgba(25,135,84,0.15)",
                        name="Forecast P15–P85")
        mid = start + [(c[0], c[2]) for c in cone]
        fig.add_scatter(x=[d for d, _ in mid], y=[v for _, v in mid], mode="lines",
                        name="Forecast P50", line={"color": "#198754", "dash": "dash"})
    fig.add_scatter(x=days, y=[p.scope for p in points], name="Scope", mode="lines",
                    line={"color": "#6c757d", "dash": "dot"})
    fig.add_scatter(x=days, y=[p.done for p in points], name="Done", mode="lines",
                    fill="tozeroy", line={"color": "#198754"})
    fig.add_scatter(x=days, y=[p.done + p.in_progress for p in points], name="Done + in progress",
                    mode="lines", line={"color": "#fd7e14", "width": 1})
    if due_date:
        fig.add_shape(type="line", x0=due_date, x1=due_date, y0=0, y1=1, yref="paper",
                      line={"color": "#dc3545", "dash": "dash"})
        fig.add_annotation(x=due_date, y=1, yref="paper", text="Due", showarrow=False,
                           font={"color": "#dc3545"}, yanchor="bottom")
    fig.update_layout(title="Burn-up (points)", legend={"orientation": "h", "y": -0.2}, **LAYOUT)
    return fig


def items_status_figure(counts: Sequence) -> go.Figure:
    """Work items by status (points on hover)."""
    by_status = {c.status: c for c in counts}
    if not by_status:
        return empty_figure("This project has no work items.")
    present = [s for s in ITEM_STATUS if s[0] in by_status]
    fig = new_figure(go.Bar(
        x=[label for _, label, _ in present],
        y=[by_status[code].items for code, _, _ in present],
        marker_color=[color for _, _, color in present],
        customdata=[by_status[code].points for code, _, _ in present],
        hovertemplate="%{x}: %{y} items, %{customdata} points<extra></extra>",
    ))
    fig.update_layout(title="Work items by status", **LAYOUT)
    return fig


def heatmap_figure(heatmap) -> go.Figure:
    """People × weeks, coloured by load; above 100 % reads red."""
    if not heatmap.items:
        return empty_figure("Nobody is allocated in this period.")
    z = [[round(v * 100) for v in r.loads] for r in heatmap.items]
    fig = new_figure(go.Heatmap(
        z=z, x=heatmap.weeks, y=[r.name for r in heatmap.items], zmin=0, zmax=150,
        colorscale=[[0, "#f8f9fa"], [0.5, "#0d6efd"], [0.66, "#fd7e14"], [1, "#dc3545"]],
        colorbar={"title": "Load %"}, hovertemplate="%{y}, week of %{x}: %{z}%<extra></extra>",
    ))
    layout = {**LAYOUT, "height": max(320, 28 * len(heatmap.items) + 120)}
    fig.update_layout(title="Weekly load of the people allocated now, busiest first",
                      yaxis={"autorange": "reversed"}, **layout)
    return fig


def skills_figure(rows: Sequence) -> go.Figure:
    """Open points needing each skill against how many people have it."""
    if not rows:
        return empty_figure("No skills recorded.")
    skills = [r.skill for r in rows]
    fig = new_figure()
    fig.add_bar(x=skills, y=[r.open_points for r in rows], name="Open points needing it",
                marker_color="#fd7e14")
    fig.add_scatter(x=skills, y=[r.people for r in rows], name="People who have it",
                    yaxis="y2", mode="markers", marker={"size": 11, "color": "#0d6efd"})
    fig.update_layout(
        title="Skills: open demand vs people",
        yaxis={"title": "Open points"},
        yaxis2={"title": "People", "overlaying": "y", "side": "right", "showgrid": False,
                "rangemode": "tozero"},
        xaxis={"tickangle": -40, "automargin": True},
        legend={"orientation": "h", "y": 1.12},
        **{**LAYOUT, "height": 380},
    )
    return fig
