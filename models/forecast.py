"""The on-time classifier: two pooled models, calibrated and shrunk on held-out predictions.

Why these choices (each kept because it improved held-out scores in
``benchmarks/forecast_real.py``):

- **Scale-free inputs** (``MODEL_FEATURES``): shares, ratios, rates and the portfolio's record,
  no raw sizes in points, items, days or people, whose units differ between portfolios and
  kinds of project (within-project AUC at 50 % rose from 0.77 to 0.80, every project's BSS
  above 0; sizes still enter as ratios to the portfolio's own history).
- **The portfolio's speeds against the work left** (``team_speed_hit``: the share of its recent
  projects' speeds that would finish the remaining points by the due date): a distribution-free
  cousin of the Monte Carlo, kept because it raised held-out AUC and BSS at the 50 % point at
  each of the 60/70/80 % training cuts (mean AUC 0.795 -> 0.804, lowest BSS 0.066 -> 0.092).
- **Boosted trees** take the features' NaNs (no history yet) and their thresholds as they are;
  monotone constraints on the features whose direction is not in doubt (more done, on time more
  often; more work left per usual speed, less often) keep them sensible on teams unlike the
  training data.
- **A regularised logistic model** on log-scaled ratios extrapolates smoothly where trees are
  flat; the two are averaged.
- **Calibration and shrinkage are fitted on out-of-fold predictions**: folds hold out whole
  portfolios when there are enough of them (else whole projects), so the last step learns how far
  to trust the model for a team it has not seen (``models.shrink``). The portfolio's own record
  enters as the base rate the probability shrinks toward: a pooled model with a per-team
  adjustment.
- **The shipped prior as a second opinion** (``prior``, ``prior_weight``): the logistic
  prior fitted on other organisations' public sprints (``models.prior``) is mixed in on the logit
  scale with the weight (0, 25, 50 or 75 %) that predicts the held-out folds best, before
  shrinkage; 0 when the installation's own model does better alone (the demo picks 0). In
  ``benchmarks/forecast_real.py``'s within-project split each project gets a prior fitted on
  the other folders only. At the 50 % point, mean AUC 0.804 -> 0.823 at the 70 % training cut
  (0.765 -> 0.802 at 60 %, 0.799 -> 0.790 at 80 %), mean BSS up and the lowest project's BSS
  up at every cut, at 0 % and at 50 %; a fixed 50 % weight did a little better on these three
  projects but would override an installation whose own model is better.
- **Monte Carlo blend**: ``blend_weight`` (set by ``models.training`` only when blending with the
  simulation improved the held-out Brier score) mixes the two on the logit scale.

Tried and not kept (no gain on held-out sprints at the 60/70/80 % training cuts, or a gain at
one cut and a loss at another): shrinking toward the portfolio's last five outcomes instead of
its last twenty; time-ordered (forward-chaining or blocked) folds for calibration and shrinkage;
fitting shrinkage on both portfolio and project folds; weighting recent projects more; a
stacked instead of averaged ensemble; more monotone constraints, or none (a little better within
a project, worse across projects, and they keep a scope cut from lowering P(on time));
features of work not started and of speed so far against the portfolio's (``todo_vs_team``,
``pace_vs_team``). Settings chosen on the last 30 % of training disagreed with the later
sprints, so none is chosen per dataset.

Drivers are grouped Shapley effects in probability points (``models.explain``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.inspection import permutation_importance
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler
from threadpoolctl import threadpool_limits

from models import explain
from models.explain import driver as driver  # re-exported for jobs and pages
from models.features import FEATURE_LABELS, FEATURES, LOG_SIZES, scale_columns
from models.metrics import Vector
from models.prior import Prior
from models.shrink import Ranges, Shrinker, fit_shrinker, logit, sigmoid

BACKGROUND_ROWS = 3
SMALL_BATCH = 20_000  # rows below which one thread beats OpenMP's start-up cost
MIN_TEAM_FOLDS = 5  # portfolios needed before folds hold out whole portfolios
PRIOR_WEIGHTS = (0.0, 0.25, 0.5, 0.75)  # weights on the shipped prior's logit tried on held-out

MONOTONE = {
    "done_frac": 1, "progress_gap": 1, "projected_frac": 1, "pace": 1,
    "pace_needed": -1, "load_vs_team": -1, "scope_vs_team": -1, "scope_vs_team_best": -1,
    "team_on_time_rate": 1, "team_on_time_recent": 1, "team_delivery_hit": 1,
    "team_delivery_ratio": 1, "team_speed_hit": 1,
}
# LOG_SIZES and LOG_RATIOS live in models.features (readers need them without scikit-learn)

# What the models learn from: the scale-free features (shares, ratios, rates, the portfolio's
# record). Sizes in points, items, days or people mean different things in portfolios that
# estimate in different units or run projects of different lengths; they enter through ratios
# to the portfolio's own history (scope_vs_team, load_vs_team, ...) instead.
MODEL_FEATURES: tuple[str, ...] = tuple(
    name for name in FEATURES if name not in LOG_SIZES or name == "team_history")


def _threads(rows: int) -> threadpool_limits:
    """One OpenMP thread for small batches: much faster than waking a pool for 300 rows."""
    return threadpool_limits(1 if rows < SMALL_BATCH else None, user_api="openmp")


@dataclass(frozen=True)
class ClassifierSettings:
    """One set of settings for every portfolio and every benchmark project (never per project)."""

    max_iter: int = 60
    learning_rate: float = 0.08
    max_depth: int = 3
    min_samples_leaf: int = 40
    l2_regularization: float = 5.0
    linear_c: float = 0.03
    linear_weight: float = 0.5
    shrink: bool = True
    folds: int = 5

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


DEFAULT_SETTINGS = ClassifierSettings()


def take_columns(matrix: np.ndarray, names: Sequence[str], scaled: bool = False) -> np.ndarray:
    """The ``names`` columns of a ``FEATURES`` matrix; ``scaled``: log-scaled sizes and ratios,
    so the linear model sees proportions, not raw magnitudes."""
    result: np.ndarray = matrix[:, [FEATURES.index(name) for name in names]]
    return scale_columns(result, names) if scaled else result


def make_trees(settings: ClassifierSettings, seed: int = 0) -> Pipeline:
    names = list(MODEL_FEATURES)
    return make_pipeline(
        FunctionTransformer(take_columns, kw_args={"names": names}),
        HistGradientBoostingClassifier(
            max_iter=settings.max_iter, learning_rate=settings.learning_rate,
            max_depth=settings.max_depth, min_samples_leaf=settings.min_samples_leaf,
            l2_regularization=settings.l2_regularization, random_state=seed,
            monotonic_cst=[MONOTONE.get(name, 0) for name in names]))


def make_linear(settings: ClassifierSettings) -> Pipeline:
    names = list(MODEL_FEATURES)
    return make_pipeline(FunctionTransformer(take_columns, kw_args={"names": names,
                                                                    "scaled": True}),
                         SimpleImputer(strategy="median", add_indicator=True,
                                       keep_empty_features=True),
                         StandardScaler(), LogisticRegression(C=settings.linear_c,
                                                              max_iter=2000))


# Feature rows: a frame, or one dict of features per row (as the scoring job builds them).
Rows: TypeAlias = pd.DataFrame | Sequence[dict[str, Any]]


@dataclass
class Forecaster:
    """A fitted ensemble with its calibration, shrinkage and what it needs to explain itself."""

    trees: Pipeline  # its columns, then boosted trees
    platt: tuple[float, float]  # trees' raw score -> calibrated logit: a * score + b
    linear: Pipeline
    shrinker: Shrinker | None
    features: tuple[str, ...]
    background: np.ndarray
    settings: dict[str, Any] = field(default_factory=dict)
    unused: tuple[int, ...] = ()  # columns without a single value in training
    n_projects: int = 0
    blend_weight: float = 0.0  # weight of the Monte Carlo's logit (0: classifier alone)
    sklearn_version: str = sklearn.__version__
    prior: Prior | None = None  # the shipped prior, a second opinion from other organisations
    prior_weight: float = 0.0  # weight of its logit, chosen on held-out predictions

    def _prior(self, matrix: np.ndarray) -> np.ndarray:
        """The shipped prior's probability; a column unknown in training is unknown to it too."""
        assert self.prior is not None
        known = matrix.copy()
        known[:, list(self.unused)] = np.nan
        return self.prior.predict(pd.DataFrame(known, columns=list(self.features)))

    def _matrix(self, X: Rows) -> np.ndarray:
        frame = X if isinstance(X, pd.DataFrame) else pd.DataFrame(list(X))
        matrix: np.ndarray = frame.reindex(columns=list(self.features)).to_numpy(dtype=float,
                                                                                 copy=True)
        matrix[:, list(self.unused)] = 0.0
        return matrix

    def _raw(self, matrix: np.ndarray) -> np.ndarray:
        with _threads(0):  # predicting is cheap per row: threads only contend for the cores
            score = self.trees.decision_function(matrix)
            p_trees = sigmoid(self.platt[0] * score + self.platt[1])
            p_linear = self.linear.predict_proba(matrix)[:, 1]
        w = float(self.settings.get("linear_weight", 0.5))
        result: np.ndarray = (1 - w) * p_trees + w * p_linear
        if self.prior is not None and self.prior_weight > 0:
            result = mix(result, self._prior(matrix), self.prior_weight)
        return result

    def _final(self, matrix: np.ndarray) -> np.ndarray:
        raw = self._raw(matrix)
        if self.shrinker is None:
            return raw
        return self.shrinker.apply(pd.DataFrame(matrix, columns=list(self.features)), raw)

    def predict(self, X: Rows) -> np.ndarray:
        """P(on time) for each row of features (shrunk; without the Monte Carlo blend)."""
        matrix = self._matrix(X)
        if not len(matrix):
            return np.zeros(0)
        return self._final(matrix)

    def parts(self, X: Rows) -> dict[str, np.ndarray]:
        """Raw ensemble probability, base rate, weight on the model, novelty and final ``p``."""
        matrix = self._matrix(X)
        raw = self._raw(matrix) if len(matrix) else np.zeros(0)
        if self.shrinker is None:
            ones = np.ones(len(matrix))
            return {"raw": raw, "base": raw, "weight": ones, "novelty": 0 * ones, "p": raw}
        frame = pd.DataFrame(matrix, columns=list(self.features))
        return {"raw": raw, **self.shrinker.parts(frame, raw)}

    def blend(self, p: np.ndarray, mc: np.ndarray) -> np.ndarray:
        """Mix with the Monte Carlo's probabilities (NaN: none) by ``blend_weight``."""
        p = np.asarray(p, float)
        mc = np.asarray(mc, float)
        if self.blend_weight <= 0:
            return p
        mixed = sigmoid((1 - self.blend_weight) * logit(p)
                        + self.blend_weight * logit(np.clip(mc, 0.02, 0.98)))
        return np.where(np.isnan(mc), p, mixed)

    def contributions(self, X: Rows, seed: int = 0) -> np.ndarray:
        """Per row and feature group (``explain.GROUPS``), probability points it adds."""
        return explain.contributions(self._final, self._matrix(X), self.background,
                                     self.features, seed)

    def drivers(self, X: Rows, top: int = 3) -> list[list[dict[str, Any]]]:
        """The ``top`` groups that move each row's probability most, largest first."""
        matrix = self._matrix(X)
        return explain.top_drivers(matrix, self.contributions(X), self.features, top)


