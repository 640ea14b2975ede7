"""Report charts: the dashboard's figure builders, restyled for paper, plus the two only a
report shows (the P(on time) distribution and resource hot spots as bars).

Plain rows in, plotly figures out; the runtime turns them into vector SVG.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import plotly.graph_objects as go

from components.feedback import empty_figure
from components.figures import (
    burnup_figure,
    due_timeline_figure,
    status_priority_figure,
    throughput_figure,
    throughput_summary,
)
from components.plotting import LAYOUT, PlainFigure, new_figure
from components.project_figures import items_status_figure, project_burnup_figure
from components.words import day, plural

WIDTH = 680  # CSS pixels: the text block of an A4 page with 16 mm margins, at 96 dpi
HEIGHT = 240  # three charts with their headings fit one A4 page
FONT = {"family": "DejaVu Sans, Arial, sans-serif", "size": 11, "color": "#212529"}
OVER = "#dc3545"


def for_print(fig: go.Figure | PlainFigure, height: int = HEIGHT) -> go.Figure:
    """No title (the report's heading names the chart), print font, a fixed size, no hover."""
    if isinstance(fig, dict):
        fig = go.Figure(fig, _validate=False)
    fig.update_layout(title=None, width=WIDTH, height=height, font=FONT,
                      margin={"l": 60, "r": 60, "t": 24, "b": 50}, hovermode=False,
                      paper_bgcolor="white", plot_bgcolor="white")
    return fig


def probability_figure(buckets: Sequence) -> go.Figure:
    """Open projects by forecast P(on time), red below the at-risk line."""
    if not any(b.projects for b in buckets):
        return empty_figure("No open project has a forecast yet.")
    labels = [f"{round(b.low * 100)}–{round(b.high * 100)}%" for b in buckets]
    colors = ["#dc3545" if b.high <= 0.5 else "#fd7e14" if b.high <= 0.8 else "#198754"
              for b in buckets]
    fig = new_figure(go.Bar(x=labels, y=[b.projects for b in buckets], marker_color=colors,
                            text=[b.projects or "" for b in buckets], textposition="outside"))
    fig.update_layout(xaxis={"title": "P(on time)", "type": "category"},
                      yaxis={"title": "Open projects"}, showlegend=False, **LAYOUT)
    return fig


def hot_spots_figure(busiest: Any) -> go.Figure:
    """The busiest people's peak load (highest daily load) in the window, as ordered by the
    query (busiest first, ties by name); over-allocated in red."""
    people = list(reversed(busiest.people))  # plotly draws the first bar at the bottom
    if not people:
        return empty_figure("Nobody is allocated to these projects in this period.")
    percents = [p.load * 100 for p in people]
    fig = new_figure(go.Bar(
        y=[p.name for p in people], x=percents, orientation="h",
        text=[f"{round(x, 1):g}%" for x in percents], textposition="outside",
        marker_color=[OVER if p.over else "#0d6efd" for p in people]))
    fig.add_vline(x=100, line={"color": OVER, "dash": "dash"})
    title = f"Peak load (highest daily load), {window_label(busiest)} (%)"
    fig.update_layout(xaxis={"title": title,
                             "range": [0, max([*percents, 100]) * 1.15]}, showlegend=False,
                      **{**LAYOUT, "margin": {"l": 140, "r": 20, "t": 20, "b": 40}})
    fig.update_yaxes(automargin=True, type="category")
    fig = for_print(fig, max(HEIGHT, 18 * len(people) + 60))
    fig.update_layout(margin={"l": 130, "r": 20})
    return fig


def window_label(busiest: Any) -> str:
    """The hot spots' window, both days included: "17 Jun – 11 Aug 2026"."""
    start, end = busiest.start, busiest.end
    first = f"{start.day} {start:%b}" + ("" if start.year == end.year else f" {start.year}")
    return f"{first} – {day(end)}"


PORTFOLIO_CHARTS = ("status_priority", "burnup", "throughput", "forecast", "hot_spots", "due")
CHART_TITLES = {
    "status_priority": "Projects by status and priority",
    "burnup": "Portfolio burn-up (story points)",
    "throughput": "Weekly throughput",
    "forecast": "Forecast distribution: open projects by P(on time)",
    "hot_spots": "Resource hot spots",
    "due": "Open projects by due month",
    "project_burnup": "Burn-up with due date and forecast cone",
    "items": "Work items by status",
}


def portfolio_charts(facts: Any) -> dict[str, go.Figure]:
    """The six charts of a portfolio report, by name (``PORTFOLIO_CHARTS``)."""
    return {
        "status_priority": for_print(status_priority_figure(facts.status_priority)),
        "burnup": for_print(burnup_figure(facts.burnup)),
        "throughput": for_print(throughput_figure(facts.throughput, facts.today)),
        "forecast": for_print(probability_figure(facts.buckets)),
        "hot_spots": hot_spots_figure(facts.hot_spots),
        "due": for_print(due_timeline_figure(facts.due)),
    }


def project_charts(facts: Any) -> dict[str, go.Figure]:
    d = facts.detail
    return {
        "project_burnup": for_print(project_burnup_figure(facts.burnup, d.due_date, facts.cone),
                                    340),
        "items": for_print(items_status_figure(facts.items_by_status), 240),
    }


def chart_summary(name: str, facts: Any) -> str:
    """One line under a chart saying what it shows in numbers (also what a screen reader
    or a text search finds)."""
    if name == "status_priority":
        total = sum(r.projects for r in facts.status_priority)
        return f"{plural(total, 'project')} in view."
    if name == "throughput" and facts.throughput:
        return throughput_summary(facts.throughput, facts.today)
    if name == "burnup" and facts.burnup:
        last = facts.burnup[-1]
        return f"Now: {last.done:,} of {plural(last.scope, 'point')} done."
    if name == "forecast":
        at_risk, late = below_half(facts.buckets)
        below = at_risk + late
        return (f"{plural(below, 'open project')} below 50% P(on time): "
                f"{at_risk} at risk and {late} late.")
    if name == "hot_spots":
        hot = facts.hot_spots
        shown = (f"; the {len(hot.people)} busiest are shown" if hot.total > len(hot.people)
                 else "")
        since = day(hot.start)
        since = f"today, {since}," if hot.start == facts.today else since
        return (f"{hot.over:,} of the {plural(hot.total, 'person', 'people')} allocated to the "
                f"projects in view between {since} and {day(hot.end)} "
                f"{'is' if hot.over == 1 else 'are'} over "
                f"100% on at least one day{shown}. A person's load counts all their "
                "allocations you may see.")
    if name == "due":
        return f"{plural(sum(r.projects for r in facts.due), 'open project')} due in this window."
    return ""


def below_half(buckets: Sequence[Any]) -> tuple[int, int]:
    """(at risk, late): the open projects whose P(on time) is below 50 %, split. Those not late
    are exactly the at-risk projects that have a forecast (docs/metrics.md)."""
    below = [b for b in buckets if b.high <= 0.5]
    late = sum(b.late for b in below)
    return sum(b.projects for b in below) - late, late


def figure_summaries(names: Sequence[str], facts: Any) -> Mapping[str, str]:
    return {n: chart_summary(n, facts) for n in names}
