"""Shrinkage toward the base rate: between the raw probability and the base rate, more so when
the evidence is thin, and learned from held-out predictions."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from models import shrink


def _frame(n: int, history: float, rate: float, elapsed: float) -> pd.DataFrame:
    return pd.DataFrame({"team_history": np.full(n, history),
                         "team_on_time_rate": np.full(n, rate),
                         "elapsed_frac": np.full(n, elapsed)})


def test_base_rate_is_the_portfolio_record_pulled_toward_the_overall_rate():
    frame = pd.DataFrame({"team_history": [0, 5, 45, np.nan],
                          "team_on_time_rate": [np.nan, 0.8, 0.8, np.nan]})
    base = shrink.base_rates(frame, overall=0.3, strength=5.0)
    assert base[0] == pytest.approx(0.3) and base[3] == pytest.approx(0.3)  # nothing known
    assert base[1] == pytest.approx((0.8 * 5 + 0.3 * 5) / 10)  # half-way
    assert base[2] == pytest.approx((0.8 * 45 + 0.3 * 5) / 50)


def test_a_shrunk_probability_lies_between_the_raw_one_and_the_base_rate():
    rng = np.random.default_rng(0)
    n = 400
    frame = pd.DataFrame({"team_history": rng.integers(0, 30, n),
                          "team_on_time_rate": rng.uniform(0, 1, n),
                          "elapsed_frac": rng.uniform(0, 1, n)})
    raw = rng.uniform(0.001, 0.999, n)
    fitted = shrink.Shrinker(0.35, (0.5, 1.0, -0.5, -2.0), shrink.Ranges.of(frame))
    parts = fitted.parts(frame, raw)
    lo, hi = np.minimum(raw, parts["base"]), np.maximum(raw, parts["base"])
    assert np.all(parts["p"] >= lo - 1e-12) and np.all(parts["p"] <= hi + 1e-12)
    assert np.all((parts["weight"] > 0) & (parts["weight"] < 1))
    # the formula, by hand, for one row
    i = 7
    lb = math.log(parts["base"][i] / (1 - parts["base"][i]))
    lr = math.log(raw[i] / (1 - raw[i]))
    assert parts["p"][i] == pytest.approx(1 / (1 + math.exp(-(lb + parts["weight"][i]
                                                              * (lr - lb)))))


def test_weight_is_learned_high_for_a_good_model_and_low_for_noise():
    rng = np.random.default_rng(1)
    n = 4000
    frame = _frame(n, 10, 0.4, 0.5)
    truth = rng.uniform(0.05, 0.95, n)
    y = (rng.random(n) < truth).astype(int)
    novelty = np.zeros(n)
    good = shrink.fit_shrinker(frame, truth, y, novelty)
    noise = shrink.fit_shrinker(frame, rng.uniform(0.01, 0.99, n), y, novelty)
    w_good = good.parts(frame, truth)["weight"].mean()
    w_noise = noise.parts(frame, truth)["weight"].mean()
    assert w_good > 0.8 and w_noise < 0.3


def test_weight_falls_with_novelty_when_novel_rows_are_where_the_model_fails():
    rng = np.random.default_rng(2)
    n = 6000
    frame = _frame(n, 10, 0.4, 0.5)
    novelty = (rng.random(n) < 0.5).astype(float)
    truth = rng.uniform(0.05, 0.95, n)
    y = (rng.random(n) < np.where(novelty > 0, 0.4, truth)).astype(int)  # novel: a coin
    fitted = shrink.fit_shrinker(frame, truth, y, novelty)
    assert fitted.theta[3] < -1.0  # trust falls for rows unlike the training data


def test_novelty_counts_features_outside_the_training_range():
    train = pd.DataFrame({"scope_points": np.arange(100.0), "done_frac": np.linspace(0, 1, 100)})
    ranges = shrink.Ranges.of(train)
    new = pd.DataFrame({"scope_points": [50.0, 5_000.0, np.nan],
                        "done_frac": [0.5, 0.5, np.nan]})
    assert list(ranges.novelty(new)) == [0.0, 0.5, 0.0]
