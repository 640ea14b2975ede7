"""The overview's figures: plain rows in, a figure out (no I/O: they test without a server).

Each builder hands ``titled`` its traces as plain data (``trace``), so the figure is the JSON
Dash sends, with no plotly object built, validated and deep-copied on the way (most of the
overview callback's time beside its SQL); ``tests/unit/test_plain_traces.py`` runs plotly's
validation over each one.

Each says what it shows (title), for which filters (subtitle), what its axes count (axis titles
with units), and each bar in words on hover; ``layout.meta.summary`` is its one-line text
alternative. Health colours come from ``components.theme`` and mean the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go

from components.feedback import empty_figure
from components.plotting import PlainFigure, count_axis, titled, trace
from components.theme import (
    DONE_COLOR,
    HEALTH_COLORS,
    HEALTH_LABELS,
    PRIORITY_COLORS,
    SCOPE_COLOR,
)
from components.words import day, names_and, plural

STATUS_ORDER = ["proposed", "active", "on_hold", "done", "cancelled"]
ALL = "All projects you can see"
WEEK_MS = 7 * 24 * 3600 * 1000
LEGEND_BELOW = {"orientation": "h", "y": -0.22, "x": 0, "xanchor": "left",
                "title": {"text": ""}, "traceorder": "normal"}
# At the figure's foot, whatever room the x axis takes: placed in the figure's coordinates
# ("container"), plotly reserves the legend's height at the bottom and stacks the axis's tick
# labels and title (automargin) above it. LEGEND_BELOW sits a fixed share of the plot's height
# under the axis, so it landed on month labels a phone's width had turned upright (390 px).
LEGEND_FOOT = {**LEGEND_BELOW, "yref": "container", "y": 0, "yanchor": "bottom"}


def _label(code: str) -> str:
    return code.replace("_", " ").capitalize()


def most_late(rows: Sequence[Any]) -> str:
    """Where the late projects are, without naming one portfolio of several that tie:
    "most in Data Platform: 3", "most in Growth and Payments: 2 each", "no portfolio has more
    than 1"; "" when none is late."""
    top = max((r.late for r in rows), default=0)
    if not top:
        return ""
    leaders = [r.portfolio for r in rows if r.late == top]
    if len(leaders) == 1:
        return f"most in {leaders[0]}: {top:,}"
    if len(leaders) <= 3 and top > 1:
        return f"most in {names_and(leaders)}: {top:,} each"
    return f"no portfolio has more than {top:,}"


def status_priority_figure(rows: Sequence[Any], subtitle: str = ALL) -> go.Figure | PlainFigure:
    """Stacked bars: projects per status, split by priority. Click a segment to filter."""
    if not rows:
        return empty_figure()
    statuses = [s for s in STATUS_ORDER if any(r.status == s for r in rows)]
    statuses += sorted({r.status for r in rows} - set(statuses))
    counts = {(r.status, r.priority): r.projects for r in rows}
    labels = [_label(s) for s in statuses]
    fig = [trace("bar", name=_label(priority), x=labels,
                 y=[counts.get((s, priority), 0) for s in statuses],
                 marker={"color": color, "line": {"width": 0}},
                 customdata=[[s, priority] for s in statuses],
                 hovertemplate=f"%{{y}} {priority}-priority projects are %{{x}}<extra></extra>")
           for priority, color in PRIORITY_COLORS.items()]
    totals = {s: sum(counts.get((s, p), 0) for p in PRIORITY_COLORS) for s in statuses}
    biggest = max(totals, key=lambda s: totals[s])
    summary = (f"{plural(sum(totals.values()), 'project')}: "
               + ", ".join(f"{totals[s]:,} {_label(s).lower()}" for s in statuses)
               + f". Most are {_label(biggest).lower()}.")
    return titled(fig, "Projects by status and priority", subtitle, summary,
                  barmode="stack", legend=LEGEND_BELOW,
                  xaxis={"title": {"text": "Status"}},
                  yaxis=count_axis("Projects", max(totals.values())))


