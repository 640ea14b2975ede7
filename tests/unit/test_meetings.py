"""Meeting intelligence on a hand-labelled fixture meeting (written for this project)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from models.copilot.meetings import (
    action_items,
    clean,
    fluent_digest,
    lead_summary,
    risks,
    summarize_meeting,
)
from models.copilot.passages import parse_passage_id, split_passages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meetings"
BODY = (FIXTURES / "checkout_sync.txt").read_text()
LABELS = json.loads((FIXTURES / "checkout_sync.labels.json").read_text())
DAY = dt.date.fromisoformat(LABELS["date"])


def _words(text: str) -> set[str]:
    return set(text.lower().replace(",", " ").split())


def test_action_items_match_the_hand_written_ones():
    found = action_items(BODY, doc_id=7, day=DAY)
    assert len(found) == len(LABELS["action_items"])  # nothing missed, nothing invented
    for got, want in zip(found, LABELS["action_items"], strict=True):
        assert got.who == want["who"], (got, want)
        assert got.due == dt.date.fromisoformat(want["due"]), (got, want)
        assert got.turn == want["turn"]
        overlap = len(_words(got.what) & _words(want["what"])) / len(_words(want["what"]))
        assert overlap == 1.0 and len(_words(got.what)) <= len(_words(want["what"])) + 2, got


def test_every_line_of_the_digest_links_to_the_passage_holding_its_turn():
    digest = summarize_meeting(7, BODY, DAY)
    spans = {f"d7-p{s.index}": (s.first_turn, s.last_turn) for s in split_passages(BODY)}
    assert [p.turn for p in digest.decisions] == LABELS["decisions"]
    assert set(LABELS["risks"]) <= {p.turn for p in digest.risks}
    lines = digest.summary + digest.decisions + digest.risks + digest.action_items
    for line in lines:
        first, last = spans[line.passage_id]
        assert first <= line.turn <= last and parse_passage_id(line.passage_id) is not None
    summary = " ".join(p.text for p in digest.summary)
    assert 60 <= len(summary.split()) <= 200 and "um" not in summary.lower().split()
    assert [p.turn for p in digest.summary] == sorted(p.turn for p in digest.summary)
    assert digest.method == "extractive" and digest.to_dict()["action_items"][0]["due"] == \
        "2026-05-07"


def test_labelled_minutes_and_the_lead_baseline():
    minutes = ("Weekly sync of Atlas (ATL-1) on Monday 04 May 2026.\nAttendees: Ann, Bo.\n"
               "Decision: The team decided to cut the export feature.\n"
               "Risk: the vendor API is late; Bo follows up.\n"
               "Action: Ann will update the release plan by 12 May 2026.")
    digest = summarize_meeting(3, minutes, DAY)
    assert [p.text for p in digest.decisions] == ["The team decided to cut the export feature."]
    assert digest.risks[0].text.startswith("the vendor API is late")
    (item,) = digest.action_items
    assert (item.who, item.what, item.due) == ("Ann", "update the release plan",
                                               dt.date(2026, 5, 12))
    assert lead_summary(BODY, 10).split()[:3] == ["Okay,", "let's", "start."]
    assert clean("we , uh , decided {vocalsound} to") == "we, decided to"
    assert summarize_meeting(1, "").summary == [] and action_items("") == []


def test_a_model_rewrite_is_marked_as_such_and_keeps_the_links():
    prompts = []
    digest = summarize_meeting(7, BODY, DAY)
    fluent = fluent_digest(digest, lambda p: prompts.append(p) or " The team kept a fallback. ",
                           "llama3")
    assert fluent.method == "model:llama3" and fluent.fluent == "The team kept a fallback."
    assert fluent.action_items == digest.action_items
    assert "Tom: remove the duplicate call (by Thursday)" in prompts[0]


def test_risks_are_what_stands_in_the_way_not_a_health_label():
    """A status note's "…: at risk." is its health, not a risk; "Main risk:" and "Blockers:"
    label one, and the label is not part of it; "puts the launch at risk" is one."""
    note = ("Status of Falcon (PRJ-1) on 3 April 2026: at risk.\n"
            "Main risk: the battery fails the drop test. Owner: Ada.\n"
            "Blockers: the vendor has not signed the contract.\n"
            "The strike at the port puts the launch at risk.")
    assert [p.text for p in risks(note)] == [
        "the battery fails the drop test.", "the vendor has not signed the contract.",
        "The strike at the port puts the launch at risk."]
