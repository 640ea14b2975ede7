"""A period in a document question is read as the dates documents were written, which are
never after today: a month or a day named without its year that lies ahead is last year's."""

from __future__ import annotations

import datetime as dt

import pytest

from models.copilot.periods import already_written, find

TODAY = dt.date(2026, 6, 17)


def _read(text: str):
    (period,) = find(text, TODAY)
    return already_written(period, text[period.span[0]:period.span[1]], TODAY)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("in July", dt.date(2025, 7, 1), dt.date(2025, 7, 31)),  # ahead of today: last year's
    ("in May", dt.date(2026, 5, 1), dt.date(2026, 5, 31)),  # already past: this year's
    ("in July 2026", dt.date(2026, 7, 1), dt.date(2026, 7, 31)),  # a year said is kept
    ("last month", dt.date(2026, 5, 1), dt.date(2026, 5, 31)),
    ("between 2 June and 3 June", dt.date(2026, 6, 2), dt.date(2026, 6, 3)),
])
def test_a_period_is_one_documents_can_have_been_written_in(text, start, end):
    period = _read(text)
    assert (period.start, period.end) == (start, end)


def test_before_a_day_without_its_year_ends_before_its_last_occurrence():
    period = _read("before 4 June")
    assert period.open_start and period.end == dt.date(2026, 6, 3)
    assert period.describe() == "before 4 Jun 2026"


def test_a_month_moved_back_a_year_says_its_year():
    assert _read("in August").describe() == "August 2025 (1 Aug 2025 – 31 Aug 2025)"


def test_a_period_running_past_today_ends_today():
    period = _read("this month")
    assert (period.start, period.end) == (dt.date(2026, 6, 1), TODAY)


def test_a_period_said_to_be_ahead_is_kept_as_read():
    period = _read("next week")
    assert (period.start, period.end) == (dt.date(2026, 6, 22), dt.date(2026, 6, 28))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("the first week of June", dt.date(2026, 6, 1), dt.date(2026, 6, 7)),
    ("the second week of May", dt.date(2026, 5, 8), dt.date(2026, 5, 14)),
    ("the last week of February 2026", dt.date(2026, 2, 22), dt.date(2026, 2, 28)),
])
def test_a_week_of_a_month_counts_from_its_first_day(text, start, end):
    (period,) = find(text, TODAY)
    assert (period.start, period.end) == (start, end)


def test_todays_typed_without_its_apostrophe_is_today():
    (period,) = find("todays status note", TODAY)
    assert period.start == period.end == TODAY
