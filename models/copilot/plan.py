"""The typed reading of a question: what it is about, how it is filtered and measured, the tool
calls that answer it, and the one line that says so ("Late projects in Data Platform, as of
17 Jun 2026").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from data.filters import PRIORITY_LABELS, STATUS_LABELS
from data.metrics import HEALTH_LABELS
from models.forecast_words import day as _day  # as the pages write it: "2 Jun 2029"

Call = tuple[str, dict[str, Any]]
KINDS = ("answer", "clarify", "refuse")
SUBJECTS = ("projects", "people", "work_items", "documents", "portfolios", "skills", "owners")
MEASURES = ("count", "list", "top", "groups", "value", "cause", "about", "text", "summary")


@dataclass
class Plan:
    """What the copilot understood; ``calls`` answer it (none for clarify and refuse)."""

    kind: str = "answer"
    subject: str = "projects"
    measure: str = "list"
    calls: list[Call] = field(default_factory=list)
    interpretation: str = ""
    message: str = ""  # what a clarification or a refusal says
    choices: list[str] = field(default_factory=list)  # labels of the readings offered
    rewrites: list[str] = field(default_factory=list)  # the question asked for each choice
    language: str = "en"
    corrections: list[tuple[str, str]] = field(default_factory=list)  # (typed, read as)
    project_keys: list[str] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)  # e.g. "forecast", "cause"
    resolved: str = ""  # the standalone question a follow-up was answered as
    confidence: float = 1.0  # the share of the question the plan accounts for (confidence.py)
    # a clarification between readings that can be run: when the data gives them one answer,
    # that answer is given (the question back only matters where they differ)
    readings: list[Plan] = field(default_factory=list)
    # the question to offer when the answer finds nothing: the same question with less in it
    # (a document search without the period it named)
    broader: str = ""
    # a question back about words that name nothing in the data, or a refusal of a thing the
    # documents may name: the search of the documents for passages that mention them, which
    # is the answer when it finds any
    in_documents: Plan | None = None
    # the second part of a two-part question this plan does not answer ("… and what are they
    # working on"): said under the answer, never dropped in silence (parts.py)
    unanswered: str = ""


def span(start: str | None, end: str | None) -> str:
    first = dt.date.fromisoformat(start) if start else None
    last = dt.date.fromisoformat(end) if end else None
    if first and last:
        return _day(first) if first == last else f"{_day(first)} – {_day(last)}"
    if first:
        return f"from {_day(first)}"
    if last:
        return f"until {_day(last)}"
    return ""


def describe_filters(args: dict[str, Any], noun: str = "projects") -> str:
    """'open critical projects in Data Platform owned by Ann, due 1 Jul – 30 Sep 2026'."""
    words: list[str] = []
    status = args.get("status") or []
    if status:
        words.append(" or ".join(STATUS_LABELS.get(s, s).lower() for s in status))
    health = args.get("health") or []
    if health:
        words.append(" or ".join(HEALTH_LABELS.get(h, h).lower() for h in health))
    priority = args.get("priority") or []
    if priority:
        words.append(" or ".join(PRIORITY_LABELS.get(p, p).lower() for p in priority)
                     + "-priority")
    out = " ".join([*words, noun])
    if args.get("keys"):
        out += " " + ", ".join(args["keys"])
    if args.get("no_due_date"):
        out += " without a due date"
    if args.get("finished") == "late":
        out += " finished after the due date"
    elif args.get("finished") == "on_time":
        out += " finished by the due date"
    elif args.get("finished") == "early":
        out += " finished before the due date"
    if args.get("search"):
        out += f" whose name has “{args['search']}”"
    if args.get("portfolio"):  # "every portfolio but one" is said by the reading's note
        names = args["portfolio"]
        out += " in " + (" and ".join(names) if len(names) <= 4 else f"{len(names)} portfolios")
    if args.get("owner"):
        out += " owned by " + " or ".join(args["owner"])
    for name, verb in (("due", "due"), ("completed", "completed"), ("started", "started"),
                       ("created", "created")):
        when = span(args.get(f"{name}_from"), args.get(f"{name}_to"))
        if when:
            out += f", {verb} {when}"
    if args.get("no_team"):
        out += " with nobody allocated today"
    if args.get("open_items_above") is not None:
        out += f", more than {args['open_items_above']} open work items"
    if args.get("open_items_below") is not None:
        out += f", fewer than {args['open_items_below']} open work items"
    below, least = args.get("progress_below"), args.get("progress_at_least")
    if below is not None:  # a bound nudged past a round share includes it: "at most 50%"
        out += f", {'at most' if round(below * 100) < below * 100 else 'under'} {below:.0%} done"
    if least is not None:  # "more than half done": over 50 %
        out += f", {'over' if round(least * 100) < least * 100 else 'at least'} {least:.0%} done"
    when = span(args.get("finish_from"), args.get("finish_to"))
    if when:
        out += f", expected to finish (P50) {when}"
    if args.get("finish_after_due"):
        out += ", expected to finish (P50) after the due date"
    if args.get("p85_after_due"):
        out += ", 85% sure only of a date after the due date (P85)"
    if args.get("p_below") is not None:
        out += f", under {args['p_below'] * 100:g}% chance of finishing on time"
    if args.get("p_at_least") is not None and args["p_at_least"] > 0:
        out += f", at least {args['p_at_least'] * 100:g}% chance of finishing on time"
    return out[:1].upper() + out[1:]
