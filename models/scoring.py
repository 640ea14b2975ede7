"""Scoring projects as of a day, in batches: one place that turns histories into stored forecasts.

The probability comes from the trained classifier when there is one, else from the shipped prior
(``models.prior``), else from the Monte Carlo; dates always come from the Monte Carlo. Every
forecast carries its drivers and its evidence (``models.evidence``). The what-if and the
suggestions call ``model_probability`` with edited features, so they answer with the same model
that produced the stored number.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from data.forecast_commands import ForecastInput
from models import evidence, explain, montecarlo
from models import features as feat
from models.prior import Prior, load_prior
from models.registry import LoadedModel


@dataclass(frozen=True)
class Scorer:
    """What probabilities come from: a loaded classifier, else the prior (``None``: MC only)."""

    loaded: LoadedModel | None
    prior: Prior | None = None

    @classmethod
    def make(cls, loaded: LoadedModel | None, use_prior: bool = True) -> Scorer:
        return cls(loaded, load_prior() if loaded is None and use_prior else None)

    @property
    def basis(self) -> str:
        if self.loaded is not None:
            return "classifier"
        return "prior" if self.prior is not None else "monte_carlo"

    @property
    def version(self) -> str | None:
        if self.loaded is not None:
            return self.loaded.version
        return self.prior.version if self.prior is not None else None


def model_probability(scorer: Scorer, rows: Sequence[dict[str, float]]) -> np.ndarray | None:
    """The model's P(on time) for feature rows (before any Monte Carlo blend); ``None`` when
    the scorer has no model (Monte Carlo only)."""
    frame = pd.DataFrame.from_records(list(rows), columns=list(feat.FEATURES))
    if scorer.loaded is not None:
        return scorer.loaded.model.predict(frame)
    if scorer.prior is not None:
        return scorer.prior.predict(frame)
    return None


def mc_drivers(sim: montecarlo.MonteCarloResult | None,
               source: montecarlo.Throughput | None) -> list[dict[str, Any]]:
    """What a simulation rests on (no effect sizes): remaining work and typical throughput."""
    if sim is None:
        return []
    per_period = statistics.median(source.samples) if source else 0.0
    return [
        {"feature": "remaining_points", "label": "Remaining points",
         "value": round(sim.remaining, 3), "effect": None},
        {"feature": "median_throughput",
         "label": f"Median points per {sim.period_days} days ({sim.source})",
         "value": round(per_period, 3), "effect": None},
    ]


def _mc_p(sim: montecarlo.MonteCarloResult | None) -> float:
    """A simulation's P(on time) for the blend, NaN when there is none."""
    return np.nan if sim is None or sim.p_on_time is None else sim.p_on_time


def _source_name(source: montecarlo.Throughput | None) -> str | None:
    return source.source if source else None


def score_chunk(
    chunk: Sequence[feat.History],
    teams: dict[int, feat.Team],
    today: dt.date,
    scorer: Scorer,
    trials: int = montecarlo.BATCH_TRIALS,
) -> list[ForecastInput]:
    """Forecasts of a batch of projects (those with nothing to go on are left out)."""
    empty = feat.Team()
    team_of = [teams.get(h.portfolio_id, empty) for h in chunk]
    sources = [montecarlo.throughput(h, today, t) for h, t in zip(chunk, team_of, strict=True)]
    states = [feat.state_as_of(h, today, t) for h, t in zip(chunk, team_of, strict=True)]
    rows = [feat.derive(state) for state in states]
    sourced = [(i, source) for i, source in enumerate(sources) if source is not None]
    simulated = [i for i, _ in sourced]
    results = montecarlo.simulate_many(
        [(states[i].scope - states[i].done, source) for i, source in sourced], today,
        [chunk[i].due for i in simulated], trials,
        seed=chunk[simulated[0]].project_id if simulated else 0)
    sims: list[montecarlo.MonteCarloResult | None] = [None] * len(chunk)
    for i, result in zip(simulated, results, strict=True):
        sims[i] = result
    use_model = [scorer.basis != "monte_carlo" and h.due is not None and h.start is not None
                 for h in chunk]
    picked = [i for i, ok in enumerate(use_model) if ok]
    probs: dict[int, float] = {}
    drivers: dict[int, list[dict[str, Any]]] = {}
    proofs: dict[int, dict[str, Any]] = {}
    if picked:
        frame = pd.DataFrame.from_records([rows[i] for i in picked], columns=list(feat.FEATURES))
        mc = np.array([_mc_p(sims[i]) for i in picked])
        if scorer.loaded is not None:
            model = scorer.loaded.model
            parts = model.parts(frame)
            final = model.blend(parts["p"], mc)
            why = model.drivers(frame)
            for n, i in enumerate(picked):
                proofs[i] = evidence.describe(
                    "classifier", rows[i], raw=parts["raw"][n], base=parts["base"][n],
                    weight=parts["weight"][n], novelty=parts["novelty"][n],
                    training_projects=model.n_projects, mc_source=_source_name(sources[i]),
                    blend_weight=model.blend_weight, prior_weight=model.prior_weight)
        else:
            assert scorer.prior is not None
            final = scorer.prior.predict(frame)
            why = scorer.prior.drivers(frame)
            for i in picked:
                proofs[i] = evidence.describe(
                    "prior", rows[i], mc_source=_source_name(sources[i]))
        for n, i in enumerate(picked):
            probs[i], drivers[i] = float(final[n]), why[n]
            due = chunk[i].due
            assert due is not None  # picked: use_model requires a due date
            if due < today:  # already late: nothing left to estimate
                late = explain.driver("days_left", rows[i]["days_left"], -float(final[n]))
                probs[i], drivers[i] = 0.0, [late]
    out = []
    for i, (h, sim) in enumerate(zip(chunk, sims, strict=True)):
        if i not in probs and sim is None:
            continue
        mc_p = sim.p_on_time if sim else None
        method = scorer.basis if i in probs else "monte_carlo"
        out.append(ForecastInput(
            project_id=h.project_id,
            method=method,
            as_of=today,
            p_on_time=probs.get(i, mc_p),
            mc_p_on_time=mc_p,
            p50_date=sim.p50 if sim else None,
            p85_date=sim.p85 if sim else None,
            p95_date=sim.p95 if sim else None,
            model_version=scorer.version if i in probs else None,
            drivers=drivers.get(i) or mc_drivers(sim, sources[i]),
            evidence=proofs.get(i) or evidence.describe(
                "monte_carlo", rows[i], mc_source=_source_name(sources[i])),
        ))
    return out
