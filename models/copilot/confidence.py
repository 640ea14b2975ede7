"""How sure the copilot is that its plan answers the question asked, and the question it asks
back when it is not.

A plan is only as good as the share of the question it accounts for. After the router has read
a question, every word is either consumed (a project key, a name, a period, a concept of the
lexicon, the words of a name search) or left over. Left-over words are harmless when they are
filler ("please", "right now"), but a left-over word *in the place of a filter* ("in the
Finance portfolio", "owned by Jane Doe", "cobol skills", "Data Platform and Quantum") means the
plan answers a broader question than the one asked: the copilot would state a confident, wrong
number. Typo corrections lower the score by how far the typed word was from what it was read as.

The score runs from 1 (everything understood) down; below ``THRESHOLD`` the plan is replaced by
a clarification whose choices are the nearest known names (clickable, each a rewritten
question) and, last, the broader question without the word, so the user decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from models.copilot import lexicon
from models.copilot.words import Token, english

THRESHOLD = 0.5
FILTER_WORD_PENALTY = 0.6  # one unknown filter word is enough to ask back
RARE_WORD_PENALTY = 0.15  # a rare word not read as anything (a hint, not a reason on its own)
TYPO_WEIGHT = 0.8  # times (1 - similarity) of each corrected typo
# Words a filter follows: "in Finance", "owned by Jane", "with cobol", "Data Platform and Quantum"
FILTER_BEFORE = {"in", "for", "from", "by", "owned", "with", "named", "called", "and", "or",
                 "vs", "versus", "within", "inside", "under",
                 "before", "after", "until", "till", "since", "during"}  # "before the summer"
# Nouns a filter word qualifies: "Zorblat projects", "cobol skills", "QA engineers"
FILTER_AFTER = {"project", "portfolio", "team", "skill", "initiative", "programme", "program",
                "department", "division", "people", "engineer", "developer", "person",
                "member", "owner", "workstream", "squad", "unit"}
# days and months: a period's words, never a filter's name ("on Monday", "in March")
CALENDAR_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december"}
# what a phrase about something else starts with ("for a short gig", "for my onboarding
# notes"), unlike a filter ("for the marketing team", "for marketing")
LOOSE_ARTICLES = {"a", "an", "my", "your", "his", "her", "some", "another"}
ARTICLES = {"the", "a", "an", "our", "my", "their", "its", "all"}
# Words that change what is asked (a measure the tools lack, a negated owner) and must never
# be dropped: "the average progress", "projects nobody owns".
UNSUPPORTED = {"average", "avg", "mean", "median", "ratio", "proportion", "percentage", "trend",
               "variance", "deviation", "velocity", "burndown", "nobody", "noone", "none",
               "never", "except", "excluding", "unless", "without"}
# Words a tool itself takes up ("the average progress": average_projects averages).
TOOL_WORDS = {"average_projects": {"average", "avg", "mean"},
              "average_load": {"average", "avg", "mean"}}
# Plans whose tool reads the question's own words (document search) account for all of them.
READS_WHOLE_QUESTION = {"search_documents", "latest_document", "define"}


@dataclass
class Confidence:
    """The gate's verdict on one plan: ``score`` in [0, 1] and why it is not 1."""

    score: float = 1.0
    filter_words: list[str] = field(default_factory=list)  # unknown words in a filter's place
    rare_words: list[str] = field(default_factory=list)  # rare words read as nothing
    typos: list[tuple[str, str, float]] = field(default_factory=list)  # typed, read as, sim.

    @property
    def confident(self) -> bool:
        return self.score >= THRESHOLD

    def reasons(self) -> str:
        bits = [f"“{w}” looks like a filter but matches nothing" for w in self.filter_words]
        bits += [f"“{w}” was not understood" for w in self.rare_words]
        bits += [f"read “{a}” as “{b}” ({s:.0%} alike)" for a, b, s in self.typos]
        return "; ".join(bits)


def consumed_words(calls: Iterable[tuple[str, dict[str, Any]]]) -> set[str]:
    """Words the plan's tool calls use as free text (a name search reads them)."""
    words: set[str] = set()
    for name, args in calls:
        words |= TOOL_WORDS.get(name, set())
        if args.get("changing"):  # "who rolls off projects and when": the move and its dates
            words |= {"when", "off", "on", "onto", "roll", "rolls", "rolling"}
        if args.get("unassigned"):  # "nobody assigned", "no one on it"
            words |= {"nobody", "noone", "unassigned", "assigned", "owner", "assignee"}
        search = args.get("search")
        if isinstance(search, str):
            words |= set(search.lower().split())
        for about in args.get("about") or []:  # a topic the tool looks for in the minutes
            words |= set(str(about).lower().split())
    return words