def folds_for(y: np.ndarray, groups: np.ndarray, teams: np.ndarray | None, n: int,
              seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Held-out folds: whole portfolios when there are enough, else whole projects."""
    if teams is not None and len(np.unique(teams)) >= MIN_TEAM_FOLDS:
        k = min(n, len(np.unique(teams)))
        return list(GroupKFold(n_splits=k).split(y, y, teams))
    k = min(n, _max_folds(y, groups))
    return list(StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
                .split(y, y, groups))


def mix(p: np.ndarray, q: np.ndarray, weight: float) -> np.ndarray:
    """``weight`` of ``q`` and the rest of ``p``, averaged on the logit scale."""
    result: np.ndarray = sigmoid((1 - weight) * logit(p) + weight * logit(q))
    return result


def choose_prior_weight(raw_oof: np.ndarray, q: np.ndarray, y: np.ndarray) -> float:
    """The weight on the prior with the best held-out log loss (ties: the smaller weight)."""
    def loss(weight: float) -> float:
        p = np.clip(mix(raw_oof, q, weight), 1e-6, 1 - 1e-6)
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    losses = [loss(w) for w in PRIOR_WEIGHTS]
    return PRIOR_WEIGHTS[int(np.argmin(losses))]


def _fit_parts(matrix: np.ndarray, y: np.ndarray, settings: ClassifierSettings, seed: int
               ) -> tuple[Pipeline, Pipeline]:
    with _threads(len(matrix)):
        trees = make_trees(settings, seed).fit(matrix, y)
    linear = make_linear(settings).fit(matrix, y)
    return trees, linear


def fit(
    X: pd.DataFrame,
    y: Vector,
    groups: Vector,
    settings: ClassifierSettings = DEFAULT_SETTINGS,
    seed: int = 0,
    teams: Vector | None = None,
    prior: Prior | None = None,
) -> Forecaster:
    """Fit on rows grouped by project (and portfolio, ``teams``): held-out folds never split a
    project, and hold out whole portfolios when there are at least five.

    With a ``prior`` (fitted on other organisations' projects, never on these rows), its logit
    is mixed in with the weight that predicts the held-out rows best, before shrinkage."""
    frame = X.reindex(columns=list(FEATURES))
    matrix = frame.to_numpy(dtype=float, copy=True)
    unused = tuple(int(j) for j in np.flatnonzero(np.isnan(matrix).all(axis=0)))
    matrix[:, list(unused)] = 0.0
    y_arr, g_arr = np.asarray(y, int), np.asarray(groups)
    if min(_max_folds(y_arr, g_arr), settings.folds) < 2:
        raise ValueError("need at least two projects of each outcome to fit a classifier")
    t_arr = None if teams is None else np.asarray(teams)
    cv = folds_for(y_arr, g_arr, t_arr, settings.folds, seed)
    score_oof = np.zeros(len(y_arr))
    linear_oof = np.full(len(y_arr), float(y_arr.mean()))
    novelty_oof = np.zeros(len(y_arr))
    for train, test in cv:
        if len(np.unique(y_arr[train])) < 2:
            score_oof[test] = 0.0
            continue
        trees, linear = _fit_parts(matrix[train], y_arr[train], settings, seed)
        with _threads(0):
            score_oof[test] = trees.decision_function(matrix[test])
        linear_oof[test] = linear.predict_proba(matrix[test])[:, 1]
        novelty_oof[test] = Ranges.of(frame.iloc[train]).novelty(frame.iloc[test])
    platt_model = LogisticRegression(C=100.0).fit(score_oof.reshape(-1, 1), y_arr)
    platt = (float(platt_model.coef_[0, 0]), float(platt_model.intercept_[0]))
    w = settings.linear_weight
    raw_oof = (1 - w) * sigmoid(platt[0] * score_oof + platt[1]) + w * linear_oof
    prior_weight = 0.0
    if prior is not None:
        q = prior.predict(frame)
        prior_weight = choose_prior_weight(raw_oof, q, y_arr)
        raw_oof = mix(raw_oof, q, prior_weight)
    shrinker = (fit_shrinker(frame, raw_oof, y_arr, novelty_oof) if settings.shrink else None)
    trees, linear = _fit_parts(matrix, y_arr, settings, seed)
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(matrix), size=min(BACKGROUND_ROWS, len(matrix)), replace=False)
    return Forecaster(trees, platt, linear, shrinker, FEATURES, matrix[np.sort(pick)],
                      settings.as_dict(), unused, len(np.unique(g_arr)),
                      prior=prior if prior_weight > 0 else None, prior_weight=prior_weight)


def refit(
    model: Forecaster, X: pd.DataFrame, y: Vector, groups: Vector,
    seed: int = 0,
) -> Forecaster:
    """``model``'s recipe refit on more rows (e.g. the held-out ones too): trees and linear
    model again, calibration and shrinkage as learned on ``model``'s held-out folds (they map
    scores of the same recipe), base rate and training ranges from the new rows."""
    frame = X.reindex(columns=list(FEATURES))
    matrix = frame.to_numpy(dtype=float, copy=True)
    unused = tuple(int(j) for j in np.flatnonzero(np.isnan(matrix).all(axis=0)))
    matrix[:, list(unused)] = 0.0
    y_arr = np.asarray(y, int)
    settings = ClassifierSettings(**model.settings)
    trees, linear = _fit_parts(matrix, y_arr, settings, seed)
    shrinker = model.shrinker
    if shrinker is not None:
        shrinker = Shrinker(float(np.clip(y_arr.mean(), 0.01, 0.99)), shrinker.theta,
                            Ranges.of(frame), shrinker.strength)
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(matrix), size=min(BACKGROUND_ROWS, len(matrix)), replace=False)
    return Forecaster(trees, model.platt, linear, shrinker, FEATURES, matrix[np.sort(pick)],
                      model.settings, unused, len(np.unique(np.asarray(groups))),
                      model.blend_weight, prior=model.prior, prior_weight=model.prior_weight)


def _max_folds(y: np.ndarray, groups: np.ndarray) -> int:
    """Folds possible so every training fold still sees both outcomes."""
    per_class = [len(np.unique(groups[y == c])) for c in (0, 1)]
    return min(per_class)


class _Scorer:
    """``permutation_importance`` wants an estimator: this one is the whole pipeline."""

    def __init__(self, model: Forecaster) -> None:
        self.model = model

    def fit(self, *_args: object) -> _Scorer:
        return self

    def predict_proba(self, matrix: np.ndarray) -> np.ndarray:
        p = self.model._final(matrix)
        return np.column_stack([1 - p, p])


def _neg_brier(estimator: _Scorer, matrix: np.ndarray, y: np.ndarray) -> float:
    return -float(np.mean((estimator.predict_proba(matrix)[:, 1] - y) ** 2))


def importance(
    model: Forecaster, X: pd.DataFrame, y: Vector, repeats: int = 5, seed: int = 0
) -> list[dict[str, Any]]:
    """Global feature importance: how much the Brier score worsens when a feature is shuffled."""
    if len(X) < 2 or len(set(np.asarray(y).tolist())) < 2:
        return []
    result = permutation_importance(
        _Scorer(model), model._matrix(X), np.asarray(y, int), scoring=_neg_brier,
        n_repeats=repeats, random_state=seed,
    )
    rows = [
        {"feature": name, "label": FEATURE_LABELS.get(name, name),
         "importance": round(float(mean), 6), "std": round(float(std), 6)}
        for name, mean, std in zip(
            model.features, result.importances_mean, result.importances_std, strict=True)
    ]
    return sorted(rows, key=lambda r: -r["importance"])
