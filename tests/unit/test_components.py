"""Figure and layout builders: pure functions checked on plain rows."""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go
import pytest

from components import figures
from components.feedback import NO_MATCH, empty_figure, error_alert
from components.kpis import kpi_row
from components.shell import navbar
from components.tables import project_table
from components.theme import BLUE, HEALTH_COLORS, ORANGE
from data.project_queries import ProjectRow
from data.queries import (
    BurnupPoint,
    DueMonth,
    Kpis,
    PortfolioCount,
    StatusPriorityCount,
    WeeklyThroughput,
)
from models.drivers import with_worded_drivers


def _annotation(fig) -> str:
    return fig.layout.annotations[0].text


def test_status_priority_figure_stacks_priorities_in_lifecycle_order():
    rows = [StatusPriorityCount("done", "high", 2), StatusPriorityCount("active", "low", 5),
            StatusPriorityCount("active", "high", 1)]
    fig = go.Figure(figures.status_priority_figure(rows))
    assert fig.layout.barmode == "stack"
    by_name = {trace.name: trace for trace in fig.data}
    assert list(by_name["Low"].x) == ["Active", "Done"]
    assert list(by_name["Low"].y) == [5, 0]
    assert list(by_name["High"].y) == [1, 2]
    assert list(by_name["Critical"].y) == [0, 0]


@pytest.mark.parametrize(
    "builder", [figures.status_priority_figure, figures.portfolio_figure,
                figures.throughput_figure])
def test_empty_rows_give_an_explicit_empty_state(builder):
    fig = builder([])
    assert fig.data == ()
    assert "No" in _annotation(fig)


def test_throughput_without_any_done_work_is_empty():
    rows = [WeeklyThroughput(dt.date(2026, 6, 1), 0, 0)]
    assert "No work finished" in _annotation(figures.throughput_figure(rows))


def test_throughput_figure_marks_the_running_week_partial_with_points_on_hover():
    """One axis (items), points in the hover text; the week ``today`` falls in is drawn apart
    as "so far", so a half-finished week does not read as a collapse."""
    rows = [WeeklyThroughput(dt.date(2026, 6, 1), 3, 8),
            WeeklyThroughput(dt.date(2026, 6, 8), 1, 2)]
    fig = go.Figure(figures.throughput_figure(rows, today=dt.date(2026, 6, 10)))
    assert [t.name for t in fig.data] == ["Finished in the week", "This week so far (not over)"]
    assert list(fig.data[0].y) == [3] and list(fig.data[1].y) == [1]
    assert [list(c) for c in fig.data[0].customdata] == [["1 Jun 2026", 8]]
    assert "points" in fig.data[0].hovertemplate and "not over" in fig.data[1].hovertemplate
    assert fig.layout.yaxis.rangemode == "tozero" and fig.layout.yaxis.range[0] == 0
    assert fig.layout.yaxis.title.text == "Work items finished"
    assert "This week so far: 1" in fig.layout.meta["summary"]
    every_week = go.Figure(figures.throughput_figure(rows, today=dt.date(2026, 7, 1)))
    assert [t.name for t in every_week.data] == ["Finished in the week"]


def test_portfolio_figure_splits_open_into_not_late_and_late_in_health_colours():
    fig = go.Figure(figures.portfolio_figure([PortfolioCount(7, "Alpha", open=5, late=2, done=1)]))
    values = {t.name: list(t.x) for t in fig.data}
    assert values == {"Open, not late": [3], "Late": [2], "Done": [1]}
    assert list(fig.data[0].customdata[0]) == [7]  # what a click filters by
    colors = {t.name: t.marker["color"] for t in fig.data}
    assert colors["Late"] == HEALTH_COLORS["late"] and colors["Done"] == HEALTH_COLORS["closed"]
    assert "%{y}: %{x} late projects" in fig.data[1].hovertemplate


def test_burnup_and_due_timeline_figures():
    burnup = go.Figure(figures.burnup_figure([BurnupPoint(dt.date(2026, 6, 1), 10, 4),
                                              BurnupPoint(dt.date(2026, 6, 8), 12, 7)]))
    assert [list(t.y) for t in burnup.data] == [[10, 12], [4, 7]]
    months = [DueMonth(dt.date(2026, 7, 1), "late", 2), DueMonth(dt.date(2026, 8, 1), "at_risk", 1),
              DueMonth(dt.date(2026, 8, 1), "on_track", 3)]
    due = go.Figure(figures.due_timeline_figure(months))
    by_name = {t.name: list(t.y) for t in due.data}
    assert by_name == {"Late": [2, 0], "At risk": [0, 1], "On track": [0, 3]}
    assert list(due.data[0].customdata[1]) == ["2026-08-01"]
    assert "No open projects" in _annotation(figures.due_timeline_figure([]))
    assert due.layout.title.text == "Open projects by due month and health"
    assert due.layout.yaxis.title.text == "Open projects"
    assert "2 late, 1 at risk" in due.layout.meta["summary"]


