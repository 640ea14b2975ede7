"""What was decided, given as an action or raised as a risk across meetings: every one, not the
passages that best match the question.

"What risks came up in Devices meetings this month", "open actions from this week's meetings",
"which teams decided to use feature flags": the answer is a complete list read from every
visible minute in the scope and period (``meetings`` extracts the points the project page
shows), counted and cited, or the most often raised ones with how often. A search's top five
passages read as complete and are not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from data import document_queries
from data.project_queries import visible_keys
from models.copilot import meetings
from models.copilot.plan import span
from models.copilot.tools import (
    ToolContext,
    ToolResult,
    date_arg,
    day,
    document_citation,
    link,
    no_project,
    plural,
)
from models.copilot.words import written_out

KINDS = {"decisions": "decision", "actions": "action item", "risks": "risk"}
SHOWN = 25  # lines of one answer; the count says how many there are
COMMON = 5  # the most often raised shown


@dataclass(frozen=True)
class _Found:
    project_key: str
    doc_id: int
    title: str
    date: dt.date
    text: str  # the line as the answer writes it
    quote: str  # the sentence it was read from
    passage_id: str
    key: str  # what two mentions of the same point share
    who: str | None = None  # an action's owner
    due: dt.date | None = None  # the day an action is due, when the minutes say


def _same(text: str) -> str:
    """What two mentions of one point share: the point without who follows it up, in lower
    case ("translations are late for three languages; Rafael follows up.")."""
    return " ".join(re.findall(r"[a-z0-9]+", text.split(";")[0].lower()))


def _points(kind: str, row: document_queries.MeetingRow, ctx: ToolContext,
            open_only: bool) -> list[_Found]:
    date = row.created_at.date()
    out = []
    if kind == "actions":
        for item in meetings.action_items(row.body, row.id, date):
            if open_only and not item.open_on(ctx.today):
                continue
            by = f" by {day(item.due)}" if item.due else (
                f" ({item.due_text})" if item.due_text else "")
            out.append(_Found(row.project_key, row.id, row.title, date,
                              f"**{item.who or 'Someone'}** {item.what}{by}", item.text,
                              item.passage_id, _same(f"{item.who} {item.what}"), item.who,
                              item.due))
        return out
    extract = meetings.decisions if kind == "decisions" else meetings.risks
    for point in extract(row.body, row.id, limit=50):
        out.append(_Found(row.project_key, row.id, row.title, date, point.text, point.text,
                          point.passage_id, _same(point.text)))
    return out


@lru_cache(maxsize=20_000)
def _stem(word: str) -> str:
    """A word's stem ("approval", "approved" -> "approv"), so a topic said as a noun finds the
    point that says the verb (Snowball's English stemmer)."""
    return str(_STEMMER.stemWord(written_out(word)))


_STEMMER = snowballstemmer.stemmer("english")


def _says(found: _Found, about: set[str]) -> bool:
    """Every word of the topic is in the point ("feature flags": not "the feature store"), or
    all but one of a topic of three words or more ("3-D Secure"), compared by stem ("legal
    approval": "legal has not approved")."""
    words = {_stem(w) for w in re.findall(r"[A-Za-z0-9]+", found.quote)}
    asked = {_stem(w) for w in about}
    return len(asked & words) >= len(asked) - (1 if len(asked) >= 3 else 0)


def meeting_points(ctx: ToolContext, kind: str, project_key: str | None = None,
                   portfolio: list[str] | None = None, start: str | None = None,
                   end: str | None = None, about: list[str] | None = None,
                   open_only: bool = False, common: bool = False, due: bool = False
                   ) -> ToolResult:
    """Every decision, action item or risk (``kind``) minuted in the visible meetings of one
    project, of some portfolios or of all, written in the period; ``about``: only those that
    say the topic's words; ``common``: the most often raised, with how often; ``due``: the
    period is when action items are due, not when the meetings were held."""
    name = "meeting_points"
    if kind not in KINDS:
        return ToolResult(name, {}, f"Unknown kind {kind!r}.", error="invalid_arguments")
    key = project_key.upper() if project_key else None
    if key and not visible_keys(ctx.session, ctx.scope, [key]):
        return no_project(name, key)
    first, last = date_arg(start), date_arg(end)
    due = due and kind == "actions"
    if not due and last is not None and last > ctx.today:  # minutes are written by today
        last, end = ctx.today, ctx.today.isoformat()  # ("this month": so far)
    rows = document_queries.minutes_in(ctx.session, ctx.scope, project_key=key,
                                       portfolios=portfolio or (), start=None if due else first,
                                       end=min(last, ctx.today) if due and last else
                                       None if due else last)
    asked = {written_out(w) for t in about or [] for w in re.findall(r"[A-Za-z0-9]+", t)}
    found = [f for row in rows for f in _points(kind, row, ctx, open_only)
             if (not asked or _says(f, asked)) and (not due or f.due is not None and (
                 first is None or f.due >= first) and (last is None or f.due <= last))]
    noun = ("open " if open_only and kind == "actions" else "") + KINDS[kind]
    whose = f"{' and '.join(portfolio)} " if portfolio and not key else ""
    when = (f", due {span(start, end)}" if due else f", {span(start, end)}") if start or end \
        else ""
    topic = f" about “{' '.join(about or [])}”" if about else ""
    read = f" (the newest {len(rows)} read)" if len(rows) >= document_queries.MAX_MINUTES else ""
    if not found:
        where = f" of {link(key)}" if key else (f" of the {whose}projects" if whose else "")
        text = f"No {noun}s{topic} in the {plural(len(rows), 'meeting')}{where}{when}{read}."
        return ToolResult(name, {}, text, result={"subject": "documents", "count": 0,
                                                  "items": []})
    projects = list(dict.fromkeys(f.project_key for f in found))
    meetings_with = len({f.doc_id for f in found})
    of = f"of {link(key)}" if key else f"of {len(projects)} {whose}" + (
        "project" if len(projects) == 1 else "projects")
    head = (f"**{plural(len(found), noun)}{topic}** in {plural(meetings_with, 'meeting')} {of}"
            f"{when}{read}")
    if common:
        counts = Counter(key for key, _ in {(f.key, f.doc_id) for f in found})  # meetings
        firsts = {f.key: f for f in reversed(found)}  # the newest mention of each
        ranked = counts.most_common(COMMON)
        lines = [head + "; the most often raised:"]
        shown = [firsts[k] for k, _ in ranked]
        lines += [f"- {f.text.split(';')[0].rstrip('.')} — in {plural(n, 'meeting')} "
                  f"(latest {link(f.project_key)}, {day(f.date)})"
                  for f, (_, n) in zip(shown, ranked, strict=True)]
    elif about:  # "which projects decided to use feature flags", "when did we decide on X":
        # each project once, with its first and latest meeting that says it
        by_project: dict[str, list[_Found]] = {}
        for f in found:
            by_project.setdefault(f.project_key, []).append(f)
        earliest = min(found, key=lambda f: (f.date, f.doc_id))
        lines = [head + f"; first on {day(earliest.date)} ({link(earliest.project_key)}):"]
        shown = [fs[0] for fs in by_project.values()][:SHOWN]
        for f in shown:
            fs = by_project[f.project_key]
            dates = f"{day(fs[-1].date)} – {day(f.date)}" if len(fs) > 1 else day(f.date)
            lines.append(f"- {link(f.project_key)}: {plural(len(fs), 'meeting')} ({dates}) — "
                         f"“{f.text.rstrip('.')}”")
        if len(by_project) > SHOWN:
            lines.append(f"- … and {len(by_project) - SHOWN} more projects")
    else:
        shown = found[:SHOWN]
        lines = [head + ":"] + [f"- {f.text.rstrip('.')} — {link(f.project_key)} *{f.title}* "
                                f"({day(f.date)})" for f in shown]
        if len(found) > SHOWN:
            lines.append(f"- … and {len(found) - SHOWN} more")
    cites = [document_citation(f.project_key, f.title, f.date, f.doc_id, f.passage_id, f.quote)
             for f in shown]
    who = list(dict.fromkeys(f.who for f in found if f.who))  # "who has open actions"
    result = {"subject": "people", "count": len(found), "items": who} if kind == "actions" \
        else {"subject": "documents", "count": len(found), "items": projects}
    return ToolResult(name, {}, "\n".join(lines), [f.text for f in shown], cites,
                      result=result)
