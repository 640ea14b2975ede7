"""Monte Carlo completion dates: resample past throughput until the remaining work is done.

Why resampling: throughput is lumpy and skewed, so a mean velocity gives one optimistic date.
Drawing whole periods (a week, or a quarter of the schedule for projects shorter than four weeks)
from the project's own recent history keeps that shape; a project without enough history of its
own borrows its portfolio's pace (share of first scope done per day) scaled to its own scope.
Seeded, so a rerun gives the same dates; 20,000 trials keep other seeds within a day.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from models import features as f

TRIALS = 20_000
MAX_PERIODS = 26  # own history looked at: about half a year of weeks
MIN_OWN_PERIODS = 2
HORIZON_PERIODS = 520  # give up (never finishes) after ten years of weeks
BLOCK = 52


@dataclass(frozen=True)
class Throughput:
    """Points finished per period, the period length and where the numbers came from."""

    samples: tuple[float, ...]
    period_days: int
    source: str  # "project" or "team"


@dataclass(frozen=True)
class MonteCarloResult:
    as_of: dt.date
    remaining: float
    period_days: int
    source: str
    trials: int
    p_on_time: float | None
    p50: dt.date | None
    p85: dt.date | None
    p95: dt.date | None


def period_days(history: f.History) -> int:
    """A week, or a quarter of the schedule when that is shorter (sprints are weeks long)."""
    planned = f.planned_days(history)
    return 7 if not planned else int(min(7, max(1, planned // 4)))


def throughput(
    history: f.History, day: dt.date, team: Sequence[f.TeamOutcome] = ()
) -> Throughput | None:
    """Throughput samples known at the end of ``day``: the project's own, else its team's."""
    seen = history.until(day)
    period = period_days(history)
    curve = f.done_curve(seen)
    own: list[float] = []
    if curve.first is not None:
        origin = max(d for d in (seen.start, curve.first) if d is not None)
        step = dt.timedelta(days=period)
        hi = day
        while hi - step >= origin and len(own) < MAX_PERIODS:
            a, b = curve.at(hi - step), curve.at(hi)
            own.append(max(0.0, (b or 0.0) - (a or 0.0)))
            hi -= step
    if len(own) >= MIN_OWN_PERIODS:
        return Throughput(tuple(own), period, "project")
    state = f.state_as_of(history, day)
    base = state.first_scope or state.scope
    known = [t for t in team if t.known_on <= day and t.project_id != history.project_id
             and t.pace is not None]
    known = sorted(known, key=lambda t: t.known_on)[-f.TEAM_WINDOW:]
    if known and base > 0:
        return Throughput(tuple(max(0.0, t.pace) * base * period for t in known), period, "team")
    if own:
        return Throughput(tuple(own), period, "project")
    return None


def completion_offsets(
    remaining: float, samples: Sequence[float], trials: int = TRIALS, seed: int = 0
) -> np.ndarray:
    """Periods (fractional) each trial needs to finish ``remaining`` points; inf = never."""
    if remaining <= 0:
        return np.zeros(trials)
    draws_from = np.asarray(samples, dtype=float)
    out = np.full(trials, np.inf)
    if not len(draws_from) or draws_from.max() <= 0:
        return out
    rng = np.random.default_rng(seed)
    cum = np.zeros(trials)
    active = np.arange(trials)
    for first in range(0, HORIZON_PERIODS, BLOCK):
        draws = rng.choice(draws_from, size=(len(active), BLOCK))
        totals = cum[active, None] + np.cumsum(draws, axis=1)
        hit = totals >= remaining
        finished = hit.any(axis=1)
        k = hit.argmax(axis=1)[finished]
        rows = np.flatnonzero(finished)
        before = np.where(k > 0, totals[rows, np.maximum(k - 1, 0)], cum[active[rows]])
        part = (remaining - before) / draws[rows, k]
        out[active[rows]] = first + k + part
        cum[active] = totals[:, -1]
        active = active[~finished]
        if not len(active):
            break
    return out


def _quantile_day(days: np.ndarray, q: float, as_of: dt.date) -> dt.date | None:
    ordered = np.sort(days)
    value = ordered[max(0, math.ceil(q * len(ordered)) - 1)]
    return None if not np.isfinite(value) else as_of + dt.timedelta(days=int(value))


def simulate(
    remaining: float,
    source: Throughput,
    as_of: dt.date,
    due: dt.date | None,
    trials: int = TRIALS,
    seed: int = 0,
) -> MonteCarloResult:
    """P50/P85/P95 completion dates and the share of trials done by the end of ``due``."""
    periods = completion_offsets(remaining, source.samples, trials, seed)
    days = np.ceil(periods * source.period_days)  # finished during day as_of + n
    p = None
    if due is not None:
        p = float(np.mean(days <= (due - as_of).days))
    return MonteCarloResult(
        as_of=as_of, remaining=float(remaining), period_days=source.period_days,
        source=source.source, trials=trials, p_on_time=p,
        p50=_quantile_day(days, 0.50, as_of), p85=_quantile_day(days, 0.85, as_of),
        p95=_quantile_day(days, 0.95, as_of),
    )


def forecast(
    history: f.History,
    day: dt.date,
    team: Sequence[f.TeamOutcome] = (),
    trials: int = TRIALS,
    seed: int = 0,
    scope_delta: float = 0.0,
    speed: float = 1.0,
) -> MonteCarloResult | None:
    """Simulate ``history`` as of ``day``; ``None`` when there is no throughput to resample.

    ``scope_delta`` and ``speed`` (a throughput multiplier, e.g. team size ratio) are what-ifs.
    """
    source = throughput(history, day, team)
    if source is None:
        return None
    if speed != 1.0:
        source = Throughput(tuple(s * speed for s in source.samples), source.period_days,
                            source.source)
    state = f.state_as_of(history, day)
    remaining = max(0.0, state.scope + scope_delta - state.done)
    return simulate(remaining, source, day, history.due, trials, seed)


def burnup_cone(
    done: float,
    scope: float,
    source: Throughput,
    as_of: dt.date,
    periods: int = 12,
    trials: int = 2_000,
    seed: int = 0,
    quantiles: tuple[float, float, float] = (0.15, 0.5, 0.85),
) -> list[tuple[dt.date, float, float, float]]:
    """Quantiles of cumulative done points at each future period end, for the burn-up chart."""
    rng = np.random.default_rng(seed)
    draws = rng.choice(np.asarray(source.samples, float), size=(trials, periods))
    paths = np.minimum(done + np.cumsum(draws, axis=1), max(scope, done))
    lo, mid, hi = np.quantile(paths, quantiles, axis=0)
    step = dt.timedelta(days=source.period_days)
    return [(as_of + step * (k + 1), float(lo[k]), float(mid[k]), float(hi[k]))
            for k in range(periods)]
