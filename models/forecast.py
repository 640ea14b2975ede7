"""The on-time classifier: gradient boosting with calibrated probabilities, and its drivers.

Why these choices: boosted trees take the features' NaNs (no history yet) and their non-linear
thresholds as they are; calibration (sigmoid, fitted on folds that keep each project's rows
together) makes "0.7" mean seven in ten. Drivers are permutation-style: a feature's effect on
one project is how much its probability moves when that feature alone is swapped for values seen
in training, so every explanation is in probability points and comes from scikit-learn alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.model_selection import StratifiedGroupKFold
from threadpoolctl import threadpool_limits

from models.features import FEATURE_LABELS, FEATURES


def _threads(rows: int) -> threadpool_limits:
    """One OpenMP thread for small batches: much faster than waking a pool for 300 rows."""
    return threadpool_limits(1 if rows < SMALL_BATCH else None, user_api="openmp")

BACKGROUND_ROWS = 6
PERMUTATIONS = 4  # two feature orders and their reverses
DRIVER_CHUNK = 50
SMALL_BATCH = 20_000  # rows below which one thread beats OpenMP's start-up cost


@dataclass(frozen=True)
class ClassifierSettings:
    """One set of settings for every portfolio and every benchmark project (never per project)."""

    max_iter: int = 100
    learning_rate: float = 0.05
    max_depth: int = 3
    min_samples_leaf: int = 40
    l2_regularization: float = 5.0
    calibration: str = "sigmoid"
    folds: int = 5

    def as_dict(self) -> dict:
        return asdict(self)


DEFAULT_SETTINGS = ClassifierSettings()


def make_estimator(settings: ClassifierSettings, seed: int = 0) -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=settings.max_iter,
        learning_rate=settings.learning_rate,
        max_depth=settings.max_depth,
        min_samples_leaf=settings.min_samples_leaf,
        l2_regularization=settings.l2_regularization,
        random_state=seed,
    )


@dataclass
class Forecaster:
    """A fitted, calibrated classifier with what it needs to explain itself."""

    estimator: CalibratedClassifierCV
    features: tuple[str, ...]
    background: np.ndarray
    settings: dict = field(default_factory=dict)
    unused: tuple[int, ...] = ()  # columns without a single value in training
    sklearn_version: str = sklearn.__version__

    def _matrix(self, X: pd.DataFrame | Sequence[dict]) -> np.ndarray:
        frame = X if isinstance(X, pd.DataFrame) else pd.DataFrame(list(X))
        matrix = frame.reindex(columns=list(self.features)).to_numpy(dtype=float, copy=True)
        matrix[:, list(self.unused)] = 0.0
        return matrix

    def predict(self, X: pd.DataFrame | Sequence[dict]) -> np.ndarray:
        """P(on time) for each row of features."""
        matrix = self._matrix(X)
        if not len(matrix):
            return np.zeros(0)
        return self._proba(matrix)

    def _proba(self, matrix: np.ndarray) -> np.ndarray:
        with _threads(len(matrix)):
            return self.estimator.predict_proba(matrix)[:, 1]

    def contributions(self, X: pd.DataFrame | Sequence[dict], seed: int = 0) -> np.ndarray:
        """Per row and feature, its share of (probability − mean background probability).

        Sampled Shapley values: along random feature orders, each feature is switched from a
        background row's value to the project's own, and the change in probability it causes
        is credited to it. Shares add up to the gap, so effects read as probability points.
        """
        matrix = self._matrix(X)
        n, k = matrix.shape
        out = np.zeros((n, k))
        rng = np.random.default_rng(seed)
        half = [rng.permutation(k) for _ in range(PERMUTATIONS // 2)]
        orders = np.array([o for order in half for o in (order, order[::-1])])  # antithetic
        masks = np.zeros((PERMUTATIONS, k + 1, k), dtype=bool)  # step j: first j features set
        for o, order in enumerate(orders):
            for j in range(1, k + 1):
                masks[o, j, order[:j]] = True
        bg = self.background
        for lo in range(0, n, DRIVER_CHUNK):
            rows = matrix[lo:lo + DRIVER_CHUNK]
            m = len(rows)
            points = np.where(masks[None, :, None], rows[:, None, None, None, :],
                              bg[None, None, :, None, :])  # (m, orders, bg, k + 1, k)
            probs = self._proba(points.reshape(-1, k)).reshape(m, PERMUTATIONS, len(bg), k + 1)
            steps = np.diff(probs, axis=3).mean(axis=2)  # (m, orders, k): step j adds order[j]
            for o, order in enumerate(orders):
                out[lo:lo + m, order] += steps[:, o, :]
        return out / PERMUTATIONS

    def drivers(self, X: pd.DataFrame | Sequence[dict], top: int = 3) -> list[list[dict]]:
        """The ``top`` features that move each row's probability most, largest first."""
        matrix = self._matrix(X)
        effects = self.contributions(X)
        out = []
        for values, row in zip(matrix, effects, strict=True):
            order = np.argsort(-np.abs(row))[:top]
            out.append([driver(self.features[j], values[j], row[j]) for j in order
                        if abs(row[j]) >= 0.001])
        return out


