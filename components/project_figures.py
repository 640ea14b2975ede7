"""Figures of one project and of people: burn-up with the due date and forecast cone, items,
weekly load, skills. Plain rows in, a plotly figure out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go

from components.feedback import empty_figure
from components.plotting import PlainFigure, count_axis, new_figure, titled, trace
from components.theme import (
    BLUE,
    CHANGED_COLOR,
    CHANGED_FILL,
    CONE_FILL,
    DONE_COLOR,
    DUE_COLOR,
    GREY,
    ITEM_STATUS_COLORS,
    ORANGE,
    SCOPE_COLOR,
    VERMILLION,
)
from components.words import ITEM_STATUS_LABELS, day, items_by_status, names_and, plural

ITEM_STATUS = list(ITEM_STATUS_LABELS.items())
LEGEND_BELOW = {"orientation": "h", "y": -0.22, "x": 0, "xanchor": "left"}
# (day, P15, P50, P85) rows; models.montecarlo.ConeRow adds the P5 edge as a fifth value.
Cone = Sequence[tuple[dt.date, float, float, float]
                | tuple[dt.date, float, float, float, float]]


def _cone_traces(start: tuple[dt.date, float], cone: Cone, name: str, line: str, fill: str,
                 dash: str) -> list[dict[str, Any]]:
    """The P15–P85 band and the P50 line of done points ahead, from today's done points."""
    days = [start[0], *[c[0] for c in cone]]
    low = [start[1], *[c[1] for c in cone]]
    mid = [start[1], *[c[2] for c in cone]]
    high = [start[1], *[c[3] for c in cone]]
    labels = [day(d) for d in days]
    return [
        trace("scatter", x=days, y=low, mode="lines", line={"width": 0}, showlegend=False,
              hoverinfo="skip", name=f"{name} P15"),
        trace("scatter", x=days, y=high, mode="lines", line={"width": 0}, fill="tonexty",
              fillcolor=fill, name=f"{name}: likely range (P15–P85)",
              customdata=[list(c) for c in zip(labels, low, strict=True)],
              hovertemplate=f"{name}, %{{customdata[0]}}: between "
                            "%{customdata[1]:.0f} and %{y:.0f} points done<extra></extra>"),
        trace("scatter", x=days, y=mid, mode="lines", name=f"{name}: median (P50)",
              line={"color": line, "dash": dash, "width": 2}, customdata=labels,
              hovertemplate=f"{name}, %{{customdata}}: about %{{y:.0f}} points done "
                            "(median)<extra></extra>"),
    ]


