"""The tool registry: JSON schemas for Ollama's tool calling and a validating dispatcher.

The question's plan calls these tools, and so may a model; either way arguments are validated
against the schema before anything runs, and the scope comes from the request, never from the
arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from data.metrics import HEALTH
from data.queries import GROUPINGS
from data.schema import DOCUMENT_KINDS, PRIORITIES, STATUSES
from models.copilot import (
    causes,
    changes,
    document_tools,
    forecast_tools,
    glossary,
    meeting_tools,
    people_tools,
    tools,
    work_tools,
)
from models.copilot.tools import ToolContext, ToolResult
from models.copilot.validation import validate

KEY = {"type": "string", "maxLength": 32, "pattern": r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}",
       "description": "a project key such as PRJ-0007"}
LIMIT = {"type": "integer", "minimum": 1, "maximum": 50, "description": "how many rows"}
_DATE = {"type": "string", "pattern": r"\d{4}-\d{2}-\d{2}", "description": "YYYY-MM-DD"}
_TEXT = {"type": "string", "maxLength": 120}
_NAMES = {"type": "array", "items": _TEXT, "maxItems": 20}
_KIND = {"type": "string", "enum": list(DOCUMENT_KINDS)}
_STATUS = {"type": "array", "maxItems": 7, "items": {
    "type": "string", "enum": [s[0] for s in STATUSES] + ["open", "closed"]}}
_PRIORITY = {"type": "array", "maxItems": 4, "items": {
    "type": "string", "enum": [p[0] for p in PRIORITIES]}}
_HEALTH = {"type": "array", "maxItems": 4, "items": {"type": "string", "enum": list(HEALTH)}}
_SHARE = {"type": "number", "minimum": 0, "maximum": 1}
FILTERS: dict[str, Any] = {
    "status": _STATUS, "priority": _PRIORITY, "portfolio": _NAMES, "owner": _NAMES,
    "health": _HEALTH, "keys": {"type": "array", "items": KEY, "maxItems": 50},
    "due_from": _DATE, "due_to": _DATE, "completed_from": _DATE, "completed_to": _DATE,
    "started_from": _DATE, "started_to": _DATE, "created_from": _DATE, "created_to": _DATE,
    "p_below": _SHARE, "p_at_least": _SHARE,
    "no_due_date": {"type": "boolean"},
    "finish_from": _DATE, "finish_to": _DATE,  # the forecast's expected finish (P50 date)
    "no_team": {"type": "boolean", "description": "open projects nobody is allocated to today"},
    "open_items_above": {"type": "integer", "minimum": 0},
    "open_items_below": {"type": "integer", "minimum": 0},
    "progress_below": _SHARE, "progress_at_least": _SHARE,  # progress: points done over all
    "finish_after_due": {"type": "boolean",
                         "description": "open projects expected (P50) to finish after their due "
                                        "date"},
    "p85_after_due": {"type": "boolean",
                      "description": "open projects whose P85 date is after their due date"},
    "finished": {"type": "string", "enum": ["on_time", "early", "late"],
                 "description": "done projects finished on or before their due date, before "
                                "it (early), or after it (late)"},
    "search": {"type": "string", "maxLength": 100,
               "description": "words of the project's name, key or owner"},
}
_PERIOD = {"start": _DATE, "end": _DATE}


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
    Tool("projects", "List or count projects by status ('open', 'closed' or a status), priority, "
         "portfolio, owner, health (late, at_risk, on_track, closed), keys, due/completed/started/"
         "created date ranges and P(on time) bands.",
         {**FILTERS, "measure": {"type": "string", "enum": ["list", "count"]},
          "limit": {"type": "integer", "minimum": 1, "maximum": 1000},
          "show": {"type": "array", "items": {"type": "string", "enum": list(tools.COLUMNS)},
                   "maxItems": 5, "description": "more to write on each line"}},
         tools.projects),
    Tool("rank_projects", "The top k projects by a measure: days_overdue, p_on_time (lowest "
         "first), p_on_time_best, open_items, remaining_points, progress, progress_least, "
         "due_soonest.",
         {**FILTERS, "by": {"type": "string", "enum": list(tools.RANKINGS)}, "k": LIMIT},
         tools.rank_projects, ("by",)),
    Tool("count_projects_by", "How many projects fall in each portfolio, owner, status, "
         "priority or health (optionally only the groups named).",
         {**FILTERS, "by": {"type": "string", "enum": list(GROUPINGS)}, "only": _NAMES},
         tools.count_projects_by, ("by",)),
    Tool("rank_groups", "Portfolios or owners with the most (or fewest) projects matching the "
         "filters.",
         {**FILTERS, "group": {"type": "string", "enum": ["portfolio", "owner"]}, "k": LIMIT,
          "order": {"type": "string", "enum": ["desc", "asc"]}}, tools.rank_groups, ("group",)),
    Tool("define", "What a dashboard term means (late, at risk, load, free, P(on time), ...), "
         "quoted from the dashboard's definitions.",
         {"terms": {"type": "array", "items": _TEXT, "minItems": 1, "maxItems": 3}},
         glossary.define, ("terms",)),
    Tool("average_projects", "The average progress, chance of finishing on time or days "
         "overdue of the projects matching the filters, overall or per portfolio.",
         {**FILTERS, "measure": {"type": "string", "enum": list(tools.AVERAGE_WORDS)},
          "by": {"type": "string", "enum": ["", "portfolio"]},
          "order": {"type": "string", "enum": ["asc", "desc"]}}, tools.average_projects,
         ("measure",)),
    Tool("owners_of", "Who owns the projects matching the filters, with how many each "
         "(at_least: only owners of at least that many).",
         {**FILTERS, "at_least": {"type": "integer", "minimum": 1, "maximum": 1000}},
         tools.owners_of),
    Tool("portfolios_having", "Portfolios with none (or some) of the projects the filters "
         "describe; 'all': every portfolio the viewer sees.",
         {**FILTERS, "having": {"type": "string", "enum": ["none", "some", "all"]}},
         tools.portfolios_having),
    Tool("project_status", "Status, health, owner, due date and progress of one project.",
         {"project_key": KEY}, tools.project_status, ("project_key",)),
    Tool("project_work", "One project's own work items: the open ones (state='open'), or those "
         "in progress, to do or done, each with its assignee, points and due date, and the "
         "project's count per status; with end (a day), the open ones due by then.",
         {"project_key": KEY, "state": {"type": "string",
                                        "enum": [*work_tools.STATES, "overdue"]},
          "end": _DATE, "kind": {"type": "string", "enum": ["feature", "backlog_item"]},
          "unassigned": {"type": "boolean"}}, work_tools.project_work,
         ("project_key",)),
    Tool("project_skills", "The skills one project's open work items need, most story "
         "points first.", {"project_key": KEY}, work_tools.project_skills, ("project_key",)),
    Tool("project_holders", "Who holds the most of one project's open work items (on that "
         "project only), most first.", {"project_key": KEY, "k": LIMIT},
         work_tools.project_holders, ("project_key",)),
    Tool("project_field", "One fact of a project: owner, due_date, start_date, progress, "
         "priority or portfolio.",
         {"project_key": KEY, "field": {"type": "string", "enum": [
             "owner", "due_date", "start_date", "completed", "progress", "priority",
             "portfolio", "status"]}},
         tools.project_field, ("project_key", "field")),
    Tool("project_forecast", "A project's forecast: p_on_time (chance of finishing by the due "
         "date) or the p50_date (expected), p85_date, p95_date finish dates.",
         {"project_key": KEY, "field": {"type": "string", "enum": list(forecast_tools.FIELDS)},
          "agreement": {"type": "boolean", "description": "also say whether the chance and the "
                        "simulated dates agree"}},
         forecast_tools.project_forecast, ("project_key",)),
    Tool("capacity", "Weekly capacity in hours from the resource list: of the people named, or "
         "added up over the people with the skills, roles or portfolio given.",
         {"people": _NAMES, "skills": _NAMES, "roles": _NAMES, "portfolio": _TEXT},
         people_tools.capacity),
    Tool("forecast_disagreements", "Open projects whose chance of finishing on time and "
         "simulated finish dates disagree (P(on time) at least 50% but the P50 date after the "
         "due date, or the reverse).",
         {"portfolio": _NAMES, "limit": LIMIT}, forecast_tools.forecast_disagreements),
    Tool("forecast_risks", "Open projects at risk, least likely to finish on time first.",
         {"limit": LIMIT}, forecast_tools.forecast_risks),
    Tool("forecast_trust", "How many open projects have a stored forecast, by how far to trust "
         "it (high, medium, low; late ones apart), or the number with one trust word.",
         {"trust": {"type": "string", "enum": list(forecast_tools.TRUST_WORDS)}},
         forecast_tools.forecast_trust),
    Tool("documents_mentioning", "Every document (of a kind, in a period) that mentions a "
         "phrase, counted and grouped by project: which projects or meetings raised, discussed "
         "or mentioned something.",
         {"phrase": {"type": "string", "maxLength": 120},
          "kind": _KIND, "start": _DATE, "end": _DATE},
         document_tools.documents_mentioning, ("phrase",)),
    Tool("share_projects_by", "Per portfolio (or priority, status, owner), the share of the "
         "'base' projects that are also 'part' (filters of each), with both counts.",
         {"by": {"type": "string", "enum": ["portfolio", "priority", "status", "owner"]},
          "part": {"type": "object", "properties": FILTERS},
          "base": {"type": "object", "properties": FILTERS}},
         tools.share_projects_by, ("by", "part", "base")),
    Tool("forecast_model", "The forecast model in use: when it was trained, on how many "
         "settled projects, and its measured accuracy on projects it did not see.", {},
         forecast_tools.forecast_model),
    Tool("on_time_rate", "The on-time rate: of the projects whose due date has passed (done, "
         "or open and so late), the share finished by it; by='portfolio' for each portfolio's "
         "(worst first; order='desc': best first).",
         {"by": {"type": "string", "enum": ["", "portfolio", "owner"]},
          "order": {"type": "string", "enum": ["asc", "desc"]}, **FILTERS},
         forecast_tools.on_time_rate),
    Tool("why", "Why a project is late or at risk: scope growth, pace, team changes, stuck "
         "work and the forecast's drivers, with numbers.", {"project_key": KEY}, causes.why,
         ("project_key",)),
    Tool("portfolio_summary", "Headline numbers of the whole portfolio and each team.", {},
         tools.portfolio_summary),
    Tool("people", "List or count people by skills, role, the project they work on today, "
         "the portfolio whose projects they work on today, over-allocated, not "
         "over-allocated (peak load at most 100%), free (no allocation) or with room (peak "
         "load under 100%) in a period.",
         {"measure": {"type": "string", "enum": ["list", "count"]}, "skills": _NAMES,
          "roles": _NAMES, "portfolio": {"type": "string"},
          "works_on": KEY, "over_allocated": {"type": "boolean"}, "free": {"type": "boolean"},
          "room": {"type": "boolean"}, "not_over": {"type": "boolean"},
          "changing": {"type": "string", "enum": ["", "starting", "ending"]},
          "load_below": {"type": "number", "minimum": 0, "maximum": 10},
          "load_above": {"type": "number", "minimum": 0, "maximum": 10},
          "projects_at_least": {"type": "integer", "minimum": 1, "maximum": 1000},
          **_PERIOD}, people_tools.people),
    Tool("average_load", "The mean load of people in a period (peak share of capacity, 0 % "
         "for no allocation), of everyone or of those with the skills, role, project or "
         "portfolio given; per portfolio with by='portfolio'.",
         {**_PERIOD, "skills": _NAMES, "roles": _NAMES, "portfolio": {"type": "string"},
          "works_on": KEY, "by": {"type": "string", "enum": ["", "portfolio"]}},
         people_tools.average_load),
    Tool("people_by_role", "How many people have each role (only the over-allocated in a "
         "period, when asked), most first.", {"over_allocated": {"type": "boolean"}, **_PERIOD},
         people_tools.people_by_role),
    Tool("over_allocated_by_portfolio", "How many of each portfolio's people are "
         "over-allocated in a period, the k with the most (order='asc': the fewest) first.",
         {"k": LIMIT, "order": {"type": "string", "enum": ["desc", "asc"]}, **_PERIOD},
         people_tools.over_allocated_by_portfolio),
    Tool("headcount_by_portfolio", "How many people each portfolio's projects have today; "
         "the k with the most (order='asc': the fewest) when k is given; only the portfolios "
         "named in portfolio when given.",
         {"k": LIMIT, "order": {"type": "string", "enum": ["desc", "asc"]},
          "portfolio": {"type": "array", "items": _TEXT, "maxItems": 20}},
         people_tools.headcount_by_portfolio),
    Tool("free_from", "The first day from today on which a person has no allocation.",
         {"person": _TEXT}, people_tools.free_from, ("person",)),
    Tool("on_closed_projects", "People still allocated (allocations not ended by today) to "
         "projects that are done or cancelled.", {}, people_tools.on_closed_projects),
    Tool("project_team", "Who is allocated to a project today (owner: when the question names "
         "the project by its owner, e.g. 'Petrov's project').",
         {"project_key": KEY, "owner": _TEXT},
         people_tools.project_team, ("project_key",)),
    Tool("person_work", "The projects a person works on today (only the portfolio's, when "
         "given) and their load this week.",
         {"person": _TEXT, "portfolio": _TEXT}, people_tools.person_work, ("person",)),
    Tool("person_load", "People's load (peak share of capacity) in a period (default this "
         "week).", {"people": _NAMES, **_PERIOD}, people_tools.person_load, ("people",)),
    Tool("rank_people", "The most loaded people in a period (by='load'), or the people on the "
         "most projects today (by='projects'), with the most open work items assigned "
         "(by='open_items') or who finished the most in the period (by='done_items'); "
         "order='asc' for the least loaded or the fewest; only those with the skills, roles, on "
         "the project (works_on) or the portfolio's projects today.",
         {"k": LIMIT, **_PERIOD, "by": {"type": "string",
                                        "enum": ["load", "projects", "open_items",
                                                 "done_items"]},
          "works_on": KEY, "order": {"type": "string", "enum": ["desc", "asc"]},
          "skills": _NAMES, "roles": _NAMES, "portfolio": {"type": "string"}},
         people_tools.rank_people),
    Tool("person_skills", "The skills a person lists; with ``asked``, whether they list those.",
         {"person": _TEXT, "asked": _NAMES}, people_tools.person_skills, ("person",)),
    Tool("skills", "Skills by supply (by='people') or demand (by='demand': open work items "
         "needing them): a ranking, or the numbers of the skills named.",
         {"by": {"type": "string", "enum": ["people", "demand", "per_person"]}, "k": LIMIT,
          "only": _NAMES,
          "order": {"type": "string", "enum": ["desc", "asc"]}}, people_tools.skills),
    Tool("work_items", "Work items finished (event='done'), added ('created') or open and due "
         "by their own due date ('due') in a period, or open now ('open'), in progress now "
         "('in_progress') or all of them, done or not ('scope'): count or story points, for "
         "the projects the filters describe.",
         {**FILTERS, **_PERIOD, "event": {"type": "string", "enum": ["done", "created", "due",
                                                                    "open", "in_progress",
                                                                    "scope"]},
          "measure": {"type": "string", "enum": ["count", "points"]}, "assignee": _TEXT,
          "skill": _TEXT, "kind": {"type": "string", "enum": ["feature", "backlog_item"]},
          "after_start": {"type": "boolean"}, "unassigned": {"type": "boolean"}},
         changes.work_items),
    Tool("rank_portfolios_by_items", "Portfolios ranked by the work items (measure='count') "
         "or story points ('points') they finished in a period (event='done') or hold open now "
         "('open').",
         {**FILTERS, **_PERIOD, "k": LIMIT, "order": {"type": "string", "enum": ["desc", "asc"]},
          "measure": {"type": "string", "enum": ["count", "points"]},
          "event": {"type": "string", "enum": ["done", "open"]}},
         changes.rank_portfolios_by_items),
    Tool("scope_added", "Work items added to the projects' scope in a period (snapshots).",
         {**FILTERS, **_PERIOD}, changes.scope_added, ("start", "end")),
    Tool("status_reasons", "Why the projects on hold (or cancelled) are so: each one's "
         "latest note that says it, quoted.",
         {"status": {"type": "string", "enum": ["on_hold", "cancelled"]}},
         changes.status_reasons, ("status",)),
    Tool("rank_scope_added", "The projects with the most work items added to their scope in a "
         "period (snapshots), most first.", {**FILTERS, **_PERIOD, "k": LIMIT},
         changes.rank_scope_added, ("start", "end")),
    Tool("documents", "How many documents (of a kind, written in a period) projects have.",
         {**FILTERS, **_PERIOD, "kind": _KIND}, changes.documents),
    Tool("search_documents", "Search meeting minutes, status notes and specs for passages "
         "(of one project, or of one portfolio's projects).",
         {"query": {"type": "string", "maxLength": 500}, "project_key": KEY, "kind": _KIND,
          "portfolio": {"type": "string", "maxLength": 200},
          **_PERIOD, "limit": {"type": "integer", "minimum": 1, "maximum": 10},
          "mentioning": {"type": "array", "items": _TEXT, "maxItems": 5,
                         "description": "words or phrases every passage must contain"},
          "closest": {"type": "boolean", "description": "when no passage contains them all, "
                      "the passages that contain most of them, saying which are missing"},
          "hedge": {"type": "boolean", "description": "the passages that match the query "
                    "best, saying which words of 'mentioning' none of them has"},
          "any_of": {"type": "array", "items": _TEXT, "maxItems": 80,
                     "description": "words of which every passage must contain one"},
          "newest_first": {"type": "boolean", "description": "order what is found by date"}},
         document_tools.search_documents, ("query",)),
    Tool("latest_document", "The newest document of a project (of a kind, written in a "
         "period), quoting the lines that answer the question.",
         {"project_key": KEY, "query": {"type": "string", "maxLength": 500}, "kind": _KIND,
          **_PERIOD},
         document_tools.latest_document, ("project_key",)),
    Tool("action_items", "Action items minuted in a project's latest meetings, or a person's "
         "(who will do what, by when); open_only drops those past their date; about keeps "
         "those that say the task's words.",
         {"project_key": KEY, "person": _TEXT, "open_only": {"type": "boolean"},
          "about": {"type": "array", "items": _TEXT, "maxItems": 6},
          "meetings": {"type": "integer", "minimum": 1, "maximum": 5}},
         document_tools.action_items),
    Tool("meeting_points", "Every decision, action item or risk minuted in the meetings of "
         "one project, of some portfolios' projects or of all, written in a period (start, "
         "end); about: only those that say the topic's words; open_only: actions not past "
         "their date; common: the most often raised, with how often.",
         {"kind": {"type": "string", "enum": list(meeting_tools.KINDS)}, "project_key": KEY,
          "portfolio": _NAMES, **_PERIOD, "about": {"type": "array", "items": _TEXT,
                                                    "maxItems": 6},
          "open_only": {"type": "boolean"}, "common": {"type": "boolean"},
          "due": {"type": "boolean", "description": "the period is when actions are due"}},
         meeting_tools.meeting_points, ("kind",)),
    Tool("latest_documents", "The most recent documents, overall or of one project.",
         {"project_key": KEY, "kind": _KIND, "limit": LIMIT}, document_tools.latest_documents),
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
