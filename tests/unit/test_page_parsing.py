"""What the pages take from the address and the browser, parsed into typed values."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from data.scope import Scope
from pages import person, project, projects, resources


def test_person_address_is_an_id_or_a_name_and_nothing_else():
    assert person.parse_ident("12") == "12"
    assert person.parse_ident("Ada%20Lovelace") == "Ada Lovelace"
    assert person.parse_ident("  ") is None
    assert person.parse_ident("x" * 121) is None
    assert person.parse_ident("bad%0Aname") is None  # control characters
    assert person.parse_ident(None) is None


def test_project_list_view_round_trips_through_the_address():
    view, problems = projects.view_from_query(
        {"sort": "due", "desc": "1", "page": "3", "after": "2026-07-01~PRJ-0012",
         "status": "active"})
    assert problems == []
    assert view == {"filters": {"status": "active"}, "sort": "due", "desc": True, "page": 3,
                    "after": ["2026-07-01", "PRJ-0012"]}
    assert projects.view_search(view) == (
        "?status=active&sort=due&desc=1&page=3&after=2026-07-01~PRJ-0012")
    again, _ = projects.view_from_query(
        {"sort": "due", "desc": "1", "page": "3", "after": "2026-07-01~PRJ-0012",
         "status": "active"})
    assert again == view
    last, _ = projects.view_from_query({"last": "1", "page": "9"})
    assert last["last"] is True and projects.view_search(last) == "?page=9&last=1"
    odd, problems = projects.view_from_query({"sort": "evil", "page": "-4", "before": "x"})
    assert odd["sort"] == "key" and odd["page"] == 1 and "before" not in odd
    assert problems == ["sort: unknown column 'evil'"]
    assert projects.parse_cursor("no tilde") is None and projects.parse_cursor("v~") is None
    assert projects.parse_cursor("a~b~KEY-1") == ["a~b", "KEY-1"]  # a value may hold a tilde
    assert projects.cursor_text(["x", "K"]) == "x~K" and projects.cursor_text("x") is None


def test_resources_filters_and_scope_are_never_widened():
    parsed = resources.parse_filters([3, "4", True, 3], ["Dev", 7, ""], "python")
    assert parsed == resources.rq.PeopleFilters((3,), ("Dev",), ())
    assert resources._narrowed(Scope.everything(), (3,)) == Scope.of(3)
    assert resources._narrowed(Scope.of(1, 2), (2, 3)) == Scope.of(2)
    assert resources._narrowed(Scope.of(1), ()) == Scope.of(1)
    assert "role Dev" in resources.subtitle(parsed)


def test_what_if_inputs_are_bounded_whole_numbers():
    assert project._number(None, -3, 5, "Team") == (0, None)
    assert project._number(4, -3, 5, "Team") == (4, None)
    assert project._number(2.0, -3, 5, "Team") == (2, None)
    assert project._number(2.5, -3, 5, "Team")[1] == "Team must be a whole number."
    assert project._number("x", -3, 5, "Team")[1] == "Team must be a number."
    assert project._number(9, -3, 5, "Team")[1] == "Team must be between -3 and 5."
    today = dt.date(2026, 12, 2)
    assert project._periods(today, None) == 12
    far = SimpleNamespace(p95_date=dt.date(2027, 12, 1), p85_date=None)
    assert project._periods(today, far) == 52  # capped
    near = SimpleNamespace(p95_date=dt.date(2027, 6, 11), p85_date=dt.date(2027, 5, 1))
    assert project._periods(today, near) == 29  # 191 days: 28 weeks and a bit, reaching P95


def test_ids_from_the_browser_fit_the_key_columns():
    # 2**63 once reached SQLite and overflowed there (a 500): ids beyond INTEGER are dropped.
    kept = resources.parse_filters([3, 2**63, 2**31, -1, 0, True, "4", 2_147_483_647], None, None)
    assert kept.portfolio == (3, 2_147_483_647)
    assert projects._page(2**70) == 1_000_000 and projects._page(True, 5) == 5