def test_due_timeline_legend_sits_below_the_month_labels_at_any_width():
    """At 390 px twenty months' labels stand upright and are taller than the 22 % of the plot's
    height the legend used to sit below the axis: it covered them. At the figure's foot (its
    container's coordinates), plotly reserves the legend's row and stacks the labels and the
    axis title (automargin) above it, whatever their height, at 390 px as at 1400 px."""
    months = [DueMonth(dt.date(2026 + (4 + i) // 12, (4 + i) % 12 + 1, 1), "on_track", 1)
              for i in range(20)]
    fig = go.Figure(figures.due_timeline_figure(months))
    go.Figure(fig.to_plotly_json())  # plotly's own validation accepts the layout
    legend = fig.layout.legend
    assert legend.orientation == "h" and legend.xanchor == "left" and legend.x == 0
    assert legend.yref == "container" and legend.yanchor == "bottom" and legend.y == 0
    assert fig.layout.template.layout.xaxis.automargin is True  # the labels push the margin
    assert fig.layout.xaxis.automargin in (None, True)
    assert fig.layout.xaxis.title.text == "Due month"


def test_kpi_row_formats_numbers_and_flags_late_with_health_colours():
    row = kpi_row(Kpis(projects=12345, active=3, late=2, at_risk=1, done_this_month=1,
                       open_items=0), "ov")
    text = str(row)
    assert "12,345" in text
    late_card, risk_card = row.children[2].children, row.children[3].children
    assert "kpi-late" in late_card.className and "kpi-at_risk" in risk_card.className
    calm = kpi_row(Kpis(1, 1, 0, 0, 0, 0), "ov")
    assert calm.children[2].children.className == "kpi-card"


def test_project_table_links_each_row_and_escapes_text():
    rows = [ProjectRow("A-1", "<script>x</script>", "Alpha", "Active", "High", "Ada",
                       None, dt.date(2026, 7, 1), 0.5, "late", 0.42, dt.date(2026, 8, 3),
                       [{"label": "Share done", "value": 0.4, "effect": -0.12}],
                       ("A-1", "A-1"))]
    table = project_table(with_worded_drivers(rows), "t", row_prefix="rows")  # as the page does
    body = table.children.children[1].children
    cells = [cell["props"] for cell in body[0]["props"]["children"]]  # plain data, as sent

    def inner(n: int) -> dict:
        return cells[n]["children"]["props"]

    assert inner(0)["href"] == "/projects/A-1"
    assert inner(1)["children"] == "<script>x</script>"  # text, not HTML
    assert cells[6]["children"] == "1 Jul 2026"  # a day as every page writes it
    assert "nowrap" in cells[0]["className"] and "nowrap" in cells[6]["className"]
    assert inner(7)["children"][0]["props"]["children"] == "50%"
    assert inner(8)["children"] == "Late" and "health-late" in inner(8)["className"]
    assert inner(9)["children"] == "42%"
    assert cells[10]["children"] == "3 Aug 2026"
    assert inner(11)["children"] == "Share done: 0.40: −12 points"
    assert body[0]["props"]["id"] == {"type": "rows", "key": "A-1"}
    assert project_table([], "t").children == NO_MATCH


def test_navbar_and_feedback():
    nav = str(navbar())
    assert "/projects" in nav and "Overview" in nav
    assert error_alert("db down").color == "danger"
    assert _annotation(empty_figure("nothing")) == "nothing"


def test_figures_carry_a_resolved_template_for_the_browser():
    """Validation is off in builders: the template must still reach plotly.js as an object."""
    rows = [StatusPriorityCount("active", "low", 5)]
    for fig in (figures.status_priority_figure(rows), empty_figure("x")):
        layout = fig["layout"] if isinstance(fig, dict) else fig.to_dict()["layout"]
        template = layout.get("template")
        assert template is None or isinstance(template, dict)
    assert isinstance(figures.status_priority_figure(rows)["layout"]["template"], dict)
    status = go.Figure(figures.status_priority_figure(rows)).to_dict()
    assert status["layout"]["template"]["layout"]["plot_bgcolor"] == "rgba(0,0,0,0)"
    assert status["layout"]["template"]["layout"]["colorway"][:2] == [BLUE, ORANGE]
    assert status["data"][0]["type"] == "bar" and status["layout"]["barmode"] == "stack"
