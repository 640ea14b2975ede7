"""The app's words for the same values, without a database: percentages, days, loads above
capacity, work items' statuses (tests/integration/test_same_words.py reads them on the pages
and in the reports)."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from types import SimpleNamespace as NS
from typing import Any

import pytest

from components.insights import _sentence
from components.plotting import figure_table
from components.project_figures import (
    heatmap_figure,
    person_load_figure,
    project_burnup_figure,
)
from components.words import day, item_status, load_words, moment, percent
from data.insights import Insight, Named
from models import drivers, forecast_words
from tests.page_services import plain


@pytest.mark.parametrize(("share", "words"), [(0.06, "6%"), (0.0, "0%"), (1.0, "100%"),
                                              (2.6, "260%"), (0.125, "12%"), (0.994, "99%")])
def test_a_share_is_a_whole_percent_without_a_space(share, words):
    assert percent(share) == words
    assert drivers._pct(share) == words  # the drivers' copy (models import no components)


@pytest.mark.parametrize(("value", "words"), [
    (dt.date(2029, 6, 2), "2 Jun 2029"), (dt.date(2026, 12, 17), "17 Dec 2026"),
    (dt.date(2027, 1, 4), "4 Jan 2027"), (dt.datetime(2027, 9, 30, 23, 59), "30 Sep 2027")])
def test_a_day_is_written_without_a_leading_zero_with_the_short_month_and_year(value, words):
    assert day(value) == words
    assert forecast_words.day(value) == words  # the models' copy (models import no components)


def test_a_time_is_its_day_and_the_hour():
    assert moment(dt.datetime(2026, 12, 7, 6, 30, 59)) == "7 Dec 2026, 06:30"
    assert moment(dt.datetime(2029, 6, 2, 18, 5)) == "2 Jun 2029, 18:05"


def test_a_charts_data_table_writes_its_days_as_the_pages():
    """A date axis comes back from the browser as ISO strings; its table reads "7 Dec 2026"."""
    fig = {"data": [{"type": "scatter", "name": "Done", "x": ["2026-12-07", "2026-12-14"],
                     "y": [3, 5]}], "layout": {}}
    _columns, rows, _custom = figure_table(fig)
    assert [r[0] for r in rows] == ["7 Dec 2026", "14 Dec 2026"]
    fig["data"][0]["x"] = [dt.date(2027, 1, 4), "AL-2"]
    assert [r[0] for r in figure_table(fig)[1]] == ["4 Jan 2027", "AL-2"]


def test_the_load_heatmap_labels_its_weeks_as_days_and_keeps_iso_for_plotly():
    weeks = [dt.date(2026, 11, 30), dt.date(2026, 12, 7)]
    heat = NS(weeks=weeks, items=[NS(name="Ada", role="Dev", loads=[1.2, 0.5])])
    fig = plain(heatmap_figure(heat))
    trace, axis = fig["data"][0], fig["layout"]["xaxis"]
    assert trace["x"] == ["2026-11-30", "2026-12-07"] == axis["tickvals"]  # plotly's values
    assert axis["ticktext"] == ["30 Nov 2026", "7 Dec 2026"]
    assert trace["text"] == [["30 Nov 2026", "7 Dec 2026"]] and "%{text}" in trace["hovertemplate"]
    assert [c for c in figure_table(fig)[0] if c] == ["30 Nov 2026", "7 Dec 2026"]


def test_a_load_above_capacity_says_over_allocated():
    assert load_words(2.6) == "260% (over-allocated)"
    assert load_words(0.7 + 0.3) == "100%"  # a float sum at capacity is not above it
    assert load_words(0.8) == "80%"


def test_the_drivers_write_percentages_as_the_pages():
    assert drivers.driver_sentence({"feature": "scope_growth", "value": 1.06,
                                    "effect": -0.04}) == "Scope grew 6% since the start: −4 points"
    assert drivers.LATE == "The due date has passed, so the chance of finishing on time is 0%"


def test_work_item_statuses_have_one_label_each():
    assert [item_status(c) for c in ("todo", "in_progress", "done")] == ["To do", "In progress",
                                                                       "Done"]


Point = namedtuple("Point", "day scope done in_progress")
DEMO_TODAY = dt.date(2026, 12, 7)  # the demo's Monday


def test_burnup_marks_name_their_year():
    """A burn-up spanning two Decembers marks its dates with their year ("Due 8 Feb 2027"),
    as its summary and every other chart write a day, not "Due 08 Feb"."""
    points = [Point(dt.date(2025, 12, 1) + dt.timedelta(weeks=i), 80, 2 * i, 3)
              for i in range(54)]
    fig = project_burnup_figure(points, dt.date(2027, 2, 8),
                                dates={"P85": dt.date(2026, 12, 20),
                                       "P95": dt.date(2026, 12, 27)})
    marks = [a["text"] for a in plain(fig)["layout"]["annotations"]]
    assert marks == ["Due 8 Feb 2027", "P85 20 Dec 2026", "P95 27 Dec 2026"]


def _text(node: Any) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, list):
        return "".join(_text(n) for n in node)
    return _text(getattr(node, "children", "")) if node is not None else ""


def test_the_over_allocated_insight_names_the_month_with_its_year():
    start = dt.date(2027, 1, 1)  # next month on the demo's day
    insight = Insight("over_allocated", 2, [Named("Emeka Okafor", "Emeka Okafor", 2.6)],
                      start=start, end=dt.date(2027, 1, 31))
    sentence = _text(_sentence(insight))
    assert sentence.startswith("2 people over-allocated in January 2027 among those "
                               "allocated to the projects in view in January 2027"), sentence
    assert "Emeka Okafor (260%)" in sentence


def test_the_person_load_chart_ticks_on_the_mondays_its_bars_stand_on():
    monday = DEMO_TODAY  # this week's Monday; the page shows 4 weeks before and 12 after
    weeks = [monday + dt.timedelta(weeks=i) for i in range(-4, 13)]
    fig = plain(person_load_figure(weeks, [0.5] * len(weeks), "Emeka Okafor", monday))
    bars = [dt.date.fromisoformat(str(x)[:10]) for x in fig["data"][0]["x"]]
    axis = fig["layout"]["xaxis"]
    ticks = [dt.date.fromisoformat(str(x)[:10]) for x in axis["tickvals"]]
    assert ticks and all(t.weekday() == 0 and t in bars for t in ticks)
    assert monday in ticks and len(ticks) <= 9
    assert ticks == [dt.date(2026, 11, 9), dt.date(2026, 11, 23), dt.date(2026, 12, 7),
                     dt.date(2026, 12, 21), dt.date(2027, 1, 4), dt.date(2027, 1, 18),
                     dt.date(2027, 2, 1), dt.date(2027, 2, 15), dt.date(2027, 3, 1)]
    assert axis["ticktext"][2] == "7 Dec 2026" and axis["ticktext"][4] == "4 Jan 2027"
