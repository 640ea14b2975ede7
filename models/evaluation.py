"""Scoring forecasts on held-out rows the same way everywhere (benchmarks and the training job).

Per method: Brier, Brier skill against two references (the training base rate, which a model
should beat, and the test set's own on-time rate, which it can only beat by ranking well: a
new organisation's rate is not known in advance), ROC AUC, ECE, and, where the method gives
dates, how often the P85 date was missed.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from models import metrics


def _clean(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else round(float(value), 6)


def score(
    y: metrics.Vector, p: metrics.Vector, train_rate: float,
    missed: metrics.Vector | None = None,
) -> dict[str, Any]:
    """Every score of one method on one held-out set (JSON-able; ``None`` when undefined).

    ``missed``: per row 1 (finished after the P85 date), 0 (by it) or NaN (unknown)."""
    y_arr = np.asarray(y, float)
    own = float(y_arr.mean()) if len(y_arr) else math.nan
    p85 = None
    if missed is not None:
        m = np.asarray(missed, float)
        p85 = _clean(float(np.nanmean(m))) if np.isfinite(m).any() else None
    return {
        "n": len(y_arr),
        "rate": _clean(own),
        "brier": _clean(metrics.brier(y_arr, p)),
        "bss": _clean(metrics.brier_skill(y_arr, p, train_rate)),
        "bss_own": _clean(metrics.brier_skill(y_arr, p, own)) if len(y_arr) else None,
        "auc": _clean(metrics.auc(y_arr, p)),
        "ece": _clean(metrics.ece(y_arr, p)),
        "p85_missed": p85,
    }
