"""Training helpers: a bounded sample, the P85 check and the blend decision."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

from models import features as f
from models import forecast, training
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
