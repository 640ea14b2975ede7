"""Questions about the forecast model itself ("how accurate has the forecast model been", "how
many projects is it trained on", "when was it last trained") answered with the model's record,
the metrics its registry stores (what the Forecasts page shows). They were asked back ("model"
not understood) or answered with the number of stored forecasts as if it were the training set.
The metrics here are the test's own, written into a real registry."""

from __future__ import annotations

import datetime as dt

import pytest

from data.schema import ProjectForecast
from data.scope import Scope
from models.copilot.answer import Copilot, PageContext
from models.registry import Registry
from tests.copilot_asking import rows
from tests.factories import TODAY, add_portfolio, add_project

METRICS = {
    "n_projects": 57, "n_test_projects": 14, "n_test_rows": 84, "base_rate": 0.42,
    "trained_at": "2026-06-15T09:30:00",
    "methods": {"classifier": {"brier": 0.137, "auc": 0.83},
                "base_rate": {"brier": 0.244, "auc": 0.5}},
    "reliability": {"classifier": [
        {"lo": 0.0, "hi": 0.1, "mean_p": 0.06, "observed": 0.09, "n": 33},
        {"lo": 0.4, "hi": 0.5, "mean_p": 0.45, "observed": 0.5, "n": 2},
        {"lo": 0.9, "hi": 1.0, "mean_p": 0.93, "observed": 0.88, "n": 17}]},
}


@pytest.fixture
def world(db):
    with db.begin() as s:
        devices = add_portfolio(s, "Devices")
        for key, p in (("W-1", 0.9), ("W-2", 0.2)):
            project = add_project(s, key, devices, due=TODAY + dt.timedelta(days=40))
            s.add(ProjectForecast(project_id=project.id, method="classifier", p_on_time=p,
                                  mc_p_on_time=p, p50_date=TODAY + dt.timedelta(days=30),
                                  p85_date=TODAY + dt.timedelta(days=45), as_of=TODAY))
    return db


@pytest.fixture
def registry(tmp_path):
    found = Registry(tmp_path / "models")
    found.save({"stand-in": "model"}, METRICS)  # a real registry; the copilot reads metrics only
    return found


def ask(db, question, registry=None, page=None):
    copilot = Copilot(db, today=lambda: TODAY,
                      model_metrics=registry.current_metrics if registry else None)
    return copilot.ask(question, Scope.everything(), PageContext.from_path(page))


@pytest.mark.parametrize("question", [
    "how accurate has the forecast model been?",
    "how many projects is the forecast trained on?",
    "when was the forecast model last trained?",
    "is the prediction model any good?",
    "how reliable are the forecasts?",
])
def test_the_models_record_answers_questions_about_the_model(world, registry, question):
    answer = ask(world, question, registry)
    assert answer.kind == "answer", answer.text
    assert answer.result["version"] == "v0001"
    assert "**57 settled projects**" in answer.text and "the 14 that settled last" in answer.text
    assert "trained 15 Jun 2026, 09:30" in answer.text
    assert "Brier score **0.137**" in answer.text and "base rate of 42% scores 0.244" in answer.text
    assert "**83%** of the time (ROC AUC 0.83)" in answer.text
    # the calibration in the Forecasts page's words: the likeliest and least likely bins
    assert ("Of the 17 forecasts that called a project about 93% likely to finish on time, the "
            "project finished on time in 88%.") in answer.text
    assert "Of the 33 forecasts that called a project about 6% likely" in answer.text
    assert "84 forecasts made for the 14 projects" in answer.text


def test_without_a_trained_model_it_says_there_is_no_measured_accuracy(world):
    answer = ask(world, "how accurate has the forecast model been?")
    assert answer.kind == "answer"
    assert "No forecast model has been trained here yet" in answer.text
    assert answer.result["trained"] is False


def test_counts_of_forecasts_and_a_projects_forecast_keep_their_readings(world, registry):
    stored = rows(world, """SELECT count(*) FROM project_forecasts f
        JOIN projects p ON p.id = f.project_id JOIN statuses s ON s.id = p.status_id
        WHERE s.code NOT IN ('done', 'cancelled')""")[0][0]
    counted = ask(world, "how many forecasts are reliable?", registry)
    assert counted.result["count"] == stored == 2 and "version" not in counted.result
    own = ask(world, "how accurate is the forecast for W-1?", registry)
    assert "version" not in own.result and "W-1" in own.text
    page = ask(world, "how accurate is the forecast?", registry, page="/projects/W-2")
    assert "version" not in page.result and "W-2" in page.text
    named = ask(world, "how accurate is the forecast model?", registry, page="/projects/W-2")
    assert named.result["version"] == "v0001"
