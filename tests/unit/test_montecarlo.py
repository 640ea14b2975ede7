"""Monte Carlo completion dates on throughputs whose answer is known."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

from models import features as f
from models import montecarlo as mc

AS_OF = dt.date(2026, 6, 17)


def weekly(*samples: float) -> mc.Throughput:
    return mc.Throughput(tuple(samples), 7, "project")


def test_constant_throughput_finishes_on_a_known_day():
    result = mc.simulate(20, weekly(5), AS_OF, due=AS_OF + dt.timedelta(days=28), trials=500)
    assert result.p50 == result.p85 == result.p95 == AS_OF + dt.timedelta(days=28)
    assert result.p_on_time == 1.0 and result.remaining == 20 and result.period_days == 7
    early = mc.simulate(20, weekly(5), AS_OF, due=AS_OF + dt.timedelta(days=27), trials=500)
    assert early.p_on_time == 0.0
    partial = mc.simulate(12, weekly(8), AS_OF, due=None, trials=50)  # 1.5 weeks
    assert partial.p50 == AS_OF + dt.timedelta(days=11) and partial.p_on_time is None


def test_dice_throughput_gives_geometric_percentiles():
    # each week finishes all 10 points with probability 1/3: P(done by week k) = 1 - (2/3)**k
    result = mc.simulate(10, weekly(0, 0, 10), AS_OF, due=AS_OF + dt.timedelta(days=14),
                         trials=20_000, seed=3)
    assert result.p50 == AS_OF + dt.timedelta(days=14)  # k = 2: 0.56 (k = 1: 0.33)
    assert result.p85 == AS_OF + dt.timedelta(days=35)  # k = 5: 0.87 (k = 4: 0.80)
    assert result.p95 == AS_OF + dt.timedelta(days=56)  # k = 8: 0.96 (k = 7: 0.94)
    assert result.p_on_time == pytest.approx(1 - (2 / 3) ** 2, abs=0.015)


def test_seeded_reruns_agree_and_other_seeds_within_a_day():
    source = weekly(0, 3, 5, 8, 2, 13, 5, 0, 8)
    runs = [mc.simulate(40, source, AS_OF, AS_OF + dt.timedelta(days=70), seed=s)
            for s in (1, 1, 2, 3, 4, 5)]
    assert runs[0] == runs[1] and runs[0].trials == mc.TRIALS
    for name in ("p50", "p85", "p95"):
        days = [(getattr(r, name) - AS_OF).days for r in runs]
        assert max(days) - min(days) <= 1, (name, days)
    assert max(r.p_on_time for r in runs) - min(r.p_on_time for r in runs) < 0.02


def test_no_throughput_never_finishes_and_nothing_left_is_done_now():
    never = mc.simulate(5, weekly(0, 0), AS_OF, AS_OF + dt.timedelta(days=30), trials=100)
    assert never.p_on_time == 0.0 and never.p50 is None and never.p95 is None
    done = mc.simulate(0, weekly(0), AS_OF, AS_OF, trials=10)
    assert done.p50 == AS_OF and done.p_on_time == 1.0
    assert np.isinf(mc.completion_offsets(5, [], trials=3)).all()


def _history(days_done: list[tuple[int, int]], **changes) -> f.History:
    start = AS_OF - dt.timedelta(days=70)
    snaps = tuple(f.Snapshot(start + dt.timedelta(days=d), 100, done) for d, done in days_done)
    return f.History(1, 7, 1, start, start + dt.timedelta(days=140), snapshots=snaps, **changes)


def test_own_history_is_resampled_by_weeks_back_from_the_day():
    h = _history([(d, 5 * (d // 7)) for d in range(0, 71)])  # 5 points a week, steady
    source = mc.throughput(h, AS_OF)
    assert source.source == "project" and source.period_days == 7
    assert set(source.samples) == {5.0} and len(source.samples) == 10
    # no finished projects in the portfolio: half the trials (half the schedule is left) run
    # at a speed drawn from a wide default spread, the others at the project's own pace
    assert source.factors == mc.UNKNOWN_FACTORS and source.mix == 0.5
    steady = mc.simulate(50, replace(source, mix=0.0), AS_OF, h.due, trials=200)
    assert steady.p50 == steady.p85 == AS_OF + dt.timedelta(days=70)
    assert steady.p_on_time == 1.0  # due in 70 days
    result = mc.forecast(h, AS_OF, trials=2_000)
    assert result.remaining == 50 and result.p50 == AS_OF + dt.timedelta(days=70)
    assert result.p85 > result.p50 and 0.5 < result.p_on_time < 1.0
    more = mc.simulate(60, replace(source, samples=(2.5,), mix=0.0), AS_OF, None, trials=50)
    assert more.p50 == AS_OF + dt.timedelta(days=7 * 24)  # 60 points at 2.5 a week
    scaled = mc.forecast(h, AS_OF, trials=2_000, scope_delta=10, speed=0.5)
    assert scaled.p50 == more.p50


def test_speed_factors_spread_the_dates_by_the_portfolios_own_speeds():
    # three finished projects ran at 0, 1 and 2 points a day: relative speeds 0, 1 and 2
    team = [f.TeamOutcome(10 + i, AS_OF - dt.timedelta(days=30 - i), True, delivered=v * 10,
                          planned_days=10) for i, v in enumerate((0.0, 1.0, 2.0))]
    assert mc.team_factors(team) == (0.0, 1.0, 2.0)
    h = _history([(60, 0), (70, 10)])  # one week of its own: too little, runs at the team's
    source = mc.throughput(h, AS_OF, team)
    assert source.source == "team" and source.samples == (7.0,) and source.mix == 1.0
    result = mc.simulate(70, source, AS_OF, AS_OF + dt.timedelta(days=365), trials=6_000)
    # a third of the trials never finish (speed 0): P(on time) about 2/3, no P95 date
    assert result.p_on_time == pytest.approx(2 / 3, abs=0.03) and result.p95 is None
    assert result.p50 is not None


def test_short_history_borrows_the_portfolios_pace():
    team = [f.TeamOutcome(2, AS_OF - dt.timedelta(days=5), True, 1.0, pace=0.01),
            f.TeamOutcome(3, AS_OF + dt.timedelta(days=5), True, 1.0, pace=0.5)]  # not yet
    h = _history([(60, 0), (70, 10)])  # history for one full week only
    source = mc.throughput(h, AS_OF, team)
    # speeds unknown (no planned days): the portfolio's share of scope per day
    assert source.source == "team_pace" and source.samples == (0.01 * 100 * 7,)
    own = mc.throughput(h, AS_OF)
    assert (own.samples, own.source) == ((10.0,), "project")  # own, if alone
    assert mc.throughput(_history([]), AS_OF) is None
    assert mc.forecast(_history([]), AS_OF) is None


def test_short_projects_use_shorter_periods():
    sprint = f.History(1, start=AS_OF, due=AS_OF + dt.timedelta(days=10))
    assert mc.period_days(sprint) == 2
    assert mc.period_days(f.History(1)) == 7


def test_burnup_cone_rises_and_stops_at_scope():
    cone = mc.burnup_cone(10, 40, weekly(0, 5, 10), AS_OF, periods=8, trials=500)
    assert len(cone) >= 8 and cone[0][0] == AS_OF + dt.timedelta(days=7)
    rows = [(c.p5, c.p15, c.p50, c.p85) for c in cone]
    assert all(p5 <= lo <= mid <= hi <= 40 for p5, lo, mid, hi in rows)
    mids = [r[2] for r in rows]
    assert mids == sorted(mids) and rows[-1][3] == 40


def test_burnup_cone_runs_until_the_p95_date():
    # 10 points left, 0 or 10 a week at even odds: P95 is the 5th week (1 - 0.5**5 > 0.95)
    cone = mc.burnup_cone(0, 10, weekly(0, 10), AS_OF, periods=2, trials=4_000, seed=1)
    assert cone[-1].p5 == 10 and cone[-2].p5 < 10  # stops the period the slow edge arrives
    assert cone[-1].day == AS_OF + dt.timedelta(days=7 * 5)
    assert cone[-1][:4] == (cone[-1].day, cone[-1].p15, cone[-1].p50, cone[-1].p85)


def test_batched_simulation_agrees_with_one_at_a_time():
    lumpy = mc.Throughput((0.0, 3.0, 5.0, 8.0, 2.0), 7, "project", (0.5, 1.0, 1.5), 0.5)
    team = mc.Throughput((6.0,), 7, "team", (0.0, 1.0, 2.0), 1.0)
    due = AS_OF + dt.timedelta(days=56)
    plans = [(30.0, lumpy), (42.0, team), (0.0, lumpy)]
    batch = mc.simulate_many(plans, AS_OF, [due, due, None], trials=20_000, seed=3)
    for (remaining, source), got in zip(plans, batch, strict=True):
        one = mc.simulate(remaining, source, AS_OF, got.as_of + (due - AS_OF), 20_000, seed=4)
        assert got.p_on_time == pytest.approx(one.p_on_time, abs=0.02) or remaining == 0
        for name in ("p50", "p85"):
            a, b = getattr(got, name), getattr(one, name)
            assert (a is None) == (b is None) and (a is None or abs((a - b).days) <= 2)
    # one sample: a division per trial (42 points at 6 a week: 7 weeks at speed 1, a little
    # jitter around it); a third of the trials run at speed 0 and never finish
    assert abs((batch[1].p50 - (AS_OF + dt.timedelta(days=49))).days) <= 3
    assert batch[1].p95 is None and batch[1].p_on_time == pytest.approx(0.55, abs=0.03)
    assert batch[2].p50 == AS_OF and batch[2].p_on_time is None
    days = [AS_OF, AS_OF + dt.timedelta(days=3)]
    shifted = mc.simulate_many([(42.0, team), (42.0, team)], days, [None, None], 2_000)
    assert shifted[1].p50 - shifted[0].p50 == dt.timedelta(days=3)  # each its own day
