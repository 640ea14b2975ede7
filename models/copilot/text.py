"""Text handling shared by indexing and search: tokens, a light stemmer, and chunking.

Chunks keep character offsets into the document body, so a citation can open the exact passage
and the benchmark can map a chunk back to the transcript turns it covers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Words that carry no topic in questions ("summarize the discussion about ...") or transcripts.
_QUESTION_WORDS = """summarize summarise discuss discussion discussed discussing did does think
thought meeting team group talk talked talking said say says according opinion why what how whole
mentioned mention um uh yeah okay ok mm hmm hm gonna wanna"""
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ies", "ied", "ers", "er", "ed", "es",
             "ly", "s")
_NOISE = re.compile(r"\{\w+\}")  # transcript annotations such as {vocalsound}


def stem(word: str) -> str:
    """Strip one common English suffix: 'discussing' and 'discussed' meet at 'discuss'."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word  # decide ~ decided


@functools.cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words and the question words above. scikit-learn (about
    1 s with SciPy) loads with the first text handled, not when the app starts."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # noqa: PLC0415

    return frozenset(ENGLISH_STOP_WORDS) | frozenset(_QUESTION_WORDS.split())


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed content words; the analyzer of both the lexical and LSA sides."""
    text = _NOISE.sub(" ", text.lower())
    stop = stop_words()
    return [stem(w) for w in _WORD.findall(text) if len(w) > 1 and w not in stop]


@dataclass(frozen=True)
class Chunk:
    """A passage of a document: ``start``/``end`` are character offsets into the body."""

    index: int
    start: int
    end: int
    text: str


def _units(body: str) -> list[tuple[int, int]]:
    """Line spans (a transcript turn, a paragraph line); very long lines are split at spaces."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", body):
        start, end = match.span()
        while end - start > 4000:
            cut = body.rfind(" ", start, start + 4000)
            cut = cut if cut > start else start + 4000
            spans.append((start, cut))
            start = cut
        if body[start:end].strip():
            spans.append((start, end))
    return spans


def chunk_text(body: str, words: int = 600, overlap: float = 0.75) -> list[Chunk]:
    """Windows of whole lines of about ``words`` words, overlapping by ``overlap``.

    Whole lines keep a speaker with what they said; overlap gives search a finer grid of
    positions, and the ranking later drops hits that overlap a better one.
    """
    body = body or ""
    units = _units(body)
    if not units:
        return []
    lengths = [len(body[s:e].split()) for s, e in units]
    chunks: list[Chunk] = []
    first = 0
    while first < len(units):
        last, count = first, 0
        while last < len(units) and (count < words or last == first):
            count += lengths[last]
            last += 1
        start, end = units[first][0], units[last - 1][1]
        if not chunks or end > chunks[-1].end:  # never a window inside the previous one
            chunks.append(Chunk(len(chunks), start, end, body[start:end]))
        if last >= len(units):
            break
        back, step_back = last, 0
        while back > first + 1 and step_back < overlap * words:
            back -= 1
            step_back += lengths[back]
        first = back
    return chunks


def readable(text: str) -> str:
    """A passage for people: transcript annotations removed, spaces collapsed."""
    return re.sub(r"[ \t]+", " ", _NOISE.sub("", text)).strip()


def snippet(text: str, query: str, width: int = 280, ignore: str = "") -> str:
    """The passage's most relevant stretch: from the line sharing most words with the query
    (words of ``ignore``, such as the project key and title, name the place, not the topic)."""
    wanted = set(tokens(query)) - set(tokens(ignore))
    lines = [line for line in readable(text).split("\n") if line.strip()]
    if not lines:
        return ""
    best = max(range(len(lines)), key=lambda i: (len(wanted & set(tokens(lines[i]))), -i))
    out = " ".join(lines[best:])
    return out if len(out) <= width else out[: width - 1].rstrip() + "…"
