"""Query understanding for document search: the dates and people a question names.

``understand(question, today, speakers)`` returns ``QueryHints``: a date range when the question
names one ("last week", "in March", "on 4 May", "2026-05-04", "yesterday"), the speakers of the
indexed documents it names, and the question without the date words (what to search for). The
copilot passes ``since``/``until``/``speakers`` on to ``DocumentIndex.search``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("day_month", re.compile(rf"\b(?:on |of )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}"
                             r"(?: (?P<y>\d{4}))?\b", re.I)),
    ("month_day", re.compile(rf"\b(?:on )?{_MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                             r"(?:,? (?P<y>\d{4}))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|during|since) {_MONTH}(?: (?P<y>\d{{4}}))?\b", re.I)),
    ("relative", re.compile(r"\b(?P<rel>today|yesterday|this week|last week|past week|"
                            r"this month|last month|past month|last (?P<n>\d{1,3}) days)\b",
                            re.I)),
]


@dataclass(frozen=True)
class QueryHints:
    text: str  # the question without its date words
    since: dt.date | None = None
    until: dt.date | None = None
    speakers: list[str] = field(default_factory=list)


def _past_year(month: int, day: int, today: dt.date) -> int:
    """A date without a year is the latest one not in the future."""
    return today.year if (month, day) <= (today.month, today.day) else today.year - 1


def _range(kind: str, m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    try:
        if kind == "iso":
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            return day, day
        if kind in ("day_month", "month_day"):
            month, d = _MONTHS[m["month"].lower().rstrip(".")], int(m["d"])
            year = int(m["y"]) if m["y"] else _past_year(month, d, today)
            day = dt.date(year, month, d)
            return day, day
        if kind == "month":
            month = _MONTHS[m["month"].lower().rstrip(".")]
            year = int(m["y"]) if m["y"] else _past_year(month, 1, today)
            return dt.date(year, month, 1), dt.date(year, month,
                                                     calendar.monthrange(year, month)[1])
    except ValueError:  # 31 February and the like: no date
        return None
    rel = m["rel"].lower()
    monday = today - dt.timedelta(days=today.weekday())
    first = today.replace(day=1)
    if rel == "today":
        return today, today
    if rel == "yesterday":
        return today - dt.timedelta(days=1), today - dt.timedelta(days=1)
    if rel == "this week":
        return monday, today
    if rel == "last week":
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    if rel == "past week":
        return today - dt.timedelta(days=7), today
    if rel == "this month":
        return first, today
    if rel == "last month":
        end = first - dt.timedelta(days=1)
        return end.replace(day=1), end
    if rel == "past month":
        return today - dt.timedelta(days=30), today
    return today - dt.timedelta(days=int(m["n"])), today  # last N days


def understand(question: str, today: dt.date, speakers: Iterable[str] = ()) -> QueryHints:
    """The first date range the question names, the known speakers it names, the rest."""
    text = question or ""
    since = until = None
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match and (found := _range(kind, match, today)):
            since, until = found
            text = (text[:match.start()] + text[match.end():]).strip()
            break
    lowered = question.lower()
    named = [s for s in speakers if len(s) >= 3 and re.search(rf"\b{re.escape(s.lower())}\b",
                                                              lowered)]
    return QueryHints(" ".join(text.split()), since, until, named)
