"""What-if on a real project in the database: it starts from the stored P(on time), moves by the
model's own change, refuses impossible edits, and reads portfolio statistics with one key read."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import event, text

from data.forecast_commands import ForecastInput, save_forecasts
from data.schema import ProjectSnapshot
from models import features, forecast, jobs, whatif
from models.registry import LoadedModel
from models.scoring import Scorer
from tests.factories import TODAY, add_portfolio, add_project
from tests.unit.test_forecast_metrics import _known_probabilities


@pytest.fixture(scope="module")
def loaded() -> LoadedModel:
    """A model whose truth is known: on time when ahead of schedule and at a good pace."""
    X, y, _ = _known_probabilities(1500, seed=9)
    model = forecast.fit(X, y, np.arange(len(X)), forecast.ClassifierSettings(max_iter=60,
                                                                             folds=3))
    return LoadedModel("v0042", model, {})


def _project(db) -> int:
    with db.begin() as s:
        p = add_project(s, "P", add_portfolio(s, "Alpha"), start=TODAY - dt.timedelta(days=56),
                        due=TODAY + dt.timedelta(days=56))
        for week in range(9):  # 5 points a week out of 80
            s.add(ProjectSnapshot(project_id=p.id, day=TODAY - dt.timedelta(weeks=8 - week),
                                  scope_points=80, done_points=5 * week, in_progress_points=0,
                                  items_added=0, items_removed=0, team_size=4))
        return p.id


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _stored_p(db, pid: int) -> float:
    with db() as s:  # the test's own SQL, not the code under test
        return s.execute(text("SELECT p_on_time FROM project_forecasts WHERE project_id = :p"),
                         {"p": pid}).scalar_one()


def _model_p(db, pid: int, loaded, scope_delta=0.0, team_delta=0.0) -> float:
    """The model's probability for the edited project, computed here from the features."""
    with db() as s:
        h = jobs.history.load_histories(s, [pid])[pid]
    state = features.state_as_of(h, TODAY)
    edited = whatif.edited_state(state, scope_delta, team_delta)
    return float(loaded.model.predict(pd.DataFrame([features.derive(edited)]))[0])


def test_baseline_is_the_stored_number_and_scenarios_shift_from_it(db, loaded, tmp_path):
    pid = _project(db)
    jobs.rescore(db, tmp_path / "models", TODAY, loaded=loaded)
    stored = _stored_p(db, pid)
    with db() as s:
        base = whatif.scenario(s, pid, TODAY, loaded)
        more_scope = whatif.scenario(s, pid, TODAY, loaded, scope_delta=30)
        less_scope = whatif.scenario(s, pid, TODAY, loaded, scope_delta=-30)
        more_people = whatif.scenario(s, pid, TODAY, loaded, team_delta=4)
        assert whatif.scenario(s, 123_456, TODAY, loaded) is None
    assert base.baseline == base.p_on_time == stored  # to the last digit
    assert base.method == "classifier"
    assert more_scope.p_on_time < stored < less_scope.p_on_time
    assert stored < more_people.p_on_time
    for result, edit in ((more_scope, {"scope_delta": 30}), (less_scope, {"scope_delta": -30}),
                         (more_people, {"team_delta": 4})):
        shift = _logit(_model_p(db, pid, loaded, **edit)) - _logit(_model_p(db, pid, loaded))
        assert _logit(result.p_on_time) - _logit(stored) == pytest.approx(shift, abs=1e-6)
    # the simulation moves the same way: twice the people, half the time
    assert more_people.p85 < base.p85 < more_scope.p85


def test_a_stored_number_that_drifted_from_the_model_still_moves_consistently(db, loaded):
    pid = _project(db)
    with db.begin() as s:  # stored by an earlier model version: not what the model says now
        save_forecasts(s, [ForecastInput(pid, "classifier", TODAY, p_on_time=0.3,
                                         model_version="v0001")])
    with db() as s:
        base = whatif.scenario(s, pid, TODAY, loaded)
        cut = whatif.scenario(s, pid, TODAY, loaded, scope_delta=-20)
        legacy = whatif.what_if(s, pid, TODAY, loaded)
    assert base.p_on_time == 0.3 and legacy.p_classifier == 0.3
    shift = _logit(_model_p(db, pid, loaded, scope_delta=-20)) - _logit(_model_p(db, pid, loaded))
    assert _logit(cut.p_on_time) - _logit(0.3) == pytest.approx(shift, abs=1e-6)


