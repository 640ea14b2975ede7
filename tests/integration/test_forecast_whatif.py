"""What-if on a real project in the database: more scope lowers P(on time), more people raise it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

from data.schema import ProjectSnapshot
from models import features, forecast, whatif
from models.registry import LoadedModel
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


def test_scope_and_team_move_both_forecasts(db, loaded):
    pid = _project(db)
    with db() as s:
        base = whatif.what_if(s, pid, TODAY, loaded)
        more_scope = whatif.what_if(s, pid, TODAY, loaded, scope_delta=30)
        less_scope = whatif.what_if(s, pid, TODAY, loaded, scope_delta=-30)
        more_people = whatif.what_if(s, pid, TODAY, loaded, team_delta=4)
        no_model = whatif.what_if(s, pid, TODAY, None, team_delta=4)
        assert whatif.what_if(s, 123_456, TODAY, loaded) is None
    assert more_scope.p_classifier < base.p_classifier < less_scope.p_classifier
    assert base.p_classifier < more_people.p_classifier
    # 40 points left at 5 a week: 8 weeks, due in 8: the simulation is sure of it
    assert base.p_monte_carlo == 1.0 and base.p85 == TODAY + dt.timedelta(days=56)
    assert more_scope.p_monte_carlo == 0.0 and more_scope.p85 > base.p85
    assert more_people.p85 == TODAY + dt.timedelta(days=28)  # twice the team, half the time
    assert no_model.p_classifier is None and no_model.p_monte_carlo == 1.0


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


def test_project_cone_starts_from_today_and_reaches_the_scope(db):
    pid = _project(db)
    with db() as s:
        cone = whatif.project_cone(s, pid, TODAY, periods=10)
        assert whatif.project_cone(s, 123_456, TODAY) == []
    assert [c[0] for c in cone[:2]] == [TODAY + dt.timedelta(days=7), TODAY + dt.timedelta(days=14)]
    assert cone[0][1:] == (45.0, 45.0, 45.0)  # 40 done, 5 a week, every week alike
    assert cone[-1][1:] == (80.0, 80.0, 80.0)  # capped at the scope
