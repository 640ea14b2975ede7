"""Training helpers: a bounded sample, the P85 check and the blend decision."""

from __future__ import annotations

import datetime as dt
import math
import pickle

import numpy as np
import pandas as pd

from models import features as f
from models import forecast, prior, training
from tests.unit.test_forecast_metrics import _known_probabilities

DAY = dt.date(2026, 1, 1)


def test_the_sample_is_bounded_keeps_the_latest_half_and_is_seeded():
    settled = {pid: (DAY + dt.timedelta(days=pid), pid % 3 == 0) for pid in range(10_000)}
    sample = training.sample_settled(settled, limit=1_000, seed=1)
    assert len(sample) == 1_000
    assert set(range(9_500, 10_000)) <= set(sample)  # the 500 that settled last
    assert sample == training.sample_settled(settled, limit=1_000, seed=1)
    assert training.sample_settled(settled, limit=20_000) is settled


def test_p85_missed_is_known_only_when_the_outcome_is():
    p85 = DAY + dt.timedelta(days=30)
    done = f.History(1, status="done", closed=True, completed_on=p85)
    late = f.History(1, status="done", closed=True, completed_on=p85 + dt.timedelta(days=1))
    running = f.History(1, status="active")
    assert training.p85_missed(done, p85, DAY + dt.timedelta(days=90)) == 0.0
    assert training.p85_missed(late, p85, DAY + dt.timedelta(days=90)) == 1.0
    assert training.p85_missed(running, p85, DAY + dt.timedelta(days=90)) == 1.0
    assert math.isnan(training.p85_missed(running, p85, DAY))  # not there yet
    assert math.isnan(training.p85_missed(done, None, DAY))


def test_blend_only_when_it_helps_on_held_out_rows():
    X, y, truth = _known_probabilities(2000, seed=4)
    model = forecast.fit(X, y, np.arange(len(X)), forecast.ClassifierSettings(max_iter=30,
                                                                             folds=3))
    p = model.predict(X)
    rng = np.random.default_rng(0)
    useless = rng.uniform(0, 1, len(X))
    assert training.choose_blend(model, p, useless, y) == 0.0
    assert model.blend_weight == 0.0  # left as it was
    noisy_truth = np.clip(truth + rng.normal(0, 0.02, len(X)), 0.02, 0.98)
    weak = np.full(len(X), 0.5)  # a classifier that knows nothing
    assert training.choose_blend(model, weak, noisy_truth, y) > 0
    assert training.choose_blend(model, p, np.full(len(X), np.nan), y) == 0.0


def _prior_on(X: pd.DataFrame, y: np.ndarray) -> prior.Prior:
    """A prior fitted on another organisation's rows (never the rows the model trains on)."""
    return prior.fit_prior(X, y, "test", "elsewhere")


def test_a_prior_from_elsewhere_is_mixed_in_only_when_held_out_rows_say_it_helps():
    # the model's own data is thin and noisy: 120 rows of it; the prior saw 5,000 rows elsewhere
    X_big, y_big, _ = _known_probabilities(5000, seed=11)
    good = _prior_on(X_big, y_big)
    X, y, _ = _known_probabilities(120, seed=12)
    settings = forecast.ClassifierSettings(max_iter=30, folds=3)
    alone = forecast.fit(X, y, np.arange(len(X)), settings)
    helped = forecast.fit(X, y, np.arange(len(X)), settings, prior=good)
    assert helped.prior_weight > 0 and helped.prior is good
    X_new, y_new, true_new = _known_probabilities(3000, seed=13)
    # scored with the test's own Brier, on rows neither saw: the mix is closer to the truth
    assert (np.mean((helped.predict(X_new) - y_new) ** 2)
            < np.mean((alone.predict(X_new) - y_new) ** 2))
    assert (np.mean(np.abs(helped.predict(X_new) - true_new))
            < np.mean(np.abs(alone.predict(X_new) - true_new)))

    # a prior that learned the opposite of this organisation is left out entirely
    wrong = _prior_on(X_big, 1 - y_big)
    X_own, y_own, _ = _known_probabilities(2000, seed=14)
    kept = forecast.fit(X_own, y_own, np.arange(len(X_own)), settings, prior=wrong)
    own = forecast.fit(X_own, y_own, np.arange(len(X_own)), settings)
    assert kept.prior_weight == 0.0 and kept.prior is None
    assert np.allclose(kept.predict(X_new), own.predict(X_new))


def test_the_prior_share_survives_a_refit_and_an_artifact_without_it_still_loads():
    X_big, y_big, _ = _known_probabilities(5000, seed=21)
    X, y, _ = _known_probabilities(120, seed=22)
    settings = forecast.ClassifierSettings(max_iter=30, folds=3)
    model = forecast.fit(X, y, np.arange(len(X)), settings, prior=_prior_on(X_big, y_big))
    assert model.prior_weight > 0
    again = forecast.refit(model, X, y, np.arange(len(X)))
    assert (again.prior, again.prior_weight) == (model.prior, model.prior_weight)
    # the prior's share is in every prediction: without it the probabilities differ
    X_new, _, _ = _known_probabilities(200, seed=23)
    bare = forecast.refit(model, X, y, np.arange(len(X)))
    bare.prior_weight = 0.0
    assert not np.allclose(again.predict(X_new), bare.predict(X_new))
    # a model saved before the prior existed has neither attribute in its pickled state
    old = pickle.loads(pickle.dumps(bare))
    del old.__dict__["prior"], old.__dict__["prior_weight"]
    assert np.allclose(old.predict(X_new), bare.predict(X_new))
