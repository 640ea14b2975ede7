"""The deterministic intent router: the common questions mapped to tool calls without a model.

It is also the first step when a model is running: the model then gets these exact facts and may
ask for more. Entities come from the question (project keys and names, portfolios, owners,
statuses, periods) and from the page ("this project" on a project page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from data import copilot_queries as cq
from data import queries
from data.scope import Scope
from models.copilot import forecast_tools

_KEY = re.compile(r"\b([A-Za-z][A-Za-z0-9]{0,11}-\d{1,6})\b")
_WEEKS = re.compile(r"\b(?:last|past|previous)\s+(\d{1,2})\s+weeks?\b")
_DAYS = re.compile(r"\b(?:next|within|in the next)\s+(\d{1,3})\s+days?\b")
_LATEST = re.compile(r"\b(?:last|latest|most recent|newest)\b")
_THIS_PROJECT = re.compile(r"\b(this|the current|current) project\b|\bthis one\b")

INTENTS: list[tuple[str, re.Pattern[str]]] = [
    ("over_allocated", re.compile(
        r"over[- ]?allocat|overbook|over[- ]capacity|overloaded|too much work")),
    ("at_risk", re.compile(
        r"\bat risk\b|\brisky?\b|will (?:be late|miss|slip)|going to (?:be late|miss|slip)"
        r"|likely to (?:be late|miss|slip)|miss (?:their|its|the) (?:due )?(?:date|deadline)")),
    ("late", re.compile(r"\blate\b|overdue|past (?:their |its |the )?due|behind schedule")),
    ("forecast", re.compile(
        r"forecast|when will\b.{0,40}\b(?:finish|be done|complete|ship|land)|finish date|"
        r"\bp85\b|chance\b.{0,30}\bon time|on[- ]time probability")),
    ("throughput", re.compile(
        r"throughput|velocity|(?:items|points|tasks|work)\b.{0,40}\b(?:finished|completed|"
        r"closed|delivered)|(?:finished|completed|closed|delivered)\b.{0,25}\b(?:items|points|"
        r"tasks)")),
    ("documents", re.compile(
        r"decid|decision|meeting|minutes|discuss|\bsaid\b|\bsay\b|mention|\bnotes?\b|\bspec|"
        r"document|agree|\bpropos(?:e|al|als)\b|suggest|talk")),
    ("summary", re.compile(
        r"overview|summary|summari[sz]e the portfolio|where do we stand|how are we doing|"
        r"portfolio status|headline")),
    ("projects", re.compile(
        r"how many\b.{0,60}\bprojects?|(?:which|what|list|show|find)\b.{0,40}\bprojects?|"
        r"projects?\b.{0,20}\b(?:are|with|in|owned|have)\b")),
    ("status", re.compile(
        r"status|progress|how is|how's|doing|due|deadline|owner|who owns|who runs|complete|"
        r"percent|%")),
]
_STATUS_WORDS = [("on_hold", r"on[- ]hold"), ("proposed", r"proposed"), ("active", r"active"),
                 ("cancelled", r"cancell?ed"), ("done", r"\b(?:done|completed|finished|closed)\b")]
_PRIORITY_WORDS = [("critical", r"critical"), ("high", r"high[- ]priority|\bhigh\b"),
                   ("medium", r"medium"), ("low", r"low[- ]priority|\blow\b")]
_PERIODS = [("next_month", r"next month"), ("this_month", r"this month"),
            ("next_week", r"next week"), ("this_week", r"this week")]
_KINDS = [("meeting_minutes", r"meeting|minutes"), ("status_note", r"status note"),
          ("spec", r"\bspecs?\b|specification")]


@dataclass
class Plan:
    """The intents found and the tool calls that answer them."""

    intents: list[str] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    project_keys: list[str] = field(default_factory=list)


def _first(patterns: list[tuple[str, str]], text: str) -> str | None:
    for value, pattern in patterns:
        if re.search(pattern, text):
            return value
    return None


def project_keys(session: Session, scope: Scope, question: str) -> list[str]:
    """Projects the question names: explicit keys first, then full project names."""
    keys = [k.upper() for k in _KEY.findall(question)]
    keys += [k.upper() for k in cq.projects_mentioned(session, scope, question)]
    return list(dict.fromkeys(keys))


_PORTFOLIO_WIDE = {"over_allocated", "at_risk", "late", "summary", "projects"}


def route(session: Session, scope: Scope, question: str,
          page_project: str | None = None) -> Plan:
    text = question.lower()
    plan = Plan(project_keys=project_keys(session, scope, question))
    plan.intents = [name for name, pattern in INTENTS if pattern.search(text)]
    intents = set(plan.intents)
    # On a project page "this project" means it, and so does a question naming no project
    # unless it is about the whole portfolio.
    if page_project and not plan.project_keys and (
            _THIS_PROJECT.search(text) or not intents & _PORTFOLIO_WIDE):
        plan.project_keys = [page_project.upper()]
    key = plan.project_keys[0] if plan.project_keys else None
    portfolio = next((name for _id, name in queries.portfolios(session, scope)
                      if re.search(rf"\b{re.escape(name.lower())}\b", text)), None)
    if "over_allocated" in intents:
        period = _first(_PERIODS, text) or "next_30_days"
        plan.calls.append(("over_allocated", {"period": period}))
    forecasts = forecast_tools.available(session, scope) if intents & {"at_risk",
                                                                        "forecast"} else False
    if "forecast" in intents and key:
        plan.calls.append(("project_forecast" if forecasts else "project_status",
                           {"project_key": key}))
    elif "at_risk" in intents or "forecast" in intents:
        days = _DAYS.search(text)
        if forecasts:
            plan.calls.append(("forecast_risks", {}))
        else:
            plan.calls.append(("at_risk_projects",
                               {"horizon_days": int(days.group(1))} if days else {}))
        plan.calls.append(("late_projects", {"portfolio": portfolio} if portfolio else {}))
    elif "late" in intents and not key:
        filters = _filters(session, scope, text, portfolio)
        if "how many" in text or set(filters) - {"portfolio"}:
            plan.calls.append(("find_projects", {**filters, "late": True}))
        else:
            plan.calls.append(("late_projects", filters))
    if "throughput" in intents:
        weeks = _WEEKS.search(text)
        args: dict[str, Any] = {"weeks": int(weeks.group(1)) if weeks else
                                (1 if "this week" in text else 4)}
        if key:
            args["project_key"] = key
        plan.calls.append(("throughput", args))
    counting_documents = "how many" in text and "documents" in intents
    if key and not plan.calls and ("documents" not in intents or counting_documents):
        plan.calls.extend(("project_status", {"project_key": k}) for k in plan.project_keys[:3])
    elif "documents" in intents and not (counting_documents and key):
        args = {"query": question[:500]}
        if key:
            args["project_key"] = key
        kind = _first(_KINDS, text)
        if kind:
            args["kind"] = kind
        if key and _LATEST.search(text):
            args["latest"] = True
        plan.calls.append(("search_documents", args))
    if not plan.calls and "projects" in intents:
        plan.calls.append(("find_projects", _filters(session, scope, text, portfolio)))
    if not plan.calls and "summary" in intents:
        plan.calls.append(("portfolio_summary", {}))
    if not plan.calls:
        plan.calls.append(("search_documents", {"query": question[:500]}))
    return plan


def _filters(session: Session, scope: Scope, text: str, portfolio: str | None) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    status = _first(_STATUS_WORDS, text)
    if status:
        filters["status"] = status
    priority = _first(_PRIORITY_WORDS, text)
    if priority:
        filters["priority"] = priority
    if portfolio:
        filters["portfolio"] = portfolio
    owners = cq.owners_mentioned(session, scope, text)
    if owners:
        filters["owner"] = owners[0]
    days = _DAYS.search(text)
    if days and re.search(r"\bdue\b", text):
        filters["due_within_days"] = int(days.group(1))
    return filters
