"""The tool registry: JSON schemas for Ollama's tool calling and a validating dispatcher.

The model chooses tools and arguments; it never chooses the scope, which comes from the request.
Arguments are validated against the schema before anything runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from data.schema import DOCUMENT_KINDS, PRIORITIES, STATUSES
from models.copilot import forecast_tools
from models.copilot.tools import (
    PERIODS,
    ToolContext,
    ToolResult,
    at_risk_projects,
    find_projects,
    late_projects,
    latest_documents,
    over_allocated,
    portfolio_summary,
    project_status,
    search_documents,
    throughput,
)
from models.copilot.validation import validate

KEY = {"type": "string", "maxLength": 32, "pattern": r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}",
       "description": "a project key such as PRJ-0007"}
LIMIT = {"type": "integer", "minimum": 1, "maximum": 50, "description": "how many rows"}

_STATUS = {"type": "string", "enum": [s[0] for s in STATUSES]}
_PRIORITY = {"type": "string", "enum": [p[0] for p in PRIORITIES]}
_KIND = {"type": "string", "enum": list(DOCUMENT_KINDS)}
_DATE = {"type": "string", "pattern": r"\d{4}-\d{2}-\d{2}", "description": "YYYY-MM-DD"}
_TEXT = {"type": "string", "maxLength": 120}


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    properties: dict[str, Any]
    run: Callable[..., ToolResult]
    required: tuple[str, ...] = ()

    @property
    def schema(self) -> dict[str, Any]:
        return {"type": "object", "properties": self.properties, "required": list(self.required),
                "additionalProperties": False}

    def spec(self) -> dict[str, Any]:
        """The tool as Ollama's chat API takes it."""
        return {"type": "function", "function": {"name": self.name,
                                                 "description": self.description,
                                                 "parameters": self.schema}}


TOOLS: dict[str, Tool] = {t.name: t for t in [
    Tool("find_projects", "Find and count projects by status, priority, portfolio, owner, "
         "lateness, name text or due within N days.",
         {"status": _STATUS, "priority": _PRIORITY, "portfolio": _TEXT, "owner": _TEXT,
          "late": {"type": "boolean"}, "text": _TEXT,
          "due_within_days": {"type": "integer", "minimum": 1, "maximum": 366},
          "limit": LIMIT}, find_projects),
    Tool("late_projects", "Open projects past their due date, most overdue first.",
         {"portfolio": _TEXT, "limit": LIMIT}, late_projects),
    Tool("project_status", "Status, dates, owner and progress of one project.",
         {"project_key": KEY}, project_status, ("project_key",)),
    Tool("at_risk_projects", "Projects likely to miss their date: due soon and behind schedule, "
         "with the reasons.",
         {"horizon_days": {"type": "integer", "minimum": 1, "maximum": 366}, "limit": LIMIT},
         at_risk_projects),
    Tool("over_allocated", "People allocated more than full time in a period.",
         {"period": {"type": "string", "enum": list(PERIODS)}, "start": _DATE, "end": _DATE,
          "limit": LIMIT}, over_allocated),
    Tool("throughput", "Work items and points finished per week, overall or for one project.",
         {"weeks": {"type": "integer", "minimum": 1, "maximum": 52}, "project_key": KEY},
         throughput),
    Tool("portfolio_summary", "Headline numbers of the whole portfolio and each team.", {},
         portfolio_summary),
    Tool("search_documents", "Search meeting minutes, status notes and specs for passages.",
         {"query": {"type": "string", "maxLength": 500}, "project_key": KEY, "kind": _KIND,
          "since": _DATE, "latest": {"type": "boolean", "description": "only the newest"},
          "limit": {"type": "integer", "minimum": 1, "maximum": 10}},
         search_documents, ("query",)),
    Tool("latest_documents", "The most recent documents, overall or of one project.",
         {"project_key": KEY, "kind": _KIND, "limit": LIMIT}, latest_documents),
    Tool("forecast_risks", "Open projects whose stored forecast gives them less than a 50% "
         "chance of finishing on time, with finish dates and the drivers.",
         {"limit": LIMIT}, forecast_tools.forecast_risks),
    Tool("project_forecast", "One project's forecast: chance of finishing on time, P50/P85/P95 "
         "finish dates and what drives them.", {"project_key": KEY},
         forecast_tools.project_forecast, ("project_key",)),
]}


def specs() -> list[dict[str, Any]]:
    return [tool.spec() for tool in TOOLS.values()]


def call(name: str, args: Any, ctx: ToolContext) -> ToolResult:
    """Validate, then run in the context's scope; problems come back as results, never raise."""
    tool = TOOLS.get(name)
    if tool is None:
        return ToolResult(name, {}, f"There is no tool called {name!r}.", error="unknown_tool")
    clean, errors = validate(tool.schema, args)
    if errors:
        return ToolResult(name, clean, "Invalid arguments: " + "; ".join(errors),
                          error="invalid_arguments")
    try:
        result = tool.run(ctx, **clean)
    except ValueError as exc:  # e.g. a date that matches the pattern but does not exist
        return ToolResult(name, clean, f"Invalid arguments: {exc}", error="invalid_arguments")
    result.args = clean
    return result
