"""Meeting intelligence without a model: summary, decisions, action items and risks of minutes.

Everything is extractive and points back at the passage it came from (a turn number and the
passage id of ``passages.split_passages``), so a manager can check each line against what was
said. Decisions, actions and risks are found by the phrases people use for them ("we decided",
"I'll ... by Friday", "Action: Mei will ...", "the risk is ..."), written-up minutes and spoken
transcripts alike; the summary picks the sentences that share most salient words with the
meeting, spread over its course. ``fluent_digest`` can rewrite a digest with a language model;
its output is marked as model-written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from models.copilot.passages import Span, passage_id, speaker, split_passages
from models.copilot.text import tokens

POSITION_DISCOUNT = 0.6
_FILLERS = re.compile(r"\{\w+\}|\b(?:um+|uh+|erm|hmm+|mm-hmm|uh-huh|mm)\b[ ,.]*", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])")

_DECISION = re.compile(
    r"^\s*decision\s*:|\b(?:we|team|group|they|it was|we've|we have)\b[^.?!]{0,40}?\b(?:decided|"
    r"agreed|settled on|chose|chosen|opted|concluded)\b|\bdecision (?:is|was) (?:to|that)\b|"
    r"\blet'?s go (?:with|for)\b|\bwe(?:'ll| will| are going to|'re going to|'re gonna) go "
    r"(?:with|for)\b|\b(?:final|the) decision\b|\bso we(?:'ll| will) (?:use|have|keep|drop)\b|"
    r"\bwe (?:will|'ll) stick with\b", re.I)
_ACTION_LABEL = re.compile(r"^\s*(?:action(?: item)?|todo|to do|follow[- ]up)\s*:\s*", re.I)
_ACTION = re.compile(
    r"\b(?P<who>I|we|you|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'ll| will| shall| is going to| am "
    r"going to|'m going to|'re going to| are going to| needs? to| has to| have to)\s+"
    r"(?P<what>(?!be\b|have a\b|see\b|get back to you\b|probably\b|just\b|not\b|never\b)"
    r"[a-z][^.?!]{6,})", re.I)
_ASK = re.compile(r"^(?:(?P<who>[A-Z][a-z]+),?\s+)?(?:can|could) you (?:please )?"
                  r"(?P<what>[^?]{6,})\?", re.I)
_RISK = re.compile(
    r"^\s*(?:(?:main|key|top) )?(?:risks?|blockers?)\s*:|"
    r"\bput(?:s|ting)?\b[^.?!]{1,40}\bat risk\b|"  # not a note's "…: at risk." (its health)
    r"\b(?:(?<!\bat )risk|risky|concern(?:ed)?|worr(?:y|ied)|blockers?|blocked|"
    r"bottleneck|danger|delay(?:ed)?|slip(?:s|ping)?|behind schedule|over budget|might not|"
    r"may not|won't make|can't make|problem is|issue is|trouble)\b", re.I)
_DUE = re.compile(
    r"\b(?:by|before|until|on|due|no later than)\s+(?P<when>(?:the )?(?:end of (?:the |this |"
    r"next )?(?:day|week|month|sprint|quarter))|tomorrow|tonight|today|next (?:week|month|"
    r"meeting|sprint)|(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*(?: \d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* "
    r"\d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{4}-\d{2}-\d{2}|the \d{1,2}(?:st|nd|rd|th))", re.I)
_LABELS = frozenset({"decision", "decisions", "risk", "risks", "main risk", "main risks",
                     "key risk", "key risks", "top risk", "top risks", "blocker", "blockers",
                     "action", "actions", "action item", "action items", "todo", "to do",
                     "follow-up", "follow up", "note", "notes",
                     "attendees", "progress", "goal", "agenda", "open question", "summary"})
_VAGUE_WHAT = re.compile(r"^(?:do (?:it|that|this)|try|think|talk|say|see|go|come|look)\b", re.I)


@dataclass(frozen=True)
class Point:
    """One extracted line and where it was said."""

    text: str
    turn: int
    passage_id: str
    speaker: str | None = None


@dataclass(frozen=True)
class ActionItem:
    who: str | None
    what: str
    due: dt.date | None
    due_text: str | None
    turn: int
    passage_id: str
    text: str

    def open_on(self, day: dt.date) -> bool:
        """Not past its stated date on ``day`` (undated ones stay open: minutes do not record
        what was done)."""
        return self.due is None or self.due >= day


@dataclass
class MeetingDigest:
    doc_id: int
    summary: list[Point] = field(default_factory=list)
    decisions: list[Point] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    risks: list[Point] = field(default_factory=list)
    method: str = "extractive"  # or "model:<name>" for a model-written version
    fluent: str | None = None  # the model's prose, when one wrote it

    def to_dict(self) -> dict[str, Any]:
        def point(p: Point) -> dict[str, Any]:
            return {"text": p.text, "turn": p.turn, "passage_id": p.passage_id,
                    "speaker": p.speaker}
        return {"doc_id": self.doc_id, "method": self.method, "fluent": self.fluent,
                "summary": [point(p) for p in self.summary],
                "decisions": [point(p) for p in self.decisions],
                "risks": [point(p) for p in self.risks],
                "action_items": [{"who": a.who, "what": a.what,
                                  "due": a.due.isoformat() if a.due else None,
                                  "due_text": a.due_text, "turn": a.turn,
                                  "passage_id": a.passage_id, "text": a.text}
                                 for a in self.action_items]}


@dataclass(frozen=True)
class _Sentence:
    text: str
    turn: int
    speaker: str | None
    position: int


def clean(text: str) -> str:
    """Fillers and transcript annotations out, spaces tidied (``we , uh , decided`` -> ...)."""
    text = _FILLERS.sub("", text)
    text = re.sub(r"\s+([,.?!])", r"\1", text)
    text = re.sub(r"([,.?!])(?:\s*[,.])+", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" ,")


def _sentences(body: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    turn = 0
    for line in body.split("\n"):
        if not line.strip():
            continue
        who = speaker(line)
        if who and who.lower() in _LABELS:  # "Decision: ..." is a label, not a person
            who = None
        said = line.split(":", 1)[1] if who else line
        for part in _SENTENCE.split(clean(said)):
            if part.strip():
                out.append(_Sentence(part.strip(), turn, who, len(out)))
        turn += 1
    return out


def _passage_of(spans: list[Span], doc_id: int) -> Callable[[int], str]:
    turns = [(s.first_turn, s.last_turn, s.index) for s in spans]

    def find(turn: int) -> str:
        for first, last, index in turns:
            if first <= turn <= last:
                return passage_id(doc_id, index)
        return passage_id(doc_id, turns[-1][2] if turns else 0)
    return find


def _due(text: str, day: dt.date | None) -> tuple[dt.date | None, str | None]:
    match = _DUE.search(text)
    if not match:
        return None, None
    phrase = match.group("when")
    if day is None:
        return None, phrase
    lowered = phrase.lower()
    if "end of" in lowered:
        if "week" in lowered or "sprint" in lowered:
            base = day + dt.timedelta(days=7 if "next" in lowered else 0)
            return base + dt.timedelta(days=(4 - base.weekday()) % 7), phrase
        if "month" in lowered:
            month = day.month + (1 if "next" in lowered else 0)
            year = day.year + (month - 1) // 12
            month = (month - 1) % 12 + 1
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1), phrase
        return day, phrase
    if lowered in ("today", "tonight"):
        return day, phrase
    if lowered == "next meeting":
        return None, phrase
    import dateparser  # imported lazily: it takes a moment and only action items need it

    base = day
    if re.match(r"next \w+day", lowered):  # "next Tuesday": the Tuesday of next week
        base = day + dt.timedelta(days=7 - day.weekday() - 1)
    parsed = dateparser.parse(re.sub(r"^(?:next|this) (?=\w+day)", "", phrase), settings={
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()), "PREFER_DATES_FROM": "future"})
    return (parsed.date() if parsed else None), phrase


def _trim(what: str) -> str:
    match = _DUE.search(what)
    what = what[:match.start()] if match else what
    what = re.split(r"\s+(?:by|before|until|no later than)\s+", what)[0]
    what = re.sub(r"\b(?:okay|alright|right|so|and|then)\s*$", "", what.strip(" ,;"), flags=re.I)
    return what.strip(" ,;")


def _who(raw: str, said_by: str | None, addressed: str | None) -> str | None:
    lowered = raw.lower()
    if lowered == "i":
        return said_by
    if lowered == "you":
        return addressed
    if lowered == "we":
        return "team"
    return raw


def action_items(body: str, doc_id: int = 0, day: dt.date | None = None) -> list[ActionItem]:
    """Commitments: labelled ``Action:`` lines, "I'll ... by Friday", "Mei will ...",
    "Tom, can you ...?". ``who`` is a person's name (or speaker label), "team" for "we"."""
    spans = split_passages(body)
    where = _passage_of(spans, doc_id)
    people = {s.speaker for s in _sentences(body) if s.speaker}
    items: list[ActionItem] = []
    sentences = _sentences(body)
    for i, s in enumerate(sentences):
        text = _ACTION_LABEL.sub("", s.text)
        labelled = text != s.text
        prev_speaker = next((sentences[j].speaker for j in range(i - 1, -1, -1)
                             if sentences[j].speaker != s.speaker), None)
        found = None
        ask = _ASK.search(text)
        if ask:
            who = ask.group("who")
            who = who if who and (who in people or who.istitle()) else prev_speaker
            found = (who, ask.group("what"))
        else:
            match = _ACTION.search(text)
            if match and (labelled or _DUE.search(text) or match.group("who").lower() != "we"):
                who = _who(match.group("who"), s.speaker, prev_speaker)
                if who and who.lower() in ("it", "that", "this", "there", "they", "he", "she"):
                    who = None
                found = (who, match.group("what"))
        if not found:
            continue
        who, what = found
        what = _trim(what)
        if (not labelled and (not _DUE.search(text) and _VAGUE_WHAT.match(what)
                              or len(what.split()) < 3)):
            continue
        due, due_text = _due(text, day)
        items.append(ActionItem(who, what, due, due_text, s.turn, where(s.turn), s.text))
    return items


