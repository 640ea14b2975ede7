"""Features of a project as of any day: one function for training and scoring, so nothing leaks.

``features_as_of(history, day, team)`` first cuts the history at the end of ``day`` (snapshots up
to that day, work items as they stood then, allocations covering it, team outcomes known by
then) and derives every number from what is left. Training calls it for past days of finished
projects, scoring for today, the what-if for today with an edited state: the model never sees a
number it could not have had on that day. Loading from the database lives in ``models.history``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import overload

import numpy as np
import numpy.typing as npt

from data.metrics import finished_late

NAN = float("nan")
TEAM_WINDOW = 20  # most recent known outcomes of the portfolio that team features average


@dataclass(frozen=True)
class Snapshot:
    day: dt.date
    scope: int
    done: int
    in_progress: int = 0
    added: int = 0
    removed: int = 0
    team: int = 0


@dataclass(frozen=True)
class Item:
    """A work item by the days it was created, started and finished (``None``: not yet)."""

    points: int
    created: dt.date
    started: dt.date | None = None
    done: dt.date | None = None


@dataclass(frozen=True)
class Allocation:
    share: float
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class TeamOutcome:
    """How another project of the same portfolio ended, usable from ``known_on`` onwards.

    ``delivery_ratio``: points done by its due date over its first scope; ``pace``: fraction of
    that first scope done per planned day (what the Monte Carlo falls back on).
    """

    project_id: int
    known_on: dt.date
    on_time: bool
    delivery_ratio: float | None = None
    pace: float | None = None
    delivered: float | None = None
    planned_days: int | None = None

    @property
    def velocity(self) -> float | None:
        """Points it delivered per planned day (the portfolio's usual speed)."""
        if self.delivered is None or not self.planned_days:
            return None
        return self.delivered / self.planned_days


class Team(Sequence[TeamOutcome]):
    """A portfolio's outcomes sorted by the day they became known, for window look-ups in
    O(log n): scoring 100,000 projects of one portfolio must not rescan its whole past each."""

    def __init__(self, outcomes: Sequence[TeamOutcome] = ()) -> None:
        self.outcomes = tuple(sorted(outcomes, key=lambda t: (t.known_on, t.project_id)))
        self.days = [t.known_on for t in self.outcomes]

    def __len__(self) -> int:
        return len(self.outcomes)

    @overload
    def __getitem__(self, i: int) -> TeamOutcome: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[TeamOutcome, ...]: ...

    def __getitem__(self, i: int | slice) -> TeamOutcome | tuple[TeamOutcome, ...]:
        return self.outcomes[i]

    def known(self, day: dt.date, exclude: int, last: int = 0) -> list[TeamOutcome]:
        """Outcomes known by the end of ``day``, not ``exclude``'s own, the ``last`` latest."""
        end = bisect.bisect_right(self.days, day)
        start = max(0, end - last - 1) if last else 0
        rows = [t for t in self.outcomes[start:end] if t.project_id != exclude]
        return rows[-last:] if last else rows


def as_team(team: Sequence[TeamOutcome]) -> Team:
    return team if isinstance(team, Team) else Team(team)


@dataclass(frozen=True)
class History:
    """Everything recorded about one project, from which any day's features can be derived."""

    project_id: int
    portfolio_id: int = 0
    priority_rank: int = 1
    start: dt.date | None = None
    due: dt.date | None = None
    completed_on: dt.date | None = None
    status: str = "active"
    closed: bool = False
    snapshots: tuple[Snapshot, ...] = ()
    items: tuple[Item, ...] = ()
    allocations: tuple[Allocation, ...] = ()

    def until(self, day: dt.date) -> History:
        """The history as it could be seen at the end of ``day``."""
        items = []
        for it in self.items:
            if it.created > day:
                continue
            done = it.done if it.done is not None and it.done <= day else None
            started = it.started if it.started is not None and it.started <= day else None
            items.append(Item(it.points, it.created, started or done, done))
        return replace(
            self,
            completed_on=self.completed_on if self.completed_on and self.completed_on <= day
            else None,
            snapshots=tuple(s for s in self.snapshots if s.day <= day),
            items=tuple(items),
            allocations=tuple(a for a in self.allocations if a.start <= day),
        )


@dataclass(frozen=True)
class State:
    """The raw as-of numbers features are derived from; the what-if edits these."""

    day: dt.date
    start: dt.date | None
    due: dt.date | None
    priority_rank: int
    scope: float
    done: float
    in_progress: float
    first_scope: float
    items_todo: int
    items_in_progress: int
    items_done: int
    open_item_age: float
    oldest_in_progress_age: float
    added: int
    removed: int
    team: float
    fte: float
    rates: dict[str, float] = field(default_factory=dict)  # overall, recent, previous (per day)
    team_on_time: float = NAN
    team_delivery: float = NAN
    team_delivery_hit: float = NAN
    team_delivered: float = NAN
    team_history: int = 0
    first_team: float = NAN
    team_on_time_recent: float = NAN
    team_velocity: float = NAN  # points per planned day, mean over the window
    team_velocity_cv: float = NAN
    team_velocity_recent: float = NAN
    team_best: float = NAN  # most points one project of the window delivered
    team_speeds: tuple[float, ...] = ()  # points per planned day of the window's projects, sorted


FEATURES: tuple[str, ...] = (
    "elapsed_frac", "planned_days", "days_left",
    "scope_points", "done_points", "in_progress_points", "todo_points",
    "done_frac", "in_progress_frac", "progress_gap",
    "items_todo", "items_in_progress", "items_done", "open_item_age", "oldest_in_progress_age",
    "scope_growth", "items_added", "items_removed",
    "throughput", "throughput_recent", "pace", "pace_trend", "pace_needed", "projected_frac",
    "team_size", "allocated_fte", "priority_rank",
    "team_on_time_rate", "team_delivery_ratio", "team_delivery_hit", "scope_vs_team",
    "team_history",
    "team_on_time_recent", "team_velocity", "team_velocity_cv", "team_velocity_trend",
    "load_vs_team", "scope_vs_team_best", "team_change", "scope_growth_rate",
    "team_speed_hit",
)

FEATURE_LABELS: dict[str, str] = {
    "elapsed_frac": "Share of schedule elapsed", "planned_days": "Planned duration (days)",
    "days_left": "Days to due date", "scope_points": "Scope (points)",
    "done_points": "Done (points)", "in_progress_points": "In progress (points)",
    "todo_points": "To do (points)", "done_frac": "Share of scope done",
    "in_progress_frac": "Share of scope in progress", "progress_gap": "Done share − elapsed share",
    "items_todo": "Items to do", "items_in_progress": "Items in progress",
    "items_done": "Items done", "open_item_age": "Age of open items (days)",
    "oldest_in_progress_age": "Oldest item in progress (days)",
    "scope_growth": "Scope now ÷ first scope", "items_added": "Items added",
    "items_removed": "Items removed", "throughput": "Throughput (points/day)",
    "throughput_recent": "Recent throughput (points/day)", "pace": "Pace ÷ planned pace",
    "pace_trend": "Recent pace change", "pace_needed": "Needed pace ÷ planned pace",
    "projected_frac": "Projected share done by due date", "team_size": "Team size",
    "allocated_fte": "Allocated FTE", "priority_rank": "Priority",
    "team_on_time_rate": "Portfolio on-time rate",
    "team_delivery_ratio": "Portfolio delivery ratio",
    "team_delivery_hit": "Portfolio share delivering first scope",
    "scope_vs_team": "Scope ÷ portfolio's usual delivery",
    "team_history": "Portfolio projects past the due date",
    "team_on_time_recent": "Portfolio on-time rate, last 5",
    "team_velocity": "Portfolio's usual points per day",
    "team_velocity_cv": "Variability of the portfolio's speed",
    "team_velocity_trend": "Portfolio's recent speed ÷ usual",
    "load_vs_team": "Remaining work ÷ what the portfolio usually delivers by the due date",
    "scope_vs_team_best": "Scope ÷ portfolio's best delivery",
    "team_change": "Team size change since the start",
    "scope_growth_rate": "Scope growth per share of schedule elapsed",
    "team_speed_hit": "Share of the portfolio's recent speeds that would finish the work left",
}
RECENT = 5  # outcomes the "recent" team features average


class _Curve:
    """Cumulative done points by day, read as a step function (value of the last point ≤ d)."""

    def __init__(self, days: Sequence[dt.date], values: Sequence[float]) -> None:
        self.days, self.values = list(days), list(values)

    def at(self, day: dt.date) -> float | None:
        i = bisect.bisect_right(self.days, day)
        return self.values[i - 1] if i else None

    @property
    def first(self) -> dt.date | None:
        return self.days[0] if self.days else None


def done_curve(history: History) -> _Curve:
    """Done points over time from snapshots, or from work-item finish days without them."""
    if history.snapshots:
        return _Curve([s.day for s in history.snapshots], [s.done for s in history.snapshots])
    finished = sorted((it.done, it.points) for it in history.items if it.done is not None)
    days: list[dt.date] = []
    values: list[float] = []
    total = 0.0
    for day, points in finished:
        total += points
        if days and days[-1] == day:
            values[-1] = total
        else:
            days.append(day)
            values.append(total)
    if days and history.start and history.start < days[0]:
        days.insert(0, history.start)
        values.insert(0, 0.0)
    return _Curve(days, values)


def planned_days(history: History) -> int:
    if history.start is None or history.due is None:
        return 0
    return max(1, (history.due - history.start).days)


def rate_window(history: History) -> int:
    """Recent-throughput window: a quarter of the schedule, between 1 and 14 days."""
    return int(min(14, max(1, round(planned_days(history) * 0.25))))


def _rate(curve: _Curve, lo: dt.date, hi: dt.date) -> float:
    a, b = curve.at(lo), curve.at(hi)
    days = (hi - lo).days
    if a is None or b is None or days <= 0:
        return NAN
    return (b - a) / days


def state_as_of(history: History, day: dt.date, team: Sequence[TeamOutcome] = ()) -> State:
    """Cut the history at ``day`` and collect the raw numbers (the only place that reads it)."""
    seen = history.until(day)
    snaps = seen.snapshots
    items = seen.items
    todo = [it for it in items if it.started is None]
    doing = [it for it in items if it.started is not None and it.done is None]
    finished = [it for it in items if it.done is not None]
    if snaps:
        last = snaps[-1]
        scope, done, in_progress = float(last.scope), float(last.done), float(last.in_progress)
        first_scope = float(snaps[0].scope)
        team_size = float(last.team)
    else:
        scope = float(sum(it.points for it in items))
        done = float(sum(it.points for it in finished))
        in_progress = float(sum(it.points for it in doing))
        first_scope = float(sum(it.points for it in items
                                if seen.start is None or it.created <= seen.start)) or scope
        team_size = 0.0
    covering = [a for a in seen.allocations if a.start <= day <= a.end]
    if team_size <= 0:
        team_size = float(len(covering))
    open_items = todo + doing
    curve = done_curve(seen)
    rates = {"overall": NAN, "recent": NAN, "previous": NAN}
    origin = max(d for d in (seen.start, curve.first) if d is not None) if curve.first else None
    if origin is not None and origin < day:
        w = dt.timedelta(days=rate_window(seen))
        rates["overall"] = _rate(curve, origin, day)
        rates["recent"] = _rate(curve, max(origin, day - w), day)
        if day - w > origin:
            rates["previous"] = _rate(curve, max(origin, day - 2 * w), day - w)
    known = as_team(team).known(day, history.project_id, TEAM_WINDOW)
    ratios = [t.delivery_ratio for t in known if t.delivery_ratio is not None]
    speeds = [v for t in known if (v := t.velocity) is not None]
    mean_speed = _mean(speeds)
    return State(
        day=day, start=seen.start, due=seen.due, priority_rank=seen.priority_rank,
        scope=scope, done=done, in_progress=in_progress, first_scope=first_scope,
        items_todo=len(todo), items_in_progress=len(doing), items_done=len(finished),
        open_item_age=_mean([(day - it.created).days for it in open_items]),
        oldest_in_progress_age=max(((day - it.started).days for it in doing
                                    if it.started is not None), default=NAN),
        added=sum(s.added for s in snaps), removed=sum(s.removed for s in snaps),
        team=team_size,
        fte=sum(a.share for a in covering) if seen.allocations else NAN,
        rates=rates,
        team_on_time=_mean([1.0 if t.on_time else 0.0 for t in known]),
        team_delivery=_mean(ratios),
        team_delivery_hit=_mean([1.0 if r >= 1 else 0.0 for r in ratios]),
        team_delivered=_mean([t.delivered for t in known if t.delivered is not None]),
        team_history=len(known),
        first_team=float(snaps[0].team) if snaps else NAN,
        team_on_time_recent=_mean([1.0 if t.on_time else 0.0 for t in known[-RECENT:]]),
        team_velocity=mean_speed,
        team_velocity_cv=(_std(speeds) / mean_speed if len(speeds) > 1 and mean_speed > 0
                          else NAN),
        team_velocity_recent=_mean(speeds[-RECENT:]),
        team_best=max((t.delivered for t in known if t.delivered is not None), default=NAN),
        team_speeds=tuple(sorted(speeds)),
    )


def derive(state: State) -> dict[str, float]:
    """Features from a state: ratios and rates that mean the same for a sprint or a programme."""
    if state.start is not None and state.due is not None:
        planned = max(1, (state.due - state.start).days)
        elapsed = max(0, (state.day - state.start).days) / planned  # none before the start
        days_left = float((state.due - state.day).days)
    else:
        planned, elapsed, days_left = 0, NAN, NAN
    scope = max(state.scope, 0.0)
    remaining = max(scope - state.done, 0.0)
    done_frac = state.done / scope if scope else NAN
    planned_pace = max(state.first_scope, 1.0) / planned if planned else NAN
    overall, recent, previous = (state.rates.get(k, NAN) for k in ("overall", "recent", "previous"))
    needed = remaining / max(days_left, 1.0) if not math.isnan(days_left) else NAN
    projected = NAN
    if scope and not math.isnan(overall) and not math.isnan(days_left):
        projected = min(5.0, (state.done + overall * max(days_left, 0.0)) / scope)
    return {
        "elapsed_frac": elapsed,
        "planned_days": float(planned) if planned else NAN,
        "days_left": days_left,
        "scope_points": scope,
        "done_points": state.done,
        "in_progress_points": state.in_progress,
        "todo_points": max(scope - state.done - state.in_progress, 0.0),
        "done_frac": done_frac,
        "in_progress_frac": state.in_progress / scope if scope else NAN,
        "progress_gap": done_frac - elapsed,
        "items_todo": float(state.items_todo),
        "items_in_progress": float(state.items_in_progress),
        "items_done": float(state.items_done),
        "open_item_age": state.open_item_age,
        "oldest_in_progress_age": state.oldest_in_progress_age,
        "scope_growth": scope / state.first_scope if state.first_scope else NAN,
        "items_added": float(state.added),
        "items_removed": float(state.removed),
        "throughput": overall,
        "throughput_recent": recent,
        "pace": overall / planned_pace,
        "pace_trend": (recent - previous) / planned_pace,
        "pace_needed": min(needed / planned_pace, 20.0),
        "projected_frac": projected,
        "team_size": state.team,
        "allocated_fte": state.fte,
        "priority_rank": float(state.priority_rank),
        "team_on_time_rate": state.team_on_time,
        "team_delivery_ratio": state.team_delivery,
        "team_delivery_hit": state.team_delivery_hit,
        "scope_vs_team": scope / state.team_delivered if state.team_delivered > 0 else NAN,
        "team_history": float(state.team_history),
        "team_on_time_recent": state.team_on_time_recent,
        "team_velocity": state.team_velocity,
        "team_velocity_cv": state.team_velocity_cv,
        "team_velocity_trend": (state.team_velocity_recent / state.team_velocity
                                if state.team_velocity > 0 else NAN),
        "load_vs_team": (min(remaining / (state.team_velocity * max(days_left, 1.0)), 50.0)
                         if state.team_velocity > 0 and not math.isnan(days_left) else NAN),
        "scope_vs_team_best": scope / state.team_best if state.team_best > 0 else NAN,
        "team_change": (state.team - state.first_team) / max(state.first_team, 1.0)
        if state.first_team == state.first_team else NAN,
        "scope_growth_rate": ((scope / state.first_scope - 1.0) / elapsed
                              if state.first_scope and elapsed == elapsed and elapsed > 0.05
                              else NAN),
        "team_speed_hit": _speed_hit(state.team_speeds, remaining, days_left),
    }


def _speed_hit(speeds: Sequence[float], remaining: float, days_left: float) -> float:
    """Share of ``speeds`` (sorted points per day) that would finish ``remaining`` points in
    ``days_left`` days: a distribution-free P(on time) from the portfolio's record."""
    if not speeds or math.isnan(days_left):
        return NAN
    if days_left <= 0:
        return 1.0 if remaining <= 0 else 0.0
    return (len(speeds) - bisect.bisect_left(speeds, remaining / days_left)) / len(speeds)


def features_as_of(
    history: History, day: dt.date, team: Sequence[TeamOutcome] = ()
) -> dict[str, float]:
    """The features of ``history`` as they could be computed at the end of ``day``."""
    return derive(state_as_of(history, day, team))


def outcome(history: History, today: dt.date) -> tuple[dt.date, bool] | None:
    """(day the outcome was settled, finished by the due date?) or ``None`` while unknown.

    Done projects settle on completion; any other project that passed its due date without
    completing is late. Cancelled projects and projects without a due date have no outcome.
    """
    if history.due is None or history.status == "cancelled":
        return None
    if history.status == "done":
        if history.completed_on is None:
            return None  # done, but nobody recorded when
        on_time = not finished_late(history.completed_on, history.due)
        return (history.completed_on if on_time else history.due + dt.timedelta(days=1)), on_time
    if history.due < today:
        return history.due + dt.timedelta(days=1), False
    return None


def training_days(history: History, end: dt.date, max_days: int = 8) -> list[dt.date]:
    """Past days to learn from: snapshot days before the outcome (or a grid), evenly thinned."""
    if history.start is None or history.due is None:
        return []
    last = min(end, history.due) - dt.timedelta(days=1)
    days = sorted({s.day for s in history.snapshots if history.start <= s.day <= last})
    if not days:
        span = (last - history.start).days
        if span < 0:
            return []
        days = sorted({history.start + dt.timedelta(days=round(span * f / 9)) for f in range(10)})
    if len(days) <= max_days:
        return days
    picks = sorted({round(i * (len(days) - 1) / (max_days - 1)) for i in range(max_days)})
    return [days[i] for i in picks]


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else NAN


def _std(values: Sequence[float]) -> float:
    m = _mean(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / len(values)) if values else NAN


# Features the models see on a log scale (sizes: log1p; ratios: log of a positive ratio). Here,
# not in models.forecast, so the prior and the what-if read them without importing scikit-learn.
LOG_SIZES = frozenset({
    "scope_points", "done_points", "in_progress_points", "todo_points", "planned_days",
    "days_left", "items_todo", "items_in_progress", "items_done", "open_item_age",
    "oldest_in_progress_age", "items_added", "items_removed", "team_size", "allocated_fte",
    "team_history", "team_velocity", "throughput", "throughput_recent"})
LOG_RATIOS = frozenset({
    "scope_vs_team", "load_vs_team", "scope_vs_team_best", "pace_needed", "scope_growth",
    "team_delivery_ratio", "projected_frac", "pace", "team_velocity_trend"})



def scale_columns(matrix: npt.NDArray[np.float64], names: Sequence[str]) -> npt.NDArray[np.float64]:
    """Log-scale sizes and ratios (clipped) so a linear model sees proportions, not raw
    magnitudes; other columns are clipped to +-10. One rule for the classifier and the prior."""
    out: npt.NDArray[np.float64] = np.array(matrix, dtype=float, copy=True)
    for j, name in enumerate(names):
        if name in LOG_SIZES:
            out[:, j] = np.log1p(np.clip(out[:, j], 0.0, None))
        elif name in LOG_RATIOS:
            out[:, j] = np.log(np.clip(out[:, j], 0.02, 50.0))
        else:
            out[:, j] = np.clip(out[:, j], -10.0, 10.0)
    return out


# What the classifier needs before it trains (models.training); here so the forecasts page can
# say so without importing scikit-learn.
MIN_FINISHED = 30
MIN_PER_OUTCOME = 5
