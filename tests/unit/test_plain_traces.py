"""Figures built from plain trace data (``components.plotting.trace``) skip plotly's validation
for speed; here every such figure is checked by plotly's validation, and its data against the
inputs."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from typing import Any

import plotly.graph_objects as go

from components.project_figures import (
    items_status_figure,
    person_load_figure,
    project_burnup_figure,
)

Point = namedtuple("Point", "day scope done in_progress")
Count = namedtuple("Count", "status items points")


def validated(fig: dict[str, Any]) -> go.Figure:
    """Plotly's own validation of the figure's data (raises on a wrong property or value)."""
    assert isinstance(fig, dict)  # plain data, as Dash sends it: no plotly object on the way
    return go.Figure(fig)


def test_burnup_with_both_cones_is_valid_plotly_and_draws_its_inputs():
    points = [Point(dt.date(2026, 1, 5) + dt.timedelta(weeks=i), 40 + i, 3 * i, 2)
              for i in range(10)]
    cone = [(dt.date(2026, 4, 6) + dt.timedelta(weeks=i), 30 + i, 33 + i, 36 + i)
            for i in range(4)]
    changed = [(d, lo + 1, mid + 1, hi + 1) for d, lo, mid, hi in cone]
    fig = validated(project_burnup_figure(points, dt.date(2026, 6, 1), cone,
                                          {"P85": dt.date(2026, 5, 1)}, changed, 60.0))
    names = [t.name for t in fig.data]
    assert names == ["Forecast P15", "Forecast: likely range (P15–P85)", "Forecast: median (P50)",
                     "With the change P15", "With the change: likely range (P15–P85)",
                     "With the change: median (P50)", "Scope", "Done + in progress", "Done",
                     "Scope with the change"]
    done = fig.data[names.index("Done")]
    assert list(done.y) == [3 * i for i in range(10)] and done.fill == "tozeroy"
    band = fig.data[1]
    assert list(band.y) == [27.0, 36, 37, 38, 39]  # from today's done points to each P85
    assert [list(c) for c in band.customdata][1] == ["6 Apr 2026", 30]
    assert fig.layout.meta["summary"].startswith("27 of 49 points done")


def test_items_and_person_load_bars_are_valid_plotly_with_their_colours():
    fig = validated(items_status_figure([Count("todo", 4, 10), Count("done", 2, 5)]))
    assert list(fig.data[0].y) == [4, 2] and len(fig.data[0].marker.color) == 2
    weeks = [dt.date(2026, 6, 1), dt.date(2026, 6, 8)]
    load = validated(person_load_figure(weeks, [0.5, 1.25], "Ada"))
    assert list(load.data[0].y) == [50, 125]
    assert load.data[0].marker.color[1] != load.data[0].marker.color[0]  # above capacity


def test_overview_figures_are_plain_data_that_plotly_validates():
    """The five overview charts: plotly's validation accepts each, and each draws its rows."""
    from components import figures
    from data.queries import (
        BurnupPoint,
        DueMonth,
        PortfolioCount,
        StatusPriorityCount,
        WeeklyThroughput,
    )

    status = validated(figures.status_priority_figure(
        [StatusPriorityCount("active", "high", 3), StatusPriorityCount("done", "low", 2)]))
    assert {t.name: list(t.y) for t in status.data}["High"] == [3, 0]
    weeks = [WeeklyThroughput(dt.date(2026, 6, 1), 4, 9),
             WeeklyThroughput(dt.date(2026, 6, 8), 1, 2)]
    throughput = validated(figures.throughput_figure(weeks, dt.date(2026, 6, 9)))
    assert [list(t.y) for t in throughput.data] == [[4], [1]]
    assert throughput.data[1].marker.pattern.shape == "/"
    portfolios = validated(figures.portfolio_figure([PortfolioCount(5, "Alpha", 6, 2, 1)]))
    assert [list(t.x) for t in portfolios.data] == [[4], [2], [1]]
    burnup = validated(figures.burnup_figure([BurnupPoint(dt.date(2026, 6, 1), 10, 3),
                                              BurnupPoint(dt.date(2026, 6, 8), 11, 5)]))
    assert list(burnup.data[1].y) == [3, 5] and burnup.data[1].fill == "tozeroy"
    due = validated(figures.due_timeline_figure([DueMonth(dt.date(2026, 7, 1), "late", 2)]))
    assert [list(t.y) for t in due.data] == [[2], [0], [0]]
    assert due.layout.legend.yref == "container"
