"""Forecast drivers in a manager's words: "Scope grew 28 % since the start: −18 points".

A stored driver is ``{"feature", "label", "value", "effect"}`` (``data.schema.ProjectForecast``):
``effect`` moves P(on time) in probability (0.18 = 18 percentage points), ``None`` for the
Monte Carlo's context lines. Each known feature has a sentence; an unknown one reads as its
label and value, so a new feature never breaks a page.

A late project's forecast has one driver (``models.scoring``): the days to its due date, below
zero, with the model's own chance as its effect, taken away. "5 days past the due date: −1
points" told a manager nothing; it reads ``LATE`` instead, as docs/metrics.md has it, wherever
drivers are read (project page, project and portfolio reports, lists, copilot).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

PRIORITIES = {0: "low", 1: "medium", 2: "high", 3: "critical"}
EFFECT_NOTE = "Effect on the chance of finishing on time, in percentage points."
LATE = "The due date has passed, so the chance of finishing on time is 0%"


def _pct(v: float) -> str:
    """As ``components.words.percent`` writes a share ("6%"; models import no components, so
    this is its copy, held equal by tests/unit/test_same_words_parts.py)."""
    return f"{v:.0%}"


def _n(v: float) -> str:
    return f"{v:,.0f}"


def _ratio(v: float, more: str, less: str, same: str) -> str:
    if abs(v - 1) < 0.005:
        return same
    return (more if v > 1 else less).format(_pct(abs(v - 1)))


def _gap(v: float) -> str:
    if abs(v) < 0.005:
        return "Work done keeps pace with the time elapsed"
    if v > 0:
        return f"Work done is {_pct(v)} of scope ahead of the time elapsed"
    return f"Work done trails the time elapsed by {_pct(-v)} of scope"


def _elapsed(v: float) -> str:
    if v < 0:
        return "The project has not started yet"
    if v >= 1:
        return "The whole schedule has passed"
    return f"{_pct(v)} of the schedule has passed"


def _days_left(v: float) -> str:
    if v < 0:
        return f"{_n(-v)} days past the due date"
    return f"{_n(v)} days left to the due date"


def _projected(v: float) -> str:
    if v >= 1:
        return "At the current pace, all the work is done by the due date"
    return f"At the current pace, {_pct(v)} of the work is done by the due date"


SENTENCES: dict[str, Callable[[float], str]] = {
    "scope_growth": lambda v: _ratio(v, "Scope grew {} since the start",
                                     "Scope shrank {} since the start",
                                     "Scope has not changed since the start"),
    "progress_gap": _gap,
    "elapsed_frac": _elapsed,
    "days_left": _days_left,
    "planned_days": lambda v: f"Planned to take {_n(v)} days",
    "pace": lambda v: _ratio(v, "Working {} faster than planned",
                             "Working {} slower than planned", "Working at the planned pace"),
    "pace_needed": lambda v: _ratio(v, "Needs to work {} faster than planned to finish on time",
                                    "Can work {} slower than planned and still finish on time",
                                    "Needs the planned pace to finish on time"),
    "pace_trend": lambda v: ("Pace has not changed lately" if abs(v) < 0.005 else
                             f"Pace {'rose' if v > 0 else 'fell'} {_pct(abs(v))} lately"),
    "projected_frac": _projected,
    "done_frac": lambda v: f"{_pct(v)} of the scope is done",
    "in_progress_frac": lambda v: f"{_pct(v)} of the scope is in progress",
    "scope_points": lambda v: f"{_n(v)} points of scope",
    "done_points": lambda v: f"{_n(v)} points done",
    "in_progress_points": lambda v: f"{_n(v)} points in progress",
    "todo_points": lambda v: f"{_n(v)} points not started",
    "remaining_points": lambda v: f"{_n(v)} points left to do",
    "items_todo": lambda v: f"{_n(v)} items not started",
    "items_in_progress": lambda v: f"{_n(v)} items in progress",
    "items_done": lambda v: f"{_n(v)} items done",
    "items_added": lambda v: f"{_n(v)} items added since the start",
    "items_removed": lambda v: f"{_n(v)} items removed since the start",
    "open_item_age": lambda v: f"Open items are {_n(v)} days old on average",
    "oldest_in_progress_age": lambda v: f"The oldest item in progress started {_n(v)} days ago",
    "throughput": lambda v: f"Finishes {v:,.1f} points a day",
    "throughput_recent": lambda v: f"Finished {v:,.1f} points a day lately",
    "team_size": lambda v: f"A team of {_n(v)}",
    "allocated_fte": lambda v: f"{v:,.1f} full-time people allocated",
    "priority_rank": lambda v: f"{PRIORITIES.get(round(v), 'unknown').capitalize()} priority",
    # the portfolio's projects past the due date (models.evidence: what the trust counts)
    "team_on_time_rate": lambda v: f"{_pct(v)} of this portfolio's projects past the due date "
                                   "finished on time",
    "team_history": lambda v: (f"{_n(v)} project{'' if round(v) == 1 else 's'} of this "
                               "portfolio past the due date to learn from"),
    "scope_vs_team": lambda v: f"Scope is {v:,.1f}× what this portfolio usually delivers",
    "load_vs_team": lambda v: (f"Work left is {v:,.1f}× what this portfolio usually finishes "
                               "by the due date"),
}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) or math.isinf(value) else float(value)


def effect_text(effect: Any) -> str:
    """``-0.18`` → "−18 points" (a true minus sign); ``None`` → ""."""
    e = _number(effect)
    if e is None:
        return ""
    points = round(abs(e) * 100)
    return f"{'+' if e >= 0 else '−'}{points} points"


def phrase(driver: Mapping[str, Any]) -> str:
    """What the driver says about the project, without its effect."""
    feature = str(driver.get("feature") or "")
    label = str(driver.get("label") or feature or "Factor")
    value = _number(driver.get("value"))
    if value is None:
        return f"{label}: unknown"
    if feature == "median_throughput":
        per = label.removeprefix("Median points per ").split(" (")[0] or "period"
        return f"Usually finishes {value:,.1f} points per {per}"
    sentence = SENTENCES.get(feature)
    if sentence is not None:
        return sentence(value)
    shown = f"{value:,.0f}" if abs(value) >= 10 else f"{value:,.2f}"
    return f"{label}: {shown}"


def _is_late(driver: Mapping[str, Any]) -> bool:
    """The driver a late project's forecast stores: its due date had passed when scored."""
    value = _number(driver.get("value"))
    return driver.get("feature") == "days_left" and value is not None and value < 0


def driver_sentence(driver: Mapping[str, Any]) -> str:
    """One driver in plain words with its effect: "Scope grew 28 % since the start: −18 points";
    a late project's: why its chance is 0 % (``LATE``), with no effect (no number of days
    either: the forecast's day may be before today, and the page and reports count from today)."""
    if _is_late(driver):
        return LATE
    effect = effect_text(driver.get("effect"))
    text = phrase(driver)
    return f"{text}: {effect}" if effect else text


def worded(drivers: Any) -> list[dict[str, Any]]:
    """The drivers with their sentence under ``text``: what the components show (they import
    nothing of ours, so pages and the report's facts hand them the words)."""
    return [{**d, "text": driver_sentence(d)} for d in (drivers or []) if isinstance(d, Mapping)]


def with_worded_drivers(rows: Any) -> list[Any]:
    """Rows (dataclasses with ``drivers``) whose drivers carry their sentence."""
    return [replace(r, drivers=worded(r.drivers)) for r in rows]
