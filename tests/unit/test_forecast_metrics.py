"""Scores on hand-checked numbers, and a classifier that recovers known probabilities."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from models import explain, forecast, metrics
from models.features import FEATURES


def test_scores_match_hand_computed_values():
    y, p = [1, 0, 1, 0], [0.9, 0.2, 0.6, 0.5]
    assert metrics.brier(y, p) == pytest.approx((0.01 + 0.04 + 0.16 + 0.25) / 4)
    assert metrics.log_loss(y, p) == pytest.approx(
        -(math.log(0.9) + math.log(0.8) + math.log(0.6) + math.log(0.5)) / 4)
    assert metrics.auc(y, p) == 1.0 and metrics.auc([1, 0], [0.2, 0.8]) == 0.0
    assert metrics.auc([1, 1], [0.2, 0.8]) is None  # one outcome: ranking undefined
    # base rate 0.5: its Brier is 0.25, ours 0.115 -> skill 1 - 0.115 / 0.25
    assert metrics.brier_skill(y, p, 0.5) == pytest.approx(1 - 0.115 / 0.25)
    assert metrics.brier_skill(y, [0.5] * 4, 0.5) == 0.0
    assert math.isnan(metrics.brier_skill([1, 1], [1, 1], 1.0))
    assert math.isnan(metrics.brier([], [])) and math.isnan(metrics.ece([], []))
    with pytest.raises(ValueError):
        metrics.brier([1, 0], [0.5])


def test_reliability_and_ece():
    y = [0, 0, 1, 1, 1, 0]
    p = [0.05, 0.15, 0.15, 0.95, 0.91, 0.99]
    bins = metrics.reliability(y, p)
    assert [(b["lo"], b["n"]) for b in bins] == [(0.0, 1), (0.1, 2), (0.9, 3)]
    assert bins[1]["observed"] == 0.5 and bins[2]["mean_p"] == pytest.approx(0.95)
    expected = (1 * 0.05 + 2 * abs(0.15 - 0.5) + 3 * abs(0.95 - 2 / 3)) / 6
    assert metrics.ece(y, p) == pytest.approx(expected)
    assert metrics.reliability([1], [1.0])[0]["lo"] == 0.9  # p = 1 lands in the last bin


def test_evaluate_is_json_ready_and_baselines_use_training_rates():
    scores = metrics.evaluate([1, 1], [0.5, 0.5], 0.5)
    assert scores["auc"] is None and scores["n"] == 2 and scores["brier"] == 0.25
    assert metrics.base_rate_forecast([1, 0, 0, 0], 3).tolist() == [0.25] * 3
    rule = metrics.rule_forecast([True, True, False, False], [1, 1, 0, 1], [True, False])
    # rule held: (2 + 2 * 0.75) / 4; did not: (1 + 1.5) / 4
    assert rule.tolist() == [pytest.approx(0.875), pytest.approx(0.625)]


def _known_probabilities(n: int, seed: int) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Rows whose true P(on time) is a known logistic function of two features."""
    rng = np.random.default_rng(seed)
    X = pd.DataFrame(np.nan, index=range(n), columns=list(FEATURES))
    X["progress_gap"] = rng.uniform(-0.6, 0.6, n)
    X["pace"] = rng.uniform(0.2, 2.0, n)
    X["team_size"] = rng.integers(1, 8, n)  # noise, no effect
    true_p = 1 / (1 + np.exp(-(6 * X["progress_gap"] + 2 * (X["pace"] - 1.1))))
    y = (rng.random(n) < true_p).astype(int)
    return X, y, true_p.to_numpy()


def test_classifier_recovers_known_probabilities_and_explains_them():
    X, y, _ = _known_probabilities(3000, seed=1)
    model = forecast.fit(X, y, groups=np.arange(len(X)) // 4,
                         settings=forecast.ClassifierSettings(max_iter=80, folds=3))
    X_new, y_new, true_new = _known_probabilities(1500, seed=2)
    p = model.predict(X_new)
    assert np.mean(np.abs(p - true_new)) < 0.06  # close to the truth row by row
    assert metrics.ece(y_new, p) < 0.05  # calibrated
    assert metrics.brier(y_new, p) < metrics.brier(y_new, true_new) + 0.01
    assert metrics.auc(y_new, p) > metrics.auc(y_new, true_new) - 0.02

    rows = X_new.head(40)
    effects = model.contributions(rows)
    gap = model.predict(rows) - model.predict(pd.DataFrame(model.background,
                                                           columns=FEATURES)).mean()
    assert np.allclose(effects.sum(axis=1), gap, atol=1e-9)  # shares add up
    top = model.drivers(rows.head(5))  # grouped: progress_gap and pace belong to two groups
    assert all(d and d[0]["group"] in ("progress", "pace") for d in top)
    assert {"feature", "label", "value", "effect"} <= set(top[0][0])
    assert effects.shape == (40, len(explain.GROUPS))
    unused = [g for g, key in enumerate(explain.GROUPS) if key not in ("progress", "pace")]
    assert np.abs(effects[:, unused]).max() < 0.05  # team size is noise: next to nothing
    ranked = forecast.importance(model, X_new.head(600), y_new[:600], repeats=2)
    assert {r["feature"] for r in ranked[:2]} == {"progress_gap", "pace"}
    assert forecast.importance(model, X_new.head(1), y_new[:1]) == []


def test_fit_needs_both_outcomes_in_several_projects():
    X, y, _ = _known_probabilities(40, seed=3)
    y[:] = 0
    y[:4] = 1
    with pytest.raises(ValueError, match="two projects of each outcome"):
        forecast.fit(X, y, groups=np.zeros(40, int))
    assert forecast.fit(X, y, groups=np.arange(40)).predict(X.head(0)).shape == (0,)
