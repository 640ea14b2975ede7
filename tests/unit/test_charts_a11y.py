"""Charts a manager reads (issue 12), checked on plain rows: palette contrast, driver sentences,
text alternatives, round axes, the burn-up's reach, the shell's landmarks and labels."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import plotly.graph_objects as go
import pytest
from plotly.utils import PlotlyJSONEncoder

from components import figures, theme
from components import forecast_figures as ff
from components import project_figures as pf
from components.filters import active_count, describe
from components.plotting import (
    GRAPH_CONFIG,
    alternative,
    clicked_value,
    count_axis,
    data_table,
    figure_table,
    graph,
    round_step,
    table_toggle,
)
from components.shell import INDEX_STRING, shell
from data.filters import ProjectFilters
from data.queries import StatusPriorityCount
from models import drivers, forecast_words
from pages.common import FilterOptions


def as_json(component) -> str:
    return json.dumps(component, cls=PlotlyJSONEncoder)


def test_wcag_contrast_matches_known_values_and_badges_read_at_4_5_to_1():
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    css = (Path(__file__).parents[2] / "assets" / "dashboard.css").read_text()
    for state, color in theme.HEALTH_COLORS.items():
        text = theme.text_on(color)
        assert theme.contrast(color, text) >= 4.5, state
        name = state.replace("_", "-")
        assert f"--health-{name}: {color};" in css  # the badge uses the chart's colour
        assert f"--health-{name}-text: {text.upper()};" in css
    assert theme.contrast("#CDE6F5", "#000000") >= 4.5  # the 50-80 % probability badge
    # late and done were indistinguishable (1.0:1); now their luminance differs clearly
    assert theme.contrast(theme.HEALTH_COLORS["late"], theme.HEALTH_COLORS["closed"]) > 1.3
    assert theme.contrast(theme.HEALTH_COLORS["on_track"], theme.HEALTH_COLORS["at_risk"]) > 2


@pytest.mark.parametrize(("driver", "sentence"), [
    ({"feature": "scope_growth", "value": 1.28, "effect": -0.18},
     "Scope grew 28% since the start: −18 points"),
    ({"feature": "scope_growth", "value": 0.9, "effect": 0.02},
     "Scope shrank 10% since the start: +2 points"),
    ({"feature": "progress_gap", "value": 0.08, "effect": 0.2822},
     "Work done is 8% of scope ahead of the time elapsed: +28 points"),
    ({"feature": "progress_gap", "value": -0.161, "effect": -0.0569},
     "Work done trails the time elapsed by 16% of scope: −6 points"),
    ({"feature": "elapsed_frac", "value": -0.08, "effect": 0.15},
     "The project has not started yet: +15 points"),
    ({"feature": "pace_needed", "value": 0.926, "effect": 0.11},
     "Can work 7% slower than planned and still finish on time: +11 points"),
    ({"feature": "projected_frac", "value": 1.024, "effect": 0.22},
     "At the current pace, all the work is done by the due date: +22 points"),
    ({"feature": "days_left", "value": 12, "effect": -0.3},
     "12 days left to the due date: −30 points"),
    ({"feature": "days_left", "value": -12, "effect": -0.3},  # late: the effect means nothing
     "The due date has passed, so the chance of finishing on time is 0%"),
    ({"feature": "priority_rank", "value": 3, "effect": None}, "Critical priority"),
    ({"feature": "load_vs_team", "value": 6.18, "effect": -0.07},
     "Work left is 6.2× what this portfolio usually finishes by the due date: −7 points"),
    ({"feature": "median_throughput", "label": "Median points per 14 days (team)",
      "value": 6.5, "effect": None}, "Usually finishes 6.5 points per 14 days"),
    ({"feature": "brand_new", "label": "Brand new factor", "value": 0.123, "effect": 0.004},
     "Brand new factor: 0.12: +0 points"),
    ({"feature": "pace", "label": "Pace", "value": float("nan"), "effect": None},
     "Pace: unknown"),
])
def test_drivers_read_in_plain_words_with_their_effect(driver, sentence):
    assert drivers.driver_sentence(driver) == sentence


def test_round_ticks_and_count_axes_start_at_zero():
    assert [round_step(t) for t in (0, 9, 13, 96, 101, 269, 25_438)] == [
        1.0, 2.0, 5.0, 20.0, 50.0, 100.0, 10_000.0]
    axis = count_axis("Projects", 13)
    assert axis["range"][0] == 0 and axis["dtick"] == 5 and axis["tickformat"] == ",d"
    assert count_axis("x", 3)["dtick"] == 1  # whole numbers only for small counts


def test_every_graph_is_named_and_its_mode_bar_cannot_share_to_a_cloud():
    block = graph("g", "Chart: something")
    assert block.role == "figure" and getattr(block, "aria-label") == "Chart: something"
    assert getattr(block, "aria-describedby") == "g-alt"
    assert GRAPH_CONFIG["modeBarButtons"] == [["toImage", "resetScale2d"]]
    assert GRAPH_CONFIG["showSendToCloud"] is False and GRAPH_CONFIG["displaylogo"] is False


def test_text_alternative_tables_the_chart_and_offers_a_filter_per_row():
    rows = [StatusPriorityCount("active", "low", 5), StatusPriorityCount("active", "high", 2),
            StatusPriorityCount("done", "high", 4)]
    fig = figures.status_priority_figure(rows, "All projects you can see")
    columns, table, custom = figure_table(fig)
    assert columns == ["", "Low", "Medium", "High", "Critical"]
    assert table == [["Active", "5", "0", "2", "0"], ["Done", "0", "0", "4", "0"]]
    assert "7 active, 4 done" in alternative(fig)  # the summary sentence under the chart
    closed = table_toggle(0, fig, "overview-status-priority-table-toggle")
    assert closed == (None, "false", "Show the data as a table")  # built only when opened
    opened = table_toggle(1, fig, "overview-status-priority-table-toggle",
                          filter_label="Show this status", row_values=[["active"], ["done"]],
                          filter_store="kb")
    assert opened[1:] == ("true", "Hide the data table")
    alt = as_json(opened[0])
    assert '"data-filter-value": "done"' in alt and '"data-filter-store": "kb"' in alt
    assert '"data-filter-chart": "overview-status-priority"' in alt
    assert "Show this status: Done" in alt  # each button says what it filters to
    assert table_toggle(2, fig, "x-table-toggle")[0] is None  # closed again
    stored = {"chart": "overview-status-priority", "value": "done|high"}
    assert clicked_value("overview-status-priority", stored) == ["done", "high"]
    assert clicked_value("overview-due", stored) is None
    assert clicked_value("overview-due", "junk") is None
    plain = as_json(data_table(fig, "g", first_cells=["A", "B"]))
    assert "data-filter" not in plain and '"children": "A"' in plain


def test_horizontal_bars_table_top_to_bottom_as_drawn():
    from data.queries import PortfolioCount

    fig = figures.portfolio_figure([PortfolioCount(1, "Big", 9, 1, 2),
                                    PortfolioCount(2, "Small", 2, 0, 1)])
    _columns, table, custom = figure_table(fig)
    assert [r[0] for r in table] == ["Big", "Small"] and custom == [[1], [2]]


def test_chart_subtitles_say_which_filters_apply():
    options = FilterOptions([("active", "Active")], [("high", "High")], [("late", "Late")],
                            [(3, "Payments")], ["Ada"])
    assert describe(ProjectFilters(), options) == "All projects you can see"
    text = describe(ProjectFilters(status=("active",), portfolio=(3,), search="api",
                                   due_from=dt.date(2026, 1, 1)), options)
    assert text == "Filtered: status Active; portfolio Payments; due 1 Jan 2026 to any date; " \
                   "matching “api”"
    assert active_count(ProjectFilters(status=("active",), due_to=dt.date(2026, 1, 1))) == 2


def test_project_burnup_reaches_the_last_forecast_date_and_draws_the_what_if_cone():
    snaps = [SimpleNamespace(day=dt.date(2026, 9, 1) + dt.timedelta(days=7 * i), scope=96,
                             done=10 * i, in_progress=2) for i in range(5)]
    today = snaps[-1].day
    cone = [(today + dt.timedelta(days=7 * k), 40 + 3 * k, 42 + 4 * k, 44 + 5 * k)
            for k in range(1, 13)]
    changed = [(d, lo - 5, mid - 5, hi - 5) for d, lo, mid, hi in cone]
    p95 = dt.date(2027, 6, 11)
    fig = go.Figure(pf.project_burnup_figure(snaps, dt.date(2027, 2, 3), cone,
                                             {"P85": dt.date(2027, 5, 12), "P95": p95}, changed,
                                             120.0))
    end = fig.layout.xaxis.range[1]
    assert end > p95  # the whole cone and P95 are in view (the old chart cut them off)
    names = [t.name for t in fig.data]
    assert "Forecast: median (P50)" in names and "With the change: median (P50)" in names
    assert "Scope with the change" in names
    assert fig.layout.yaxis.range[1] >= 120
    marks = [a.text for a in fig.layout.annotations]
    assert marks == ["Due 3 Feb 2027", "P85 12 May 2027", "P95 11 Jun 2027"]
    assert "P95 forecast 11 Jun 2027" in fig.layout.meta["summary"]


def test_heatmap_scale_runs_to_the_real_maximum_with_capacity_marked():
    heat = SimpleNamespace(weeks=[dt.date(2026, 11, 30), dt.date(2026, 12, 7)], items=[
        SimpleNamespace(name="Ada", role="Dev", loads=[2.6, 1.0]),
        SimpleNamespace(name="Bo", role="QA", loads=[0.9, 0.5])])
    fig = pf.heatmap_figure(heat)
    trace = fig.data[0]
    assert trace.zmax == 260 and trace.zmin == 0
    assert "100% = capacity" in trace.colorbar.ticktext
    scale = trace.colorscale
    at_capacity = 100 / 260
    below = [c for pos, c in scale if pos <= at_capacity]
    above = [c for pos, c in scale if pos > at_capacity]
    assert below[-1] == "#08519C" and above == [theme.ORANGE, theme.VERMILLION]


def test_skills_chart_has_two_zero_based_panels_not_two_axes_on_one():
    from data.resource_queries import SkillCoverage

    rows = [SkillCoverage("python", open_items=4, open_points=27, people=3, capacity_hours=0),
            SkillCoverage("sql", open_items=1, open_points=5, people=14, capacity_hours=0)]
    fig = pf.skills_figure(rows)
    assert "Most open work per person: python (27 points, 3 people)" in fig.layout.meta["summary"]
    assert [t.xaxis for t in fig.data] == ["x", "x2"]
    assert fig.layout.xaxis.domain[1] < fig.layout.xaxis2.domain[0]
    assert fig.layout.xaxis.range[0] == 0 and fig.layout.xaxis2.dtick == 5


def test_forecasts_summary_speaks_in_counts_and_accuracy_in_words():
    curves = {"classifier": [{"mean_p": 0.12, "observed": 0.2, "n": 10},
                             {"mean_p": 0.55, "observed": 0.5, "n": 2},
                             {"mean_p": 0.81, "observed": 0.78, "n": 23}]}
    sentences = forecast_words.accuracy_sentences(curves)
    assert sentences == [
        "Of the 23 forecasts that called a project about 81% likely to finish on time, the "
        "project finished on time in 78%.",
        "Of the 10 forecasts that called a project about 12% likely to finish on time, the "
        "project finished on time in 20%."]
    held = forecast_words.held_out_sentence(180, 30)
    assert held == ("These count 180 forecasts made for the 30 projects of all portfolios that "
                    "settled last (done, or open past the due date; several per project, on "
                    "days along its schedule), which the installation's model did not see.")
    assert forecast_words.accuracy_sentences(curves, held_out=held) == [held, *sentences]
    assert forecast_words.held_out_sentence(None, 30) is None
    card = as_json(ff.manager_summary({"on_track": 30, "at_risk": 12, "late": 5, "closed": 9},
                                      3, 2, (dt.date(2026, 11, 30), dt.date(2026, 12, 6)),
                                      (dt.date(2026, 12, 7), dt.date(2027, 1, 3)), sentences,
                                      ["v0004"]))
    assert "12 open projects are" in card and "of 47 open projects" in card
    assert json.dumps("3 projects passed their due date unfinished in the last seven days (due "
                      "30 Nov – 6 Dec 2026)")[1:-1] in card and "model v0004" in card
    assert json.dumps("2 projects at risk are due in the next 28 days (7 Dec 2026 – 3 Jan "
                      "2027)")[1:-1] in card
    assert forecast_words.accuracy_sentences({}) == []


def test_shell_has_language_landmarks_labels_and_a_live_region():
    from components.copilot import sidebar

    assert '<html lang="en">' in INDEX_STRING
    page = shell("content", sidebar=sidebar())
    text = as_json(page)
    assert '"type": "Main"' in text and '"type": "Header"' in text
    assert '"href": "#main-content"' in text  # skip link
    assert '"aria-live": "polite"' in text  # the copilot's answers are announced
    assert '"htmlFor": "copilot-question"' in text
    assert '"htmlFor": "theme-select"' in text
    assert '"data-toggle": "copilot-panel"' in text and '"data-toggle": "nav-links"' in text