def _matching(body: str, doc_id: int, pattern: re.Pattern[str], limit: int) -> list[Point]:
    where = _passage_of(split_passages(body), doc_id)
    out: list[Point] = []
    for s in _sentences(body):
        if len(s.text.split()) >= 4 and pattern.search(s.text) and "?" not in s.text:
            text = re.sub(r"^\s*(?:decision|(?:main |key |top )?risks?|blockers?)\s*:\s*", "",
                          s.text, flags=re.I)
            out.append(Point(text, s.turn, where(s.turn), s.speaker))
    return out[:limit]


def decisions(body: str, doc_id: int = 0, limit: int = 10) -> list[Point]:
    return _matching(body, doc_id, _DECISION, limit)


def risks(body: str, doc_id: int = 0, limit: int = 10) -> list[Point]:
    return _matching(body, doc_id, _RISK, limit)


def summary(body: str, doc_id: int = 0, words: int = 120) -> list[Point]:
    """About ``words`` words of the meeting's most central sentences, in the order said.

    A sentence scores its TF-IDF cosine with the whole meeting (what the meeting is about),
    discounted by up to 60% the later it comes (openings state the purpose, agendas, and
    decisions are recapped). Chosen on QMSum's train split against the lead-N baseline and
    spreading picks evenly over the meeting (``benchmarks/meeting_summaries.py``).
    """
    sentences = [s for s in _sentences(body) if 8 <= len(s.text.split()) <= 60]
    if not sentences:
        sentences = [s for s in _sentences(body) if s.text]
    if not sentences:
        return []
    # scikit-learn (with SciPy and pandas, about 1 s) loads with the first summary, not when
    # the app starts (issue 17: first 200 under 2 s)
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415

    vectorizer = TfidfVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None,
                                 sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform([s.text for s in sentences])
    except ValueError:  # no content word at all
        return []
    centre = np.asarray(matrix.mean(axis=0)).ravel()
    centre /= max(float(np.linalg.norm(centre)), 1e-12)
    position = np.arange(len(sentences)) / len(sentences)
    score = (matrix @ centre) * (1 - POSITION_DISCOUNT * position)
    chosen, count = [], 0
    for i in np.argsort(-score, kind="stable"):
        if count >= words:
            break
        chosen.append(int(i))
        count += len(sentences[i].text.split())
    where = _passage_of(split_passages(body), doc_id)
    return [Point(sentences[i].text, sentences[i].turn, where(sentences[i].turn),
                  sentences[i].speaker) for i in sorted(chosen)]


