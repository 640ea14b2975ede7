"""When the weekly reports run: ``REPORT_SCHEDULE`` such as ``mon 07:00`` (or ``off``).

The period key (ISO year and week, plus the portfolio) makes each period's report unique in the
database, so several processes running the same schedule make it once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Schedule:
    weekday: int | None  # 0 = Monday; None = off
    at: dt.time = dt.time(7, 0)

    @property
    def enabled(self) -> bool:
        return self.weekday is not None

    @classmethod
    def parse(cls, text: str) -> Schedule:
        """``"mon 07:00"``, ``"friday 16:30"`` or ``"off"``; anything else is a clear error."""
        words = text.strip().lower().split()
        if not words or words[0] in ("off", "none", "never"):
            return cls(None)
        day = words[0][:3]
        if day not in DAYS or len(words) > 2:
            raise ValueError(f"REPORT_SCHEDULE: expected e.g. 'mon 07:00' or 'off', got {text!r}")
        try:
            at = dt.time.fromisoformat(words[1]) if len(words) == 2 else dt.time(7, 0)
        except ValueError:
            raise ValueError(f"REPORT_SCHEDULE: not a time of day {words[1]!r}") from None
        return cls(DAYS.index(day), at)

    def next_run(self, now: dt.datetime) -> dt.datetime:
        if self.weekday is None:
            raise ValueError("the schedule is off")
        days = (self.weekday - now.weekday()) % 7
        candidate = dt.datetime.combine(now.date() + dt.timedelta(days=days), self.at)
        return candidate if candidate > now else candidate + dt.timedelta(days=7)

    def last_run(self, now: dt.datetime) -> dt.datetime:
        """The latest scheduled moment at or before ``now``."""
        return self.next_run(now) - dt.timedelta(days=7)

    def seconds_until_next(self, now: dt.datetime) -> float:
        return max(1.0, (self.next_run(now) - now).total_seconds())

    @staticmethod
    def key(day: dt.date, portfolio_id: int) -> str:
        year, week, _ = day.isocalendar()
        return f"weekly:{year}-W{week:02d}:{portfolio_id}"
