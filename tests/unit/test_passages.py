"""Passages: whole turns, reading-sized, tiling the document, ids safe from hostile input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.copilot.passages import parse_passage_id, speaker, split_passages, units


def test_turns_group_into_passages_of_at_most_the_limit():
    body = "\n".join(f"P{i % 4}: " + "word " * (15 + 7 * (i % 5)) for i in range(40))
    spans = split_passages(body, target=120, limit=250)
    assert all(s.words <= 250 for s in spans) and all(s.words >= 60 for s in spans[:-1])
    assert [s.first_turn for s in spans][0] == 0 and spans[-1].last_turn == 39
    for a, b in zip(spans, spans[1:], strict=False):
        assert b.first_turn == a.last_turn + 1 and b.start > a.end
    assert all(body[s.start:s.end] == s.text for s in spans)


def test_a_monologue_is_cut_at_sentence_ends_and_keeps_its_turn_number():
    long_turn = "Ann: " + " ".join(f"Sentence number {i} is here." for i in range(120))
    body = "Bo: hi.\n" + long_turn + "\nBo: bye."
    parts = units(body, limit=100)
    assert [u.turn for u in parts][:1] == [0] and {u.turn for u in parts[1:-1]} == {1}
    assert all(u.words <= 100 for u in parts)
    assert all(body[u.start:u.end].endswith(".") for u in parts)
    spans = split_passages(body, 80, 100)
    assert all(s.words <= 100 for s in spans)
    assert split_passages("") == [] and split_passages("\n \n") == []
    assert split_passages("one " * 600, 100, 250)[0].words == 250  # no sentence end at all


def test_passage_ids_and_speakers():
    assert parse_passage_id("d12-p3") == (12, 3)
    for bad in ("", "d12", "d-1-p2", "d12-p3; DROP TABLE", "x" * 500, "d1-p1\n"):
        assert parse_passage_id(bad) is None or bad.strip() == "d1-p1"
    assert speaker("Project Manager: okay") == "Project Manager"
    assert speaker("no speaker here") is None and speaker("http://x.org: y") is None


@given(st.lists(st.text(alphabet="ab .\n", max_size=80), max_size=30),
       st.integers(1, 300), st.integers(1, 300))
def test_passages_always_tile_every_word(lines, target, limit):
    body = "\n".join(lines)
    spans = split_passages(body, target, limit)
    covered = " ".join(s.text for s in spans).split()
    assert covered == body.split()
    assert all(s.words <= max(limit, 1) for s in spans)


def test_questions_name_dates_and_people():
    import datetime as dt

    from models.copilot.query import understand

    today = dt.date(2026, 5, 13)  # a Wednesday
    hint = understand("What did Mei decide last week about the charger?", today, ["Mei", "Tom"])
    assert (hint.since, hint.until) == (dt.date(2026, 5, 4), dt.date(2026, 5, 10))
    assert hint.speakers == ["Mei"] and hint.text == "What did Mei decide about the charger?"
    assert understand("minutes of 4 May", today).since == dt.date(2026, 5, 4)
    assert understand("what happened on June 2nd", today).since == dt.date(2025, 6, 2)
    assert understand("decisions in March 2026", today).until == dt.date(2026, 3, 31)
    assert understand("notes from 2026-05-04", today).until == dt.date(2026, 5, 4)
    assert understand("yesterday's risks", today).since == dt.date(2026, 5, 12)
    assert understand("last month", today).since == dt.date(2026, 4, 1)
    assert understand("last 10 days", today).since == dt.date(2026, 5, 3)
    assert understand("on 31 February", today).since is None
    assert understand("may we ship?", today).since is None  # "may" alone is not a date
