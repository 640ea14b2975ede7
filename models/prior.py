"""The cold-start default: a small logistic model shipped with the package, for an installation
that has not yet finished enough projects to train its own classifier.

Why a shipped prior and not nothing: a new installation still has progress, scope changes and,
after a few weeks, its portfolios' first outcomes; those mean much the same everywhere (a project
that has done 20 % of its scope at 60 % of its schedule rarely makes it). The coefficients in
``prior.json`` were fitted by ``benchmarks/forecast_real.py --write-prior`` on public sprint data
(the TSE 2017 agile sprints dataset, see its ``fitted_on``), only on scale-free features (shares,
ratios, rates; no point counts, whose units differ between organisations). The dataset itself is
not shipped, only these few numbers. When a new installation has no finished project at all the
portfolio features are missing and the prior leans on progress against schedule alone.

``basis_in_use`` tells the Forecasts page which forecasts are in use and why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from models import explain
from models.features import FEATURES, scale_columns
from models.shrink import sigmoid

PRIOR_FILE = Path(__file__).with_name("prior.json")
PRIOR_FEATURES: tuple[str, ...] = (
    "elapsed_frac", "done_frac", "progress_gap", "in_progress_frac", "scope_growth", "pace",
    "pace_needed", "projected_frac", "load_vs_team", "scope_vs_team", "scope_vs_team_best",
    "team_on_time_rate", "team_delivery_hit", "team_delivery_ratio", "team_history",
    "team_velocity_cv", "team_change", "scope_growth_rate",
)


def _scaled(frame: pd.DataFrame, features: tuple[str, ...]) -> np.ndarray:
    return scale_columns(frame.reindex(columns=list(features)).to_numpy(dtype=float), features)


@dataclass(frozen=True)
class Prior:
    """Median imputation, standardisation and logistic coefficients over ``features``."""

    version: str
    features: tuple[str, ...]
    medians: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coef: tuple[float, ...]
    missing_coef: tuple[float, ...]  # added when a feature is unknown (e.g. no team history)
    intercept: float
    fitted_on: str = ""

    def _z(self, frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        x = _scaled(frame, self.features)
        missing = np.isnan(x)
        x = np.where(missing, np.asarray(self.medians), x)
        return (x - np.asarray(self.means)) / np.asarray(self.scales), missing

    def logits(self, frame: pd.DataFrame) -> np.ndarray:
        z, missing = self._z(frame)
        result: np.ndarray = (self.intercept + z @ np.asarray(self.coef)
                              + missing @ np.asarray(self.missing_coef))
        return result

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        return sigmoid(self.logits(frame))

    def drivers(self, frame: pd.DataFrame, top: int = 3) -> list[list[dict[str, Any]]]:
        """Per row, the feature groups whose terms move the probability most (exact: the
        probability minus the probability with that group's terms at their average)."""
        z, missing = self._z(frame)
        terms = z * np.asarray(self.coef) + missing * np.asarray(self.missing_coef)
        total = self.intercept + terms.sum(axis=1)
        keys = list(explain.GROUPS)
        index = {name: j for j, name in enumerate(self.features)}
        effects = np.zeros((len(frame), len(keys)))
        for g, key in enumerate(keys):
            cols = [index[m] for m in explain.GROUPS[key][1] if m in index]
            if cols:
                effects[:, g] = sigmoid(total) - sigmoid(total - terms[:, cols].sum(axis=1))
        full = frame.reindex(columns=list(FEATURES)).to_numpy(dtype=float)
        return explain.top_drivers(full, effects, FEATURES, top)

    def as_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}


def fit_prior(frame: pd.DataFrame, y: np.ndarray, version: str, fitted_on: str,
              c: float = 0.1) -> Prior:
    """A regularised logistic model on the scale-free features, with missing indicators."""
    x = _scaled(frame, PRIOR_FEATURES)
    missing = np.isnan(x)
    medians = np.array([np.nanmedian(col) if (~np.isnan(col)).any() else 0.0 for col in x.T])
    x = np.where(missing, medians, x)
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales = np.where(scales > 0, scales, 1.0)
    z = (x - means) / scales
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - fitting only

    model = LogisticRegression(C=c, max_iter=2000).fit(np.hstack([z, missing]), y)
    k = len(PRIOR_FEATURES)
    coef = model.coef_[0]
    return Prior(version, PRIOR_FEATURES, tuple(map(float, medians)), tuple(map(float, means)),
                 tuple(map(float, scales)), tuple(map(float, coef[:k])),
                 tuple(map(float, coef[k:])), float(model.intercept_[0]), fitted_on)


def save_prior(prior: Prior, path: Path = PRIOR_FILE) -> None:
    path.write_text(json.dumps(prior.as_dict(), indent=1) + "\n")


@lru_cache(maxsize=1)
def load_prior(path: Path = PRIOR_FILE) -> Prior | None:
    """The shipped prior, or ``None`` if the file is missing or unreadable."""
    try:
        raw = json.loads(path.read_text())
        fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                                  for k, v in raw.items()}
        return Prior(**fields)
    except (OSError, ValueError, TypeError):
        return None


@dataclass(frozen=True)
class Basis:
    """Which forecasts the app is giving, for the Forecasts page's status line."""

    method: str  # "classifier", "prior" or "monte_carlo"
    version: str | None
    message: str


def basis_in_use(current_version: str | None, settled: int, on_time: int,
                 min_finished: int, min_per_outcome: int, prior_weight: float = 0.0) -> Basis:
    """The classifier when one is trained (with the prior's share, if any); else the shipped
    prior; else Monte Carlo alone."""
    late = settled - on_time
    if current_version is not None:
        mixed = (f" It gives {prior_weight:.0%} of its weight to coefficients fitted on public "
                 "sprint data, because together they predicted this installation's held-out "
                 "projects better than the model alone." if prior_weight > 0 else "")
        return Basis("classifier", current_version,
                     f"Forecasts come from the installation's model {current_version}, one for "
                     "all portfolios, trained on the settled projects of all of them (done, or "
                     "open past the due date) and shrunk toward each portfolio's on-time record "
                     "where the evidence is thin." + mixed)
    need = (f"{settled} settled projects across all portfolios so far (done, or open past the "
            f"due date: {on_time} on time, {late} late); a model of its own needs "
            f"{min_finished}, with at least {min_per_outcome} of each outcome")
    prior = load_prior()
    if prior is not None:
        return Basis("prior", prior.version,
                     f"No model trained here yet: {need}. Until then P(on time) comes from "
                     f"coefficients fitted on public sprint data ({prior.version}), and the "
                     "dates from a Monte Carlo simulation of each project's throughput. Treat "
                     "them as rough.")
    return Basis("monte_carlo", None,
                 f"No model trained here yet: {need}. Until then P(on time) and the dates "
                 "come from a Monte Carlo simulation of each project's throughput.")