def driver(name: str, value: float, effect: float) -> dict:
    """One explanation, JSON-able: what, its value, and probability points it adds."""
    return {
        "feature": name,
        "label": FEATURE_LABELS.get(name, name),
        "value": None if value is None or math.isnan(value) else round(float(value), 3),
        "effect": round(float(effect), 4),
    }


def fit(
    X: pd.DataFrame,
    y: Sequence[int],
    groups: Sequence[int],
    settings: ClassifierSettings = DEFAULT_SETTINGS,
    seed: int = 0,
) -> Forecaster:
    """Fit on rows grouped by project: calibration folds never split a project's rows."""
    matrix = X.reindex(columns=list(FEATURES)).to_numpy(dtype=float, copy=True)
    # a column that is all NaN carries nothing (and trips the binning): make it constant
    unused = tuple(int(j) for j in np.flatnonzero(np.isnan(matrix).all(axis=0)))
    matrix[:, list(unused)] = 0.0
    y_arr, g_arr = np.asarray(y, int), np.asarray(groups)
    folds = min(settings.folds, _max_folds(y_arr, g_arr))
    if folds < 2:
        raise ValueError("need at least two projects of each outcome to fit a classifier")
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    cv = list(splitter.split(matrix, y_arr, g_arr))
    estimator = CalibratedClassifierCV(
        make_estimator(settings, seed), method=settings.calibration, cv=cv
    )
    with _threads(len(matrix)):
        estimator.fit(matrix, y_arr)
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(matrix), size=min(BACKGROUND_ROWS, len(matrix)), replace=False)
    return Forecaster(estimator, FEATURES, matrix[np.sort(pick)], settings.as_dict(), unused)


def _max_folds(y: np.ndarray, groups: np.ndarray) -> int:
    """Folds possible so every training fold still sees both outcomes."""
    per_class = [len(np.unique(groups[y == c])) for c in (0, 1)]
    return min(per_class)


def importance(
    model: Forecaster, X: pd.DataFrame, y: Sequence[int], repeats: int = 5, seed: int = 0
) -> list[dict]:
    """Global feature importance: how much the Brier score worsens when a feature is shuffled."""
    if len(X) < 2 or len(set(np.asarray(y).tolist())) < 2:
        return []
    with _threads(0):
        result = permutation_importance(
            model.estimator, model._matrix(X), np.asarray(y, int), scoring="neg_brier_score",
            n_repeats=repeats, random_state=seed,
        )
    rows = [
        {"feature": name, "label": FEATURE_LABELS.get(name, name),
         "importance": round(float(mean), 6), "std": round(float(std), 6)}
        for name, mean, std in zip(
            model.features, result.importances_mean, result.importances_std, strict=True)
    ]
    return sorted(rows, key=lambda r: -r["importance"])
