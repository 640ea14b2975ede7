"""Training data from our tables and an honest, time-ordered evaluation against the baselines.

Rows are projects whose outcome is settled (done, or past due without finishing), seen as of up
to eight past days before the outcome. The split is by time: the projects that settled last are
held out, so the evaluation asks what a model trained earlier would have said about later work.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from models import features as feat
from models import forecast, history, metrics, montecarlo

MIN_FINISHED = 30
MIN_PER_OUTCOME = 5
TEST_SHARE = 0.25
EVAL_TRIALS = 2_000
METHODS = ("classifier", "monte_carlo", "base_rate", "done_vs_elapsed")


class NotEnoughHistory(Exception):
    """Too few settled projects to learn from; the message says how many there are."""


@dataclass
class Examples:
    X: pd.DataFrame
    y: np.ndarray
    project: np.ndarray
    test: np.ndarray  # row mask: held-out (latest-settled) projects
    mc: np.ndarray  # Monte Carlo P(on time) for held-out rows, NaN elsewhere or unknown
    settled: dict[int, tuple[dt.date, bool]] = field(default_factory=dict)

    @property
    def n_projects(self) -> int:
        return len(self.settled)


def check_enough(settled: dict[int, tuple[dt.date, bool]]) -> None:
    on_time = sum(1 for _, ok in settled.values() if ok)
    late = len(settled) - on_time
    if len(settled) < MIN_FINISHED or min(on_time, late) < MIN_PER_OUTCOME:
        raise NotEnoughHistory(
            f"Only {len(settled)} finished projects ({on_time} on time, {late} late); the "
            f"classifier needs {MIN_FINISHED} with at least {MIN_PER_OUTCOME} of each outcome. "
            "Forecasts use Monte Carlo until then."
        )


def held_out(settled: dict[int, tuple[dt.date, bool]], share: float = TEST_SHARE) -> set[int]:
    """The projects that settled last (ties broken by id), about ``share`` of them."""
    order = sorted(settled, key=lambda pid: (settled[pid][0], pid))
    n_test = max(1, round(len(order) * share))
    return set(order[len(order) - n_test:])


def build_examples(
    session: Session,
    today: dt.date,
    *,
    max_days: int = 8,
    trials: int = EVAL_TRIALS,
    require_enough: bool = True,
) -> Examples:
    """Features as of past days of every settled project, labelled, split by settle date."""
    settled = history.settled_outcomes(session, today)
    if require_enough:
        check_enough(settled)
    test_ids = held_out(settled) if settled else set()
    histories = list(history.iter_histories(session, settled))
    teams = history.team_outcomes(session, {h.portfolio_id for h in histories})
    rows, labels, projects, is_test, mc = [], [], [], [], []
    for h in histories:
        end, on_time = settled[h.project_id]
        team = teams.get(h.portfolio_id, [])
        for day in feat.training_days(h, end, max_days):
            rows.append(feat.features_as_of(h, day, team))
            labels.append(int(on_time))
            projects.append(h.project_id)
            is_test.append(h.project_id in test_ids)
            p = math.nan
            if h.project_id in test_ids:
                sim = montecarlo.forecast(h, day, team, trials=trials, seed=h.project_id)
                if sim is not None and sim.p_on_time is not None:
                    p = sim.p_on_time
            mc.append(p)
    X = pd.DataFrame.from_records(rows, columns=list(feat.FEATURES))
    return Examples(X, np.asarray(labels, int), np.asarray(projects), np.asarray(is_test, bool),
                    np.asarray(mc, float), settled)


def baseline_predictions(
    X_train: pd.DataFrame, y_train: np.ndarray, X_test: pd.DataFrame
) -> dict[str, np.ndarray]:
    def rule(frame: pd.DataFrame) -> np.ndarray:
        return (frame["done_frac"] >= frame["elapsed_frac"]).to_numpy()

    return {
        "base_rate": metrics.base_rate_forecast(y_train, len(X_test)),
        "done_vs_elapsed": metrics.rule_forecast(rule(X_train), y_train, rule(X_test)),
    }


def train_and_evaluate(
    ex: Examples,
    settings: forecast.ClassifierSettings = forecast.DEFAULT_SETTINGS,
    seed: int = 0,
) -> tuple[forecast.Forecaster, dict]:
    """Fit on earlier projects, score later ones, then refit on all for production use."""
    train, test = ~ex.test, ex.test
    X_tr, y_tr, X_te, y_te = ex.X[train], ex.y[train], ex.X[test], ex.y[test]
    held = forecast.fit(X_tr, y_tr, ex.project[train], settings, seed)
    base = float(y_tr.mean())
    predicted = {"classifier": held.predict(X_te),
                 "monte_carlo": np.where(np.isnan(ex.mc[test]), base, ex.mc[test]),
                 **baseline_predictions(X_tr, y_tr, X_te)}
    report = {
        "n_projects": ex.n_projects,
        "n_train_projects": len(set(ex.project[train].tolist())),
        "n_test_projects": len(set(ex.project[test].tolist())),
        "n_train_rows": int(train.sum()),
        "n_test_rows": int(test.sum()),
        "base_rate": round(base, 6),
        "methods": {m: metrics.evaluate(y_te, predicted[m], base) for m in METHODS},
        "reliability": {m: metrics.reliability(y_te, predicted[m])
                        for m in ("classifier", "monte_carlo")},
        "importance": forecast.importance(held, X_te, y_te, seed=seed),
        "settings": settings.as_dict(),
    }
    final = forecast.fit(ex.X, ex.y, ex.project, settings, seed)
    return final, report
