"""What a document view and the copilot's meeting questions read: a document split into its
passages (the same ids the index and citations use) and the digests of meetings.

``open_document`` gives the full text with passage ids and turn ranges, so a page can show the
whole document and highlight and scroll to ``?passage=d12-p3``. ``project_digests`` and
``commitments`` answer "what was decided / what are the open actions for PRJ-1 / what did Mei
commit to" without a model; ``raised_risks`` what a project's latest minutes and status notes
say stands in its way.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from data import document_queries as dq
from data.scope import Scope
from models.copilot.meetings import (
    ActionItem,
    MeetingDigest,
    Point,
    action_items,
    risks,
    summarize_meeting,
)
from models.copilot.passages import (
    LIMIT_WORDS,
    TARGET_WORDS,
    parse_passage_id,
    passage_id,
    split_passages,
)
from models.copilot.text import tokens

MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class PassageView:
    id: str
    index: int
    start: int  # character offsets into the body
    end: int
    first_turn: int  # turn numbers (non-empty lines, from 0), inclusive
    last_turn: int
    words: int
    text: str


@dataclass(frozen=True)
class OpenDocument:
    document: dq.DocumentView
    passages: list[PassageView]
    digest: MeetingDigest | None  # meeting minutes only
    focus: str | None = None  # the passage asked for, when it exists in this document

    def passage(self, pid: str) -> PassageView | None:
        return next((p for p in self.passages if p.id == pid), None)


def passages_of(doc_id: int, body: str) -> list[PassageView]:
    return [PassageView(passage_id(doc_id, s.index), s.index, s.start, s.end, s.first_turn,
                        s.last_turn, s.words, s.text)
            for s in split_passages(body, TARGET_WORDS, LIMIT_WORDS)]


def open_document(session: Session, scope: Scope, doc_id: int, passage: str | None = None,
                  with_digest: bool = True) -> OpenDocument | None:
    """A document the viewer may see, split into passages; ``None`` when absent or out of scope.

    ``passage`` (from a citation's ``?passage=``) is parsed here: it becomes ``focus`` only when
    it names a passage of this very document, anything else is ignored.
    """
    view = dq.document_view(session, scope, doc_id)
    if view is None:
        return None
    passages = passages_of(view.id, view.body)
    focus = None
    parsed = parse_passage_id(passage) if passage else None
    if parsed and parsed[0] == view.id and any(p.index == parsed[1] for p in passages):
        focus = passage_id(*parsed)
    digest = None
    if with_digest and view.kind == "meeting_minutes":
        digest = summarize_meeting(view.id, view.body, view.created_at.date())
    return OpenDocument(view, passages, digest, focus)


def query_terms(query: str | None) -> frozenset[str]:
    """The content words of a search in this document, as the index stems them (bounded)."""
    return frozenset(tokens((query or "")[:MAX_QUERY_CHARS]))


def word_matches(word: str, terms: frozenset[str]) -> bool:
    """Whether one word of the text is one of the searched ``terms`` (same stemming)."""
    return bool(terms) and bool(terms.intersection(tokens(word)))


def find_passages(passages: list[PassageView], query: str | None, limit: int = 5) -> list[str]:
    """The passages of one document that match a search best, best first (ids).

    TF-IDF within the document: a word found in every passage (the project's name) counts less
    than one found in a few; a passage with none of the words is never returned.
    """
    terms = query_terms(query)
    if not terms or not passages:
        return []
    counts = [Counter(t for t in tokens(p.text) if t in terms) for p in passages]
    spread = Counter(t for c in counts for t in c)
    n = len(passages)
    scored = []
    for p, c in zip(passages, counts, strict=True):
        score = sum((1 + math.log(k)) * math.log(1 + n / spread[t]) for t, k in c.items())
        if score > 0:
            scored.append((-score, p.index, p.id))
    return [pid for _s, _i, pid in sorted(scored)[:max(1, limit)]]


@dataclass(frozen=True)
class MeetingDigestRow:
    doc_id: int
    project_key: str
    title: str
    date: dt.date
    digest: MeetingDigest


def project_digests(session: Session, scope: Scope, project_key: str, limit: int = 5,
                    exact: bool = False) -> list[MeetingDigestRow]:
    """Digests of a visible project's latest meetings, newest first (one query; ``exact``:
    the key as stored, see ``project_meetings``)."""
    return [MeetingDigestRow(m.id, m.project_key, m.title, m.created_at.date(),
                             summarize_meeting(m.id, m.body, m.created_at.date()))
            for m in dq.project_meetings(session, scope, project_key, limit, exact)]


@dataclass(frozen=True)
class Commitment:
    project_key: str
    doc_id: int
    title: str
    date: dt.date
    item: ActionItem


def commitments(session: Session, scope: Scope, project_key: str | None,
                person: str | None = None, today: dt.date | None = None,
                limit: int = 5) -> list[Commitment]:
    """Action items of a project's latest meetings (``person``'s only, when given; without a
    project, of the latest meetings that name the person); with ``today``, only those not yet
    past their stated date (undated ones stay). Newest meeting first."""
    if project_key:
        meetings = dq.project_meetings(session, scope, project_key, limit)
    elif person:
        meetings = dq.meetings_naming(session, scope, person, limit)
    else:
        return []
    out = []
    for m in meetings:  # the action items only, not the whole digest of each meeting
        for item in action_items(m.body, m.id, m.created_at.date()):
            if person and not _same_person(item.who, person):
                continue
            if today is not None and not item.open_on(today):
                continue
            out.append(Commitment(m.project_key, m.id, m.title, m.created_at.date(), item))
    return out


RISK_DOCUMENTS = 4  # a project's latest minutes and status notes read for its risks: about a month
RISK_KINDS = ("meeting_minutes", "status_note")


@dataclass(frozen=True)
class RaisedRisk:
    project_key: str
    doc_id: int
    title: str
    kind: str
    date: dt.date
    point: Point


def raised_risks(session: Session, scope: Scope, project_key: str, limit: int = 3
                 ) -> list[RaisedRisk]:
    """The risks raised in a visible project's latest minutes and status notes (the newest
    ``RISK_DOCUMENTS`` of them), newest first, each risk once (at its newest mention)."""
    docs = dq.latest_documents(session, scope, project_key, None, RISK_DOCUMENTS,
                               kinds=RISK_KINDS)
    out: list[RaisedRisk] = []
    seen: set[str] = set()
    for doc in docs:
        for point in risks(doc.body, doc.id):
            same = " ".join(tokens(point.text.split(";")[0]))  # "X; Ada follows up" is X
            if same and same not in seen:
                seen.add(same)
                out.append(RaisedRisk(doc.project_key, doc.id, doc.title, doc.kind,
                                      doc.created_at.date(), point))
    return out[:limit]


def _same_person(who: str | None, person: str) -> bool:
    """"Mei Walsh" is "Mei Walsh" or, as minutes often say, "Mei" (and "Mei" asked is either);
    not "Mei Chen"."""
    said, asked = (who or "").lower().split(), person.lower().split()
    short = min(len(said), len(asked))
    return short > 0 and said[:short] == asked[:short]