def project_burnup_figure(points: Sequence[Any], due_date: dt.date | None, cone: Cone = (),
                          dates: dict[str, dt.date | None] | None = None,
                          changed: Cone = (), changed_scope: float | None = None,
                          subtitle: str = "") -> go.Figure | PlainFigure:
    """Scope and done points over the project's snapshots, the due date, and the Monte Carlo
    cone of done points ahead (``(day, P15, P50, P85)`` rows); with ``changed`` a what-if's cone
    beside it. The time axis runs to the last forecast date (cone end, P95, due date)."""
    if not points:
        return empty_figure("No history yet: snapshots start when work starts.")
    known: dict[str, dt.date] = {k: v for k, v in (dates or {}).items() if v}
    days = [p.day for p in points]
    labels = [day(d) for d in days]
    last = points[-1]
    start = (days[-1], float(last.done))
    traces = [*(_cone_traces(start, cone, "Forecast", BLUE, CONE_FILL, "dash") if cone else []),
              *(_cone_traces(start, changed, "With the change", CHANGED_COLOR, CHANGED_FILL,
                             "dot") if changed else []),
              trace("scatter", x=days, y=[p.scope for p in points], name="Scope", mode="lines",
                    line={"color": SCOPE_COLOR, "dash": "dot", "width": 2}, customdata=labels,
                    hovertemplate="%{customdata}: scope %{y} points<extra></extra>"),
              trace("scatter", x=days, y=[p.done + p.in_progress for p in points],
                    name="Done + in progress", mode="lines",
                    line={"color": ORANGE, "width": 1.5}, customdata=labels,
                    hovertemplate="%{customdata}: %{y} points done or in progress"
                                  "<extra></extra>"),
              trace("scatter", x=days, y=[p.done for p in points], name="Done", mode="lines",
                    fill="tozeroy", line={"color": DONE_COLOR, "width": 2},
                    fillcolor="rgba(0, 114, 178, 0.35)", customdata=labels,
                    hovertemplate="%{customdata}: %{y} points done<extra></extra>")]
    ends = [days[-1], *(c[0] for c in cone), *(c[0] for c in changed), *known.values()]
    if due_date:
        ends.append(due_date)
    end = max(ends)
    if changed_scope is not None and changed:
        traces.append(trace("scatter", x=[days[-1], end], y=[changed_scope, changed_scope],
                            name="Scope with the change", mode="lines",
                            line={"color": CHANGED_COLOR, "dash": "dot", "width": 2},
                            hovertemplate=f"Scope with the change: {changed_scope:.0f} points"
                                          "<extra></extra>"))
    span = (end - days[0]).days or 1
    marks: list[tuple[str, dt.date, str, str]] = (
        [("Due", due_date, DUE_COLOR, "dash")] if due_date else [])
    marks += [(name, d, GREY, "dot") for name, d in known.items()]
    shapes, notes = [], []
    for i, (name, when, color, dash) in enumerate(marks):
        shapes.append({"type": "line", "x0": when, "x1": when, "y0": 0, "y1": 1, "yref": "paper",
                       "line": {"color": color, "dash": dash, "width": 1.5}})
        late_in_view = (when - days[0]).days > 0.75 * span
        notes.append({"x": when, "y": 1.0 - 0.07 * (i % 3), "yref": "paper", "showarrow": False,
                      "text": f"{name} {day(when)}", "font": {"size": 11},
                      "xanchor": "right" if late_in_view else "left",
                      "bgcolor": "rgba(128,128,128,0.12)"})
    top = max([p.scope for p in points] + [c[3] for c in cone] + [c[3] for c in changed]
              + ([changed_scope] if changed_scope is not None else []))
    share = last.done / last.scope if last.scope else 0
    summary = (f"{last.done:,} of {plural(last.scope, 'point')} done ({share:.0%}) on "
               f"{day(days[-1])}"
               + (f"; due {day(due_date)}" if due_date else "")
               + "".join(f"; {name} forecast {day(d)}" for name, d in known.items())
               + ("; the what-if cone is drawn beside the forecast" if changed else "") + ".")
    height = 540 if changed else 400  # the what-if's long legend takes a row per entry
    return titled(traces, "Burn-up: scope and done story points", subtitle or "Whole project",
                  summary, legend=LEGEND_BELOW, height=height, shapes=shapes, annotations=notes,
                  xaxis={"title": {"text": "Date"}, "type": "date",
                         "range": [days[0], end + dt.timedelta(days=max(7, span // 25))]},
                  yaxis=count_axis("Story points", top))


def items_status_figure(counts: Sequence[Any], subtitle: str = "") -> go.Figure | PlainFigure:
    """Work items by status (points on hover)."""
    by_status = {c.status: c for c in counts}
    if not by_status:
        return empty_figure("This project has no work items.")
    present = [s for s in ITEM_STATUS if s[0] in by_status]
    bars = trace(
        "bar",
        x=[label for _, label in present],
        y=[by_status[code].items for code, _ in present],
        marker={"color": [ITEM_STATUS_COLORS[code] for code, _ in present]},
        customdata=[by_status[code].points for code, _ in present],
        name="Work items",
        hovertemplate="%{x}: %{y} work items, %{customdata} points<extra></extra>",
    )
    summary = items_by_status([(c.status, c.items) for c in counts])
    return titled([bars], "Work items by status", subtitle or "Whole project",
                  f"Work items: {summary}.", showlegend=False,
                  xaxis={"title": {"text": "Status"}},
                  yaxis=count_axis("Work items", max(c.items for c in counts)))


def _load_scale(top: float) -> list[list[Any]]:
    """Light to dark blue up to 100 % of capacity, orange to vermillion above it."""
    at = min(1.0, 100 / top)
    scale: list[list[Any]] = [[0, "#F2F7FB"], [at * 0.5, "#9ECAE1"], [at, "#08519C"]]
    if at < 1:
        scale += [[min(1.0, at + 1e-6), ORANGE], [1, VERMILLION]]
    return scale


def heatmap_figure(heatmap: Any, subtitle: str = "People allocated this week") -> go.Figure:
    """People × weeks, coloured by load; the scale runs to the real maximum, 100 % is marked
    and everything above it turns orange to vermillion."""
    if not heatmap.items:
        return empty_figure("Nobody is allocated in this period.")
    z = [[round(v * 100) for v in r.loads] for r in heatmap.items]
    highest = max(max(row) for row in z)  # the data's maximum, said in the summary
    top = max(100, highest)  # the colour scale's ceiling: never below capacity
    ticks = sorted({0, 50, 100, *range(150, int(top) + 1, 50), int(top)})
    fig = new_figure(go.Heatmap(
        z=z, x=[w.isoformat() for w in heatmap.weeks], y=[r.name for r in heatmap.items],
        zmin=0, zmax=top, colorscale=_load_scale(top), xgap=1, ygap=1,
        colorbar={"title": {"text": "Load (% of capacity)", "side": "top"}, "tickvals": ticks,
                  "ticktext": [f"{t}%" + (" = capacity" if t == 100 else "") for t in ticks],
                  "orientation": "h", "thickness": 12, "len": 1, "x": 0, "xanchor": "left",
                  "y": 0.01, "yanchor": "bottom", "yref": "container"},
        customdata=[[r.role] * len(heatmap.weeks) for r in heatmap.items],
        text=[[day(w) for w in heatmap.weeks]] * len(heatmap.items),  # hover only: no texttemplate
        hovertemplate="%{y} (%{customdata}), week of %{text}: %{z}% of capacity"
                      "<extra></extra>",
    ))
    over = sum(1 for row in z if any(v > 100 for v in row))
    summary = (f"{plural(len(z), 'person', 'people')} shown; {over:,} "
               f"{'is' if over == 1 else 'are'} above 100% of their capacity in at least one "
               f"week; the highest weekly load is {highest:.0f}%.")
    return titled(fig, "Weekly load by person (busiest first)", subtitle, summary,
                  height=max(380, 26 * len(heatmap.items) + 230),
                  margin={"l": 56, "r": 16, "t": 64, "b": 130},
                  xaxis={"title": {"text": "Week starting"}, "type": "category",
                         "tickangle": -45, "tickvals": [w.isoformat() for w in heatmap.weeks],
                         "ticktext": [day(w) for w in heatmap.weeks]},  # ISO x, "7 Dec 2026"
                  yaxis={"autorange": "reversed", "automargin": True, "title": {"text": ""}})


SKILLS_SHOWN = 25  # skills drawn at most; the sentence names the ones left out
SKILLS_NAMED = 3  # left-out skills named one by one; more are counted


def _skill_words(r: Any) -> str:
    return (f"{r.skill} ({plural(r.open_points, 'open point')}, "
            f"{plural(r.people, 'person', 'people')})")


def skills_figure(rows: Sequence[Any], subtitle: str = "All skills",
                  shown: int = SKILLS_SHOWN) -> go.Figure:
    """Open points needing each skill beside how many people have it: two panels sharing the
    skills, each with its own zero-based axis (no second axis on one panel).

    ``rows`` are every skill in view, most open points first; the ``shown`` first are drawn,
    and the subtitle and sentence say so and name the ones left out (the chart said "25 skills"
    while 27 had open work, leaving two out without a word)."""
    if not rows:
        return empty_figure("No skills recorded.")
    everything = list(rows)
    left_out = everything[shown:]
    rows = everything[:shown][::-1]
    skills = [r.skill for r in rows]
    fig = new_figure()
    fig.add_bar(y=skills, x=[r.open_points for r in rows], orientation="h",
                name="Open points needing the skill", marker_color=ORANGE, xaxis="x",
                customdata=[r.open_items for r in rows],
                hovertemplate="%{y}: %{x} open points (%{customdata} items) need it"
                              "<extra></extra>")
    fig.add_bar(y=skills, x=[r.people for r in rows], orientation="h",
                name="People who have it", marker_color=BLUE, xaxis="x2",
                hovertemplate="%{y}: %{x} people have it<extra></extra>")
    thin = max(rows, key=lambda r: r.points_per_person)  # data.resource_queries
    if left_out:
        named = [_skill_words(r) for r in left_out[:SKILLS_NAMED]]
        more = len(left_out) - len(named)
        if more:
            named.append(plural(more, "more skill"))
        counted = (f"The {len(rows)} skills with the most open points, of {len(everything)}; not "
                   f"shown: {names_and(named)}.")
        subtitle = (f"{subtitle} · top {len(rows)} of {len(everything)} skills by open "
                    "points")
    else:
        counted = f"{plural(len(rows), 'skill')}."
    summary = (f"{counted} Most open work per person: {thin.skill} "
               f"({plural(thin.open_points, 'point')}, "
               f"{plural(thin.people, 'person', 'people')}).")
    return titled(fig, "Skills: open work against the people who have them", subtitle, summary,
                  height=max(380, 22 * len(rows) + 150), legend={**LEGEND_BELOW, "y": -0.12},
                  xaxis={**count_axis("Open points", max(r.open_points for r in rows)),
                         "domain": [0, 0.56], "tickformat": ",d"},
                  xaxis2={**count_axis("People", max(r.people for r in rows)),
                          "domain": [0.64, 1], "anchor": "y"},
                  yaxis={"automargin": True})


WEEK_TICKS = 9  # week labels at most on a weekly chart (every other week beyond that)


def week_ticks(weeks: Sequence[dt.date], this_week: dt.date | None = None) -> dict[str, Any]:
    """Ticks on the Mondays the bars stand on, labelled "7 Dec 2026": plotly's own ticks on a
    date axis fall on Sundays ("Nov 15", "Nov 29"), a day before each bar. Every week, or every
    ``n``-th counted from this week so that this week is always labelled."""
    step = -(-len(weeks) // WEEK_TICKS)  # ceil
    anchor = weeks.index(this_week) if this_week in weeks else 0
    shown = [w for i, w in enumerate(weeks) if (i - anchor) % step == 0]
    return {"tickmode": "array", "tickvals": shown, "ticktext": [day(w) for w in shown]}


def person_load_figure(weeks: Sequence[dt.date], loads: Sequence[float], name: str,
                       this_week: dt.date | None = None) -> go.Figure | PlainFigure:
    """One person's load per week (peak daily share, ``data.metrics``) with 100 % marked."""
    if not weeks or not any(loads):
        return empty_figure("No allocations in these weeks.")
    values = [round(v * 100) for v in loads]
    colors = [VERMILLION if v > 100 else BLUE for v in values]
    bars = trace("bar", x=list(weeks), y=values, marker={"color": colors}, name="Load",
                 customdata=[day(w) for w in weeks],
                 hovertemplate="Week of %{customdata}: %{y}% of capacity<extra></extra>")
    shapes = [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": 100, "y1": 100,
               "line": {"color": GREY, "dash": "dash", "width": 1.5}}]
    notes = [{"xref": "paper", "x": 1, "y": 100, "text": "100% = capacity", "showarrow": False,
              "xanchor": "right", "yanchor": "bottom", "font": {"size": 11}}]
    if this_week:
        shapes.append({"type": "line", "x0": this_week, "x1": this_week, "y0": 0, "y1": 1,
                       "yref": "paper", "line": {"color": GREY, "dash": "dot", "width": 1}})
    over = [w for w, v in zip(weeks, values, strict=True) if v > 100]
    summary = (f"Highest weekly load {max(values)}%; above capacity in {len(over)} of "
               f"{plural(len(values), 'week')}"
               + (f", first in the week of {day(over[0])}" if over else "") + ".")
    top = max(100, max(values))
    return titled([bars], f"Weekly load of {name}", "All projects you can see", summary,
                  shapes=shapes, annotations=notes, showlegend=False,
                  xaxis={"title": {"text": "Week starting"}, "type": "date",
                         **week_ticks(weeks, this_week)},
                  yaxis={**count_axis("Load (% of capacity)", top), "ticksuffix": "%"})
