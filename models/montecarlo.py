"""Monte Carlo completion dates: resample throughput until the remaining work is done.

Why resampling: throughput is lumpy and skewed, so a mean velocity gives one optimistic date.
Drawing whole periods (a week, or a quarter of the schedule for projects shorter than four weeks)
from the project's own recent history keeps that shape.

Why a speed factor per trial: periods of one project are not independent (a team that has a bad
month tends to have a bad quarter), so resampling periods alone makes the spread far too narrow
and the P85 date is missed much more often than 15 % of the time. Each trial therefore also
draws how fast this run goes relative to the usual, from the speeds the portfolio's finished
projects actually had (including those that delivered almost nothing). Early in a project that
is all we know; as its own history grows, fewer trials draw a factor (``mix`` falls with the
share of the schedule elapsed). A project without enough history of its own runs at its
portfolio's usual points per day (the speeds of its finished projects), or at their share of
scope per day when their speed is unknown. Measured on real sprints and real task throughput
in ``benchmarks/forecast_real.py``. Seeded, so a rerun gives the same dates.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np

from models import features as f

TRIALS = 20_000  # interactive: other seeds agree within a day
BATCH_TRIALS = 1_000  # batch scoring and the what-if: P(on time) within 2-3 points
MAX_PERIODS = 26  # own history looked at: about half a year of weeks
MIN_OWN_PERIODS = 2
MIN_FACTORS = 3  # finished projects needed before their speeds spread the trials
JITTER = 0.25  # log-normal spread on a drawn factor: a handful of past speeds is coarse
UNKNOWN_SPREAD = 0.5  # log-normal spread of speeds for a portfolio with no finished projects
HORIZON_PERIODS = 520  # give up (never finishes) after ten years of weeks
BLOCK = 16
CONE_BLOCK = 8  # the burn-up cone's periods drawn at a time once the shown ones are drawn


@dataclass(frozen=True)
class Throughput:
    """Points finished per period, the period length and where the numbers came from.

    ``factors``: relative speeds a trial may run at (1 = usual), drawn with probability
    ``mix`` per trial; none when the portfolio has too few finished projects.
    """

    samples: tuple[float, ...]
    period_days: int
    source: str  # "project", "team" (portfolio's points per day) or "team_pace"
    factors: tuple[float, ...] = ()
    mix: float = 0.0


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


class ConeRow(NamedTuple):
    """Done points at a future period end: P15/P50/P85 of the trials, and P5 (the slow edge,
    which reaches the scope on the P95 date). Indexable like the older 4-tuples."""

    day: dt.date
    p15: float
    p50: float
    p85: float
    p5: float


def period_days(history: f.History) -> int:
    """A week, or a quarter of the schedule when that is shorter (sprints are weeks long)."""
    planned = f.planned_days(history)
    return 7 if not planned else int(min(7, max(1, planned // 4)))


def _elapsed(history: f.History, day: dt.date) -> float:
    if history.start is None or history.due is None:
        return 0.5
    planned = max(1, (history.due - history.start).days)
    return min(1.0, max(0.0, (day - history.start).days / planned))


def _unknown_factors(n: int = 21) -> tuple[float, ...]:
    """Quantiles of a log-normal speed (median 1): a wide, honest spread without history."""
    from statistics import NormalDist

    z = [NormalDist().inv_cdf((i + 0.5) / n) for i in range(n)]
    return tuple(math.exp(UNKNOWN_SPREAD * v) for v in z)


UNKNOWN_FACTORS = _unknown_factors()


def team_factors(known: Sequence[f.TeamOutcome]) -> tuple[float, ...]:
    """Each finished project's points per day over the mean of them (0 = delivered nothing);
    a wide default spread while the portfolio has fewer than ``MIN_FACTORS`` of them."""
    speeds = [v for t in known if (v := t.velocity) is not None]
    if len(speeds) < MIN_FACTORS:
        return UNKNOWN_FACTORS
    mean = sum(speeds) / len(speeds)
    return tuple(s / mean for s in speeds) if mean > 0 else UNKNOWN_FACTORS


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
    known = f.as_team(team).known(day, history.project_id, f.TEAM_WINDOW)
    factors = team_factors(known)
    if len(own) >= MIN_OWN_PERIODS:
        return Throughput(tuple(own), period, "project", factors, 1.0 - _elapsed(history, day))
    speeds = [v for t in known if (v := t.velocity) is not None]
    if speeds and sum(speeds) > 0:
        mean = sum(speeds) / len(speeds) * period
        return Throughput((mean,), period, "team", factors, 1.0)
    state = f.state_as_of(history, day)
    base = state.first_scope or state.scope
    paces = [pace for t in known if (pace := t.pace) is not None]
    if paces and base > 0:
        return Throughput(tuple(max(0.0, pace) * base * period for pace in paces), period,
                          "team_pace", factors, 1.0)
    if own:
        return Throughput(tuple(own), period, "project", factors, 1.0)
    return None


def trial_speeds(source: Throughput, trials: int, rng: np.random.Generator) -> np.ndarray:
    """Per trial, how fast it runs relative to the samples (1 for trials without a factor)."""
    if not source.factors or source.mix <= 0:
        return np.ones(trials)
    drawn = rng.choice(np.asarray(source.factors, float), size=trials)
    drawn = drawn * np.exp(rng.normal(-JITTER ** 2 / 2, JITTER, size=trials))
    return np.where(rng.random(trials) < source.mix, drawn, 1.0)


def completion_offsets(
    remaining: float | np.ndarray, samples: Sequence[float], trials: int = TRIALS,
    seed: int = 0, speeds: np.ndarray | None = None,
) -> np.ndarray:
    """Periods (fractional) each trial needs to finish ``remaining`` points; inf = never.

    ``speeds`` (per trial) scale every period of that trial.
    """
    rem = np.broadcast_to(np.asarray(remaining, dtype=float), (trials,)).copy()
    out = np.where(rem <= 0, 0.0, np.inf)
    draws_from = np.asarray(samples, dtype=float)
    speed = np.ones(trials) if speeds is None else np.asarray(speeds, float)
    if not len(draws_from) or draws_from.max() <= 0:
        return out
    rng = np.random.default_rng(seed)
    cum = np.zeros(trials)
    active = np.flatnonzero((rem > 0) & (speed > 0))
    for first in range(0, HORIZON_PERIODS, BLOCK):
        if not len(active):
            break
        draws = rng.choice(draws_from, size=(len(active), BLOCK)) * speed[active, None]
        totals = cum[active, None] + np.cumsum(draws, axis=1)
        hit = totals >= rem[active, None]
        finished = hit.any(axis=1)
        k = hit.argmax(axis=1)[finished]
        rows = np.flatnonzero(finished)
        before = np.where(k > 0, totals[rows, np.maximum(k - 1, 0)], cum[active[rows]])
        part = (rem[active[rows]] - before) / draws[rows, k]
        out[active[rows]] = first + k + part
        cum[active] = totals[:, -1]
        active = active[~finished]
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
    speeds = trial_speeds(source, trials, np.random.default_rng(seed + 1))
    periods = completion_offsets(remaining, source.samples, trials, seed, speeds)
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


def _padded(rows: Sequence[Sequence[float]]) -> tuple[np.ndarray, np.ndarray]:
    """Ragged rows as a zero-padded matrix and their lengths."""
    lengths = np.array([len(r) for r in rows], dtype=np.int64)
    out = np.zeros((len(rows), max(1, int(lengths.max(initial=1)))))
    for i, r in enumerate(rows):
        out[i, :len(r)] = r
    return out, lengths


def simulate_many(
    plans: Sequence[tuple[float, Throughput]],
    as_of: dt.date | Sequence[dt.date],
    dues: Sequence[dt.date | None],
    trials: int = BATCH_TRIALS,
    seed: int = 0,
    batch: int = 250,
) -> list[MonteCarloResult]:
    """``simulate`` for many projects at once (vectorised over projects and trials).

    Every (project, trial) pair is a lane; each block of periods draws for the lanes still
    running only, so a batch costs about what its slowest projects need, not a loop per
    project. Same model as ``simulate`` (own periods resampled, a speed per trial), other
    random draws. ``as_of``: one day for all, or one per plan."""
    out: list[MonteCarloResult] = []
    rng = np.random.default_rng(seed)
    days = [as_of] * len(plans) if isinstance(as_of, dt.date) else list(as_of)
    for lo in range(0, len(plans), batch):
        part = plans[lo:lo + batch]
        out += _simulate_block(part, days[lo:lo + batch], dues[lo:lo + batch], trials, rng)
    return out


def _simulate_block(
    plans: Sequence[tuple[float, Throughput]],
    as_ofs: Sequence[dt.date],
    dues: Sequence[dt.date | None],
    trials: int,
    rng: np.random.Generator,
) -> list[MonteCarloResult]:
    n = len(plans)
    samples, lengths = _padded([p[1].samples for p in plans])
    factors, nf = _padded([p[1].factors or (1.0,) for p in plans])
    mix = np.array([p[1].mix if p[1].factors else 0.0 for p in plans])
    remaining = np.array([max(0.0, p[0]) for p in plans])
    period = np.array([p[1].period_days for p in plans], dtype=float)
    drawn = factors[np.arange(n)[:, None],
                    (rng.random((n, trials)) * nf[:, None]).astype(np.int64)]
    drawn *= np.exp(rng.normal(-JITTER ** 2 / 2, JITTER, size=(n, trials)))
    speed = np.where(rng.random((n, trials)) < mix[:, None], drawn, 1.0).ravel()
    lane_project = np.repeat(np.arange(n), trials)
    rem = remaining[lane_project]
    result = np.where(rem <= 0, 0.0, np.inf)
    usable = (samples.max(axis=1) > 0)[lane_project]
    active = np.flatnonzero((rem > 0) & (speed > 0) & usable)
    # one sample (a portfolio's usual speed): every period alike, the answer is a division
    single = (lengths == 1)[lane_project[active]]
    lanes = active[single]
    result[lanes] = rem[lanes] / (samples[lane_project[lanes], 0] * speed[lanes])
    active = active[~single]
    cum = np.zeros(len(rem))
    offsets = np.arange(n) * samples.shape[1]
    flat = samples.ravel()
    mean = samples.sum(axis=1) / np.maximum(lengths, 1)
    expected = remaining[mean > 0] / mean[mean > 0]
    # first block: most lanes finish in it; later ones only carry the slow lanes
    size = int(np.clip(np.ceil(1.3 * np.median(expected)) if len(expected) else BLOCK, 4, 48))
    first = 0
    while len(active) and first < HORIZON_PERIODS:
        proj = lane_project[active]
        pick = rng.integers(0, lengths[proj][:, None], size=(len(active), size))
        draws = flat[offsets[proj][:, None] + pick] * speed[active][:, None]
        totals = cum[active][:, None] + np.cumsum(draws, axis=1)
        hit = totals >= rem[active][:, None]
        finished = hit.any(axis=1)
        k = hit.argmax(axis=1)[finished]
        rows = np.flatnonzero(finished)
        before = np.where(k > 0, totals[rows, np.maximum(k - 1, 0)], cum[active[rows]])
        result[active[rows]] = first + k + (rem[active[rows]] - before) / draws[rows, k]
        cum[active] = totals[:, -1]
        active = active[~finished]
        first += size
        size = BLOCK
    days = np.ceil(result.reshape(n, trials) * period[:, None])
    out = []
    for i, (rem_i, source) in enumerate(plans):
        d, due, as_of = days[i], dues[i], as_ofs[i]
        out.append(MonteCarloResult(
            as_of=as_of, remaining=float(max(0.0, rem_i)), period_days=source.period_days,
            source=source.source, trials=trials,
            p_on_time=None if due is None else float(np.mean(d <= (due - as_of).days)),
            p50=_quantile_day(d, 0.50, as_of), p85=_quantile_day(d, 0.85, as_of),
            p95=_quantile_day(d, 0.95, as_of)))
    return out


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
        source = replace(source, samples=tuple(s * speed for s in source.samples))
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
    max_periods: int = 104,
) -> list[ConeRow]:
    """Quantiles of cumulative done points at each future period end, for the burn-up chart.

    At least ``periods`` rows, and more (up to ``max_periods``) until the slow edge (P5 of done
    points, i.e. the P95 completion date) reaches the scope, so the cone always shows P95.
    """
    rng = np.random.default_rng(seed)
    speeds = trial_speeds(source, trials, np.random.default_rng(seed + 1))
    samples = np.asarray(source.samples, float)
    top = max(scope, done)
    rows: list[ConeRow] = []
    cum = np.full(trials, float(done))
    step = dt.timedelta(days=source.period_days)
    # Periods are drawn and summarised a block at a time (one quantile over a block, not one
    # per period: 28 periods cost 2.8 ms one by one, 0.6 ms in blocks); the first block is
    # the periods always shown, later ones run on until the slow edge reaches the scope.
    k, size = 0, max(1, periods)
    while k < max_periods:
        size = min(size, max_periods - k)
        sums = cum + np.cumsum(rng.choice(samples, size=(size, trials)) * speeds, axis=0)
        cum = sums[-1]
        p5, p15, p50, p85 = np.quantile(np.minimum(sums, top), (0.05, 0.15, 0.5, 0.85), axis=1)
        for j in range(size):
            k += 1
            rows.append(ConeRow(as_of + step * k, float(p15[j]), float(p50[j]), float(p85[j]),
                                float(p5[j])))
            if k >= periods and p5[j] >= top:
                return rows
        size = CONE_BLOCK
    return rows
