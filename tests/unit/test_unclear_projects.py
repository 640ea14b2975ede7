"""When a search across projects has no project that stands out (``Hits.unclear_projects``)."""

from __future__ import annotations

import pytest

from models.copilot.index_types import Hits, Passage


def hits(*keys: str) -> Hits:
    return Hits([Passage(f"d{i}-p0", i, 0, key, "meeting_minutes", "t", "2026-06-01", 0, 1,
                         "x", 1.0) for i, key in enumerate(keys)])


@pytest.mark.parametrize(("keys", "unclear"), [
    (("A", "A", "A", "B", "C"), []),  # three of five: A stands out
    (("A", "B", "A", "B", "C"), ["A", "B", "C"]),  # two of five at most: ask, in rank order
    (("B", "A", "C", "D", "E"), ["B", "A", "C", "D", "E"]),
    (("A",), []), (("A", "A"), []), ((), []),  # one project, or nothing found
    (("A", "B"), ["A", "B"]),
    (("A", "A", "B"), []),
    (("A", "B", "C", "D", "E", "F", "F", "F"), ["A", "B", "C", "D", "E"]),  # the first five
])
def test_a_project_stands_out_with_three_of_the_first_five_passages(keys, unclear):
    assert hits(*keys).unclear_projects() == unclear