def lead_summary(body: str, words: int = 120) -> str:
    """The baseline a summary must beat: the meeting's first ``words`` words, cleaned."""
    text = " ".join(s.text for s in _sentences(body))
    return " ".join(text.split()[:words])


def summarize_meeting(doc_id: int, body: str, day: dt.date | None = None,
                      words: int = 120) -> MeetingDigest:
    """The digest of one meeting's minutes, every line linked to its passage."""
    return MeetingDigest(doc_id, summary(body, doc_id, words), decisions(body, doc_id),
                         action_items(body, doc_id, day), risks(body, doc_id))


def fluent_digest(digest: MeetingDigest, chat: Callable[[str], str], model: str) -> MeetingDigest:
    """The same digest with prose written by a model from the extracted lines only.

    ``chat`` takes a prompt and returns text (the app passes its Ollama client). The extracted
    lines and their passage links stay; ``method`` says which model wrote the prose.
    """
    lines = ["Summary:"] + [f"- {p.text}" for p in digest.summary]
    lines += ["Decisions:"] + [f"- {p.text}" for p in digest.decisions]
    lines += ["Action items:"] + [f"- {a.who or 'someone'}: {a.what}"
                                  + (f" (by {a.due_text})" if a.due_text else "")
                                  for a in digest.action_items]
    lines += ["Risks:"] + [f"- {p.text}" for p in digest.risks]
    prompt = ("Rewrite these notes from a meeting as a short, clear summary for a manager. "
              "Use only facts stated below; do not add any.\n\n" + "\n".join(lines))
    out = MeetingDigest(digest.doc_id, digest.summary, digest.decisions, digest.action_items,
                        digest.risks, method=f"model:{model}", fluent=chat(prompt).strip())
    return out
