"""Figure and layout builders: pure functions checked on plain rows."""

from __future__ import annotations

import datetime as dt

import pytest

from components import figures
from components.feedback import NO_MATCH, empty_figure, error_alert
from components.kpis import kpi_row
from components.shell import navbar
from components.tables import project_table
from data.queries import (
    Kpis,
    PortfolioCount,
    ProjectRow,
    StatusPriorityCount,
    WeeklyThroughput,
)


def _annotation(fig) -> str:
    return fig.layout.annotations[0].text


def test_status_priority_figure_stacks_priorities_in_lifecycle_order():
    rows = [StatusPriorityCount("done", "high", 2), StatusPriorityCount("active", "low", 5),
            StatusPriorityCount("active", "high", 1)]
    fig = figures.status_priority_figure(rows)
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


def test_throughput_figure_has_items_and_points():
    rows = [WeeklyThroughput(dt.date(2026, 6, 1), 3, 8),
            WeeklyThroughput(dt.date(2026, 6, 8), 1, 2)]
    fig = figures.throughput_figure(rows)
    assert [t.name for t in fig.data] == ["Items done", "Points done"]
    assert list(fig.data[0].y) == [3, 1] and list(fig.data[1].y) == [8, 2]
    assert fig.data[1].yaxis == "y2"


def test_portfolio_figure_splits_open_into_on_time_and_late():
    fig = figures.portfolio_figure([PortfolioCount("Alpha", open=5, late=2, done=1)])
    values = {t.name: list(t.x) for t in fig.data}
    assert values == {"Open, on time": [3], "Open, late": [2], "Done": [1]}


def test_kpi_row_formats_numbers_and_flags_late():
    row = kpi_row(Kpis(projects=12345, active=3, late=2, done_this_month=1, open_items=0), "ov")
    text = str(row)
    assert "12,345" in text
    late_card = row.children[2].children
    assert late_card.color == "danger"
    calm = kpi_row(Kpis(1, 1, 0, 0, 0), "ov").children[2].children
    assert calm.color is None


def test_project_table_links_each_row_and_escapes_text():
    rows = [ProjectRow("A-1", "<script>x</script>", "Alpha", "Active", "High", "Ada",
                       dt.date(2026, 7, 1))]
    table = project_table(rows, "t")
    body = table.children[1].children
    first_cell = body[0].children[0].children
    assert first_cell.href == "/projects/A-1"
    assert body[0].children[1].children == "<script>x</script>"  # text node, never raw HTML
    assert body[0].children[6].children == "2026-07-01"
    assert project_table([], "t").children == NO_MATCH


def test_navbar_and_feedback():
    nav = str(navbar())
    assert "/projects" in nav and "Overview" in nav
    assert error_alert("db down").color == "danger"
    assert _annotation(empty_figure("nothing")) == "nothing"
