"""From a question to a typed plan: the words are read (``words``), typos corrected and names
resolved against the database (``resolve``), periods read (``periods``), the domain's concepts
found (``lexicon``), and the reading becomes a subject, filters, a measure and the tool calls that
answer it (``plan``).

Nothing is guessed silently: a name that fits several things, or a word in the place of a filter
that matches nothing, makes a clarification with the choices; a question about what the data
does not hold (budgets, salaries, leave...) makes a refusal that says what can be answered.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz.distance import Levenshtein

from data.filters import PRIORITY_LABELS, STATUS_LABELS
from data.metrics import CLOSED_CODES, OPEN_CODES
from data.schema import STATUSES
from models.copilot import (
    about_model,
    broad,
    confidence,
    followup,
    glossary,
    lexicon,
    mentions,
    parts,
    periods,
)
from models.copilot.gloss import gloss
from models.copilot.lexicon import Hit
from models.copilot.periods import Period, add_months
from models.copilot.plan import Call, Plan, describe_filters
from models.copilot.resolve import Mention, Vocabulary
from models.copilot.text import stop_words
from models.copilot.words import (
    KEY_STRICT,
    LANGUAGE_NAMES,
    THROUGHPUT_WORDS,
    VELOCITY_WORDS,
    Token,
    english,
    language,
    lemma,
    normalize,
    tokenize,
)
from models.evidence import TRUST_MEANING

CAN_ANSWER = ("I can answer questions about projects (counts, lists, rankings and comparisons by "
              "status, health, priority, portfolio, owner and dates), forecasts (chance of "
              "finishing on time, expected finish dates), people (who works on what, load, "
              "over-allocation, who is free, skills), what changed over a period, why a project "
              "is late or at risk, and what project documents say.")
DIMENSIONS = {"portfolio": "portfolio", "team": "portfolio", "department": "portfolio",
              "area": "portfolio", "division": "portfolio", "owner": "owner",
              "manager": "owner", "lead": "owner", "pm": "owner", "status": "status",
              "state": "status", "stage": "status", "priority": "priority",
              "health": "health", "rag": "health"}
FILTER_PREPOSITIONS = {"in", "for", "of", "by", "from", "at", "owned", "with", "named", "called"}
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "a dozen": 12, "dozen": 12}
KIND_OF_DOC = {"meeting": "meeting_minutes", "note": "status_note", "spec": "spec"}


@dataclass
class Reading:
    """Everything found in one question, before deciding what it asks."""

    question: str
    tokens: list[Token]
    today: dt.date
    page_key: str | None
    original: str = ""  # as asked (the choices of a clarification rewrite it)
    keys: list[str] = field(default_factory=list)
    unknown_keys: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    language: str = "en"
    used: set[int] = field(default_factory=set)  # tokens read as keys, names or periods
    notes: list[str] = field(default_factory=list)  # readings the interpretation must state
    portfolios: list[str] = field(default_factory=list)  # every portfolio the viewer sees
    planned_end: str = ""  # "started this month" read up to today; the period's own end
    vocab: Vocabulary | None = None  # the names it was read with

    @property
    def corrected(self) -> str:
        """The question with its typos corrected (what a document search should look for)."""
        return self.corrected_with_spans()[0]

    def corrected_with_spans(self) -> tuple[str, list[tuple[int, int]]]:
        """The corrected question and where each token stands in it."""
        out, last, spans = "", 0, []
        for t in self.tokens:  # offsets are the typed question's, corrected or not
            out += self.question[last:t.start]
            word = t.low if t.corrected_from else self.question[t.start:t.end]
            spans.append((len(out), len(out) + len(word)))
            out += word
            last = t.end
        return out + self.question[last:], spans

    # -- concepts ---------------------------------------------------------------------------
    def has(self, *concepts: str) -> bool:
        return any(h.concept in concepts for h in self.hits)

    def family(self, family: str) -> list[Hit]:
        return [h for h in self.hits if h.family == family]

    def values(self, family: str, exact: bool = False) -> list[str]:
        return list(dict.fromkeys(h.value for h in self.family(family) if h.exact or not exact))

    def first(self, *concepts: str) -> Hit | None:
        found = [h for h in self.hits if h.concept in concepts]
        return min(found, key=lambda h: h.start) if found else None

    def negated(self, hit: Hit) -> bool:
        """A negation in the three words before a concept ("not done", "aren't late yet"), or
        an exclusion a little further back with no other filter between ("ignore the ones that
        are already late", "excluding anything on hold")."""
        listed = [h for h in self.hits if h.family == hit.family]  # "finished, paused, not
        enumerated = len(listed) >= 3 and self.question[  # started and cancelled": in a list
            self.tokens[listed[0].start].start:self.tokens[listed[-1].start].start].count(",") >= 2
        inside = {i for h in listed if h is not hit  # of three, "not" belongs to its status;
                  for i in range(h.start, h.end)} if enumerated else set()  # "not done or
        # cancelled" leaves both out
        before = {self.tokens[i].lemma for i in range(max(0, hit.start - 3), hit.start)
                  if i not in inside}
        if before & {"not", "no", "never", "without", "neither"}:
            return True
        at = self.tokens[hit.start].start
        opened = self.question.rfind("(", 0, at)
        if opened > self.question.rfind(")", 0, at) and re.match(  # "(not the ones already
                r"\(\s*(?:(?:not|no) (?:the|those|any)|excluding|except|without|ignoring)\b",
                self.question[opened:], re.IGNORECASE):  # overdue)": the bracket leaves them
            return True  # out; not "proposed (not kicked off yet)", which says what it means
        after = " ".join(t.low for t in self.tokens[hit.end:hit.end + 6])
        if LEFT_OUT_AFTER.match(after):  # "cancelled ones shouldn't be in there"
            return True
        for i in range(hit.start - 1, max(-1, hit.start - 7), -1):
            if i and (self.tokens[i - 1].low, self.tokens[i].low) in EXCLUDING_PAIRS - {
                    ("not", "in"), ("not", "for"), ("not", "by"), ("not", "owned")} and not any(
                    h.start > i and h.start < hit.start and h.family in NEGATABLE
                    for h in self.hits):
                return True  # "other than the one that's on hold"
            for h in self.hits:
                if h.start == i and h.family in NEGATABLE and h is not hit:
                    joined = {t.low for t in self.tokens[h.end:hit.start]} <= {"or", "and",
                                                                               "nor", ",", "/"}
                    # "not counting the planned or paused ones": both are left out
                    return joined and h.end < hit.start and h.family == hit.family and \
                        self.negated(h)
            if self.tokens[i].low in EXCLUDING_WORDS:
                return True
        return False

    def excluded(self, m: Mention) -> bool:
        """A name the question leaves out: "except Devices", "other than the ones in Data
        Platform", "all but Payments" (not "late but not Devices": rare, and read as asked)."""
        before = [t.low for t in self.tokens[max(0, m.start - 5):m.start]]
        pairs = set(zip(before, before[1:], strict=False))
        if _NOT_THE_ONES_IN.search(self.question[:self.tokens[m.start].start]):
            return True  # "late projects, not the late ones in Devices" (read as Devices')
        if not (set(before) & EXCLUDING or pairs & EXCLUDING_PAIRS):
            return False
        return "but" not in before or any(w in before for w in ("all", "every", "everything"))

    # -- names ------------------------------------------------------------------------------
    def named(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]

    def names(self, kind: str) -> list[str]:
        return list(dict.fromkeys(c for m in self.named(kind) if not m.ambiguous
                                  for c in m.candidates))

    @property
    def projects(self) -> list[str]:
        """Project keys named (explicitly or by an unambiguous name). Beside a project named
        in full, a part of another's name typed in lower case is a topic ("the card processor
        switch on Iris refund automation"), not a second project."""
        found = list(self.keys)
        for m in self.named("project", "project_part"):
            if not m.ambiguous and not self.topic_part(m):
                found.append(m.candidates[0])
        return list(dict.fromkeys(found))

    def topic_part(self, m: Mention) -> bool:
        """A part of a project's name typed in lower case beside a project named in full (by
        its key or its whole name): a topic of the question, not a second project."""
        return m.kind == "project_part" and not self.tokens[m.start].text[:1].isupper() and (
            bool(self.keys) or any(not n.ambiguous for n in self.named("project")))

    @property
    def people(self) -> list[str]:
        found = self.names("person")
        for m in self.named("first_name", "last_name"):
            if not m.ambiguous:
                found.append(m.candidates[0])
        return list(dict.fromkeys(found))

    def words(self) -> set[str]:
        return {t.lemma for t in self.tokens} | {t.low for t in self.tokens}


# --- reading -------------------------------------------------------------------------------


# RAG colours named together ("how many green, amber and red?"), or RAG alone ("RAG for
# Payments"): the healths the dashboard draws in those colours, compared
_RAG_SPLIT = re.compile(r"\b(green|amber|red)\b", re.IGNORECASE)
_RAG_ALONE = re.compile(r"\b(?:the )?rag(?: status(?:es)?| split| breakdown| mix)?\b(?! status)",
                        re.IGNORECASE)


def _rag_words(text: str) -> str:
    """Colours said together become the healths' words, and "RAG" the health of each."""
    colours = {m.lower() for m in _RAG_SPLIT.findall(text)}
    if len(colours) == 3 or len(colours) == 2 and re.search(
            r"\b(?:green|amber|red)\s*(?:,|/|\band\b)\s*(?:green|amber|red)\b", text,
            re.IGNORECASE):  # each colour counted; not "amber or red" (late or at risk)
        text = _RAG_SPLIT.sub(lambda m: {"green": "on track", "amber": "at risk", "red": "late"}[
            m.group(1).lower()], text)
        return re.sub(r"\bprojects? (?:are )?(on track|at risk|late)\b", r"\1", text)
    return _RAG_ALONE.sub("projects by health", text)


def read(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None) -> Reading:
    text = _skilled_people(_spaced_keys(normalize(_rag_words(question)), vocab), vocab)
    tokens = tokenize(text)
    r = Reading(text, tokens, today, page_key.upper() if page_key else None,
                " ".join(question.split()), portfolios=list(vocab.portfolios), vocab=vocab)
    found = periods.find(text, today)
    for i, t in enumerate(tokens):
        if any(p.span[0] <= t.start < p.span[1] for p in found):
            r.used.add(i)
        if t.is_key:
            r.used.add(i)
            key = _known_key(t.text, vocab)
            (r.keys if key else r.unknown_keys).append(key or t.text.upper())
    # "as at 17 June 2026" written on that day: today's state, the default, not a period
    r.periods = [p for p in found if not (p.start == p.end == today and re.match(
        r"as (?:of|at)\b", text[p.span[0]:p.span[1]], re.IGNORECASE))]
    fixed = [t if i in r.used else vocab.corrector(t) for i, t in enumerate(tokens)]
    r.tokens = fixed
    _periods_of_corrected_words(r)
    r.mentions = [vocab.narrowed(m) for m in vocab.find(fixed, r.used)]
    named = {i for m in r.mentions for i in range(m.start, m.end)}
    r.language = language(tokens, ignore=r.used | named)
    r.used |= named
    r.hits = [h for h in lexicon.find(fixed, r.used) if not _the_askers_own(fixed, h)
              and not _share_done(fixed, h)]
    r.hits = [h for h in r.hits if not (h.family == "doc" and any(  # "call for": demand
        g.family != "doc" and g.start <= h.start and h.end <= g.end
        and g.end - g.start > h.end - h.start for g in r.hits))]
    r.hits = [h for h in r.hits if not (h.concept == "verb:work_on" and any(  # "is Tom over-
        g.concept == "people:over" and g.start <= h.start and h.end <= g.end  # allocated next
        and g.end - g.start > h.end - h.start for g in r.hits))]  # month": a load, not his work
    r.hits = [h for h in r.hits if not (h.family == "priority" and any(  # "low trust": how
        g.concept == "f:trust" and g.start <= h.start and h.end <= g.end for g in r.hits))]
    r.hits = [h for h in r.hits if not (h.family == "refuse" and any(  # "the at-risk rating":
        g.family != "refuse" and g.start <= h.start and h.end <= g.end  # a health, not an
        and g.end - g.start > h.end - h.start for g in r.hits))]  # opinion
    r.hits = [h for h in r.hits if not (h.family == "status" and any(  # "gone live": finished
        g.concept in ("verb:complete", "verb:start") and g.start <= h.start and h.end <= g.end
        and g.end - g.start > h.end - h.start for g in r.hits))]
    _rag_colours(r)
    _programmes(r)
    _today_is_now(r)
    if any(h.concept == "subject:skills" for h in r.hits):  # "carry security as a skill"
        r.hits = [h for h in r.hits if not (h.concept == "people:load" and r.tokens[
            h.start].lemma == "carry")]
    _prefer_open_namesake(r, vocab)
    _note_portfolio_words(r, vocab)
    _the_pages_portfolio(r, vocab)
    _we_on_the_page(r)
    _promised(r)
    _date_moved(r)
    r.hits = [h for h in r.hits if not (h.concept == "verb:scope" and h.start and r.tokens[
        h.start - 1].low in ("open", "remaining", "outstanding", "left") and r.has(
        "subject:points"))]  # "the total open scope in story points": the points open now
    r.hits = [h for h in r.hits if not (h.family == "doc" and r.tokens[h.start].low == "meeting"
                                        and h.start and r.tokens[h.start - 1].low in (
                                            "am", "are", "is", "be", "been", "m", "re"))]
    # "I'm meeting Hugo next week": a verb, not meeting minutes
    r.hits = [h for h in r.hits if not (h.family == "doc" and h.end - h.start == 1 and r.tokens[
        h.start].low == "weekly" and h.end < len(r.tokens) and r.tokens[h.end].is_word and
        r.tokens[h.end].low not in WEEKLY_MEETINGS)]  # "average weekly capacity": an
    # adjective, not "the weekly" (a meeting)
    r.hits = [replace(h, concept="people:free") if h.concept == "people:load" and r.tokens[
        h.start].lemma in BOOKED and r.negated(h) else h for h in r.hits]  # "who doesn't have
    # any allocation next week": free, not the most loaded
    r.hits = [h for h in r.hits if not (h.concept == "health:on_track" and r.tokens[
        h.start].low == "green" and h.end < len(r.tokens) and r.tokens[h.end].low in (
        "light", "lights", "lit", "signal"))]  # "waiting for a green light": approval
    r.hits = [h for h in r.hits if not (h.family == "this" and r.tokens[h.end - 1].low in (
        "projects", "teams"))]  # "our projects" are all of them, not this page's
    dated = {i for p in r.periods for i, t in enumerate(r.tokens) if t.start >= p.span[0]}
    r.hits = [h for h in r.hits if not (h.concept == "rank:soonest" and r.tokens[
        h.start].low in ("coming", "upcoming") and {h.end, h.end + 1} & dated and min(
        dated) in (h.end, h.end + 1))]  # "a go-live coming up in July": when, not a ranking
    role_heads = {m.candidates[0].split()[0].lower() for m in r.mentions if m.kind == "role"}
    r.mentions = [m for m in r.mentions if not (  # "the QA guild: how many QA engineers"
        m.kind == "skill" and m.end - m.start == 1 and m.text.lower() in role_heads)]
    return r


def _programmes(r: Reading) -> None:
    """"The Growth programme", "which programme has the most late initiatives": a programme
    beside a portfolio's name, or beside another word for projects, is the portfolio (a group
    of projects), not a project."""
    project_words = {r.tokens[h.start].lemma for h in r.hits if h.concept == "subject:projects"}
    portfolio_ends = {m.end for m in r.mentions if m.kind == "portfolio"}
    for n, h in enumerate(r.hits):
        if h.concept != "subject:projects" or r.tokens[h.start].lemma not in (
                "programme", "program"):
            continue
        if h.start in portfolio_ends or h.start - 1 in portfolio_ends and r.tokens[
                h.start - 1].low == "-":
            r.hits[n] = replace(h, concept="portfolio:word")  # "the Payments programme"
        elif project_words - {"programme", "program"} or h.end < len(r.tokens) and r.tokens[
                h.end].low in ("have", "has", "with", "contain", "contains"):
            r.hits[n] = replace(h, concept="subject:portfolios")  # "… initiatives",
            # "which programmes have nothing running late": what holds projects


DATED = ("verb:due", "verb:complete", "verb:start", "verb:create", "verb:become_late",
         "field:due_date", "status:done", "people:free", "people:over", "people:load")


# what may follow "weekly" when it is the meeting ("in the weekly on Monday", "weekly sync")
WEEKLY_MEETINGS = {"sync", "syncs", "meeting", "meetings", "standup", "standups", "call",
                   "calls", "minutes", "on", "in", "last", "this", "with", "about", "and", "or",
                   "notes"}


def _today_is_now(r: Reading) -> None:
    """"How many ambers on the board today?": a bare "today" that dates nothing the question
    names is when it is asked (the default), not a period to ask about."""
    if r.has(*DATED) or r.family("f"):
        return
    for p in list(r.periods):
        said = r.question[p.span[0]:p.span[1] + 3].lower()
        if re.match(r"today(?:s|\s?['’]s)\b", said) and _names_documents(r):
            continue  # "today's status note": the note written today
        if p.start == p.end == r.today and said.startswith("today"):
            r.periods.remove(p)


def _names_documents(r: Reading) -> bool:
    """The question names documents ("minutes", "status note", "documents"), not only a verb
    that may be about them ("say", "decide")."""
    return r.has("subject:documents") or any(h.value in KIND_OF_DOC for h in r.family("doc"))


RAG = {"late_red": ("late", "“{}” read as late, the colour the dashboard draws late projects in"),
       "attention_rag": ("attention", "“{}” read as late or at risk, the dashboard's colours "
                                      "for them")}


def _rag_colours(r: Reading) -> None:
    """"The reds", "amber or red": the dashboard draws late projects in red (vermillion) and
    at-risk ones in amber (orange), so the colours are those healths, and the interpretation
    says so."""
    for n, h in enumerate(r.hits):
        if h.family == "health" and h.value in RAG:
            value, note = RAG[h.value]
            r.hits[n] = replace(h, concept=f"health:{value}")
            said = " ".join(t.text for t in r.tokens[h.start:h.end])
            if note.format(said) not in r.notes:
                r.notes.append(note.format(said))


CLOSED_CONCEPTS = ("status:done", "status:cancelled")
SHARES = {"%", "percent", "half", "quarter", "quarters", "third", "thirds", "fifth", "mostly",
          "partly", "halfway", "nearly", "almost"}


def _share_done(tokens: list[Token], h: Hit) -> bool:
    """"90% done", "less than a quarter done", "nearly done": how far along, not the status."""
    if h.concept not in ("status:done", "verb:complete") or not h.start:
        return False
    return _after_a_share(tokens, h.start)


def _after_a_share(tokens: list[Token], i: int) -> bool:
    """The word before token ``i`` is a share ("90 %", "a quarter", "nearly")."""
    return i > 0 and (tokens[i - 1].low in SHARES or tokens[i - 1].is_number)


OWN_PORTFOLIO = {"portfolio", "programme", "program", "department", "division", "area",
                 "unit"}


# the on-time rate (docs/metrics.md): "our on-time delivery rate", "what share were on time",
# "which team has the worst on-time record"
ON_TIME_RATE = re.compile(
    r"\bon[- ]time (?:delivery |completion |finish )?(?:rate|record|ratio|percentage|share|"
    r"performance|track record|stats?|%)|(?:\b(?:what|which|the|our|a) (?:share|percentage|"
    r"proportion|fraction|percent|ratio)|\b(?:share|percentage|proportion|fraction|percent|"
    r"ratio) of)\b[^?.;]*?\b(?:on time|by (?:the|their|its) due dates?)\b|\bhit rate\b|"
    r"\b(?:best|worst|better|worse)\s+at\s+(?:finishing|delivering|completing|shipping|landing|"
    r"hitting|meeting|making)\b[^?.;]*?\b(?:on time|(?:due )?dates?|deadlines?)\b|"
    r"\bon time (?:the )?(?:most|least) often\b|\b(?:most|least) often on time\b",
    re.IGNORECASE)  # "which team is best at delivering on time", "delivers on time most often"
RATE_BY_PORTFOLIO = re.compile(
    r"\b(?:by|per|each|every|across|of (?:the|our|all)) (?:portfolio|team|programme|program)s?\b|"
    r"\bwhich (?:portfolio|team|programme|program)s?\b|\brank\b|\b(?:portfolios|teams) by\b",
    re.IGNORECASE)


def _on_time_rate(r: Reading, people: list[str], keys: list[str]) -> Plan:
    """The on-time rate, of everything in view or by portfolio (the worst first unless the
    best is asked for); a period dates the finish ("of the projects delivered in 2025")."""
    args = {k: v for k, v in _project_filters(r, people, keys).items()
            if k not in ("finished", "health", "status", "p_below", "p_at_least")
            or k == "status" and v == ["done"]}  # "for finished projects": the done ones
    said = " ".join(t.low for t in r.tokens)  # typos corrected: "wich team"
    done = args.get("status") == ["done"] or any(k.startswith("completed") for k in args)
    of = ("of the " + _lower(describe_filters(args))) + ("" if done else  # "delivered in
          ", whose due date has passed") if args else \
        "of the projects whose due date has passed"  # 2025": those done then
    if re.search(r"\b(?:which|what|each|every|per|by|worst|best)\s+(?:\w+\s+)?owners?\b|"
                 r"\bowners?\s+with\s+the\s+(?:worst|best|lowest|highest)\b", said) and \
            not args.get("owner"):  # "which owner has the worst on-time record"
        best = bool(re.search(r"\b(?:best|highest|top|strongest|most reliable|most often)\b",
                              said))
        return _one(r, "groups", "owners", ("on_time_rate", {
            **args, "by": "owner", "order": "desc" if best else "asc"}),
            f"The on-time rate of each owner, {'best' if best else 'worst'} first: finished "
            f"by the due date, {of}")
    if RATE_BY_PORTFOLIO.search(said) or len(args.get("portfolio") or ()) >= 2:  # "compare
        # Devices vs ML Platform": each one's, not the two merged
        best = bool(re.search(r"\b(?:best|highest|top|strongest|most reliable|most often)\b",
                              said))
        return _one(r, "groups", "portfolios", ("on_time_rate", {
            **args, "by": "portfolio", "order": "desc" if best else "asc"}),
            f"The on-time rate of each portfolio, {'best' if best else 'worst'} first: finished "
            f"by the due date, {of}")
    return _one(r, "value", "projects", ("on_time_rate", args),
                f"The on-time rate: finished by the due date, {of}")


DATE_MOVED = re.compile(
    r"\b(?:due dates?|deadlines?|end dates?)\b[^?.]{0,40}?\b(?:moved|changed|pushed|shifted|"
    r"extended|slid)\b|\bdid\b[^?.]{0,40}?\b(?:due dates?|deadlines?|end dates?)\b[^?.]{0,40}?"
    r"\b(?:move|change|shift|slide)\b", re.IGNORECASE)


def _date_moved(r: Reading) -> None:
    """"Has the due date of PRJ-0130 moved?": a due date's history, which is not kept (only
    today's due date is), so it is refused rather than answered with today's date."""
    if r.has("refuse:history") or not DATE_MOVED.search(r.question):
        return
    at = next((i for i, t in enumerate(r.tokens) if t.lemma in (
        "move", "change", "push", "shift", "extend", "slide", "slid") and t.low != "push"),
        None)
    if at is not None:
        r.hits.append(Hit("refuse:history", at, at + 1, True))


def _promised(r: Reading) -> None:
    """"What did Omar Schmidt commit to?", "what did we promise in the last sync": what was
    promised at a meeting, its action items (not "the date we promised", "the value committed
    to", "which customers did we promise it to")."""
    words = [t.low for t in r.tokens]
    if not words or words[0] != "what" or r.has("doc:actions"):
        return
    for i, t in enumerate(r.tokens[2:], start=2):
        if t.lemma in ("commit", "promise") and words[1] in ("did", "has", "have") and (
                i + 1 >= len(words) or words[i + 1] in ("to", "in", "at", "?", "during")):
            r.hits.append(Hit("doc:actions", i, i + 1, True))
            return


def _we_on_the_page(r: Reading) -> None:
    """"Are we on track?", "how many days late are we", "is the project on track?", asked on a
    project's page: "we" and "the project" are that project (its team), unless the question
    names projects, a portfolio or the company."""
    if r.page_key is None or r.has("this") or r.mentions or any(
            t.low in ("projects", "portfolio", "portfolios", "programme", "program", "company",
                      "org", "organisation", "organization", "everyone", "everybody")
            or t.is_key for t in r.tokens) or re.search(
            r"\b(?:which|what) (?:team|squad|group)s?\b", r.question, re.IGNORECASE):
        return  # "… which team has the worst on-time record": the teams, not ours
    at = next((i for i, t in enumerate(r.tokens) if i not in r.used and (
        t.low in ("we", "us", "our", "ours") or t.low == "project" and i
        and r.tokens[i - 1].low == "the")), None)
    if at is not None:
        r.hits.append(Hit("this", at, at + 1, True))


def _the_pages_portfolio(r: Reading, vocab: Vocabulary) -> None:
    """"our portfolio", "this programme", asked on a project's page: that project's portfolio
    (a name, so it filters like one)."""
    page = vocab.by_key.get(r.page_key or "")
    if page is None or not page.portfolio or r.named("portfolio"):
        return
    for i, t in enumerate(r.tokens[:-1]):
        head = r.tokens[i + 1]
        if t.low in ("our", "this", "my") and head.lemma in OWN_PORTFOLIO and i + 1 not in r.used:
            r.mentions.append(Mention("portfolio", i, i + 2, (page.portfolio,),
                                      f"{t.text} {head.text}"))
            r.used |= {i, i + 1}
            r.hits = [h for h in r.hits if not (h.start <= i + 1 < h.end)]
            r.notes.append(f"“{t.text} {head.text}” read as {page.portfolio}, the portfolio "
                           f"of {page.key}")
            return


def _note_portfolio_words(r: Reading, vocab: Vocabulary) -> None:
    """"The support projects": read as the portfolio Customer Support, whose head noun it is;
    where some projects' names have the word too, the interpretation says which was taken."""
    for m in r.mentions:
        if m.part and not m.ambiguous and m.text.lower() in vocab.name_words:
            r.notes.append(f"“{m.text}” read as the portfolio {m.candidates[0]}, not the "
                           f"projects whose name has it")


def _prefer_open_namesake(r: Reading, vocab: Vocabulary) -> None:
    """A name several projects share, of which only one is still open ("Juniper battery pack":
    one active, one done years ago): a question in the present is about the open one, unless it
    speaks of finished or cancelled work. The interpretation says which was taken."""
    past = {"did", "was", "were", "had", "has", "have"} & {t.low for t in r.tokens}

    def ahead(h: Hit) -> bool:  # "when will X be done", "how likely is X to be delivered"
        return not past and (any(t.low in ("will", "gonna", "going", "expected", "likely")
                                 for t in r.tokens[max(0, h.start - 8):h.start])
                             or h.start > 0 and r.tokens[h.start - 1].low == "be")

    if r.page_key or any((h.concept in CLOSED_CONCEPTS or h.concept == "verb:complete" and (
            past or r.tokens[h.start].low.endswith("ed"))) and not ahead(h) for h in r.hits):
        return
    for n, m in enumerate(r.mentions):
        if m.kind not in ("project", "project_part") or not m.ambiguous:
            continue
        open_ones = [k for k in m.candidates if vocab.by_key[k].is_open]
        if len(open_ones) != 1:
            continue
        r.mentions[n] = replace(m, candidates=(open_ones[0],))
        others = len(m.candidates) - 1
        closed = "1 closed project shares" if others == 1 else f"{others} closed projects share"
        r.notes.append(f"“{m.text}” read as {open_ones[0]}, the open one: {closed} the name")


def _periods_of_corrected_words(r: Reading) -> None:
    """"over the next forntight", "yesetrday": a period whose words were misspelt is read from
    the question as corrected, and kept where it rests on a corrected word."""
    if not any(t.corrected_from for t in r.tokens):
        return
    corrected, spans = r.corrected_with_spans()
    for found in periods.find(corrected, r.today):
        inside = [i for i, (a, b) in enumerate(spans) if a >= found.span[0] and b <= found.span[1]]
        if not inside or r.used & set(inside) or not any(
                r.tokens[i].corrected_from for i in inside):
            continue
        r.periods.append(replace(found, span=(r.tokens[inside[0]].start,
                                              r.tokens[inside[-1]].end)))
        r.used |= set(inside)
    r.periods.sort(key=lambda p: p.span)


def _spaced_keys(text: str, vocab: Vocabulary) -> str:
    """"PRJ 0183", "prj0183": a project key typed without its dash, when it is a known key."""
    def joined(m: re.Match[str]) -> str:
        key = f"{m.group(1)}-{m.group(2)}"
        return key.upper() if _known_key(key, vocab) else m.group(0)

    return re.sub(r"\b([A-Za-z]{2,12}) ?(\d{1,6})\b", joined, text)


def _skilled_people(text: str, vocab: Vocabulary) -> str:
    """"ml skill people", "python-skilled devs": people with a skill the data knows, written
    before them ("people with ml skill"), not the skills ranked by their people."""
    skills = {s.lower() for s in vocab.skills}

    def reordered(m: re.Match[str]) -> str:
        words = m.group(1).split(" ")
        for before, skill in ((words[:-2], " ".join(words[-2:])), (words[:-1], words[-1])):
            if len(skill.split(" ")) <= len(words) and skill.lower() in skills:
                return " ".join([*before, f"{m.group(3)} with {skill} skills"])
        return m.group(0)

    return re.sub(r"\b([\w+#.]+(?: [\w+#.]+)?)[ -](skills?|skilled) (people|persons|folks|"
                  r"engineers|developers|devs|staff)\b", reordered, text, flags=re.IGNORECASE)


def _the_askers_own(tokens: list[Token], h: Hit) -> bool:
    """"for my onboarding notes", "my report": the asker's own documents, not the data's."""
    return h.family == "doc" and "my" in {t.low for t in tokens[max(0, h.start - 2):h.start]}


def _known_key(text: str, vocab: Vocabulary) -> str | None:
    key = text.upper()
    if key in vocab.by_key:
        return key
    prefix, _, number = key.rpartition("-")
    for width in range(len(number), 7):  # PRJ-94 for PRJ-0094
        padded = f"{prefix}-{number.zfill(width)}"
        if padded in vocab.by_key:
            return padded
    return None


# --- deciding ------------------------------------------------------------------------------


def route(question: str, vocab: Vocabulary, today: dt.date,
          page_key: str | None = None, previous: str | None = None, *,
          glossed: bool = False) -> Plan:
    """The plan that answers a question (or asks back, or says what cannot be answered).

    ``previous`` is the question asked before (the sidebar's history): a follow-up such as
    "and for Data Platform?" is answered as that question with the new filter in place. Two
    questions in one sentence ("who's on this team, and who leads it?") are both answered
    where the whole reads as only one of them."""
    question = _while_away(_late_for_more_than(_previous_said(question, today), today))
    question = _AND_WHEN_START.sub(" and list them with their start dates", question)
    question = _claim_checked(question, vocab)
    whole = _route_whole(question, vocab, today, page_key, previous, glossed=glossed)
    if glossed:
        return whole
    def read_part(part: str) -> Plan:
        return _route_whole(part, vocab, today, page_key)

    def join(one: Plan, other: Plan, link: str = "and") -> str:
        return _joined(one, other, today, link)

    plan = parts.both(question, whole, lambda part: _route_whole(
        part, vocab, today, page_key, previous), read_part, join, page_key is not None) or whole
    plan = parts.left_unanswered(question, whole, plan, read_part, join, page_key is not None)
    plan = _disagreement(question, vocab, today, page_key, plan) or plan
    plan = _judgement(question, plan) or plan
    plan = _capacity_hours(question, vocab, today, plan) or plan
    plan = _who_to_call(question, vocab, today, plan) or plan
    plan = _work_done_in(question, vocab, today, page_key, plan) or plan
    plan = _share_of(question, vocab, today, page_key, plan) or _share_of_outcome(
        question, vocab, today, page_key, plan) or plan
    plan = _share_of_finished(plan) or plan
    plan = _items_due(question, plan) or plan
    plan = _total_scope(question, today, plan) or plan
    plan = _points_of_open_projects(question, plan) or plan
    plan = _shares_by_group(question, plan) or plan
    plan = _compared_on(question, plan) or plan
    plan = _finishing(question, today, plan) or plan
    plan = _team_size(question, plan) or plan
    plan = _with_columns(question, plan)
    plan = _periods_compared(question, vocab, today, page_key, plan) or _alternatives(
        question, vocab, today, page_key, plan) or plan
    plan = about_model.plan_for(question, today, plan, page_key) or plan
    plan = mentions.plan_for(question, today, plan) or plan
    plan = broad.plan_for(question, _as_of(today), plan, page_key) or plan
    plan = _on_the_page(question, vocab, today, page_key, plan) or plan
    plan = _items_lacking(question, vocab, today, page_key, plan) or plan
    plan = _left_out(question, vocab, today, page_key, plan) or plan
    plan = _compared_per_portfolio(question, plan) or plan
    plan = _per_period(question, today, plan) or plan
    return _beyond_the_page(plan, page_key)


# people's weekly capacity in hours ("how many hours a week does X have", "total weekly
# capacity in hours of the data engineers"): the resource list's, not hours worked
_CAPACITY_HOURS = re.compile(
    r"\b(?:hours?|hrs?)\s+(?:a|per|each|every)\s+week\b|\bweekly\s+(?:capacity|hours)\b|"
    r"\bcapacity\s+(?:in|of)\s+hours\b|\bhours?\s+of\s+capacity\b|\bcapacity\s+hours\b",
    re.IGNORECASE)
_WORKED = re.compile(r"\b(?:worked|logged|spent|booked|billed|overtime|timesheets?|clocked)\b",
                     re.IGNORECASE)


def _capacity_hours(question: str, vocab: Vocabulary, today: dt.date,
                    plan: Plan) -> Plan | None:
    """"How many hours a week does Lara Santos have", "the total weekly capacity in hours of
    all data engineers": the resource list's weekly capacity (it refused them as timesheets).
    Hours worked or logged stay refused."""
    if plan.kind == "answer" or not _CAPACITY_HOURS.search(question) or \
            _WORKED.search(question):
        return None
    found = vocab.find(tokenize(normalize(question)), set())
    args: dict[str, Any] = {}
    for kind, key in (("person", "people"), ("skill", "skills"), ("role", "roles")):
        named = [m.candidates[0] for m in found if m.kind == kind and not m.ambiguous]
        if named:
            args[key] = named
    portfolios = [m.candidates[0] for m in found if m.kind == "portfolio" and not m.ambiguous]
    if portfolios:
        args["portfolio"] = portfolios[0]
    said = "; ".join(
        ", ".join(v) if k == "people" else f"{k} {', '.join(v) if isinstance(v, list) else v}"
        for k, v in args.items()) or "everyone you can see"
    answered = _plan("answer", "people", "value", [("capacity", args)],
                     f"Weekly capacity in hours (the resource list's) of {said}, as of "
                     f"{_as_of(today)}")
    two = parts.two_parts(question)
    if two and _CAPACITY_HOURS.search(two[0]) and not _CAPACITY_HOURS.search(two[1]):
        answered.unanswered = two[1].rstrip(" ?.!")  # said, not dropped
    return answered


_WORK_DONE = re.compile(r"\bhow much (?:work )?(?:did|has|have|was|were|got)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:get(?:ting)?\s+|got\s+)?(?:done|finish\w*|complet\w*|deliver\w*|"
                        r"burn\w*|ship\w*)\b|\bwhat (?:did|has|have) (?:the|this|that) team "
                        r"(?:get(?:ting)?\s+|got\s+)?(?:done|finish\w*|complet\w*|deliver\w*|"
                        r"ship\w*)\b", re.IGNORECASE)  # not "what did we deliver": projects


def _work_done_in(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
                  plan: Plan) -> Plan | None:
    """"How much did the team get done in May" (on a project's page, or of a portfolio named):
    the work items finished then, in points and items (it gave the project's status, or the
    projects completed in May across everything)."""
    if not _WORK_DONE.search(question) or any(name == "work_items" for name, _ in plan.calls):
        return None
    found = [p for p in periods.find(normalize(question), today) if not (
        p.open_start or p.open_end)]
    if len(found) != 1:
        return None
    mentions = vocab.find(tokenize(normalize(question)), set())
    keys = [m.candidates[0] for m in mentions if m.kind == "project" and not m.ambiguous]
    portfolios = [m.candidates[0] for m in mentions if m.kind == "portfolio" and not m.ambiguous]
    args: dict[str, Any] = {}
    if keys or (page_key and not portfolios):
        args["keys"] = keys or [page_key]
    elif portfolios:
        args["portfolio"] = portfolios
    period = found[0]
    where = f" in {', '.join(args.get('keys') or args.get('portfolio') or [])}" if args else ""
    return _plan("answer", "work_items", "value", [("work_items", {
        **args, "event": "done", "measure": "points", **_span_args(period)})],
        f"Story points of work items finished{where}, {period.describe()}, as of "
        f"{_as_of(today)}", args.get("keys") or [])


_CALL_ABOUT = re.compile(r"\bwho (?:do|should|can|would) (?:i|we) (?:call|ring|phone|contact|ping|"
                         r"talk to|speak to|speak with|reach out to|email|ask|go to)\s+(?:about|"
                         r"regarding|re|on|for)\s+(?P<what>[^?.!]+)", re.IGNORECASE)


def _who_to_call(question: str, vocab: Vocabulary, today: dt.date, plan: Plan) -> Plan | None:
    """"Who do I call about the Sierra invoice engine": its owner (it quoted the attendees of
    its latest meeting). Only when what follows "about" is the project's name alone; "who
    should I ask about the vendor sandbox" stays a search of the documents."""
    m = _CALL_ABOUT.search(question)
    if m is None:
        return None
    what = re.sub(r"^(?:the|this|that)\s+", "", m["what"].strip(), flags=re.IGNORECASE)
    key = _known_key(what, vocab) if KEY_STRICT.fullmatch(what) else None  # "… about PRJ-7"
    if key is None:
        tokens = tokenize(normalize(what))
        found = [x for x in vocab.find(tokens, set()) if x.kind == "project" and not x.ambiguous]
        words = [t for t in tokens if t.is_word or t.is_number]
        if len(found) != 1 or found[0].end - found[0].start < len(words):
            return None
        key = found[0].candidates[0]
    return _plan("answer", "projects", "value", [("project_field", {
        "project_key": key, "field": "owner"})],
        f"The owner of {key}, the one to call about it, as of {_as_of(today)}", [key])


# a decision asked of the copilot ("Should we cancel X?", "is it worth keeping Y going?")
_SHOULD = re.compile(
    r"^\W*(?:(?:so|ok|okay|honestly|be honest|quick one)\W+)*(?:should|shall|must|do)\s+(?:we|i|"
    r"they|the team|you think we should)\s+(?:just\s+|really\s+|still\s+)?(?P<act>cancel|kill|"
    r"stop|pause|park|shelve|scrap|drop|continue|keep|fund|defund|prioriti[sz]e|"
    r"deprioriti[sz]e|escalate|restart|resume|extend|delay|push back|descope|cut|re-?plan|"
    r"split|merge|staff up|hire|pull the plug on|double down on|invest in|give up on)\b"
    r"(?P<what>[^?.!]*)|\bis it (?:worth|wise|time) (?P<act2>\w+ing)\b(?P<what2>[^?.!]*)",
    re.IGNORECASE)


def _judgement(question: str, plan: Plan) -> Plan | None:
    """"Should we cancel Umbra observability stack?": a decision the data cannot make. The
    answer says so before the facts it gives (it gave the project's status as if that
    answered)."""
    m = _SHOULD.search(question)
    if m is None or plan.kind != "answer" or plan.message:
        return None
    act = (m["act"] or m["act2"]).lower()
    what = " ".join((m["what"] or m["what2"] or "").split())
    message = (f"Whether to {act}{' ' + what if what else ''} is a judgement the data cannot "
               "make for you; here is what it holds:")
    return replace(plan, message=message,
                   interpretation=f"A decision for you; the facts: {_lower(plan.interpretation)}")


# P(on time) and the simulated dates said to (dis)agree (docs/metrics.md, Finish dates)
_AGREE = re.compile(r"\b(?:disagree\w*|agree|agrees|agreement|contradict\w*|consistent|"
                    r"inconsistent|conflict\w*|at odds|line up|lines up|match|matches|"
                    r"mixed signals|(?:tell|tells|say|says|give|gives|show|shows|paint|paints)\s+"
                    r"(?:\w+\s+)?(?:different|conflicting|opposite|two)\s+(?:stories|things|"
                    r"answers|signals|pictures|messages))\b", re.IGNORECASE)
_FORECAST_SIDE = re.compile(r"\bp(?:50|85|95)\b|\bfinish dates?\b|\bexpected (?:finish|date)\b|"
                            r"\bon[- ]time (?:probability|chance)\b|\bchance\b|\bprobability\b|"
                            r"\bp\(on time\)|\bmodel\b|\bsimulation\b|\bmonte carlo\b|"
                            r"\bclassifier\b|\bforecasts?\b", re.IGNORECASE)
_FORECASTS_DISAGREE = re.compile(r"\bforecasts?\b[^?.!]*\b(?:disagree\w*|contradict\w*|"
                                 r"conflict\w*|inconsistent)\b", re.IGNORECASE)
_DATES_ASKED = re.compile(r"\bp(?:50|85|95)\b|\bfinish dates?\b|\bexpected (?:finish|date)\b",
                          re.IGNORECASE)


def _disagreement(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
                  plan: Plan) -> Plan | None:
    """"Does its P50 agree with the on-time probability?", "projects where the model and the
    simulation say different things": whether one project's P(on time) and simulated dates
    agree, or the open projects where they do not (it searched the minutes for "agree", or
    asked back). Two sides of a forecast must be named beside the word of (dis)agreement."""
    if not _AGREE.search(question) or len(_FORECAST_SIDE.findall(question)) < 2 and not (
            _FORECASTS_DISAGREE.search(question)):
        return None
    found = vocab.find(tokenize(normalize(question)), set())
    keys = list(dict.fromkeys([
        *plan.project_keys,
        *(m.candidates[0] for m in found if m.kind in ("project", "project_part")
          and not m.ambiguous),
        *(str(args["project_key"]).upper() for _name, args in plan.calls
          if args.get("project_key"))]))
    many = re.search(r"\b(?:projects|which|any|anything|where|list|how many)\b", question,
                     re.IGNORECASE)
    if not keys and page_key and not many:
        keys = [page_key]  # "does this one's P50 agree with its chance?"
    as_of = f", as of {_as_of(today)}"
    if len(keys) == 1:
        field = "p50_date" if _DATES_ASKED.search(question) else "p_on_time"
        return _plan("answer", "projects", "value", [("project_forecast", {
            "project_key": keys[0], "field": field, "agreement": True})],
            f"Whether {keys[0]}'s chance of finishing on time and its simulated finish dates "
            f"agree{as_of}", keys, ["forecast"])
    if keys:
        return None
    portfolios = [m.candidates[0] for m in found if m.kind == "portfolio" and not m.ambiguous]
    where = f" in {', '.join(portfolios)}" if portfolios else ""
    return _plan("answer", "projects", "list", [
        ("forecast_disagreements", {"portfolio": portfolios} if portfolios else {})],
        f"Open projects{where} whose chance of finishing on time and simulated finish dates "
        f"disagree{as_of}", intents=["forecast"])


_EACH_PORTFOLIO = re.compile(r"\b(?:by|per|each|every|for\s+each|across\s+each)\s+portfolios?\b|"
                             r"\bportfolio[- ]by[- ]portfolio\b", re.IGNORECASE)


def _compared_per_portfolio(question: str, plan: Plan) -> Plan | None:
    """"Break down done vs cancelled projects by portfolio": each status (or health) compared,
    per portfolio (it gave the two totals, the portfolios dropped)."""
    if plan.kind != "answer" or len(plan.calls) != 1 or not _EACH_PORTFOLIO.search(question):
        return None
    name, args = plan.calls[0]
    field = args.get("by")
    if name != "count_projects_by" or field not in ("status", "health", "priority") or \
            len(args.get(field) or ()) < 2 or args.get("portfolio"):
        return None
    kept = {k: v for k, v in args.items() if k not in ("by", "only", field)}
    calls: list[Call] = [(name, {**kept, field: [value], "by": "portfolio"})
                         for value in args[field]]
    said = plan.interpretation
    parts = [_lower(describe_filters({**kept, field: [value]})) for value in args[field]]
    joined = f"{'; and '.join(parts)}, each per portfolio{said[said.rfind(', as of'):]}"
    return replace(plan, calls=calls, measure="groups",
                   interpretation=joined[:1].upper() + joined[1:])


_PROJECT_SPANS = (("completed_from", "completed_to"), ("created_from", "created_to"),
                  ("started_from", "started_to"))
_EACH_PERIOD = re.compile(r"\b(?:each|every|per|by)\s+(?P<unit>week|month|quarter)\b|"
                          r"\b(?P<adj>weekly|monthly|quarterly)\b|\b(?:week|month|quarter)[- ]"
                          r"by[- ](?:week|month|quarter)\b", re.IGNORECASE)


def _per_period(question: str, today: dt.date, plan: Plan) -> Plan | None:
    """"Items finished per month this year", "points done each quarter of 2025": the count of
    each month, week or quarter of the period, side by side, in up to 12 (it gave the whole
    period's total alone). Projects, whose count lists them, keep the whole period's count,
    and the answer says the breakdown was not answered rather than dropping it in silence."""
    m = _EACH_PERIOD.search(question)
    if m is None or plan.kind != "answer" or len(plan.calls) != 1:
        return None
    name, args = plan.calls[0]
    span = ("start", "end") if name == "work_items" and args.get("event") in (
        "done", "created") else next(((a, b) for a, b in _PROJECT_SPANS if name == "projects"
                                      and args.get("measure") == "count" and args.get(a)
                                      and args.get(b)), None)
    if span is None or not (args.get(span[0]) and args.get(span[1])):
        return None
    asked = m.group(0).lower()
    unit = "quarter" if "quarter" in asked else "week" if "week" in asked else "month"
    first = dt.date.fromisoformat(args[span[0]])
    last = min(dt.date.fromisoformat(args[span[1]]), today)
    spans: list[tuple[dt.date, dt.date]] = []
    day = first
    while day <= last:
        if unit == "week":  # Monday to Sunday, as every weekly figure here
            begin = day - dt.timedelta(days=day.weekday())
            after = begin + dt.timedelta(days=7)
        else:
            step = 3 if unit == "quarter" else 1
            begin = day.replace(day=1, month=(day.month - 1) // step * step + 1)
            after = dt.date(begin.year + (begin.month + step - 1) // 12,
                            (begin.month + step - 1) % 12 + 1, 1)
        spans.append((max(begin, first), min(after - dt.timedelta(days=1), last)))
        day = after
    if len(spans) < 2:
        return None
    if (name == "projects" or len(spans) > 12) and not plan.unanswered:
        return replace(plan, unanswered=m.group(0),  # said, not dropped in silence
                       interpretation=f"{plan.interpretation} (not answered: “{m.group(0)}”)")
    calls: list[Call] = [(name, {**args, span[0]: a.isoformat(), span[1]: b.isoformat()})
                         for a, b in spans]
    said = plan.interpretation
    cut = " (the last one to today)" if last < dt.date.fromisoformat(args[span[1]]) else ""
    return replace(plan, calls=calls, measure="groups",
                   interpretation=f"{said.split(', as of')[0]}, {unit} by {unit}{cut}"
                                  f"{said[said.rfind(', as of'):]}")


def _left_out(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
              plan: Plan) -> Plan | None:
    """A portfolio the question leaves out ("across all portfolios other than Payments") that a
    call still filters on, as readings other than the project list's do: every other
    portfolio, said (it answered for Payments alone)."""
    if plan.kind != "answer":
        return None
    r = read(question, vocab, today, page_key)
    out = {c for m in r.named("portfolio") if r.excluded(m) for c in m.candidates}
    if not out:
        return None
    calls: list[Call] = []
    for name, args in plan.calls:
        names = args.get("portfolio")
        if isinstance(names, list) and set(names) & out:
            rest = names if len(set(names) - out) else r.portfolios
            args = {**args, "portfolio": [p for p in rest if p not in out]}
        calls.append((name, args))
    if calls == plan.calls:
        return None
    said = plan.interpretation
    for name in sorted(out):  # "… open now in Payments": "… open now outside Payments"
        said = said.replace(f" in {name}", f" outside {name}")
    if said == plan.interpretation:
        said += f" (every portfolio but {' and '.join(sorted(out))})"
    return replace(plan, calls=calls, interpretation=said)


def _items_lacking(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
                   plan: Plan) -> Plan | None:
    """"Active projects with no work items in progress", "active projects without any open
    items": projects picked by what their work items lack, which no tool reads. The "no"
    was read as the projects' own status left out (every project but the active ones) or
    dropped (every active project): asked back, offering the projects without that part."""
    if plan.kind != "answer" or plan.subject != "projects":
        return None
    r = read(question, vocab, today, page_key)
    for negation in r.family("negation"):
        items = next((h for h in r.family("subject") if h.value in ("items", "points")
                      and negation.end <= h.start <= negation.end + 3), None)
        if items is None:
            continue
        clause = [h for h in r.hits if h.start >= negation.start and h.start <= items.end + 2
                  and h.family in ("status", "subject", "m", "field", "negation")]
        stop = max(h.end for h in clause)
        cut = r.tokens[negation.start].start, r.tokens[stop - 1].end
        said = r.question[cut[0]:cut[1]]
        rest = re.sub(r"(?:\s+(?:have|has|with|that|which|are|is|got))+\s*$", "",
                      " ".join(f"{r.question[:cut[0]]} {r.question[cut[1]:]}".split()).rstrip(
                          " ?"), flags=re.IGNORECASE)
        return _clarify(
            f"I cannot yet pick projects by what their work items lack (“{said}”). Shall I "
            f"answer without it ({rest})?",
            f"Projects by what their work items lack (“{said}”): not read",
            ["without that part"], [rest])
    return None


# words that ask beyond the page's project ("across all projects", "company-wide", "anyone")
_BEYOND = re.compile(r"\b(?:all|every|everyone|everybody|anyone|anybody|across|company|org|"
                     r"organi[sz]ation|overall|whole|portfolios?|projects|elsewhere|other|total|"
                     r"globally|wide)\b", re.IGNORECASE)
# arguments that name what the question is about: kept as asked, not narrowed to the page
_NAMED_ARGS = {"portfolio", "portfolios", "person", "people", "assignee", "owner", "owners",
               "name", "names", "resource", "skills", "project_key", "keys", "key"}


def _on_the_page(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
                 plan: Plan) -> Plan | None:
    """Asked on a project's page about its work or team without naming anything else ("open
    items by skill", "who is over 100% this week"): the page's project, as if it were named,
    where that reads. It was answered across everything, saying so above the figures."""
    if page_key is None or plan.kind != "answer" or not plan.calls or \
            plan.subject in ("portfolios", "forecast model") or plan.subject == "projects" and (
                plan.measure != "list" or re.search(r"\bhow many\b", question, re.I)) or \
            _BEYOND.search(question) or _mentions_page(plan, page_key) or any(
            set(args) & _NAMED_ARGS for _name, args in plan.calls):
        return None
    named = _route_whole(f"{question.strip().rstrip('?.!').strip()} on {page_key}", vocab,
                         today, page_key)
    return named if named.kind == "answer" and _mentions_page(named, page_key) else None


def _mentions_page(plan: Plan, page_key: str) -> bool:
    return any(page_key.upper() in json.dumps(args).upper() for _name, args in plan.calls) or (
        page_key.upper() in (k.upper() for k in plan.project_keys))


_PREVIOUS = re.compile(r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<a>week|month|quarter|"
                       r"year)\b|\bthe\s+(?P<b>week|month|quarter|year)\s+before(?:\s+(?:that|it))?\b"
                       r"(?!\s+last\b)", re.IGNORECASE)


_CLAIM = re.compile(r"^(?P<who>[^.?!]*?\b(?:says?|said|claims?|claimed|reckons?|thinks?|"
                    r"told me|tells me|insists?|insisted|mentioned|keeps? saying)\s+(?:that\s+)?)"
                    r"(?P<claim>[^.?!]{6,})[.?!]\s*(?:but\s+|so\s+)?(?:is|was)\s+(?:that|this|it|"
                    r"she|he|they)\s+(?:really\s+|actually\s+)?(?:true|right|correct|accurate|so)\b"
                    r"(?P<rest>[^?.!]*)[?.!]?\s*$", re.IGNORECASE)


def _claim_checked(question: str, vocab: Vocabulary) -> str:
    """"The Infrastructure lead says throughput collapsed in June. Is that true compared with
    May?": the claim is what is asked ("throughput collapsed in June compared with May for
    Infrastructure?"), with what the one who said it names (it asked what "true" meant)."""
    m = _CLAIM.match(question.strip())
    if m is None:
        return question
    named = [x.text for x in vocab.find(tokenize(normalize(m["who"])), set())
             if x.kind in ("project", "portfolio") and x.text]
    where = f" for {' and '.join(named)}" if named else ""
    return f"{m['claim'].strip()}{m['rest'].rstrip()}{where}?"


_AWAY_UNITS = r"(?P<n>\d{1,2}|a|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?|months?)"
_AWAY = re.compile(
    r"\b(?:i'?ve been|i have been|i was|i'?m (?:just )?back from|i am (?:just )?back from|"
    r"(?:just )?back from|returning from|after)\s+(?:out|away|off|on leave|on holiday|"
    r"on vacation|leave|holiday|vacation|pto)\s+(?:for\s+)?(?:the\s+)?(?:last\s+|past\s+)?"
    + _AWAY_UNITS + r"|\b" + _AWAY_UNITS.replace("?P<n>", "?P<n2>").replace("?P<unit>", "?P<unit2>")
    + r"(?:'|’)?\s+(?:off|away|out|of leave|leave|of holiday|holiday|vacation|of pto)\b",
    re.IGNORECASE)
_WHILE_AWAY = re.compile(r"\b(?:while i (?:was|'ve been|have been) (?:away|out|off|gone|on leave|"
                         r"on holiday|on vacation)|during my (?:absence|leave|holiday|vacation|"
                         r"time off)|since i (?:left|went away|went on leave|was last (?:in|here))|"
                         r"while i was gone|in my absence)\b", re.IGNORECASE)
_MISSED = re.compile(r"\bwhat (?:did|have) i miss(?:ed)?\b|\bwhat i(?: have|'ve)? missed\b|"
                     r"\banything i missed\b|\bcatch me up\b", re.IGNORECASE)


def _while_away(question: str) -> str:
    """"I've been out for two weeks. Which projects were completed while I was away?": the
    absence said is the period asked about ("in the last 2 weeks"; it listed every done
    project), and "what did I miss" after it asks what changed then."""
    m = _AWAY.search(question)
    if m is None:
        return question
    said, unit = (m["n"] or m["n2"]).lower(), (m["unit"] or m["unit2"]).lower()
    n = int(said) if said.isdigit() else _SMALL[said]
    period = f"in the last {n} {unit.rstrip('s')}{'s' if n != 1 else ''}"
    if _WHILE_AWAY.search(question):
        return _WHILE_AWAY.sub(period, question)
    if _MISSED.search(question):
        return _MISSED.sub(f"what changed {period}", question)
    return question


_LATE_FOR = re.compile(
    r"\b(?P<late>late|overdue|behind(?: schedule)?|past (?:the |their |its )?due(?: date)?)\s+"
    r"(?:for|by|since)?\s*(?:more than|over|at least|longer than|upwards of|>)\s+"
    r"(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?P<unit>days?|weeks?|months?)\b|"
    r"\b(?:more than|over|at least|longer than|>)\s+(?P<n2>\d{1,3}|a|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve)\s+(?P<unit2>days?|weeks?|months?)\s+"
    r"(?P<late2>late|overdue|behind(?: schedule)?|past (?:the |their |its )?due(?: date)?)\b",
    re.IGNORECASE)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twelve": 12}


def _late_for_more_than(question: str, today: dt.date) -> str:
    """"Late since more than 3 weeks", "more than 21 days overdue": late projects whose due
    date is further back than that, written as the due date it means ("late and due before
    27 May 2026"; it asked what "3" meant). Late by N days is due N days before today."""
    m = _LATE_FOR.search(question)
    if m is None:
        return question
    said, unit = (m["n"] or m["n2"]).lower(), (m["unit"] or m["unit2"]).lower()
    n = int(said) if said.isdigit() else _SMALL[said]
    if unit.startswith("month"):
        before = add_months(today, -n)
    else:
        before = today - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
    return (f"{question[:m.start()]}late and due before {before.day} {before:%B %Y}"
            f"{question[m.end():]}")


def _previous_said(question: str, today: dt.date) -> str:
    """"Points done last month compared with the month before": the period before the one
    named, written out ("between 1 Apr 2026 and 30 Apr 2026"), so both are read (it asked what
    "month" meant)."""
    m = _PREVIOUS.search(question)
    if m is None:
        return question
    first = [p for p in periods.find(question[:m.start()], today) if not (
        p.open_start or p.open_end)]
    if not first:
        return question
    start, end = first[-1].start, first[-1].end
    unit = (m["a"] or m["b"]).lower()
    if unit == "month":
        end = start - dt.timedelta(days=1)
        start = end.replace(day=1)
    elif unit == "quarter":
        end = start - dt.timedelta(days=1)
        start = dt.date(end.year, (end.month - 1) // 3 * 3 + 1, 1)
    elif unit == "year":
        start, end = dt.date(start.year - 1, 1, 1), dt.date(start.year - 1, 12, 31)
    else:
        start, end = start - dt.timedelta(days=7), start - dt.timedelta(days=1)
    said = f"between {_as_of(start)} and {_as_of(end)}"
    return question[:m.start()] + said + question[m.end():]


# what two or more portfolios are compared on: an average of their projects
_COMPARED_MEASURES = {"progress": r"progress|% done|how far along|completion",
                      "p_on_time": r"chances?|likelihood|odds|p\(on time\)|probability",
                      "days_overdue": r"days (?:overdue|late)|how late|lateness"}


def _compared_on(question: str, plan: Plan) -> Plan | None:
    """"Compare Payments vs Devices progress", "average progress of Payments vs Devices": each
    portfolio's average, side by side (it counted their projects, or averaged them together)."""
    if plan.kind != "answer" or len(plan.calls) != 1:
        return None
    name, args = plan.calls[0]
    portfolios = list(args.get("portfolio") or [])
    if len(portfolios) < 2 or args.get("by") not in (None, "", "portfolio") or name not in (
            "count_projects_by", "average_projects"):
        return None
    measures = [m for m, words in _COMPARED_MEASURES.items()
                if re.search(rf"\b(?:{words})", question, re.IGNORECASE)]
    if len(measures) != 1:
        return None
    kept = {k: v for k, v in args.items() if k not in ("by", "only", "measure")}
    measure = AVERAGE_SAID[measures[0]]
    return replace(plan, calls=[("average_projects", {**kept, "measure": measures[0],
                                                      "by": "portfolio"})],
                   measure="groups",
                   interpretation=f"The average {measure} of the projects of "
                                  f"{' and '.join(portfolios)}, per portfolio"
                                  f"{plan.interpretation[plan.interpretation.rfind(', as of'):]}")


_FINISHING = re.compile(r"\b(?:finish(?:es|ing)?|wrap(?:s|ping)? up|land(?:s|ing)?|complet(?:e|es|"
                        r"ing)|clos(?:e|es|ing)|ship(?:s|ping)?|deliver(?:s|ing)?|end(?:s|ing)?)\b"
                        r"(?! on time| late)", re.IGNORECASE)


def _finishing(question: str, today: dt.date, plan: Plan) -> Plan | None:
    """"What's finishing this month", "which projects wrap up this quarter": a period that
    runs past today holds the projects finished in it so far and the open ones due in the rest
    of it (it gave the finished ones alone, as if nothing more were to finish)."""
    if plan.kind != "answer" or len(plan.calls) != 1 or plan.calls[0][0] != "projects" or \
            not _FINISHING.search(question):
        return None
    name, args = plan.calls[0]
    first, last = args.get("completed_from"), args.get("completed_to")
    if not first or not last or last <= today.isoformat() or first > today.isoformat() or \
            args.get("finished") or set(args.get("status") or ["done"]) != {"done"} or \
            args.get("measure") == "count":
        return None  # (a count stays the one asked: the two lists are shown, not summed)
    base = {k: v for k, v in args.items() if k not in ("completed_from", "completed_to",
                                                       "status")}
    done = {**base, "status": ["done"], "completed_from": first,
            "completed_to": today.isoformat()}
    due = {**base, "status": ["open"], "due_from": today.isoformat(), "due_to": last}
    said = f", as of {_as_of(today)}"
    where = plan.interpretation.removesuffix(said)
    return replace(plan, calls=[(name, done), (name, due)],
                   interpretation=f"{where}: those finished so far, and the open ones due "
                                  f"from today to {_as_of(dt.date.fromisoformat(last))}{said}")


# "which portfolio has the biggest team", "the smallest teams": a team is its people
# (docs/metrics.md, Team), not its number of projects
_TEAM_SIZE = re.compile(r"\b(?:(?P<big>biggest|largest|most staffed|best staffed)|(?P<small>"
                        r"smallest|least staffed|thinnest))\s+(?:teams?|crews?|headcounts?)\b|"
                        r"\b(?:teams?|crews?)\s+(?:is|are|has|have)\s+(?:the\s+)?(?:(?P<big2>"
                        r"biggest|largest)|(?P<small2>smallest))\b", re.IGNORECASE)


def _team_size(question: str, plan: Plan) -> Plan | None:
    m = _TEAM_SIZE.search(question)
    if m is None or plan.kind != "answer" or len(plan.calls) != 1 or plan.calls[0][0] != \
            "rank_groups" or plan.calls[0][1].get("group") != "portfolio" or re.search(
            r"\bprojects?\b", question, re.IGNORECASE):
        return None
    args = plan.calls[0][1]
    keep = {k: v for k, v in args.items() if k not in ("group", "k", "order")}
    if keep:  # a filter on the projects ("biggest team of late projects"): not a headcount
        return None
    small = bool(m["small"] or m["small2"])
    k, order = int(args.get("k", 1)), "asc" if small else "desc"
    said = "fewest" if small else "most"
    return replace(plan, calls=[("headcount_by_portfolio", {"k": k, "order": order})],
                   subject="portfolios", interpretation=f"The portfolio{'s' if k > 1 else ''} "
                   f"with the {said} people on their projects today (their team)"
                   f"{plan.interpretation[plan.interpretation.rfind(', as of'):]}")


AVERAGE_SAID = {"progress": "progress", "p_on_time": "chance of finishing on time",
                "days_overdue": "days overdue"}


# "… and their P85 dates", "with their progress": what each line of a project list adds
_ASKED_COLUMNS = re.compile(r"\b(?:and|with|plus|including|incl\.?|showing|along with|\+|&)\s+"
                            r"(?:(?:their|its|the|each(?:'s| one's)?)\s+|(?=(?:the\s+)?(?:days?|"
                            r"team|how many days|how late|by how (?:many days|much|long))\b))"
                            r"(?P<what>[^?.;]+)", re.IGNORECASE)
_COLUMN_WORDS = {"progress": r"progress|% done|percent(?:age)? (?:done|complete)|completion",
                 "p85": r"p85|85 ?(?:%|percent)",
                 "start": r"start(?:ing)? dates?|starts|kick-?off dates?",
                 "portfolio": r"portfolios?",
                 "priority": r"priorit(?:y|ies)",
                 "days_late": r"days? (?:late|overdue|over)|how (?:many days )?late|delays?|"
                              r"by how (?:many days|much|long)",
                 "team": r"team(?:s| sizes?)?|headcounts?|how many people|staffing"}


# "teams on the late projects", "team sizes of the projects due in July": the column first
_COLUMNS_FIRST = re.compile(r"^\s*(?:the\s+|show\s+(?:me\s+)?(?:the\s+)?)?(?P<what>(?:teams?|team "
                            r"sizes?|headcounts?|staffing|progress|p85 dates?|start dates?|"
                            r"priorit(?:y|ies))\b)\s+(?:on|of|for|in)\b", re.IGNORECASE)


# "when do the proposed projects start", "when are they meant to kick off": their start dates
_WHEN_STARTS = (r"when\s+(?:do|does|did|will|are|is|were|was|would)\s+(?:[\w-]+\s+){0,6}?"
                r"(?:(?:meant|supposed|going|planned|set|due|scheduled)\s+to\s+)?(?:start|begin|"
                r"kick\s*off|get\s+going|get\s+started|starting|beginning|kicking\s+off)\b")
_WHEN_START = re.compile(rf"\b{_WHEN_STARTS}", re.IGNORECASE)
# the same asked of a first part's projects ("how many …, and when are they meant to kick off")
_AND_WHEN_START = re.compile(rf"(?:,\s*|\s+)and\s+(?=when\s+\w+\s+(?:they|these|those|each)\b)"
                             rf"{_WHEN_STARTS}[^?.!]*", re.IGNORECASE)


def _with_columns(question: str, plan: Plan) -> Plan:
    """A project list that writes on each line what the question asks of each project beyond
    what every line says ("open Mobile Apps projects and their P85 dates": the P85 date too)."""
    m = _ASKED_COLUMNS.search(question) or _COLUMNS_FIRST.match(question)
    if m is None and _WHEN_START.search(question):
        m = re.match(r"(?P<what>start dates)", "start dates")  # "when do they kick off"
    if m is None or plan.kind != "answer" or not plan.calls or any(
            name != "projects" for name, _ in plan.calls):
        return plan
    show = [c for c, words in _COLUMN_WORDS.items()
            if re.search(rf"\b(?:{words})(?!\w)", m["what"], re.IGNORECASE)]
    if not show:
        return plan
    plan.calls = [(name, {**args, "show": show}) for name, args in plan.calls]
    said = {"progress": "progress", "p85": "P85 date", "start": "start date",
            "portfolio": "portfolio", "priority": "priority", "days_late": "days late or early",
            "team": "team today"}
    plan.interpretation += f" (with each one's {' and '.join(said[c] for c in show)})"
    return plan


_SHARE_OF = re.compile(r"\b(?:what|which)\s+(?:share|percentage|proportion|fraction|percent|%)"
                       r"\s+of\s+(?:our\s+|the\s+|all\s+)?(?P<base>[^?]+?)\s+(?:are|is|were|was|"
                       r"finished|ended|came in|got|went|closed|delivered|shipped|completed)\b",
                       re.IGNORECASE)


def _share_of(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
              plan: Plan) -> Plan | None:
    """"What percentage of our open projects are at risk?": both counts and their ratio (it
    gave the count alone). The answer divides the second count by the first."""
    m = _SHARE_OF.search(question)
    if m is None or plan.kind != "answer" or len(plan.calls) != 1 or plan.calls[0][0] != \
            "projects":
        return None
    base = _route_whole(f"how many {m['base']}?", vocab, today, page_key)
    if base.kind != "answer" or len(base.calls) != 1 or base.calls[0][0] != "projects" or \
            base.calls == plan.calls:
        return None
    counted = [(name, {**args, "measure": "count"}) for name, args in (*base.calls, *plan.calls)]
    said = f", as of {_as_of(today)}"

    def bare(plan: Plan) -> str:  # "Count of open projects, as of …" -> "open projects"
        return _lower(plan.interpretation.removesuffix(said).removeprefix("Count of "))

    part = bare(plan)
    return replace(plan, calls=counted, measure="share",
                   interpretation=f"{part[:1].upper()}{part[1:]} as a share of {bare(base)}"
                                  f"{said}")


_DUE_SAID = re.compile(r"\bdue\b", re.IGNORECASE)
_DONE_OR_ADDED = re.compile(r"\b(?:finish\w*|done|complet\w*|clos\w*|deliver\w*|ship\w*|added|"
                            r"created|new|raised|opened|burn\w*)\b", re.IGNORECASE)


_SHARE_WORDS = re.compile(r"\b(?:share|percent(?:age)?s?|proportions?|fractions?|ratios?)\b|%",
                          re.IGNORECASE)
_BASE_STATUS = re.compile(r"\bof\s+(?:each\s+[\w ]+?'s\s+|its\s+|their\s+|the\s+|our\s+|all\s+)?"
                          r"(?:(?P<word>open|active|done|closed|finished|completed|cancelled|"
                          r"proposed|ongoing|live)\s+)?projects\b", re.IGNORECASE)


def _shares_by_group(question: str, plan: Plan) -> Plan | None:
    """"What share of each portfolio's done projects finished late", "% of open projects at
    risk per portfolio": per group, both counts and their ratio (it gave the counts alone).
    The base is the projects the question says it is a share of: the same filters less the
    health or outcome asked, and less the status unless it is said before "projects"."""
    if plan.kind != "answer" or len(plan.calls) != 1 or plan.calls[0][0] != \
            "count_projects_by" or not _SHARE_WORDS.search(question) or \
            plan.calls[0][1].get("only"):
        return None
    args = dict(plan.calls[0][1])
    by = args.pop("by")
    said = _BASE_STATUS.search(question)
    base = {k: v for k, v in args.items() if k not in ("health", "finished") and not (
        k == "status" and not (said and said["word"]))}
    if said and said["word"] and "status" not in base:  # "% of open projects is late": the
        word = said["word"].lower()  # base is said, though "late" implies it in the part
        base["status"] = [{"finished": "done", "completed": "done", "ongoing": "open",
                           "live": "open"}.get(word, word)]
    base = _outcome_base(args, base)
    if base == args:
        return None
    return replace(plan, calls=[("share_projects_by", {"by": by, "part": args, "base": base})],
                   measure="groups",
                   interpretation=plan.interpretation.replace(", per ", " as a share, per ", 1))


def _items_due(question: str, plan: Plan) -> Plan | None:
    """"Which work items are due this week", "how many items are due next week": the open ones
    whose own due date falls then (it counted the items finished, or added, then)."""
    if plan.kind != "answer" or len(plan.calls) != 1 or plan.calls[0][0] != "work_items" or \
            plan.calls[0][1].get("event") not in ("done", "created") or \
            not plan.calls[0][1].get("start") or not _DUE_SAID.search(question) or \
            _DONE_OR_ADDED.search(question):
        return None
    name, args = plan.calls[0]
    said = plan.interpretation
    for was in ("Work items finished", "Work items added", "Story points of work items finished",
                "Story points of work items added"):
        said = said.replace(was, "Open work items due (their own due dates)")
    return replace(plan, calls=[(name, {**args, "event": "due"})], interpretation=said)


_TOTAL_SCOPE = re.compile(r"\b(?:total|whole|full|overall|entire)\s+scope\b|\bscope\b[^?.]*?"
                          r"\b(?:in|as)\s+(?:story\s+)?points\b|\bhow\s+big\s+is\s+the\s+"
                          r"scope\b", re.IGNORECASE)
_SCOPE_CHANGE = re.compile(r"\b(?:add(?:ed|s|ing)?|grow(?:n|s|th)?|grew|increas\w*|chang\w*|"
                           r"creep|new|more|since|per)\b", re.IGNORECASE)
_HOW_MUCH_DONE = re.compile(r"\bhow\s+much\s+(?:of\s+it\s+)?(?:is|has\s+been|'s|was)\s+"
                            r"(?:done|finished|completed|burned|delivered)\b", re.IGNORECASE)


_OPEN_PROJECTS = re.compile(r"\b(?:open|active|ongoing|live)\s+projects?\b", re.IGNORECASE)
_OPEN_WORK = re.compile(r"\b(?:open|remaining|left|outstanding|to\s+do|not\s+done|unfinished)\s+"
                        r"(?:story\s+)?(?:points|items|work)\b|\bpoints?\s+(?:left|remaining|"
                        r"outstanding|to\s+go)\b|\bremaining\b", re.IGNORECASE)
_ALL_SAID = re.compile(r"\b(?:total|all|whole|overall|entire)\b", re.IGNORECASE)


def _points_of_open_projects(question: str, plan: Plan) -> Plan | None:
    """"The total number of story points across all open projects in Payments": every point of
    those projects, done or not (the "open" is the projects'), where "open points", "remaining
    points" or "points left" stay the work not done (it gave the points still open)."""
    if plan.kind != "answer" or len(plan.calls) != 1 or not _OPEN_PROJECTS.search(question) or \
            _OPEN_WORK.search(question) or not _ALL_SAID.search(question):
        return None
    name, args = plan.calls[0]
    if name != "work_items" or args.get("event") != "open" or args.get("measure") != "points" \
            or set(args) - {"event", "measure", "portfolio", "status", "priority", "keys"}:
        return None
    return _whole_scope(plan, {**{k: v for k, v in args.items() if k not in ("event", "measure")},
                               "status": args.get("status") or ["open"]})


def _whole_scope(plan: Plan, kept: dict[str, Any], done_by: dt.date | None = None) -> Plan:
    """Every work item's points of the projects ``kept`` describes, done or not; with
    ``done_by``, the points done so far beside them."""
    calls: list[Call] = [("work_items", {**kept, "event": "scope", "measure": "points"})]
    if done_by:
        calls.append(("work_items", {**kept, "event": "done", "measure": "points",
                                     "start": "1900-01-01", "end": done_by.isoformat()}))
    said = plan.interpretation
    return replace(plan, calls=calls, measure="groups" if done_by else "value",
                   subject="work_items",
                   interpretation=f"Story points of all work items, done or not (the whole "
                                  f"scope){' and of those done so far' if done_by else ''}, of "
                                  f"{_lower(describe_filters(kept))}"
                                  f"{said[said.rfind(', as of'):]}")


def _total_scope(question: str, today: dt.date, plan: Plan) -> Plan | None:
    """"The total scope, in story points, of Security's open projects": all their work items,
    done or not (it answered the items added to their scope this week); "… and how much is
    done": the points done so far beside it (it read "done" as the projects' status)."""
    if plan.kind != "answer" or len(plan.calls) != 1 or not _TOTAL_SCOPE.search(question) or \
            _SCOPE_CHANGE.search(question) or periods.find(question, today):
        return None
    name, args = plan.calls[0]
    if not (name == "scope_added" or name == "projects" and args.get("measure") == "count"):
        return None  # (or the projects counted: "total scope of open projects in Security")
    kept = {k: v for k, v in args.items() if k not in ("start", "end", "measure")}
    done = bool(_HOW_MUCH_DONE.search(question))
    if done and kept.get("status") == ["done"]:
        del kept["status"]  # "… and how much is done": the work's, not the projects' status
    return _whole_scope(plan, kept, today if done else None)


def _outcome_base(part: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """The projects a share of an outcome ("finished late", "early") is of: the done ones, when
    the base says no status of its own, and those finished in the period that dates the
    outcome ("what % of projects finished late in 2025": of those finished in 2025)."""
    if not part.get("finished") or base.get("finished"):
        return base
    dated = {k: part[k] for k in ("completed_from", "completed_to") if part.get(k)}
    if not base.get("status"):
        base = {**base, "status": ["done"]}
    if dated and not any(base.get(k) for k in dated):
        base = {**base, **dated}
    return base


_SHARE_OF_OUTCOME = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|proportion|fraction|ratio|%)\s+of\s+"
    r"(?P<base>.+?)\s+(?P<outcome>(?:(?:were|was|got|have been|has been)\s+)?(?:finished|"
    r"completed|delivered|shipped|landed|came in|closed|done)?\s*(?:late|early|on time|after "
    r"(?:the|their|its) due dates?|(?:ahead of|before) (?:the|their|its) due dates?))\b",
    re.IGNORECASE)


def _share_of_outcome(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
                      plan: Plan) -> Plan | None:
    """"What share of the projects we completed in 2025 finished late?": the projects said
    first counted, and of them those with the outcome (it asked what "proportion" meant)."""
    m = _SHARE_OF_OUTCOME.search(question)
    if m is None or plan.kind == "answer":
        return None
    base_text = re.sub(r"\b(?:we|i|they|you)\s+", "", m["base"], flags=re.IGNORECASE)
    if not re.search(r"\bprojects?\b", base_text, re.IGNORECASE):
        return None
    base = _route_whole(f"how many {base_text}?", vocab, today, page_key)
    part = _route_whole(f"how many {base_text} {m['outcome']}?", vocab, today, page_key)
    if base.kind != "answer" or part.kind != "answer" or len(base.calls) != 1 or \
            len(part.calls) != 1 or {base.calls[0][0], part.calls[0][0]} != {"projects"} or \
            base.calls == part.calls:
        return None
    said = f", as of {_as_of(today)}"
    counted = [(name, {**args, "measure": "count"}) for name, args in (*base.calls, *part.calls)]

    def bare(one: Plan) -> str:
        return _lower(one.interpretation.removesuffix(said).removeprefix("Count of "))

    text = bare(part)
    return replace(part, calls=counted, measure="share",
                   interpretation=f"{text[:1].upper()}{text[1:]} as a share of {bare(base)}"
                                  f"{said}")


def _share_of_finished(plan: Plan) -> Plan | None:
    """"What % of Devices projects finished late": a share of the finished ones (an outcome is
    only known of a done project, docs/metrics.md), not of every project, open ones included."""
    if plan.kind != "answer" or plan.measure != "share" or len(plan.calls) != 2 or any(
            name != "projects" for name, _args in plan.calls):
        return None
    (base_name, base), (_name, part) = plan.calls
    wider = _outcome_base(part, base)
    if wider == base:
        return None
    said = plan.interpretation.rsplit(" as a share of ", 1)
    of = _lower(describe_filters({k: v for k, v in wider.items() if k != "measure"}))
    as_of = plan.interpretation[plan.interpretation.rfind(", as of"):]
    return replace(plan, calls=[(base_name, wider), plan.calls[1]],
                   interpretation=f"{said[0]} as a share of {of}{as_of}" if len(said) == 2
                   else plan.interpretation)


_COMPARED = re.compile(r"\b(?:compare[sd]?|comparing|comparison|vs\.?|versus|against|better|"
                       r"worse|trend\w*|differ\w*|change[sd]?)\b|\b(?:more|fewer|less|higher|"
                       r"lower|faster|slower)\b.*\bthan\b", re.IGNORECASE)
_OWNED_BETWEEN = re.compile(r"\s*'s\s+(?P<what>[\w -]{2,60}?)\s*,?\s+(?:vs\.?|versus|compared? "
                            r"(?:with|to)|with|to|against|and|or)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\s*,?\s*(?:vs\.?|versus|compared? (?:with|to)|against|and|or|than)\s+"
                      r"(?:with\s+)?", re.IGNORECASE)
# "compare the projects completed in Q1 with Q4": "with" joins two periods after "compare"
_WITH = re.compile(r"\s*,?\s*with\s+", re.IGNORECASE)
_COMPARE = re.compile(r"\bcompar(?:e[sd]?|ing)\b", re.IGNORECASE)
_LEADING = re.compile(r"(?:in|during|for|over|on)\s+", re.IGNORECASE)


def _joined(one: Plan, other: Plan, today: dt.date, link: str = "and") -> str:
    """Two answers' interpretations as one, the day said once: "Work items finished, this
    month (…); and work items finished, last month (…), as of 17 Jun 2026"."""
    return f"{one.interpretation.removesuffix(f', as of {_as_of(today)}')}; {link} " \
           f"{_lower(other.interpretation)}"


def _periods_compared(question: str, vocab: Vocabulary, today: dt.date,
                      page_key: str | None, plan: Plan) -> Plan | None:
    """"Compare throughput this month vs last month", "delivered this year compared with last
    year": the same question asked of both periods, both answered (it answered the first)."""
    question = normalize(question)  # "this wk vs last wk": the periods as read
    if plan.kind != "answer" or len(plan.calls) != 1 or not _COMPARED.search(question):
        return None
    found = periods.find(question, today)
    if len(found) != 2:
        return None
    (a0, a1), (b0, b1) = found[0].span, found[1].span
    owned = _OWNED_BETWEEN.fullmatch(question[a1:b0])
    tail = re.match(r"\s*'s\b", question[b1:])
    if owned and tail:  # "this week's throughput with last week's": the measure before each
        what, rest = owned["what"], question[b1 + tail.end():]
        one = _route_whole(f"{question[:a0]}{what} {question[a0:a1]}{rest}", vocab, today,
                           page_key)
        other = _route_whole(f"{question[:a0]}{what} {question[b0:b1]}{rest}", vocab, today,
                             page_key)
    elif _BETWEEN.fullmatch(question[a1:b0]) or (
            _WITH.fullmatch(question[a1:b0]) and _COMPARE.search(question[:a0])):
        # "in May compared with April": the second period read with the first's preposition
        second, lead = question[b0:b1], _LEADING.match(question[a0:a1])
        if lead and not _LEADING.match(second):
            second = lead.group(0) + second
        one = _route_whole(question[:a1] + question[b1:], vocab, today, page_key)
        other = _route_whole(question[:a0] + second + question[b1:], vocab, today, page_key)
    else:
        return None
    if one.kind != "answer" or other.kind != "answer" or len(one.calls) != 1 or len(
            other.calls) != 1 or one.calls[0][0] != other.calls[0][0] or one.calls == other.calls:
        return None
    return replace(one, calls=one.calls + other.calls, measure="groups",
                   interpretation=_joined(one, other, today))


_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)
_SIDES = ((1, 1), (2, 2), (1, 2), (2, 1), (2, 3), (3, 2), (3, 3))  # words on each side


def _alternatives(question: str, vocab: Vocabulary, today: dt.date, page_key: str | None,
                  plan: Plan) -> Plan | None:
    """"Items added vs done last week", "open features vs open backlog items": the question
    asked of each side of "vs", both answered (it answered one side). The sides are the fewest
    words on each side of "vs" that make two readings of one tool differing in what is
    compared; a comparison the whole already reads ("Payments vs Growth") stands."""
    text = normalize(question)
    found = list(_VERSUS.finditer(text))
    if len(found) != 1 or plan.kind != "answer" or len(plan.calls) != 1 or plan.measure in (
            "groups", "share"):
        return None
    before, after = text[:found[0].start()].split(), text[found[0].end():].split()
    for k, m in _SIDES:
        if k > len(before) or m > len(after):
            continue
        head, left = before[:len(before) - k], before[len(before) - k:]
        right, tail = after[:m], after[m:]
        one = _route_whole(" ".join([*head, *left, *tail]), vocab, today, page_key)
        other = _route_whole(" ".join([*head, *right, *tail]), vocab, today, page_key)
        if one.kind == other.kind == "answer" and len(one.calls) == len(other.calls) == 1 and \
                one.calls[0][0] == other.calls[0][0] and one.calls != other.calls and \
                plan.calls in (one.calls, other.calls):
            return replace(one, calls=one.calls + other.calls,
                           interpretation=_joined(one, other, today, "versus"))
    return None


def _beyond_the_page(plan: Plan, page_key: str | None) -> Plan:
    """Asked on a project's page but answered across everything ("how many days late are we"
    read as the late projects): the interpretation says so, so it is not read as the page's."""
    if page_key is None or plan.kind != "answer" or not plan.calls or _mentions_page(
            plan, page_key):
        return plan
    plan.interpretation += f" (across all you can see, not only {page_key})"
    if not plan.message:  # said above the answer too: the numbers below are not the page's
        plan.message = f"*Across all you can see, not only {page_key}:*"
    return plan


def _route_whole(question: str, vocab: Vocabulary, today: dt.date,
                 page_key: str | None = None, previous: str | None = None, *,
                 glossed: bool = False) -> Plan:
    if previous:
        merged = followup_question(question, previous, vocab, today, page_key)
        if merged is not None:
            plan = route(merged, vocab, today, page_key)
            plan.resolved = merged
            if plan.kind == "answer":
                plan.interpretation = f"Following up: {plan.interpretation}"
            return plan
    r = read(without_context(question, vocab), vocab, today, page_key)
    if r.language != "en" and not glossed:
        read_as = _glossed(r, vocab, page_key)
        if read_as is not None:
            return read_as
    plan = _decide(r, vocab)
    plan.language = r.language
    if plan.kind == "answer" and r.language == "en":
        plan = _two_periods(r, plan) or _gate(r, vocab, plan)
    if r.has("cause"):
        plan.intents.append("cause")
    if r.family("f") or r.has("health:at_risk"):
        plan.intents.append("forecast")
    plan.corrections = [(t.corrected_from, t.low) for t in r.tokens if t.corrected_from]
    if plan.kind == "answer" and not plan.interpretation:
        plan.interpretation = "Answering: " + r.question
    if plan.kind == "answer" and r.notes:
        plan.interpretation += " (" + "; ".join(r.notes) + ")"
    if plan.corrections and plan.kind == "answer":
        plan.interpretation += " (read " + ", ".join(
            f"“{a}” as “{b}”" for a, b in plan.corrections) + ")"
    return plan


_PERIOD_NOUN = re.compile(r"\b(?:week|weeks|month|months|quarter|quarters|year|years|"
                          r"fortnight|semester|semestre|trimester|trimestre|half)\b",
                          re.IGNORECASE)


def _glossed(r: Reading, vocab: Vocabulary, page_key: str | None) -> Plan | None:
    """A question in another language read through its word-for-word English gloss, when the
    gloss reads cleanly (an answer or a refusal, nothing left unread); the answer says so."""
    english = gloss(r.original, r.language)
    if not english:
        return None
    plan = route(english, vocab, r.today, page_key, glossed=True)
    if plan.language != "en" or plan.kind not in ("answer", "refuse"):
        return None
    if plan.kind == "answer" and _PERIOD_NOUN.search(english) and not read(
            english, vocab, r.today, page_key).periods:
        return None  # "au premier trimestre" glossed half-way: a period left unread
    name = LANGUAGE_NAMES.get(r.language, "another language")
    note = (f"Without a language model I read questions in English; I read this {name} "
            f"question word by word as “{english}”.")
    plan.message = f"{note} {plan.message}".strip() if plan.message else note
    plan.interpretation = f"Read from {name} as “{english}”: {plan.interpretation}"
    plan.language = r.language
    return plan


_CONTEXT = re.compile(r"(?:i|i'm|im|i am|i'd|i would|i'll|i will|i have|i've|i need|i want|i was|"
                      r"i run|i manage|i mean|my|we're|we are|we have|we've|we've got|thanks|"
                      r"thank you|cheers|hi|hello|hey|fyi|ok|okay|it's for|it is for|this is for|"
                      r"sorry|apologies|forgive me|it's my|it is my|it goes|this goes|"
                      r"(?:just )?(?:want|wanted|need|needed) a (?:quick )?heads[- ]up|"
                      r"it's going|that goes|"
                      r"that's for|"
                      r"(?:just )?(?:thinking|trying|wanting|hoping|planning) (?:of|to|about)|"
                      r"want to|need to|need it|going to|gonna|"
                      r"(?:need|needs|needed|looking for) (?:someone|somebody|a person|an extra "
                      r"pair of hands|help|cover|an? (?:reviewer|tester|designer|developer|"
                      r"engineer|volunteer|backup|replacement|helper|expert|specialist)) "
                      r"(?:for|to)|"
                      r"(?:it )?(?:felt|feels|seemed|seems|looked|looks) like)\b",
                      re.IGNORECASE)
_ASKS = re.compile(r"(?:(?:so|and|but|then|also|now|ok|okay|right|quick one)\W+)*"
                   r"(?:what|what's|whats|which|who|who's|whos|whose|how|how's|when|when's|where|"
                   r"why|is|are|was|were|do|does|did|can|could|would|will|has|have|had|should|"
                   r"give|show|list|tell|pull|get|find|count|rank|compare|any|anyone|anybody|"
                   r"anything|name|please|explain|summarise|summarize|quote)\b", re.IGNORECASE)
_NOT_GERUNDS = {"during", "anything", "nothing", "something", "everything", "pending",
                "upcoming", "remaining", "outstanding", "incoming", "ongoing", "missing",
                "according", "including", "excluding", "regarding", "starting", "ending",
                "comparing", "contrasting", "ranking", "sorting", "grouping", "splitting",
                "beginning", "following", "morning", "evening", "spring", "king", "string",
                "meaning", "leaving", "ignoring", "setting", "counting"}
# a time of day ("10 a.m.", "nine pm"): the data has days, and the dots would end a sentence
_TIME_OF_DAY = re.compile(r"\b(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve)\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)",
                          re.IGNORECASE)
# what the answer is for, not a filter: "for tomorrow", "for the steering review", "for the deck"
_PURPOSE = re.compile(r"(?<!\bdue )(?<!\bdone )\b(?:for|before|ahead of) "
                      r"(?:(?:tomorrow|tonight|later|today|monday|tuesday|wednesday|thursday|friday)(?!['\w])|"
                      r"(?:monday|tuesday|wednesday|thursday|friday)(?:'s|’s) (?:[\w'-]+ ){0,2}"
                      r"(?:call|meeting|review|sync|standup|update|report)\b|"
                      r"(?:steerco|steering|qbr|standup|stand-up|retro|exec|execs)\b|(?:the|my|our|tomorrow's|today's|"
                      r"this week's|next week's|a|an) (?:[\w'-]+ ){0,3}(?:review|meeting|"
                      r"steering|call|standup|stand-up|sync|deck|slides|pack|board|update|report|"
                      r"1:1|one-on-one|catch-up|presentation|retro|email|invite|qbr|committee|"
                      r"steerco|all-hands|town hall|offsite|leadership|exec|execs|audit|audit file|"
                      r"file|"
                      r"files|memo|brief|briefing|spreadsheet|tracker|newsletter|records|"
                      r"schedule|roadmap|handover|hand-over|write-up|writeup|paperwork|dossier|"
                      r"digest|summary|recap|round-?up)"
                      r"(?: pack| deck| notes| prep| agenda| slides?)?|"
                      # who the answer is for, closing the question ("… for the VP?")
                      r"(?:the|my|our) (?:vp|svp|evp|ceo|cfo|cto|coo|cio|ciso|boss|chef)"
                      r"(?=\s*[?.!]*\s*$))"
                      r"(?!\w)(?:\s+(?:on\s+)?(?:tomorrow|today|monday|tuesday|wednesday|thursday|"
                      r"friday|next week|this week))?",
                      re.IGNORECASE)


# a tag at the end asks nothing ("it's on hold anyway, isn't it", "right?")
_TAG_QUESTION = re.compile(r"(?:\s*,\s*(?:is it|are they|do we|no)|[,\s]+(?:isn't it|aren't they|"
                           r"isn't that so|don't we|right|yeah|eh))\s*(\??)\s*$",
                           re.IGNORECASE)  # "…, is it?"; not "how late is it?"
# words that open a message without asking anything ("okay", "so", "hi there,")
_DISCOURSE = re.compile(r"^(?:(?:okay|ok|so|right|alright|hi|hey|hello|morning|quick one|"
                        r"quick q(?:uestion)?|um+|uh+|erm*|er|well|also|and)(?: there)?\b"
                        r"[\s,!:.-]*|(?:quick |a quick )?(?:headcount|count|number|sanity check|"
                        r"check)(?: please| pls)?\s*:\s*(?=(?:how|what|which|who)\b))+(?=\w)",
                        re.IGNORECASE)  # "Quick headcount please: how many workstreams …"
# a polite frame around a question ("Could you tell me: when did …", "I'd like to know how …")
_LEAD_IN = re.compile(r"^(?:(?:could|can|would|will) you (?:please |pls |kindly )?(?:tell me|let "
                      r"me know|find out|check|look up|say)|(?:please |pls )?tell me|i'd like to "
                      r"know|i would like to know|i want to know|i wanna know|i need to know|"
                      r"do you know|any idea|i wonder|i was wondering|i'm wondering|"
                      r"i am wondering)\b[\s,:.-]*", re.IGNORECASE)
_WH = re.compile(r"(?:what|what's|whats|which|who|who's|whos|whose|when|when's|wh?n|wen|where|"
                 r"why|how|how's)\b", re.IGNORECASE)


# a clause about the asker that still says what they ask for ("I need someone with terraform")
_REQUEST = re.compile(r"\b(?:someone|somebody|anyone|anybody|person|people|folks|dev|devs|"
                      r"developer|developers|engineer|engineers|project|projects)\b", re.IGNORECASE)
# the question points back at what the other clause named ("I'm joining X, who else is on it?")
_BACK_REFERENCE = re.compile(r"\b(?:it|its|them|they|their|her|him|his|she|he|that one|those|"
                             r"these|that team|this team|that project|the same one|there|"
                             r"that crew|this crew|that squad|this squad|that one|the team|"
                             r"the project|the meeting|the sync|the call|"
                             r"what (?:was|got|did they|did we) (?:decided|agreed|discussed|"
                             r"decide|agree|discuss|said|say))\b",
                             re.IGNORECASE)  # "I missed the X sync. What was decided?"


_REMARK = re.compile(r"\b(?:anyway|anyhow|though|i think|i guess|i believe|asked|will ask|"
                     r"is asking|are asking|wants to know|want to know|wants it|needs it|"
                     r"depends? on (?:it|this|that)|hinges on (?:it|this)|"
                     r"would like to know|(?:is|are|was|were) (?:my|our|the) (?:main |big |biggest "
                     r")?(?:worry|concern|worries|concerns|fear|focus|interest))\W*$",
                     re.IGNORECASE)  # "hardware suppliers are my worry": why the asker asks


# what the answer is for ("Before I approve any more spend", "So that I can line people up",
# "for the budget split wrt headcount"): no filter, unless it carries one ("for open projects")
_PURPOSE_CLAUSE = re.compile(r"(?:(?:before|once|so that|so|in order that|that|until|while) "
                             r"(?:i|we)\b|"
                             r"(?:since|because|as) (?:we|i) (?:keep|kept|are|were|have|had|"
                             r"need|want)\b|"
                             r"in order to\b|for (?:the|our|my|this|that) )", re.IGNORECASE)


# what someone keeps telling the asker, beside the question ("the team keeps saying soon")
_HEARSAY = re.compile(r"\b(?:keeps?|kept|keep on|keeps on|have been|has been|are|is|were|was) "
                      r"(?:saying|telling (?:me|us)|promising|claiming|insisting|mentioning)\b|"
                      r"^(?:(?:the|our|my) [\w-]+(?: [\w-]+)?|people|everyone|everybody|they|"
                      r"folks) (?:say|says|said|claim|claims|reckon|reckons|tell me|told me)\b",
                      re.IGNORECASE)  # "The teams say …" (not "Tom told me he's …": him)


# who the asker is ("As the new resource manager here", "as a team lead", "Being new")
_AS_ROLE = re.compile(r"(?:as (?:a|an|the|your|our|my|their|someone|somebody)|being (?:a|an|the|"
                      r"new)|speaking as|wearing my)\b", re.IGNORECASE)


# someone else's request ("Finance wants the write-off list", "the CISO asked for it")
_THIRD_PARTY = re.compile(r"(?:the )?[\w-]+(?: [\w-]+)? (?:wants|needs|asked for|is asking for|"
                          r"asked me|would like|(?:has|have) (?:asked|requested)|"
                          r"(?:is|are) asking to)\b", re.IGNORECASE)


# where a dictated question without punctuation starts a new sentence: a capitalised opening
# word after a lower-case one ("… need most Trying to decide …", "… stand-ups What's his load"),
# or, after a question, the asker's own words ("… on this one quoting it at the sync")
_SPOKEN_START = re.compile(r"(?<=[a-z0-9'’])\s+(?=(?:What|What's|Which|Who|Who's|How|When|Where|"
                           r"Why|Is|Are|Can|Could|Do|Does|I'm|I've|I'd|It's|Trying|We're|"
                           r"My)\b)")
_SPOKEN_ASIDE = re.compile(r"\s+(?=(?:trying to|i want to|i need to|i'd like to|i would like to|"
                           r"it's for|it is for|i'm meeting|i am meeting|putting it|bringing|"
                           r"quoting it|i compare|i keep|i might|i'll|i have to|i've been)\b)",
                           re.IGNORECASE)


_SUBJECT_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|am|we|they|he|she|it|you|team|who|"
                             r"that|which)|[A-Za-z]{2,5}-?\d{2,}|[A-Z]\w*)$")


def _dictated(text: str) -> str:
    """A question dictated without punctuation, split into its sentences where a new one
    clearly starts, so what only tells about the asker is read as such ("which skill do the open
    work items need most trying to decide what to brush up on")."""
    body = text.rstrip(" ?.!")
    if re.search(r"[.?!;:,]|\s[-–—]\s", body) or len(body.split()) < 6:
        return text
    cuts = [m.start() for m in _SPOKEN_START.finditer(body)]
    if _ASKS.match(_opening(body)):
        cuts += [m.start() for m in _SPOKEN_ASIDE.finditer(body) if m.start() > 10 and not (
            _SUBJECT_BEFORE.search(body[:m.start()]))]  # not "what is PRJ-0002 trying to do"
    if not cuts:
        return text
    parts, last = [], 0
    for cut in sorted(set(cuts)):
        parts.append(body[last:cut].strip())
        last = cut
    parts.append(body[last:].strip())
    marked = [f"{p}?" if _ASKS.match(_opening(p)) else f"{p}." for p in parts if p]
    return " ".join(marked)


def _purpose(clause: str) -> bool:
    return bool(_PURPOSE_CLAUSE.match(clause.strip(" ,;:-–—")))


# when the asker's meeting is ("Exec sync in 10 minutes.", "Steering at 3pm.", "Board call
# tomorrow."): what the answer is for, not what it is about
_EVENT = re.compile(r"^(?:my |our |the |an? )?(?:[\w&/'-]+ ){0,3}(?:sync|meeting|call|review|"
                    r"steering(?: committee| co)?|standup|stand-up|board|qbr|offsite|"
                    r"all-hands|1:1|demo|presentation|catch-up|check-in|planning|retro|"
                    r"retrospective|refinement|grooming|kick-?off|workshop|one-to-one)\b"
                    r"(?: (?:with|for) (?:the |my |our )?[a-z]+)?"
                    r"(?: is| starts| happens|'s|’s)? (?:in (?:\d+|a few|five|ten|fifteen|twenty|"
                    r"thirty|an?|half an) (?:min(?:ute)?s?|hours?|hrs?)|at \d{1,2}(?::\d\d)?\s*"
                    r"(?:am|pm)?|tomorrow(?: morning| afternoon)?|today|this (?:morning|afternoon)|"
                    r"soon|shortly|coming up|starts soon)"
                    r"(?: and (?![^.?!]*\b(?:which|who|what|how|when|where|why)\b)[^.?!]*)?"
                    r"\W*$", re.IGNORECASE)  # "…, and two teams want the same people"


def _is_context(clause: str, vocab: Vocabulary | None = None) -> bool:
    """A clause that only tells about the asker or what the answer is for ("I'm reconciling the
    pipeline", "thinking of parking a few", "Putting slides together for the steering")."""
    text = re.sub(r"^(?:(?:so|and|but|also|just)\W+)+", "", clause.strip(" ,;:-–—"),
                  flags=re.IGNORECASE)
    if _CONTEXT.match(text) or _REMARK.search(text) or _THIRD_PARTY.match(text):
        return True
    if _EVENT.match(text) and not _names(text, vocab) and not (  # "Exec sync in 10 minutes";
            vocab is not None and vocab.find(tokenize(normalize(text)), set())):  # not
        return True  # "Payments review in an hour": the portfolio may be what is asked about
    if _HEARSAY.search(text) and not text.rstrip().endswith("?"):
        return True  # "…, the observability team keeps saying soon"
    if _AS_ROLE.match(text) and not _names(text):  # "As the new resource manager here, …"
        return True
    if _PURPOSE_CLAUSE.match(text) and not text.rstrip().endswith("?") and not any(
            h.family in ("status", "health", "priority", "skill", "f", "m", "field")
            or h.concept == "subject:projects" for h in lexicon.find(tokenize(normalize(text)))):
        return True  # "Before I approve more spend here, …", "for the budget split: …"
    words = text.split()
    first = (words or [""])[0].lower()
    return len(words) > 1 and first.endswith("ing") and len(first) > 5 and \
        first not in _NOT_GERUNDS and english(first) >= 3.0 and \
        not text.rstrip().endswith("?")  # "anyhting at risk?" asks; "planned, running, …" lists


_INTRODUCED = re.compile(r"^(?:(?:hi|hey|hello)\W+)?(?:(?:it's |this is )?"
                         r"([A-Z][a-z]+ [A-Z][a-z]+) here\b[\s,.:;!-]*|"
                         r"(?:I'm|I am|[Mm]y name is|[Tt]his is) ([A-Z][a-z]+ [A-Z][a-z]+)"
                         r"\s*[.,:;!-]+\s*)")  # "Hugo Lopez here, …", "I'm Rosa Novak. …"


# who is asking and from where ("Joanne from FP&A here.", "Marta in resourcing:"): no filter
_SIGNED = re.compile(r"^(?:(?:hi|hey|hello)\W+)?(?:it's |this is )?(?!(?i:who|what|which|how|when|"
                     r"where|why|whose|anyone|anybody|someone|somebody|is|are)\b)"
                     r"[A-Z][a-z]+(?: [A-Z][a-z]+)? "
                     r"(?:from|in|on) (?:the )?[\w&/.-]+(?: [\w&/.-]+){0,2}(?: team)?"
                     r"(?: here\b[\s,.:;!-]*|\s*:\s+)")


def _introduced(text: str) -> str:
    """"Hugo Lopez here, which of my projects …": the asker says who they are, so "my" and
    "I" are that person."""
    signed = _SIGNED.match(text)
    if signed and _asks(text[signed.end():]):
        return text[signed.end():]
    m = _INTRODUCED.match(text)
    if not m:
        return text
    name, rest = m.group(1) or m.group(2), text[m.end():]
    rest = re.sub(r"\bmy\b", f"{name}'s", rest)
    return re.sub(r"\b(?:I am|I'm|am I)\b", f"{name} is", rest)


def _opening(sentence: str) -> str:
    """A sentence without the words that open it and ask nothing ("um so", "okay,", "Could you
    tell me:")."""
    while True:
        bare = _DISCOURSE.sub("", sentence) or sentence
        framed = _DISCOURSE.sub("", _LEAD_IN.sub("", bare, count=1))
        lead = _LEAD_IN.match(bare)
        if _WH.match(framed) or lead and ":" in lead.group(0):  # the frame goes where a
            bare = framed  # question follows it, or a colon ends it ("Could you tell me: …")
        if bare == sentence:
            return sentence
        sentence = bare


# what a sentence beside the question must carry to be part of it ("Only the critical ones.")
ASKED_FAMILIES = ("subject", "status", "health", "priority", "measure", "rank", "compare",
                  "group", "m", "f", "field", "people", "skill", "cause", "doc", "verb")


# a remark after the question about what it asked for ("His hours are split across …")
_PRONOUN_START = re.compile(r"(?:he|she|his|her|they|their|it|its|it's)\b", re.IGNORECASE)


def _aside(sentence: str, vocab: Vocabulary | None = None) -> bool:
    """A sentence beside the question that neither asks, nor names anything (a capitalised
    word, a key, a known name), nor carries a filter word ("Back from three months of leave and
    trying to catch up.", "His hours are split across cost centres."): its words are the
    asker's story, not the question's."""
    if _names(sentence) or _REQUEST.search(sentence) or _first_is_name(sentence) and not (
            _STATES.search(sentence)):  # "Keys are fine.": a statement, not "Fnance only."
        return False
    if vocab is not None and vocab.find(tokenize(normalize(sentence)), set()):
        return False
    return not any(h.family in ASKED_FAMILIES and h.family != "doc"  # "I keep seeing old ones
                   for h in lexicon.find(tokenize(sentence)))  # mentioned in the minutes."


def _first_is_name(sentence: str) -> bool:
    first = (sentence.split() or [""])[0].strip(".,;:!?")
    return first[:1].isupper() and english(first.lower()) < 5.0


def _names(sentence: str, vocab: Vocabulary | None = None) -> bool:
    """Whether a sentence names something a later pronoun could point back at: a key, a
    capitalised word past its first ("I'm joining Falcon.", not "I'm new on the team.") or,
    written in lower case, a project's name ("i missed the lumen accessibility audit sync")."""
    if vocab is not None and any(m.kind in ("project", "project_part") and not m.ambiguous
                                 for m in vocab.find(tokenize(normalize(sentence)), set())):
        return True
    words = sentence.split()[1:]
    return bool(re.search(r"\b[A-Za-z]{2,5}-?\d{2,}\b", sentence)) or any(
        w[:1].isupper() and w.strip(".,;:!?'’") not in ("I", "I'm", "I’m", "I've", "I'd", "I'll")
        for w in words)


# what the asker settles on after a change of mind: only what follows counts
_JUST_THIS = re.compile(r"\b(?:but )?(?:(?<!right )(?<!for )now|actually|instead)"
                        r"(?: (?:just|only))?(?: this| the following)?\s*:\s*(.+)$",
                        re.IGNORECASE)  # not "the
# bigger problem right now: A, or B?", where the colon opens what is compared


# who passes a question on, before what they asked: "The hardware lead asked me", "My VP
# wants", "Finance needs to know", "The PO messaged me", "Someone asked me in standup"
# the verbs of a question asked by someone else ("… asked", "… wants to know")
_ASKING = (r"asked|asks|is asking|was asking|has asked|wants? to know|wanted to know|"
           r"needs? to know|would like to know")
_RELAYED = re.compile(
    r"(?P<who>(?:(?:hi|hello|hey)[\s,!]+)?(?:(?:the|my|our|a|an|some|one of our|one of the)\s+)?"
    rf"(?:[\w&/'’-]+\s+){{0,3}}?)(?:{_ASKING}|wants|needs|messaged|emailed|texted|pinged|wrote|"
    r"sent)(?:\s+(?:me|us|our team|the team|me this|us this|this))?(?:\s+in [\w-]+)?"
    r"(?:\s+(?:to confirm|to check|to find out|for|if|whether))?[\s:,]+(?P<q>[\"'“‘]?(?:who|"
    r"what|which|how|why|when|where|whether|is|are|does|do|can|the|a|an|all|any|every|"
    r"everyone|everybody|anyone)\b)", re.IGNORECASE)
# what the answer will be set beside, before the question: not its period or filter
_COMPARED_WITH = re.compile(r"^\s*(?:(?:just )?for|as a|by way of) (?:comparison|reference|"
                            r"context) (?:with|to|against|versus|vs\.?) [^:,.?]{1,40}[:,]\s*",
                            re.IGNORECASE)
PRONOUNS = {"i", "we", "you", "he", "she", "they", "it", "i'm", "we're", "she's", "he's"}
_QUOTED = re.compile(r"\"([^\"]{6,}\?)\"|“([^”]{6,}\?)”|‘([^’]{6,}\?)’")


def _relayed(text: str, vocab: Vocabulary | None) -> str:
    """A question someone passed on, asked in their words: what they asked is the question,
    and who passed it on (a role the data does not know: "VP", "PO", "the hardware lead") is no
    filter. A quoted question is the question; a relayer named in the data is kept (their
    "he" or "my" may point at them)."""
    quoted = _QUOTED.search(text)
    said = next((g for g in quoted.groups() if g), "") if quoted else ""
    if said and _ASKS.match(said.strip()):
        return said
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        found = _RELAYED.match(sentence)
        who = found.group("who") if found else ""
        first = (who.split() or [""])[0].lower()
        if found and who.strip() and first not in QUESTION_WORDS | PRONOUNS and not (
                vocab is not None and any(m.kind in PERSON_KINDS + ("project", "project_part")
                                          for m in vocab.find(tokenize(normalize(who)), set()))):
            rest = sentence[found.start("q"):].lstrip("\"'“‘")
            sentence = rest[:1].upper() + rest[1:]
        out.append(sentence)
    return " ".join(out)


_THAT_PERIOD = re.compile(r"\b(?:(?:for|in|during|over) )?(?:that|the same) (?:week|month|"
                          r"quarter|year)\b", re.IGNORECASE)


def _that_period(text: str) -> str:
    """"Priya is back in July. How much is she booked for that month?": the period said before
    is the one "that month" points back at."""
    that = _THAT_PERIOD.search(text)
    if that is None:
        return text
    said = periods.find(text[:that.start()].lower(), dt.date(2000, 1, 5))  # where, not when
    if not said:
        return text
    words = text[said[-1].span[0]:said[-1].span[1]]
    lead = "" if re.match(r"(?:in|on|during|for|this|next|last|the)\b", words,
                          re.IGNORECASE) else "in "
    return text[:that.start()] + lead + words + text[that.end():]


def _without_periods(clause: str) -> str:
    """"I'm joining the Growth team next week": kept for the team a later "their" means, but
    when the asker joins is no filter of the question."""
    day = dt.date(2000, 1, 5)  # any day: only where the periods are is read here
    for p in sorted(periods.find(clause.lower(), day), key=lambda p: -p.span[0]):
        clause = clause[:p.span[0]] + clause[p.span[1]:]
    return " ".join(clause.split())


def _names_project(phrase: str, vocab: Vocabulary | None) -> bool:
    """"for the Beacon observability stack call": a project's name is what is asked about,
    not the occasion the answer is for."""
    return vocab is not None and any(m.kind in ("project", "project_part") for m in vocab.find(
        tokenize(normalize(phrase)), set()))


def _asks(clause: str) -> bool:
    return clause.rstrip().endswith("?") or bool(_ASKS.match(clause.strip(" ,;:-–—")))


# someone away, said before the question ("Zoe is out all of July - who can cover?")
_OUT = re.compile(r"\b(?:is|are|'s|will be|goes|go|going) (?:out|off|away|on leave)\b",
                  re.IGNORECASE)


def without_context(question: str, vocab: Vocabulary | None = None) -> str:
    """The question without what only tells about the asker or what the answer is for ("I'm
    meeting him this week and would like to be prepared.", "Putting slides together for the
    steering tomorrow, ...", "..., I'm reconciling the pipeline"): their periods and words are
    not filters. Sentences first (and a run-on request split before "tell me", "can you"), then
    the clauses of what is left (split at commas, colons, dashes and semicolons); only when
    another sentence or clause asks the question, and never what that question points back at
    or what says what is asked for."""
    text = _that_period(" ".join(_TIME_OF_DAY.sub(" ", question).split()))
    text = re.sub(r"(?:,\s*|\s+)i mean\b[.!]?|\bi mean,?\s*", " ", text, flags=re.IGNORECASE)
    text = _dictated(text)
    dash = re.search(r"\s+[-–—]+\s+(?=(?:which|what|who|how|is|are|can|could|when|where|why|"
                     r"does|do)\b[^.!?]*\?\s*$)", text, re.IGNORECASE)
    if dash and "." not in text[:dash.start()] and (_CONTEXT.match(text) or _OUT.search(
            text[:dash.start()])):  # "I'm meeting X tomorrow - which", "Zoe is out all of
        text = f"{text[:dash.start()]}. {text[dash.end():]}"  # July - who …"
    text = _relayed(text, vocab)  # "The CFO asked me why this project is behind."
    text = _COMPARED_WITH.sub("", text)  # "For comparison with Q2: how many … in Q1?"
    narrowed = _JUST_THIS.search(text)  # "She first wanted X, but now just this: how many …?"
    if narrowed and _ASKS.match(narrowed.group(1).strip()):
        text = narrowed.group(1)
    text = " ".join(_PURPOSE.sub(lambda m: m.group(0) if _names_project(m.group(0), vocab)
                                 else " ", text).split()).lstrip(" ,;:.-")
    text = _TAG_QUESTION.sub(r"\1", text)
    text = _introduced(_opening(text))
    raw = [s for s in re.split(r"(?<=[.!?])\s+|\s+(?=(?:tell me|can you|could you|would you|"
                              r"please)\b)", text.strip(), flags=re.IGNORECASE) if s]
    if sum(s.rstrip().endswith("?") for s in raw) >= 2 and any(
            _ASKS.match(_opening(s).strip()) for s in raw):  # "Which skill …? Trying to decide
        raw = [f"{s.rstrip()[:-1]}." if s.rstrip().endswith("?") and not _ASKS.match(  # what
            _opening(s).strip()) and _is_context(f"{s.rstrip()[:-1]}.") else s  # to learn?":
            for s in raw]  # a statement typed with a question mark
    if any(s.rstrip().endswith("?") for s in raw):  # "… have? I want to know what to backfill."
        raw = [s for s in raw if s.rstrip().endswith("?") or not re.match(
            r"i (?:want|need|would like|'d like) to know\b", s, re.IGNORECASE)] or raw
    sentences = _people_in_place(_hearsay_named([_preamble_gone(_opening(s), vocab)
                                                 for s in raw]), vocab)
    if any(_asks(s) for s in sentences):  # "Back from leave and catching up. How many …?"
        sentences = _without_news(sentences, vocab)
        last = max(i for i, s in enumerate(sentences) if _asks(s))
        sentences = [s for i, s in enumerate(sentences) if _asks(s) or not (
            _aside(s, vocab) or i > last and _PRONOUN_START.match(s))] or sentences
    asks = [i for i, s in enumerate(sentences) if not _is_context(s, vocab)]
    if len(sentences) >= 2 and asks:
        back = any(_BACK_REFERENCE.search(sentences[i]) for i in asks) and not any(
            _names(sentences[i], vocab) for i in asks)  # "which ones are they" of the Payments
        # projects it names: nothing to point back at in "I'm meeting the Payments leads …"
        kept = [s if s.endswith("?") or not _is_context(s, vocab) or _REQUEST.search(s)
                else _named_only(s, vocab)  # kept for the names the question points at, not
                for i, s in enumerate(sentences)  # for its dates ("I'm meeting the Payments
                # leads tomorrow …. Which ones are they?"); what comes before the ask may say
                if s.endswith("?") or not _is_context(s, vocab)  # what is asked for, or what
                or (i < asks[0] and (_REQUEST.search(s) and not _EVENT.match(s.strip())
                                     or back and _names(s, vocab)))]  # is pointed at; not
        # "planning is tomorrow and two teams want the same people": an occasion, asking for
        # nobody
        sentences = kept or sentences
    out = []
    for sentence in sentences:
        # "… open? Anything that could touch the site while we run the summer campaign.":
        # beside the question, what the asker is doing then is no period asked about
        aside = len(sentences) >= 2 and not sentence.rstrip().endswith("?")
        clauses = [c for c in re.split(r",\s+|;\s+|:\s+|\s+[-–—]+\s+" + (
            r"|\s+(?=while (?:we|i) )" if aside else ""), sentence, flags=re.IGNORECASE)
            if c.strip()]
        asking = [c for c in clauses if not _is_context(c, vocab)]
        back = any(_BACK_REFERENCE.search(c) for c in asking)
        if len(clauses) >= 2 and asking:
            kept = [c if not _is_context(c, vocab) or _REQUEST.search(c) and not _purpose(c)
                    else _without_periods(c)  # kept for the name "their" points at, not its
                    for c in clauses if not _is_context(c, vocab) or _REQUEST.search(c)  # dates
                    and not _purpose(c) or back and _names(c, vocab)]
            if kept and kept != clauses:
                first = re.sub(r"^(?:(?:so|and|but|then|also)\s+)+", "", kept[0],
                               flags=re.IGNORECASE)
                tail = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in "?.!" else ""
                sentence = ", ".join([first, *kept[1:]]).rstrip(" ,")
                if tail and not sentence.endswith(tail):
                    sentence += tail
        out.append(sentence)
    asked = _full_names(question, " ".join(out))
    asked = _skill_kept(question, _scope_kept(question, asked, vocab), vocab)
    asked = _embedded_why(question, _period_kept(question, asked)) or question
    return _reported(question, asked)


# what the asker does on a day ("I'm meeting the Payments leads tomorrow", "reviewing Devices
# next week"), unless the sentence dates the work ("due", "finishing")
_ASKERS_DAY = re.compile(r"\b(?:i'?m|i am|we'?re|we are|i'?ll|i will|i have|i'?ve got|we have|"
                         r"we'?ve got)\s+(?:\w+\s+)?(?:meeting|seeing|reviewing|presenting|talking|"
                         r"speaking|chatting|catching up|sitting down|briefing|visiting|"
                         r"interviewing|on a call|a (?:meeting|call|review|1:1|catch-up|chat))\b",
                         re.IGNORECASE)
_DATED_WORK = re.compile(r"\b(?:due|deadlines?|finish\w*|complet\w*|deliver\w*|start\w*|"
                         r"launch\w*|ship\w*|land\w*|end\w*|clos\w*|kick\w*)\b", re.IGNORECASE)
# what the asker was told ("I'm told Security is always late", "I hear Payments slipped")
_TOLD = re.compile(r"^(?:(?:so|and|but|also)\W+)?(?:i'?m told|i am told|i'?ve been told|"
                   r"i have been told|i hear|i heard|i'?ve heard|i have heard|apparently|word is|"
                   r"rumou?r (?:is|has it)|people (?:say|tell me)|someone (?:said|told me)|"
                   r"they (?:say|tell me))\b", re.IGNORECASE)


def _named_only(sentence: str, vocab: Vocabulary | None) -> str:
    """A sentence about the asker kept for what the question points back at, without its
    periods ("I'm meeting the Payments leads tomorrow": "tomorrow" is the asker's day, no
    filter); what the asker was told, only the names it says ("I'm told Security is always
    late. What's their on-time record?": "Security."; its "late" is hearsay)."""
    if not _TOLD.match(sentence.strip()):
        return _without_periods(sentence) if _ASKERS_DAY.search(sentence) and not \
            _DATED_WORK.search(sentence) else sentence  # "… everything due in Q3. Which ones
        # are they?": that period is what is asked about
    found = [] if vocab is None or re.search(r"\b[A-Za-z]{2,5}-?\d{2,}\b", sentence) else [
        m for m in vocab.find(tokenize(normalize(sentence)), set())
        if m.kind in ("project", "portfolio", "person") and m.text]
    if not found:
        return _without_periods(sentence)
    return " and ".join(m.text for m in found) + "."


_POINTS_AT_PEOPLE = re.compile(r"\b(?:(?P<whose>their|his)\s+(?P<what>[\w-]+)|(?P<who>them|"
                               r"they|him))\b", re.IGNORECASE)


def _people_in_place(sentences: list[str], vocab: Vocabulary | None) -> list[str]:
    """"Both Sofia Zhang and Hugo Lopez are asking for more work. Compare their loads next
    month.": the people a statement names, put where the question points back at them
    ("Compare the loads of Sofia Zhang and Hugo Lopez next month."), without the statement,
    whose words ("asking for more work") are no filter. Only when the statement names people
    and nothing else, and the question names nobody."""
    if vocab is None or len(sentences) != 2 or sentences[0].rstrip().endswith("?") or \
            not _asks(sentences[1]):
        return sentences
    said, asked = sentences
    found = vocab.find(tokenize(normalize(said)), set())
    people = [m.candidates[0] for m in found if m.kind == "person" and not m.ambiguous]
    point = _POINTS_AT_PEOPLE.search(asked)
    first = _BACK_REFERENCE.search(asked)  # "which projects is she running, so I can ask her
    if not people or point is None or len(people) != len(found) or first is None or \
            first.start() != point.start() or vocab.find(tokenize(normalize(asked)), set()):
        return sentences  # about them": "she" points at the person, "them" at the projects
    names = " and ".join([", ".join(people[:-1]), people[-1]] if len(people) > 2 else people)
    named = f"the {point['what']} of {names}" if point["whose"] else names
    return [f"{asked[:point.start()]}{named}{asked[point.end():]}"]


def _hearsay_named(sentences: list[str]) -> list[str]:
    """"People keep mentioning the chance of finishing on time. What is that chance for X?":
    the question with what it points back at in place ("What is the chance of finishing on
    time for X?"), without the hearsay, whose "mentioning" asks for no document."""
    if len(sentences) != 2 or not _HEARSAY.search(sentences[0]) or sentences[0].endswith("?"):
        return sentences
    back = re.search(r"\b(?:that|this) ([a-z][\w-]*)\b", sentences[1], re.IGNORECASE)
    said = back and re.search(rf"\b(?:the |an? )?{re.escape(back.group(1))}\b[^.!?]*",
                              sentences[0], re.IGNORECASE)
    if not back or not said:
        return sentences
    quoted = re.search(r"['\"“‘]([^'\"”’]+)['\"”’]", sentences[0])  # "mentioning 'P50 date'"
    phrase = quoted.group(1) if quoted and back.group(1).lower() in quoted.group(1).lower() \
        else said.group(0).strip().strip("'\"“”‘’")
    if not phrase.lower().startswith(("the ", "a ", "an ")):
        phrase = "the " + phrase
    return [sentences[1][:back.start()] + phrase + sentences[1][back.end():]]


# "My boss asked who owns X. Who is it?": a question someone else asked, reported, then a
# question that only points back at it
_POINTING_BACK = re.compile(r"^(?:so |and )?(?:(?:who|what|which|how many)(?: one| ones)?(?: is|"
                            r" are| was| were)?(?: it| that| they| them| those| these| he| she| "
                            r"the answer)?(?: then)?|do you know|any idea|can you (?:tell me|"
                            r"check|help)|could you (?:tell me|check|help)|what's the count|"
                            r"what is the count|what's the number|what is the number)"
                            r"[\s?.!:)(;-]*$", re.IGNORECASE)
_REPORTED = re.compile(
    rf"\b(?:{_ASKING}|asking|ask|wonders|wondered|wondering|"
    r"wants? to call|wants? to talk to|wants? to reach|"
    r"wants? the names of|(?:told|asked|supposed|need|needs|have|has|"
    r"want|wants) to (?:talk to|call|contact|reach|speak to|speak with|ping|email|meet))"
    r"(?: (?:me|us|you|them|him|her))?(?: for)?"
    r"(?: the names of)?(?: (?:if|whether))?\s+(?P<q>[^.?!]+)[.?!]?\s*$", re.IGNORECASE)


def _reported(question: str, kept: str) -> str:
    """What to answer when the kept question only points back at a reported one: the reported
    question ("… asked if anyone is free in July" → "is anyone free in July?"; "… wants to call
    whoever owns X" → "who owns X?")."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", " ".join(question.split()))
                 if re.search(r"[^\W\d_]", s)]  # not ":)"
    if not (_POINTING_BACK.match(kept.strip()) or len(sentences) >= 2 and _POINTING_BACK.match(
            sentences[-1].strip())):
        return kept
    before = [s for s in sentences if not _POINTING_BACK.match(s.strip())]
    if not before:
        return kept
    found = _REPORTED.search(before[-1])
    if found is None:
        return kept
    asked = found.group("q").strip()
    asked = re.sub(r"^(?:whoever|whomever)\b", "who", asked, flags=re.IGNORECASE)
    asked = re.sub(r"^(?:whichever)\b", "which", asked, flags=re.IGNORECASE)
    asked = re.sub(r"^everyone who\b", "who", asked, flags=re.IGNORECASE)
    asked = re.sub(r"^(anyone|anybody|someone|somebody) (is|has)\b", r"\2 \1", asked,
                   flags=re.IGNORECASE)
    if re.match(r"(?:the|a|an|our|their) ", asked, re.IGNORECASE) and \
            kept.strip().lower().startswith("who"):
        asked = f"who is {asked}"  # "… told to talk to the owner of X. Who is that?"
    return asked[:1].upper() + asked[1:] + "?"


_VAGUE_ASK = re.compile(r"^(?:(?:could|can|would) you |please )?(?:help me (?:understand|see|"
                        r"explain)|explain|tell me|walk me through)?\s*(?:what(?: has| is)? "
                        r"(?:happened|going on|went wrong)|what's going on|the story)?\W*$",
                        re.IGNORECASE)
_WHY_CLAUSE = re.compile(r"\b(?:why|how come)\s+([^.?!]+)", re.IGNORECASE)


def _embedded_why(question: str, kept: str) -> str:
    """"I need to explain to the board why the Cobalt smart thermostat has slipped. Could you
    help me understand what happened?": the request is vague and the sentence that went holds
    the question, a "why" about something it names."""
    if kept == question or not _VAGUE_ASK.match(kept.strip()) or _names(kept):
        return kept
    why = _WHY_CLAUSE.search(question)
    if why is None or not _names("x " + why.group(1)):
        return kept
    return f"Why {why.group(1).strip()}?"


_THAT_SKILL = re.compile(r"\b(?:that|this|the same|those|these) (?:skills?|skillset|expertise)\b",
                         re.IGNORECASE)


def _skill_kept(question: str, kept: str, vocab: Vocabulary | None) -> str:
    """"I need an accessibility specialist for July. Who has that skill …?": the sentence that
    went named the one skill the question points back at."""
    if vocab is None or kept == question or not _THAT_SKILL.search(kept):
        return kept
    skills = {m.candidates[0] for m in vocab.find(tokenize(normalize(question)), set())
              if m.kind == "skill" and not m.ambiguous}
    if len(skills) != 1:
        return kept
    return _THAT_SKILL.sub(f"{skills.pop()} skills", kept, count=1)


# what a dropped sentence says a period is the asker's concern ("I'm worried about next month.")
_CONCERN = re.compile(r"\b(?:about|for|ahead of|looking at|looking ahead to|planning|plan)\s+$",
                      re.IGNORECASE)
# a question about capacity or deadlines, which reads its period from that concern
_TIMED = re.compile(r"\b(?:free|available|overbooked|over-?booked|over-?allocated|overloaded|"
                    r"stretched|capacity|bandwidth|busy|booked|load|due|deadlines?)\b",
                    re.IGNORECASE)


def _period_kept(question: str, kept: str) -> str:
    """"I'm worried about next month. How many folk are overbooked?": the sentence that went
    only told why, but the period it is concerned about is the one the question asks for, when
    the question is about capacity or deadlines and names no period of its own."""
    day = dt.date(2000, 1, 5)  # any day: only where the periods are is read here
    if kept == question or not _TIMED.search(kept) or periods.find(kept.lower(), day):
        return kept
    for p in periods.find(question.lower(), day):
        said = question[p.span[0]:p.span[1]]
        if said.lower() in kept.lower():
            continue
        then = re.search(r"\bthen\b", kept, re.IGNORECASE)  # "… and is free then?"
        if then:
            return f"{kept[:then.start()]}{said}{kept[then.end():]}"
        if _CONCERN.search(question[:p.span[0]]) or re.match(r"for\b", said, re.IGNORECASE):
            body = kept.rstrip()
            mark = body[-1] if body[-1:] in "?.!" else ""
            return f"{body.rstrip('?.!')} {said}{mark}"
    return kept


_ABOUT_PROJECTS = re.compile(r"\b(?:projects?|late|overdue|at risk|on hold|behind|due|work items?|"
                             r"items?|tickets?|tasks?|features?|backlog items?|story points|"
                             r"points)\b", re.IGNORECASE)  # or their work: "Looking only at
# Mobile Apps, how many work items got done last week?"


def _scope_kept(question: str, kept: str, vocab: Vocabulary | None) -> str:
    """"I'm looking at Data Platform. Which projects are late?": the sentence that went only
    told why, but the one portfolio it named is where the asker looks, so a question about
    projects that names no portfolio or project of its own keeps it."""
    if vocab is None or kept == question or not _ABOUT_PROJECTS.search(kept):
        return kept
    before = vocab.find(tokenize(normalize(question)), set())
    after = vocab.find(tokenize(normalize(kept)), set())
    portfolios = {m.candidates[0] for m in before if m.kind == "portfolio" and not m.ambiguous}
    if len(portfolios) != 1 or any(m.kind in ("portfolio", "project", "project_part")
                                   for m in after) or KEY_STRICT.search(kept):
        return kept
    body = kept.rstrip()
    mark = body[-1] if body[-1:] in "?.!" else ""
    return f"{body.rstrip('?.!')} in {portfolios.pop()}{mark}"


PERSON_KINDS = ("person", "first_name", "last_name")
_ASKS_PEOPLE = re.compile(r"\b(?:who|whom|people|person|engineers?|developers?|designers?|"
                          r"managers?|folks|staff|anyone|anybody|someone|somebody)\b")
# a sentence that states something (a finite verb), not a fragment that narrows the question
_STATES = re.compile(r"\b(?:i'm|i’m|we're|we’re|i've|we've|is|are|was|were|am|has|have|had|did|"
                     r"does|will|just|been|needs|wants|"
                     r"requires|asks|keeps|comes|came|goes|went|gets|got|says|said|seems|looks|"
                     r"thinks|knows|leads|runs|sits|owns|works|[a-z]{3,}ed)\b",
                     re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b(?!\s+(?!(?:to|for|on|in|at|with|by|from|and|or|"
                             r"now|today|this|next|a|an|the|yet|still)\b)[a-z])", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)


# what a topic label before a colon may filter by ("Critical projects still open: how many?")
FILTER_FAMILIES = ("status", "health", "priority", "skill", "f", "m", "rank", "compare", "field")


def _preamble_gone(sentence: str, vocab: Vocabulary | None) -> str:
    """"Someone in the steering group asked me this: how many projects are on hold?": what
    comes before a colon that a whole question follows is a preamble unless it names
    something ("Finance: how many late projects?" keeps its portfolio)."""
    head, colon, tail = sentence.partition(": ")
    quoted = " ,;:-–—'\"‘’“”"
    head_asks = any(_ASKS.match(part.strip(quoted)) for part in re.split(r",\s*", _opening(head)))
    if not colon or vocab is None or not tail.rstrip().endswith("?") or not _asks(tail) or \
            WHICH_MORE.search(sentence) or head_asks and not _ASKS.match(
                _opening(tail).strip(quoted)):  # "which is the bigger problem: A, or B?"
        return sentence  # compares; "who carries the heavier load: Sara or Olga?" asks
        # before the colon
    tokens = tokenize(normalize(head))
    hits = lexicon.find(tokens)
    if len(head.split()) < 4 or _names(head) or KEY_STRICT.search(head) or vocab.find(
            tokens, set()) or any(h.family in FILTER_FAMILIES for h in hits):
        return sentence  # a topic label ("Finance: …", "Critical projects: …") may filter
    if any(h.family == "group" for h in hits) and any(t.lemma in DIMENSIONS for t in tokens):
        return sentence  # "Break it down by department for me: how many …?" groups
    return tail


def _without_news(sentences: list[str], vocab: Vocabulary | None) -> list[str]:
    """News about people beside the question ("Noor Larsen is leaving at the end of the month.",
    "Olga Larsen has both and I'm worried about coverage."): a statement that names people and
    nothing the question does not name itself is why the asker asks, not a filter. It goes, and
    the question's "he", "her", "his" become the one person it named."""
    if vocab is None:
        return sentences
    asking = " ".join(s for s in sentences if _asks(s)).lower()
    dropped: list[str] = []
    kept: list[str] = []
    about_people = bool(_ASKS_PEOPLE.search(asking))
    for s in sentences:
        if _asks(s) or s.rstrip().endswith("?") or not _STATES.search(s):
            kept.append(s)
            continue
        found = vocab.find(tokenize(normalize(s)), set())
        people = [m for m in found if m.kind in PERSON_KINDS and not m.ambiguous]
        # people have no portfolio: "A Devices project needs someone. Which engineers …?"
        where = [m for m in found if m.kind == "portfolio" and about_people]
        other = [m for m in found if m.kind not in PERSON_KINDS and m not in where
                 and m.text.lower() not in asking]
        if (people or where) and not other and not _BACK_REFERENCE.search(asking):
            dropped += [m.candidates[0] for m in people]
            continue
        if people and not other and not _REQUEST.search(s) or len(people) == 1 and (
                _SUBJECT_PRONOUN.search(asking) or _POSSESSIVE_PRONOUN.search(asking)):
            dropped += [m.candidates[0] for m in people]
        else:
            kept.append(s)
    if len(kept) == len(sentences) or not any(_asks(s) for s in kept):
        return sentences
    named = list(dict.fromkeys(dropped))
    for full in named:  # "Noor Larsen is leaving. Which projects is Noor on?"
        first, _, last = full.partition(" ")
        kept = [re.sub(rf"\b{re.escape(first)}\b(?! {re.escape(last)})", full, s) for s in kept]
    if len(named) == 1:
        who = named[0]
        kept = [_POSSESSIVE_PRONOUN.sub(f"{who}'s", _OBJECT_PRONOUN.sub(
            who, _SUBJECT_PRONOUN.sub(who, s))) for s in kept]
    return kept


_FULL_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def _full_names(question: str, kept: str) -> str:
    """"I'm meeting Sam Adams tomorrow. Which projects does Sam own?": the sentence that goes
    named the person the question calls by a first name, so the question keeps the full name."""
    for first, last in _FULL_NAME.findall(question):
        if f"{first} {last}" not in kept:
            kept = re.sub(rf"\b{first}\b(?! {last})", f"{first} {last}", kept)
    return kept


def _two_periods(r: Reading, plan: Plan) -> Plan | None:
    """A period the plan uses that reads two ways ("the last quarter": the past three months
    or the previous calendar quarter) is asked about, each reading spelled out."""
    used = str(plan.calls)
    for p in r.periods:
        if p.alternative is None or p.start.isoformat() not in used:
            continue
        text = r.question[p.span[0]:p.span[1]]
        first, last, label = p.alternative

        def spelled(a: dt.date, b: dt.date) -> str:
            return f"between {a.day} {a:%B %Y} and {b.day} {b:%B %Y}"

        def short(a: dt.date, b: dt.date) -> str:
            return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"

        choices = [f"{label.capitalize()} ({short(first, last)})",
                   f"{p.label.capitalize()} ({short(p.start, p.end)})"]
        said = re.search(rf"(?:\b(?:in|during|over|within)\s+)?{re.escape(text)}", r.original,
                         re.IGNORECASE)
        said_text = said.group(0) if said else text
        rewrites = [_replace(r.original, said_text, spelled(first, last)),
                    _replace(r.original, said_text, spelled(p.start, p.end))]
        return _clarify(f"“{text}” can mean two periods: which one?",
                        f"“{text}” reads two ways", choices, rewrites)
    return None


FOLLOWUP_FAMILIES = ("status", "health", "priority")


def followup_question(question: str, previous: str, vocab: Vocabulary, today: dt.date,
                      page_key: str | None = None) -> str | None:
    """The previous question rewritten with a follow-up's filters, or ``None`` when the
    question stands on its own."""
    text = normalize(question)
    rest = followup.cue(text)
    r = read(rest if rest is not None else text, vocab, today, page_key)
    if r.language != "en" or r.family("subject") or r.family("measure") or r.family("rank") \
            or len(r.tokens) > followup.MAX_FOLLOWUP_WORDS:
        return None
    filters = [h for h in r.hits if h.family in FOLLOWUP_FAMILIES]
    keys = [m for m in r.mentions if m.kind in ("portfolio", "person", "project", "skill",
                                                "role", "first_name", "last_name",
                                                "project_part") and not m.ambiguous]
    if not keys and rest is not None:  # "and spark?": a bare name, said as a follow-up
        for i, t in enumerate(r.tokens):
            for kind, value in vocab.phrases.get((t.low,), []):
                if kind in ("skill", "portfolio", "role") and i not in r.used:
                    keys.append(Mention(kind, i, i + 1, (value,), t.text))
    if not (keys or r.periods or filters or r.keys):
        if rest is None or r.unknown_keys:
            return None
        # "and for Finance?": the previous question with the words added, so the confidence
        # gate asks about the word it does not know rather than answering without it
        return f"{normalize(previous).rstrip(' ?.!')} {rest}?"
    if rest is None and (len(r.tokens) > 4 or r.unknown_keys):
        return None  # no cue: only a bare filter ("Data Platform?") is a follow-up
    p = read(previous, vocab, today, page_key)
    if p.language != "en":
        return None

    def spans(reading: Reading, mentions: list[Mention]) -> list[tuple[int, int]]:
        return [(reading.tokens[m.start].start, reading.tokens[m.end - 1].end)
                for m in mentions]

    def hits(reading: Reading) -> list[tuple[str, tuple[int, int]]]:
        return [(h.family, (reading.tokens[h.start].start, reading.tokens[h.end - 1].end))
                for h in reading.hits if h.family in FOLLOWUP_FAMILIES]

    for i, t in enumerate(r.tokens):  # a project key is a project mention here
        if t.is_key and t.text.upper() in r.keys:
            keys.append(Mention("project", i, i + 1, (t.text.upper(),), t.text))
    prev_named = [m for m in p.mentions if m.kind != "project_part" or not m.ambiguous]
    for i, t in enumerate(p.tokens):
        if t.is_key:
            prev_named.append(Mention("project", i, i + 1, (t.text.upper(),), t.text))
    return followup.merge(p.question, prev_named, p.periods, spans(p, prev_named), r.question,
                          keys, r.periods, spans(r, keys), hits(r), hits(p))


SIZE_WORDS = {"big", "bigger", "large", "larger", "major", "huge", "massive", "small", "smaller",
              "tiny", "minor", "little", "heavy", "light"}
SIZE_SUPERLATIVES = SIZE_WORDS | {"largest", "biggest", "smallest"}


def _size_choices(r: Reading, word: str) -> Plan:
    open_ones = "the open projects" if not r.has("status:closed") else "the projects"
    return _clarify(f"“{word}” can mean several things: which did you mean?",
                    f"“{word}” is not a measure the data has",
                    ["Largest by work left (story points)", "Largest by open work items",
                     "Critical or high priority"],
                    [f"Which 5 of {open_ones} have the most work left?",
                     f"Which 5 of {open_ones} have the most open items?",
                     "Which open projects are critical or high priority?"])


def _size_without_measure(r: Reading) -> Plan | None:
    """"our largest projects", "the biggest ones": a size the data does not measure as such
    (work left? open items? priority?) is asked back, not answered as every project."""
    for i, t in enumerate(r.tokens):
        if t.low not in SIZE_SUPERLATIVES:
            continue
        after = {x.lemma for x in r.tokens[i + 1:i + 3]}
        if after & {"project", "one", "initiative", "programme"} and not r.family("m") \
                and not r.has("subject:items", "subject:points", "subject:people"):
            return _size_choices(r, t.text)
    return None


def _unmatched_name_words(r: Reading, vocab: Vocabulary, plan: Plan) -> Plan | None:
    """Words read as part of the projects' names ("checkout projects") that no visible project's
    name has: asked back instead of answering "0 projects". A size word ("our big projects") is
    offered the measures a project's size can mean."""
    searched = [str(args["search"]) for _name, args in plan.calls if args.get("search")]
    if not searched:
        return None
    names = [p.name.lower() for p in vocab.projects]
    for words in searched:
        if any(words.lower() in name for name in names):
            continue
        if set(words.lower().split()) & SIZE_WORDS:
            return _size_choices(r, words)
        base = " ".join(_without(r.original, [words]).split())
        return _clarify(f"No project you can see has “{words}” in its name. Do you want the "
                        "answer without it?", f"“{words}” names no project",
                        [f"Without “{words}”: {base}"], [base])
    return None


PREDICATES = ("late", "overdue", "done", "open", "active", "closed", "paused", "finished",
              "cancelled", "proposed", "blocked", "delayed", "behind")
COPULAS = {"is", "are", "was", "were", "be", "been", "being", "arent", "isnt"}


def _mistyped_predicate(r: Reading, plan: Plan) -> Plan | None:
    """"how many projcts are lat in devices": a word after "are" or "is" that nothing read,
    one letter from a word of status or health ("lat": late), is asked back with the question
    each way it may mean rather than answered without it (every project in Devices). Only
    where the word would filter a set ("when will X be don": one project's date either way)."""
    if not any(name in ("projects", "rank_projects", "count_projects_by")
               for name, _args in plan.calls):
        return None
    hit_tokens = {i for h in r.hits for i in range(h.start, h.end)}
    for i, t in enumerate(r.tokens):
        if not i or i in r.used or i in hit_tokens or not t.is_word or t.upper_initial or \
                r.tokens[i - 1].low not in COPULAS:  # "who is Don": a name
            continue
        near = [w for w in PREDICATES if Levenshtein.distance(t.low, w) == 1 and w[0] == t.low[0]]
        if not near:
            continue
        rewrites = [re.sub(rf"\b{re.escape(t.text)}\b", w, r.original, count=1) for w in near]
        said = " or ".join(f"“{w}”" for w in near)
        return _clarify(f"Did you mean {said} by “{t.text}”?", f"“{t.text}” not understood",
                        rewrites, rewrites)
    return None


def _gate(r: Reading, vocab: Vocabulary, plan: Plan) -> Plan:
    """The confidence gate: a plan that leaves a filter-like word unread, or rests on shaky
    typo corrections, becomes a question back with the readings to choose from."""
    if [name for name, _args in plan.calls] == ["define"]:
        return plan  # a definition quotes the docs: no filter of it can be dropped
    hit_tokens = {i for h in r.hits for i in range(h.start, h.end)}
    excluded = _excluded(r) or _mistyped_predicate(r, plan)
    if excluded is not None:
        return excluded
    dropped = _dropped_names(r, plan) or _unmatched_name_words(r, vocab, plan) or \
        _unfiltered_list(r, plan)
    if dropped is not None:
        return dropped
    leaving_out = {i for i, t in enumerate(r.tokens) if t.low in EXCLUDING_WORDS and (any(
        0 < h.start - i <= 6 and h.family in NEGATABLE and r.negated(h) for h in r.hits) or any(
        0 < m.start - i <= 5 and m.kind == "portfolio" and r.excluded(m) for m in r.mentions))}
    if any(args.get("after_start") or args.get("start") == "1900-01-01"  # "after kickoff",
           for _name, args in plan.calls):  # "since the projects kicked off" was read
        spans = [m.span() for m in SINCE_START.finditer(r.question)]
        leaving_out |= {i for i, t in enumerate(r.tokens) if any(a <= t.start < b
                                                                  for a, b in spans)}
    if any(_inclusive(r, h) for h in r.family("status")):  # "Include finished ones too"
        leaving_out |= {i for i, t in enumerate(r.tokens) if t.low in INCLUDING}
    if any(args.get("at_least") or args.get("projects_at_least") for _n, args in plan.calls):
        spans = [m.span() for m in AT_LEAST.finditer(r.question)]  # "more than 2 projects":
        leaving_out |= {i for i, t in enumerate(r.tokens)  # the bound's number is read
                        if any(a <= t.start < b for a, b in spans)}
    if any(name == "action_items" for name, _args in plan.calls):  # "todos from the syncs"
        leaving_out |= {i for i, t in enumerate(r.tokens) if MEETING_TASKS.fullmatch(t.low)}
    if any(name == "why" for name, _args in plan.calls):  # "scope creep or velocity?": what
        leaving_out |= {i for i, t in enumerate(r.tokens) if t.lemma in WHY_READS}  # it reads
    verdict = confidence.assess(r.tokens, r.used | hit_tokens | _asides(r) | leaving_out,
                                plan.calls,
                                FILLER | CHAT | set(DIMENSIONS) | set(WORD_NUMBERS),
                                r.question)
    for i, t in enumerate(r.tokens):  # "open items need sql": a known name left unread
        if i in r.used or i in hit_tokens or t.text in verdict.filter_words or not t.is_word:
            continue
        kinds = {kind for kind, _v in vocab.phrases.get((t.low,), [])}
        if english(t.low) < 4.5 and kinds & {"skill", "portfolio", "role", "person"} or (
                kinds & NAME_KINDS and english(t.low) < 5.5 and not t.corrected_from
                and t.low not in FILLER | CHAT | lexicon.STOP):
            verdict.filter_words.append(t.text)
            verdict.score = max(0.0, verdict.score - confidence.FILTER_WORD_PENALTY)
    for word in _progress_bands(r):  # "less than a quarter done": no tool filters by it
        verdict.filter_words.append(word)
        verdict.score = max(0.0, verdict.score - confidence.FILTER_WORD_PENALTY)
    unassigned = any(args.get("unassigned") for _name, args in plan.calls)
    for word in _loose_negations(r):  # "projects nobody owns": the plan would drop the "no"
        if unassigned and UNASSIGNED.search(r.question):
            continue  # "items with nobody assigned": the plan's unassigned filter takes it
        verdict.filter_words.append(word)
        verdict.score = max(0.0, verdict.score - confidence.FILTER_WORD_PENALTY)
    plan.confidence = verdict.score
    if verdict.confident:
        return plan
    return _ask_back(r, vocab, verdict)


# what the ``why`` tool weighs (scope growth, pace, team changes, stuck work), said in a cause
# question ("is it scope creep or velocity?")
WHY_READS = {"velocity", "pace", "speed", "throughput", "productivity", "staffing", "headcount",
             "turnover", "churn", "attrition", "stuck", "blocked", "blocker", "scope", "creep"}


# a lower-case word that is a portfolio or a person's name, read as neither ("does growth have",
# "is tom free"): the answer would leave that filter out, so the gate asks back
NAME_KINDS = {"portfolio", "first_name", "last_name"}
# what is counted when "done" follows it ("story points done", "items done")
MEASURED_UNITS = {"point", "points", "item", "items", "work", "task", "tasks", "story",
                  "stories", "ticket", "tickets"}
NEGATABLE = ("status", "health", "priority", "people")
NEGATABLE_CONCEPTS = ("verb:due", "field:due_date", "verb:complete", "verb:start",
                      "verb:become_late")


def _progress_bands(r: Reading) -> list[str]:
    """"90% done", "less than a quarter done", "half complete": a band of progress, which
    the project tools do not filter by (a ranking by progress reads it as a measure)."""
    if r.has("m:progress") or PROGRESS_BOUND.search(r.question):
        return []  # a ranking by progress, or a bound the filters take
    return [f"{r.tokens[i - 1].text} {t.text}" for i, t in enumerate(r.tokens)
            if t.low in ("done", "complete", "completed", "finished") and i - 1 not in r.used
            and _after_a_share(r.tokens, i)]


def _loose_negations(r: Reading) -> list[str]:
    """Negation words no filter takes up ("who doesn't know python", "projects nobody owns"):
    the plan cannot say "not", so answering would state the opposite."""
    loose = []
    for h in r.family("negation"):
        after = [g for g in r.hits if h.end <= g.start <= h.end + 3 and (
            g.family in NEGATABLE or g.concept in NEGATABLE_CONCEPTS)]
        before = [g for g in r.hits if g.end <= h.start and g.family in NEGATABLE
                  and r.negated(g)]  # "proposed ones shouldn't be in there": taken up
        if not after and not before and not r.periods:
            loose.append(" ".join(t.text for t in r.tokens[h.start:h.end]))
    return loose


def _dropped_names(r: Reading, plan: Plan) -> Plan | None:
    """A recognised name (portfolio, person, skill, role, project) the plan's calls do not use
    would be dropped from the answer ("overloaded people in the Payments team": people have no
    portfolio filter): ask back instead of answering without it."""
    used = str(plan.calls).lower()
    for m in r.mentions:
        if m.ambiguous or m.kind == "project_part" and r.tokens[m.start].low != r.tokens[
                m.start].text.lower() or r.topic_part(m):
            continue
        values = [c.lower() for c in m.candidates]
        if any(v in used for v in values):
            continue
        if m.kind == "portfolio" and r.excluded(m) and "'portfolio':" in used:
            continue  # left out: every other portfolio is the filter
        if m.part:
            continue  # "got this from the web team": a word of a name, not asked back for
        if m.kind in ("project", "project_part") and r.page_key:
            continue
        if m.kind == "portfolio" and r.keys and all(k.lower() in used for k in r.keys):
            continue  # "PRJ-0174 in Growth": where the project is, not a filter
        name = m.candidates[0] if m.kind not in ("project", "project_part") else m.text
        base = " ".join(_without(r.original, [m.text]).split())
        return _clarify(f"I can't apply {name} to this question: the answer would leave it out. "
                        "Do you want it without, or asked another way?",
                        f"“{m.text}” would be dropped from the answer",
                        [f"Without {name}: {base}"], [base])
    return _dropped_concepts(r, plan)


# concepts that change what a project list means ("scope growth", "dragging", "most overdue")
LIST_CHANGING = ("verb:scope", "cause", "m:", "f:", "people:", "skill:demand", "rank:",
                 "field:progress")


def _unfiltered_list(r: Reading, plan: Plan) -> Plan | None:
    """Every project, when the question said more than "projects" ("which projects show scope
    growth", "projects that are dragging"): the words that would narrow or order the list were
    read but no tool takes them, so the copilot asks instead of listing the whole portfolio."""
    if [(name, {k: v for k, v in args.items() if k != "measure"}) for name, args in
            plan.calls] == [("people", {})] and (re.search(
            r"\b(?:it|that|they|them|those|these|he|she)\b", r.question, re.IGNORECASE)
            or sum(t.is_word for t in r.tokens) <= 1):  # "Who is it?" read as "Who?"
        return _clarify("Who do you mean? The question points back at something I cannot see "
                        "here, and the answer would be everyone.",
                        "A “who” that points back at something not asked here",
                        ["Everyone", "People over-allocated this week", "People free next week"],
                        ["Who are the people?", "Who is over-allocated this week?",
                         "Who is free next week?"])
    if [(name, args) for name, args in plan.calls] != [("projects", {})]:
        return None
    unread = [h for h in r.hits if h.concept.startswith(LIST_CHANGING) and not r.negated(h)]
    if not unread:
        return None
    text = " ".join(t.text for t in r.tokens[unread[0].start:unread[0].end])
    choices, rewrites = [f"All projects, without “{text}”"], ["Which projects are there?"]
    if unread[0].concept == "verb:scope":
        choices.insert(0, "Scope added this month")
        rewrites.insert(0, "How many work items were added to scope this month, by project?")
    return _clarify(f"I read “{text}” but cannot narrow or order the project list by it, so "
                    "the answer would be every project. Did you mean one of these?",
                    f"“{text}” would be dropped from the answer", choices, rewrites)


PROJECT_FILTER_TOOLS = {"projects", "rank_projects", "rank_groups", "count_projects_by",
                        "portfolios_having", "owners_of", "average_projects"}


def _dropped_concepts(r: Reading, plan: Plan) -> Plan | None:
    """A health or priority word in a question whose plan has no project filter to put it in
    ("how many people work on late projects", "skills the critical projects need")."""
    if any(name in PROJECT_FILTER_TOOLS or "project_key" in args for name, args in plan.calls):
        return None
    trust = any(name == "forecast_trust" for name, _args in plan.calls)
    for h in r.hits:
        if h.family not in ("health", "priority") or not h.exact or r.negated(h):
            continue
        if trust and h.family == "priority" and r.tokens[h.start].low in TRUST_MEANING:
            continue  # "high trust vs medium vs low": trust words, not priorities
        if h.family == "health" and h.value == "at_risk" and r.tokens[h.start].low == "risk" \
                and not _at_risk_phrase(r, h):
            continue  # "the main risk" of a note
        text = " ".join(t.text for t in r.tokens[h.start:h.end])
        base = " ".join(_without(r.original, [text]).split())
        asked = _clarify(f"I can't narrow this answer to “{text}” projects: it would leave that "
                         "out. Do you want it without, or the projects themselves?",
                         f"“{text}” would be dropped from the answer",
                         [f"Without “{text}”: {base}", f"The {text} projects"],
                         [base, f"Which projects are {text}?"])
        asked.in_documents = _mentioned(r, _unread_words(r))  # "bank settlement files late
        return asked  # again?": late is said of the files, which the documents speak of
    return None


EXCLUDING = {"except", "excluding", "exclude", "besides", "outside", "but"}
# After a filter, words that leave it out ("cancelled ones shouldn't be in there", "proposed
# ones excluded", "on hold doesn't count")
LEFT_OUT_AFTER = re.compile(
    r"^(?:(?:ones?|projects?|items?|people|the ones) )?(?:should not (?:be )?(?:in|count|"
    r"included|counted)|must not be (?:in|included|counted)|(?:are |is )?(?:excluded|left out|"
    r"not included|not counted)|(?:do|does) not count|to be (?:excluded|left out))\b")
# Words that leave out the filter after them ("ignore the late ones", "minus the done ones").
EXCLUDING_WORDS = EXCLUDING - {"outside", "but"} | {
    "ignore", "ignoring", "minus", "skip", "skipping", "disregard", "disregarding", "omit",
    "omitting"}
# "…, not the late ones in Devices", "but not those of Growth": the name that follows is left
# out ("not late in Devices" negates "late" and keeps Devices)
_NOT_THE_ONES_IN = re.compile(r"\bnot\s+(?:the|those|any)\s+(?:[\w-]+\s+){0,2}?(?:ones?|projects?)"
                              r"\s+(?:in|of|from|for|under)\s+(?:the\s+)?$", re.IGNORECASE)
EXCLUDING_PAIRS = {("other", "than"), ("apart", "from"), ("aside", "from"), ("not", "in"),
                   ("not", "for"), ("not", "by"), ("not", "owned")}


def _excluded(r: Reading) -> Plan | None:
    """"Late projects except Devices": a name the question excludes would be read as a filter
    (the opposite answer), so the copilot says it cannot exclude and offers both questions."""
    for m in r.mentions:
        if m.kind == "portfolio" or not r.excluded(m):
            continue  # a portfolio left out is a filter: every other one (_project_filters)
        words = " ".join(t.text for t in r.tokens[m.start:m.end])
        phrase = re.compile(EXCLUSION + re.escape(words), re.IGNORECASE)
        everything = " ".join(phrase.sub("", r.original, count=1).split()).replace(" ?", "?")
        only = " ".join(phrase.sub(("in " if m.kind == "portfolio" else "for ") + words,
                                   r.original, count=1).split())
        return _clarify(f"I cannot leave out {words} yet: I can answer for all of them, or for "
                        f"{words} alone.", f"“{words}” is excluded, which I cannot do",
                        [f"All: {everything}", f"Only {words}: {only}"], [everything, only])
    return None


EXCLUSION = (r"\b(?:except(?:\s+for)?|excluding|exclude|besides|outside(?:\s+of)?|other than|"
             r"apart from|aside from|all but|not in|not for|not by|not owned by)\s+(?:the\s+)?")


# Chat words that never carry a filter ("thx", "asap", "cheers", "much appreciated").
CHAT = {"thx", "ty", "pls", "plz", "asap", "fyi", "eod", "eow", "btw", "tbh", "imo", "rn",
        "atm", "cheers", "thanks", "thank", "appreciated", "appreciate", "kindly", "sorry",
        "bother", "bug", "quick", "question", "hey", "hi", "hello", "ok", "okay", "great",
        "cool", "wondering", "wonder", "curious", "think", "guess", "mind", "possible",
        "help", "let", "see", "check", "look", "lookup", "need", "needs", "wanted",
        "basically", "actually", "really", "just", "maybe", "roughly", "ballpark", "ish",
        "ppl", "folks", "guys", "lol", "pretty", "much", "very", "also", "again", "ones", "one",
        "those", "them", "else", "stuff", "things", "thing", "etc", "ah", "oh", "um", "hmm",
        "sure", "yes", "no", "whether", "if", "know", "tell", "like", "love", "wanna", "gonna",
        "got", "gotten", "getting", "get", "r", "u", "ur", "im", "id", "ive", "plus"}
ASIDE_FAMILIES = ("status", "health", "priority", "subject", "measure", "rank", "group",
                  "compare", "f", "field", "people", "cause", "doc")


def _asides(r: Reading) -> set[int]:
    """Tokens of a lead-in or a sign-off with nothing of the question in it ("For the board
    deck: ...", "As a new joiner, ...", "... late? Thanks, much appreciated"): they carry no
    filter, so the gate does not count them as words not understood. A clause of five words or
    more that ends in a question mark is the question, not an aside."""
    text = r.question
    cuts = [m.end() for m in re.finditer(r"[:,;]|\s-\s|\?", text)]
    spans: list[tuple[int, int]] = []
    last = 0
    for cut in [*cuts, len(text)]:
        spans.append((last, cut))
        last = cut
    found: set[int] = set()
    meaningful = {i for h in r.hits if h.family in ASIDE_FAMILIES for i in range(h.start, h.end)}
    meaningful |= {i for m in r.mentions for i in range(m.start, m.end)}
    meaningful |= {i for i, t in enumerate(r.tokens) if t.is_key}
    for start, end in spans:
        inside = [i for i, t in enumerate(r.tokens) if start <= t.start < end]
        asked = text[start:end].rstrip().endswith("?") and len(inside) >= 5  # "Tundra
        # observability stack - are we still waiting on the cloud provider?": the question
        if len(spans) > 1 and len(inside) >= 2 and not asked and not set(inside) & meaningful \
                and not any(p.span[0] < end and start < p.span[1] for p in r.periods):
            found |= set(inside)
    return found


def _ask_back(r: Reading, vocab: Vocabulary, verdict: confidence.Confidence) -> Plan:
    """A clarification about the words not understood: the nearest known names (each a
    rewritten question) and, last, the broader question without the words."""
    choices: list[str] = []
    rewrites: list[str] = []
    for word in verdict.filter_words[:2]:
        if not (word[:1].isupper() or english(word.lower()) < 3.0) or word.lower() in \
                confidence.UNSUPPORTED:
            continue  # "average", "not": no name is meant, so none is suggested
        for name in vocab.suggest(word, limit=3, cutoff=70):
            if name not in choices:
                choices.append(name)
                rewrites.append(_replace(r.original, word, name))
    for word in verdict.filter_words[:2]:  # "does growth have": the name it may be
        for name in _names_of(vocab, word):
            if name not in choices:
                choices.append(name)
                rewrites.append(_replace(r.original, word, name))
    dropped = _without(r.original, [*verdict.filter_words, *verdict.rare_words])
    corrected = _corrected(dropped, verdict.typos)
    unsupported = [w for w in verdict.filter_words if w.lower() in confidence.UNSUPPORTED
                   or w.lower() in ("not", "no")]
    if unsupported:
        words = " and ".join(f"“{w}”" for w in unsupported[:3])
        message = (f"I can't take {words} into account yet, and answering without it would "
                   "answer a different question. Do you want the answer without it?")
    known = [w for w in verdict.filter_words if vocab.phrases.get((w.lower(),))]
    if known and not unsupported:
        words = " and ".join(f"“{w}”" for w in known[:3])
        message = (f"I know {words}, but I can't apply it to this question, and answering "
                   "without it would answer a different one. Do you want the answer without it?")
        if any(_names_of(vocab, w) for w in known):
            message = (f"Did you mean {words} as a name? I did not read it as one, and answering "
                       "without it would answer a different question. Choose the name, or the "
                       "question without it.")
    if verdict.filter_words and not unsupported and not known:
        words = " and ".join(f"“{w}”" for w in verdict.filter_words[:3])
        message = (f"I don't know {words}: it is not a portfolio, person, skill, status or "
                   "project you can see, so I would be answering a broader question. "
                   + ("Did you mean one of these, or the question without it?"
                      if choices else "Do you want the answer without it?"))
        interpretation = f"{words} not understood"
    if unsupported or known:
        interpretation = f"{words} not understood"
    elif not verdict.filter_words:
        message = f"I am not sure I read that right ({verdict.reasons()}). Did you mean:"
        interpretation = f"Not sure: {verdict.reasons()}"
    choices.append(f"Without {', '.join(verdict.filter_words) or 'the unclear words'}: "
                   f"{corrected}" if verdict.filter_words else corrected)
    rewrites.append(corrected)
    gated = _clarify(message, interpretation, choices, rewrites)
    gated.confidence = verdict.score
    gated.in_documents = _mentioned(r, verdict.filter_words) if not unsupported else None
    return gated


TOPIC_RARITY = 4.5  # a word rarer than this in English (Zipf scale) is what a passage is about
# words of the answer's form ("list them with their keys"), never what a passage is about
FORM_WORDS = {"key", "keys", "id", "ids", "name", "names", "code", "codes", "table", "tables",
              "column", "columns", "bullet", "bullets", "link", "links", "row", "rows"}
NEGATIONS = {"not", "no", "nor", "never", "none", "nothing", "neither", "without", "except"}
# single words of what the data does not hold ("costing" is "cost"): those questions are
# refused, not searched for
REFUSED_WORDS = {lemma(w) for concept, phrases in lexicon.CONCEPTS.items()
                 if concept.startswith("refuse:") for w in phrases if " " not in w}


def _named_in_documents(r: Reading, h: Hit, topic: str) -> Plan | None:
    """"Did we pull the plug on paid social?": "paid" is money, which the data does not hold,
    but "paid social" is a thing the documents may name. The refused word with the words read
    as nothing right beside it is looked for as a phrase; when the viewer's documents have it,
    their passages answer, under the refusal's reason. None when no word follows it: "what's
    the budget for X", "which vendor contracts expire" ask about the money itself."""
    stop = stop_words()
    read = r.used | {i for g in r.hits if g is not h for i in range(g.start, g.end)}

    def plain(i: int) -> bool:
        t = r.tokens[i]
        return t.is_word and i not in read and t.low not in stop and t.low not in lexicon.STOP

    start, end = h.start, h.end
    while start > 0 and plain(start - 1):
        start -= 1
    while end < len(r.tokens) and plain(end):
        end += 1
    if end == h.end:  # "vendor contracts", "storage spend": the money is what is asked about
        return None
    said = " ".join(t.text for t in r.tokens[start:end])
    plan = _search_for(r, [said], r.projects[:1], f"Nothing about {topic} in the portfolio "
                       f"data; “{said}” named in the documents: the passages that mention it")
    plan.message = (f"The portfolio data has nothing about {topic}, but the documents name "
                    f"“{said}”:")
    return plan


ASKS_AMOUNT = {"much", "what", "which", "total", "many"}  # "what revenue", "what's the
# budget": the refused thing itself is asked for, not something the documents say of it
SPOKEN_OF_RARITY = 5.0  # beside a word of what is refused, a commoner word ("storage") is
# a topic too: the passages must speak of both


def _spoken_of_in_documents(r: Reading, h: Hit, topic: str) -> Plan | None:
    """"PRJ-22 storage spend - is it running away from us?": the data holds no money, but the
    minutes say "storage costs grow faster than planned". The question's other words the data
    does not name (``_mentioned``) are looked for in passages that also speak of what is
    refused (any word of its concept: "costs" for "spend"); when there are any, they answer
    under the refusal's reason. None when the question has no such word ("what's the budget
    for X"): the refusal stands."""
    if {t.low for t in r.tokens[max(0, h.start - 3):h.start]} & ASKS_AMOUNT:
        return None  # "how much revenue have the experiments brought in": the money is asked
    words = _unread_words(r)
    after = r.tokens[h.end] if h.end < len(r.tokens) else None
    if after is not None and after.is_word and after.low not in stop_words() and \
            after.text not in words:  # "the on-call load problem": "load" is what is meant,
        words.append(after.text)  # though the data reads it as people's load
    plan = _mentioned(r, words, rarity=SPOKEN_OF_RARITY)
    if plan is None:
        return None
    concept = [w for w in lexicon.CONCEPTS[f"refuse:{h.value}"] if "..." not in w]
    plan.calls[0][1]["any_of"] = concept
    said = ", ".join(f"“{w}”" for w in plan.calls[0][1]["mentioning"])
    plan.interpretation = (f"Nothing about {topic} in the portfolio data; passages of the "
                           f"documents that speak of it with {said}, as of {_as_of(r.today)}")
    plan.message = f"The portfolio data has nothing about {topic}, but the documents speak of it:"
    return plan


def _search_for(r: Reading, mentioning: list[str], keys: list[str], what: str,
                closest: bool = False) -> Plan:
    """The search of the documents (of ``keys``' project) for passages that mention every word
    or phrase of ``mentioning`` (with ``closest``, most of them when none has all), newest
    first when the question asks for the latest."""
    args: dict[str, Any] = {"query": r.original, "mentioning": mentioning}
    if closest:
        args["closest"] = True
    if r.has("recency:latest"):  # "what's the latest on the cloud quota"
        args["newest_first"] = True
    if keys:
        args["project_key"] = keys[0]
    return _plan("answer", "documents", "list", [("search_documents", args)],
                 f"{what}, as of {_as_of(r.today)}", keys)


def _filter_place(r: Reading, i: int) -> bool:
    """Token ``i`` stands where a name that filters would ("projects for Globex", "the Finance
    portfolio")."""
    before = r.tokens[i - 1].low if i else ""
    after = r.tokens[i + 1].lemma if i + 1 < len(r.tokens) else ""
    return before in FILTER_PREPOSITIONS or after in {"project", "team", "portfolio"}


def _in_filter_place(r: Reading, word: str) -> bool:
    """The word stands where a filtering name would, or opens a sentence, where any word has a
    capital ("Finance is asking...")."""
    for i, t in enumerate(r.tokens):
        if t.text == word:
            return not i or re.search(r"[.?!:;]\s*$", r.question[:t.start]) is not None or \
                _filter_place(r, i)
    return False


def _mentioned(r: Reading, words: list[str], key: str | None = None,
               rarity: float = TOPIC_RARITY) -> Plan | None:
    """The passages of the documents that mention the words no name of the data matched ("who
    is following up on the acquirer's sandbox", "anything on the VPN for PRJ-16"): the answer
    when there are any (``answer._settled``), else the question back stands. None when the
    words are no topic to search for (``_topics``)."""
    keys = [key] if key else r.projects[:1]  # the page's project, when it is the one asked
    said = _topics(r, words, keys, rarity)
    if not said:
        return None
    quoted = ", ".join(f"“{w}”" for w in said)
    where = f" of {keys[0]}" if keys else ""
    return _search_for(r, said, keys, f"{quoted} {'names' if len(said) == 1 else 'name'} "
                       f"nothing in the portfolio data: passages of the documents{where} that "
                       f"mention {'it' if len(said) == 1 else 'them'}", closest=True)


def _topics(r: Reading, words: list[str], keys: list[str], rarity: float = TOPIC_RARITY,
            *, names_stop: bool = True) -> list[str]:
    """The words of ``words`` a passage must mention to be about what is asked: those rarer
    than ``rarity`` ("sandbox", not "following"). Nothing at all when a name ("Finance",
    "Marco", part of a project's name), a number or a negation is among them: the question is
    about the data, and no search answers it. A function word ("where's the firmware server
    moving to") or a word of the answer's form is no topic. Without ``names_stop``, a name or a
    number is left out, and the rest are the topic ("SOC" in "the SOC 2 audit gaps", where
    "audit" is part of a project's name)."""
    stop = stop_words()
    plain = [w for w in words if re.fullmatch(r"[a-z][a-z'’-]*", w) or re.fullmatch(
        r"[A-Z]{2,6}s?", w) or re.fullmatch(r"[A-Z]?[a-z]+(?:[A-Z][a-z]*)+", w) or re.fullmatch(
        r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*", w) or re.fullmatch(
        r"[A-Z][a-z]+", w) and not _in_filter_place(r, w)]  # "sandbox", "VPN", "PostgreSQL",
    # "OTel", "iOS", "Android"; not "Finance" in "the Finance portfolio" or "projects for
    # Globex": a name
    phrases = r.vocab.phrases if r.vocab else {}

    def names(word: str) -> bool:  # beside a project named, a lower-case part of another's
        # name is a topic ("the referral terms on Iris landing pages")
        return any(not (keys and word.islower() and kind == "project_part")
                   for kind, _value in phrases.get((word.lower(),), []))

    if not names_stop:  # only to say which words no passage has: a name is just not one
        plain = [w for w in plain if not names(w)]
    if len(plain) != len(words) and names_stop or any(
            w.lower() in NEGATIONS or names(w) or lemma(w.lower()) in REFUSED_WORDS
            for w in plain):
        return []
    return [w for w in plain if english(w.lower()) < rarity  # not "following", "users"
            and w.lower() not in stop | FORM_WORDS]


def _names_of(vocab: Vocabulary, word: str) -> list[str]:
    """The portfolios and people a single word names ("growth": Growth; "tom": every Tom)."""
    return [value for kind, value in vocab.phrases.get((word.lower(),), [])
            if kind in NAME_KINDS | {"person"}][:6]


def _without(question: str, words: list[str]) -> str:
    """The question with the words not understood taken out (a dangling "in the" too)."""
    out = question
    for word in words:
        out = re.sub(rf"(?:\b(?:and|or)\s+)?\b{re.escape(word)}\b", "", out, count=1,
                     flags=re.IGNORECASE)
    out = re.sub(r"\b(?:owned by|in the|in|for|from|by|with|and|or)\s*(?=[?.!]?\s*$)", "",
                 " ".join(out.split()))
    out = re.sub(r"\b(?:in the|within|among(?:st)?|across|in|for|from|on)\s*(?:,\s*|(?=(?:is|are|"
                 r"was|were|has|have|who)\b))", "", out, flags=re.IGNORECASE)  # "Within , who",
    out = " ".join(out.split()).replace(" ?", "?")  # "Who in is on the most projects?"
    return out[:1].upper() + out[1:] if question[:1].isupper() else out


def _corrected(question: str, typos: list[tuple[str, str, float]]) -> str:
    for typed, read_as, _sim in typos:
        question = re.sub(rf"\b{re.escape(typed)}\b", read_as, question, count=1)
    return question


ONE_ASKED = re.compile(r"\bwho(?:['’]s|\b(?:(?! have| are)[^?])*?\b(?:has|is)\b)",
                       re.IGNORECASE)


def _one_asked(r: Reading) -> bool:
    """"Who on this team has the most open items", "who's the busiest": one person, unless a
    number is said."""
    return not any(t.is_number or t.low in WORD_NUMBERS for t in r.tokens) and bool(
        ONE_ASKED.search(r.original) or ONE_ASKED.search(r.question))


def _when_said(r: Reading, h: Hit) -> bool:
    """"Review in an hour", "in 2 hours", "within the hour": when something happens, not hours
    worked."""
    before = [t.low for t in r.tokens[max(0, h.start - 3):h.start]]
    return h.value == "time" and r.tokens[h.start].lemma == "hour" and any(
        w in ("in", "within") for w in before) and bool(before) and (
        before[-1] in ("an", "a", "few", "couple", "half", "the", "one", "two") or
        before[-1].isdigit())


def _decide(r: Reading, vocab: Vocabulary) -> Plan:  # noqa: C901, PLR0911, PLR0912
    if r.language != "en":
        return _other_language(r)
    defined = _definition(r)
    if defined is not None:
        return defined  # "what does at risk mean here?", "difference between late and at risk"
    if r.unknown_keys and not r.keys:
        return _refuse(f"No project you can see has the key {', '.join(r.unknown_keys)}.",
                       "A project key that does not exist")
    refused_spans = [(h.start, h.end) for h in r.family("refuse")]
    doc_words = any(  # a document word, unless it is part of what is refused ("customers
        not any(a < h.end and h.start < b for a, b in refused_spans)  # reported") or a verb
        and not (refused_spans and h.value == "note"  # beside it ("bugs were reported")
                 and r.tokens[h.start].low.endswith("ed"))
        for h in r.family("doc"))
    refusal = [h for h in r.family("refuse") if (h.exact or all(
        t.low in (t.lemma + "s", t.lemma + "es") or t.low == t.lemma
        for t in r.tokens[h.start:h.end])) and not _when_said(r, h) and not any(
        g.family == "people" and g.start <= h.start and h.end <= g.end and g.end - g.start >
        h.end - h.start for g in r.hits)]  # "costs", "days off"; not "pricing" for price, nor
    # the hours of a load ("booked for more than their full hours")
    if refusal and (not doc_words or any(  # "what time is the all-hands meeting on friday?"
            r.tokens[h.start].low == "what" and h.end - h.start > 1 and r.tokens[
                h.start + 1].low == "time" for h in refusal)):
        topic = {"money": "budgets, costs or revenue", "time": "hours worked or timesheets",
                 "leave": "leave or vacations", "opinion": "satisfaction or opinions",
                 "employment": "contracts or terms of employment (it holds people's roles, "
                               "skills and allocations)",
                 "schedule": "meetings to come (it holds the minutes of meetings held, not a "
                             "calendar)",
                 "history": "how due dates changed (it keeps each project's due date as it is "
                            "today, not its earlier ones)",
                 "world": "anything outside the portfolio",
                 "org": "reporting lines, hiring or board decisions (it holds projects, "
                        "people's skills and allocations, not the organisation chart)",
                 "operations": "incidents, outages or on-call (it holds projects and their "
                               "work, not operations)",
                 "judgement": "how well someone performs (it holds work and allocations, "
                              "not appraisals)",
                 "contact": "how to reach someone (it holds people's names, roles, skills and "
                            "allocations, not email addresses or phone numbers)"}[
            refusal[0].value]
        refused = _refuse(f"The portfolio data has nothing about {topic}. {CAN_ANSWER}",
                          f"A question about {topic}, which the data does not hold")
        if len(refusal) == 1:  # "paid social"; not "which vendor contract costs the most"
            named = _named_in_documents(r, refusal[0], topic)
            spoken = _spoken_of_in_documents(r, refusal[0], topic)
            if named is not None:  # the phrase first, then the words beside what is refused
                named.in_documents = spoken
            refused.in_documents = named or spoken
        return refused
    ambiguous = _ambiguity(r, vocab)
    if ambiguous is not None:
        return ambiguous
    role_or_skill = _role_or_skill(r, vocab)
    if role_or_skill is not None:
        return role_or_skill
    sprint = re.search(r"\b(?:(?:the\s+)?(?:next|this|current|last|previous)\s+)?sprints?\b",
                       r.original, re.IGNORECASE)
    if sprint and not r.periods:  # the data has no sprints: ask which dates were meant
        spans = ["this week", "next week", "the next two weeks"]
        return _clarify("The portfolio data has no sprints. Which dates did you mean?",
                        f"“{sprint.group(0)}” is not a period the data knows", spans,
                        [_replace(r.original, sprint.group(0), span) for span in spans])
    if not r.people and ASKERS_LOAD.search(r.question):  # "what's my load", "am I free"
        return _clarify("I don't know which person in the resource list you are. Ask with your "
                        "name (\u201cwhat is Ana Lopez's load next month?\u201d).",
                        "“my” or “I”: the asker, whom the data does not name", [], [])
    averaged = _average(r, r.people, r.projects) if AVERAGE.search(r.question) and not (
        r.page_key) else None
    if averaged is not None:
        return averaged  # "the average progress of open projects in Infrastructure"
    if len(r.people) == 1 and FREE_WHEN.search(r.question):
        return _one(r, "value", "people", ("free_from", {"person": r.people[0]}),
                    f"The first day {r.people[0]} has no allocation")
    if ON_CLOSED.search(r.question) and not r.projects:
        return _one(r, "list", "people", ("on_closed_projects", {}),
                    "People still allocated to done or cancelled projects")
    points = _meeting_points(r, r.projects) if r.projects or not r.page_key else None
    if points is not None:
        return points  # "who decided to switch the battery supplier": its words a topic,
        # not a filter not understood
    unknown = _unknown_filter_word(r, vocab)
    if unknown is not None:
        return unknown
    keys = r.projects
    if not keys and r.page_key and (r.has("this") or _about_one_project(r)
                                    or _page_pronoun(r) or _the_team(r) or _page_work(r)
                                    or _team_said_alone(r)
                                    or _work_left(r) or _changed_here(r) or _page_noun(r)
                                    or _allocation_moves(r) and not (r.people or r.named(
                                        "portfolio") or r.has("subject:projects"))
                                    or r.has("verb:scope")
                                    and not r.named("portfolio")):  # "added to our scope"
        keys = [r.page_key]
    this = r.first("this")
    if not keys and not r.page_key and this is not None and r.tokens[this.start].low != "here":
        said = " ".join(t.text for t in r.tokens[this.start:this.end])
        return _clarify(f"Which project do you mean by “{said}”? Ask from its page, or name it "
                        "(its key or its name).", f"“{said}” names no project here", [], [])
    people = r.people
    unknown_subject = _unknown_subject(r)
    if unknown_subject:
        return _refuse(f"The portfolio data has nothing about {unknown_subject}. {CAN_ANSWER}",
                       f"A question about {unknown_subject}, which the data does not hold")
    if not keys and not r.mentions and not r.periods and not [
            h for h in r.hits if h.family not in ("measure", "negation", "yet", "single", "this",
                                                  "recency", "verb")]:
        return _nothing_to_answer(r)
    if not keys and not people and (r.has("f:trust") or _counts_forecasts(r)):
        return _forecast_trust(r)  # "how many forecasts have low trust", "… have a forecast"
    if (r.has("doc:actions") or _meeting_tasks(r)) and (keys or people):
        if r.periods and keys and not people:  # "actions from its meetings since 1 May": all
            points = _meeting_points(r, keys)  # of that period's, not the latest meetings'
            if points is not None:
                return points
        return _actions_plan(r, keys, people)  # "mei's action items", "open actions for X"
    size_of = re.search(r"\bhow\s+(?:big|large)\s+is\s+(?:the\s+)?|\bteam\s+size\b|\bsize\s+of\s+"
                        r"(?:the\s+)?", r.question, re.IGNORECASE)  # "team size of Web Storefront"
    if size_of and not keys and not people and len(set(r.names("portfolio"))) == 1 and any(
            t.low in ("team", "squad", "crew") for t in r.tokens):  # "how big is the Data
        name = r.names("portfolio")[0]  # Platform team": its people today (metrics.md, Team)
        return _one(r, "count", "people", ("people", {"measure": "count", "portfolio": name}),
                    f"Count of the people on {name} projects today (its team)")
    if not people and not keys and ROOM.search(r.question) and not r.has(
            "subject:projects", "subject:items", "subject:points", "subject:portfolios") and \
            not r.names("portfolio") and not r.family("doc"):
        return _people_question(r, keys)  # "what's our capacity next week": free or room?
    if not people and LOADED_BOUND.search(r.question) and not r.has("subject:projects"):
        return _people_question(r, keys)  # "ML Platform team below 50% load this week"
    if not people and _allocation_moves(r) and re.search(
            r"\b(?:who|whose|anyone|anybody|people|someone|allocations?|assignments?|"
            r"bookings?)\b", r.question, re.IGNORECASE):  # "how many allocations end …"
        return _people_question(r, keys)  # "whose allocations end this month"
    if keys and _changes_of_project(r):
        return _changes_digest(r, keys[0])  # "what happened on PRJ-0017 last week?"
    if len(keys) == 1 and not people and r.has("subject:skills") and not (
            r.names("skill") or r.has("subject:people") or _ranked(r) and not r.has(
                "rank:most")):  # "which skills does this need", "skills the remaining work
        return _one(r, "list", "skills", ("project_skills", {"project_key": keys[0]}),  # needs"
                    f"The skills {keys[0]}'s open work items need", keys)
    work = _project_work(r, keys) if len(keys) == 1 and not people else None
    if work is not None:
        return work  # "what's left on X?", "what's in progress here", "due in the next 2 weeks"
    points = _meeting_points(r, keys)
    if points is not None:
        return points  # "risks raised in Devices meetings this month": every one of them
    if keys and r.has("cause") and _status_change(r):
        return _document_plan(r, keys)  # "why was X put on hold": the notes say, not health
    if keys and (r.has("cause") or _asks_risks(r)) and not r.has("measure:count"):
        return _why(r, keys[0], keys)  # "anything blocking X?", "what are the risks on X"
    if keys and _asks_risks(r, then=True) and not r.has("measure:count"):
        return _document_plan(r, keys)  # "risks on X last month": what its documents raised
    if keys and (r.has("verb:own") and r.has("subject:people", "subject:owners")) and not (
            r.has("measure:count") or r.family("doc") and r.has("doc:decide")):
        return _project_question(r, keys, people)  # "who is responsible for PRJ-1"
    if keys and (r.names("skill") and r.has("subject:people") or r.names("role")) \
            and not r.has("verb:own"):
        return _people_question(r, keys)  # "anybody on this team know python?"
    busiest = any(t.low in ("busiest", "busier") for t in r.tokens)  # load, said of people
    if keys and r.has("rank:most") and (r.has("people:load", "people:over") or busiest) and \
            not people and not _ranks_a_count(r):
        period = _period(r, "this_week")  # "who on this team is the most stretched this week"
        k = 1 if _one_asked(r) else _k(r)  # "who's the busiest person on this team": one
        head = f"The {k} most loaded" if k > 1 else "The most loaded"
        return _one(r, "top", "people", ("rank_people", {"k": k, "works_on": keys[0],
                                                         **_span_args(period)}),
                    f"{head} on {keys[0]}'s team {period.describe()}", keys)
    counted = _people_count(r) if r.has("subject:items", "m:open_items") else None
    if keys and r.has("rank:most") and not r.has("rank:least") and counted and not people and (
            _asks_team(r) or r.has("subject:people") or _who_asks(r)):
        k = 1 if _one_asked(r) else _k(r)  # "who on this team has the most open items": one
        items = r.first("subject:items") or r.first("m:open_items")
        if counted == "open_items" and items is not None and not any(
                t.lemma in ("team", "crew", "squad") for t in r.tokens[:items.start]):
            return _one(r, "top", "people", ("project_holders", {"project_key": keys[0],
                                                                 "k": k}),  # "who has the most
                        f"Who holds the most of {keys[0]}'s open work items (on it only)",
                        keys)  # open items on this?": on this project
        head = f"The {k} people" if k > 1 else "The person"
        return _one(r, "top", "people", ("rank_people", {"k": k, "by": counted,
                                                         "works_on": keys[0]}),
                    f"{head} on {keys[0]}'s team with the most open work items assigned "
                    "(across all their projects)", keys)
    if keys and _asks_team(r):
        return _project_question(r, keys, people)  # "who's on X? names for the retro invite"
    if _documents(r):
        return _document_plan(r, keys)
    if r.has("cause") and not keys and not people and _subject(r) == "projects" \
            and not r.has("measure:count") and not r.named("portfolio") \
            and any(t.low == "why" for t in r.tokens) \
            and not {t.low for t in r.tokens} & {"which", "projects", "ones", "any"}:
        return _clarify("Which project do you mean? I explain why one project at a time.",
                        "A “why” question with no project I could find",
                        ["The late projects", "The at-risk projects"],
                        ["Which projects are late?", "Which projects are at risk?"])
    if keys and r.has("subject:items", "subject:points") and (
            r.periods or r.has("verb:complete") or r.has("measure:count") and (
                r.has("status:active") or r.has("status:open"))) and not r.has("cause") and not (
            r.has("m:progress") and len(keys) >= 2):  # "further along in points done, A or B"
        return _items_question(r, keys)  # "points done here in the last 30 days"
    if keys and r.periods and r.has("verb:complete") and not r.family("subject") and not (
            r.family("f") or r.has("cause")) and {t.low for t in r.tokens} & {
            "anything", "something", "what", "much"}:
        return _items_question(r, keys)  # "anything finished here last week?": its work
    if keys and r.has("verb:scope") and not r.has("cause") and (
            r.periods or SINCE_START.search(r.question)):
        return _items_question(r, keys)  # "scope creep here since kickoff?"
    if keys and not _is_list_question(r):
        return _project_question(r, keys, people)
    if people and not keys and _asks_team(r):
        owned = _team_of_owned_project(r, vocab, people[0])
        if owned is not None:
            return owned  # "who's on Petrov's project?": the team of the one she owns
    if people and _is_list_question(r, people=True):
        return _projects_question(r, people, keys)  # "Leo's projects", "owned by Ann or Bo"
    if people:
        plan = _person_question(r, people)
        if plan is not None:
            return plan
    if (r.has("verb:scope") or _added_to_projects(r)) and (
            r.periods or SINCE_START.search(r.question) or r.has("rank:most") and not keys
            and not r.has("measure:count") and SCOPE_GROWTH.search(r.question)):
        return _items_question(r, keys)  # "scope creep in Payments since kickoff", "which
        # project has grown its scope the most"
    if not keys and not people and CHANGED.search(r.question) and not _specific_subject(r) \
            and not (r.family("health") or r.family("status") or r.family("verb")
                     or r.has("measure:count") or _ranked(r)):
        return _changes_digest(r)  # "what changed?" alone; "... which went late?" asks that
    if not keys and not people and r.named("portfolio") and TRACKING.search(r.question) \
            and not _specific_subject(r) and not r.family("health") and not r.family("status"):
        args = {"status": ["open"], "portfolio": r.names("portfolio")}
        return _one(r, "groups", "projects", ("count_projects_by", {**args, "by": "health"}),
                    f"How the open projects in {' and '.join(args['portfolio'])} stand, by "
                    "health")
    if not keys and not people and r.has("subject:portfolios") and not r.named("portfolio") \
            and not r.has("subject:people") and not _ranked(r) and (r.has(
                "people:over") or {t.low for t in r.tokens} & {
                "stretched", "overstretched", "swamped", "underwater", "slammed"}):
        period = _period(r, "this_week")  # "which teams are stretched": each portfolio's
        return _one(r, "groups", "portfolios", ("over_allocated_by_portfolio", {  # over-
            "k": 50, **_span_args(period)}),  # allocated people, most first
            f"People over-allocated {period.describe()} in each portfolio (its people then: "
            "those allocated to its projects in that period)")
    reasons = _and_why_paused(r, vocab, people, keys)
    if reasons is not None:
        return reasons  # "how many projects are on hold and why?"
    standing = _how_a_group_stands(r, people, keys)
    if standing is not None:
        return standing  # "how are the critical projects doing", "the status of Payments"
    if not keys and not people and ON_TIME_RATE.search(r.original):  # before "delivery rate"
        # is read as work finished
        return _on_time_rate(r, people, keys)
    if not keys and not people and _asks_owners(r):
        args = _project_filters(r, people, keys)
        least = _at_least_projects(r)
        each = f", each owning at least {least} of them" if least else ""
        return _one(r, "list", "owners", ("owners_of", {**args, "at_least": least or 1}),
                    f"Owners of {_lower(describe_filters(args))}{each}")
    size = _size_without_measure(r)
    if size is not None:
        return size
    subject = _subject(r)
    if subject == "people":
        return _people_question(r, keys)
    if subject == "skills":
        return _skills_question(r, people)
    if subject in ("work_items", "points"):
        return _items_question(r, keys)
    if subject in ("portfolios", "owners") and _ranked(r):
        return _group_ranking(r, subject)
    if subject == "portfolios" and not r.family("negation") and r.has("subject:projects") \
            and not r.named("portfolio") and (r.has("rank:bound") or {t.low for t in r.tokens}
                                              & {"any", "some", "least"} or _portfolios_having(r)) \
            or subject == "portfolios" and not r.family("negation") and not r.named("portfolio") \
            and _portfolios_having(r) and (r.family("health") or r.family("status")):
        args = _project_filters(r, people, keys, negate=False)
        return _one(r, "list", "portfolios", ("portfolios_having", {**args, "having": "some"}),
                    f"Portfolios with at least one of {_lower(describe_filters(args))}")
    if subject == "portfolios" and r.has("measure:count") and not r.has("subject:projects") \
            and not r.family("health") and not r.family("status") and not r.periods:
        return _one(r, "count", "portfolios", ("portfolios_having", {"having": "all"}),
                    "How many portfolios there are")  # "how many portfolios do we have"
    if subject == "portfolios" and r.has("verb:become_late") and not r.periods and not \
            r.named("portfolio") and not people and not keys:  # "which portfolios are
        args = {"status": ["open"], "health": ["late", "at_risk"]}  # slipping": how many each
        return _one(r, "groups", "projects", ("count_projects_by", {**args, "by": "portfolio"}),
                    "Late or at risk projects (slipping or on their way to), per portfolio")
    if subject == "portfolios" and not r.has("subject:projects") and not r.family("health") \
            and not r.family("status") and not r.periods and not r.named("portfolio") \
            and not people and not keys and not _ranked(r) and not r.family("negation"):
        return _one(r, "list", "portfolios", ("portfolios_having", {"having": "all"}),
                    "The portfolios")  # "which portfolios are there", "what are the areas"
    if subject == "portfolios" and r.family("negation"):
        args = _project_filters(r, people, keys, negate=False)
        return _one(r, "list", "portfolios", ("portfolios_having", {**args, "having": "none"}),
                    f"Portfolios with no {_lower(describe_filters(args))}")
    if not r.hits and not r.mentions and not r.periods and not keys:
        return _nothing_to_answer(r)
    return _projects_question(r, people, keys)


def _counts_forecasts(r: Reading) -> bool:
    """"How many projects have a forecast?", "how many forecasts are there": the stored
    forecasts counted, not every project (closed ones have none)."""
    return r.has("measure:count") and any(t.lemma == "forecast" for t in r.tokens) and not (
        r.family("health") or r.family("status") or r.family("priority") or r.periods
        or r.mentions or r.has("f:chance", "f:p85", "f:p95"))


def _forecast_trust(r: Reading) -> Plan:
    """The open projects' forecasts by how far to trust them (the Forecasts page's words), or
    the number with the trust word asked about."""
    level = next((t.low for i, t in enumerate(r.tokens) if t.low in TRUST_MEANING
                  and any(u.lemma in ("trust", "trusted") for u in r.tokens[i + 1:i + 3])), None)
    said = {t.low for t in r.tokens if t.low in TRUST_MEANING}
    if level is not None and len(said) < 2:  # "high trust vs medium vs low": each one's count
        return _one(r, "count", "forecasts", ("forecast_trust", {"trust": level}),
                    f"Open projects whose forecast has {level} trust (late projects apart)")
    return _one(r, "groups", "forecasts", ("forecast_trust", {}),
                "Open projects with a stored forecast, by how far to trust it")


def _nothing_to_answer(r: Reading) -> Plan:
    """No question about the portfolio data; unless the documents mention its words ("where's
    the firmware server moving to"), then their passages answer (``_mentioned``)."""
    refused = _refuse(f"I did not find a question about the portfolio in that. {CAN_ANSWER}",
                      "Nothing the portfolio data can answer")
    refused.in_documents = _mentioned(r, _unread_words(r))
    return refused


# --- the kinds of question ------------------------------------------------------------------


def _plan(kind: str, subject: str, measure: str, calls: list[Call], interpretation: str,
          keys: Iterable[str] = (), intents: Iterable[str] = ()) -> Plan:
    return Plan(kind=kind, subject=subject, measure=measure, calls=calls,
                interpretation=interpretation, project_keys=list(keys), intents=list(intents))


def _one(r: Reading, measure: str, subject: str, call: Call, what: str,
         keys: Iterable[str] = (), intents: Iterable[str] = ()) -> Plan:
    return _plan("answer", subject, measure, [call], f"{what}, as of {_as_of(r.today)}", keys,
                 intents)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _as_of(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _refuse(message: str, interpretation: str) -> Plan:
    return Plan(kind="refuse", measure="", message=message, interpretation=interpretation)


def _clarify(message: str, interpretation: str, choices: list[str],
             rewrites: list[str]) -> Plan:
    return Plan(kind="clarify", measure="", message=message, interpretation=interpretation,
                choices=choices, rewrites=rewrites)


def _other_language(r: Reading) -> Plan:
    name = LANGUAGE_NAMES.get(r.language, "another language")
    keys = r.projects
    note = (f"Without a language model I understand questions in English only (this one looks "
            f"like {name}).")
    if keys:
        plan = _plan("answer", "projects", "about",
                     [("project_status", {"project_key": k}) for k in keys[:3]],
                     f"A question in {name}; the facts of {', '.join(keys[:3])}", keys)
        plan.message = note + " Here is what I know about " + ", ".join(keys[:3]) + "."
        return plan
    return _refuse(note + " Please ask in English, or name a project key.",
                   f"A question in {name}")


def _ambiguity(r: Reading, vocab: Vocabulary) -> Plan | None:
    """A name that fits several projects or people (and the page does not settle it)."""
    for m in r.mentions:
        if not m.ambiguous or m.kind == "skill":
            continue
        if m.kind == "portfolio":  # "the platform team": a word of several portfolios' names
            names = sorted(m.candidates)
            return _clarify(f"Several portfolios match “{m.text}”: which one do you mean?",
                            f"“{m.text}” names {len(names)} portfolios", names,
                            [_replace(r.original, m.text, n) for n in names])
        if m.kind in ("project", "project_part"):
            if r.page_key and r.page_key in m.candidates or set(r.keys) & set(m.candidates):
                continue  # the page, or a key written beside the name, says which
            ordered = sorted(m.candidates, key=lambda k: (not vocab.by_key[k].is_open, k))
            labels = [f"{k} {vocab.by_key[k].name}" for k in ordered][:8]
            rewrites = [_replace(r.original, m.text, k) for k in ordered][:8]
            return _clarify(f"Several projects match “{m.text}”: which one do you mean?",
                            f"“{m.text}” names {len(m.candidates)} projects", labels, rewrites)
        people = sorted(m.candidates)[:8]
        return _clarify(f"Several people are called “{m.text}”: who do you mean?",
                        f"“{m.text}” names {len(m.candidates)} people", people,
                        [_replace(r.original, m.text, p) for p in people])
    return None


PEOPLE_WORDS = {"people", "person", "folk", "folks", "ppl", "staff", "guy", "guys", "member",
                "members", "colleague", "colleagues", "dev", "devs", "headcount", "fte", "ftes"}


def _role_or_skill(r: Reading, vocab: Vocabulary) -> Plan | None:
    """"DevOps people", "embedded folks": the word starts a role (DevOps engineer) and is a
    skill (devops); two readings fit, so the copilot asks which."""
    if r.named("role"):
        return None
    skills = {s.lower(): s for s in vocab.skills}
    for i, t in enumerate(r.tokens[:-1]):
        if r.tokens[i + 1].low not in PEOPLE_WORDS or t.low not in skills:
            continue
        roles = [role for role in vocab.roles if role.lower().split()[0] == t.low]
        if not roles:
            continue
        role, skill = roles[0], skills[t.low]
        choices = [f"{role}s (the role)", f"People with the {skill} skill"]
        rewrites = [_replace(r.original, f"{t.text} {r.tokens[i + 1].text}", f"{role}s"),
                    _replace(r.original, f"{t.text} {r.tokens[i + 1].text}",
                             f"people with the {skill} skill")]
        return _clarify(f"“{t.text} {r.tokens[i + 1].text}” could be the role {role} or the "
                        f"skill {skill}: which do you mean?",
                        f"“{t.text}” is a role and a skill", choices, rewrites)
    return None


def _replace(question: str, text: str, by: str) -> str:
    found = re.search(re.escape(text), question, re.IGNORECASE)
    if not found:
        return f"{question} ({by})"
    return question[:found.start()] + by + question[found.end():]


def _unknown_filter_word(r: Reading, vocab: Vocabulary) -> Plan | None:
    """A word in the place of a filter ("in Fnance", "Zorro's projects") that names nothing."""
    hit_tokens = {i for h in r.hits for i in range(h.start, h.end)}
    # "what did the minutes say about the CSV exports": an acronym in a question about documents
    # is a term to search for
    documents = _names_documents(r)
    for i, t in enumerate(r.tokens):
        if i in r.used or i in hit_tokens or not t.is_word or len(t.low) < 3:
            continue
        if t.low in lexicon.STOP or t.low in FILLER or english(t.low) >= 4.0:
            continue
        if documents and t.text.isupper():
            continue
        unknown = english(t.low) < 2.0 and not t.corrected_from
        if not (t.capitalized or unknown):
            continue
        if _filter_place(r, i) or (
                t.capitalized and unknown):
            return _ask_back(r, vocab, confidence.Confidence(0.0, [t.text]))
    return None


def _unknown_subject(r: Reading) -> str | None:
    """'Which customers ...', 'How many bugs ...': the thing asked about is a word the data
    has nothing on (no subject, name or concept of ours anywhere in the question)."""
    if r.family("subject") or r.mentions or r.keys:
        return None
    hit_tokens = {i for h in r.hits for i in range(h.start, h.end)}
    for h in r.hits:
        if h.concept not in ("measure:list", "measure:count") or r.tokens[h.start].low == "any":
            continue
        phrase: list[str] = []  # "which vendor contracts": the noun phrase up to its plural
        for i in range(h.end, min(h.end + 4, len(r.tokens))):
            t = r.tokens[i]
            if not phrase and (t.low in lexicon.STOP or t.low in (
                    "are", "is", "our", "the", "did", "does")):
                continue
            if i in hit_tokens or i in r.used or not t.is_word or t.low in lexicon.STOP or \
                    t.low in ("numbers", "figures", "stats", "totals", "counts", "things"):
                return None  # "give me the numbers": the counts asked for
            phrase.append(t.text)
            if t.low.endswith("s") and t.lemma != t.low:
                return " ".join(phrase) if english(t.low) >= 3.0 else None
            if len(phrase) == 2:
                return None
    return None


FILLER = {"there", "total", "overall", "altogether", "currently", "current", "present",
          "digest", "newsletter",  # what the answer is for ("… for the digest")
          "right", "now", "please", "his", "her", "hers", "him",
          "different", "various", "among", "amongst", "within", "pull",
          "thanks", "thank", "today", "all", "every", "our", "we", "us", "have", "got", "get",
          "exist", "company", "organisation", "organization", "across", "whole", "entire",
          "tell", "me", "give", "show", "list", "know", "want", "need", "like", "would",
          "could", "you", "can", "do", "does", "did", "many", "much", "number", "count",
          "which", "what", "who", "how", "are", "is", "be", "in", "the", "a", "an", "of",
          "quick", "quickly", "just", "only", "also", "some", "kindly", "hey", "hi", "hello",
          "moment", "so", "far", "yet", "still", "any", "anything", "everything", "stuff",
          "thing", "things", "lot", "bunch", "pool", "portfolio", "portfolios", "here",
          "being", "been", "exactly", "roughly", "approximately", "about", "around", "both",
          "already", "anyway", "something", "else", "tool", "system", "dashboard", "app",
          "again", "pmo", "board", "book", "headline", "headlines", "office",
          "house", "spread"}  # "anyone in-house", "spread across the most projects"


PORTFOLIO_PEOPLE = PEOPLE_WORDS | {"team", "teams", "squad", "crew", "group"}


COUNTED_BY = frozenset({"most", "fewest", "least", "many", "more", "fewer", "several", "multiple"})


# a free person's words: said with "not" before them ("doesn't have any allocation"), or as a
# negative concord of a gloss ("who not has no allocation": "¿Quién no tiene ninguna …?")
BOOKED = frozenset({"allocation", "allocate", "booking", "book", "assignment", "assign"})
NO_WORDS = frozenset({"no", "nothing", "none", "zero", "without", "nobody"})


def _portfolio_team(r: Reading) -> str | None:
    """The portfolio whose people a question asks about: named before a word for its people
    ("the support team", "the ML Platform folks") or after "work(s) in/on" ("who works in
    Customer Support"); beside free, the people on its projects today ("who on the Payments
    team is free next week": today's team with nothing booked then). Not projects asked about
    ("which of the ML Platform folks' projects"), or words left unread ("the attrition of
    staff in the Devices team"): those keep their own readings."""
    bound = LOAD_BOUND.search(r.question)  # "below 50% load": a bound, read by the caller
    said = set(bound[0].lower().split()) if bound else set()
    if any(lemma(w.lower()) != "work" and english(w.lower()) < 5.5 and w.lower() not in said
           for w in _unread_words(r)):
        return None
    projects = sum(t.lemma == "project" and not (  # not the count a ranking is by: "who
        i and r.tokens[i - 1].low in COUNTED_BY)  # is spread across the most projects"
        for i, t in enumerate(r.tokens))
    for m in r.mentions:
        if m.kind != "portfolio" or m.ambiguous or r.excluded(m) or m.part and r.has(
                "people:free"):  # "got this from the web team: any frontend engineers free?"
            continue
        after = r.tokens[m.end].lemma if m.end < len(r.tokens) else ""
        before = [t.lemma for t in r.tokens[max(0, m.start - 3):m.start]]
        # "how many people are on the Devices projects": its projects are where they work
        on_its_projects = after == "project" and projects == 1 and bool({"on", "in", "to"} & set(
            before)) or projects == 1 and before[-2:] == ["project", "of"] and before[:1] in (
            ["on"], ["the"])  # "… allocated / charged to Payments projects", "the people on
        # the projects of Payments" (a gloss of "as pessoas dos projetos de Payments")
        if projects and not on_its_projects:
            return None  # "which of the ML Platform folks' projects are active"
        in_the_portfolio = after in ("portfolio", "programme", "program") and before[-2:] == [
            "in", "the"] and (r.has("subject:people") or _who_asks(r))  # "who in the Security
        # portfolio knows python"
        if after in PORTFOLIO_PEOPLE or on_its_projects or in_the_portfolio or len(
                before) >= 2 and (
                "work" in before or before[-2] in PEOPLE_WORDS) and before[-1] in (
                "in", "on", "for") or before[-1:] in (
                ["in"], ["within"], ["across"], ["among"], ["amongst"]) and (
                r.has("people:over", "people:load", "subject:people") or _who_asks(r)) or \
                len(before) >= 2 and (
                before[-1] == "of" and before[-2] in PORTFOLIO_PEOPLE) or before[-1:] in (
                ["for"], ["of"]) and r.has("people:load") and not r.has(
                "subject:projects", "subject:items"):  # "team utilisation for X"; "who works in X",
            return m.candidates[0]  # "how many staff in X", "who's overbooked in X next month",
            # "the team of X" (a gloss of "el equipo de X")
    return None


def _unread_words(r: Reading) -> list[str]:
    """Words of the question that were read as nothing (no name, period or concept): when a
    question would otherwise be answered about everything, they may be a filter not understood."""
    hit_tokens = {i for h in r.hits for i in range(h.start, h.end)} | _asides(r)
    including = INCLUDING if any(_inclusive(r, h) for h in r.family("status")) else set()
    return [t.text for i, t in enumerate(r.tokens)
            if i not in r.used and i not in hit_tokens and t.is_word and len(t.low) >= 3
            and t.low not in FILLER and t.lemma not in FILLER and t.low not in lexicon.STOP
            and t.low not in CHAT and t.low not in including and not _asked_of_me(r, i)]


def _asked_of_me(r: Reading, i: int) -> bool:
    """"Provide me with", "send us", "pull me": the verb of a request, before "me" or "us"."""
    return i + 1 < len(r.tokens) and r.tokens[i + 1].low in ("me", "us") and english(
        r.tokens[i].low) >= 4.0


INCLUDING = {"incl", "including", "include", "included", "inc", "plus", "even", "also", "too",
             "already", "ones"}


def _everything_or(r: Reading, unclear: list[str], subject: str) -> Plan:
    """Ask back rather than answer about every project (or person) when a word that may be a
    filter was not understood."""
    words = ", ".join(f"“{w}”" for w in unclear[:3])
    if subject == "people":
        readings = ["Everyone", "People over-allocated this week", "People free next week"]
        rewrites = ["Who are all the people?", "Who is over-allocated this week?",
                    "Who is free next week?"]
    else:
        readings = ["All projects", "Open projects", "Late projects", "At-risk projects",
                    "Projects on hold"]
        rewrites = ["Which projects are there?", "Which projects are open?",
                    "Which projects are late?", "Which projects are at risk?",
                    "Which projects are on hold?"]
    asked = _clarify(f"I did not understand {words} here, and would rather not answer about "
                     f"all {subject}. Which of these did you mean?",
                     f"{words} not understood", readings, rewrites)
    asked.in_documents = _mentioned(r, unclear)
    return asked


def _about_one_project(r: Reading) -> bool:
    """On a project page, a question with no portfolio-wide words is about that project."""
    wide = r.has("measure:count") or _ranked(r) or bool(r.family("group")) or bool(
        r.named("portfolio")) or r.has("subject:portfolios") or any(
        t.low in ("projects", "initiatives", "programmes", "programs") for t in r.tokens)
    # "which projects are due this month", asked on a page: all of them, not its due date
    return not wide and bool(
        r.family("f") or r.has("cause", "field:progress", "field:status", "field:due_date")
        or r.family("doc") or (r.has("subject:people") and r.has("verb:work_on")))


def _why(r: Reading, key: str, keys: list[str]) -> Plan:
    """Why one project is late or at risk: the causes in its data and the risks its team wrote
    down (the ``why`` tool gives both)."""
    words = {t.low for t in r.tokens}
    in_the_way = (_asks_risks(r) or bool(words & BLOCKING)) and not words & {"why", "reason"}
    said = f"What stands in {key}'s way: the causes in its data" if in_the_way else \
        f"How {key} stands and why" if re.search(r"\b(?:driv\w*|forecast\w*)\b", r.question,
                                                 re.IGNORECASE) and not r.family("health") \
        else f"Why {key} is {_health_word(r)}"  # "what's driving the forecast": not said late
    return _one(r, "cause", "projects", ("why", {"project_key": key}),
                f"{said}, and the risks raised in its latest minutes and status notes", keys)


BLOCKING = {"blocking", "blocked", "blocker", "blockers", "holdup", "holdups", "holding"}
RISK_NOUNS = {"risk", "concern", "worry", "worrying", "worried", "blocker", "impediment",
              "obstacle", "roadblock", "threat", "headwind"}


def _asks_risks(r: Reading, then: bool = False) -> bool:
    """"What are the risks on X", "any concerns about X", "what's worrying the team on X":
    what stands in one project's way, asked without the words of health ("at risk") or of a
    forecast ("the risk it misses its date"), nor of documents or a past period (what they
    raised then is searched for; ``then``: asked of a past period, without those words)."""
    past = [p for p in r.periods if p.end < r.today]  # "this week" is now; "in April" is not
    if r.family("f") or r.family("doc") or bool(past) != then or _forecast_miss(r) or re.search(
            r"\b(?:risk|chance|odds)s?\b[^.?!]{0,40}\b(?:miss(?:es|ing)?|slip(?:s|ping)?|late|"
            r"overrun)\b", r.question, re.IGNORECASE):  # "the risk it misses its date"
        return False
    return any(t.lemma in RISK_NOUNS and not (t.lemma == "risk" and i and r.tokens[i - 1].low
                                              in ("at", "of", "in"))
               for i, t in enumerate(r.tokens)) or "red flag" in r.question.lower()


# "the most common risks", "which risks keep coming up", "raised most often"
MOST_RAISED = re.compile(r"\b(?:most (?:common|frequent|often|raised|cited|mentioned)|most often|"
                         r"recurring|keeps? (?:coming|popping) up|come up (?:the )?most|"
                         r"(?:raised|mentioned|cited) (?:the )?most|top (?:\d+ |three |five )?"
                         r"(?:risks|concerns|decisions))\b", re.IGNORECASE)
RAISED = re.compile(r"\b(?:raised|came up|come up|coming up|flagged|mentioned|logged|noted|"
                    r"brought up|surfaced)\b", re.IGNORECASE)
MEETINGS_SAID = re.compile(r"\b(?:meetings|minutes|syncs|standups|stand-ups|retros|weeklies|"
                           r"across (?:the |all )?(?:projects|teams|portfolios?)|"
                           r"all (?:the )?(?:projects|teams))\b", re.IGNORECASE)
TOPIC_SKIP = {"meeting", "meetings", "minutes", "sync", "syncs", "came", "come", "raised",
              "made", "taken", "taking", "decided", "decide", "decision", "decisions", "agreed",
              "action", "actions", "risk", "risks", "open", "team", "teams", "projects",
              "project", "which", "who", "when", "what", "across", "every", "all", "list",
              "give", "show", "anything", "any", "were", "was", "there",
              # how a decision is kept, not what about: "decisions recorded in its meetings"
              "recorded", "logged", "noted", "documented", "captured", "minuted", "written",
              "reached", "held", "so", "far", "yet", "been", "have", "has", "had", "lately",
              "recently", "recent"}


# the topic said before "coming up as a risk" ("is legal approval coming up as a risk")
_RAISED_AS_RISK = re.compile(
    r"\b(?:is|are|has|have|was|were|did|does|do)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?P<topic>"
    r"[\w -]{3,60}?)\s+(?:been\s+|being\s+|ever\s+)?(?:coming up|come up|came up|raised|"
    r"mentioned|flagged|showing up|shown up|cited|listed|noted|logged|popping up)\s+as\s+"
    r"(?:a\s+|an\s+)?(?:risks?|concerns?|blockers?|issues?)\b", re.IGNORECASE)


def _topic(r: Reading, kind: str) -> list[str]:
    """What the decisions or risks asked about are about: the words after "decided (to)",
    "decision on", "risks about" … that name no period, key or portfolio ("who decided to
    switch the battery supplier": switch battery supplier)."""
    if kind == "actions":
        return []
    raised = _RAISED_AS_RISK.search(r.question) if kind == "risks" else None
    if raised is not None:  # "is legal approval coming up as a risk anywhere in Growth"
        return [w for w in re.findall(r"[\w-]+", raised["topic"])
                if w.lower() not in TOPIC_SKIP and w.lower() not in lexicon.STOP
                and w.lower() not in FILLER]
    verb = r.first("doc:decide") if kind == "decisions" else None
    after = verb.end if verb is not None else next(
        (i + 1 for i, t in enumerate(r.tokens) if t.low in ("about", "regarding", "around",
                                                              "concerning", "over")), None)
    if after is None:
        return []
    taken = {i for h in r.hits if h.concept.startswith(("doc:", "recency", "this"))
             for i in range(h.start, h.end)} | r.used
    return [t.text for i, t in enumerate(r.tokens[after:], after)
            if (t.is_word or t.is_number) and i not in taken and t.low not in TOPIC_SKIP
            and t.low not in lexicon.STOP and t.low not in FILLER]


def _meeting_points(r: Reading, keys: list[str]) -> Plan | None:
    """Decisions, action items or risks asked of many meetings (of a period, a portfolio, all
    of a project's, or on a topic across projects): every one, from ``meeting_points``; not the
    top passages of a search, nor the latest meeting alone. ``None`` when not asked so."""
    risks = any(t.lemma in ("risk", "concern", "blocker") and not (
        i and r.tokens[i - 1].low in ("at", "of", "in")) for i, t in enumerate(r.tokens))
    kinds = [k for k, said in (("decisions", r.has("doc:decide")),
                               ("actions", r.has("doc:actions")), ("risks", risks)) if said]
    decided = r.first("doc:decide")
    documents = [h for h in r.hits if h.concept in ("doc:note", "doc:spec") and not (
        decided is not None and h.start > decided.end)]  # "decided to adopt X for reporting":
    # the topic's word, not the status notes asked for
    if len(kinds) != 1 or r.people or r.has("recency:latest") or documents \
            or len(keys) > 1 or _status_change(r):
        return None
    kind = kinds[0]
    if r.has("measure:count") and re.search(r"\bhow many (?:\w+ )?(?:meetings|minutes|documents|"
                                            r"docs|notes)\b", r.question, re.IGNORECASE):
        return None  # "how many minutes recorded a decision": documents counted
    if r.family("f") and kind != "decisions":  # "the risk it misses its date": a forecast;
        return None  # not "when did we decide on X" ("when did" is no finish date there)
    common = bool(MOST_RAISED.search(r.question))
    if kind == "risks" and (r.has("subject:people") or any(h.family == "people" for h in r.hits)
                            or not (MEETINGS_SAID.search(r.question) or RAISED.search(
                                r.question) or r.has("doc:meeting") or common)):
        return None  # "the risk of burnout for people over 100% in July": not the minutes'
    many = bool(MEETINGS_SAID.search(r.question)) or bool(r.periods) or (
        kind == "decisions" and any(t.low == "decisions" for t in r.tokens))  # plural: every
    # meeting's ("what decisions have we made on X"), where a risk is the project's (``why``)
    topic = _topic(r, kind)
    portfolios = list(dict.fromkeys(r.names("portfolio")))
    if keys and not many:
        return None  # "the risks on X": its status and latest minutes (``why``)
    if not keys and not (many or portfolios or common or topic and kind == "decisions"):
        return None
    args: dict[str, Any] = {"kind": kind}
    if keys:
        args["project_key"] = keys[0]
    if portfolios:
        args["portfolio"] = portfolios
    when = ""
    if r.periods:
        period = r.periods[0]
        args.update(_span_args(period))
        when = " " + period.describe()
    if topic:
        args["about"] = [" ".join(topic)[:120]]
    if kind == "actions" and r.has("status:open"):
        args["open_only"] = True
    if kind == "actions" and r.periods and re.search(r"\bdue\b", r.question, re.IGNORECASE):
        args["due"] = True  # "which meeting actions are due in the next 7 days"
        when = f" due{when}"
    if common:
        args["common"] = True
    noun = {"decisions": "decisions", "actions": "action items", "risks": "risks"}[kind]
    where = f" of {keys[0]}" if keys else (f" of the {' and '.join(portfolios)} projects"
                                           if portfolios else " of every project you can see")
    about = f" about “{args['about'][0]}”" if topic else ""
    head = f"The most often raised {noun}" if common else "Every " + (
        "open " if args.get("open_only") else "") + noun[:-1]
    return _one(r, "list", "documents", ("meeting_points", args),
                f"{head}{about} in the meetings{where}{when}", keys)


def _health_word(r: Reading) -> str:
    if r.has("health:at_risk") or r.has("f:chance"):
        return "at risk"
    return "late or at risk"


def _possessed(r: Reading) -> str:
    """"Leo Moreau's projects": "plural"; "Petrov's project": "singular"; else ""."""
    number = ""
    for m in r.named("person", "first_name", "last_name"):
        after = r.tokens[m.end:m.end + 3]
        if [t.lemma for t in after[:1]] == ["'s"] and "project" in {t.lemma for t in after}:
            number = "plural" if "projects" in {t.low for t in after} else "singular"
        before = [t.low for t in r.tokens[max(0, m.start - 2):m.start]]
        if before in (["projects", "of"], ["project", "of"]):  # "the projects of Hugo Lopez"
            number = "plural" if before[0] == "projects" else "singular"
    return number


def _possessive_projects(r: Reading) -> bool:
    """"Leo Moreau's projects": the projects a person owns."""
    return bool(_possessed(r))


def _team_of_owned_project(r: Reading, vocab: Vocabulary, person: str) -> Plan | None:
    """"Who's on Petrov's project?": the team of a project named by its owner. In the singular,
    the one they own that is open (or the only one); several open: which one is asked back. In
    the plural ("Petrov's projects"), the teams of every open one. ``None`` when the question
    does not name a project by its owner."""
    number = _possessed(r)
    if not number:
        return None
    owned = [p for p in vocab.projects if p.owner == person]
    candidates = [p for p in owned if p.is_open] or (owned if number == "singular" else [])
    if not candidates:
        return None
    if len(candidates) == 1 or number == "plural":
        shown = candidates[:MAX_TEAMS]
        calls: list[Call] = [("project_team", {"project_key": p.key, "owner": person})
                             for p in shown]
        what = (f"People on {shown[0].key} {shown[0].name} ({person}'s project)"
                if len(candidates) == 1 else
                f"People on the {len(candidates)} open projects {person} owns"
                + (f" (the first {MAX_TEAMS})" if len(candidates) > MAX_TEAMS else ""))
        return _plan("answer", "people", "list", calls, f"{what}, as of {_as_of(r.today)}",
                     [p.key for p in shown])
    choices = [f"{p.key} {p.name}" for p in candidates[:6]]
    return _clarify(f"{person} owns {len(candidates)} open projects: which one do you mean?",
                    f"“{person}'s project” could be any of {len(candidates)} projects",
                    choices, [f"Who works on {p.key}?" for p in candidates[:6]])


MAX_TEAMS = 6


def _is_list_question(r: Reading, people: bool = False) -> bool:
    """A question about many projects that happens to name one (as a filter)."""
    if people and _possessive_projects(r):
        return True
    if people and r.has("verb:own") and (r.has("subject:projects") or r.has("measure:count")):
        return True
    compare = r.has("compare") or r.has("rank:most") or " or " in f" {r.question.lower()} "
    return people and len(r.people) >= 2 and compare and (
        r.has("verb:own") or r.has("subject:projects"))


# --- projects -------------------------------------------------------------------------------


def _named_projects_ranked(r: Reading, keys: list[str]) -> Plan | None:
    """Two or more named projects set against each other ("which is further along, A or B",
    "which has more items left", "A or B: which has the better chance"): the same ranking
    tool over just those projects, by the measure asked."""
    if len(keys) < 2:
        return None
    words = {t.low for t in r.tokens}
    which = bool(words & {"which", "whichever"})
    least = r.has("rank:least") and not r.has("rank:most")
    intents: list[str] = []
    if r.has("m:progress") and not r.family("f"):
        by = "progress_least" if least else "progress"
        what = (f"Which of {', '.join(keys)} is {'least' if least else 'furthest'} along "
                "(share of story points done)")
    elif which and r.has("rank:most") and not r.has("rank:least") and r.has(
            "m:remaining", "m:open_items", "subject:items"):
        by, what = "open_items", f"{', '.join(keys)} ranked by open work items"
    elif which and r.has("f:chance"):
        worse = r.has("rank:least") or bool(words & {"worse", "worst", "lower", "lowest",
                                                     "less", "least"})
        by = "p_on_time" if worse else "p_on_time_best"
        what = (f"{', '.join(keys)} ranked by {'lowest' if worse else 'highest'} chance of "
                "finishing on time")
        intents = ["forecast"]
    else:
        return None
    return _one(r, "top", "projects", ("rank_projects", {"keys": keys, "by": by,
                                                         "k": len(keys)}), what, keys, intents)


def _project_question(r: Reading, keys: list[str], people: list[str]) -> Plan:
    key = keys[0]
    ranked = _named_projects_ranked(r, keys)
    if ranked is not None:
        return ranked
    team_said = r.has("subject:people") or _asks_team(r) or _the_team(r) or any(
        r.tokens[h.start].low in ("we", "us") for h in r.family("this"))
    if team_said and r.has("people:over"):  # "are we overloaded this week?", "is the team
        # overbooked next month?"
        period = _period(r, "this_week")
        negated = all(r.negated(h) for h in r.hits if h.concept == "people:over")
        args = {"works_on": key, "not_over" if negated else "over_allocated": True,
                **_span_args(period)}  # "who on this team isn't overloaded": the others
        said = "not over-allocated (at most 100% at peak)" if negated else "over-allocated"
        return _one(r, "list", "people", ("people", args),
                    f"People on {key} {said} {period.describe()}", keys)
    team_load = _team_in_a_period(r, key, keys) if team_said else None
    if team_load is not None:
        return team_load
    if (r.has("subject:people") or r.has("subject:owners")) and r.has("verb:own") or (
            r.has("subject:owners")):
        return _one(r, "list", "owners", ("project_field", {"project_key": key,
                                                            "field": "owner"}),
                    f"The owner of {key}", keys)
    works_here = r.has("this") and any(t.lemma == "work" for t in r.tokens)  # "who works here"
    if r.has("subject:people") and (r.has("verb:work_on") or r.has("subject:portfolios")
                                    or works_here) or _asks_team(r):
        team = _one(r, "list", "people", ("project_team", {"project_key": key}),
                    f"The people allocated to {key} today", keys)
        team.in_documents = _mentioned(r, _unread_words(r), key)  # "who is keeping an eye on
        # upstream schema changes in X": who follows it up, in its documents, not its team
        return team
    scope_words = r.has("verb:scope")
    if scope_words and r.periods:
        period = r.periods[0]
        return _one(r, "value", "work_items", ("scope_added", {"keys": [key],
                                                               **_span_args(period)}),
                    f"Work items added to the scope of {key}, {period.describe()}", keys)
    if any(h.concept == "field:due_date" and r.tokens[h.start].low in ("planned", "target")
           for h in r.hits):  # "the planned go-live": the date set, not the forecast's
        return _one(r, "value", "projects", ("project_field", {"project_key": key,
                                                               "field": "due_date"}),
                    f"The due date of {key}", keys)
    forecast = _forecast_field(r)
    if forecast is not None and forecast[0] in ("start_date", "completed"):
        return _one(r, "value", "projects", ("project_field", {"project_key": key,
                                                               "field": forecast[0]}),
                    f"{forecast[1]} of {key}", keys)
    if forecast is not None:
        field_name, words = forecast
        return _one(r, "value", "projects",
                    ("project_forecast", {"project_key": key, "field": field_name}),
                    f"{words} of {key}", keys, ["forecast"])
    if r.has("field:due_date") and not r.has("verb:complete"):
        return _one(r, "value", "projects", ("project_field", {"project_key": key,
                                                               "field": "due_date"}),
                    f"The due date of {key}", keys)
    share_done = {t.low for t in r.tokens} & {"%", "percent", "percentage"} and (r.has(
        "verb:complete", "status:done") or {t.low for t in r.tokens} & {"done", "complete",
                                                                    "completed", "finished"})
    # "what % of PRJ-1 is complete", "% done on this one?"
    if r.has("field:progress") or share_done:
        return _one(r, "value", "projects", ("project_field", {"project_key": key,
                                                               "field": "progress"}),
                    f"The progress of {key} (share of story points done)", keys)
    if r.has("cause") or r.has("health:late") and r.has("m:overdue") and r.first("cause"):
        return _why(r, key, keys)
    if r.has("subject:items") and (r.has("measure:count") or r.has("status:open")
                                   or r.has("m:remaining")) or r.has("subject:points") and r.has(
            "m:remaining"):  # "points left to do here?"
        return _items_question(r, keys)
    unclear = _unread_words(r)
    if len(keys) == 1 and any(t.low == "priority" and t.text in unclear
                              for t in r.tokens):  # "priority of X?", "priorty of X"
        return _one(r, "value", "projects", ("project_field", {"project_key": keys[0],
                                                               "field": "priority"}),
                    f"The priority of {keys[0]}", keys)
    if unclear and len(keys) == 1 and not r.has("field:status"):
        key = keys[0]
        words = ", ".join(f"“{w}”" for w in unclear[:3])
        readings = [f"The status of {key}", f"The chance {key} finishes on time",
                    f"Who works on {key}", f"Why {key} is late or at risk"]
        rewrites = [f"What is the status of {key}?",
                    f"What is the chance {key} finishes on time?", f"Who works on {key}?",
                    f"Why is {key} late?"]
        asked = _clarify(f"I did not understand {words} about {key}. I can tell you:",
                         f"{words} about {key} not understood", readings, rewrites)
        asked.in_documents = _mentioned(r, unclear, key)  # "latest on the cloud quota for X"
        return asked
    calls: list[Call] = [("project_status", {"project_key": k}) for k in keys[:3]]
    return _plan("answer", "projects", "about", calls,
                 f"The status of {', '.join(keys[:3])}, as of {_as_of(r.today)}", keys)


# "when does Sara become free", "when will Omar be available again", "from when is Leo free"
FREE_WHEN = re.compile(r"\b(?:when|from when|what date|which day|how soon)\b[^?.;]*?\b(?:free|"
                       r"available|freed up|off (?:all )?(?:his|her|their) projects|unallocated|"
                       r"roll(?:s|ing)? off everything)\b", re.IGNORECASE)
# "anyone still allocated to a project that's already done or cancelled?"
ON_CLOSED = re.compile(r"\b(?:allocated|assigned|booked|staffed|allocations?)\b[^?.;]*?\b(?:done|"
                       r"cancell?ed|closed|finished|completed)(?:\s+or\s+(?:done|cancell?ed|"
                       r"closed|finished|completed))?\s+projects?\b|\b(?:allocated|assigned|"
                       r"booked|staffed)\b[^?.;]*?\bprojects?\s+(?:that(?:'s|\s+is|\s+are|"
                       r"\s+were)?|which(?:\s+(?:is|are))?)\s+(?:already\s+)?(?:done|cancell?ed|"
                       r"closed|finished|completed)\b", re.IGNORECASE)
ALLOCATIONS_LISTED = re.compile(r"\b(?:allocations|assignments|bookings|engagements)\b",
                                re.IGNORECASE)
# words of a load, not of being on a team ("allocated", "booked" alone say who is on it)
LOAD_WORDS = {"load", "loads", "loaded", "busy", "busier", "busiest", "capacity", "utilisation",
              "utilization", "utilised", "utilized", "stretched", "overloaded", "overbooked",
              "overallocated", "over-allocated", "underused", "underutilised", "percent", "%"}


def _team_in_a_period(r: Reading, key: str, keys: list[str]) -> Plan | None:
    """A project's team asked about as people are, in a period: "is anyone on this team free
    next week" (nothing booked then), "how loaded is the team next month" (each member's peak
    load then, across all their projects). None when neither is asked."""
    who = r.first("subject:people")
    free = [h for h in r.hits if h.concept == "people:free" and (
        who is None or h.start > who.start)]  # not "asked to help out on X: who's on it?"
    if free and not any(r.negated(h) for h in free):
        period = _period(r, "this_week")
        return _one(r, "list", "people", ("people", {"works_on": key, "free": True,
                                                     **_span_args(period)}),
                    f"People on {key} today with nothing booked {period.describe()}", keys)
    if re.search(r"\b(?:has|have|with|got|any)\s+(?:some\s+)?room\b", r.question, re.IGNORECASE):
        period = _period(r, "this_week")  # "who on the team has room next week": under 100 %
        return _one(r, "list", "people", ("people", {"works_on": key, "room": True,
                                                     **_span_args(period)}),
                    f"People on {key} today with room (under 100% at peak) "
                    f"{period.describe()}", keys)
    if r.has("people:load") and not r.has("rank:most", "rank:least") and not any(
            r.negated(h) for h in r.hits if h.concept == "people:load") and not _allocated_to(
            r, ("it", "this", "here")) and (r.periods or {t.low for t in r.tokens} & LOAD_WORDS):
        period = _period(r, "this_week")  # not "who is booked on it", "who's allocated": its
        # team (with those booked from a later day)
        return _one(r, "list", "people", ("rank_people", {"works_on": key, "k": 50,
                                                          **_span_args(period)}),
                    f"The load of each person on {key}'s team {period.describe()} (peak share "
                    "of their capacity, across all their projects)", keys)
    return None


# the forecast's own certainty, not the date it is 85 % sure of
SURE_OF_FORECAST = re.compile(r"\bhow\s+(?:confident|sure|certain|reliable|solid|good|accurate)\s+"
                              r"(?:is|are)\s+(?:that|this|the|its|our|their)\s+(?:forecasts?|"
                              r"predictions?|projections?|estimates?)\b(?!\s+(?:that|it|this|"
                              r"we|they|of)\b)", re.IGNORECASE)  # not "… the forecast that this
# one finishes on time": its chance


def _forecast_field(r: Reading) -> tuple[str, str] | None:
    if r.has("f:trust") or SURE_OF_FORECAST.search(r.question):  # "how much should I trust
        return "trust", "How far to trust the forecast"  # PRJ-0005's forecast", "how
        # confident is that forecast"
    if r.has("f:p95"):
        return "p95_date", "The date the forecast is 95% sure of"
    p85_words = {t.low for h in r.family("f") if h.concept == "f:p85"
                 for t in r.tokens[h.start:h.end]}
    on_time = [h for h in r.family("f") if h.concept == "f:chance"]
    if r.has("f:p85") and not (on_time and p85_words <= {"confident", "fairly", "sure"}):
        return "p85_date", "The date the forecast is 85% sure of"
    asks_date = bool(r.tokens) and (r.tokens[0].low == "when" or r.question.lower().startswith(
        ("by when", "what date", "which date")))
    if r.tokens and r.tokens[0].low == "when" and r.has("verb:start") and not r.has(
            "verb:complete"):
        return "start_date", "The start date"
    if r.tokens and r.tokens[0].low == "when" and r.has("verb:complete") and len(r.tokens) > 1 \
            and r.tokens[1].low in ("was", "did") and not r.has("verb:due"):
        return "completed", "The completion date"  # "when was this one handed over"
    if r.tokens and r.tokens[0].low in ("did", "was", "were") and r.has("verb:complete") and \
            r.has("f:chance"):  # "did this finish on time?": how it finished, not a forecast
        return "completed", "The completion date, against the due date,"
    due_asked = r.has("field:due_date", "verb:due") and not r.has("verb:complete")
    if asks_date and not due_asked and (r.has("verb:complete") or r.has("f:p50")):
        return "p50_date", "The expected finish date (the forecast's P50)"  # "when's it likely
        # to finish": a date, not a chance
    chance = [h for h in r.family("f") if h.value == "chance" and h.concept == "f:chance"]
    words = {t.low for t in r.tokens}
    if chance and r.has("f:p50") and not due_asked and words & {"date", "eta", "when"} and all(
            r.tokens[h.start].low in ("likely", "probable", "probably") for h in chance):
        return "p50_date", "The expected finish date (the forecast's P50)"  # "likely end date"
    if chance:
        return "p_on_time", "The chance of finishing by the due date"
    if r.has("f:p50") and (r.has("verb:complete") or r.has("f:p50") and not r.has(
            "field:due_date")):
        return "p50_date", "The expected finish date (the forecast's P50)"
    if r.tokens and r.tokens[0].low == "when" and r.has("verb:complete"):
        return "p50_date", "The expected finish date (the forecast's P50)"
    if r.has("f:p50") and r.has("verb:complete"):
        return "p50_date", "The expected finish date (the forecast's P50)"
    if r.tokens and r.tokens[0].low == "will" and r.periods and any(
            h.concept in ("verb:complete", "status:done") for h in r.hits):
        return "p50_date", "The expected finish date (the forecast's P50)"  # "will X be done
    return None  # by July?": when it is expected to finish, beside the date asked about


WHICH_ONES = re.compile(r"\band\s+(?:which|what)\s+(?:ones?|of them|they are|are they)\b|"
                        r"\band\s+(?:list|name)\s+them\b", re.IGNORECASE)


def _projects_question(r: Reading, people: list[str], keys: list[str],
                       status: list[str] | None = None, planned: str | None = None) -> Plan:
    unanchored = _period_readings(r)
    if unanchored is not None:
        return unanchored
    args = _project_filters(r, people, keys)
    if STATUS_RANGE.search(r.question):
        args.pop("status", None)  # "proposed through cancelled": all of them
    in_flight = IN_FLIGHT.search(r.question)
    if status is not None:
        args["status"] = status
    elif in_flight and args.get("status") == ["open"]:
        return _in_flight_readings(r, in_flight.group(0), people, keys)
    if planned is not None:
        args["started_to"] = planned
    elif r.planned_end and args.get("started_to") == r.today.isoformat():
        return _started_readings(r, people, keys)
    what = describe_filters(args)
    dimension = _dimension(r)
    compare = _compared(r)
    if compare is not None and compare[0] == "health" and dimension not in (None, "health"):
        compare = None  # "late and at-risk counts across portfolios": per portfolio
    healths = _health_breakdown(r)
    portfolios = list(dict.fromkeys(r.names("portfolio")))
    if healths and len(portfolios) >= 2 and (compare is not None and compare[0] == "portfolio"
                                             or SHAPE.search(r.question)):
        base = {k: v for k, v in args.items() if k not in ("health", "portfolio")}
        calls: list[Call] = [("count_projects_by", {**base, "by": "health", "only": healths,
                                                    "portfolio": [name]})
                             for name in portfolios]  # "Payments vs Growth: how many late,
        # at risk and on track in each?", "is Mobile Apps in better shape than Web Storefront"
        return _plan("answer", "projects", "about", calls,
                     f"Open projects by health ({', '.join(healths).lower()}) in "
                     f"{' and '.join(portfolios)}, as of {_as_of(r.today)}", keys)
    if compare is not None:
        by, only = compare
        if by == "health":  # "how many green, how many amber": the groups, not a filter
            args.pop("health", None)
            if "Closed" in only and args.get("status") == ["closed"]:
                args.pop("status")  # "…, late, closed": a group, not a filter
            what = describe_filters(args)
        return _one(r, "groups", "projects",
                    ("count_projects_by", {**args, "by": by, "only": only}),
                    f"{what}, compared by {by} ({', '.join(only)})")
    if dimension is not None:
        return _one(r, "groups", "projects", ("count_projects_by", {**args, "by": dimension}),
                    f"{what}, per {dimension}")
    ranking = _project_ranking(r)
    if ranking is not None and ranking[0] == "due_soonest" and r.has("measure:count") and not (
            r.has("rank:most") or r.has("rank:least")):
        ranking = None  # "how many go-lives still coming up in July": a count
    if ranking is not None:
        by, words = ranking
        k = _k(r)
        if by == "progress" and "status" not in args and any(
                r.tokens[h.start].low in ("closest", "nearest") for h in r.family("m")):
            args["status"] = ["open"]  # "which project is closest to being done": not one done
            what = describe_filters(args)
        return _one(r, "top", "projects", ("rank_projects", {**args, "by": by, "k": k}),
                    f"The top {k} of {_lower(what)} by {words}")
    unclear = _unread_words(r) if not args else []
    if unclear:
        return _everything_or(r, unclear, "projects")
    if r.has("measure:count") and not WHICH_ONES.search(r.question):  # "the number …, and
        return _one(r, "count", "projects", ("projects", {**args, "measure": "count"}),  # which
                    f"Count of {_lower(what)}")  # ones they are": the list, with its count
    if r.has("field:status") and not any(args.values()) and not r.family("measure"):
        return _one(r, "summary", "projects", ("portfolio_summary", {}),
                    "The portfolio's headline numbers")
    return _one(r, "list", "projects", ("projects", args), what)


ON_TIME = re.compile(r"\b(?:on time|on schedule|on or before (?:the|their|its) due date|"
                     r"by (?:the|their|its) due date|before (?:the|their|its) due date|"
                     r"in time)\b", re.IGNORECASE)
AHEAD = re.compile(r"\b(?:will|won't|going to|gonna|likely|expected|should|set to|on course|"
                   r"on track to|forecast|predicted|chance|odds)\b", re.IGNORECASE)
EARLY = re.compile(r"\b(?:early|ahead of (?:schedule|time|plan|the due date)|before (?:the|their|"
                   r"its) due date|with time to spare)\b", re.IGNORECASE)
AFTER_DUE = re.compile(r"\b(?:late|overdue|after (?:the|their|its) due date|past (?:the|their|"
                       r"its) due date|behind schedule)\b", re.IGNORECASE)


def _finished_outcome(r: Reading, status: list[str], args: dict[str, Any],
                      health: list[str]) -> str:
    """"Finished late", "delivered on time", "completed after their due date": a done
    project's outcome (``data.metrics.is_finished_late``, ``is_finished_on_time``), not its health,
    which a closed project does not have. ``""`` when the question is not about one."""
    done = bool(status) and set(status) <= {"done", "closed"} or (  # "done … finished"
        not status and ("completed_from" in args or "completed_to" in args))
    if not done or set(health) - {"late", "on_track"} or _forecast_miss(r) or AHEAD.search(
            r.question) or re.search(r"\b(?:late|on track)\s*(?:,|or)\s*(?:closed|done)\b|"
                                     r"\b(?:closed|done)\s*(?:,|or)\s*(?:late|on track)\b",
                                     r.question, re.IGNORECASE):
        return ""  # "which will be done on time": a forecast, not an outcome; "late or
        # closed": either one, not a closed project's outcome
    if EARLY.search(r.question) and not r.has("cause"):
        return "early"  # "completed early", "finished ahead of schedule": before the due date
    if (ON_TIME.search(r.question) or "on_track" in health) and not r.has("cause"):
        return "on_time"
    if "late" in health or AFTER_DUE.search(r.question):
        return "late"
    return ""


NO_TEAM = re.compile(r"\b(?:(?:have|has|with|got) (?:no|zero) (?:team|people|one|staff|"
                     r"allocations?)|(?:nobody|no one|no-one|noone) (?:allocated|assigned|staffed|"
                     r"working|on (?:it|them))|(?:without|lacking) (?:a |any )?(?:team|people|"
                     r"staff|allocations?)|unstaffed)\b", re.IGNORECASE)
ITEMS_BOUND = re.compile(r"\b(more than|over|above|fewer than|less than|under|below)\s+"
                         r"(\d{1,5})\s+(?:open\s+|unfinished\s+|outstanding\s+)?"
                         r"(?:work\s+)?(?:items|tickets|tasks)\b", re.IGNORECASE)


def _project_filters(r: Reading, people: list[str], keys: list[str],
                     negate: bool = True) -> dict[str, Any]:
    """Status, health, priority, portfolio, owner, periods and forecast bands of the question,
    as the ``projects`` tool's arguments."""
    args: dict[str, Any] = {}
    period = r.periods[0] if r.periods else None
    anchor = _anchor(r) if period else None
    status: list[str] = []
    left_out: list[str] = []
    for h in r.family("status"):
        if _inclusive(r, h) and h.value in ("done", "closed", "cancelled"):
            continue  # "including the finished ones": all projects, not only those
        if r.tokens[h.start].low.endswith("ing") and h.value in ("done", "cancelled"):
            continue  # "finishing on time", "dropping": an activity, not a status
        if h.value == "done" and h.start and r.tokens[h.start - 1].lemma in MEASURED_UNITS:
            continue  # "measured by story points done": what is counted, not a status
        if h.value == "done" and (anchor == "completed" or r.negated(h) or anchor == "due" and not (
                r.has("verb:due") or r.has("field:due_date"))):  # "to be delivered in July"
            if r.negated(h) and negate:  # (without ``negate`` the caller reads the "no")
                status.append("open")
            continue
        if h.value in ("closed",) and anchor == "completed":
            continue
        if h.value == "open" and h.start < len(r.tokens) and r.tokens[h.start].low == "opened":
            continue
        if h.value == "proposed" and r.tokens[h.start].low == "pipeline" and r.has("verb:create"):
            continue  # "new projects added to the pipeline": every project created then
        if h.value == "proposed" and r.negated(h) and h.start and r.tokens[h.start - 1].lemma in (
                "not", "no", "never", "yet"):
            continue  # "not planned" says nothing of its status; "not counting planned" does
        if r.negated(h):  # "active ones but skip on hold", "projects not cancelled"
            left_out.append(h.value)
            continue
        status.append(h.value)
    if left_out:
        if "open" in status:  # "open ones, not counting the planned or paused": active
            status = [s for s in status if s != "open"] + list(OPEN_CODES)
        status = [s for s in status if s not in left_out] or _other_statuses(left_out)
        if anchor == "completed":  # "completed in H1, cancelled ones left out": done
            status = [s for s in status if s in ("done", "cancelled")] or status
    if "open" in status and set(status) & set(OPEN_CODES) and all(  # "active project … open
            _items_status(r, h) for h in r.family("status") if h.value == "open"):  # items",
        status = [s for s in status if s != "open"]  # "… deliverables still open": the items'
    held = [h for h in r.family("status") if h.value == "on_hold" and h.start
            and r.tokens[h.start - 1].low in ("are", "is", "were", "was", "got", "get", "still",
                                              "currently", "now")]
    if set(status) == {"open", "on_hold"} and held and not any(t.low == "or" for t in r.tokens):
        status = ["on_hold"]  # "which open projects are blocked": the on-hold ones (all open)
    health: list[str] = []
    doc_context = bool(r.family("doc"))
    for h in r.family("health"):
        if h.value == "at_risk" and r.tokens[h.start].low == "risk" and (
                doc_context or h.end - h.start == 1 and not _at_risk_phrase(r, h)):
            continue
        if h.value == "late" and r.has("verb:become_late") and anchor == "became_late":
            continue
        if h.value == "on_track" and r.tokens[h.start].low in ("fine", "okay", "green") and not \
                r.has("subject:projects"):
            continue
        if h.value == "attention":
            health += ["late", "at_risk"]
            continue
        if negate and r.negated(h):
            health += [v for v in ("late", "at_risk", "on_track") if v != h.value]
        else:
            health.append(h.value)
    left = {h.value for h in r.family("health") if negate and r.negated(h)}
    if left:  # "not late or at risk": on track (what none of the left-out words name)
        health = [v for v in health if v not in left]
    positive = [h.value for h in r.family("health") if h.value in ("late", "at_risk", "on_track")
                and not r.negated(h)]
    if positive and any(r.negated(h) for h in r.family("health")):
        health = list(dict.fromkeys(positive))  # "at risk but not late yet": at risk
    explicit = list(dict.fromkeys(h for h in positive if h in ("late", "on_track", "at_risk")))
    if r.has("health:attention") and explicit:
        health = explicit  # "in trouble (late)": the explicit word narrows it
    brackets = [m.span() for m in re.finditer(r"\([^)]*\)", r.question)]
    narrowed = [h.value for h in r.family("health") if any(
        a <= r.tokens[h.start].start < b for a, b in brackets) and not r.negated(h)]
    if narrowed and set(health) - set(narrowed):
        health = narrowed  # "projects in trouble (late)": the bracket says which
    future_done = FUTURE_DONE.search(r.question.lower())  # "will be delivered late"
    if (set(health) <= {"at_risk", "late"} if health else AFTER_DUE.search(r.question)) \
            and _forecast_miss(r) and not (
            set(r.values("status")) - {"open"} - ({"done"} if future_done else set())) \
            and not any(r.negated(h) for h in r.family("health")) \
            and not FINISH_AFTER_DUE.search(r.question.lower()):  # "… according to the P50"
        health = []  # "likely to miss their date", "will be late", "will finish late": the
        args["p_below"] = 0.5  # forecast says so, and a late project (0 % on time) is one
        status = [s for s in status if s != "done"] if future_done else status  # of them
    if not health and not period and r.has("verb:become_late") and not r.family("status"):
        slip = r.first("verb:become_late")
        done = slip is not None and (r.tokens[slip.start].low.endswith("ed") or r.tokens[
            slip.start].low in ("fell", "went", "gone", "ran", "run"))
        health = ["late"] if done else ["late", "at_risk"]  # "slipped projects": late ones;
        # "what's slipping": late or on its way to be
    outcome = not AHEAD.search(r.question) and (ON_TIME.search(r.question) or AFTER_DUE.search(
        r.question)) and _past_tense(r, "completed")  # "did we deliver on time": a done one's
    if not status and not period and r.has("verb:complete") and (not r.family("f") or outcome) \
            and not _ranked(r) and not r.has("verb:due"):
        complete = r.first("verb:complete")
        if complete is not None and not r.negated(complete) and not r.tokens[
                complete.start].low.endswith("ing") and not _inclusive(r, complete) and not (
                AHEAD.search(r.question) and (ON_TIME.search(r.question) or AFTER_DUE.search(
                    r.question))):  # not "which will be done on time": a forecast
            status.append("done")  # "how many projects did we finish?"
    priority = [h.value for h in r.family("priority") if h.exact]
    if r.has("rank:worst", "rank:best") and "late" not in health:
        pass
    if anchor == "became_late" and period is not None:
        health = ["late"]
        args["due_from"] = (period.start - dt.timedelta(days=1)).isoformat()
        args["due_to"] = (min(period.end, r.today) - dt.timedelta(days=1)).isoformat()
    elif period is not None and anchor is not None and anchor != "load":
        if not period.open_start:
            args[f"{anchor}_from"] = period.start.isoformat()
        if not period.open_end:
            end = period.end
            if anchor in ("started", "completed", "created") and _past_tense(r, anchor):
                if anchor == "started" and end > r.today:  # "started this month": so far, or
                    r.planned_end = end.isoformat()  # with the planned starts? (asked back)
                end = min(end, r.today)  # "kicked off this quarter": so far, not planned starts
            args[f"{anchor}_to"] = end.isoformat()
        if anchor == "due" and not status and not health:
            status = ["open"]
    if P85_AFTER_DUE.search(r.question):
        args["p85_after_due"] = True  # "a P85 date after their due date": open ones
        health = [h for h in health if h != "late"]
        status = status or ["open"]
    elif FINISH_AFTER_DUE.search(r.question.lower()):
        args["finish_after_due"] = True  # the forecast's P50 past the due date: open ones
        health = [h for h in health if h != "late"]
        status = status or ["open"]
    if anchor == "finish" and period is not None and (not status or status == ["done"]):
        status = ["open"]  # a forecast's finish: open projects only ("will be finished by end
        # of July according to the forecast": not the done ones)
    if NO_TEAM.search(r.question):  # "which open projects have no team today"
        args["no_team"] = True
        status = status or ["open"]  # only open projects have a team to lack
        args.pop("created_from", None)
        args.pop("created_to", None)
    progress = PROGRESS_BOUND.search(r.question)
    if progress:  # "open projects under 50% done", "at least 80 percent complete"
        said = progress["dir"].lower()
        share = (int(progress["n"]) if progress["n"] else PARTS[progress["part"].lower()]) / 100
        inclusive = 0.0001 if said in ("at most", "more than", "over", "above") else 0.0
        if said in ("less than", "lower than", "below", "under", "at most"):
            args["progress_below"] = share + inclusive  # "at most 50%": 50 % included
        else:
            args["progress_at_least"] = share + inclusive  # "over 80%": 80 % left out
    bound = ITEMS_BOUND.search(r.question)
    if bound:  # "projects with more than 20 open items": a bound on each project's open items
        more = bound.group(1).lower() in ("more than", "over", "above")
        args["open_items_above" if more else "open_items_below"] = int(bound.group(2))
        if not any(h.value == "open" and r.tokens[h.start].start < bound.start()
                   for h in r.family("status")):
            status = [s for s in status if s != "open"]  # the items' "open", not the projects'
    finished = _finished_outcome(r, status, args, health)
    if finished:  # "finished late", "delivered on time": a done project's outcome
        args["finished"] = finished  # "closed … after their due date": done ones (cancelled
        status = [s for s in status if s not in ("done", "closed")] or ["done"]  # never finish)
        health = [h for h in health if h not in ("late", "on_track")]
    if status == ["closed"] and health and set(health) <= {"late", "at_risk", "on_track"}:
        health, status = [*health, "closed"], []  # "on track, at risk, late or closed": a
        # closed project has no other health, so the words are alternatives, not both at once
    if status:
        args["status"] = list(dict.fromkeys(status))
    if health:
        args["health"] = list(dict.fromkeys(health))
    if priority:
        args["priority"] = priority
    portfolios = r.names("portfolio")
    left_out_portfolios = [c for m in r.named("portfolio") if r.excluded(m) for c in m.candidates]
    if left_out_portfolios:  # "other than the ones in Data Platform": every other portfolio
        portfolios = [p for p in (portfolios if len(portfolios) > len(left_out_portfolios)
                                  else r.portfolios) if p not in left_out_portfolios]
        note = f"every portfolio but {' and '.join(left_out_portfolios)}"
        if note not in r.notes:
            r.notes.append(note)
    if portfolios:
        args["portfolio"] = portfolios
        if not people and "status" not in args and not period and (r.has("verb:work_on") or any(
                t.low in ("build", "building", "develop", "developing") for t in r.tokens)) and \
                NOW_WORDS.search(r.question):  # "what is the Payments side working on at the
            args["status"] = ["active"]  # moment": its projects in progress
    owners = people if people and (r.has("verb:own") or r.has("subject:owners")
                                   or _possessive_projects(r)) else []
    if owners:
        args["owner"] = owners
        if "status" not in args and not period and NOW_WORDS.search(r.question):
            args["status"] = ["open"]  # "what does Hugo own at the moment": the open ones
    if keys:
        args["keys"] = keys
    band = _probability_band(r)
    if band:
        args.update(band)
        if future_done and "done" in args.get("status", ()):
            args["status"] = [s for s in args["status"] if s != "done"]  # "will be done on
            if not args["status"]:  # time": open ones, by their forecast
                del args["status"]
    words = _name_words(r)
    if words:
        args["search"] = words
    due = r.first("verb:due", "field:due_date")
    if due is not None and r.negated(due) and not period and not any(
            h.family == "health" and h.end <= due.start <= h.end + 2 and any(
                t.lemma in ("not", "no", "never") or t.low.endswith("n't")
                for t in r.tokens[h.start:h.end]) for h in r.hits):
        args["no_due_date"] = True  # "projects with no due date" (not "won't make their date")
    if args.get("health") == ["late"] and args.get("status") == ["open"]:
        del args["status"]
    return args


NOW_WORDS = re.compile(r"\b(?:at the moment|currently|right now|at present|presently|these "
                       r"days|just now)\b", re.IGNORECASE)


TOTAL = re.compile(r"\b(?:total|overall|altogether|all together|in all|combined)\b", re.IGNORECASE)


def _items_status(r: Reading, h: Hit) -> bool:
    """An "open" that says which work items are meant: within "open items", or right after
    them ("deliverables still open", "tickets that are open")."""
    for g in r.hits:
        if g.concept == "m:open_items" and h.start < g.end and h.end >= g.start:
            return True
        if g.concept in ("m:open_items", "subject:items") and g.end <= h.start and all(
                t.low in ("still", "that", "which", "are", "is", "remain", "remaining")
                for t in r.tokens[g.end:h.start]) and h.start - g.end <= 3:
            return True
    return False


def _other_statuses(left_out: list[str]) -> list[str]:
    """Every status but those left out ("not on hold": proposed, active, done, cancelled)."""
    groups = {"open": OPEN_CODES, "closed": CLOSED_CODES}
    out = {code for value in left_out for code in groups.get(value, (value,))}
    return [code for code, *_rest in STATUSES if code not in out]


def _inclusive(r: Reading, h: Hit) -> bool:
    """"including the finished ones", "incl. closed": a status named to be counted in, not to
    filter by."""
    before = {t.low for t in r.tokens[max(0, h.start - 6):h.start]}
    after = {t.low for t in r.tokens[h.end:h.end + 3]}  # "closed ones included", "... too"
    if before & (INCLUDING - {"included", "too", "already", "ones"}) or \
            after & {"included", "incl", "too", "as well"}:
        return True
    # "including the ones already finished or were cancelled": joined to an included status
    joined = [o for o in r.family("status") if o.end <= h.start and h.start - o.end <= 3
              and {t.low for t in r.tokens[o.end:h.start]} & {"or", "and"}]
    return any(_inclusive(r, o) for o in joined)


def _explicit_anchor(r: Reading) -> bool:
    """Whether the question says what its period dates (due, completed, started, created,
    became late); without one the period could date any of them."""
    return r.has("verb:become_late", "verb:due", "field:due_date", "verb:complete",
                 "verb:start", "verb:create", "status:done") or bool(r.family("f"))


def _started_readings(r: Reading, people: list[str], keys: list[str]) -> Plan:
    """"Which projects started this month?" in the middle of the month: the ones started so
    far, or every one whose start date falls in the month, planned starts included? The
    benchmark's writers split 10 to 7, so the copilot asks which where the two differ."""
    today, end = _day_label(r.today), _day_label(dt.date.fromisoformat(r.planned_end))
    plan = _clarify("Started so far, or every start date in the period (planned starts "
                    "included)?", "“started” in a period that is not over yet",
                    [f"Started so far (up to {today})", f"Start dates up to {end}, planned "
                                                         "starts included"],
                    [_so_far(r.original), re.sub(START_VERBS, "have a start date", r.original,
                                                  count=1, flags=re.IGNORECASE)])
    readings = [_projects_question(r, people, keys, planned=r.today.isoformat()),
                _projects_question(r, people, keys, planned=r.planned_end)]
    return _with_readings(plan, readings, "started so far; no other start is planned in the "
                                          "period") or readings[0]


def _with_readings(plan: Plan, readings: list[Plan], agreed: str) -> Plan | None:
    """A question back that carries the plans of its readings (``answer._settled`` runs them
    and gives the answer when they agree, the first reading's interpretation then saying so
    with ``agreed``); ``None`` when a reading is not an answer."""
    if any(p.kind != "answer" for p in readings):
        return None
    readings[0].interpretation += f" ({agreed})"
    plan.readings = readings
    return plan


START_VERBS = r"\b(?:started|were started|was started|kicked off|were kicked off|began|begun|"\
    r"launched|got started|got going|got under ?way)\b"


# a rate per week (docs/metrics.md, Throughput; velocity in points): over which weeks?
RATE = re.compile(rf"\b(?:{THROUGHPUT_WORDS}|{VELOCITY_WORDS}|points? burn(?:ed|t)|burn-?down)\b",
                  re.IGNORECASE)
RATE_WINDOWS = ("this week", "last week", "last 4 weeks")


def _rate_readings(r: Reading, call_args: dict[str, Any], noun: str, args: dict[str, Any],
                   keys: list[str]) -> Plan:
    """"What's our velocity?": finished per week, but over which weeks? This week so far,
    last week or the last four weeks, each with its figure (the answer when they agree)."""
    readings, choices = [], []
    for said in RATE_WINDOWS:
        period = periods.find(said, r.today)[0]
        readings.append(_one(r, "value", "work_items", ("work_items", {
            **call_args, **_span_args(period)}), f"{noun} finished{_where(args)}, "
            f"{period.describe()}", keys))
        choices.append(f"{noun} finished{_where(args)} {period.describe()}")
    rewrites = [f"{r.original.rstrip(' ?.!')} {said}?" for said in RATE_WINDOWS]
    if len(keys) == 1:  # one project: also every day so far (docs/metrics.md, Throughput), so
        # a project whose work stopped weeks ago is not answered "0, every window agrees"
        readings.append(_one(r, "value", "work_items", ("work_items", {
            **call_args, "start": "1900-01-01", "end": r.today.isoformat()}),
            f"{noun} finished{_where(args)} so far", keys))
        choices.append(f"{noun} finished{_where(args)} so far")
        rewrites.append(_so_far(r.original))
    plan = _clarify(f"{noun} finished{_where(args)} per week, but over which weeks?",
                    "A rate per week, without the weeks it is read over", choices, rewrites)
    return _with_readings(plan, readings, "every window gives the same figure") or plan


TO_DATE = re.compile(r"\b(?:so far|to date|in total|all told|altogether|overall|until now|"
                     r"up to now|till now|since (?:the )?(?:start|beginning|kick-?off))\b",
                     re.IGNORECASE)


def _so_far(question: str) -> str:
    body = question.rstrip(" ?.!")
    return f"{body} so far?"


def _day_label(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


IN_FLIGHT = re.compile(r"\b(?:in[- ]flight|on the go)\b", re.IGNORECASE)


def _in_flight_readings(r: Reading, text: str, people: list[str], keys: list[str]) -> Plan:
    """"In flight", "on the go": as many people mean started and not paused (active) as mean
    not closed yet (open) — the benchmark's writers split 9 to 9 — so the copilot asks which,
    where the two give different answers."""
    choices = ["Active projects (started, not on hold)",
               "Open projects (proposed, active or on hold)"]
    plan = _clarify(f"“{text}” can mean active (started and not on hold) or open (not closed "
                    "yet, so proposed and on-hold projects too): which do you mean?",
                    f"“{text}” can mean active or open", choices,
                    [_replace(r.original, text, "active"), _replace(r.original, text, "open")])
    readings = [_projects_question(r, people, keys, ["active"]),
                _projects_question(r, people, keys, ["open"])]
    return _with_readings(plan, readings, f"“{text}” read as active: open and active give the "
                                          "same answer here") or plan


def _period_readings(r: Reading) -> Plan | None:
    """A period in a question about projects that does not say what it dates ("cancelled this
    year", "Growth projects in Q3"): two or more readings fit, so ask which."""
    if not r.periods or _explicit_anchor(r) or r.family("people") or r.has("verb:scope"):
        return None
    period = r.periods[0]
    text = r.question[period.span[0]:period.span[1]]
    base = _replace(r.original, text, "").rstrip(" ?.!")
    readings = [("due", f"due {text}"), ("completed", f"completed {text}"),
                ("started", f"started {text}"), ("created", f"created {text}")]
    return _clarify(f"“{text}” could date different things here: which did you mean?",
                    f"“{text}” does not say what it dates", [label for _, label in readings],
                    [f"{' '.join(base.split())} {label}?" for _, label in readings])


QUESTION_WORDS = {"whose", "whom", "which", "what", "where", "why", "when", "who", "how"}


def _name_words(r: Reading) -> str:
    """"checkout projects", "pricing experiment projects": words before the plural noun that
    read as nothing else are words of the projects' names (the pages' search filter)."""
    hit_tokens = {i for h in r.hits for i in range(h.start, h.end)}
    for h in r.family("subject"):
        if h.value != "projects" or r.tokens[h.start].low != "projects":
            continue
        words: list[str] = []
        i = h.start - 1
        while i >= 0 and i not in r.used and i not in hit_tokens and r.tokens[i].is_word \
                and r.tokens[i].low not in QUESTION_WORDS and r.tokens[i].low not in WORD_NUMBERS \
                and r.tokens[i].low not in lexicon.STOP and r.tokens[i].low not in FILLER \
                and r.tokens[i].lemma not in lexicon.ALL_WORDS \
                and r.tokens[i].lemma not in DIMENSIONS:
            words.insert(0, r.tokens[i].low)
            i -= 1
        if words:
            return " ".join(words[-3:])
    return ""


# the forecast's words ("forecast to miss", "will be late", "won't make it"), not "likely to miss"
# or "might miss their date": at risk's own definition (docs/metrics.md: open, not late yet)
FORECAST_MISS = re.compile(
    r"\b(?:(?:forecast|forecasted|predicted|expected|set|projected|going|gonna) to (?:miss|be "
    r"late|slip|overrun)|will (?:be late|miss|slip|overrun)|(?:unlikely to|not going to|won[’']?t|"
    r"will not) (?:hit|make|land|finish)|(?:will|going to|gonna|forecast to|expected to|set to|"
    r"projected to) (?:finish|end|complete|deliver|land|ship|close|wrap up|come in|be (?:done|"
    r"finished|completed|delivered)) (?:late|behind|after (?:the|their|its) (?:due date|"
    r"deadline)))\b")
FUTURE_DONE = re.compile(r"\b(?:will|going to|gonna|to) (?:be )?(?:done|finished|completed|"
                         r"delivered|shipped|closed|wrapped up)\b")
RISK_WORDS = re.compile(r"\b(?:risk\w*|danger|jeopardy|amber\w*|trouble\w*)\b")


def _forecast_miss(r: Reading) -> bool:
    """The question says a project will miss its date in the forecast's words ("forecast to
    miss their deadline", "won't make it") and not in risk's words ("at risk", "in danger"):
    every project below an even chance, the late ones (at 0 %) among them. "Likely to miss"
    and "might miss their date" are at risk, as defined."""
    text = r.question.lower()
    return bool(FORECAST_MISS.search(text)) and not RISK_WORDS.search(text)


def _at_risk_phrase(r: Reading, h: Hit) -> bool:
    """'risk' alone means at risk in "at-risk projects", "projects at risk", "risky"."""
    before = r.tokens[h.start - 1].low if h.start else ""
    return before in ("at", "of") or r.tokens[h.start].low in ("risky",)


PAST_FORMS = {"began", "begun", "went", "kicked", "shipped", "done", "closed", "finished",
              "completed", "started", "launched", "delivered", "created", "added", "opened",
              "raised", "registered", "wrapped"}


def _past_tense(r: Reading, anchor: str) -> bool:
    """The verb dating the period is in the past ("kicked off", "were started", "did we ship"),
    so the period runs only up to today."""
    concept = {"started": "verb:start", "completed": "verb:complete",
               "created": "verb:create"}[anchor]
    hit = r.first(concept)
    if hit is None or hit.end < len(r.tokens) and r.tokens[hit.end].low == "date":
        return False  # "have their start date in this week": the date, not a past act
    words = {t.low for t in r.tokens[max(0, hit.start - 2):hit.end]}
    return bool(words & (PAST_FORMS | {"did", "have", "has", "was", "were"}))


# the forecast's expected finish (its P50 date), not the plan's due date: "likely to finish
# in July", "expected to wrap up in Q3", "a P50 date in Q3", "projected finish next month"
EXPECTED_FINISH = re.compile(
    r"\b(?:(?:(?:likely|expected|forecast(?:ed)?|predicted|projected|on course) to|likely|"
    r"probably) (?:finish|end|complete|deliver|land|ship|close|wrap up|be (?:done|finished|"
    r"completed|delivered|wrapped up))|median (?:finish )?date|(?:p50|expected (?:finish|end|"
    r"completion)|projected (?:finish|end|completion)|forecast(?:ed)? (?:finish|end|"
    r"completion))(?: (?:finish )?dates?)?|according to (?:the|our) forecasts?|by the forecasts?|"
    r"forecast(?:ed)? (?:to )?land(?:s|ings?)?|forecast landings?)\b")  # "P50": "median date"
# the expected finish after the due date: "whose P50 date is after their due date"
FINISH_AFTER_DUE = re.compile(
    r"\b(?:p50|median (?:finish )?date|expected (?:finish|end|completion)|projected (?:finish|"
    r"end|completion)|forecast(?:ed)? (?:finish|end|completion))\b[^?.;]*?\b(?:after|past|"
    r"beyond|later than)\b"
    r"[^?.;]*?\b(?:due|deadline)|\b(?:after|past|beyond|later than) (?:the|their|its) (?:due "
    r"dates?|deadlines?)\b[^?.;]*?\b(?:p50|median date|expected finish|projected finish)\b|"
    r"\bforecast\b[^?.;]*?\b(?:expects?|predicts?|projects|says?)\b[^?.;]*?\b(?:finish|end|"
    r"complete|land|deliver)\w*\s+(?:after|past|beyond|later than)\s+(?:the|their|its)\s+"
    r"(?:due|deadline)")  # "which projects does the forecast expect to finish after their due"


P85_AFTER_DUE = re.compile(
    r"\b(?:p85|85 ?(?:%|percent)(?: (?:sure|confidence|confident))?)(?: (?:finish )?dates?)?\b"
    r"[^?.;]*?\b(?:after|past|beyond|later than)\b[^?.;]*?\b(?:due|deadline)", re.IGNORECASE)


def _anchor(r: Reading) -> str | None:
    """What a period in a project question dates: due, completed, started, created, became
    late or the forecast's expected finish (the verb nearest before it, else the most specific
    one found)."""
    if EXPECTED_FINISH.search(r.question.lower()):
        return "finish"
    if r.periods:  # "of the projects that started this year, which are done": started
        at = next((i for i, t in enumerate(r.tokens) if t.start >= r.periods[0].span[0]), 0)
        near = [h for h in r.hits if h.concept in ("verb:start", "verb:complete", "verb:due")
                and 0 <= at - h.end <= 1]
        if near and r.has("status:done") and near[-1].concept == "verb:start":
            return "started"
        if near and near[-1].concept == "verb:complete" and not AHEAD.search(r.question) and (
                AFTER_DUE.search(r.question) or ON_TIME.search(r.question)):
            return "completed"  # "finished this month after its due date": the due date is
            # what the finish is measured against, the period dates the finish
    if r.has("verb:become_late") and (r.has("health:late") or r.first("verb:become_late")):
        slip = r.first("verb:become_late")
        if slip is not None and r.tokens[slip.start].low != "slip" or r.has("health:late"):
            return "became_late"
        return "became_late"
    if r.has("verb:due") or r.has("field:due_date"):
        return "due"
    if r.has("verb:complete") and r.periods and r.periods[0].start >= r.today and \
            r.periods[0].end > r.today and ("done" not in r.values("status")
                                             or r.periods[0].start > r.today):
        return "due"  # "open projects landing in H2", "go-live falling in Q3", "what still
        # has to be delivered in July": nothing has finished there yet, so the plan
    if r.has("verb:complete") or r.values("status") and "done" in r.values("status"):
        return "completed"
    if r.has("verb:start"):
        return "started"
    if r.has("verb:create"):
        return "created"
    return "due"


LIKELY_ON_TIME = re.compile(  # not "least likely to make", a ranking
    r"(?<!least )(?<!less )(?<!most )(?<!more )(?<!how )"
    r"\b(?:(?:likely|expected|forecast|predicted|projected|set|on course|going|gonna) to|will|"
    r"gonna) (?:finish|make|hit|meet|land|deliver|complete|ship|come in|wrap up|be done|"
    r"be delivered|be finished|be completed|be shipped)\b"
    r"(?: (?!after|past|behind|later|beyond)\w+){0,2} (?:on time|on schedule|in time|(?:their|"
    r"its|the) (?:deadlines?|due dates?|dates?))\b")


# a bound on progress: "under 50% done", "more than 80 percent complete"
PROGRESS_BOUND = re.compile(r"(?P<said>\b(?:progress|completion)\s+(?:is\s+|of\s+|at\s+)?)?"
                            r"\b(?P<dir>less than|lower than|below|under|at most|more than|over|"
                            r"above|at least)\s+(?:(?P<n>\d{1,3})\s?(?:%|percent|per cent)|"
                            r"(?P<part>half|a quarter|a third|three quarters|two thirds)(?:\s+"
                            r"(?:way|of the way))?)(?(said)|\s+(?:done|complete|completed|finished|"
                            r"through)\b)", re.IGNORECASE)  # "with progress under 30%" too
PARTS = {"half": 50, "a quarter": 25, "a third": 33, "three quarters": 75, "two thirds": 67}


def _probability_band(r: Reading) -> dict[str, float]:
    """'less than a 30% chance', 'under one in ten', 'at least 80%'."""
    text = r.question.lower()
    if PROGRESS_BOUND.search(text):
        return {}  # "under 50% done": a bound on progress, not on the chance
    even = re.search(r"\b(better|more|greater|higher|worse|less|lower|fewer|at least|at most) "
                     r"(?:than )?(?:an? )?(?:even|50[/-]50|fifty[- ]fifty|coin[- ]?(?:flip|toss))",
                     text)
    if even:
        below = even.group(1) in ("worse", "less", "lower", "fewer", "at most")
        return {"p_below": 0.5} if below else {"p_at_least": 0.5}
    m = re.search(r"(less than|lower than|below|under|fewer than|<|more than|greater than|"
                  r"above|over|at least|at most|>=?)\s+(?:an?\s+)?"
                  r"(?:(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)|(one|1)[- ]in[- ](\w+))", text)
    if not m:  # "expected to make their deadline": more likely than not
        return {"p_at_least": 0.5} if LIKELY_ON_TIME.search(text) else {}
    if m.group(2):
        share = float(m.group(2)) / 100
    else:
        word = m.group(4)
        n = int(word) if word.isdigit() else WORD_NUMBERS.get(word, 0)
        if not n:
            return {}
        share = 1 / n
    below = m.group(1) in ("less than", "lower than", "below", "under", "fewer than", "<",
                           "at most")
    return {"p_below": round(share, 4)} if below else {"p_at_least": round(share, 4)}


def _dimension(r: Reading) -> str | None:
    """'per portfolio', 'by status', 'each team', 'breakdown by priority' (not "the total
    number … across every portfolio": one count)."""
    if r.has("measure:count") and TOTAL.search(r.question) and not re.search(
            r"\b(?:per|by|each|breakdown|broken down|split)\b", r.question, re.IGNORECASE):
        return None
    if r.has("compare") and not r.named("portfolio"):  # "how the portfolios compare on …",
        for h in r.family("subject"):  # "how do the business areas compare"
            t = r.tokens[h.end - 1]
            if h.value in ("portfolios", "owners") and t.low != t.lemma and (
                    t.lemma in DIMENSIONS or h.value == "portfolios"):
                return DIMENSIONS.get(t.lemma, "portfolio")
    if not r.family("group"):
        for i, t in enumerate(r.tokens[:-1]):  # "the health of open projects"
            if t.lemma in ("health", "status", "priority") and r.tokens[i + 1].low == "of" \
                    and i and r.tokens[i - 1].low == "the" and r.has("subject:projects"):
                return DIMENSIONS[t.lemma]
        return None
    best: str | None = None
    valued = {i for h in r.hits if h.family in ("priority", "status", "health")
              for i in range(h.start, h.end)}
    for i, t in enumerate(r.tokens):
        dim = DIMENSIONS.get(t.lemma)
        if dim is None or i in valued or i - 1 in valued:  # "high priority", "critical-
            continue  # priority" are a value, not "by priority"
        near = [h for h in r.family("group") if abs(i - h.end) <= 3 or abs(i - h.start) <= 3]
        # "per portfolio", "by status", "each team", "across portfolios" — but not "across the
        # whole portfolio", which is all of it
        levels = i + 1 < len(r.tokens) and r.tokens[i + 1].lemma in (
            "level", "band", "bucket", "category", "type", "class", "value")  # "priority levels"
        if any(r.tokens[h.start].low not in ("across", "split", "distribution")
               or t.low != t.lemma or levels or h.start == i + 1  # "status split"
               for h in near) and not _whole(r, i):
            if dim == "status" and best == "health":
                continue
            best = dim if best is None or dim == "health" else best
    if best is None and r.has("group") and any(h.value == "each" for h in r.family("group")) \
            and not r.named("portfolio"):
        return "portfolio"
    return best


# "in better shape", "healthier", "doing worse than": health, every state of it
SHAPE = re.compile(r"\b(?:(?:better|worse|best|worst)\s+(?:shape|health|state)|healthiest|"
                   r"healthier|less\s+healthy|doing\s+(?:better|worse|best|worst|badly|poorly|"
                   r"well)|(?:best|worst|poorest|top|strongest|weakest|high|low)[- ]perform(?:ing|"
                   r"ers?)|performing\s+(?:the\s+)?(?:best|worst|better|worse|well|badly|poorly)|"
                   r"(?:is|are)\s+(?:the\s+)?(?:best|worst)(?:\s+(?:one|team|portfolio)s?)?(?=\W*$)|"
                   r"under-?performing|struggling"
                   r"(?:\s+(?:the\s+)?most)?|most\s+(?:troubled|in\s+trouble)|on\s+(?:project\s+)?"
                   r"health|health\s+breakdown)\b", re.IGNORECASE)


def _health_breakdown(r: Reading) -> list[str]:
    """The health states a comparison asks to count each of: those named ("late, at risk and
    on track in each"), or all three when it asks which is in better shape; [] otherwise."""
    labels = {"late": "Late", "at_risk": "At risk", "on_track": "On track"}
    hits = [h for h in r.family("health") if h.value in labels and not r.negated(h)]
    if not hits:
        return list(labels.values()) if SHAPE.search(r.question) else []
    joined = {t.low for t in r.tokens[hits[0].end:hits[-1].start]}
    if len({h.value for h in hits}) >= 2 and "or" not in joined:  # "late or at risk": one set
        return [labels[h] for h in dict.fromkeys(h.value for h in hits)]
    return []


def _whole(r: Reading, i: int) -> bool:
    """"the whole portfolio", "across all of the portfolios": all of it, not per group."""
    j = i - 1  # the word right before it, past "the", "of", "our" ("all of the portfolios")
    while j >= 0 and r.tokens[j].low in ("the", "of", "our", "my", "its"):
        j -= 1
    return j >= 0 and r.tokens[j].low in {"whole", "entire", "overall", "total", "all"}


STATUS_RANGE = re.compile(r"\b(?:proposed|planned|active|on hold|done|cancelled|canceled|not "
                          r"(?:yet )?started(?: yet)?)\s+(?:through|thru|to|until)(?: to)?\s+"
                          r"(?:proposed|active|on hold|done|finished|completed|closed|cancelled|"
                          r"canceled)\b", re.IGNORECASE)  # "from not started yet through to …"


WHICH_MORE = re.compile(r"\b(?:more|fewer|less)\b(?: (?!than\b)[\w-]+){0,3} or\b|"
                        r"\bwhich is (?:the )?(?:bigger|larger|worse|greater)\b[^?]*\bor\b",
                        re.IGNORECASE)


def _compared(r: Reading) -> tuple[str, list[str]] | None:
    """Two or more portfolios, owners, statuses or healths named to be set side by side."""
    portfolios = r.names("portfolio")
    compare = r.has("compare") or bool(r.family("group")) or r.has("rank:most") or \
        " or " in f" {r.question.lower()} "
    if len(portfolios) >= 2 and compare:
        return "portfolio", portfolios
    if len(r.people) >= 2 and (r.has("verb:own") or r.has("subject:projects")) and compare:
        return "owner", r.people
    priorities = [h.value for h in r.family("priority") if not r.negated(h)]
    if len(set(priorities)) >= 2 and (r.has("compare") or WHICH_MORE.search(r.original)):
        # "critical vs high: how many each?", "more high or critical ones?"
        return "priority", [PRIORITY_LABELS[p] for p in dict.fromkeys(priorities)]
    statuses = [h.value for h in r.family("status") if not r.negated(h) and not _inclusive(r, h)
                and h.value not in ("open", "closed")]
    listed = " or " not in f" {r.question.lower()} "  # "A, B and C": each, not any of them
    if STATUS_RANGE.search(r.question):
        statuses = []  # "by status, proposed through cancelled": every status, in order
    each = len(re.findall(r"\bhow many\b", r.question, re.IGNORECASE)) >= 2 or bool(
        WHICH_MORE.search(r.original))  # "how many are late, and how many at risk", "are
    # more projects late or at risk": a count of each
    if len(set(statuses)) >= 2 and (r.has("compare") or each) or \
            len(set(statuses)) >= 3 and listed:  # "finished vs cancelled", "split between …"
        return "status", [STATUS_LABELS[s] for s in dict.fromkeys(statuses)]
    healths = [h.value for h in r.family("health") if not r.negated(h)
               and h.value in ("late", "at_risk", "on_track")]
    if len(set(healths)) >= 2 and (r.has("compare") or r.family("group") or each) or \
            len(set(healths)) >= 3 and listed:
        labels = {"late": "Late", "at_risk": "At risk", "on_track": "On track"}
        closed = ["Closed"] if any(h.value == "closed" for h in r.family("status")) else []
        return "health", [labels[h] for h in dict.fromkeys(healths)] + closed  # "on track, at
        # risk, late, closed": the health of a done or cancelled project, one group more
    return None


def _project_ranking(r: Reading) -> tuple[str, str] | None:
    progress = [h for h in r.hits if h.concept in ("m:progress", "field:progress")]
    chance = any(not any(p.start <= h.start and h.end <= p.end and p.end - p.start > h.end - h.start
                         for p in progress) for h in r.hits if h.concept == "f:chance")
    # "by percent complete": the word "percent" is the progress's, not a chance's
    if r.has("m:overdue") and r.has("rank:most") and not chance and not (
            r.has("rank:soonest") or any(r.negated(h) for h in r.family("m"))) and not (
            r.has("m:open_items", "m:progress", "m:remaining")  # "among the late projects,
            and r.has("health:late")):  # the most open work items": late filters, items rank
        return "days_overdue", "days overdue"  # "the most overdue, worst first"
    if r.has("rank:worst"):
        return "p_on_time", "lowest chance of finishing on time"
    if r.has("rank:soonest"):
        return "due_soonest", "nearest due date"
    ranked = r.has("rank:most") or r.has("rank:least") or r.has("rank:best") or _ranked(r)
    if not ranked:
        return None
    least = r.has("rank:least") and not r.has("rank:most")
    if r.has("rank:best") or (chance and not least and r.has("rank:most")
                              and not r.family("health")):
        if r.has("health:at_risk") or r.has("health:late"):
            return "p_on_time", "lowest chance of finishing on time"
        return "p_on_time_best", "highest chance of finishing on time"
    if chance:
        return ("p_on_time", "lowest chance of finishing on time") if least or r.has(
            "health:at_risk") else ("p_on_time_best", "highest chance of finishing on time")
    if r.has("m:progress"):
        return ("progress_least", "least progress") if least else ("progress", "progress")
    if r.has("m:remaining") or r.has("subject:points"):
        return "remaining_points", "story points left"
    if r.has("m:open_items") or r.has("subject:items"):
        return "open_items", "open work items"
    if r.has("m:overdue") or r.has("health:late"):
        return "days_overdue", "days overdue"
    if r.has("health:at_risk"):
        return "p_on_time", "lowest chance of finishing on time"
    return None


def _ranked(r: Reading) -> bool:
    return r.has("rank:most") or r.has("rank:least") or r.has("rank:worst") or r.has(
        "rank:best") or r.has("rank:order") or any(r.tokens[h.start].low in SUPERLATIVE_START
                            for h in r.family("m"))  # "closest to done", "furthest along"


SUPERLATIVE_START = {"closest", "nearest", "furthest", "farthest", "most"}


def _vague_superlative(r: Reading, rank: Hit | None) -> str:
    """"most productive", "least efficient": the word after most/least is read as nothing, so
    the ranking's measure is not known ("" when it is: "most late projects", "most items")."""
    if rank is None or rank.end >= len(r.tokens) or r.tokens[rank.end - 1].low not in (
            "most", "least") or r.has("subject:projects"):
        return ""
    i = rank.end
    t = r.tokens[i]
    hit_tokens = {j for h in r.hits for j in range(h.start, h.end)}
    if i in hit_tokens or i in r.used or not t.is_word or t.low in lexicon.STOP or \
            t.low in FILLER or t.low in CHAT or t.low in WORD_NUMBERS:
        return ""
    return t.text


def _portfolios_having(r: Reading) -> bool:
    """"Which portfolios have late projects?": the portfolios with at least one (not a list of
    the projects, nor a ranking)."""
    words = [t.low for t in r.tokens]
    portfolios = r.first("subject:portfolios")
    return portfolios is not None and portfolios.start <= 2 and bool(
        {"have", "has", "got", "contain", "contains", "with"} & set(words[portfolios.end:
                                                                         portfolios.end + 2])
    ) and not _ranked(r) and not r.has("measure:count")


def _portfolios_by_items(r: Reading) -> Plan:
    """Portfolios ranked by the work items or story points they finished in a period (this
    month unless the question says)."""
    points = r.has("subject:points")
    order = "asc" if r.has("rank:least") and not r.has("rank:most") else "desc"
    k = _k(r, "subject:portfolios")
    args: dict[str, Any] = {"k": k, "order": order, "measure": "points" if points else "count"}
    unit = "story points" if points else "work items"
    which = f"{k} portfolios" if k > 1 else "portfolio"
    most = "most" if order == "desc" else "fewest"
    if (r.has("status:open") or r.has("m:open_items")) and not r.periods:
        return _one(r, "top", "portfolios", ("rank_portfolios_by_items",
                                             {**args, "event": "open"}),
                    f"The {which} with the {most} open {unit}")
    period = _period(r, "this_month")
    return _one(r, "top", "portfolios", ("rank_portfolios_by_items",
                                         {**args, **_span_args(period), "event": "done"}),
                f"The {which} that finished the {most} {unit}, {period.describe()}")


def _k(r: Reading, ranked: str | None = None) -> int:
    """How many a ranking asks for: 'top 5', 'three most', 'which 3 projects'; one when the
    subject is singular ('which project', 'the single worst'). ``ranked``: the concept of what
    is ranked, when it is not the first subject ("late projects: which portfolio has most")."""
    for i, t in enumerate(r.tokens):
        if i in r.used and not t.is_number:
            continue
        value = int(t.low) if t.low.isdigit() else WORD_NUMBERS.get(t.low)
        if value is None or not 1 <= value <= 50:
            continue
        after = r.tokens[i + 1].low if i + 1 < len(r.tokens) else ""
        then = r.tokens[i + 2] if i + 2 < len(r.tokens) else None
        if after in ("%", "percent", "days", "weeks", "months", "day", "week", "month") or (
                after == "in" and then is not None and (  # "3 in 10", not "3 in-flight"
                    then.is_number or then.low in WORD_NUMBERS)):
            continue
        if any(p.span[0] <= t.start < p.span[1] for p in r.periods):
            continue
        return value
    subject = (r.first(ranked) if ranked else None) or r.first(
        "subject:projects", "subject:portfolios", "subject:owners", "subject:skills",
        "subject:people")
    if subject is not None:
        token = r.tokens[subject.start]
        if token.low == token.lemma and token.low not in ("people", "who", "staff"):
            return 1
    if r.has("single") or r.has("rank:worst") and not subject:
        return 1
    return 10 if r.has("rank:order") else 5  # "rank the projects by …": a longer table


def _group_ranking(r: Reading, subject: str) -> Plan:
    if subject == "portfolios" and SHAPE.search(r.question) and not r.family("health") and \
            not r.names("portfolio"):  # "which portfolio is in the worst shape": by what?
        said = SHAPE.search(r.question)
        best = bool(said and re.search(r"best|better|health", said[0], re.IGNORECASE))
        most, rate = ("fewest", "best") if best else ("most", "worst")
        return _clarify(f"“{said[0] if said else 'Shape'}” can be measured more than one way. "
                        "Which do you mean?", "the shape of a portfolio: no single measure",
                        [f"The {most} late or at-risk projects",
                         f"The {rate} on-time rate"],
                        [f"Which portfolio has the {most} late or at-risk projects?",
                         f"Which portfolio has the {rate} on-time rate?"])
    ranks_items = r.first("subject:items", "subject:points")
    rank = r.first("rank:most", "rank:least")
    if subject == "portfolios" and ranks_items is not None and (
            rank is None or ranks_items.start > rank.start) and (
            r.has("verb:complete") or r.has("status:done") or r.has("status:open")
            or r.has("m:open_items")):
        return _portfolios_by_items(r)  # "which team finished the most work items in May"
    people = r.first("subject:people")
    if subject == "portfolios" and rank is not None and people is not None and \
            people.start > rank.start and not r.has("subject:projects", "subject:items"):
        over = [h for h in r.hits if h.concept == "people:over"]
        if over and not any(r.negated(h) for h in over) and not r.has("people:free"):
            period = _period(r, "this_week")  # "which portfolio has the most over-allocated
            k = _k(r, "subject:portfolios")  # people this week"
            order = "asc" if r.has("rank:least") and not r.has("rank:most") else "desc"
            return _one(r, "top", "portfolios", ("over_allocated_by_portfolio", {
                "k": k, "order": order, **_span_args(period)}),
                f"The {f'{k} portfolios' if k > 1 else 'portfolio'} with the "
                f"{'most' if order == 'desc' else 'fewest'} people over-allocated "
                f"{period.describe()} (each portfolio's people then: those allocated to its "
                "projects in that period)")
        if r.has("people:over", "people:free", "people:load") or r.periods:
            return _clarify("I can rank portfolios by the people on their projects today, or "
                            "list who is over-allocated on one portfolio's projects: which "
                            "do you want?", "Portfolios ranked by people with a condition",
                            ["Portfolios by people on their projects today"],
                            ["Which portfolio has the most people on its projects today?"])
        order = "asc" if r.has("rank:least") and not r.has("rank:most") else "desc"
        k = _k(r, "subject:portfolios")  # "which portfolio has the most people"
        return _one(r, "top", "portfolios", ("headcount_by_portfolio", {"k": k, "order": order}),
                    f"The {f'{k} portfolios' if k > 1 else 'portfolio'} with the "
                    f"{'most' if order == 'desc' else 'fewest'} people on its projects today")
    vague = _vague_superlative(r, rank)
    if subject == "portfolios" and vague:  # "the most productive team": by what measure?
        base = "Which portfolio"
        choices = ["Most projects", "Most work items finished this month",
                   "Most story points finished this month"]
        rewrites = [f"{base} has the most projects?",
                    f"{base} finished the most work items this month?",
                    f"{base} finished the most story points this month?"]
        return _clarify(f"“{rank and r.tokens[rank.start].text} {vague}” is not something the "
                        "data measures directly: which measure did you mean?",
                        f"“{vague}” not understood as a measure", choices, rewrites)
    args = _project_filters(r, r.people if subject != "owners" else [], [])
    worst = r.first("rank:worst")
    if worst is not None and "health" not in args and {t.lemma for t in r.tokens[
            worst.start:worst.end]} & {"risk", "danger"}:
        args["health"] = ["at_risk"]  # "the most at-risk projects": counted among at-risk ones
    if "health" not in args and re.search(r"\b(?:riskiest|most at[- ]risk|least likely|"
                                          r"most likely to (?:miss|slip)|in the most trouble)\b",
                                          r.question, re.IGNORECASE):
        args["health"] = ["late", "at_risk"]  # "who owns the riskiest projects": their late
        args.setdefault("status", ["open"])  # and at-risk ones, not all they ever owned
    group = "portfolio" if subject == "portfolios" else "owner"
    named = args.get(group) or []
    if len(named) >= 2:  # "which portfolio has more late projects, A or B": both counts
        rest = {key: value for key, value in args.items() if key != group}
        return _one(r, "groups", "projects",
                    ("count_projects_by", {**rest, "by": group, "only": named}),
                    f"{describe_filters(rest)}, compared by {group} ({', '.join(named)})")
    order = "asc" if r.has("rank:least") and not r.has("rank:most") else "desc"
    k = _k(r, f"subject:{subject}")
    what = _lower(describe_filters(args))
    return _one(r, "top", subject, ("rank_groups", {**args, "group": group, "k": k,
                                                    "order": order}),
                f"The {f'{k} {subject}' if k > 1 else group} with the "
                f"{'most' if order == 'desc' else 'fewest'} {what}")


# --- people and skills ----------------------------------------------------------------------


def _period(r: Reading, default: str) -> Period:
    if r.periods:
        return r.periods[0]
    found = periods.find(default.replace("_", " "), r.today)
    return found[0]


def _span_args(period: Period) -> dict[str, str]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


YES_NO = {"does", "do", "did", "is", "can", "could", "has", "have"}


def _person_question(r: Reading, people: list[str]) -> Plan | None:
    person = people[0]
    role_words = {t.low for t in r.tokens} & {"role", "job", "title", "position", "function"}
    good_at = bool({t.low for t in r.tokens} & {"good", "skilled", "strengths", "strength",
                                                 "expertise", "specialty", "speciality",
                                                 "specialise", "specialize"}) and not r.has(
        "verb:work_on", "subject:projects")  # "what is X good at", not "list X's projects"
    knows = r.has("verb:know") and bool(r.tokens) and r.tokens[0].low == "what" and not (
        r.has("subject:projects", "verb:work_on"))  # "what does Zoe Haddad know"
    if (r.has("subject:skills") or role_words or good_at or knows) and not r.named("skill"):
        return _one(r, "list", "skills", ("person_skills", {"person": person}),
                    f"The skills of {person}")
    asked = r.names("skill")
    if asked and len(people) == 1 and (r.has("subject:skills") or good_at or r.has("verb:know")
                                       or r.tokens[0].low in YES_NO) and not r.has(
            "subject:projects", "subject:items", "subject:people", "verb:work_on", "people:load",
            "people:free", "people:over"):  # "does Kenji Brown do accessibility?"
        return _one(r, "list", "skills", ("person_skills", {"person": person, "asked": asked}),
                    f"Whether {person} lists {' and '.join(asked)}")
    if r.has("verb:own") and not r.has("subject:people"):
        args = _project_filters(r, people, [])
        return _projects_question(r, people, []) if args else None
    load_words = r.has("people:load", "people:over") and not r.has("verb:work_on") or (
        r.has("people:load", "people:free") and r.periods) or (
        r.has("people:free") and not r.has("verb:work_on"))  # "is Dara free next month?"
    bookings = ALLOCATIONS_LISTED.search(r.question) and not (
        {t.low for t in r.tokens} & LOAD_WORDS or r.has("people:free", "people:over"))
    if load_words and not r.has("subject:projects") and not bookings:  # not "David's
        # allocations from today on": which they are (``person_work``), not a load
        period = _period(r, "this_week")
        if r.has("people:free") and not r.has("people:load", "people:over"):
            return _one(r, "value", "people", ("person_load", {"people": people[:4],
                                                              **_span_args(period)}),
                        f"Whether {' and '.join(people[:4])} {'is' if len(people) == 1 else 'are'}"
                        f" free {period.describe()} (free: no allocation; their peak load)")
        if len(people) >= 2:
            return _one(r, "groups", "people", ("person_load", {"people": people,
                                                               **_span_args(period)}),
                        f"The load of {', '.join(people)} {period.describe()}")
        return _one(r, "value", "people", ("person_load", {"people": [person],
                                                          **_span_args(period)}),
                    f"The load of {person} {period.describe()} (peak share of capacity)")
    if r.has("verb:complete") and r.periods and not r.has("subject:projects", "status:open"):
        period = r.periods[0]  # "what did Sofia close last week": the items she finished
        return _one(r, "count", "work_items", ("work_items", {
            "event": "done", "assignee": person, "measure": "count", **_span_args(period)}),
            f"Work items {person} finished {period.describe()}")
    if r.has("subject:items") or r.has("subject:points"):
        return None
    portfolios = r.names("portfolio")
    if len(portfolios) == 1:  # "which Devices projects is Emeka on right now"
        return _one(r, "list", "projects", ("person_work", {"person": person,
                                                            "portfolio": portfolios[0]}),
                    f"The {portfolios[0]} projects {person} is allocated to today")
    return _one(r, "list", "projects", ("person_work", {"person": person}),
                f"The projects {person} is allocated to today (and any booked from a later "
                "day)")


# "who starts on a new project next week", "anyone joining Payments in July" / "who rolls off
# a project before the end of June", "whose allocations end this month"
JOINING = re.compile(r"\b(?:who|anyone|anybody|someone|people|whom)(?:['’]s|\s+is|\s+are|\s+will)?"
                     r"\s+(?:start(?:s|ing)?|join(?:s|ing)?|roll(?:s|ing)?\s+on(?:to)?|"
                     r"onboard(?:s|ing)?|begin(?:s|ning)?|mov(?:es|ing)\s+(?:on)?to)\b|"
                     r"\b(?:new\s+)?(?:alloc(?:ation)?s?|allocated)\s+(?:start(?:s|ing)?|"
                     r"begin(?:s|ning)?|"
                     r"kick(?:s|ing)?\s+off)\b", re.IGNORECASE)
LEAVING = re.compile(r"\b(?:roll(?:s|ing)?\s+off|com(?:es|ing)\s+off|free[sd]?\s+up|"
                     r"(?:alloc(?:ation)?s?|allocated)\s+(?:end|ends|ending|finish(?:es)?|"
                     r"run(?:s)?\s+out)|"
                     r"(?:who|anyone|anybody|someone|people)(?:['’]s|\s+is|\s+are|\s+will)?\s+"
                     r"(?:leav(?:e|es|ing)|finish(?:es|ing)?\s+(?:on|with|their)))\b",
                     re.IGNORECASE)


# "what does at risk mean (here)", "what is meant by load", "define free", "how is P(on
# time) calculated", "what's the difference between late and at risk"
MEANING = re.compile(
    r"^\s*(?:what\s+(?:does|do)\s+(?P<a>.+?)\s+(?:mean|stand for)|what\s+(?:is|'s)\s+meant\s+"
    r"by\s+(?P<b>.+?)|what(?:\s+is|'s)?\s+the\s+(?:definition|meaning)\s+of\s+(?P<c>.+?)|"
    r"define\s+(?P<d>.+?)|how\s+(?:is|are|do\s+you)\s+(?P<e>.+?)\s+(?:defined|calculated|computed|"
    r"measured|worked\s+out)|what(?:\s+is|'s)?\s+the\s+difference\s+between\s+(?P<f>.+?)\s+and\s+"
    r"(?P<g>.+?))(?:\s+(?:here|in\s+(?:this|the)\s+(?:dashboard|app|tool|data)))?\s*[?.!]*\s*$",
    re.IGNORECASE)


def _definition(r: Reading) -> Plan | None:
    """A question about what a term means: the dashboard's own definition (docs/metrics.md),
    when it names terms the docs define; None otherwise (asked as a data question)."""
    m = MEANING.match(r.question)
    if m is None:
        return None
    terms = [t for t in m.groups() if t]
    if not terms or not all(glossary.known(t) for t in terms):
        return None
    return _one(r, "text", "definitions", ("define", {"terms": terms}),
                "What " + " and ".join(f"“{t}”" for t in terms)
                + (" mean" if len(terms) > 1 else " means") + " on this dashboard")


AVERAGE = re.compile(r"\b(?:average|avg|mean)\b", re.IGNORECASE)
# the asker's own load: "what's my load next month", "am I overbooked", "I'm free next week?"
ASKERS_LOAD = re.compile(r"\bmy\s+(?:own\s+)?(?:load|workload|utili[sz]ation|allocations?|capacity|"
                         r"availability)\b|\b(?:am\s+i|i['’]m|i\s+am)\s+(?:\w+\s+)?(?:free|busy|"
                         r"overbooked|over-allocated|overallocated|overloaded|loaded|booked|"
                         r"available)\b|"
                         # the asker's own work: "any action items for me?", "which projects am
                         # I on", "what's on my plate"
                         r"\bmy\s+(?:own\s+)?(?:action\s+items?|actions|to-?dos|tasks|"
                         r"assignments)\b|\b(?:action\s+items?|actions|to-?dos|tasks|anything)"
                         r"\s+(?:for|assigned\s+to|on)\s+me\b|\bon\s+my\s+plate\b|"
                         r"\b(?:am|was)\s+i\s+(?:on|in|assigned|allocated|staffed|booked)\b|"
                         r"\bprojects\s+(?:do\s+)?i\s+(?:own|run|lead|manage|work\s+on)\b",
                         re.IGNORECASE)
# people counted per role: "how many people per role", "which roles have the most people …"
ROLE_SPLIT = re.compile(r"\b(?:per|by|each|every|across|of each)\s+(?:job\s+)?roles?\b|"
                        r"\broles?\s+(?:breakdown|split|mix)\b|\b(?:which|what)\s+roles?\s+"
                        r"(?:have|has)\s+the\s+most\b", re.IGNORECASE)


def _average(r: Reading, people: list[str], keys: list[str]) -> Plan | None:
    """"The average progress of open projects in Infrastructure", "which portfolio has the
    lowest average P(on time)", "average delay of our late projects": the mean of a project
    measure, overall or per portfolio. None for other averages (people's load, cycle time),
    which keep their readings (asked back)."""
    words = {t.low for t in r.tokens}
    if not people and (r.has("people:load") or words & {"utilisation", "utilization"}) and not (
            r.has("people:over", "people:free", "subject:items", "subject:projects")):
        period = _period(r, "this_week")  # "average utilisation this week", "avg load of
        args: dict[str, Any] = {**_span_args(period)}  # data engineers", "… per portfolio"
        if r.names("role"):
            args["roles"] = r.names("role")
        if r.names("skill"):
            args["skills"] = r.names("skill")
        if len(keys) == 1:
            args["works_on"] = keys[0]
        elif r.names("portfolio"):
            args["portfolio"] = r.names("portfolio")[0]
        if _dimension(r) == "portfolio" or r.has("subject:portfolios") and r.family("group"):
            return _one(r, "groups", "portfolios", ("average_load", {
                **_span_args(period), "by": "portfolio"}),
                f"The average load of each portfolio's people {period.describe()}")
        return _one(r, "value", "people", ("average_load", args),
                    f"The average load {period.describe()} (peak share of capacity, 0% for no "
                    "allocation)", keys)
    if keys or people or r.has("people:load", "people:over", "subject:people", "subject:items"):
        return None
    if r.has("f:chance") or words & {"p(on", "probability", "chance", "odds", "likelihood"}:
        measure, said = "p_on_time", "chance of finishing on time"
    elif r.has("m:overdue") or words & {"delay", "delays", "overdue", "lateness", "slippage"}:
        measure, said = "days_overdue", "days overdue"
    elif r.has("m:progress", "field:progress") or words & {"progress", "completion"}:
        measure, said = "progress", "progress"
    else:
        return None
    args = _project_filters(r, people, keys)
    args.pop("p_below", None)
    args.pop("p_at_least", None)
    per = r.has("subject:portfolios") or _dimension(r) == "portfolio"
    lowest = r.has("rank:least", "rank:worst") or words & {"lowest", "worst", "smallest"}
    order = "asc" if lowest or not r.has("rank:most") else "desc"
    which = _lower(describe_filters(args))
    if per:
        return _one(r, "groups", "portfolios", ("average_projects", {
            **args, "measure": measure, "by": "portfolio", "order": order}),
            f"The average {said} of {which}, per portfolio")
    return _one(r, "value", "projects", ("average_projects", {**args, "measure": measure}),
                f"The average {said} of {which}")


def _allocated_to(r: Reading, place: tuple[str, ...] = ()) -> bool:
    """"Allocated to / booked on" a place: who works there, not how loaded they are (``place``:
    only when the word after is one of these, "booked on it")."""
    words = [t.low for t in r.tokens] + ["", ""]  # two past the end: nothing there
    return any(words[h.start] in ("allocated", "assigned", "staffed", "booked") and words[
        h.end] in ("to", "on", "onto") and (not place or words[h.end + 1] in place)
               for h in r.hits if h.concept == "people:load")


def _allocation_moves(r: Reading) -> str:
    """People joining a project ("starting") or rolling off one ("ending") in a period, or
    "" when neither is asked."""
    if LEAVING.search(r.question):
        return "ending"
    return "starting" if JOINING.search(r.question) else ""


def _people_question(r: Reading, keys: list[str]) -> Plan:
    skills = r.names("skill")
    measure = "count" if r.has("measure:count") else "list"
    args: dict[str, Any] = {"measure": measure}
    words: list[str] = []
    moving = _allocation_moves(r)
    if moving and not r.has("people:over", "people:free") and not skills:
        period = _period(r, "this_week") if r.periods or not re.search(
            r"\bwhen\b", r.question, re.IGNORECASE) else periods.Period(
            r.today, r.today + dt.timedelta(days=365), "from today on")  # "… and when?"
        where: dict[str, Any] = {"works_on": keys[0]} if keys else {}
        if r.names("portfolio"):
            where["portfolio"] = r.names("portfolio")[0]
        verb = "starting (joining a project)" if moving == "starting" else \
            "ending (rolling off a project)"
        return _one(r, measure, "people", ("people", {
            "measure": measure, "changing": moving, **where, **_span_args(period)}),
            f"People with an allocation {verb}, {period.describe()}", keys)
    if skills:
        either = _ranked(r) and re.search(r"\bor\b", r.question) or re.search(
            r"\bhow many\b.*\bhow many\b", r.question, re.IGNORECASE)  # "do more know X or Y?",
        # "how many have accessibility, and how many ux?"
        if (r.has("compare") or r.family("group") or either) and len(skills) >= 2:
            return _one(r, "groups", "skills", ("skills", {"by": "people", "only": skills}),
                        f"People who have {', '.join(skills)}, compared")
        args["skills"] = skills
        words.append("with " + " and ".join(skills))
    if ROLE_SPLIT.search(r.question) and not (skills or keys or r.names("portfolio")) and \
            not r.has("people:free", "people:load") and not r.names("role"):
        period = _period(r, "this_week")  # "how many people per role", "which roles have the
        if r.has("people:over"):  # most people over-allocated this week"
            return _one(r, "groups", "people", ("people_by_role", {
                "over_allocated": True, **_span_args(period)}),
                f"People by role, over-allocated {period.describe()}")
        return _one(r, "groups", "people", ("people_by_role", {}), "People by role")
    split = any(r.tokens[h.start].low in ("per", "each", "by", "split", "breakdown", "broken")
                for h in r.family("group"))  # not "across all portfolios": everyone, once
    if split and r.has("subject:portfolios") and not (
            skills or r.names("role") or keys or r.names("portfolio")):
        if r.has("people:over", "people:free", "people:load") or r.periods:
            return _clarify("I can count each portfolio's people today, or list who is over-"
                            "allocated or free across all portfolios; which do you want?",
                            "People by portfolio, with a condition no tool groups",
                            ["People on each portfolio's projects today", "Without the split"],
                            ["How many people work on each portfolio's projects today?",
                             " ".join(_without(r.original, ["per portfolio", "by portfolio",
                                                            "each portfolio"]).split())])
        return _one(r, "groups", "people", ("headcount_by_portfolio", {}),  # "headcount per
                    "How many people each portfolio's projects have today")  # portfolio"
    roles = r.names("role")
    if roles:
        args["roles"] = roles
        words.append("who are " + " or ".join(f"{role}s" for role in roles))
    if keys:
        args["works_on"] = keys[0]
        words.append(f"on {keys[0]} today")
    team = _portfolio_team(r) if not keys else None
    if team:  # "who is on the support team": who works on its projects today; with a load
        args["portfolio"] = team  # in a period, who works on them in that period
        loaded = r.has("people:over") or _ranked(r) or r.has("people:load")
        words.append(f"on {team} projects" + ("" if loaded else " today"))
    among: dict[str, Any] = {name: args[name] for name in ("skills", "roles", "portfolio")
                             if name in args}
    who = " ".join(["people", *words])  # "the busiest devops engineers next month"
    by_load = r.has("people:load") and not (team and _allocated_to(r))  # not "how many … are
    # allocated to ML Platform projects": who works there
    over = [h for h in r.hits if h.concept == "people:over"]
    if over and all(r.negated(h) for h in over):
        period = _period(r, "this_week")  # "who isn't overbooked this week": the others
        args.update({"not_over": True, **_span_args(period)})
        words.append(f"not over-allocated (at most 100% at peak) {period.describe()}")
        return _one(r, measure, "people", ("people", args), " ".join(["People", *words]))
    if r.has("people:over") and r.has("rank:most") and not keys:
        period = _period(r, "this_week")  # "the 5 most overloaded people": ranked by load
        k = _people_k(r)
        return _one(r, "top", "people", ("rank_people", {"k": k, **among,
                                                         **_span_args(period)}),
                    f"{_the_loaded(k, 'most', who)} {period.describe()}")
    if r.has("people:over"):
        period = _period(r, "this_week")
        args.update({"over_allocated": True, **_span_args(period)})
        words.append(f"over-allocated {period.describe()}")
    elif (least := _at_least_projects(r)) and ON_PROJECTS.search(r.question):
        args["projects_at_least"] = least  # "who is on more than three projects at once"
        words.append(f"on at least {least} projects today")
    elif (bound := LOAD_BOUND.search(r.question)) and (bound["half"] or int(bound["n"]) != 100):
        period = _period(r, "this_week")  # "below 50% load this week", "over 80% next month"
        under = bound["dir"].lower() in ("under", "below", "less than", "lower than")
        n = 50 if bound["half"] else int(bound["n"])
        args.update({"load_below" if under else "load_above": n / 100, **_span_args(period)})
        words.append(f"{'under' if under else 'over'} {n}% at peak {period.describe()}")
    elif UNDER_FULL.search(r.question):
        period = _period(r, "this_week")  # "who is under 100% next week"
        args.update({"room": True, **_span_args(period)})
        words.append(f"with room (under 100% at peak) {period.describe()}")
    elif ROOM.search(r.question) and not FREE.search(r.question):
        period = _period(r, "this_week")  # "spare capacity", "bandwidth": free, or room left?
        return _room_readings(r, measure, args, words, period)
    elif r.has("people:free") and all(
            r.negated(h) and r.tokens[h.start].low not in NO_WORDS and r.tokens[h.start].lemma
            not in BOOKED for h in r.hits if h.concept == "people:free"):
        period = _period(r, "this_week")  # "who isn't free next week": not the free ones
        when = period.describe()
        text = r.question[period.span[0]:period.span[1]] if r.periods else "this week"
        return _clarify(f"Not free {when} is everyone with some work booked then. Do you want "
                        "the most loaded people, or those over-allocated?",
                        "“not free”: the opposite of free, which no list gives",
                        [f"The most loaded people {when}", f"People over-allocated {when}"],
                        [f"Who are the 10 most loaded people {text}?",
                         f"Who is over-allocated {text}?"])
    elif r.has("people:free"):
        period = _period(r, "this_week")
        args.update({"free": True, **_span_args(period)})
        words.append(f"with no allocation {period.describe()}")
    elif _ranked(r) and (not r.has("people:load") or _ranks_a_count(r)) and (
            counted := _people_count(r)):
        k = _k(r, "subject:people")
        done = counted == "open_items" and r.has("verb:complete") and not r.has(
            "status:open")  # "who closed the most items last month": finished, in the period
        span = _period(r, "this_week") if done else None
        noun = "projects they work on today" if counted == "projects" else \
            f"work items finished {span.describe()}" if span else \
            "open work items assigned to them"
        who = f"{k} people" if k > 1 else "person"
        least = r.has("rank:least") and not r.has("rank:most")  # "on the fewest projects"
        among_words = f", among {' '.join(['people', *words])}" if among else ""
        return _one(r, "top", "people", ("rank_people", {  # "in Data Platform, who has the
            "k": k, "by": "done_items" if span else counted, **among,
            **(_span_args(span) if span else {}),
            **({"order": "asc"} if least else {})}),  # most …"
            f"The {who} with the {'fewest' if least else 'most'} {noun}{among_words}")
    elif _ranked(r) and not r.has("people:load") and not any(
            r.tokens[h.start].low in ("busiest", "busy") for h in r.family("rank")):
        return _refuse(f"I can rank people by their load only; the data holds nothing that "
                       f"makes someone the best or worst. {CAN_ANSWER}",
                       "A ranking of people by something the data does not hold")
    elif by_load and measure == "count" and not _ranked(r):
        period = _period(r, "this_week")  # "how many people are busy this week": a count the
        when = period.describe()  # load alone does not define, so ask which
        text = r.question[period.span[0]:period.span[1]] if r.periods else "this week"
        return _clarify(f"How many people are how loaded {when}? I can count the people "
                        "over-allocated or the people with no allocation.",
                        "A count of people by load, which needs a bound",
                        [f"People over-allocated {when}", f"People free {when}"],
                        [f"How many people are over-allocated {text}?",
                         f"How many people are free {text}?"])
    elif _ranked(r) or by_load:
        period = _period(r, "this_week")
        k = _people_k(r) if _ranked(r) or not team else TEAM_LOADS  # "the load of the Payments
        least = r.has("rank:least") and not r.has("rank:most")  # team": each one's, busiest
        # first; "the lightest load": the least loaded
        said = f"The loads of the {who}, busiest first (at most {k})" if k == TEAM_LOADS \
            else _the_loaded(k, 'least' if least else 'most', who)
        return _one(r, "top", "people", ("rank_people", {
            "k": k, **among, **_span_args(period), **({"order": "asc"} if least else {})}),
            f"{said} {period.describe()}")
    unclear = _unread_words(r) if not words else []
    if unclear:
        return _everything_or(r, unclear, "people")
    noun = "Count of people" if measure == "count" else "People"
    return _one(r, measure, "people", ("people", args), " ".join([noun, *words]))


# "capacity", "bandwidth": as many mean no allocation at all as mean some room left; "free",
# "available", "nothing booked" say which
ROOM = re.compile(r"\b(?:spare|free|some|any|enough|extra|the|have|has|with)? ?(?:capacity|"
                  r"bandwidth|headroom|head room|room)\b", re.IGNORECASE)
# a bound on people's load: "below 50% load", "loaded over 80%", "under 30 percent"
LOAD_BOUND = re.compile(r"\b(?P<dir>under|below|less than|lower than|over|above|more than|"
                        r"greater than|higher than)\s+(?:(?P<n>\d{1,3})\s?(?:%|percent|per cent)|"
                        r"(?P<half>half)(?=\s+(?:booked|loaded|allocated|busy|utili[sz]ed)))",
                        re.IGNORECASE)  # "less than half booked": under 50 %
_LOAD_WORD = r"(?:load|loaded|utili[sz](?:ed|ation)|allocated|allocation|booked|busy)"
_BOUND = (r"(?:under|below|less than|lower than|over|above|more than|greater than|higher "
          r"than)\s+(?:\d{1,3}\s?(?:%|percent|per cent)|half)")
LOADED_BOUND = re.compile(rf"\b{_LOAD_WORD}\s+(?:\w+\s+)?{_BOUND}|\b{_BOUND}\s+(?:\w+\s+)?"
                          rf"{_LOAD_WORD}\b", re.IGNORECASE)  # the bound said of a load
UNDER_FULL = re.compile(r"\b(?:under|below|less than|lower than) (?:a )?(?:100 ?%|full[- ]time|"
                        r"full load|fully (?:booked|allocated|loaded))|\bnot (?:yet )?fully "
                        r"(?:booked|allocated|loaded)\b", re.IGNORECASE)
FREE = re.compile(r"\b(?:free|available|availability|unallocated|unbooked|idle|bench|"
                  r"nothing (?:booked|planned|assigned)|no allocation)\b(?! capacity)",
                  re.IGNORECASE)


def _room_readings(r: Reading, measure: str, args: dict[str, Any], words: list[str],
                   period: Period) -> Plan:
    """"Who has spare capacity next week": free (no allocation), or with room (under 100 % at
    peak)? Asked back with both answers' sizes; answered when they agree."""
    text = ROOM.search(r.question)
    said = re.sub(r"^(?:the|have|has|with) ", "", text.group(0).strip()) if text else "capacity"
    when = period.describe()
    noun = "Count of people" if measure == "count" else "People"
    free = _one(r, measure, "people", ("people", {**args, "free": True, **_span_args(period)}),
                " ".join([noun, *words, f"with no allocation {when}"]))
    room = _one(r, measure, "people", ("people", {**args, "room": True, **_span_args(period)}),
                " ".join([noun, *words, f"with room (under 100% at peak) {when}"]))
    plan = _clarify(f"“{said}” can mean no allocation at all or some room left (a load under "
                    f"100% at its peak) {when}: which do you mean?",
                    f"“{said}” can mean free or with room",
                    [f"Free (no allocation) {when}", f"With room (under 100% at peak) {when}"],
                    [_replace(r.original, said, "free"),
                     _replace(r.original, said, "a load under 100% at peak")])
    return _with_readings(plan, [free, room], "free and with room give the same answer "
                                              "here") or plan


TEAM_LOADS = 30  # people listed for "the load of the Payments team", busiest first


def _the_loaded(k: int, most: str, who: str) -> str:
    """"The 3 most loaded people …", or for one "The most loaded of the people …"."""
    return f"The {k} {most} loaded {who}" if k > 1 else f"The {most} loaded of the {who}"


def _people_k(r: Reading) -> int:
    """How many people a ranking asks for (``_k``); one when a role is said in the singular
    and no number is ("who is the least loaded data engineer")."""
    roles = [m for m in r.mentions if m.kind == "role"]
    last = r.tokens[roles[0].end - 1] if roles else None
    if last is not None and last.low == last.lemma and not any(
            t.is_number or t.low in WORD_NUMBERS for t in r.tokens):
        return 1
    return _k(r)


def _ranks_a_count(r: Reading) -> bool:
    """"Who carries the most unfinished tickets": the ranking names what is counted, so a load
    word beside it ("carries", "on their plate") does not make it a ranking by load."""
    counted = [h.start for h in r.hits if h.concept in ("m:open_items", "subject:items",
                                                         "subject:projects")]
    return any(h.value in ("most", "least") and any(0 <= c - h.end <= 1 for c in counted)
               for h in r.family("rank"))  # "the most projects on their plate": a count


def _who_asks(r: Reading) -> bool:
    return bool(r.tokens) and r.tokens[0].low in ("who", "whom", "whose")


def _people_count(r: Reading) -> str | None:
    """What people are ranked by when it is not their load: the projects they are on, or the
    open work items assigned to them ("who has the most open tickets", "spread across the most
    projects")."""
    if r.has("subject:items") or r.has("m:open_items") or _MOST_WORK.search(r.question):
        return "open_items"  # "who has the most work (left)": their open work items
    return "projects" if r.has("subject:projects") else None


_MOST_WORK = re.compile(r"\b(?:most|least|fewest|less|more)\s+(?:open\s+|unfinished\s+|"
                        r"remaining\s+|outstanding\s+)?work\b(?!\s+(?:load|hours|week))",
                        re.IGNORECASE)


PER_PERSON = re.compile(r"\b(?:per|each|for every|a) (?:person|head|capita|people|"
                        r"engineer)\b|\bper-person\b|\b(?:short|under)[- ]?staffed\b|"
                        r"\b(?:short on|shortest of|shortages?|lacking|in short supply|scarce|"
                        r"scarcest)\b|\bcomparing\s+(?:the\s+)?(?:open\s+)?(?:work|demand)\b|"
                        r"\b(?:compared (?:to|with)|relative to|against) (?:the |our )?"
                        r"(?:open |remaining )?(?:work|demand|backlog)\b|\bsupply (?:and|vs\.?|"
                        r"versus|against) demand\b|\bdemand (?:and|vs\.?|versus|against) supply\b",
                        re.IGNORECASE)  # "skills most short-staffed compared to open work"


def _skills_question(r: Reading, people: list[str]) -> Plan:
    if people:
        return _one(r, "list", "skills", ("person_skills", {"person": people[0]}),
                    f"The skills of {people[0]}")
    skills = r.names("skill")
    demand = r.has("skill:demand") or r.has("subject:items") or r.has("m:open_items")
    by = "demand" if demand else "people"
    noun = "open work items needing it" if demand else "people who have it"
    if PER_PERSON.search(r.question):  # "the most open work per person": the Resources page's
        by, noun = "per_person", "open story points per person who has it"  # measure
    if len(skills) >= 2:
        return _one(r, "groups", "skills", ("skills", {"by": by, "only": skills}),
                    f"Skills {', '.join(skills)} by {noun}")
    order = "asc" if r.has("rank:least") and not r.has("rank:most") else "desc"
    if by == "per_person" and re.search(r"\b(?:least|fewest|shortest)\s+(?:of\s+)?(?:people|"
                                        r"staff|supply|hands|engineers)?\b", r.question,
                                        re.IGNORECASE):
        order = "desc"  # "the fewest people compared to the open work", "shortest of": the most
        # open work per person, the scarcest skills
    k = _k(r)
    return _one(r, "top", "skills", ("skills", {"by": by, "k": k, "order": order}),
                f"The {f'{k} skills' if k > 1 else 'skill'} with the "
                f"{'most' if order == 'desc' else 'fewest'} {noun}")


# --- work items, points, documents ----------------------------------------------------------


def _items_question(r: Reading, keys: list[str]) -> Plan:
    noun_hit = r.first("subject:items")
    state = next((h for h in r.family("status") if h.value in ("on_hold", "cancelled")
                  and noun_hit is not None and not r.has("subject:projects")
                  and -2 <= h.start - noun_hit.end <= 3), None)
    if state is not None:  # "how many tickets are blocked?": no such state of a work item
        said = " ".join(t.text for t in r.tokens[state.start:state.end])
        return _refuse(f"Work items have no “{said}” state in this data: each is to do, in "
                       f"progress or done. {CAN_ANSWER}",
                       f"Work items that are {said}, a state the data does not hold")
    args = _item_filters(r, keys)
    if r.has("verb:scope") or _added_to_projects(r):
        scope_args = {k: v for k, v in args.items()  # a measure of projects, not of items
                      if k not in ("assignee", "skill")}
        projects = _project_filters(r, [], keys)  # "… of our open projects": which projects
        scope_args.update({k: v for k, v in projects.items()  # only what the question says
                           if k in ("status", "health", "priority", "owner") and (
                               k == "owner" or r.family(k))})
        if not r.periods and (SINCE_START.search(r.question) or r.has("rank:most") and not (
                r.has("measure:count"))):
            span = {"start": "1900-01-01", "end": r.today.isoformat()}  # every snapshot so far
            when = "since the project started" if keys else "since each project started"
        else:
            period = _period(r, "this_week")
            span, when = _span_args(period), period.describe()
        which = {k: v for k, v in scope_args.items() if k in ("status", "health", "priority",
                                                             "owner", "portfolio")}
        if r.has("rank:most") and not keys and not r.has("measure:count") and \
                SCOPE_GROWTH.search(r.question):  # "which project has grown its scope the
            # most"; not "how many … on top of the plan", nor "the biggest scope" (its size)
            k = _k(r)
            return _one(r, "top", "projects", ("rank_scope_added", {
                **scope_args, **span, "k": k}),
                f"{f'The {k} projects' if k > 1 else 'The project'} with the most work items "
                f"added to scope{_where(which) if which else ''}, {when}")
        of = f" of {_lower(describe_filters(which))}" if set(which) - {"portfolio"} else \
            _where(args)
        return _one(r, "value", "work_items", ("scope_added", {**scope_args, **span}),
                    f"Work items added to scope{of}, {when}", keys)
    points = r.has("subject:points") and not r.has("subject:items") or (
        r.has("subject:points") and r.first("subject:points") is not None
        and r.first("subject:items") is None)
    measure = "points" if points else "count"
    if r.has("status:open") and not r.periods:
        event = "open"
    elif _in_progress(r) and not r.has("verb:complete"):
        event = "in_progress"
    elif r.has("verb:create") and not r.has("verb:complete"):
        event = "created"
    elif not r.periods and not r.has("verb:complete") and not r.has("status:done"):
        event = "open"  # "how many work items are assigned to Sofia?": what she holds now
    else:
        event = "done"
    call_args: dict[str, Any] = {**args, "event": event, "measure": measure}
    kind = _item_kind(r)
    if kind:
        call_args["kind"] = kind
    items = {"feature": "features", "backlog_item": "backlog items"}.get(kind or "", "work items")
    noun = f"Story points of {items}" if points else items.capitalize()
    if event == "created" and SINCE_START.search(r.question):
        # "added after kickoff on this project", "came into the security projects this quarter
        # after they had already started": every day so far, or the period given
        given = _period(r, "this_week") if r.periods else None
        call_args.update({"after_start": True, **(_span_args(given) if given else {
            "start": "1900-01-01", "end": r.today.isoformat()})})
        started = "the project" if keys else "their project"
        what = f"{noun} added{_where(args)} after {started} started" + (
            f", {given.describe()}" if given else "")
    elif event in ("open", "in_progress"):
        what = f"{noun} {'open' if event == 'open' else 'in progress'} now{_where(args)}"
    elif event == "done" and not r.periods and RATE.search(r.original):
        return _rate_readings(r, call_args, noun, args, keys)  # "what's our velocity?"
    elif event == "done" and not r.periods and (keys or TO_DATE.search(r.question)):
        # "points done on PRJ-0005", "items closed so far": every day so far, as its progress
        call_args.update({"start": "1900-01-01", "end": r.today.isoformat()})
        what = f"{noun} finished{_where(args)} so far"
    else:
        period = _period(r, "this_week")
        call_args.update(_span_args(period))
        verb = "finished" if event == "done" else "added"
        what = f"{noun} {verb}{_where(args)}, {period.describe()}"
    if _dimension(r) == "portfolio" and not keys and not args.get("portfolio") and event in (
            "done", "open") and not kind and not (args.get("assignee") or args.get("skill")):
        per = {k: v for k, v in call_args.items() if k not in ("event", "measure")}  # "tickets
        return _one(r, "groups", "work_items", ("rank_portfolios_by_items", {  # closed last
            **per, "event": event, "measure": measure, "k": 50}), f"{what}, per portfolio")
    compared = _compared(r)
    if compared is not None and compared[0] == "portfolio" and not keys:
        calls: list[Call] = [("work_items", {**call_args, "portfolio": [name]})
                             for name in compared[1]]
        return _plan("answer", "work_items", "groups", calls,
                     f"{what}, compared by portfolio, as of {_as_of(r.today)}", keys)
    return _one(r, "value" if points else "count", "work_items", ("work_items", call_args),
                what, keys)


# scope that grew, not its size ("the biggest scope")
SCOPE_GROWTH = re.compile(r"\b(?:creep|growth|grown|grew|grow|growing|added|adding|increase[sd]?|"
                          r"tacked|bolted|crept|piled|snuck|on top)\b", re.IGNORECASE)


def _added_to_projects(r: Reading) -> bool:
    """"Work items added to the open Data Platform projects": added to their scope."""
    added = [h for h in r.hits if h.concept == "verb:create" and r.tokens[h.start].low in (
        "added", "add", "adding")]
    return r.has("subject:items") and any(
        h.end < len(r.tokens) and r.tokens[h.end].low in ("to", "into", "onto") and any(
            p.start > h.end for p in r.hits if p.concept == "subject:projects") for h in added)


SINCE_START = re.compile(r"\b(?:after|since|once)\s+(?:the\s+|its\s+|it\s+|they(?:['’]d)?\s+|"
                         r"we\s+)?(?:(?:had|have|has|were|was|would)\s+)?(?:already\s+)?"
                         r"(?:projects?\s+|"
                         r"work\s+)?(?:kick\s?-?off|kicked off|"
                         r"kickoff|start(?:ed)?|launch(?:ed)?|beginning|began|begun)\b",
                         re.IGNORECASE)
STATUS_CHANGES = {"on_hold": "put on hold", "cancelled": "cancelled"}  # as status notes say


def _status_change(r: Reading) -> bool:
    """The question is about a project being paused, cancelled or closed (a decision the status
    notes and minutes record), not about its health."""
    return any(h.value in STATUS_CHANGES and not r.negated(h) for h in r.family("status"))


def _item_kind(r: Reading) -> str | None:
    """"features" or "backlog items": the work items' own kind (data.schema.WORK_ITEM_KINDS)."""
    said = {r.tokens[h.start].lemma for h in r.family("subject") if h.value == "items" and not (
        h.end - h.start == 1 and r.tokens[h.start].lemma == "backlog")}  # "in the backlog",
    # "the bigger open backlog": all the open work; "backlog items": that kind
    if "feature" in said:
        return "feature"
    return "backlog_item" if "backlog" in said else None


def _in_progress(r: Reading) -> bool:
    """Work items "in progress", "being worked on", "started" (the items' own status)."""
    return any(h.value == "active" and not r.negated(h) for h in r.family("status")) or bool(
        re.search(r"\b(?:being worked on|wip)\b", r.question, re.IGNORECASE))


# open work nobody holds: "unassigned items", "tickets with nobody assigned", "no owner"
UNASSIGNED = re.compile(r"\b(?:unassigned|not (?:yet )?assigned|(?:nobody|no one|noone|no-one)\s+"
                        r"(?:is\s+)?(?:assigned|on it|owns)|(?:with|has|have)\s+no\s+(?:assignee|"
                        r"owner)|without\s+(?:an?\s+)?(?:assignee|owner))\b", re.IGNORECASE)


def _item_filters(r: Reading, keys: list[str]) -> dict[str, Any]:
    args: dict[str, Any] = {}
    if UNASSIGNED.search(r.question):
        args["unassigned"] = True
    if len(r.people) == 1:  # "open items assigned to Hugo Lopez"
        args["assignee"] = r.people[0]
    if len(r.names("skill")) == 1:  # "open work items needing terraform"
        args["skill"] = r.names("skill")[0]
    if r.names("portfolio"):
        args["portfolio"] = r.names("portfolio")
    if keys:
        args["keys"] = keys
    projects = r.first("subject:projects")
    if projects is not None and not keys:  # "open items of the on-hold projects": the words
        def beside(h: Hit) -> bool:  # right beside "projects" are the projects' own filters
            return projects is not None and (0 <= projects.start - h.end <= 1 or (
                0 <= h.start - projects.end <= 3))
        status = [h.value for h in r.family("status")
                  if h.value not in ("open", "done") and not r.negated(h) and beside(h)]
        health = [h.value for h in r.family("health") if h.value in (
            "late", "at_risk", "on_track") and not r.negated(h) and beside(h)]
        priority = [h.value for h in r.family("priority") if h.exact and beside(h)]
        for name, values in (("status", status), ("health", health), ("priority", priority)):
            if values:
                args[name] = list(dict.fromkeys(values))
    return args


def _where(args: dict[str, Any]) -> str:
    bits = []
    which = describe_filters({k: args[k] for k in ("status", "health", "priority") if k in args})
    if which != "Projects":
        bits.append(f" of {_lower(which)}")
    if args.get("portfolio"):
        bits.append(" in " + " and ".join(args["portfolio"]))
    if args.get("keys"):
        bits.append(" in " + ", ".join(args["keys"]))
    if args.get("assignee"):
        bits.append(f" assigned to {args['assignee']}")
    if args.get("skill"):
        bits.append(f" needing {args['skill']}")
    return "".join(bits)


def _documents(r: Reading) -> bool:
    docs = r.family("doc")
    verbs_only = all(h.value in ("say", "decide") for h in docs) and not r.has(
        "subject:documents")
    if docs and verbs_only and all(h.value == "say" for h in docs) and r.named("skill") and r.has(
            "subject:people"):
        return False  # "who should I talk to about spark?": people who have the skill
    if docs and verbs_only and _counts_filtered_records(r):
        return False  # "how many projects are parked, waiting on a restart decision?"
    return bool(docs) or r.has("subject:documents")


def _counts_filtered_records(r: Reading) -> bool:
    """A count or a "which" of projects, people or work items, with a status or health filter:
    a word such as "decision" or "write-off" beside it is context, not a document search."""
    if not (r.family("status") or r.family("health")):
        return False
    counts = [h.end for h in r.hits if h.concept == "measure:count"]
    if any(h.start in counts for h in r.family("status")):
        return True  # "how many proposals are waiting for a go/no-go"
    for h in r.family("subject"):
        if h.value not in ("projects", "people", "items"):
            continue
        before = {t.low for t in r.tokens[max(0, h.start - 3):h.start]}
        if r.has("measure:count") or before & {"which", "what"}:
            return True
    return False


def _document_plan(r: Reading, keys: list[str]) -> Plan:
    kind = None
    for h in sorted(r.family("doc"), key=lambda h: not h.exact):  # "status note" over "called"
        if h.value in KIND_OF_DOC:
            kind = KIND_OF_DOC[h.value]
            break
    named = sorted((h for h in r.family("doc") if h.value in KIND_OF_DOC), key=lambda h: h.start)
    apart = [h for i, h in enumerate(named) if i == 0 or re.search(  # "minutes, notes, specs"
        r",|\band\b|\bor\b|/", r.question[r.tokens[named[i - 1].end - 1].end:r.tokens[
            h.start].start])]
    if len({KIND_OF_DOC[h.value] for h in apart}) >= 2:  # not "meeting notes": one kind
        kind = None  # "minutes, notes, specs, all of it": every kind
    counted = named or any(t.lemma in ("document", "doc") for t in r.tokens)  # "how many
    # minutes"; not "did anyone agree to discount plans? how much off?", an amount decided
    if r.has("measure:count") and counted or (r.periods and r.has("verb:create") and not keys):
        args: dict[str, Any] = {}
        if kind:
            args["kind"] = kind
        if keys:
            args["keys"] = keys
        if r.names("portfolio"):
            args["portfolio"] = r.names("portfolio")
        when = ""
        if r.periods:
            args.update(_span_args(r.periods[0]))
            when = ", written " + r.periods[0].describe()
        noun = {"meeting_minutes": "Meeting minutes", "status_note": "Status notes",
                "spec": "Specs"}.get(kind or "", "Documents")
        return _one(r, "count", "documents", ("documents", args),
                    f"{noun}{_where(args)}{when}", keys)
    if keys and _status_change(r) and (kind is None or (
            kind == "status_note" and r.has("cause") and not r.has("recency:latest"))):
        # "who made the call to pause X"; "why was X put on hold? quote the note"
        said = list(dict.fromkeys(STATUS_CHANGES[h.value] for h in r.family("status")
                                  if h.value in STATUS_CHANGES))
        query = f"{r.corrected} {' '.join(said)} decision"[:500]  # the status's own words
        return _one(r, "text", "documents", ("search_documents",
                                              {"query": query, "project_key": keys[0]}),
                    f"Why {keys[0]} was {' or '.join(said)}: the documents that say", keys)
    written, when, query = _written(r)
    if kind is None and r.has("doc:decide"):
        kind = "meeting_minutes"
    # the latest document answers "what did X's last meeting say"; a period names documents
    # to search ("what did X decide in March")
    if keys and (r.has("recency:latest") or (kind and not written)):
        call: Call = ("latest_document", {"project_key": keys[0], "query": query[:500],
                                          **({"kind": kind} if kind else {}), **written})
        noun = {"meeting_minutes": "meeting", "status_note": "status note",
                "spec": "spec"}.get(kind or "", "document")
        plan = _one(r, "text", "documents", call,
                    f"What the latest {noun} of {keys[0]}{when} says", keys)
    else:
        args = {"query": query[:500], **written}
        if keys:
            args["project_key"] = keys[0]
        elif len(set(r.names("portfolio"))) == 1:  # "decisions in Payments meetings"
            args["portfolio"] = r.names("portfolio")[0]
            if r.has("recency:latest") and not written:  # "the latest Payments meetings":
                first = r.today - dt.timedelta(days=LATEST_DAYS - 1)  # each project's last
                args.update(start=first.isoformat(), end=r.today.isoformat(),  # weekly ones
                            newest_first=True)
                when = f", written in the last {LATEST_DAYS} days ({_day_label(first)} – " \
                       f"{_day_label(r.today)}),"
        if kind:
            args["kind"] = kind
        said = _topics(r, _unread_words(r), keys, names_stop=False)
        if said:  # "who owns follow-up on the SOC 2 audit gaps": the best matches, saying
            # that none mentions "SOC", not as if the PCI audit's passages answered it
            args.update(mentioning=said, hedge=True)
        where = f" of {keys[0]}" if keys else f" of the {args['portfolio']} projects" if (
            args.get("portfolio")) else ""
        plan = _one(r, "text", "documents", ("search_documents", args),
                    f"Passages of the documents{where}{when} that match the question", keys)
    if written:  # offered when nothing was written then: the question without its period
        plan.broader = _without_period(r.original, r.question[r.periods[0].span[0]:
                                                               r.periods[0].span[1]])
    return plan


_LAST_MEETING = re.compile(r"\b(?:the\s+|our\s+|its\s+)?(?:last|latest|most\s+recent|"
                           r"previous|final)\s+(?:(?:team|project|weekly|status)\s+)?"
                           r"(?:meeting|sync|minutes|stand-?up|call)\b(?!s)", re.IGNORECASE)
MEETING_TASKS = re.compile(r"\b(?:plate|to-?dos?|to do|commit(?:ted|ments?)?|t(?:ake|ook) on|"
                           r"assigned|tasks?|promised|(?:doing|does|do) what)\b",
                           re.IGNORECASE)


def _meeting_tasks(r: Reading) -> bool:
    """"What's on Nadia's plate from the meetings", "Zoe's todos from the weekly syncs", "who's
    doing what on X after the last meeting": the words of load or work items, said of
    meetings, ask for what the minutes assigned."""
    return r.has("doc:meeting") and bool(MEETING_TASKS.search(r.question))


# what asks for action items and how, not the task asked of ("open", "latest", "who")
TASK_FORM = {"doc", "status", "measure", "recency", "subject", "this", "single", "negation",
             "yet", "rank"}


def _actions_plan(r: Reading, keys: list[str], people: list[str]) -> Plan:
    """"mei's action items", "what is Tariq on the hook for", "open actions for PRJ-7": the
    open action items minuted in a project's latest meetings, or in the latest meetings that
    name the person (``documents.commitments``)."""
    args: dict[str, Any] = {}
    if keys:
        args["project_key"] = keys[0]
    if people:
        args["person"] = people[0]
    whose = f"{people[0]}'s open action items" if people else "Open action items"
    where = f" in the latest meetings of {keys[0]}" if keys else \
        " in the latest meetings that name them"
    if keys and _LAST_MEETING.search(r.question):  # "actions from the last meeting": its own
        args["meetings"] = 1
        where = f" in the latest meeting of {keys[0]}"
    stop = stop_words() | FILLER | lexicon.STOP
    form = {i for h in r.hits if h.family in TASK_FORM or h.concept == "verb:own"
            for i in range(h.start, h.end)}  # "… and who owns it": whose, not what about
    spans = [p.span for p in r.periods] + [m.span() for m in MEETING_TASKS.finditer(r.question)]
    task = [t.text for i, t in enumerate(r.tokens) if i not in r.used and i not in form
            and t.is_word and len(t.low) >= 3 and t.low not in stop
            and not any(a <= t.start < b for a, b in spans)][:6]  # not "who's doing what"
    if task:  # "who was supposed to book the release window": that item, not all of them
        args["about"] = task
        where += " about " + ", ".join(f"“{w}”" for w in task)
    return _one(r, "list", "documents", ("action_items", args), whose + where, keys)


def _without_period(text: str, said: str) -> str:
    """The text without the words of its period, the preposition before them and a possessive
    after them ("what was said in the first week of May?", "what did yesterday's minutes
    say?" -> "what was said?", "what did the minutes say?"); empty when they are not found."""
    found = re.search(rf"(?:\b(?:in|during|over|within|from|on|of|at)\s+)?(?:the\s+)?"
                      rf"{re.escape(said)}(\s?['’]s\b)?", text, re.IGNORECASE)
    if not found:
        return ""
    instead = " the " if found.group(1) else " "  # "yesterday's minutes": "the minutes"
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(
        (text[:found.start()] + instead + text[found.end():]).split()))


# words before a period that make it a deadline or a date the documents speak of ("finish in
# September"), not the date they were written
DEADLINE_WORDS = {"due", "by", "deadline", "until", "till", "finish", "finishes", "finished",
                  "complete", "completes", "completed", "deliver", "delivers", "delivered",
                  "launch", "launches", "launched", "ship", "ships", "shipped", "release",
                  "released", "end", "ends", "land", "lands", "expected", "planned", "go-live"}


LATEST_DAYS = 14  # "the latest meetings" of several projects: those of the last two weeks


def _written(r: Reading) -> tuple[dict[str, str], str, str]:
    """The period a document question names ("in May", "last month", "before April") as the
    dates the documents were written: the tools' ``start`` and ``end``, the words the
    interpretation says it with, and the question to search for without them (so "May" is not
    looked for as a word). Nothing when the period is a deadline ("due next week", "by June")."""
    if not r.periods:
        return {}, "", r.corrected
    said = r.question[r.periods[0].span[0]:r.periods[0].span[1]]
    before = r.question[:r.periods[0].span[0]].split()[-1:]
    if said.split()[0].lower() in DEADLINE_WORDS or {w.lower() for w in before} & DEADLINE_WORDS:
        return {}, "", r.corrected
    p = periods.already_written(r.periods[0], said, r.today)
    args = {"end": p.end.isoformat()} if p.open_start else {"start": p.start.isoformat()} \
        if p.open_end else _span_args(p)
    query = _without_period(r.corrected, said) or r.corrected
    said_as = p.describe()
    if said_as[:1].isupper() or said_as[:1].isdigit():  # "May 2026 (...)": "in May 2026"
        said_as = f"in {said_as}"
    return args, f", written {said_as},", query


# --- which subject --------------------------------------------------------------------------


def _without_compound_heads(hits: list[Hit], heads: tuple[str, ...] = ("owners", "portfolios")
                            ) -> list[Hit]:
    """Subject hits without the "project" of a compound ("project owners", "project
    portfolio"): the owners or portfolios are what is asked about."""
    starts = {h.start for h in hits if h.value in heads}
    return [h for h in hits if not (h.value == "projects" and h.end in starts)]


def _subject(r: Reading) -> str:
    """The first thing the question asks about (people, skills, work items, portfolios,
    owners, projects), projects when it names none."""
    order = [h for h in r.family("subject") if not (h.value == "people" and r.tokens[
        h.start].low == "who" and _who_means_owner(r))]
    order = _without_compound_heads(order)
    named_ends = {m.end for m in r.mentions if m.kind == "portfolio"}
    order = [h for h in order if not (h.value == "portfolios" and h.start in named_ends)]  # "the
    # Data Platform team(s)": the portfolio named, not what is asked about
    order.sort(key=lambda h: h.start)
    roles = r.named("role")
    if roles and (not order or roles[0].start < order[0].start) and (any(
            t.low in ("which", "what", "who") for t in r.tokens[:roles[0].start]) or [
            t.low for t in r.tokens[max(0, roles[0].start - 2):roles[0].start]] == [
            "how", "many"]):  # "which of our DevOps engineers have security as a skill", "how
        return "people"  # many data engineers are allocated to ML Platform projects"
    if _who_means_owner(r) and _ranked(r) and r.first("subject:people") is not None:
        return "owners"  # "who owns the most late projects?"
    asked = [h for h in order if h.start > 0 and h.value in ("portfolios", "owners")
             and r.tokens[h.start - 1].low in ("which", "what") and h.start > order[0].start]
    compound = [h for h in order if h.value == "owners" and h.start > 0
                and r.tokens[h.start - 1].lemma == "project"]
    if compound and _ranked(r):  # "which 3 project owners have the most at-risk projects"
        return "owners"
    if asked and _ranked(r):  # "at-risk projects: which portfolio has the most of them"
        return asked[0].value
    if order and order[0].value == "people" and r.has("subject:projects") and len(
            r.names("portfolio")) >= 2:
        return "projects"  # "who's got more late projects, Devices or Data Platform?"
    for h in order:
        if h.value == "portfolios" and _whole(r, h.start):
            continue  # "across the whole portfolio": all of it, not portfolios
        work_words = [w for w in r.family("verb") if w.value == "work_on" and w.start != h.start]
        if h.value == "portfolios" and r.tokens[h.start].low == "team" and (
                work_words or r.has("subject:people") or r.has("people:load")):
            continue  # "team utilisation for Data Platform": its people's
        if h.value == "people" and r.tokens[h.start].low == "who" and not r.named(
                "skill") and any(
                o.value in ("skills", "portfolios", "owners") and o.start > h.start
                for o in order) and not r.has("people:over", "people:free", "people:load"):
            continue
        if h.value == "items" and r.has("subject:projects") and _ranked(r):
            return "projects"
        if h.value == "points" and r.has("subject:projects") and _ranked(r):
            return "projects"
        return {"items": "work_items", "points": "points"}.get(h.value, h.value)
    if r.named("skill") and (r.has("verb:know") or r.has("people:free")) or r.named("role"):
        return "people"
    if r.has("people:over") or r.has("people:free"):
        return "people"
    if r.has("people:load") and _portfolio_team(r):
        return "people"  # "what's the load of the Payments team this week": its people's
    return "projects"


PROJECT_TEAM_WORDS = {"team", "crew", "squad", "staffing", "roster"}


def _asks_team(r: Reading) -> bool:
    """The people of a project: a question opening with "who" about working on it ("who's
    on X", "who works on X"), or its team ("team for X", "X's crew"; not "which team is X in",
    where a team is a portfolio)."""
    words = [t.low for t in r.tokens]
    if r.has("subject:items", "subject:points", "measure:count"):
        return False  # "how many items did this team finish": about the project's work
    opens = {words[0]} | {t.low for prev, t in zip(r.tokens, r.tokens[1:], strict=False)
                          if r.question[prev.end:t.start].strip() in (".", "?", "!")}
    if "who" in opens and r.has("verb:work_on") and not r.has("verb:own"):
        return True  # "I'm to sit in on Raven's meetings. Who is on that team?"
    if re.search(r"\bwho(?:'s|\s+is|\s+are)\s+(?:in|on)\s+(?:this|that|the)\s+(?:project|one)\b",
                 r.question, re.IGNORECASE):
        return True  # "who is in this project" (a gloss of "¿quién está en este proyecto?")
    asks_which = bool(set(words[:2]) & {"which", "what"}) and bool(
        set(words) & {"in", "under", "belong", "belongs", "part"})
    return bool(set(words) & PROJECT_TEAM_WORDS) and not asks_which and not r.has("verb:own") and \
        not r.family("doc")


# "what changed in Payments last week", "anything happen since Monday?", "any changes?"
CHANGED = re.compile(r"\b(?:what(?:'s| has| have)?\s+(?:changed|happened|moved)|"
                     r"(?:any(?:thing)?|what)\s+(?:changes?|happen(?:ed)?|move[d]?)\b|"
                     r"changes\s+(?:in|since|over|during|for|this|last))", re.IGNORECASE)
# "how are we tracking on Mobile Apps", "how is Payments doing"
TRACKING = re.compile(r"\bhow(?:'s| is| are)\b.*\b(?:tracking|doing|going|looking|faring)\b",
                      re.IGNORECASE)


AND_WHY = re.compile(r"\b(?:and|&)\s+(?:the\s+)?(?:why|reasons?)\b|\bwith\s+(?:the\s+|their\s+)?"
                     r"reasons?\b|\band\s+what\s+for\b", re.IGNORECASE)


def _and_why_paused(r: Reading, vocab: Vocabulary, people: list[str],
                    keys: list[str]) -> Plan | None:
    """"How many projects are on hold and why?", "which projects were cancelled and why": the
    projects (counted or listed, as the rest of the question asks), then each one's latest
    note saying why. None unless on hold or cancelled is asked with a why."""
    if keys or people or not AND_WHY.search(r.question):
        return None
    statuses = {h.value for h in r.family("status") if h.value in STATUS_CHANGES
                and not r.negated(h)}
    if len(statuses) != 1:
        return None
    status = statuses.pop()
    text = AND_WHY.sub("", r.original).strip(" ,?") + "?"
    first = _route_whole(text, vocab, r.today, r.page_key)
    if first.kind != "answer" or len(first.calls) != 1:
        return None
    return replace(first, calls=[*first.calls, ("status_reasons", {"status": status})],
                   interpretation=first.interpretation.replace(
                       f", as of {_as_of(r.today)}", f", and why (each one's latest note that "
                       f"says it was {STATUS_CHANGES[status]}), as of {_as_of(r.today)}"))


# "the status of the Payments portfolio", "how likely are the critical projects to land on time"
GROUP_STATUS = re.compile(r"\b(?:status|state|health|standing)\s+of\s+(?:the\s+|our\s+|all\s+)?|"
                          r"\bhow\s+likely\s+are\b", re.IGNORECASE)


def _how_a_group_stands(r: Reading, people: list[str], keys: list[str]) -> Plan | None:
    """How a set of projects stands ("how are the critical projects doing", "what's the status
    of the Payments portfolio", "how likely are the critical projects to land on time"): its open
    projects counted by health, then listed with each one's chance of finishing on time. None
    when the question names one project, a person, a health or a status other than open."""
    if keys or people or not (TRACKING.search(r.question) or GROUP_STATUS.search(r.question)):
        return None
    if not (r.has("subject:projects") or r.named("portfolio")) or r.family("health") or any(
            h.value != "open" for h in r.family("status")) or _ranked(r) or r.has(
            "measure:count") or _specific_subject(r):
        return None
    args = {k: v for k, v in _project_filters(r, people, keys).items()
            if k in ("priority", "portfolio", "owner", "due_from", "due_to")}  # "… due this
    # quarter and how likely are they to land": those due then (it dropped the quarter)
    if not set(args) - {"due_from", "due_to"}:
        return None  # "how are projects doing": the portfolio summary reads that
    args["status"] = ["open"]
    said = _lower(describe_filters(args))
    return _plan("answer", "projects", "about", [
        ("count_projects_by", {**args, "by": "health"}),
        ("rank_projects", {**args, "by": "p_on_time", "k": 10})],
        f"How the {said} stand: counted by health, then the least likely to finish on time "
        f"first, as of {_as_of(r.today)}", keys)


def _specific_subject(r: Reading) -> bool:
    """The question names a subject other than projects or portfolios (people, work items...)."""
    return any(h.value not in ("projects", "portfolios") for h in r.family("subject")) or bool(
        r.family("doc")) or r.has("verb:scope")


def _changes_of_project(r: Reading) -> bool:
    """"What happened on PRJ-0017 last week?", "what changed on it this month": a period's
    changes to one project, not why it is late."""
    recent = re.search(r"\b(?:lately|recently|of late)\b", r.question, re.IGNORECASE)
    return bool(CHANGED.search(r.question)) and bool(r.periods or recent) \
        and not r.has("verb:scope") \
        and not {t.low for t in r.tokens} & {"why", "cause", "caused", "reason"} \
        and not (r.family("health") or r.has("verb:become_late") or re.search(
            r"\b(?:missed|slipped|overran|delayed)\b", r.question, re.IGNORECASE))
    # "X missed its June date. What happened?": why it is late


def _changes_digest(r: Reading, key: str | None = None) -> Plan:
    """What moved in a period (the last 7 days unless one is named): projects finished,
    started and become late, work finished and added to scope, documents written (of one
    project, with ``key``: whether it finished or became late, its work and documents)."""
    period = r.periods[0] if r.periods else periods.find("the last 7 days", r.today)[0]
    span = _span_args(period)
    where: dict[str, Any] = {"keys": [key]} if key else (
        {"portfolio": r.names("portfolio")} if r.named("portfolio") else {})
    day_before = (period.start - dt.timedelta(days=1)).isoformat()
    calls: list[Call] = [
        ("projects", {**where, "status": ["done"], "completed_from": span["start"],
                      "completed_to": span["end"]}),
        ("projects", {**where, "started_from": span["start"], "started_to": span["end"]}),
        ("projects", {**where, "health": ["late"], "due_from": day_before,
                      "due_to": (min(period.end, r.today) - dt.timedelta(days=1)).isoformat()}),
        ("work_items", {**where, "event": "done", **span}),
        ("scope_added", {**where, **span}),
        ("documents", {**where, **span}),
    ]
    if key:  # one project: where it stands, then what moved
        calls = [("project_status", {"project_key": key}), *calls[3:]]
        return _plan("answer", "changes", "digest", calls,
                     f"What changed on {key}, {period.describe()}: its status, work finished "
                     f"and added, documents written, as of {_as_of(r.today)}", [key])
    return _plan("answer", "changes", "digest", calls,
                 f"What changed{_where(where)}, {period.describe()}: projects finished, started "
                 f"and become late, work finished and added, documents written, "
                 f"as of {_as_of(r.today)}")


NOT_THE_PAGE = {"portfolio", "team", "person", "people", "week", "month", "quarter", "year",
                "sprint", "one", "list", "table", "chart", "page", "dashboard"}


def _the_team(r: Reading) -> bool:
    """On a project's page, "the team" or "my team" (one team, not "the teams") is that
    project's team."""
    return any(a.low in ("the", "my", "our") and b.low == "team"
               for a, b in zip(r.tokens, r.tokens[1:], strict=False))


def _team_said_alone(r: Reading) -> bool:
    """On a project's page, a few words about "team" and nothing wider ("team size", "team?",
    "size of the team"): that project's team, not the portfolios (a team elsewhere)."""
    words = {t.low for t in r.tokens}
    return len(r.tokens) <= 7 and bool(words & PROJECT_TEAM_WORDS) and not (
        r.named("portfolio") or r.people or words & (WIDE_WORDS | {"teams", "projects", "which"}))


WIDE_WORDS = {"org", "organisation", "organization", "company", "across", "whole", "all",
              "everyone", "everybody", "overall", "portfolio", "portfolios", "total", "every"}


def _page_work(r: Reading) -> bool:
    """On a project's page, the work items or points asked about with nothing wider named
    ("how many tickets did we close last week?", "points done this week so far?"): the page's
    project's (the benchmark's writers read them so on every page question)."""
    if not (r.has("subject:items") or r.has("subject:points") or r.has("m:open_items")):
        return False
    return not (r.named("portfolio") or r.named("person", "first_name", "last_name") or
                r.has("subject:portfolios") or r.has("subject:projects") or _ranked(r) or
                r.family("group") or {t.low for t in r.tokens} & WIDE_WORDS)


# "what's left", "what is still open", "anything in progress", "what remains to be done"
WORK_LEFT = re.compile(
    r"\b(?:(?:what|anything|which|whats)(?:['’]s|\s+is|\s+are)?\s+(?:still\s+)?"
    r"(?:left|remaining|outstanding|open|in\s+progress|in\s+flight|underway|being\s+worked\s+on|"
    r"on\s+the\s+board|to\s+do)|what\s+remains|(?:still|left)\s+to\s+(?:do|be\s+done)|"
    r"(?:is|are)\s+(?:still\s+)?(?:left|remaining|outstanding|in\s+progress)|"
    r"(?:what|which|any)\s+(?:work|tasks?|tickets?)\s+(?:is|are)\s+(?:still\s+)?(?:open|left|"
    r"remaining|outstanding|in\s+progress)|how\s+much\s+(?:work\s+)?(?:is\s+)?(?:still\s+)?(?:open|"
    r"left|remaining|outstanding))\b", re.IGNORECASE)
# a project's own work past its items' due dates: "what's overdue on this one"
WORK_OVERDUE = re.compile(r"\b(?:what(?:['’]s|s|\s+is)?|anything|which\s+(?:items?|tasks?|tickets?)"
                          r"\s+(?:are|is))\s+(?:still\s+)?(?:overdue|past\s+due)\b|\b(?:overdue|"
                          r"late|past[- ]due)\s+(?:work\s+)?(?:items?|tasks?|tickets?|features?|"
                          r"stories|backlog\s+items?)\b|"
                          r"\b(?:items?|tasks?|tickets?|features?|stories)\s+(?:that\s+are\s+|"
                          r"(?:are\s+)?still\s+|are\s+)?(?:overdue|"
                          r"past\s+(?:their\s+)?due)\b", re.IGNORECASE)  # "overdue items here?"
WORK_DUE = re.compile(r"\b(?:what|anything|which|whats)(?:['’]s|\s+(?:\w+\s+){0,2}?(?:is|are))?"
                      r"\s+(?:still\s+)?(?:due|coming\s+due)\b", re.IGNORECASE)
ITEM_STATES = {"in_progress": re.compile(r"\b(?:in\s+progress|in\s+flight|underway|wip|being\s+"
                                         r"worked\s+on|started)\b", re.IGNORECASE),
               "todo": re.compile(r"\b(?:to\s?-?do|not\s+(?:yet\s+)?started|backlog)\b",
                                  re.IGNORECASE),
               "done": re.compile(r"\b(?:done|finished|completed|closed)\b", re.IGNORECASE)}
EACH_ITEM = re.compile(r"\b(?:who\s+(?:owns|has|holds)\s+(?:each|what|which|them|those)|who\s+"
                       r"(?:has|holds)\s+it|who\s+is\s+(?:on|doing)\s+(?:each|what|which)|who\s+"
                       r"(?:has|holds|owns|is\s+doing)\s+(?:the\s+)?(?:remaining|open|outstanding|"
                       r"rest\s+of\s+the)\s+(?:work|items|tasks|tickets)|each\s+"
                       r"(?:item|ticket|task)|per\s+(?:item|ticket|task))\b", re.IGNORECASE)


def _work_left(r: Reading) -> bool:
    """"What's left?", "what is still open?", "what's in progress right now", "what's due in
    the next two weeks": a project's own work, when no projects, people or portfolio are
    named (on a project's page, or of the project named)."""
    each = bool(EACH_ITEM.search(r.question))  # "… and who owns each item": of the items
    if r.has("subject:projects", "subject:portfolios", "subject:owners") or (
            r.has("subject:people") and not each) or r.named("portfolio") or r.people or \
            _ranked(r):
        return False
    return bool(WORK_LEFT.search(r.question) or WORK_DUE.search(r.question) and r.periods
                or each or WORK_OVERDUE.search(r.question) and not r.has("subject:projects"))


def _changed_here(r: Reading) -> bool:
    """"What changed since last week?" on a project's page, naming nothing wider."""
    return _changes_of_project(r) and not (
        r.named("portfolio") or r.has("subject:projects", "subject:portfolios")
        or {t.low for t in r.tokens} & WIDE_WORDS)


def _project_work(r: Reading, keys: list[str]) -> Plan | None:
    """One project's own work items listed: what is left (open), in progress, to do or done,
    due by the end of a period, or a count per status ("how many are to do, in progress and
    done"). None when the question is not about listing them (counts of one state keep their
    path)."""
    key = keys[0]
    states = [s for s, pattern in ITEM_STATES.items() if pattern.search(r.question)]
    breakdown = len(states) >= 2 and (r.has("subject:items", "subject:points")
                                      or r.has("measure:count"))
    due = WORK_DUE.search(r.question) and r.periods
    listed = (r.has("subject:items") and not r.has("measure:count") and not r.periods
              and not r.has("verb:create", "verb:scope") and (
                  r.has("measure:list") or EACH_ITEM.search(r.question)))
    if WORK_OVERDUE.search(r.question) and not r.people:  # "what's overdue on this one"
        kind = _item_kind(r)  # "any overdue features?": the features only
        return _one(r, "list", "work_items", ("project_work", {
            "project_key": key, "state": "overdue", **({"kind": kind} if kind else {})}),
            f"The open {(kind or 'work_item').replace('_', ' ')}s of {key} past their own due "
            "dates", keys)
    left = WORK_LEFT.search(r.question) and not (r.people or _ranked(r) or r.has(
        "subject:portfolios", "subject:owners") or r.has("subject:people") and not (
            EACH_ITEM.search(r.question)))
    unassigned = bool(UNASSIGNED.search(r.question)) and r.has("subject:items")
    if not (breakdown or due or left or listed or unassigned or EACH_ITEM.search(r.question)):
        return None
    how_much = bool(re.search(r"\bhow\s+much\s+work\b", r.question, re.IGNORECASE))
    if r.has("cause") or r.family("f") or r.family("doc") or (
            r.has("measure:count") or r.has("subject:points")) and not (breakdown or how_much):
        return None  # "how many are left", "points left to do here?": a count
    if due:
        end = r.periods[0].end
        kind = _item_kind(r)  # "which features are due this month"
        return _one(r, "list", "work_items", ("project_work", {
            "project_key": key, "end": end.isoformat(), **({"kind": kind} if kind else {})}),
                    f"The open {(kind or 'work_item').replace('_', ' ')}s of {key} due by "
                    f"{_day_label(end)} (its items' own due dates)", keys)
    if unassigned and not breakdown:  # "any open items with nobody
        return _one(r, "list", "work_items", ("project_work", {  # assigned?"
            "project_key": key, "unassigned": True}), f"The open work items of {key} nobody "
            "is assigned", keys)
    state = "open"
    if not breakdown and not WORK_LEFT.search(r.question.replace("to do", "")) or (
            len(states) == 1 and states[0] == "in_progress"):
        state = states[0] if len(states) == 1 else "open"
    words = {"open": "open (to do or in progress)", "in_progress": "in progress",
             "todo": "to do", "done": "done"}[state]
    what = (f"The work items of {key} by status" if breakdown
            else f"The work items of {key} {words}, with who holds each")
    return _one(r, "list", "work_items", ("project_work", {"project_key": key,
                                                           "state": state}), what, keys)


# one project's own things: "who's the owner?", "what are the risks?", "any blockers?"
PAGE_NOUNS = {"owner", "risk", "risks", "blocker", "blockers", "deadline", "status",
              "priority", "progress", "forecast", "eta", "skills", "skill", "scope"}


def _page_noun(r: Reading) -> bool:
    """On a project's page, a question about one of a project's own things ("who's the owner",
    "what are the risks", "any blockers?") naming nothing wider (no projects, portfolio,
    person, ranking or group): that project's."""
    if r.has("subject:projects", "subject:portfolios") or r.named("portfolio") or r.people or \
            _ranked(r) or r.family("group") or {t.low for t in r.tokens} & WIDE_WORDS:
        return False
    return any(t.low in PAGE_NOUNS and (not i or r.tokens[i - 1].low in (
        "the", "its", "our", "any", "what", "which", "main", "biggest", "key", "top", "open",
        "that", "this", "your"))
        for i, t in enumerate(r.tokens))


def _page_pronoun(r: Reading) -> bool:
    """On a project's page, "this" or "it" standing for the project ("what's the chance this
    ships on time", "will it finish by its date") rather than for another noun."""
    for i, t in enumerate(r.tokens):
        if t.low not in ("this", "it") or i in r.used:
            continue
        following = r.tokens[i + 1].lemma if i + 1 < len(r.tokens) else ""
        if following not in NOT_THE_PAGE:
            return True
    return False


# "more than one project at risk", "two or more late projects", "at least 3 projects"
AT_LEAST = re.compile(r"\b(?:(?P<more>more\s+than|over)\s+(?P<n1>\w+)|at\s+least\s+(?P<n2>\w+)|"
                      r"(?P<n3>\w+)\s+or\s+more)\s+(?:[\w-]+\s+){0,3}?projects?\b", re.IGNORECASE)


ON_PROJECTS = re.compile(r"\b(?:on|across|working on|staffed on|allocated to|spread over)\s+"
                         r"(?:more than|over|at least|\w+ or more)\b", re.IGNORECASE)


def _at_least_projects(r: Reading) -> int | None:
    """The least number of projects each owner must have ("more than one": 2), when said."""
    m = AT_LEAST.search(r.question)
    if m is None:
        return None
    said = (m["n1"] or m["n2"] or m["n3"]).lower()
    n = int(said) if said.isdigit() else WORD_NUMBERS.get(said)
    if n is None:
        return None
    return n + 1 if m["more"] else n


def _asks_owners(r: Reading) -> bool:
    """"Who owns the late projects in Payments?", "owners of the at-risk ones": the owners of a
    set of projects (not a ranking, not a count, not one project); "which owners have two or
    more late projects" is such a set, not a top two."""
    if _ranked(r) and _at_least_projects(r) is None or r.has("measure:count"):
        return False
    if not r.has("subject:projects"):  # "which owners have something late"
        first = min(r.family("subject"), key=lambda h: h.start, default=None)
        return first is not None and first.concept == "subject:owners" and bool(
            r.family("health") or r.family("status"))
    first = min(_without_compound_heads(r.family("subject"), ("owners",)),
                key=lambda h: h.start, default=None)
    if first is not None and first.concept == "subject:owners":
        return True
    projects = r.first("subject:projects")
    if first is not None and r.tokens[first.start].low == "who" and projects is not None and any(
            h.concept == "subject:owners" and h.start < projects.start for h in r.hits):
        return True  # "Who are the owners of the late projects?"
    return bool(first is not None and r.tokens[first.start].low == "who" and any(
        h.concept == "verb:own" and h.start <= first.start + 2 for h in r.hits))


def _who_means_owner(r: Reading) -> bool:
    return r.has("verb:own") and not r.has("people:load", "people:over", "people:free")