def test_a_monte_carlo_forecast_moves_with_the_simulation(db, loaded):
    pid = _project(db)
    with db.begin() as s:
        save_forecasts(s, [ForecastInput(pid, "monte_carlo", TODAY, p_on_time=0.6,
                                         mc_p_on_time=0.6)])
    with db() as s:
        base = whatif.scenario(s, pid, TODAY, None)
        late = whatif.scenario(s, pid, TODAY, None, scope_delta=40)
    assert base.p_on_time == 0.6 and base.method == "monte_carlo"
    expected = 1 / (1 + math.exp(-(_logit(0.6) + _logit(late.p_monte_carlo)
                                   - _logit(base.p_monte_carlo))))
    assert late.p_on_time == pytest.approx(expected, abs=1e-9) and late.p_on_time < 0.6


def test_impossible_scenarios_are_refused_with_a_message(db, loaded):
    pid = _project(db)
    with db() as s:
        with pytest.raises(whatif.InvalidScenario, match="at least one"):
            whatif.scenario(s, pid, TODAY, loaded, team_delta=-4)  # 4 people, minus 4
        with pytest.raises(whatif.InvalidScenario, match="40 points already done"):
            whatif.scenario(s, pid, TODAY, loaded, scope_delta=-41)  # 80 scope, 40 done
        with pytest.raises(whatif.InvalidScenario, match="number"):
            whatif.scenario(s, pid, TODAY, loaded, scope_delta=float("nan"))
        edge = whatif.scenario(s, pid, TODAY, loaded, scope_delta=-40, team_delta=-3)
        clamped = whatif.what_if(s, pid, TODAY, loaded, scope_delta=-500, team_delta=-9)
    assert edge.p_on_time is not None  # exactly done, one person: allowed
    assert clamped.scope_delta == -40 and clamped.team_delta == -3  # the old API clamps


def test_edited_state_never_undoes_finished_work():
    state = features.State(
        day=TODAY, start=None, due=None, priority_rank=1, scope=20, done=15, in_progress=0,
        first_scope=20, items_todo=0, items_in_progress=0, items_done=0, open_item_age=0.0,
        oldest_in_progress_age=0.0, added=0, removed=0, team=2, fte=float("nan"),
        rates={"overall": 1.0})
    edited = whatif.edited_state(state, scope_delta=-50, team_delta=-5)
    assert edited.scope == 15 and edited.team == 1 and edited.rates == {"overall": 0.5}
    assert edited.fte != edited.fte  # unknown stays unknown
    assert whatif.edited_state(replace(state, fte=1.0), team_delta=2).fte == 2.0


def test_portfolio_statistics_are_one_key_read(db, engine, loaded, tmp_path):
    pid = _project(db)
    jobs.rescore(db, tmp_path / "models", TODAY, loaded=loaded)  # stores portfolio windows
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        with db() as s:
            whatif.scenario(s, pid, TODAY, loaded, scope_delta=10)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert any("portfolio_outcomes" in q for q in statements)
    assert not any("min(project_snapshots.day)" in q.lower() for q in statements)
    assert len(statements) <= 8  # project, snapshots, items, allocations, window, stored


def test_project_cone_reaches_the_p95_date(db):
    pid = _project(db)
    with db() as s:
        cone = whatif.project_cone(s, pid, TODAY, periods=4)
        assert whatif.project_cone(s, 123_456, TODAY) == []
        result = whatif.scenario(s, pid, TODAY, None)
    week = dt.timedelta(days=7)
    assert [c.day for c in cone[:2]] == [TODAY + week, TODAY + 2 * week]
    assert all(c.p5 <= c.p15 <= c.p50 <= c.p85 <= 80 for c in cone)
    assert [c.p50 for c in cone] == sorted(c.p50 for c in cone)
    assert cone[-1].p5 == 80 and cone[-2].p5 < 80  # ends where the slow edge is done
    # the same simulation's P95 date, within a period (different draws)
    assert abs((cone[-1].day - result.p95).days) <= 7
    assert Scorer.make(None).basis in ("prior", "monte_carlo")
