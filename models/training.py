"""Training data from our tables and an honest, time-ordered evaluation against the baselines.

Rows are projects whose outcome is settled (done, or past due without finishing), seen as of up
to eight past days before the outcome. The split is by time: the projects that settled last are
held out, so the evaluation asks what a model trained earlier would have said about later work.

At scale the history is sampled, never read whole: at most ``MAX_PROJECTS`` settled projects
(the most recent half of them, and an even spread over the older ones), and the Monte Carlo is
scored on at most ``MAX_MC_ROWS`` held-out rows, so a retrain costs the same at 1,000 or
1,000,000 settled projects.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from models import features as feat
from models import forecast, history, metrics, montecarlo
from models.features import MIN_FINISHED, MIN_PER_OUTCOME  # noqa: F401 - re-exported
from models.prior import load_prior

TEST_SHARE = 0.25
EVAL_TRIALS = 1_000
MAX_PROJECTS = 3_000
MAX_DAYS = 6
MAX_MC_ROWS = 2_000
BLEND_WEIGHTS = (0.1, 0.2, 0.3)
BLEND_MIN_GAIN = 0.002  # Brier points a blend must win by on held-out rows to be used
METHODS = ("classifier", "monte_carlo", "blend", "base_rate", "done_vs_elapsed")


class NotEnoughHistory(Exception):
    """Too few settled projects to learn from; the message says how many there are."""


@dataclass
class Examples:
    X: pd.DataFrame
    y: np.ndarray
    project: np.ndarray
    team: np.ndarray
    test: np.ndarray  # row mask: held-out (latest-settled) projects
    mc: np.ndarray  # Monte Carlo P(on time) for held-out rows, NaN elsewhere or unknown
    mc_missed: np.ndarray  # held-out rows: 1 = finished after the P85 date, 0 = not, NaN unknown
    settled: dict[int, tuple[dt.date, bool]] = field(default_factory=dict)
    sampled_from: int = 0

    @property
    def n_projects(self) -> int:
        return len(set(self.project.tolist()))


def check_enough(settled: dict[int, tuple[dt.date, bool]]) -> None:
    on_time = sum(1 for _, ok in settled.values() if ok)
    late = len(settled) - on_time
    if len(settled) < MIN_FINISHED or min(on_time, late) < MIN_PER_OUTCOME:
        raise NotEnoughHistory(
            f"Only {len(settled)} settled projects across all portfolios (done, or open past "
            f"the due date: {on_time} on time, {late} late); the classifier needs "
            f"{MIN_FINISHED} with at least {MIN_PER_OUTCOME} of each outcome. "
            "Forecasts use the shipped prior and the Monte Carlo until then."
        )


def held_out(settled: dict[int, tuple[dt.date, bool]], share: float = TEST_SHARE) -> set[int]:
    """The projects that settled last (ties broken by id), about ``share`` of them."""
    order = sorted(settled, key=lambda pid: (settled[pid][0], pid))
    n_test = max(1, round(len(order) * share))
    return set(order[len(order) - n_test:])


def sample_settled(
    settled: dict[int, tuple[dt.date, bool]], limit: int = MAX_PROJECTS, seed: int = 0
) -> dict[int, tuple[dt.date, bool]]:
    """At most ``limit`` projects: the most recent half, and a random half of the older ones."""
    if len(settled) <= limit:
        return settled
    order = sorted(settled, key=lambda pid: (settled[pid][0], pid))
    recent = order[len(order) - limit // 2:]
    older = random.Random(seed).sample(order[:len(order) - limit // 2], limit - len(recent))
    return {pid: settled[pid] for pid in sorted(recent + older)}


def p85_missed(h: feat.History, p85: dt.date | None, today: dt.date) -> float:
    """1 if the project finished after its P85 date, 0 if by it, NaN while unknown."""
    if p85 is None:
        return math.nan
    if h.status == "done" and h.completed_on is not None:
        return float(h.completed_on > p85)
    if not h.closed and p85 < today:
        return 1.0  # still running after its P85 date
    return math.nan


def build_examples(
    session: Session,
    today: dt.date,
    *,
    max_days: int = MAX_DAYS,
    trials: int = EVAL_TRIALS,
    require_enough: bool = True,
    max_projects: int = MAX_PROJECTS,
    seed: int = 0,
) -> Examples:
    """Features as of past days of (a bounded sample of) settled projects, split by settle date."""
    every = history.settled_outcomes(session, today)
    if require_enough:
        check_enough(every)
    settled = sample_settled(every, max_projects, seed)
    test_ids = held_out(settled) if settled else set()
    teams = history.team_outcomes(session, None, before=today + dt.timedelta(days=1))
    rows, labels, projects, portfolios, is_test = [], [], [], [], []
    # Monte Carlo for a bounded number of held-out rows, batched
    plans: list[tuple[float, montecarlo.Throughput, dt.date, feat.History]] = []
    planned: list[int] = []
    for h in history.iter_histories(session, settled):
        end, on_time = settled[h.project_id]
        team = teams.get(h.portfolio_id, feat.Team())
        for day in feat.training_days(h, end, max_days):
            state = feat.state_as_of(h, day, team)
            rows.append(feat.derive(state))
            labels.append(int(on_time))
            projects.append(h.project_id)
            portfolios.append(h.portfolio_id)
            is_test.append(h.project_id in test_ids)
            if h.project_id in test_ids and len(plans) < MAX_MC_ROWS:
                source = montecarlo.throughput(h, day, team)
                if source is not None:
                    plans.append((state.scope - state.done, source, day, h))
                    planned.append(len(rows) - 1)
    mc = np.full(len(rows), np.nan)
    missed = np.full(len(rows), np.nan)
    sims = montecarlo.simulate_many([plan[:2] for plan in plans], [plan[2] for plan in plans],
                                    [plan[3].due for plan in plans], trials, seed)
    for n, sim in enumerate(sims):
        mc[planned[n]] = math.nan if sim.p_on_time is None else sim.p_on_time
        missed[planned[n]] = p85_missed(plans[n][3], sim.p85, today)
    X = pd.DataFrame.from_records(rows, columns=list(feat.FEATURES))
    return Examples(X, np.asarray(labels, int), np.asarray(projects), np.asarray(portfolios),
                    np.asarray(is_test, bool), mc, missed, settled, len(every))


def baseline_predictions(
    X_train: pd.DataFrame, y_train: np.ndarray, X_test: pd.DataFrame
) -> dict[str, np.ndarray]:
    def rule(frame: pd.DataFrame) -> np.ndarray:
        result: np.ndarray = (frame["done_frac"] >= frame["elapsed_frac"]).to_numpy()
        return result

    return {
        "base_rate": metrics.base_rate_forecast(y_train, len(X_test)),
        "done_vs_elapsed": metrics.rule_forecast(rule(X_train), y_train, rule(X_test)),
    }


def choose_blend(model: forecast.Forecaster, p: np.ndarray, mc: np.ndarray, y: np.ndarray
                 ) -> float:
    """The Monte Carlo weight that lowers held-out Brier most, or 0 when none helps enough."""
    known = ~np.isnan(mc)
    if known.sum() < 20 or len(np.unique(y[known])) < 2:
        return 0.0
    best, best_w = metrics.brier(y[known], p[known]), 0.0
    for w in BLEND_WEIGHTS:
        model.blend_weight = w
        score = metrics.brier(y[known], model.blend(p[known], mc[known]))
        if score < best - BLEND_MIN_GAIN:
            best, best_w = score, w
    model.blend_weight = 0.0
    return best_w


def train_and_evaluate(
    ex: Examples,
    settings: forecast.ClassifierSettings = forecast.DEFAULT_SETTINGS,
    seed: int = 0,
) -> tuple[forecast.Forecaster, dict[str, Any]]:
    """Fit on earlier projects, score later ones, then refit on all for production use."""
    train, test = ~ex.test, ex.test
    X_tr, y_tr, X_te, y_te = ex.X[train], ex.y[train], ex.X[test], ex.y[test]
    held = forecast.fit(X_tr, y_tr, ex.project[train], settings, seed, teams=ex.team[train],
                        prior=load_prior())
    base = float(y_tr.mean())
    p_cls = held.predict(X_te)
    mc = ex.mc[test]
    weight = choose_blend(held, p_cls, mc, y_te)
    held.blend_weight = weight
    predicted = {"classifier": p_cls,
                 "monte_carlo": np.where(np.isnan(mc), base, mc),
                 "blend": held.blend(p_cls, mc),
                 **baseline_predictions(X_tr, y_tr, X_te)}
    parts = held.parts(X_te)
    missed = ex.mc_missed[test]
    report = {
        "n_projects": ex.n_projects,
        "n_settled": len(ex.settled),
        "sampled_from": ex.sampled_from,
        "n_train_projects": len(set(ex.project[train].tolist())),
        "n_test_projects": len(set(ex.project[test].tolist())),
        "n_train_rows": int(train.sum()),
        "n_test_rows": int(test.sum()),
        "base_rate": round(base, 6),
        "methods": {m: metrics.evaluate(y_te, predicted[m], base) for m in METHODS},
        "reliability": {m: metrics.reliability(y_te, predicted[m])
                        for m in ("classifier", "monte_carlo")},
        "importance": forecast.importance(held, X_te.head(1_000), y_te[:1_000], repeats=2,
                                          seed=seed),
        "settings": settings.as_dict(),
        "blend_weight": weight,
        "prior_weight": held.prior_weight,
        "shrinkage": {"mean_weight": _round(np.mean(parts["weight"])) if len(X_te) else None,
                      "theta": list(held.shrinker.theta) if held.shrinker else None},
        "p85_missed": _round(np.nanmean(missed)) if np.isfinite(missed).any() else None,
        "p85_known": int(np.isfinite(missed).sum()),
    }
    final = forecast.refit(held, ex.X, ex.y, ex.project, seed)
    return final, report


def _round(value: float) -> float:
    return round(float(value), 6)