def split_running_week(rows: Sequence[Any], today: dt.date | None
                       ) -> tuple[list[Any], list[Any]]:
    """The full weeks and the running (partial) one: the week that holds ``today``."""
    this_monday = (today - dt.timedelta(days=today.weekday())) if today else None
    return ([r for r in rows if r.week != this_monday], [r for r in rows if r.week == this_monday])


def throughput_summary(rows: Sequence[Any], today: dt.date | None) -> str:
    """The weekly throughput in one sentence, full weeks only (the running week said apart):
    the overview's chart and the PDF report say the same."""
    full, running = split_running_week(rows, today)
    recent = full[-4:]
    average = sum(r.items for r in recent) / len(recent) if recent else 0
    done = sum(r.items for r in full)
    return (f"Over the last {plural(len(full), 'full week')}, {plural(done, 'work item')} "
            f"{'was' if done == 1 else 'were'} finished; {average:,.0f} a week in the last four "
            "full weeks."
            + (f" This week so far: {running[0].items:,}." if running else ""))


def throughput_figure(rows: Sequence[Any], today: dt.date | None = None,
                      subtitle: str = ALL) -> go.Figure | PlainFigure:
    """Work items finished per week (points on hover); the running week is drawn as partial."""
    if not rows or not any(r.items for r in rows):
        return empty_figure("No work finished in this period.")
    full, running = split_running_week(rows, today)
    fig = [trace("bar", x=[r.week for r in full], y=[r.items for r in full],
                 name="Finished in the week", marker={"color": DONE_COLOR},
                 width=0.8 * WEEK_MS, xperiod=WEEK_MS, xperiodalignment="middle",
                 customdata=[[day(r.week), r.points] for r in full],
                 hovertemplate="Week of %{customdata[0]}: %{y} work items finished "
                               "(%{customdata[1]} points)<extra></extra>")]
    if running:
        fig.append(trace("bar", x=[r.week for r in running], y=[r.items for r in running],
                         name="This week so far (not over)", width=0.8 * WEEK_MS,
                         xperiod=WEEK_MS, xperiodalignment="middle",
                         marker={"color": "rgba(0, 114, 178, 0.35)",
                                 "pattern": {"shape": "/", "solidity": 0.35,
                                             "fgcolor": DONE_COLOR}},
                         customdata=[[day(r.week), r.points] for r in running],
                         hovertemplate="Week of %{customdata[0]}, so far: %{y} work items "
                                       "finished (%{customdata[1]} points); the week is not "
                                       "over<extra></extra>"))
    return titled(fig, "Work items finished per week", subtitle, throughput_summary(rows, today),
                  barmode="overlay", bargap=0.15, legend=LEGEND_BELOW,
                  xaxis={"title": {"text": "Week (starting Monday)"}, "type": "date"},
                  yaxis=count_axis("Work items finished", max(r.items for r in rows)))


def portfolio_figure(rows: Sequence[Any], subtitle: str = ALL) -> go.Figure | PlainFigure:
    """Horizontal bars per portfolio: open and not late, late, and done. Click filters."""
    if not rows:
        return empty_figure()
    rows = list(rows)[::-1]
    names = [r.portfolio for r in rows]
    ids = [[r.portfolio_id] for r in rows]
    fig = [trace("bar", y=names, x=values, name=name, orientation="h",
                 marker={"color": color, "line": {"width": 0}}, customdata=ids,
                 hovertemplate=f"%{{y}}: %{{x}} {words}<extra></extra>")
           for name, values, color, words in (
               ("Open, not late", [r.open - r.late for r in rows], HEALTH_COLORS["on_track"],
                "open projects not late"),
               ("Late", [r.late for r in rows], HEALTH_COLORS["late"], "late projects"),
               ("Done", [r.done for r in rows], HEALTH_COLORS["closed"], "done projects"))]
    where = most_late(rows[::-1])  # in the rows' own order: most open projects first
    open_total = sum(r.open for r in rows)
    summary = (f"{plural(len(rows), 'portfolio')}; {plural(open_total, 'open project')}, of "
               f"which {sum(r.late for r in rows):,} late"
               + (f" ({where})" if where else "") + ".")
    top = max(r.open + r.done for r in rows)
    axis = count_axis("Projects", top)
    return titled(fig, "Projects by portfolio", subtitle, summary, barmode="stack",
                  legend=LEGEND_BELOW, height=max(340, 26 * len(rows) + 130),
                  xaxis=axis, yaxis={"title": {"text": ""}, "automargin": True})


