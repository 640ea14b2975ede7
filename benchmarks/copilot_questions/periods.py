"""Periods as managers say them ("last month", "Q3", "next 10 days"), read relative to a day.

The benchmark's own reading of docs/metrics.md (weeks run Monday to Sunday, months and quarters
are calendar ones, "next two weeks" is today and the 13 days after it); nothing here comes from
the app.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _quarter(year: int, q: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * q - 2, 1)
    return first, _month_end(dt.date(year, 3 * q, 1))


def period(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """A named period as an inclusive date range, read relative to ``today`` as metrics.md says:
    weeks run Monday to Sunday, months and quarters are calendar ones, "next N days" is today and
    the N-1 days after it, "last N days" is today and the N-1 days before it."""
    monday = today - dt.timedelta(days=today.weekday())
    first = today.replace(day=1)
    q = (today.month - 1) // 3 + 1
    if name == "today":
        return today, today
    if name == "this_week":
        return monday, monday + dt.timedelta(days=6)
    if name == "last_week":
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    if name == "next_week":
        return monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)
    if name == "since_monday":
        return monday, today
    if name == "this_month":
        return first, _month_end(first)
    if name == "last_month":
        last = first - dt.timedelta(days=1)
        return last.replace(day=1), last
    if name == "next_month":
        nxt = _month_end(first) + dt.timedelta(days=1)
        return nxt, _month_end(nxt)
    if name == "this_quarter":
        return _quarter(today.year, q)
    if name == "last_quarter":
        return _quarter(today.year - 1, 4) if q == 1 else _quarter(today.year, q - 1)
    if name == "next_quarter":
        return _quarter(today.year + 1, 1) if q == 4 else _quarter(today.year, q + 1)
    if re.fullmatch(r"q[1-4]", name):
        return _quarter(today.year, int(name[1]))
    if name == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if name == "rest_of_year":
        return today, dt.date(today.year, 12, 31)
    if name == "before_today":
        return dt.date(1900, 1, 1), today - dt.timedelta(days=1)
    match = re.fullmatch(r"(next|last)_days:(\d+)", name)
    if match:
        n = int(match.group(2))
        if match.group(1) == "next":
            return today, today + dt.timedelta(days=n - 1)
        return today - dt.timedelta(days=n - 1), today
    match = re.fullmatch(r"range:(\d{4}-\d\d-\d\d):(\d{4}-\d\d-\d\d)", name)
    if match:
        return dt.date.fromisoformat(match.group(1)), dt.date.fromisoformat(match.group(2))
    raise ValueError(f"unknown period {name!r}")


def in_period(day: dt.date | None, span: tuple[dt.date, dt.date]) -> bool:
    return day is not None and span[0] <= day <= span[1]


def as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


