""""Which projects raised X", "which meetings discussed X", "which status notes mention X":
every document that says X, counted by project (``document_tools.documents_mentioning``).

Read as a passage search they got the five best passages, presented as if they were the list
asked for (the true lists held 12 to 18 projects).
"""

from __future__ import annotations

import datetime as dt
import re

from models.copilot import periods
from models.copilot.plan import Plan, span

_WHICH = re.compile(
    r"^\s*(?:which|what|list(?:\s+the)?|show(?:\s+me)?(?:\s+the)?|how\s+many)\s+(?P<noun>projects?|"
    r"meetings?|minutes|syncs?|status\s+notes?|notes|specs?|documents?|docs)\s+(?:have\s+|has\s+|"
    r"had\s+|did\s+|that\s+|where\s+(?:we|they|the\s+team)\s+)?(?P<verb>raised?|raising|"
    r"discuss(?:ed|es)?|mention(?:ed|s)?|talk(?:ed|s)?\s+about|brought\s+up|bring\s+up|"
    r"flag(?:ged|s)?|cover(?:ed|s)?|refer(?:red|s)?\s+to|came\s+up\s+with)\s+(?P<what>.+?)"
    r"\s*(?:\bas\s+an?\s+(?:risk|issue|concern|blocker|problem)\b.*|\bin\s+(?:the\s+|their\s+|"
    r"its\s+)?(?:meetings?|minutes|syncs?|notes|status\s+notes|documents?)\b.*|\b(?:this|last|"
    r"since|in|during|before|after)\s+\w+.*|[?.!]*)$", re.IGNORECASE)
_KINDS = {"meeting": "meeting_minutes", "minute": "meeting_minutes", "sync": "meeting_minutes",
          "status": "status_note", "spec": "spec"}
_TRAILING = re.compile(r"\s+(?:risks?|issues?|concerns?|blockers?|problems?|topics?)$",
                       re.IGNORECASE)  # "raised the GPU capacity risk": the risk is the phrase
_LEADING = re.compile(r"^(?:the|a|an|any|our|their|its)\s+", re.IGNORECASE)


def plan_for(question: str, today: dt.date, plan: Plan) -> Plan | None:
    """Every document that says what is asked about, instead of the best passages (or a
    question back about words the data does not name)."""
    m = _WHICH.match(question)
    if m is None or plan.kind == "answer" and not any(
            name == "search_documents" for name, _args in plan.calls):
        return None
    what = _TRAILING.sub("", _LEADING.sub("", m["what"].strip(" ?.!\"'“”")))
    if not 2 <= len(what) <= 80 or len(what.split()) > 6:
        return None
    said = question.lower()
    kind = next((code for word, code in _KINDS.items() if word in m["noun"].lower()), None)
    if kind is None and re.search(r"\b(?:meetings?|minutes|syncs?)\b", said):
        kind = "meeting_minutes"
    args: dict[str, str] = {"phrase": what}
    if kind:
        args["kind"] = kind
    searched = next((a for name, a in plan.calls if name == "search_documents"), {})
    args.update({k: searched[k] for k in ("start", "end") if searched.get(k)})
    if periods.find(question[m.end("what"):], today) and not ("start" in args or "end" in args):
        return None  # a period said that the search did not read: not dropped in silence
    where = {"meeting_minutes": "meeting minutes", "status_note": "status notes",
             "spec": "specs"}.get(kind or "", "documents")
    return Plan(kind="answer", subject="documents", measure="list",
                calls=[("documents_mentioning", args)],
                interpretation=f"Every one of the {where} you can see that mentions “{what}”"
                               f"{_between(args)}, by project, as of {today.day} {today:%b %Y}")


def _between(args: dict[str, str]) -> str:
    """", written 1 May 2026 – 31 May 2026": the period the documents were written in."""
    if not args.get("start") and not args.get("end"):
        return ""
    return f", written {span(args.get('start'), args.get('end'))}"
