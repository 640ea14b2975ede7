"""The copilot's vocabulary indexes every project name once per phrase, in the order given.

At 100,000 projects one word ("api") names thousands of projects; the index must stay linear
(an ordered set per phrase) while keeping the first-seen order the resolver reports candidates
in, with no duplicates.
"""

from __future__ import annotations

from data.project_queries import ProjectName
from models.copilot.resolve import Vocabulary


def _vocab(projects: list[ProjectName]) -> Vocabulary:
    vocab = Vocabulary(projects=projects, portfolios=["Mobile Apps"], people=["Mei Chen"],
                       owners=["Mei Chen"], skills=["Python"], roles=["QA engineer"])
    vocab._index()
    return vocab


def test_each_phrase_lists_each_project_once_in_order():
    projects = [ProjectName(f"PRJ-{i:05d}", f"{word} api gateway", True)
                for i, word in enumerate(["Atlas", "Nimbus", "Atlas", "Orion"] * 500)]
    vocab = _vocab(projects)
    api = vocab.phrases[("api",)]
    assert api == [("project_part", p.key) for p in projects]
    assert len(set(api)) == len(projects) == 2000
    # a whole name shared by several projects lists each of them, first seen first
    atlas = vocab.phrases[("atlas", "api", "gateway")]
    assert atlas == [("project", p.key) for p in projects if p.name.startswith("Atlas")]


def test_a_name_that_is_also_a_person_keeps_both_readings_once():
    vocab = _vocab([ProjectName("PRJ-1", "Mei", True), ProjectName("PRJ-2", "Mei", True)])
    assert vocab.phrases[("mei",)] == [("project", "PRJ-1"), ("project", "PRJ-2"),
                                       ("first_name", "Mei Chen")]
