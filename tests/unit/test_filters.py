"""URL filters: hostile input is dropped and reported, good input round-trips."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from data.filters import MAX_TEXT, MAX_VALUES, ProjectFilters, from_query


def test_round_trip_through_the_url():
    filters = ProjectFilters(status=("active", "on_hold"), priority=("high",), portfolio=(3, 9),
                             owner=("Ada Lovelace",), due_from=dt.date(2026, 1, 1),
                             due_to=dt.date(2026, 3, 31), search="battery")
    parsed, problems = from_query(filters.to_query())
    assert parsed == filters and problems == []
    assert ProjectFilters().to_query() == {} and ProjectFilters().is_empty()


def test_bad_values_are_dropped_and_each_one_is_named():
    parsed, problems = from_query({
        "status": "active,bogus", "priority": "urgent", "portfolio": "1,x,99999999999",
        "due_from": "2026-13-01", "due_to": "2026-01-01", "search": "s" * (MAX_TEXT + 5),
    })
    assert parsed.status == ("active",) and parsed.priority == () and parsed.portfolio == (1,)
    assert parsed.due_from is None and parsed.due_to == dt.date(2026, 1, 1)
    assert len(parsed.search) == MAX_TEXT
    assert problems == [
        "search: at most 100 characters",
        "status: unknown value 'bogus'",
        "priority: unknown value 'urgent'",
        "portfolio: not an id 'x'",
        "portfolio: not an id '99999999999'",
        "due_from: not a date (YYYY-MM-DD) '2026-13-01'",
    ]


def test_reversed_range_and_too_many_values():
    _, problems = from_query({"due_from": "2026-05-01", "due_to": "2026-04-01"})
    assert problems == ["due_from: after due_to"]
    parsed, problems = from_query({"portfolio": ",".join(str(i) for i in range(80))})
    assert len(parsed.portfolio) == MAX_VALUES and problems == ["portfolio: at most 50 values"]


def test_duplicates_collapse_and_lists_are_accepted():
    parsed, problems = from_query({"status": ["done", "done", "active"],
                                   "owner": ["Smith, J", "Smith, J"], "portfolio": "4,4"})
    assert parsed.status == ("done", "active") and parsed.owner == ("Smith, J",)
    assert parsed.portfolio == (4,) and problems == []


def test_focused_sets_then_clears():
    base = ProjectFilters(status=("active", "done"))
    once = base.focused(status="done", priority="high")
    assert (once.status, once.priority) == (("done",), ("high",))
    assert once.focused(status="done", priority="high").status == ()
    dated = base.focused(due_from=dt.date(2026, 1, 1), due_to=dt.date(2026, 1, 31))
    assert dated.due_to == dt.date(2026, 1, 31)
    cleared = dated.focused(due_from=dt.date(2026, 1, 1), due_to=dt.date(2026, 1, 31))
    assert cleared.due_from is None and cleared.due_to is None


@settings(deadline=None)  # a property of the parse, not a timing: a loaded machine is slow
@given(st.dictionaries(
    st.sampled_from(["status", "priority", "portfolio", "owner", "due_from", "due_to", "search",
                     "other"]),
    st.one_of(st.text(max_size=300), st.lists(st.text(max_size=40), max_size=5))))
def test_any_query_parses_to_valid_filters(query):
    parsed, problems = from_query(query)
    assert set(parsed.status) <= {"proposed", "active", "on_hold", "done", "cancelled"}
    assert set(parsed.priority) <= {"low", "medium", "high", "critical"}
    assert all(isinstance(p, int) for p in parsed.portfolio)
    assert len(parsed.search) <= MAX_TEXT and isinstance(problems, list)
    reparsed, again = from_query(parsed.to_query())
    assert (reparsed, again) == (parsed, [])  # what we write back reads the same