def assess(tokens: Sequence[Token], consumed: set[int], calls: Sequence[tuple[str, Any]],
           filler: set[str], text: str = "") -> Confidence:
    """Score how much of the question a plan's calls account for.

    ``consumed`` holds the indexes of tokens read as keys, names, periods or concepts;
    ``filler`` the words that never carry a filter ("please", "currently", "total")."""
    out = Confidence()
    if any(name in READS_WHOLE_QUESTION for name, _ in calls):
        return out
    searched = consumed_words(calls)
    numbers = _numbers_used(calls)
    for i, t in enumerate(tokens):
        if t.is_number and i not in consumed and not _number_used(t.low, numbers) and (
                t.low not in searched):
            out.filter_words.append(t.text)  # "more than 20 items": a bound the plan lacks
            continue
        if t.corrected_from:
            sim = 1.0 if t.low.startswith(t.corrected_from.lower()) else float(  # "infra"
                OSA.normalized_similarity(t.corrected_from.lower(), t.low))  # a short form
            out.typos.append((t.corrected_from, t.low, round(sim, 2)))
        if i in consumed or not t.is_word or len(t.low) < 2 or t.low in searched:
            continue
        if t.low in lexicon.STOP or t.low in filler or t.lemma in filler:
            continue
        if t.low in UNSUPPORTED or _filter_place(tokens, i, consumed) or \
                _topic_label(tokens, i, text):
            out.filter_words.append(t.text)
        elif english(t.low) < 3.0:
            out.rare_words.append(t.text)
    out.score = round(max(0.0, 1.0 - FILTER_WORD_PENALTY * len(out.filter_words)
                          - RARE_WORD_PENALTY * len(out.rare_words)
                          - sum(TYPO_WEIGHT * (1 - s) for _, _, s in out.typos)), 3)
    return out


def _numbers_used(calls: Iterable[tuple[str, dict[str, Any]]]) -> set[float]:
    """Every number in the plan's arguments (k, probability bands, dates' parts)."""
    found: set[float] = set()

    def walk(value: Any) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, (int, float)):
            found.update({float(value), round(float(value) * 100, 6)})
        elif isinstance(value, str):
            found.update(float(n) for n in re.findall(r"\d+", value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for _name, args in calls:
        walk(args)
    return found


def _number_used(text: str, used: set[float]) -> bool:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return True
    return value in used or round(value, 6) in used


def _topic_label(tokens: Sequence[Token], i: int, text: str) -> bool:
    """"Finance: how many late projects": a capitalised first word set off by a colon, comma
    or dash names what the question is about."""
    t = tokens[i]
    if i != 0 or not t.upper_initial or not text:
        return False
    return bool(re.match(r"\s*[:,\-]", text[t.end:]))


@lru_cache(maxsize=1)
def _concept_words() -> list[str]:
    words = {w for w in lexicon.vocabulary() if len(w) >= 4 and w.isalpha()}
    return sorted(words | {w + "s" for w in words})  # "projcts" is one letter from "projects"


@lru_cache(maxsize=4096)
def _near_concept(word: str) -> bool:
    """A word one or two letters from a word of the lexicon ("projcts", "cancell")."""
    if len(word) < 4:
        return False
    found = process.extractOne(word, _concept_words(), scorer=OSA.normalized_similarity,
                               score_cutoff=0.75)
    return found is not None


def _filter_place(tokens: Sequence[Token], i: int, consumed: set[int]) -> bool:
    """Whether a left-over word stands where a filter would: after a filter's preposition,
    before a noun it qualifies, written as a name, or not a word English uses."""
    t = tokens[i]
    if english(t.low) < 2.0 and not t.capitalized and _near_concept(t.low):
        return False  # an uncorrected typo of a question word ("projcts"), not a name
    if t.low in FILTER_BEFORE or t.low in CALENDAR_NAMES:
        return False  # "with under a 40% chance", "joining on Monday": no name goes there
    if t.low in ("days", "weeks") and i and tokens[i - 1].low in ("by", "in"):
        return False  # "the most overdue projects, by days": the unit a ranking is in
    if t.capitalized or english(t.low) < 2.0:
        return True
    if english(t.low) >= 3.0 and _heads_a_name(tokens, i, consumed):
        return False  # "with the role of QA engineer": the name that follows is the filter
    j = i - 1
    while j >= 0 and tokens[j].low in ARTICLES:
        j -= 1
    if j >= 0 and tokens[j].low in FILTER_BEFORE:
        return not (tokens[i - 1].low in LOOSE_ARTICLES and
                    _modifies_a_plain_noun(tokens, i, consumed))
    k = i + 1
    while k < len(tokens) and k not in consumed and tokens[k].is_word and \
            english(tokens[k].low) < 2.0:
        k += 1  # "Zorblat Quux projects"
    return k < len(tokens) and tokens[k].lemma in FILTER_AFTER


def _modifies_a_plain_noun(tokens: Sequence[Token], i: int, consumed: set[int]) -> bool:
    """"for a short gig", "for my onboarding notes": an ordinary word before an ordinary noun
    that nothing reads is part of a phrase about something else, not a filter's name (the
    phrase's last word is judged on its own)."""
    if not tokens[i].is_word or tokens[i].upper_initial or english(tokens[i].low) < 3.0:
        return False
    k = i + 1
    if k >= len(tokens) or k in consumed:
        return False
    nxt = tokens[k]
    return nxt.is_word and not nxt.upper_initial and english(nxt.low) >= 3.0 and \
        nxt.low not in lexicon.STOP and nxt.lemma not in FILTER_AFTER and \
        nxt.low not in FILTER_BEFORE


def _heads_a_name(tokens: Sequence[Token], i: int, consumed: set[int]) -> bool:
    """An ordinary word that a read name completes ("the role of QA engineer", "the holdup on
    Nimbus"): the word says what the name is, the name is the filter."""
    k = i + 1
    if k < len(tokens) and tokens[k].low in ("of", "on", "for", "at", "in"):
        k += 1
        while k < len(tokens) and tokens[k].low in ARTICLES:
            k += 1
        return k in consumed
    return False
