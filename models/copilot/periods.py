"""Periods as managers say them, read relative to the copilot's *today*.

Calendar periods (docs/metrics.md: weeks run Monday to Sunday, months and quarters are calendar
ones, "next two weeks" is today and the 13 days after it, "last 30 days" is today and the 29
before) are read here; explicit dates and what ``dateparser`` understands ("since 3 March",
"before July 15", "since last Tuesday", "2 weeks ago") are read by ``dateparser`` anchored with
``RELATIVE_BASE = today``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from data.metrics import month_end
from models.forecast_words import day as _day  # as the pages write it: "2 Jun 2029"

KEY_MASK = re.compile(r"\b[a-z][a-z0-9]{0,11}-\d{1,6}\b")
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2999, 12, 31)
ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
            "4th": 3}  # the week of a month ("the second week of May")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
           "sixty": 60, "ninety": 90, "couple of": 2, "few": 3, "a couple of": 2}
_N = r"(\d{1,3}|" + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True)) + r")"
_UNIT = r"(day|week|month|quarter|year|fortnight)s?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH = r"(" + "|".join(m for m in MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
# the words periods are written with (for the spelling corrector: "quartr" is "quarter")
PERIOD_WORDS = {*MONTHS, *WEEKDAYS, "day", "days", "week", "weeks", "month", "months",
                "quarter", "quarters", "year", "years", "fortnight", "today", "tomorrow",
                "yesterday", "weekend", "summer", "winter", "spring", "autumn", "since",
                "until", "before", "after", "during", "between", "next", "last", "previous",
                "coming", "upcoming", "following", "recent", "past"}
# first month and length of each season, as a planner in the northern hemisphere counts them:
# "the summer" is the holiday season (July and August), the others the meteorological seasons
SEASONS = {"summer": (7, 2), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3),
           "spring": (3, 3)}
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "last": 4, "final": 4}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str
    span: tuple[int, int] = (0, 0)  # characters of the question it was read from
    to_date: bool = False  # "since ...": ends today because it runs up to now
    open_start: bool = False  # "before ...": no lower bound
    open_end: bool = False  # "after ...": no upper bound
    # another reading that fits as well ("the last quarter": the past three months, or the
    # previous calendar quarter); the router asks which one when it matters
    alternative: tuple[dt.date, dt.date, str] | None = None

    def describe(self) -> str:
        if self.open_start:
            return f"before {_day(self.end + dt.timedelta(days=1))}"
        if self.open_end:
            return f"after {_day(self.start - dt.timedelta(days=1))}"
        if self.start == self.end:
            return f"{self.label} ({_day(self.start)})"
        return f"{self.label} ({_day(self.start)} – {_day(self.end)})"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later (clamped to that month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    first = dt.date(index // 12, index % 12 + 1, 1)
    return first.replace(day=min(day.day, month_end(first).day))


def quarter(year: int, q: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * q - 2, 1)
    return first, month_end(dt.date(year, 3 * q, 1))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _calendar(unit: str, today: dt.date, shift: int) -> tuple[dt.date, dt.date]:
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        first = add_months(today.replace(day=1), shift)
        return first, month_end(first)
    if unit == "quarter":
        q = (today.month - 1) // 3 + shift
        year = today.year + q // 4
        return quarter(year, q % 4 + 1)
    year = today.year + shift
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _rolling(n: int, unit: str, today: dt.date, forward: bool) -> tuple[dt.date, dt.date]:
    days = {"day": n, "week": 7 * n, "fortnight": 14 * n}.get(unit)
    if days is None:
        months = n * (3 if unit == "quarter" else 12 if unit == "year" else 1)
        other = add_months(today, months if forward else -months)
        days = abs((other - today).days)
    if forward:
        return today, today + dt.timedelta(days=days - 1)
    return today - dt.timedelta(days=days - 1), today


# a day written out: "20 May", "the 3rd of June 2026", "July 15", "2026-06-01", "15/6"
_WRITTEN_DAY = (rf"\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}(?: \d{{4}})?|{_MONTH} \d{{1,2}}"
                rf"(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}"
                rf"(?:/\d{{2,4}})?")

def _ago(n: int, unit: str, today: dt.date) -> dt.date:
    """"a month ago" is 17 May on 17 June (dateparser, set to prefer the first of a month, says
    1 May); "two weeks ago" is 3 June."""
    days = {"day": n, "week": 7 * n, "fortnight": 14 * n}.get(unit)
    if days is not None:
        return today - dt.timedelta(days=days)
    return add_months(today, -n * (3 if unit == "quarter" else 12 if unit == "year" else 1))


_AHEAD = re.compile(r"\b(?:will|won['’]?t|shall|going to|gonna|due|planned|scheduled|expected"
                    r"|coming|upcoming|next)\b|['’]ll\b")


def _weekend(word: str, question: str, today: dt.date) -> Period:
    """Saturday and Sunday. "Last weekend" is the latest one that has begun before this week
    (the one before, when today is a weekend day); "this" and "coming" the one of this calendar
    week (or today's); "next" that one too, with the weekend after as the other reading; "the
    weekend" said of what will happen ("due over the weekend") is the coming one, and of what
    happened ("went late over the weekend") the one just gone."""
    saturday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=5)
    gone = saturday - dt.timedelta(days=7)
    if word in ("last", "past", "previous") or word in ("the", "that") and (
            today.weekday() < 5 and not _AHEAD.search(question)):
        start = gone
    else:
        start = saturday
    label = "the weekend" if word in ("the", "that") else f"{word} weekend"
    alternative = None
    if word == "next" and today.weekday() < 5:
        after = saturday + dt.timedelta(days=7)
        alternative = (after, after + dt.timedelta(days=1), "the weekend after next")
    return Period(start, start + dt.timedelta(days=1), label, alternative=alternative)


# Each rule: a pattern over the lower-cased question and how to read its match.
Rule = tuple[re.Pattern[str], str]
_SEASON = r"(summer|winter|spring|autumn|fall)(?:[- ](?:break|holidays?|vacations?|recess|period))?"
_RULES: list[Rule] = [(re.compile(p), kind) for p, kind in [
    # "from 1 July for 6 weeks", "starting Monday for two weeks": that many from that day
    (rf"\b(?:from|starting(?: on)?|beginning(?: on)?) (?:the )?({_WRITTEN_DAY}|today|tomorrow|"
     rf"now|next (?:{'|'.join(WEEKDAYS)})|{'|'.join(WEEKDAYS)}) for (?:the next |about |around )?"
     rf"{_N} {_UNIT}\b", "from_for"),
    # "from today onwards", "from now on", "going forward": every day from today
    (r"\b(?:(?:from|as of|starting) (?:today|now) (?:on|onwards?|forward)|from now on|"
     r"going forward|from here on(?: in)?|onwards? from today)\b", "onwards"),
    # "in the last month, May": the month named after it says which reading was meant
    (rf"\b(?:in |during |over )?(?:the )?(?:last|previous|past) month,? (?:i\.e\.,? |namely |"
     rf"that is,? )?{_MONTH}(?: ((?:19|20)\d\d))?\b", "month"),
    (rf"\b(before|after|until|till|by|during|over|in|through|throughout|for|this|next|last)? ?"
     rf"(?:the )?{_SEASON}\b(?<!\bfall)(?! (?:due|behind|short|through|over|into|apart|back))",
     "season"),
    (r"\b(before|after|until|till|by|during|over|in|through|throughout|for|this|next|last) "
     r"(?:the )?(fall)\b", "season"),
    (rf"\b(?:in |during |for )?(?:the )?week (?:of|starting|beginning|commencing) "
     rf"(?:the |mon(?:day)? )?(\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}|"
     rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}})", "week_of"),
    (rf"\b(?:in |within |during |over |for )?(?:the )?(?:next|coming|upcoming|following) "
     rf"{_N} {_UNIT}\b", "next_n"),
    # "the last 6 full weeks": the whole weeks (Monday to Sunday) before this one
    (rf"\b(?:in |within |during |over |for )?(?:the )?(?:last|past|previous|prior) {_N} "
     rf"(?:full|complete|completed|whole|entire|finished) (?:calendar )?weeks?\b", "full_weeks"),
    # a week by its number ("KW 25", "CW 25", "calendar week 25", "week 25 of 2026"): ISO weeks
    (r"(?<!sprint )(?<!iteration )\b(?:in |during |for |of )?(?:the )?(?:kw|cw|kalenderwoche|"
     r"calendar weeks?|weeks?|wks?) ?(\d{1,2}) ?(?:or|and|to|through|till|until|-|–) ?(?:kw|cw|"
     r"calendar week|week|wk)? ?(\d{1,2})(?:,? (?:of )?((?:19|20)\d\d))?\b"
     r"(?! (?:days?|weeks?|months?|%|percent)\b|,? of (?!(?:19|20)\d\d))",
     "week_numbers"),  # "KW 27 or KW 28", "weeks 27-28": from the first's Monday to the last's
    (r"(?<!sprint )(?<!iteration )\b(?:in |during |for |of )?(?:the )?(?:kw|cw|kalenderwoche|"
     r"calendar week|week|wk) ?(\d{1,2})(?:,? (?:of )?((?:19|20)\d\d))?\b"
     r"(?! (?:days?|weeks?|months?|%|percent)\b|,? of (?!(?:19|20)\d\d))",
     "week_number"),  # not "week 2 of July", "sprint week 3"
    (rf"\b(?:in |within |during |over )?(?:the )?(?:last|past|previous|recent|prior) "
     rf"{_N} {_UNIT}\b", "last_n"),
    (rf"\bsince (?:the )?{_N} (?!(?:weeks?|days?|months?) ago\b){_UNIT}\b(?! (?:ago|from|"
     rf"before|after|late|overdue|behind|early))", "last_n"),  # "since 2 weeks": the last two
    (r"\b(?:in |within |during |over )?(?:the )?(?:next|coming|upcoming) fortnight\b|"
     r"\b(?:for |in |during |over )?the fortnight ahead\b", "next_fortnight"),
    (r"\b(?:in |within |during |over )?(?:the )?(?:last|past|previous) fortnight\b",
     "last_fortnight"),
    (rf"\bwithin {_N} {_UNIT}\b", "next_n"),
    (r"\b(?:year to date|ytd|so far this year|this year so far|since the (?:start|beginning) "
     r"of (?:the|this) year|since (?:the|this) year (?:began|started))\b", "ytd"),
    (rf"\b(?:month to date|mtd|so far this month|this month so far|since the (?:start|beginning)"
     rf" of (?:the|this) month|since the (?:1st|first)(?! (?:of )?{_MONTH}\b)|since (?:the|this)"
     rf" month (?:began|started))", "mtd"),
    (r"\b(?:so far this quarter|this quarter so far|quarter to date|qtd|since the "
     r"(?:start|beginning) of (?:the|this) quarter|since (?:the|this) quarter (?:began|started|"
     r"opened|kicked off))\b", "qtd"),
    (r"\b(?:(?:by|before|until|till|through) (?:the )?end of (?:the |this )?year|"
     r"(?:between )?now and (?:the )?end of (?:the |this )?year|(?:the )?rest of (?:the |this )?"
     r"year|remainder of (?:the |this )?year|by (?:eoy|year[- ]end)|before (?:eoy|year[- ]end)|"
     r"(?:until|till) (?:eoy|year[- ]end)|this year still)\b", "rest_year"),
    (r"\b(?:(?:by|before|until|till) (?:the )?end of (?:the |this )?month|(?:the )?rest of "
     r"(?:the |this )?month|(?:between )?now and (?:the )?end of (?:the |this )?month)\b",
     "rest_month"),
    (r"\b(?:(?:by|before|until|till) (?:the )?end of (?:the |this )?quarter|(?:the )?rest of "
     r"(?:the |this )?quarter|(?:between )?now and (?:the )?end of (?:the |this )?quarter)\b",
     "rest_quarter"),
    (r"\b(?:(?:by|before|until|till) (?:the )?end of (?:the |this )?week|(?:the )?rest of "
     r"(?:the |this )?week)\b", "rest_week"),
    (r"\b(?:(?:by|before|until|till|through) (?:the )?end of|(?:between )?now and (?:the )?end "
     r"of) next (week|month|quarter|year)\b", "rest_next"),
    (r"\b(?:(?:by|before|until|till|through) (?:the )?end of|(?:between )?now and (?:the )?end "
     r"of) (q[1-4])\b", "rest_q"),
    (rf"\b(?:(?:by|before|until|till|through) (?:the )?end of|(?:between )?now and (?:the )?end "
     rf"of|(?:for |during |in |over )?(?:the )?(?:rest|remainder) of) {_MONTH}\b",
     "rest_month_name"),
    # "since the last quarter ended", "since the end of last month": the current one so far
    (r"\bsince (?:the )?(?:last|previous) (week|month|quarter|year) (?:ended|finished|closed|"
     r"wrapped up|was over)\b|\bsince (?:the )?end of (?:the )?(?:last|previous) "
     r"(week|month|quarter|year)\b", "since_end"),
    (r"\bsince (?:the )?(?:(?:start|beginning) of )?(last|this|previous) "
     r"(week|month|quarter|year)\b",
     "since_calendar"),
    (rf"\bsince (?:last |this |the )?({'|'.join(WEEKDAYS)})\b", "since_weekday"),
    (rf"\b(?:between )?(?:now|today) (?:and|until|till|to) (?:this )?({'|'.join(WEEKDAYS)})\b",
     "until_weekday"),  # "between now and Sunday": from today to the coming one
    # one day named by its weekday: "finished last Thursday", "due this Friday", "on Monday"
    # (not "on Monday" alone: "I only joined on Monday" is about the asker)
    (rf"\b(?:(?:on|by|due|for) )?(last|this|next|by|due|coming)(?: on)? "
     rf"({'|'.join(WEEKDAYS)})\b(?!['’]s)", "weekday"),
    (rf"\bsince (?:the (?:start|beginning) of )?{_MONTH}\b(?! \d)", "since_month"),
    (rf"\b{_MONTH}(?: (?:and|to|through|until|-|–) | ?[-–/] ?){_MONTH}\b(?! \d)", "month_pair"),
    (rf"\b(first|second|1st|2nd|latter|later|early|late) (?:half|part) of {_MONTH}"
     rf"(?: ((?:19|20)\d\d))?\b", "month_half"),
    (rf"\b(first|second|third|fourth|1st|2nd|3rd|4th|last|final) week of {_MONTH}"
     rf"(?: ((?:19|20)\d\d))?\b", "month_week"),
    # "the first half of next month", "the back half of this month": the 1st-15th, 16th-end
    (r"\b(first|second|1st|2nd|latter|later|early|late|front|back) (?:half|part) of "
     r"(?:the )?(this|next|last|previous|coming|current)? ?"
     r"month\b", "rel_month_half"),
    (r"\b(h[12]|first half|second half|front half|back half|latter half)(?: of (?:the year|"
     r"this year|((?:19|20)\d\d)))?\b", "half"),
    (r"\b(?:in |during |for )?(?:the )?week after next\b", "week_after_next"),
    # a quarter of the year before or after ("Q4 last year", "the third quarter of next year")
    (r"\b(?:in |during )?(?:the )?(q[1-4]) (?:of )?((?:last|this|next) year)\b", "q"),
    (r"\b(?:in |during )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|last|final) "
     r"quarter of ((?:last|this|next) year)\b", "q_word"),
    (r"\bthe (next|coming|upcoming|following|last|past|previous) (week|month|quarter|year)\b",
     "rolling_one"),
    # "over the weekend", "last weekend", "this weekend", "the weekend just gone" (not "a
    # quick one after the weekend", "back from the weekend": when it is asked, not what about)
    (r"(?<!\bafter )(?<!\bfrom )\b(?:(?:over|during|at|on|for|in|across|through) )?"
     r"(this|last|next|past|previous|"
     r"coming|upcoming|the|that)(?: past)? weekend\b", "weekend"),
    (r"\b(this|current|last|previous|past|next|coming|upcoming|following) "
     r"(week|month|quarter|year)\b", "calendar"),
    (r"\b(?:in |during )?(?:the )?(q[1-4])(?:\s+|/|-)?((?:19|20)\d\d)?\b", "q"),
    (r"\b(?:in |during )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|last|final) "
     r"quarter(?: of (?:the year|this year|((?:19|20)\d\d)))?\b", "q_word"),
    (r"\b(?:in the past|already (?:passed|past(?! (?:due|their|its|the|our|deadline))|gone)|"
     r"(?:has|have) (?:already )?passed)\b",
     "in_the_past"),
    (rf"\bbetween (?:the )?((?:{_MONTH}|\d)[\w ,/.-]{{0,18}}?) and (?:the )?"
     rf"(today|now|yesterday|date|(?:(?:the )?end of )?(?:{_MONTH}|\d)"
     rf"[\w ,/.-]{{0,18}}?)"
     rf"(?=$|[?.!,]| (?:and|but|with|that|which|for|in)\b)", "between"),
    (r"\b(today|yesterday|tomorrow)(?:s\b|\b)", "day"),  # "todays note", typed as said
    # "since the last steering committee on 20 May", "since the kick-off two weeks ago": an
    # occasion dated in the same breath; the period runs from its date
    (rf"\b(since) (?:the |our |my |their |that )?(?:last |previous |latest |first )?"
     rf"(?:[a-z'-]+ ){{1,4}}?(?:on |of |back on |held on )?({_WRITTEN_DAY}|{_N} {_UNIT} ago)\b",
     "explicit"),
    (rf"\b(on or before|on or after|since|after|from|before|until|till|by|on|as of|as at) "
     rf"((?:the )?(?:{_WRITTEN_DAY}|{_N} {_UNIT} ago|"
     rf"last (?:{'|'.join(WEEKDAYS)})))", "explicit"),
    # a date written out with no word before it ("its due date of 12 May 2026"): that day
    (rf"\b(\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}(?: \d{{4}})?|"
     rf"(?!may\b){_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|{_MONTH} \d{{1,2}},? \d{{4}}|"
     rf"\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\b", "bare_date"),
    (rf"\b(before|until|till) {_MONTH}(?: ((?:19|20)\d\d))?\b(?! \d)", "before_month"),
    (rf"\b(?:in |during |for |over (?:the course of )?|throughout |through(?:out)? |across )?"
     rf"(?:the month of )?{_MONTH}(?: ((?:19|20)\d\d))?\b", "month"),
    (r"\b(before|after|since|until|till|by) (?:the (?:start|beginning|end) of )?((?:19|20)\d\d)\b",
     "around_year"),
    (r"\b(?:in |during )?((?:19|20)\d\d)\b", "year"),
]]


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser  # noqa: PLC0415 - a slow import, only when a date is written out

    return dateparser


def parse_date(text: str, today: dt.date, prefer: str = "current_period") -> dt.date | None:
    """One date as written ("3 March", "July 15, 2026", "last Tuesday", "2 weeks ago")."""
    settings = {"RELATIVE_BASE": dt.datetime.combine(today, dt.time()),
                "PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first",
                "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    found = _dateparser().parse(text, languages=["en"], settings=settings)
    return found.date() if found is not None else None


# a question about what happened: a month named without its year is the last one so far
_PAST = re.compile(r"\b(?:was|were|did|had|happened|went)\b")
_DONE = re.compile(r"\b(?:finished|completed|closed|delivered|shipped|started|kicked off|began|"
                   r"added|created|opened|slipped|wrapped up|cancelled|paused|written|held)\b")
_AHEAD = re.compile(r"\b(?:will|won't|to be|due|going to|planned|scheduled|expected|should|"
                    r"supposed|meant|next|coming|upcoming|not|n't|yet|deadline|landing|lands?)\b")


def _named_month(month: int, today: dt.date, text: str) -> dt.date:
    """The first day of a month named without a year: this year's, unless that is more than six
    months away, then the nearer one ("January" asked in December is the coming one, "December"
    asked in January the last one); in a question about what happened ("finished in January")
    the latest one not after today."""
    if _PAST.search(text) and "will" not in text or _DONE.search(text) and not _AHEAD.search(
            text):  # "were finished", "what did we close"; not "still to be delivered, due"
        return dt.date(today.year if month <= today.month else today.year - 1, month, 1)
    ahead = month - today.month  # this year's, unless more than six months away
    return dt.date(today.year - (ahead > 6) + (ahead < -6), month, 1)


def _read(kind: str, m: re.Match[str], today: dt.date) -> Period | None:  # noqa: C901, PLR0911, PLR0912
    g = m.groups()
    text = m.group(0).strip()
    if kind in ("next_n", "last_n"):
        n, unit = _number(g[0]), g[1]
        if g[0] == "few" and unit == "week":
            n = 4  # "the last few weeks": about a month (both writers who used it meant 28 days)
        forward = kind == "next_n"
        start, end = _rolling(n, unit, today, forward)
        unit_word = unit + ("s" if n != 1 else "")
        return Period(start, end, f"{'next' if forward else 'last'} {n} {unit_word}")
    if kind == "full_weeks":
        monday = today - dt.timedelta(days=today.weekday())
        n = _number(g[0])
        start = monday - dt.timedelta(weeks=n)
        return Period(start, monday - dt.timedelta(days=1),
                      f"the last {n} full week{'s' if n != 1 else ''}")
    if kind in ("week_number", "week_numbers"):
        numbers = [int(n) for n in g[:-1]]
        year = int(g[-1]) if g[-1] else today.year
        try:
            start, last = (dt.date.fromisocalendar(year, n, 1) for n in (numbers[0], numbers[-1]))
        except ValueError:
            return None  # "week 60": no such week
        if last < start:
            return None
        said = f"{numbers[0]}" if len(numbers) == 1 else f"{numbers[0]} to {numbers[-1]}"
        return Period(start, last + dt.timedelta(days=6),
                      f"calendar week{'s' if len(numbers) > 1 else ''} {said} of {year}")
    if kind == "from_for":
        said = g[0]
        first = today if said in ("today", "now") else today + dt.timedelta(days=1) if (
            said == "tomorrow") else parse_date(said, today, "future")
        if first is None:
            return None
        n, unit = _number(g[-2]), g[-1]  # the day written may hold groups of its own
        days = {"day": n, "week": 7 * n, "fortnight": 14 * n}.get(unit)
        last = first + dt.timedelta(days=days - 1) if days else add_months(
            first, n * (3 if unit == "quarter" else 12 if unit == "year" else 1)) - dt.timedelta(
            days=1)
        return Period(first, last, f"{n} {unit}{'s' if n != 1 else ''} from {_day(first)}")
    if kind == "onwards":
        return Period(today, LATEST, "from today on", open_end=True)
    if kind in ("next_fortnight", "last_fortnight"):
        start, end = _rolling(14, "day", today, kind == "next_fortnight")
        return Period(start, end, "next 2 weeks" if kind == "next_fortnight" else "last 2 weeks")
    if kind in ("ytd", "mtd", "qtd"):
        unit = {"ytd": "year", "mtd": "month", "qtd": "quarter"}[kind]
        start, _ = _calendar(unit, today, 0)
        return Period(start, today, f"this {unit} so far", to_date=True)
    if kind == "in_the_past":  # "a due date in the past": every day before today
        return Period(EARLIEST, today - dt.timedelta(days=1), "before today", open_start=True)
    if kind == "rest_month_name":  # "by the end of July": today to the last day of July
        month = [m[:3] for m in MONTHS].index(g[0][:3]) + 1
        year = today.year if month >= today.month else today.year + 1
        last = (dt.date(year, month, 28) + dt.timedelta(days=4)).replace(day=1) - \
            dt.timedelta(days=1)
        return Period(today, last, f"from today to the end of {last:%B %Y}")
    if kind == "rest_q":  # "between now and the end of Q3": today to the quarter's last day
        _first, q_end = quarter(today.year, int(g[0][1]))
        if q_end < today:
            _first, q_end = quarter(today.year + 1, int(g[0][1]))
        return Period(today, q_end, f"from today to the end of {g[0].upper()} {q_end.year}")
    if kind == "rest_next":
        _, end = _calendar(g[0], today, 1)
        return Period(today, end, f"from today to the end of next {g[0]}")
    if kind.startswith("rest_"):
        unit = kind[5:]
        _, end = _calendar(unit, today, 0)
        return Period(today, end, f"from today to the end of the {unit}")
    if kind == "since_calendar":
        shift = 0 if g[0] == "this" else -1
        start, _ = _calendar(g[1], today, shift)
        return Period(start, today, f"since the start of {g[0]} {g[1]}", to_date=True)
    if kind == "month_pair":  # "July and August", "May to July": first day to last day
        from_month = [m[:3] for m in MONTHS].index(g[0][:3]) + 1
        to_month = [m[:3] for m in MONTHS].index(g[1][:3]) + 1
        year = today.year  # the months of this year, as "in March" reads
        span_start = dt.date(year, from_month, 1)
        span_end = month_end(dt.date(year if to_month >= from_month else year + 1, to_month, 1))
        return Period(span_start, span_end, f"{span_start:%B} to {span_end:%B %Y}")
    if kind == "since_month":  # "since the start of May": its 1st (the last one) up to today
        month = [m[:3] for m in MONTHS].index(g[0][:3]) + 1
        year = today.year if month <= today.month else today.year - 1
        since = dt.date(year, month, 1)
        return Period(since, today, f"since {_day(since)}", to_date=True)
    if kind == "until_weekday":
        ahead = (WEEKDAYS.index(g[0]) - today.weekday()) % 7
        return Period(today, today + dt.timedelta(days=ahead), f"until {g[0].title()}")
    if kind == "weekday":  # "last": the latest one before today; "next", "coming": the next
        # one after today; else ("this", "on", "by", "due") the one of this calendar week
        weekday = WEEKDAYS.index(g[1])
        if g[0] == "last":
            named = today - dt.timedelta(days=(today.weekday() - weekday) % 7 or 7)
        elif g[0] in ("next", "coming"):
            named = today + dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)
        else:
            named = today + dt.timedelta(days=weekday - today.weekday())
        if g[0] == "by":
            return Period(min(today, named), named, f"by {g[1].title()} {_day(named)}")
        return Period(named, named, f"{g[1].title()} {_day(named)}")
    if kind == "since_weekday":
        back = (today.weekday() - WEEKDAYS.index(g[0])) % 7
        if "last" in text:
            back = back or 7
        return Period(today - dt.timedelta(days=back), today, f"since {g[0].title()}",
                      to_date=True)
    if kind == "rolling_one":  # "in the next month": a month from today, not next calendar month
        forward = g[0] in ("next", "coming", "upcoming", "following")
        start, end = _rolling(1, g[1], today, forward)
        word = "next" if forward else "last"
        cal_start, cal_end = _calendar(g[1], today, 1 if forward else -1)
        if g[0] == "past":  # "in the past week": the days up to today (every writer of the
            return Period(start, end, f"{word} {g[1]} from today")  # benchmark reads it so)
        return Period(start, end, f"{word} {g[1]} from today",
                      alternative=(cal_start, cal_end, f"{word} {g[1]}"))
    if kind == "weekend":
        return _weekend(g[0], m.string, today)
    if kind == "calendar":
        shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1,
                 "next": 1, "coming": 1, "upcoming": 1, "following": 1}[g[0]]
        start, end = _calendar(g[1], today, shift)
        word = {0: "this", -1: "last", 1: "next"}[shift]
        return Period(start, end, f"{word} {g[1]}")
    if kind in ("q", "q_word"):
        q = int(g[0][1]) if kind == "q" else _ORDINAL[g[0]]
        years = {"last": -1, "this": 0, "next": 1}  # "Q4 last year"
        year = int(g[1]) if g[1] and g[1].isdigit() else today.year + next(
            (v for k, v in years.items() if g[1] and k in g[1]), 0)
        start, end = quarter(year, q)
        return Period(start, end, f"Q{q} {year}")
    if kind == "since_end":  # "since the last quarter ended": this quarter so far
        unit = g[0] or g[1]
        start, _ = _calendar(unit, today, 0)
        return Period(start, today, f"this {unit} so far", to_date=True)
    if kind == "week_after_next":
        start, end = _calendar("week", today, 2)
        return Period(start, end, "the week after next")
    if kind == "rel_month_half":
        words = g[0], g[1] or ""
        first, _ = _calendar("month", today, {"next": 1, "coming": 1, "last": -1,
                                                "previous": -1}.get(words[1], 0))
        if words[0] in ("first", "1st", "early", "front"):
            return Period(first, first.replace(day=15), f"the first half of {first:%B %Y}")
        return Period(first.replace(day=16), month_end(first),
                      f"the second half of {first:%B %Y}")
    if kind == "half":
        second = g[0] in ("h2", "second half", "back half", "latter half")
        year = int(g[1]) if g[1] else today.year
        start = dt.date(year, 7 if second else 1, 1)
        end = dt.date(year, 12, 31) if second else dt.date(year, 6, 30)
        return Period(start, end, f"{'H2' if second else 'H1'} {year}")
    if kind == "day":
        day = today + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[g[0]])
        return Period(day, day, g[0])
    if kind == "between":
        until = re.sub(r"^(?:the )?end of ", "", g[2].strip())
        lower = parse_date(g[0], today, "past" if g[2] in ("today", "now", "date") else
                           "current_period")
        upper = {"today": today, "now": today, "date": today,  # "between 1 April and today"
                 "yesterday": today - dt.timedelta(days=1)}.get(g[2]) or parse_date(until, today)
        bare = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", g[0].strip())
        if bare and upper and 1 <= int(bare.group(1)) <= upper.day:  # "between 1 and 31 July"
            lower = upper.replace(day=int(bare.group(1)))
        if upper and re.fullmatch(rf"{_MONTH}(?: \d{{4}})?", until):
            # "between January and March": to the end of March, not its first day
            upper = (upper.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - \
                dt.timedelta(days=1)
        if lower and upper and lower <= upper:
            return Period(lower, upper, f"between {_day(lower)} and {_day(upper)}")
        return None
    if kind == "season":  # summer = July and August (the holiday season), winter = Dec-Feb
        word, season = g[0] or "", g[1]
        first_month, months = SEASONS[season]
        start = dt.date(today.year, first_month, 1)
        if word == "last" and add_months(start, months) > today:
            start = dt.date(today.year - 1, first_month, 1)  # the last one that has ended
        if word != "last" and add_months(start, months) <= today:
            start = dt.date(today.year + 1, first_month, 1)  # this year's is over: the next one
        end = add_months(start, months) - dt.timedelta(days=1)
        name = f"the {season}"
        if word in ("before", "until", "till", "by"):
            return Period(EARLIEST, start - dt.timedelta(days=1), f"before {name}",
                          open_start=True)
        if word == "after":
            return Period(end + dt.timedelta(days=1), LATEST, f"after {name}", open_end=True)
        return Period(start, end, name)
    if kind == "week_of":  # "the week of 22 June": Monday to Sunday around that day
        when = parse_date(g[0], today, "future")
        if when is None:
            return None
        start = when - dt.timedelta(days=when.weekday())
        return Period(start, start + dt.timedelta(days=6), f"the week of {_day(start)}")
    if kind == "explicit":
        word, written = g[0], g[1]
        if m.group(0).startswith(("on or before", "on or after")):
            when = parse_date(written, today, "past")
            if when is None:
                return None
            if "before" in m.group(0):
                return Period(EARLIEST, when, f"on or before {_day(when)}", open_start=True)
            return Period(when, LATEST, f"on or after {_day(when)}", open_end=True)
        prefer = "past" if word in ("since", "after", "from", "as of", "as at") else \
            "current_period" if word == "on" else "future"  # "on 20 May": this year's
        ago = re.fullmatch(rf"{_N} {_UNIT} ago", written)
        when = _ago(_number(ago.group(1)), ago.group(2), today) if ago else parse_date(
            written, today, prefer)
        if when is None:
            return None
        if word == "after" and not ago and not re.search(r"\b(?:19|20)\d\d\b", written):
            coming = parse_date(written, today, "future")  # "after 15 Jul" in June: this July,
            if coming is not None and (coming - today) < (today - when):  # the nearer of two
                when = coming
        if word in ("since", "from"):
            return Period(when, max(when, today), f"since {_day(when)}", to_date=True)
        if word == "after":
            return Period(when + dt.timedelta(days=1), LATEST, f"after {_day(when)}",
                          open_end=True)
        if word == "before":
            return Period(EARLIEST, when - dt.timedelta(days=1), f"before {_day(when)}",
                          open_start=True)
        if word in ("until", "till", "by"):
            return Period(min(today, when), when, f"by {_day(when)}")
        return Period(when, when, f"on {_day(when)}")
    if kind == "bare_date":
        when = parse_date(g[0], today)
        return Period(when, when, f"on {_day(when)}") if when is not None else None
    if kind == "month_week":  # "the first week of June": the 1st to the 7th; "the last": the
        # month's last seven days (weeks of a month counted from its 1st, not Monday to Sunday)
        month = [m[:3] for m in MONTHS].index(g[1][:3]) + 1
        first = dt.date(int(g[2]) if g[2] else today.year, month, 1)
        if g[0] in ("last", "final"):
            start = month_end(first) - dt.timedelta(days=6)
        else:
            start = first + dt.timedelta(days=7 * ORDINALS[g[0]])
        return Period(start, start + dt.timedelta(days=6),
                      f"the {g[0]} week of {first:%B %Y}")
    if kind == "month_half":  # "the first half of July": the 1st to the 15th
        month = [m[:3] for m in MONTHS].index(g[1][:3]) + 1
        first = dt.date(int(g[2]) if g[2] else today.year, month, 1)
        if g[0] in ("first", "1st", "early"):
            return Period(first, first.replace(day=15), f"the first half of {first:%B %Y}")
        return Period(first.replace(day=16), month_end(first),
                      f"the second half of {first:%B %Y}")
    if kind == "month":
        name = g[0][:3]
        if name == "may" and not g[1] and not re.match(r"(in|during|for|over|throughout|through|"
                                                       r"across|the month of) |.*month,? ",
                                                       text) and not re.search(
                r"\b(?:with|vs\.?|versus|than|against)\s+(?:that of\s+|in\s+)?$",
                m.string[:m.start()]):  # "compared with May", "vs May": the month
            return None  # "may" is mostly the verb
        month = [m[:3] for m in MONTHS].index(name) + 1
        start = dt.date(int(g[1]), month, 1) if g[1] else _named_month(month, today, m.string)
        return Period(start, month_end(start), f"{start:%B %Y}")
    if kind == "before_month":  # "before July": up to the last day of June, no lower bound
        month = [m[:3] for m in MONTHS].index(g[1][:3]) + 1
        first = dt.date(int(g[2]) if g[2] else today.year, month, 1)
        return Period(EARLIEST, first - dt.timedelta(days=1), f"before {first:%B %Y}",
                      open_start=True)
    if kind == "around_year":  # "before 2026", "since 2025", "after 2026"
        word, year = g[0], int(g[1])
        if word == "before":
            return Period(EARLIEST, dt.date(year - 1, 12, 31), f"before {year}", open_start=True)
        if word == "after":
            return Period(dt.date(year + 1, 1, 1), LATEST, f"after {year}", open_end=True)
        if word == "since":
            return Period(dt.date(year, 1, 1), today, f"since {year}", to_date=True)
        return Period(today, dt.date(year, 12, 31), f"from today to the end of {year}")
    if kind == "year":
        year = int(g[0])
        if not 1990 <= year <= 2100:
            return None
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))
    return None  # pragma: no cover - every rule kind is read above


def find(text: str, today: dt.date) -> list[Period]:
    """Every period the (normalized) question names, in order, without overlaps (the rules are
    tried in order, the more specific ones first)."""
    lowered = KEY_MASK.sub(lambda m: "#" * len(m.group(0)), text.lower())
    found: list[Period] = []
    for pattern, kind in _RULES:
        for m in pattern.finditer(lowered):
            if any(p.span[0] < m.end() and m.start() < p.span[1] for p in found):
                continue
            period = _read(kind, m, today)
            if period is not None:
                found.append(Period(period.start, period.end, period.label,
                                    (m.start(), m.end()), period.to_date, period.open_start,
                                    period.open_end, period.alternative))
    return sorted(found, key=lambda p: p.span)


def already_written(period: Period, said: str, today: dt.date) -> Period:
    """The period as the dates documents were written, which are never after today: one read
    as lying ahead ("before 4 June", "in July", "in the spring", asked in June) is last year's
    unless its year was written or it says it is ahead ("next week"); one running past today
    ends today ("this month")."""
    ahead = (period.end if period.open_start else period.start) > today
    if ahead and not re.search(r"\b\d{4}\b|\b(?:next|coming|upcoming|tomorrow)\b", said.lower()):
        start, end = (day if day in (EARLIEST, LATEST) else add_months(day, -12)
                      for day in (period.start, period.end))
        if period.open_start:
            label = f"before {_day(end + dt.timedelta(days=1))}"
        elif period.open_end:
            label = f"after {_day(start - dt.timedelta(days=1))}"
        elif start == end:
            label = f"on {_day(start)}"
        elif start.day == 1 and end == month_end(start):
            label = f"{start:%B %Y}"
        else:
            label = f"between {_day(start)} and {_day(end)}"
        period = Period(start, end, label, period.span, open_start=period.open_start,
                        open_end=period.open_end)
    if period.start <= today < period.end and not period.open_end:
        period = Period(period.start, today, period.label, period.span,
                        open_start=period.open_start)
    return period