def burnup_figure(rows: Sequence[Any], subtitle: str = ALL) -> go.Figure | PlainFigure:
    """Portfolio burn-up: total scope against done story points at the end of each week."""
    if not rows or not any(r.scope for r in rows):
        return empty_figure()
    weeks = [r.week for r in rows]
    labels = [day(w) for w in weeks]
    fig = [trace("scatter", x=weeks, y=[r.scope for r in rows], name="Scope", mode="lines",
                 line={"color": SCOPE_COLOR, "dash": "dot", "width": 2}, customdata=labels,
                 hovertemplate="Week of %{customdata}: scope %{y:,} points<extra></extra>"),
           trace("scatter", x=weeks, y=[r.done for r in rows], name="Done", mode="lines",
                 fill="tozeroy", line={"color": DONE_COLOR, "width": 2}, customdata=labels,
                 hovertemplate="Week of %{customdata}: %{y:,} points done<extra></extra>")]
    last = rows[-1]
    share = last.done / last.scope if last.scope else 0
    # the weeks between the chart's first and last points (26 points span 25 weeks)
    span = (last.week - rows[0].week).days // 7
    summary = (f"{last.done:,} of {plural(last.scope, 'point')} done ({share:.0%}) at the week of "
               f"{day(last.week)}" + (f"; scope was {plural(rows[0].scope, 'point')} "
                                        f"{plural(span, 'week')} earlier" if span else "")
               + ".")
    return titled(fig, "Portfolio burn-up", subtitle, summary, legend=LEGEND_BELOW,
                  xaxis={"title": {"text": "Week"}, "type": "date"},
                  yaxis=count_axis("Story points", max(r.scope for r in rows)))


def due_timeline_figure(rows: Sequence[Any], subtitle: str = ALL) -> go.Figure | PlainFigure:
    """Open projects by due month, stacked by health. Clicking a month filters to it."""
    if not rows:
        return empty_figure("No open projects are due in this period.")
    months = sorted({r.month for r in rows})
    counts = {(r.month, r.health): r.projects for r in rows}
    labels = [m.strftime("%b %Y") for m in months]  # categories: one bar per month, no gaps
    fig = [trace("bar", x=labels, y=[counts.get((m, state), 0) for m in months],
                 name=HEALTH_LABELS[state],
                 marker={"color": HEALTH_COLORS[state], "line": {"width": 0}},
                 customdata=[[m.isoformat()] for m in months],
                 hovertemplate=f"Due in %{{x}}: %{{y}} {HEALTH_LABELS[state].lower()}"
                               "<extra></extra>")
           for state in ("late", "at_risk", "on_track")]
    totals = {m: sum(counts.get((m, s), 0) for s in HEALTH_COLORS) for m in months}
    busiest = max(months, key=lambda m: totals[m])
    at_risk = sum(counts.get((m, "at_risk"), 0) for m in months)
    late = sum(counts.get((m, "late"), 0) for m in months)
    total = sum(totals.values())
    summary = (f"{plural(total, 'open project')} due between {labels[0]} and "
               f"{labels[-1]}: {late:,} late, {at_risk:,} at risk. "
               + (f"Most are due in {busiest:%B %Y} ({totals[busiest]:,})." if total > 1 else
                  f"It is due in {busiest:%B %Y}."))
    return titled(fig, "Open projects by due month and health", subtitle, summary,
                  barmode="stack", legend=LEGEND_FOOT,
                  xaxis={"type": "category", "title": {"text": "Due month"}},
                  yaxis=count_axis("Open projects", max(totals.values())))
