"""The copilot's tools over documents: passages found by the index (``index.search``), the
newest documents of a project, and the lines of the latest one that answer the question."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from data import document_queries, metrics
from data.project_queries import visible_keys
from models.copilot.documents import commitments
from models.copilot.index_types import Hits
from models.copilot.meetings import summarize_meeting
from models.copilot.passages import passage_id, split_passages
from models.copilot.plan import span
from models.copilot.text import snippet, stop_words
from models.copilot.tools import (
    KIND_WORDS,
    NONE_IN_PERIOD,
    Citation,
    ToolContext,
    ToolResult,
    date_arg,
    day,
    document_citation,
    link,
    plural,
    written_day,
)
from models.copilot.words import CLIPPED, lemma, written_out

MAX_ACTIONS = 12  # action items listed in one answer
_STOP = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "what", "which", "did",
         "do", "does", "was", "were", "is", "are", "be", "we", "they", "team", "last", "latest",
         "most", "recent", "meeting", "note", "status", "project", "this", "that", "at", "about",
         "main", "new", "newest", "say", "tell", "me", "it", "its", "from", "up", "anyone",
         "anybody", "someone", "somebody", "bring", "brought", "come", "came"}


def _cite(doc: document_queries.DocumentText, quote: str = "", line: str = "") -> Citation:
    """A document citation; with ``line`` (a line quoted from it), at the passage holding it, so
    the document view opens there."""
    found = next((p for p in split_passages(doc.body) if line and line in p.text), None)
    pid = passage_id(doc.id, found.index) if found else None
    return document_citation(doc.project_key, doc.title, doc.created_at.date(), doc.id, pid,
                             quote)


def _written(start: str | None, end: str | None) -> str:
    """" written 1 May 2026 – 31 May 2026": the period a search was limited to."""
    return f" written {span(start, end)}" if start or end else ""


def search_documents(ctx: ToolContext, query: str, project_key: str | None = None,
                     kind: str | None = None, start: str | None = None,
                     end: str | None = None, limit: int = 5,
                     mentioning: list[str] | None = None, newest_first: bool = False,
                     closest: bool = False, any_of: list[str] | None = None,
                     hedge: bool = False, portfolio: str | None = None, *,
                     skip_document: int | None = None,
                     sharing: set[str] | None = None) -> ToolResult:
    """Passages of the viewer's documents (written from ``start`` to ``end`` when given) that
    match the query best (with ``mentioning``, only those that contain every one of its words
    and phrases, or with ``closest``, when none does, those of the best matches that contain
    most of them (``_closest``); ``newest_first``: those found, newest first, for "what's the
    latest on X"; with ``hedge``, ``mentioning`` filters nothing (nor do the arguments after
    it): the best matches, saying which of its words none of them mentions; with ``any_of``,
    only passages that have one of those words; not those of ``skip_document``, already read;
    with ``sharing``, only passages that have one of those words, as ``latest_document`` reads
    them); with ``portfolio`` (and no project), only the documents of its projects."""
    index = ctx.document_index()
    if index is None:
        return ToolResult("search_documents", {}, "Documents are not indexed yet.",
                          error="no_index")
    project_ids, named = None, ""
    if project_key:
        from sqlalchemy import select  # noqa: PLC0415

        from data.schema import Project  # noqa: PLC0415

        rows = ctx.session.execute(ctx.scope.apply(
            select(Project.id, Project.name).where(Project.key == project_key.upper()))).all()
        project_ids, named = [r.id for r in rows], " ".join(r.name for r in rows)
        if not project_ids:
            return ToolResult("search_documents", {}, f"No visible project {project_key}.",
                              error="not_found")
    elif portfolio:  # "decisions in Payments meetings": its projects' documents only
        from sqlalchemy import func, select  # noqa: PLC0415

        from data.schema import Portfolio, Project  # noqa: PLC0415

        project_ids = list(ctx.session.scalars(ctx.scope.apply(
            select(Project.id).join(Portfolio, Project.portfolio_id == Portfolio.id)
            .where(func.lower(Portfolio.name) == portfolio.lower()))))
        if not project_ids:
            return ToolResult("search_documents", {}, f"No visible project in {portfolio}.",
                              error="not_found")
    k = min(limit, 10)
    required = [_lemmas(said) for said in mentioning or []]  # "phones" is "phone"; not
    # "starters" "starting", as stems would have it
    one_of = [_lemmas(said) for said in any_of or []]  # "on-call" is the phrase "on call"
    narrowed = skip_document is not None or sharing is not None or bool(required or one_of)
    spelled = [CLIPPED[w] for said in mentioning or [] for w in said.lower().split()
               if w in CLIPPED]  # the index finds "OpenTelemetry" for "OTel" only when told
    searched = " ".join([query, *spelled])
    passages = index.search(searched, ctx.scope, k=10 if narrowed else k,
                            project_ids=project_ids,
                            kinds=[kind] if kind else None, since=date_arg(start),
                            until=date_arg(end))
    missing: list[str] = []
    if hedge and mentioning:  # the ranking stands; what none of its passages has is said
        passages = Hits(passages[:k], mode=passages.mode, note=passages.note)
        missing = [said for said in mentioning
                   if not any(_mentions(p.text, said) for p in passages)]
    elif narrowed:
        ranked = Hits([p for p in passages if not one_of or any(
            _says(_lemmas(p.text), [phrase]) for phrase in one_of)],
            mode=passages.mode, note=passages.note)
        passages = Hits([p for p in ranked if p.doc_id != skip_document and (
            sharing is None or _terms(p.text) & sharing) and _says(_lemmas(p.text), required)
            ][:k], mode=ranked.mode, note=ranked.note)
        if not passages and closest and mentioning:
            passages, missing = _closest(ranked, mentioning, k)
    if newest_first:
        passages = Hits(sorted(passages, key=lambda p: p.date, reverse=True), mode=passages.mode,
                        note=passages.note)
    if not passages:  # a note says why there is nothing to search (e.g. too many documents)
        period = _written(start, end)
        note = getattr(passages, "note", None)
        if period and not note:  # said beside "I don't know", with the question without dates
            return ToolResult("search_documents", {}, f"No passage of the documents{period} "
                              "matches.", error=NONE_IN_PERIOD)
        return ToolResult("search_documents", {}, note or "No document passage matches.")
    lines, cites = [], []
    if missing and hedge:  # said first: none of these passages has what was asked about
        lines.append(f"No passage mentions {_quoted(missing, 'or')}; these match the "
                     "question best:\n")
    elif missing:  # said first: these passages do not have everything that was asked about
        lines.append(f"No passage mentions {_quoted(mentioning or [], 'and')}; the closest "
                     f"do not mention {_quoted(missing, 'or')}:\n")  # a paragraph of its
        # own: a list right after a line is read as more of that line
    for i, p in enumerate(passages, start=1):
        quote = snippet(p.text, searched, ignore=f"{p.project_key} {p.title} {named}")  # the
        # project's name, as its key, names the place, not the topic
        lines.append(f"{i}. {link(p.project_key)} *{p.title}* ({p.kind.replace('_', ' ')}, "
                     f"{written_day(p.date)}): “{quote}”")
        cites.append(document_citation(p.project_key, p.title, p.date, p.doc_id, p.id, quote))
    result: dict[str, Any] = {"subject": "documents", "items": passages.projects}
    if missing:
        result["missing"] = missing
        result["closest"] = not hedge
    unclear = [] if project_ids else passages.unclear_projects()
    if unclear:  # the copilot asks back which project (``answer``), beside what it found; a
        # paragraph of its own, not a continuation of the list's last item
        lines.append(f"\nThe question names no project, and none stands out: the best "
                     f"passages come from {len(unclear)} projects "
                     f"({', '.join(link(k) for k in unclear)}). Choose one to search its "
                     "documents only.")
        result["unclear_projects"] = unclear
    return ToolResult("search_documents", {}, "\n".join(lines), [asdict(p) for p in passages],
                      cites, result=result)


@functools.lru_cache(maxsize=4096)
def _lemmas(text: str) -> tuple[str, ...]:
    """The words of a text in order, each in its dictionary form, written out when clipped
    ("cert" is "certification"); once per passage, though its words are checked several
    times (every word asked about, the concept's words, the closest)."""
    return tuple(written_out(w) for w in re.findall(r"[a-z0-9]+", text.lower()))


CLOSEST_SHARE = 0.5  # of the words asked about, the least a closest passage must mention


def _closest(ranked: Hits, mentioning: list[str], k: int) -> tuple[Hits, list[str]]:
    """When no passage mentions every word asked about ("dual-sourcing the Bluetooth chip"
    against "a second source for the BLE chip"): of the passages the index ranks best, those
    that mention at least ``CLOSEST_SHARE`` of the words (in dictionary form: "sourcing" is
    "source"), most first, then in rank order; and the words the first one does not mention,
    to say so."""
    need = max(1, math.ceil(CLOSEST_SHARE * len(mentioning)))
    covered = {p.id: [said for said in mentioning if _mentions(p.text, said)] for p in ranked}
    kept = sorted((p for p in ranked if len(covered[p.id]) >= need),
                  key=lambda p: -len(covered[p.id]))[:k]
    missing = [said for said in mentioning if kept and said not in covered[kept[0].id]]
    return Hits(kept, mode=ranked.mode, note=ranked.note), missing


def _mentions(text: str, said: str) -> bool:
    """The text has the word or phrase, in dictionary form (not by stem: "new starters" is not
    "starting the rollout")."""
    return _says(_lemmas(text), [_lemmas(said)])


def _quoted(words: list[str], joiner: str) -> str:
    quoted = [f"“{w}”" for w in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {joiner} {quoted[-1]}"


def _says(words: Sequence[str], required: Sequence[Sequence[str]]) -> bool:
    """Every word of ``required`` is among ``words``, and every phrase of it (several words)
    stands in them in that order ("paid social", not "budget ... finance")."""
    def has(phrase: Sequence[str]) -> bool:
        n, wanted = len(phrase), tuple(phrase)
        return any(tuple(words[i:i + n]) == wanted for i in range(len(words) - n + 1))
    return all(has(phrase) if len(phrase) > 1 else set(phrase) <= set(words)
               for phrase in required)


SAME = {"agree": "decide", "decision": "decide", "conclude": "decide", "resolve": "decide",
        "settle": "decide", "outcome": "decide", "result": "decide", "conclusion": "decide",
        "issue": "risk", "concern": "risk", "blocker": "risk",
        "threat": "risk", "todo": "next", "action": "next", "follow": "next"}


KIND_OF_LINE = set(SAME.values()) | {"decide", "risk", "next"}  # what a line is, not its topic
ASKED_AS = {"sign", "land"}  # "did they sign off on X", "what did we land on": how a decision
# is asked for, not what it is about (a line that says them is no decision: "land the release")
NAMING_WORDS = {"status", "note", "meeting", "minute", "spec", "document", "doc", "update",
                "report", "say", "write", "mention"}


def _terms(text: str) -> set[str]:
    text = re.sub(r"\b[A-Za-z][A-Za-z0-9]{0,11}-\d{1,6}\b", " ", text)
    words = {lemma(w) for w in re.findall(r"[a-z]{2,}", text.lower()) if w not in _STOP} - _STOP
    return {SAME.get(w, w) for w in words}


# the health a status note's opening line states (docs/metrics.md's words)
VERDICTS = " ".join([*metrics.HEALTH_LABELS.values(), "done", "cancelled"])


def latest_document(ctx: ToolContext, project_key: str, query: str = "",
                    kind: str | None = None, start: str | None = None,
                    end: str | None = None) -> ToolResult:
    """The newest document of a project (of a kind, written from ``start`` to ``end``), quoting
    the lines that share the most words with the question (a decision, a risk, an action)."""
    key = project_key.upper()
    if not visible_keys(ctx.session, ctx.scope, [key]):
        return ToolResult("latest_document", {}, f"No visible project {key}.", error="not_found")
    docs = document_queries.latest_documents(ctx.session, ctx.scope, key, kind, 1,
                                             start=date_arg(start), end=date_arg(end))
    if not docs:
        what = KIND_WORDS.get(kind or "", "document")
        if start or end:  # said beside "I don't know", with the question without dates
            return ToolResult("latest_document", {},
                              f"{link(key)} has no {what}{_written(start, end)}.",
                              error=NONE_IN_PERIOD)
        return ToolResult("latest_document", {}, f"{link(key)} has no {what} yet.",
                          result={"subject": "documents", "count": 0, "items": []})
    doc = docs[0]
    lines = [line.strip() for line in re.split(r"\n+|(?<=[.!?])\s+", doc.body) if line.strip()]
    # Words that name the document rather than what is asked of it: the opening line's (the
    # project's name, "status of"), but not a health it states ("…: at risk", which a question
    # about the risk asks for), and the kinds' ("latest status note on Willow": not "risk").
    asked = re.sub(r"\b(?:latest|last|newest|most recent)\b", " ", query, flags=re.IGNORECASE)
    naming = _terms(lines[0] if lines else "") - _terms(VERDICTS)
    wanted = _terms(asked) - naming - NAMING_WORDS
    def score(line: str) -> float:
        """Shared words, less for the header line that repeats the project's key."""
        return len(wanted & _terms(line)) - (0.5 if key.lower() in line.lower() else 0.0)

    scored = sorted(((score(line), -i, line) for i, line in enumerate(lines)), reverse=True)
    best = [line for score, _i, line in scored[:2] if score > 0]
    what = KIND_WORDS.get(doc.kind, doc.kind)
    topic = wanted - KIND_OF_LINE - ASKED_AS - stop_words()  # "what did X decide about the
    # VPN": the VPN
    if doc.kind == "meeting_minutes" and WHOLE_MEETING.search(query) and not (
            topic - _terms(" ".join(WHOLE_MEETING.findall(query)))):
        return _meeting_digest(doc, key)  # the whole meeting asked for, no topic in it
    off_topic = bool(topic) and not any(topic & _terms(line) for line in best)
    if wanted and (not best or off_topic):  # "what did X's syncs say about OpenTelemetry", "what
        # did X decide about the VPN": not in the latest, whose decision is about something else
        older = search_documents(ctx, query, key, kind, start, end, skip_document=doc.id,
                                 sharing=topic or wanted)
        if older.citations:  # else the latest's opening lines, as for a question of no topic
            older.name = "latest_document"
            older.text = (f"Nothing in the latest {what} of {link(key)}, *{doc.title}* "
                          f"({day(doc.created_at.date())}), mentions it. The passages of "
                          f"{link(key)}'s other documents that match the question best:\n\n"
                          f"{older.text}")
            return older
    unsaid = [w for w in dict.fromkeys(re.findall(r"[A-Za-z]{2,}", asked))
              if _terms(w) & topic] if not best or off_topic else []
    best = best or lines[:2]
    quote = " … ".join(best)
    text = (f"From the latest {what} of {link(key)}, *{doc.title}* "
            f"({day(doc.created_at.date())}):\n> {quote}")
    if unsaid:  # "did Raven sign off on dbt": no document of it says, so its latest lines are
        # shown as what they are, not quoted as if they answered
        text = (f"Nothing in the latest {what} of {link(key)} or its other documents mentions "
                + " or ".join(f"“{w}”" for w in unsaid) + f". The latest, *{doc.title}* "
                f"({day(doc.created_at.date())}), says:\n> {quote}")
    data: dict[str, Any] = {"document": doc.id, "quote": quote}
    return ToolResult("latest_document", {}, text, data, [_cite(doc, quote, best[0])],
                      result={"subject": "documents", "items": [key]})


# the whole of a meeting asked for, not one thing said in it ("summarise the last meeting",
# "last meeting notes", "what happened at the latest sync")
WHOLE_MEETING = re.compile(r"\b(?:summar\w*|recap\w*|notes|minutes|what\s+happened|highlights|"
                           r"overview|rundown|gist|takeaways?|outcomes?|debrief)\b", re.IGNORECASE)


def _meeting_digest(doc: document_queries.DocumentText, key: str) -> ToolResult:
    """A meeting's digest (the document view's and the project page's: ``meetings``), each line
    cited at its passage: what it was about, then its decisions, action items and risks."""
    digest = summarize_meeting(doc.id, doc.body, doc.created_at.date())
    parts = [f"The latest meeting minutes of {link(key)}, *{doc.title}* "
             f"({day(doc.created_at.date())}):"]
    cites = []

    def cite(text: str, pid: str) -> None:
        cites.append(document_citation(doc.project_key, doc.title, doc.created_at.date(),
                                       doc.id, pid or None, text))

    sections = (("Summary", [(p.text, p.passage_id) for p in digest.summary]),
                ("Decisions", [(p.text, p.passage_id) for p in digest.decisions]),
                ("Action items", [(f"**{a.who or 'Someone'}**: {a.what}"
                                   + (f" — by {day(a.due)}" if a.due else ""), a.passage_id)
                                  for a in digest.action_items]),
                ("Risks", [(p.text, p.passage_id) for p in digest.risks]))
    listed = [p.text for p in (*digest.decisions, *digest.risks)] + [
        a.text for a in digest.action_items]
    for title, lines in sections:
        if title == "Summary":  # what the meeting was about, less what the lists below say
            said = [(text, pid) for text, pid in lines
                    if not any(len(_terms(text) - _terms(other)) <= 1 for other in listed)]
            if said:
                parts.append("> " + " ".join(text for text, _pid in said))
                cite(said[0][0], said[0][1])
            continue
        if not lines:
            parts.append(f"**{title}**: none recorded.")
            continue
        parts.append(f"**{title}**\n\n" + "\n".join(f"- {text}" for text, _pid in lines))
        for text, pid in lines:
            cite(text, pid)
    data = {"document": doc.id, "decisions": len(digest.decisions),
            "action_items": len(digest.action_items), "risks": len(digest.risks)}
    return ToolResult("latest_document", {}, "\n\n".join(parts), data, cites,
                      result={"subject": "documents", "items": [key], **data})


MENTIONS_SHOWN = 15  # projects listed by ``documents_mentioning``


def documents_mentioning(ctx: ToolContext, phrase: str, kind: str | None = None,
                         start: str | None = None, end: str | None = None) -> ToolResult:
    """Every visible document (of a kind, in a period) whose text says ``phrase``, counted and
    grouped by project, newest mention first: which projects or meetings raised or discussed
    something, in full rather than the best five passages."""
    phrase = " ".join(phrase.split())[:120]
    if len(phrase) < 2:
        return ToolResult("documents_mentioning", {}, "Say what the documents should mention.",
                          error="invalid_arguments")
    found, cut = document_queries.documents_mentioning(ctx.session, ctx.scope, phrase, kind,
                                                       date_arg(start), date_arg(end))
    what = KIND_WORDS.get(kind or "", "document")
    said = f"“{phrase}”{_written(start, end)}"
    if not found:
        return ToolResult("documents_mentioning", {}, f"No {what} you can see mentions {said}.",
                          {"documents": 0}, [], result={"subject": "documents", "count": 0,
                                                        "items": []})
    by_project: dict[str, list[document_queries.Mention]] = {}
    for doc in found:
        by_project.setdefault(doc.project_key, []).append(doc)
    many = "s" if len(found) != 1 and not what.endswith("minutes") else ""
    lines = [f"**{len(found):,} {what}{many} of {plural(len(by_project), 'project')}** mention "
             f"{said}" + (f" (of the newest {document_queries.MAX_MINUTES:,} that have "
                          "its letters: older ones were not read)" if cut else "") + ":"]
    for key, docs in list(by_project.items())[:MENTIONS_SHOWN]:
        newest = docs[0]
        lines.append(f"- {link(key)}: {plural(len(docs), what, what + many)}, latest *"
                     f"{newest.title}* ({day(newest.created_at.date())})")
    if len(by_project) > MENTIONS_SHOWN:
        lines.append(f"- … and {len(by_project) - MENTIONS_SHOWN} more projects")
    cites = [document_citation(d[0].project_key, d[0].title, d[0].created_at.date(), d[0].id,
                               None) for d in list(by_project.values())[:MENTIONS_SHOWN]]
    return ToolResult("documents_mentioning", {}, "\n".join(lines),
                      {"documents": len(found), "projects": len(by_project)}, cites,
                      result={"subject": "documents", "count": len(found),
                              "items": list(by_project)})


def latest_documents(ctx: ToolContext, project_key: str | None = None, kind: str | None = None,
                     limit: int = 5) -> ToolResult:
    docs = document_queries.latest_documents(ctx.session, ctx.scope, project_key, kind, limit)
    if not docs:
        return ToolResult("latest_documents", {}, "No documents found.")
    text = "\n".join(f"- {day(d.created_at.date())} {link(d.project_key)} *{d.title}* "
                     f"({KIND_WORDS.get(d.kind, d.kind)})" for d in docs)
    return ToolResult("latest_documents", {}, text, [d.id for d in docs],
                      [_cite(d) for d in docs],
                      result={"subject": "documents", "count": len(docs),
                              "items": list(dict.fromkeys(d.project_key for d in docs))})


def action_items(ctx: ToolContext, project_key: str | None = None, person: str | None = None,
                 open_only: bool = True, about: list[str] | None = None,
                 meetings: int = 5) -> ToolResult:
    """The action items minuted in a project's latest meetings, or a person's in the latest
    meetings that name them (``documents.commitments``): who will do what, by when, each
    cited at the passage that says it. ``open_only``: not yet past their stated date. With
    ``about`` (the task asked of: "who was supposed to book the release window"), only the
    items that say at least half of its words; when none does, the answer says so before it
    lists the latest ones. ``meetings``: how many of the latest meetings are read (1 for "the
    last meeting")."""
    key = project_key.upper() if project_key else None
    if key and not visible_keys(ctx.session, ctx.scope, [key]):
        return ToolResult("action_items", {}, f"No visible project {key}.", error="not_found")
    if not key and not person:
        return ToolResult("action_items", {}, "Name a project or a person.",
                          error="invalid_arguments")
    one = meetings == 1
    every = commitments(ctx.session, ctx.scope, key, person, None,  # a person attends more
                        limit=(1 if one else 5) if key else 40)  # meetings than they act in
    latest = every[:MAX_ACTIONS]
    shown = f"the latest {len(latest)} of {len(every)}" if len(every) > len(latest) else str(
        len(latest))  # "what did Aisha commit to": never a cut list that reads as complete
    whose = f"{person}'s" if person else "The"
    where = (f" in the latest meeting of {link(key)}" if one else
             f" in the latest meetings of {link(key)}") if key else " in the latest meetings " \
        "that name them"
    if not latest:
        text = f"{whose} action items: none{where}."
        return ToolResult("action_items", {}, text, result={"subject": "documents",
                                                            "count": 0, "items": []})
    asked = {written_out(w) for w in about or [] if w.isalpha()}
    unsaid = ""
    if asked:
        said = [c for c in latest if 2 * len(asked & {written_out(w) for w in re.findall(
            r"[A-Za-z]+", c.item.text)}) >= len(asked)]
        if said:
            latest = said  # "who was supposed to book the release window": that item
        else:
            unsaid = ("None of the latest action items mentions " + " or ".join(
                f"“{w}”" for w in about or []) + ". ")
    still = [c for c in latest if c.item.open_on(ctx.today)]
    if open_only and still:
        found, head = still, f"{whose} open action items{where} ({len(still)}):"
    else:  # minutes do not say what was done: past their date is not done, so they are shown
        found = latest
        head = f"{whose} action items{where} ({shown})" + (
            ", none still open by its stated date:" if open_only else ":")
    lines = [unsaid + head]
    cites = []
    for c in found:
        passed = "" if c.item.open_on(ctx.today) else ", passed"
        by = f" by {day(c.item.due)}{passed}" if c.item.due else (
            f" ({c.item.due_text})" if c.item.due_text else "")
        who = "" if person else f"**{c.item.who or 'Someone'}** "
        lines.append(f"- {who}{c.item.what}{by}: {link(c.project_key)} *{c.title}* "
                     f"({day(c.date)})")
        cites.append(document_citation(c.project_key, c.title, c.date, c.doc_id,
                                       c.item.passage_id, c.item.text))
    return ToolResult("action_items", {}, "\n".join(lines), [asdict(c.item) for c in found],
                      cites, result={"subject": "documents", "count": len(found),
                                     "items": list(dict.fromkeys(c.project_key
                                                                 for c in found))})
