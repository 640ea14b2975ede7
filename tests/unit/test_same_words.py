"""The app's words for the same values, without a database: percentages, loads above
capacity, work items' statuses (tests/integration/test_same_words.py reads them on the pages
and in the reports)."""

from __future__ import annotations

import pytest

from components.words import item_status, load_words, percent
from models import drivers


@pytest.mark.parametrize(("share", "words"), [(0.06, "6%"), (0.0, "0%"), (1.0, "100%"),
                                              (2.6, "260%"), (0.125, "12%"), (0.994, "99%")])
def test_a_share_is_a_whole_percent_without_a_space(share, words):
    assert percent(share) == words
    assert drivers._pct(share) == words  # the drivers' copy (models import no components)


def test_a_load_above_capacity_says_over_allocated():
    assert load_words(2.6) == "260% (over-allocated)"
    assert load_words(0.7 + 0.3) == "100%"  # a float sum at capacity is not above it
    assert load_words(0.8) == "80%"


def test_the_drivers_write_percentages_as_the_pages():
    assert drivers.driver_sentence({"feature": "scope_growth", "value": 1.06,
                                    "effect": -0.04}) == "Scope grew 6% since the start: −4 points"
    assert drivers.LATE == "The due date has passed, so the chance of finishing on time is 0%"


def test_work_item_statuses_have_one_label_each():
    assert [item_status(c) for c in ("todo", "in_progress", "done")] == ["To do", "In progress",
                                                                       "Done"]
