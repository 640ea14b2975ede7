"""Forecast figures and tables from plain rows: content, empty states, wording."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

from plotly.utils import PlotlyJSONEncoder

from components import forecast_figures as ff
from pages.forecasts import status_note


def as_json(component) -> str:
    return json.dumps(component, cls=PlotlyJSONEncoder)


METHODS = {
    "classifier": {"brier": 0.08, "bss": 0.6, "auc": 0.93, "log_loss": 0.3, "ece": 0.04},
    "base_rate": {"brier": 0.24, "bss": 0.0, "auc": None, "log_loss": 0.68, "ece": 0.02},
}


def test_quality_table_bolds_the_best_score_per_column():
    table = as_json(ff.quality_table(METHODS, "q"))
    assert "q-classifier" in table and "Base rate" in table
    assert '{"children": "0.080"}, "type": "B"' in table  # the best Brier in bold
    assert '{"children": "0.240"}, "type": "B"' not in table
    assert '"children": "\\u2014"' in table  # an undefined AUC shows a dash (JSON-escaped)
    assert ff.quality_table({}, "q").children == ff.NO_MODEL


def test_figures_carry_the_numbers_and_say_when_there_is_nothing():
    scores = ff.scores_figure(METHODS)
    assert [t.name.split(" (")[0] for t in scores.data] == ["Brier", "ROC AUC"]
    assert list(scores.data[0].y) == [0.08, 0.24]
    bins = [{"mean_p": 0.1, "observed": 0.12, "n": 30}, {"mean_p": 0.8, "observed": 0.7, "n": 9}]
    reliability = ff.reliability_figure({"classifier": bins, "monte_carlo": []})
    assert [t.name for t in reliability.data] == ["Perfectly calibrated", "Classifier"]
    first = {"version": "v0001", "methods": {"classifier": METHODS["classifier"],
                                             "base_rate": METHODS["base_rate"]}}
    second = {"version": "v0003", "methods": {"classifier": {**METHODS["classifier"],
                                                             "brier": 0.07}}}
    trend = ff.trend_figure([first, {"version": "v0002", "methods": {}}, second])
    assert list(trend.data[0].x) == ["v0001", "v0003"]
    assert list(trend.data[0].y) == [0.08, 0.07] and list(trend.data[2].y) == [0.24, None]
    lonely = ff.trend_figure([first])  # one version is no trend: say so instead of one dot
    assert "One model version so far" in lonely.layout.annotations[0].text
    importance = ff.importance_figure([{"label": "Pace", "importance": 0.03, "std": 0.01},
                                       {"label": "Team", "importance": 0.01}])
    assert list(importance.data[0].y) == ["Team", "Pace"]  # largest at the top
    for empty in (ff.scores_figure({}), ff.reliability_figure({}), ff.trend_figure([]),
                  ff.importance_figure([])):
        assert empty.layout.annotations[0].text == ff.NO_MODEL


def test_drivers_and_probabilities_read_as_sentences():
    from models.drivers import worded

    said = worded([{"feature": "scope_growth", "label": "Scope now ÷ first scope",
                    "value": 1.28, "effect": -0.18},
                   {"feature": "pace", "label": "Pace", "value": 0.5, "effect": -0.18},
                   {"feature": "x", "value": None, "effect": 0.05},
                   {"feature": "remaining_points", "label": "Remaining points", "value": 12,
                    "effect": None}])
    assert [ff.driver_text(d) for d in said] == [  # the words the pages hand the component
        "Scope grew 28% since the start: −18 points",
        "Working 50% slower than planned: −18 points", "x: unknown: +5 points",
        "12 points left to do"]
    assert ff.driver_text({"feature": "pace", "label": "Pace"}) == "Pace"  # no words: its label
    assert ff.probability_badge(None) == "—"
    assert [ff.probability_badge(p)["props"]["className"].split()[-1] for p in (0.2, 0.6, 0.9)] == [
        "prob-low", "prob-mid", "prob-high"]


def test_at_risk_table_links_projects_and_lists_drivers():
    row = SimpleNamespace(key="PRJ-1", name="Falcon", p_on_time=0.1, due_date=dt.date(2026, 7, 1),
                          p85_date=None, method="classifier",
                          drivers=[{"label": "Pace", "value": 0.4, "effect": -0.2,
                                    "text": "Pace: 0.40: −20 points"}] * 4)  # as pages word it
    table = as_json(ff.at_risk_table([row], "r"))
    assert "/projects/PRJ-1" in table and '"1 Jul 2026"' in table and "Classifier" in table
    assert "2026-07-01" not in table  # no ISO day beside the pages' "1 Jul 2026"
    assert '"children": "Falcon"' in table  # named, with the key beside it
    assert table.count("Pace: 0.40: \\u221220 points") == 3  # the top three drivers
    assert ff.at_risk_table([], "r").children == "No forecasts stored yet."


def test_status_note_explains_the_fallback_or_the_model():
    assert status_note(None, 12, 3).children.startswith(
        "Only 12 settled projects across all portfolios (done, or open past the due date: 3 on "
        "time, 9 late): the installation's classifier needs 30, with at least 5 of each "
        "outcome.")
    assert status_note(None, 40, 2).color == "warning"  # enough projects, too few on time
    assert "No model trained yet" in status_note(None, 40, 20).children
    note = status_note({"version": "v0003", "trained_at": "2026-06-17T10:11:12",
                        "n_projects": 80, "n_test_projects": 20}, 80, 40)
    assert note.children == (
        "The installation's model v0003, trained 17 Jun 2026, 10:11 on 80 settled projects across "
        "all portfolios (done, or open past the due date); scores below are on the 20 that "
        "settled last, which it did not see.")
