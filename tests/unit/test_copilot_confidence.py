"""The confidence gate's score, from the words a plan leaves unread (no database)."""

from __future__ import annotations

from models.copilot import confidence, followup
from models.copilot.words import tokenize


def _assess(question: str, read: set[str], calls=()):
    tokens = tokenize(question)
    consumed = {i for i, t in enumerate(tokens) if t.low in read}
    return confidence.assess(tokens, consumed, list(calls), {"please", "total"})


def test_everything_read_is_confident():
    verdict = _assess("how many late projects in Payments", {"how", "many", "late", "projects",
                                                            "payments"})
    assert verdict.score == 1.0 and verdict.confident and not verdict.filter_words


def test_a_word_in_a_filters_place_is_not_confident():
    read = {"how", "many", "late", "projects", "portfolio"}
    for question, word in [("how many late projects in the Finance portfolio", "Finance"),
                           ("how many late projects owned by Jane", "Jane"),
                           ("how many Zorblat projects", "Zorblat"),
                           ("how many late projects in Payments and Quantum", "Quantum")]:
        verdict = _assess(question, read | {"payments"})
        assert not verdict.confident and verdict.filter_words == [word], question
        assert word in verdict.reasons()


def test_filler_and_name_searches_are_not_unread():
    assert _assess("total late projects please", {"late", "projects"}).confident
    searched = _assess("how many checkout projects", {"how", "many", "projects"},
                       [("projects", {"search": "checkout"})])
    assert searched.confident
    # a document search reads the whole question
    assert _assess("what did the Zorblat sync decide", set(),
                   [("search_documents", {"query": "..."})]).confident


def test_an_uncorrected_typo_of_a_question_word_is_a_hint_not_a_filter():
    verdict = _assess("how many projcts are late", {"how", "many", "late"})
    assert verdict.filter_words == [] and verdict.rare_words == ["projcts"]
    assert verdict.confident


def test_follow_up_cues():
    assert followup.cue("and for Data Platform?") == "Data Platform"
    assert followup.cue("What about last month") == "last month"
    assert followup.cue("how about Hugo Lopez?") == "Hugo Lopez"
    assert followup.cue("How many projects are late?") is None
    assert followup.cue("and?") is None


def test_a_capitalised_topic_label_is_a_filter_word():
    verdict = confidence.assess(tokenize("Finance: how many late projects"),
                                {1, 2, 3, 4}, [], set(), "Finance: how many late projects")
    assert verdict.filter_words == ["Finance"] and not verdict.confident
