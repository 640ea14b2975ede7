"""Scores for probability forecasts, and the two baselines every model has to beat.

Brier score and log loss judge the probabilities themselves, ROC AUC only the ranking, expected
calibration error (ECE) whether "70 %" comes true 70 % of the time. The Brier skill score (BSS)
compares with always answering the training base rate: above 0 means better than that.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.metrics import roc_auc_score

# Outcomes (0/1 or bools) or probabilities: a list from the caller or an array from the models.
Vector = Sequence[float] | npt.NDArray[Any]
BoolVector = Sequence[bool] | npt.NDArray[Any]

EPS = 1e-6
BINS = 10


def _arrays(y: Vector, p: Vector) -> tuple[np.ndarray, np.ndarray]:
    y_arr, p_arr = np.asarray(y, dtype=float), np.clip(np.asarray(p, dtype=float), 0.0, 1.0)
    if y_arr.shape != p_arr.shape:
        raise ValueError(f"{len(y_arr)} outcomes but {len(p_arr)} probabilities")
    return y_arr, p_arr


def brier(y: Vector, p: Vector) -> float:
    y_arr, p_arr = _arrays(y, p)
    return float(np.mean((p_arr - y_arr) ** 2)) if len(y_arr) else math.nan


def brier_skill(y: Vector, p: Vector, base_rate: float) -> float:
    """1 − Brier / Brier of always predicting ``base_rate``; nan when that reference is 0."""
    reference = brier(y, np.full(len(y), base_rate))
    return 1.0 - brier(y, p) / reference if reference > 0 else math.nan


def auc(y: Vector, p: Vector) -> float | None:
    """ROC AUC, or ``None`` when only one outcome occurs (ranking is then undefined)."""
    y_arr, p_arr = _arrays(y, p)
    if len(np.unique(y_arr)) < 2:
        return None
    return float(roc_auc_score(y_arr, p_arr))


def log_loss(y: Vector, p: Vector) -> float:
    y_arr, p_arr = _arrays(y, p)
    if not len(y_arr):
        return math.nan
    q = np.clip(p_arr, EPS, 1 - EPS)
    return float(-np.mean(y_arr * np.log(q) + (1 - y_arr) * np.log(1 - q)))


def reliability(y: Vector, p: Vector, bins: int = BINS) -> list[dict[str, Any]]:
    """Equal-width bins: mean forecast, observed frequency and count (the reliability diagram)."""
    y_arr, p_arr = _arrays(y, p)
    index = np.minimum((p_arr * bins).astype(int), bins - 1)
    out: list[dict[str, Any]] = []
    for b in range(bins):
        mask = index == b
        n = int(mask.sum())
        if n:
            out.append({"lo": b / bins, "hi": (b + 1) / bins, "mean_p": float(p_arr[mask].mean()),
                        "observed": float(y_arr[mask].mean()), "n": n})
    return out


def ece(y: Vector, p: Vector, bins: int = BINS) -> float:
    """Expected calibration error: count-weighted gap between forecast and observed per bin."""
    rows = reliability(y, p, bins)
    total = sum(r["n"] for r in rows)
    if not total:
        return math.nan
    return float(sum(r["n"] * abs(r["mean_p"] - r["observed"]) for r in rows) / total)


def evaluate(y: Vector, p: Vector, base_rate: float) -> dict[str, Any]:
    """Every score of one method on one held-out set (JSON-able; ``None`` for undefined)."""
    def clean(value: float | None) -> float | None:
        return None if value is None or math.isnan(value) else round(float(value), 6)

    return {
        "n": len(y),
        "brier": clean(brier(y, p)),
        "bss": clean(brier_skill(y, p, base_rate)),
        "auc": clean(auc(y, p)),
        "log_loss": clean(log_loss(y, p)),
        "ece": clean(ece(y, p)),
    }


def base_rate_forecast(y_train: Vector, n: int) -> np.ndarray:
    """Baseline 1: always the share of training projects that finished on time."""
    rate = float(np.mean(y_train)) if len(y_train) else 0.5
    return np.full(n, rate)


def rule_forecast(
    rule_train: BoolVector, y_train: Vector, rule_test: BoolVector
) -> np.ndarray:
    """Baseline 2: a yes/no rule (done share ≥ elapsed share) turned into the on-time rate
    observed in training when the rule held or did not (so it is scored as a probability)."""
    r_train, y_arr = np.asarray(rule_train, bool), np.asarray(y_train, float)
    overall = float(y_arr.mean()) if len(y_arr) else 0.5

    def rate(mask: np.ndarray) -> float:
        # a few pseudo-counts of the overall rate keep an empty or tiny group sensible
        return float((y_arr[mask].sum() + 2 * overall) / (mask.sum() + 2))

    yes, no = rate(r_train), rate(~r_train)
    return np.where(np.asarray(rule_test, bool), yes, no)
