"""Never worse than knowing nothing: pull a probability toward the right base rate when the
evidence behind it is thin.

The right base rate for a project is its portfolio's own on-time record, itself pulled toward the
training on-time rate by how few outcomes it rests on (``(k + m·g) / (n + m)``: ``n`` finished
projects of which ``k`` on time, ``g`` the training rate, ``m`` pseudo-counts). The model's
probability then moves toward that rate on the logit scale:

    logit(p) = logit(base) + s · (logit(raw) − logit(base)),   0 < s < 1,
    s = sigmoid(θ0 + θ1·team_evidence + θ2·elapsed + θ3·novelty)

so the result always lies between the raw probability and the base rate. ``θ`` is learned on
out-of-fold predictions (each fold's projects, or whole portfolios, unseen by the model that
scored them), which is the situation of a new project: how far can the model be trusted early
in a project (``elapsed``), for a portfolio with little history of its own (``team_evidence``
= n / (n + 5)), or for a project unlike anything in training (``novelty``: the share of key
features outside the range seen in training)?
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.metrics import Vector

EPS = 1e-4
PRIOR_STRENGTH = 5.0
TEAM_EVIDENCE_HALF = 5.0  # outcomes at which a portfolio's own record counts half
NOVELTY_FEATURES = ("elapsed_frac", "done_frac", "scope_growth", "pace_needed", "load_vs_team",
                    "scope_vs_team", "team_on_time_rate", "planned_days", "scope_points")
L2 = 1e-3


def logit(p: np.ndarray | float) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=float), EPS, 1 - EPS)
    result: np.ndarray = np.log(q / (1 - q))
    return result


def sigmoid(z: np.ndarray | float) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
    return result


def _column(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), np.nan)
    result: np.ndarray = frame[name].to_numpy(dtype=float)
    return result


def base_rates(frame: pd.DataFrame, overall: float, strength: float = PRIOR_STRENGTH
               ) -> np.ndarray:
    """Each row's portfolio record, pulled toward ``overall`` by ``strength`` pseudo-counts."""
    n = np.nan_to_num(_column(frame, "team_history"), nan=0.0)
    rate = _column(frame, "team_on_time_rate")
    rate = np.where(np.isnan(rate), overall, rate)
    result: np.ndarray = (rate * n + overall * strength) / (n + strength)
    return result


@dataclass(frozen=True)
class Ranges:
    """Central ranges (1st-99th percentile) of the novelty features in training."""

    lo: tuple[float, ...]
    hi: tuple[float, ...]

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Ranges:
        lo, hi = [], []
        for name in NOVELTY_FEATURES:
            v = _column(frame, name)
            v = v[~np.isnan(v)]
            lo.append(float(np.quantile(v, 0.01)) if len(v) else -np.inf)
            hi.append(float(np.quantile(v, 0.99)) if len(v) else np.inf)
        return cls(tuple(lo), tuple(hi))

    def novelty(self, frame: pd.DataFrame) -> np.ndarray:
        """Share of the known novelty features that fall outside the training range."""
        outside = np.zeros(len(frame))
        known = np.zeros(len(frame))
        for name, lo, hi in zip(NOVELTY_FEATURES, self.lo, self.hi, strict=True):
            v = _column(frame, name)
            ok = ~np.isnan(v)
            known += ok
            outside += ok & ((v < lo) | (v > hi))
        return np.where(known > 0, outside / np.maximum(known, 1), 0.0)


def evidence_matrix(frame: pd.DataFrame, novelty: np.ndarray) -> np.ndarray:
    n = np.nan_to_num(_column(frame, "team_history"), nan=0.0)
    elapsed = np.clip(np.nan_to_num(_column(frame, "elapsed_frac"), nan=0.0), 0.0, 1.0)
    return np.column_stack([np.ones(len(frame)), n / (n + TEAM_EVIDENCE_HALF), elapsed, novelty])


@dataclass(frozen=True)
class Shrinker:
    """Fitted shrinkage: the training rate, pseudo-counts, θ and the training ranges."""

    overall: float
    theta: tuple[float, ...]
    ranges: Ranges
    strength: float = PRIOR_STRENGTH

    def parts(self, frame: pd.DataFrame, raw: np.ndarray) -> dict[str, np.ndarray]:
        """Base rate, weight ``s`` on the model, novelty and the shrunk probability per row."""
        base = base_rates(frame, self.overall, self.strength)
        novelty = self.ranges.novelty(frame)
        weight = sigmoid(evidence_matrix(frame, novelty) @ np.asarray(self.theta))
        lb = logit(base)
        p = sigmoid(lb + weight * (logit(raw) - lb))
        return {"base": base, "weight": weight, "novelty": novelty, "p": p}

    def apply(self, frame: pd.DataFrame, raw: np.ndarray) -> np.ndarray:
        return self.parts(frame, raw)["p"]


def fit_shrinker(
    frame: pd.DataFrame, raw_oof: np.ndarray, y: Vector, novelty: np.ndarray,
    strength: float = PRIOR_STRENGTH,
) -> Shrinker:
    """Learn θ by maximum likelihood on out-of-fold probabilities (lightly regularised)."""
    y_arr = np.asarray(y, dtype=float)
    overall = float(np.clip(y_arr.mean(), 0.01, 0.99)) if len(y_arr) else 0.5
    lb = logit(base_rates(frame, overall, strength))
    gap = logit(raw_oof) - lb
    E = evidence_matrix(frame, novelty)

    def loss(theta: np.ndarray) -> float:
        q = np.clip(sigmoid(lb + sigmoid(E @ theta) * gap), 1e-6, 1 - 1e-6)
        return float(-np.mean(y_arr * np.log(q) + (1 - y_arr) * np.log(1 - q))
                     + L2 * np.sum(theta[1:] ** 2))

    start = np.array([2.0, 0.0, 0.0, 0.0])
    from scipy.optimize import minimize  # noqa: PLC0415 - fitting only, not scoring

    theta = minimize(loss, start, method="L-BFGS-B").x if len(y_arr) else start
    return Shrinker(overall, tuple(float(t) for t in theta), Ranges.of(frame), strength)
