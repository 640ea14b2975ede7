"""Periods written as a span, read as one ("from 1 May to 15 May", "6-12 jul", "til EOM"), and a
day after which something happens read as the nearer of this year's and last year's ("free
after 15 jul" in June is next month's, "completed after 20 Dec" last December's). The
expected dates are written out here, for a question asked on Wednesday 17 June 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from models.copilot import periods
from models.copilot.words import normalize

TODAY = dt.date(2026, 6, 17)
D = dt.date


def spans(question: str) -> list[tuple[dt.date, dt.date]]:
    return [(p.start, p.end) for p in periods.find(normalize(question), TODAY)]


@pytest.mark.parametrize(("question", "span"), [
    ("items done from 1 May to 15 May", (D(2026, 5, 1), D(2026, 5, 15))),
    ("items done from 1 May 2026 to 15 May 2026", (D(2026, 5, 1), D(2026, 5, 15))),
    ("items done from May 1 until May 15", (D(2026, 5, 1), D(2026, 5, 15))),
    ("items done 1 May - 15 May", (D(2026, 5, 1), D(2026, 5, 15))),
    ("who is free 6-12 jul", (D(2026, 7, 6), D(2026, 7, 12))),
    ("who is free from 6 to 12 July", (D(2026, 7, 6), D(2026, 7, 12))),
    ("who is free til EOM", (TODAY, D(2026, 6, 30))),
])
def test_a_span_written_out_is_one_period(question, span):
    assert spans(question) == [span]


def test_after_a_day_is_the_nearer_of_this_years_and_last_years():
    assert spans("ppl free after 15 jul")[0][0] == D(2026, 7, 16)  # in four weeks
    assert spans("projects completed after 20 dec")[0][0] == D(2025, 12, 21)  # six months ago
    assert spans("projects completed after 20 Dec 2026")[0][0] == D(2026, 12, 21)  # as written
