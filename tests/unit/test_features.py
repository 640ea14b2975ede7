"""Features as of a day: the right numbers, and nothing from after that day."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from models import features as f

START = dt.date(2026, 1, 5)
DUE = dt.date(2026, 3, 2)  # 56 planned days
D = dt.date(2026, 2, 2)  # day 28: half the schedule


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def history(**changes) -> f.History:
    base = f.History(
        project_id=1, portfolio_id=7, priority_rank=2, start=START, due=DUE,
        snapshots=(
            f.Snapshot(day(0), scope=40, done=0, in_progress=0, added=0, removed=0, team=3),
            f.Snapshot(day(14), scope=44, done=8, in_progress=6, added=2, removed=0, team=3),
            f.Snapshot(day(21), scope=44, done=14, in_progress=5, added=0, removed=1, team=4),
            f.Snapshot(day(28), scope=48, done=20, in_progress=8, added=1, removed=0, team=4),
        ),
        items=(
            f.Item(5, day(0), day(2), day(10)),
            f.Item(3, day(0), day(20), None),
            f.Item(8, day(3), None, None),
        ),
        allocations=(f.Allocation(0.5, day(0), day(60)), f.Allocation(1.0, day(0), day(40))),
    )
    return replace(base, **changes)


TEAM = (
    f.TeamOutcome(2, day(-10), True, delivery_ratio=1.2, pace=0.02, delivered=30),
    f.TeamOutcome(3, day(20), False, delivery_ratio=0.8, pace=0.01, delivered=10),
    f.TeamOutcome(4, day(40), True, delivery_ratio=2.0, pace=0.03, delivered=99),  # after D
    f.TeamOutcome(1, day(5), False, delivery_ratio=0.1, pace=0.0, delivered=1),  # itself
)


def same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        (math.isnan(a[k]) and math.isnan(b[k])) or a[k] == b[k] for k in a)


def test_features_describe_the_project_on_that_day():
    x = f.features_as_of(history(), D, TEAM)
    assert list(x) == list(f.FEATURES)
    assert x["elapsed_frac"] == 0.5 and x["planned_days"] == 56 and x["days_left"] == 28
    assert (x["scope_points"], x["done_points"], x["in_progress_points"]) == (48, 20, 8)
    assert x["todo_points"] == 20 and x["done_frac"] == 20 / 48
    assert math.isclose(x["progress_gap"], 20 / 48 - 0.5)
    assert (x["items_todo"], x["items_in_progress"], x["items_done"]) == (1, 1, 1)
    assert x["open_item_age"] == (28 + 25) / 2 and x["oldest_in_progress_age"] == 8
    assert x["scope_growth"] == 48 / 40 and (x["items_added"], x["items_removed"]) == (3, 1)
    assert x["throughput"] == 20 / 28  # done points per day since the start
    assert x["throughput_recent"] == (20 - 8) / 14  # window: a quarter of 56 days
    planned_pace = 40 / 56
    assert math.isclose(x["pace"], (20 / 28) / planned_pace)
    assert math.isclose(x["pace_trend"], (12 / 14 - 8 / 14) / planned_pace)
    assert math.isclose(x["pace_needed"], (28 / 28) / planned_pace)
    assert math.isclose(x["projected_frac"], (20 + 20 / 28 * 28) / 48)
    assert x["team_size"] == 4 and x["allocated_fte"] == 1.5 and x["priority_rank"] == 2
    # team outcomes known by D, the project's own excluded: ids 2 and 3
    assert x["team_history"] == 2 and x["team_on_time_rate"] == 0.5
    assert math.isclose(x["team_delivery_ratio"], 1.0) and x["team_delivery_hit"] == 0.5
    assert x["scope_vs_team"] == 48 / 20


def test_rows_after_the_day_change_nothing():
    h = history()
    before = f.features_as_of(h, D, TEAM)
    later = replace(
        h,
        completed_on=day(50),
        status="done",
        snapshots=(*h.snapshots[:-1], replace(h.snapshots[-1]),  # same day-28 row
                   f.Snapshot(day(29), 60, 30, 10, 9, 3, 9), f.Snapshot(day(50), 70, 70, 0)),
        items=(h.items[0], f.Item(3, day(0), day(20), day(30)),  # finished after D
               f.Item(8, day(3), day(29), day(31)), f.Item(13, day(29))),  # created after D
        allocations=(*h.allocations, f.Allocation(1.0, day(29), day(90))),
    )
    team = (*TEAM, f.TeamOutcome(9, day(29), False, 0.0, 0.0, 0.0))
    assert same(f.features_as_of(later, D, team), before)
    changed = replace(h, snapshots=(*h.snapshots[:-1], replace(h.snapshots[-1], done=21)))
    assert not same(f.features_as_of(changed, D, TEAM), before)  # the test can fail


snapshot = st.builds(
    f.Snapshot, day=st.integers(0, 80).map(day), scope=st.integers(0, 200),
    done=st.integers(0, 200), in_progress=st.integers(0, 50), added=st.integers(0, 5),
    removed=st.integers(0, 5), team=st.integers(0, 9))
item = st.builds(
    lambda p, c, s, d: f.Item(p, day(c), day(c + s) if s is not None else None,
                              day(c + s + d) if s is not None and d is not None else None),
    st.integers(0, 13), st.integers(-5, 80), st.one_of(st.none(), st.integers(0, 20)),
    st.one_of(st.none(), st.integers(0, 20)))


@settings(max_examples=60, deadline=None)
@given(st.lists(snapshot, max_size=12, unique_by=lambda s: s.day),
       st.lists(item, max_size=12), st.lists(snapshot, max_size=8), st.lists(item, max_size=8),
       st.integers(0, 60))
def test_no_leakage_for_any_history(snaps, items, future_snaps, future_items, cut):
    as_of = day(cut)
    past = f.History(1, 7, 1, START, DUE, snapshots=tuple(sorted(
        (s for s in snaps if s.day <= as_of), key=lambda s: s.day)),
        items=tuple(i for i in items if i.created <= as_of))
    # the future: new snapshots and items after the day, and past items finishing later
    extra_snaps = [replace(s, day=as_of + dt.timedelta(days=1 + i))
                   for i, s in enumerate(future_snaps)]
    progressed = [i if i.done is not None and i.done <= as_of
                  else replace(i, started=i.started or as_of + dt.timedelta(days=2),
                               done=as_of + dt.timedelta(days=3)) for i in past.items]
    extra_items = [replace(i, created=as_of + dt.timedelta(days=1 + abs(i.points)))
                   for i in future_items]
    full = replace(past, snapshots=past.snapshots + tuple(extra_snaps),
                   items=tuple(progressed + extra_items), status="done",
                   completed_on=as_of + dt.timedelta(days=5))
    assert same(f.features_as_of(full, as_of), f.features_as_of(past, as_of))


def test_without_snapshots_items_give_progress_and_throughput():
    h = history(snapshots=(), allocations=())
    x = f.features_as_of(h, D)
    assert (x["scope_points"], x["done_points"], x["in_progress_points"]) == (16, 5, 3)
    assert x["throughput"] == 5 / 28 and math.isnan(x["allocated_fte"])
    assert x["team_size"] == 0 and x["team_history"] == 0 and math.isnan(x["team_on_time_rate"])


def test_missing_dates_give_nan_not_errors():
    x = f.features_as_of(history(start=None, due=None), D)
    assert math.isnan(x["elapsed_frac"]) and math.isnan(x["days_left"])
    assert math.isnan(x["pace"]) and x["done_frac"] == 20 / 48
    empty = f.features_as_of(f.History(5), D)
    assert empty["scope_points"] == 0 and math.isnan(empty["done_frac"])


def test_outcome_settles_when_known():
    today = dt.date(2026, 6, 1)
    on_time = history(status="done", completed_on=DUE)
    assert f.outcome(on_time, today) == (DUE, True)
    late = history(status="done", completed_on=DUE + dt.timedelta(days=3))
    assert f.outcome(late, today) == (DUE + dt.timedelta(days=1), False)
    assert f.outcome(history(status="active"), today) == (DUE + dt.timedelta(days=1), False)
    assert f.outcome(history(status="active"), DUE) is None  # not due yet
    assert f.outcome(history(status="cancelled"), today) is None
    assert f.outcome(history(status="done", completed_on=None), today) is None
    assert f.outcome(history(due=None), today) is None


def test_training_days_stay_before_the_outcome_and_are_thinned():
    h = history(snapshots=tuple(f.Snapshot(day(i), 10, i) for i in range(0, 70)))
    days = f.training_days(h, end=day(40), max_days=5)
    assert len(days) == 5 and days[0] == day(0) and days[-1] == day(39)
    assert f.training_days(h, end=day(90))[-1] == DUE - dt.timedelta(days=1)
    grid = f.training_days(history(snapshots=()), end=DUE)
    assert grid[0] == START and grid[-1] == DUE - dt.timedelta(days=1) and len(grid) == 8
    assert f.training_days(history(start=None), end=DUE) == []
    assert f.training_days(history(snapshots=()), end=START) == []


def test_a_project_not_started_yet_has_no_schedule_elapsed():
    """Before its start no share of the schedule has passed: not a negative one, which made
    "done − elapsed" read as a lead ("8% of scope ahead of the time elapsed" at 0% done)."""
    later = history(start=D + dt.timedelta(days=14), due=D + dt.timedelta(days=70))
    x = f.features_as_of(later, D, TEAM)
    assert x["elapsed_frac"] == 0 and x["days_left"] == 70
    assert math.isclose(x["progress_gap"], x["done_frac"])
