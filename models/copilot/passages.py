"""Passages: a document cut into reading-sized pieces of whole turns, each with a stable id.

A passage is what a citation points at and what a document view highlights: a few consecutive
turns of a meeting (or lines of a note), about ``target`` words and never more than ``limit``.
Turns are the document's non-empty lines, numbered from 0; a turn longer than ``limit`` is cut at
sentence ends into parts that keep its turn number. Passages do not overlap, so the same ids serve
search, citations and the document view (``d{doc}-p{n}``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TARGET_WORDS = 120
LIMIT_WORDS = 250
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SPEAKER = re.compile(r"^\s*([^:\n]{1,40}):\s")


@dataclass(frozen=True)
class Unit:
    """A turn or part of one: character offsets into the body and its turn number."""

    turn: int
    start: int
    end: int
    words: int


@dataclass(frozen=True)
class Span:
    """A passage of a document body: offsets, the turns it covers (inclusive) and its words."""

    index: int
    start: int
    end: int
    first_turn: int
    last_turn: int
    words: int
    text: str

    def passage_id(self, doc_id: int) -> str:
        return passage_id(doc_id, self.index)


def passage_id(doc_id: int, index: int) -> str:
    return f"d{doc_id}-p{index}"


def parse_passage_id(value: str) -> tuple[int, int] | None:
    """``d12-p3`` -> (12, 3); anything else (hostile input included) -> ``None``."""
    match = re.fullmatch(r"d(\d{1,12})-p(\d{1,6})", value.strip()) if value else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def speaker(line: str) -> str | None:
    """The speaker of a transcript turn (``Name: what they said``), if the line has one."""
    match = _SPEAKER.match(line)
    return match.group(1).strip() if match else None


def _split_long(body: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut ``body[start:end]`` at sentence ends (or spaces) into pieces of at most ``limit``."""
    pieces: list[tuple[int, int]] = []
    cuts = [start] + [start + m.end() for m in _SENTENCE_END.finditer(body[start:end])] + [end]
    piece_start, words = start, 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        n = len(body[a:b].split())
        if words and words + n > limit:
            pieces.append((piece_start, a))
            piece_start, words = a, 0
        words += n
    pieces.append((piece_start, end))
    out: list[tuple[int, int]] = []
    for a, b in pieces:  # a sentence longer than the limit: cut at spaces
        tokens = list(re.finditer(r"\S+", body[a:b]))
        for i in range(0, len(tokens), limit):
            part = tokens[i:i + limit]
            out.append((a + part[0].start(), a + part[-1].end()))
    return out


def units(body: str, limit: int = LIMIT_WORDS) -> list[Unit]:
    """The body's turns (non-empty lines), long ones cut into parts of at most ``limit`` words."""
    out: list[Unit] = []
    turn = 0
    for match in re.finditer(r"[^\n]+", body):
        start, end = match.span()
        text = body[start:end]
        if not text.strip():
            continue
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        words = len(body[start:end].split())
        if words <= limit:
            out.append(Unit(turn, start, end, words))
        else:
            out += [Unit(turn, a, b, len(body[a:b].split()))
                    for a, b in _split_long(body, start, end, limit)]
        turn += 1
    return out


def split_passages(body: str, target: int = TARGET_WORDS, limit: int = LIMIT_WORDS
                   ) -> list[Span]:
    """Consecutive whole turns grouped until ``target`` words (never past ``limit``).

    A short tail joins the passage before it when both fit within ``limit`` words.
    """
    body = body or ""
    target = max(1, min(target, limit))
    groups: list[list[Unit]] = []
    current: list[Unit] = []
    count = 0
    for unit in units(body, limit):
        if current and (count >= target or count + unit.words > limit):
            groups.append(current)
            current, count = [], 0
        current.append(unit)
        count += unit.words
    if current:
        if groups and count < target / 2 and sum(u.words for u in groups[-1]) + count <= limit:
            groups[-1] += current
        else:
            groups.append(current)
    spans = []
    for i, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        spans.append(Span(i, start, end, group[0].turn, group[-1].turn,
                          sum(u.words for u in group), body[start:end]))
    return spans
