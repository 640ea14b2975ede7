"""Storing and reading forecasts: validation, replacement, scope, order and counts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from data import events, metrics
from data import forecast_queries as fq
from data.errors import ValidationFailed
from data.forecast_commands import ForecastInput, save_forecasts
from data.schema import ProjectForecast
from data.scope import Scope
from models import history
from tests.factories import TODAY, add_portfolio, add_project

EVERYTHING = Scope.everything()


def _forecast(pid: int, p: float | None, **changes) -> ForecastInput:
    values = dict(project_id=pid, method="classifier", as_of=TODAY, p_on_time=p,
                  mc_p_on_time=p, p50_date=TODAY, p85_date=TODAY + dt.timedelta(days=9),
                  p95_date=TODAY + dt.timedelta(days=20), model_version="v0001",
                  drivers=[{"feature": "pace", "label": "Pace", "value": 0.5, "effect": -0.2}])
    return ForecastInput(**{**values, **changes})


@pytest.fixture
def portfolio(db):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        ids = {
            "A-1": add_project(s, "A-1", alpha).id,
            "A-2": add_project(s, "A-2", alpha).id,
            "A-3": add_project(s, "A-3", alpha).id,
            "B-1": add_project(s, "B-1", beta).id,
            "B-2": add_project(s, "B-2", beta, status="done", due=dt.date(2026, 3, 1),
                               completed_at=dt.datetime(2026, 2, 27, 15)).id,
            "B-3": add_project(s, "B-3", beta, status="done", due=dt.date(2026, 3, 1),
                               completed_at=dt.datetime(2026, 3, 2, 9)).id,
            "B-4": add_project(s, "B-4", beta, due=dt.date(2026, 5, 1)).id,  # open, late
            "B-5": add_project(s, "B-5", beta, status="cancelled").id,
        }
        return ids, alpha.id, beta.id


def test_bad_rows_are_all_reported_and_nothing_is_written(db, portfolio):
    ids, _, _ = portfolio
    rows = [
        _forecast(ids["A-1"], 1.5),
        _forecast(ids["A-2"], 0.4, method="guess"),
        _forecast(ids["A-3"], 0.4, model_version=None),
        _forecast(ids["A-1"], 0.3, p50_date=TODAY + dt.timedelta(days=30)),
        _forecast(99_999, 0.2),
        _forecast(ids["B-1"], float("nan"), method="monte_carlo", model_version=None),
    ]
    with pytest.raises(ValidationFailed) as err, db.begin() as s:
        save_forecasts(s, rows)
    found = {(e.row, e.field) for e in err.value.errors}
    assert found == {(0, "p_on_time"), (0, "mc_p_on_time"), (1, "method"), (2, "model_version"),
                     (3, "p85_date"), (3, "project_id"), (4, "project_id"), (5, "p_on_time"),
                     (5, "mc_p_on_time")}
    assert "no project with id 99999" in str(err.value)
    with db() as s:
        assert s.scalar(select(func.count(ProjectForecast.project_id))) == 0


def test_saving_replaces_and_publishes_one_event(db, portfolio):
    ids, _, _ = portfolio
    seen: list[events.Event] = []
    events.install(db, seen.append)
    with db.begin() as s:
        save_forecasts(s, [_forecast(ids["A-1"], 0.9), _forecast(ids["A-2"], 0.2)])
    with db.begin() as s:
        save_forecasts(s, [_forecast(ids["A-1"], 0.3, method="monte_carlo", model_version=None,
                                     drivers=[])])
    with db() as s:
        stored = {r.project_id: (r.method, r.p_on_time) for r in s.scalars(select(ProjectForecast))}
    assert stored == {ids["A-1"]: ("monte_carlo", 0.3), ids["A-2"]: ("classifier", 0.2)}
    with db.begin() as s:
        save_forecasts(s, [_forecast(ids["A-2"], 0.5)], replace_all=True)
    with db() as s:
        assert s.scalars(select(ProjectForecast.project_id)).all() == [ids["A-2"]]
    assert [(e.type, e.ids) for e in seen] == [
        ("forecast.updated", tuple(sorted([ids["A-1"], ids["A-2"]]))),
        ("forecast.updated", (ids["A-1"],)), ("forecast.updated", (ids["A-2"],))]


def test_reads_are_scoped_ordered_by_risk_and_paginated(db, portfolio):
    ids, alpha, beta = portfolio
    with db.begin() as s:
        save_forecasts(s, [
            _forecast(ids["A-1"], 0.9), _forecast(ids["A-2"], 0.2),
            _forecast(ids["A-3"], None, method="monte_carlo", model_version=None,
                      p50_date=None, p85_date=None, p95_date=None),
            _forecast(ids["B-1"], 0.45, p85_date=TODAY + dt.timedelta(days=3)),
        ])
    with db() as s:
        page = fq.forecast_page(s, EVERYTHING, page_size=3)
        assert [r.key for r in page.items] == ["A-2", "B-1", "A-1"] and page.total == 4
        assert page.pages == 2 and fq.forecast_page(s, EVERYTHING, 2, 3).items[0].key == "A-3"
        by_date = fq.forecast_page(s, EVERYTHING, order="p85", page_size=10)
        assert [r.key for r in by_date.items] == ["B-1", "A-1", "A-2", "A-3"]
        risky = fq.forecast_page(s, Scope.of(alpha), below=0.5)
        assert [r.key for r in risky.items] == ["A-2"] and risky.items[0].portfolio == "Alpha"
        assert fq.forecast_page(s, EVERYTHING, portfolio_id=beta).total == 1
        one = fq.project_forecast(s, EVERYTHING, "A-2")
        assert one.p_on_time == 0.2 and one.drivers[0]["feature"] == "pace"
        assert one.model_version == "v0001" and one.p85_date == TODAY + dt.timedelta(days=9)
        assert fq.project_forecast(s, Scope.of(beta), "A-2") is None
        assert fq.project_forecast(s, EVERYTHING, "B-2") is None
        keyed = fq.forecasts_for_keys(s, Scope.of(alpha), ["A-1", "B-1", "A-3", "nope"])
        assert sorted(keyed) == ["A-1", "A-3"] and fq.forecasts_for_keys(s, EVERYTHING, []) == {}
        summary = fq.forecast_summary(s, EVERYTHING)
        assert (summary.open_projects, summary.forecast, summary.classifier,
                summary.monte_carlo) == (5, 4, 3, 1)
        assert summary.mean_p_on_time == pytest.approx((0.9 + 0.2 + 0.45) / 3)
        assert fq.forecast_summary(s, Scope.of()).forecast == 0


def test_settled_count_agrees_with_the_training_rule(db, portfolio):
    _ids, _alpha, beta = portfolio
    with db() as s:
        assert fq.settled_count(s, EVERYTHING, TODAY) == (3, 1)  # B-2 on time, B-3 and B-4 late
        settled = history.settled_outcomes(s, TODAY)
        assert len(settled) == 3 and sum(ok for _, ok in settled.values()) == 1
        assert fq.settled_count(s, Scope.of(beta), dt.date(2026, 4, 1)) == (2, 1)
        assert fq.settled_count(s, Scope.of(), TODAY) == (0, 0)


def test_trust_summary_counts_open_forecasts_by_basis_and_trust(db):
    from data.forecast_commands import ForecastInput, save_forecasts
    from data.forecast_queries import trust_summary
    from data.scope import Scope
    from tests.factories import TODAY, add_portfolio, add_project

    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        ids = [add_project(s, f"A-{i}", alpha).id for i in range(3)]
        ids.append(add_project(s, "B-1", beta).id)
        closed = add_project(s, "A-9", alpha, status="done").id
        rows = [ForecastInput(ids[0], "classifier", TODAY, 0.4, model_version="v1",
                              evidence={"trust": "high"}),
                ForecastInput(ids[1], "classifier", TODAY, 0.6, model_version="v1",
                              evidence={"trust": "low"}),
                ForecastInput(ids[2], "monte_carlo", TODAY, 0.6, evidence={"trust": "low"}),
                ForecastInput(ids[3], "classifier", TODAY, 0.6, model_version="v1",
                              evidence={"trust": "high"}),
                ForecastInput(closed, "prior", TODAY, 0.6, model_version="p",
                              evidence={"trust": "low"})]
        save_forecasts(s, rows)
        alpha_id = alpha.id
    with db() as s:
        everything = {(r.basis, r.trust): r.projects for r in trust_summary(s, Scope.everything())}
        mine = {(r.basis, r.trust): r.projects
                for r in trust_summary(s, Scope.of(alpha_id))}
    assert everything == {("classifier", "high"): 2, ("classifier", "low"): 1,
                          ("monte_carlo", "low"): 1}  # the closed project does not count
    assert mine == {("classifier", "high"): 1, ("classifier", "low"): 1,
                    ("monte_carlo", "low"): 1}


def test_trust_summary_counts_late_projects_apart_from_the_models_evidence(db):
    """A late project's P(on time) is 0 by its passed due date (docs/metrics.md), whatever
    trust its stored evidence gave the model's own view: given today, it counts as late, and
    the rest by their trust word (the expectation from the test's own SQL)."""
    from sqlalchemy import text

    from data.forecast_commands import ForecastInput, save_forecasts
    from data.forecast_queries import trust_summary
    from data.scope import Scope
    from tests.factories import TODAY, add_portfolio, add_project

    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        soon, past = TODAY + dt.timedelta(days=30), TODAY - dt.timedelta(days=3)
        rows = []
        for i, (due, p, word) in enumerate([(soon, 0.7, "high"), (soon, 0.4, "medium"),
                                            (past, 0.0, "high"), (past, 0.0, "medium"),
                                            (TODAY, 0.6, "high"), (None, 0.5, "low")]):
            pid = add_project(s, f"A-{i}", alpha, due=due).id
            rows.append(ForecastInput(pid, "classifier", TODAY, p, model_version="v1",
                                      evidence={"trust": word}))
        save_forecasts(s, rows)
    with db() as s:
        expected: dict[tuple[str, str], int] = {}
        for method, due, word in s.execute(text(
                "SELECT f.method, p.due_date, f.evidence FROM project_forecasts f"
                " JOIN projects p ON p.id = f.project_id JOIN statuses st"
                " ON st.id = p.status_id WHERE NOT st.is_closed")):
            due = due if due is None or isinstance(due, dt.date) else \
                dt.date.fromisoformat(str(due)[:10])
            word = (word if isinstance(word, dict) else json.loads(word))["trust"]
            key = (method, "late" if due is not None and due < TODAY else word)
            expected[key] = expected.get(key, 0) + 1
        counted = {(r.basis, r.trust): r.projects
                   for r in trust_summary(s, Scope.everything(), TODAY)}
    assert expected == {("classifier", "high"): 2, ("classifier", "medium"): 1,
                        ("classifier", "low"): 1, ("classifier", "late"): 2}
    assert counted == expected


def test_a_prior_forecast_names_its_version_and_evidence_is_an_object(db):
    import pytest

    from data.errors import ValidationFailed
    from data.forecast_commands import ForecastInput, save_forecasts
    from tests.factories import TODAY, add_portfolio, add_project

    with db.begin() as s:
        pid = add_project(s, "A-1", add_portfolio(s, "Alpha")).id
    with db.begin() as s, pytest.raises(ValidationFailed) as caught:
        save_forecasts(s, [ForecastInput(pid, "prior", TODAY, 0.5),
                           ForecastInput(pid + 1, "monte_carlo", TODAY, 0.5, evidence=["x"])])
    text = str(caught.value)
    assert "a prior forecast names its model version" in text and "JSON object" in text


def test_disagreeing_in_sql_is_the_python_rule_on_every_stored_forecast(db):
    """``metrics.forecast_disagrees`` (SQL, the copilot's list) holds exactly the projects
    ``metrics.forecast_disagreement`` (Python, the project page's sentence) says disagree, over
    every branch: P50 after with a high chance, P50 before with a low one, P85 after with a
    sure one, agreement, a Monte Carlo chance (never disagrees) and missing values."""
    due = dt.date(2026, 9, 30)
    cases = {  # key: (method, p_on_time, p50, p85)
        "D-1": ("classifier", 0.8, dt.date(2026, 10, 5), dt.date(2026, 11, 1)),  # p50 after
        "D-2": ("classifier", 0.3, dt.date(2026, 9, 1), dt.date(2026, 10, 9)),  # p50 before
        "D-3": ("classifier", 0.9, dt.date(2026, 9, 1), dt.date(2026, 10, 9)),  # p85 after
        "D-4": ("classifier", 0.9, dt.date(2026, 9, 1), dt.date(2026, 9, 20)),  # agree
        "D-5": ("classifier", 0.2, dt.date(2026, 10, 5), None),  # agree
        "D-6": ("monte_carlo", 0.8, dt.date(2026, 10, 5), None),  # the same trials
        "D-7": ("classifier", None, dt.date(2026, 10, 5), None),  # no chance
        "D-8": ("prior", 0.5, dt.date(2026, 9, 30), None),  # on the due date: not after
    }
    with db.begin() as s:
        pf = add_portfolio(s, "Alpha")
        for key, (method, p, p50, p85) in cases.items():
            project = add_project(s, key, pf, due=due)
            s.add(ProjectForecast(project_id=project.id, method=method, p_on_time=p,
                                  mc_p_on_time=p, p50_date=p50, p85_date=p85, as_of=TODAY))
    expected = sorted(k for k, (method, p, p50, p85) in cases.items()
                      if metrics.forecast_disagreement(p, p50, p85, due, method) is not None)
    assert expected == ["D-1", "D-2", "D-3"]
    with db() as s:
        total, rows = fq.disagreeing(s, Scope.everything(), TODAY)
    assert total == len(expected) and [r.key for r in rows] == expected
