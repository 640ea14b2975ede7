"""The copilot's tools: functions over ``data/`` queries, always run in the viewer's scope.

Each returns exact facts as data, a Markdown summary (the answer when no model is running) and
the citations that back it. Their JSON schemas and the validating dispatcher are in ``toolbox``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from data import copilot_queries as cq
from data import queries
from data.scope import Scope
from models.copilot.text import snippet

PERIODS = ("this_week", "next_week", "this_month", "next_month", "next_30_days")


@dataclass(frozen=True)
class Citation:
    kind: str  # "project" | "document"
    label: str
    href: str
    project_key: str
    doc_id: int | None = None
    passage_id: str | None = None
    snippet: str = ""


@dataclass
class ToolResult:
    name: str
    args: dict[str, Any]
    text: str
    data: Any = None
    citations: list[Citation] = field(default_factory=list)
    error: str | None = None

    @property
    def evidence(self) -> bool:
        """Whether this result backs an answer (an empty search does not; "0 late" does)."""
        return self.error is None and bool(self.citations or self.data)


@dataclass
class ToolContext:
    session: Session
    scope: Scope
    today: dt.date
    index: Any = None  # a DocumentIndex, when documents are indexed


def project_href(key: str) -> str:
    return f"/projects/{key}"


def link(key: str) -> str:
    return f"[{key}]({project_href(key)})"


def project_citation(key: str, name: str = "") -> Citation:
    return Citation("project", f"{key} {name}".strip(), project_href(key), key)


def period_dates(period: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """Calendar periods people say ("next month") as inclusive date ranges."""
    monday = today - dt.timedelta(days=today.weekday())
    first = today.replace(day=1)
    next_first = (first + dt.timedelta(days=32)).replace(day=1)
    after_next = (next_first + dt.timedelta(days=32)).replace(day=1)
    return {
        "this_week": (monday, monday + dt.timedelta(days=6)),
        "next_week": (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)),
        "this_month": (first, next_first - dt.timedelta(days=1)),
        "next_month": (next_first, after_next - dt.timedelta(days=1)),
    }.get(period, (today, today + dt.timedelta(days=30)))


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def _facts_line(f: cq.ProjectFacts) -> str:
    due = f.due_date.isoformat() if f.due_date else "no due date"
    late = f", {f.days_late} days late" if f.days_late else ""
    return f"- {link(f.key)} {f.name} — {f.status_label}, due {due}{late}"


def _listing(result: cq.ProjectList, noun: str, matching: str = "") -> tuple[str, list[Citation]]:
    shown = len(result.items)
    head = f"**{result.total} {noun}{'s' if result.total != 1 else ''}"
    head += f" matching {matching}**" if matching else "**"
    if result.total > shown:
        head += f" (showing {shown})"
    lines = [head + ("." if result.items else "")] + [_facts_line(f) for f in result.items]
    return "\n".join(lines), [project_citation(f.key, f.name) for f in result.items]


# --- the tools ----------------------------------------------------------------------------------


def find_projects(ctx: ToolContext, limit: int = 10, **filters: Any) -> ToolResult:
    flt = cq.ProjectFilters(**filters)
    result = cq.find_projects(ctx.session, ctx.scope, ctx.today, flt, limit)
    described = ", ".join(f"{k}={v}" for k, v in filters.items())
    text, cites = _listing(result, "project", described)
    return ToolResult("find_projects", {}, text, asdict(result), cites)


def late_projects(ctx: ToolContext, portfolio: str | None = None, limit: int = 10) -> ToolResult:
    flt = cq.ProjectFilters(late=True, portfolio=portfolio)
    result = cq.find_projects(ctx.session, ctx.scope, ctx.today, flt, limit)
    text, cites = _listing(result, "late project")
    return ToolResult("late_projects", {}, text, asdict(result), cites)


def project_status(ctx: ToolContext, project_key: str) -> ToolResult:
    d = cq.project_detail(ctx.session, ctx.scope, project_key, ctx.today)
    if d is None:
        return ToolResult("project_status", {}, f"No visible project has the key {project_key}.",
                          error="not_found")
    f = d.facts
    due = f.due_date.isoformat() if f.due_date else "none"
    late = f" — **{f.days_late} days late**" if f.days_late else ""
    text = "\n".join([
        f"**{link(f.key)} {f.name}** is **{f.status_label}** ({f.priority} priority, "
        f"portfolio {f.portfolio}, owner {f.owner or 'unassigned'}).",
        f"- Due date: {due}{late}",
        f"- Progress: {d.percent_done}% of points done ({d.points_done} of {d.points_total}); "
        f"{d.items_done} of {d.items_total} work items done, {d.items_total - d.items_done} open",
        f"- Documents: {d.documents}"
        + (f", latest {d.last_document.date().isoformat()}" if d.last_document else ""),
    ])
    data = asdict(d) | {"percent_done": d.percent_done}
    return ToolResult("project_status", {}, text, data, [project_citation(f.key, f.name)])


def at_risk_projects(ctx: ToolContext, horizon_days: int | None = None,
                     limit: int = 10) -> ToolResult:
    total, rows = cq.at_risk_projects(ctx.session, ctx.scope, ctx.today, horizon_days, limit)
    within = f" due in the next {horizon_days} days" if horizon_days else ""
    if not rows:
        text = f"No open project{within} is behind its schedule."
    else:
        head = f"**{plural(total, 'project')} at risk**{within} (behind schedule"
        head += f", showing the {len(rows)} furthest behind):" if total > len(rows) else "):"
        text = "\n".join([head] + [f"- {link(r.facts.key)} {r.facts.name}: "
                                   + "; ".join(r.reasons) for r in rows])
    data = {"horizon_days": horizon_days, "total": total, "projects": [asdict(r) for r in rows]}
    return ToolResult("at_risk_projects", {}, text, data,
                      [project_citation(r.facts.key, r.facts.name) for r in rows])


def over_allocated(ctx: ToolContext, period: str = "next_month", start: str | None = None,
                   end: str | None = None, limit: int = 20) -> ToolResult:
    first, last = period_dates(period, ctx.today)
    first = dt.date.fromisoformat(start) if start else first
    last = dt.date.fromisoformat(end) if end else last
    total, rows = cq.over_allocated(ctx.session, ctx.scope, first, last, limit)
    span = f"{first.isoformat()} to {last.isoformat()}"
    if not rows:
        text = f"Nobody is over-allocated from {span}."
    else:
        head = f"**{total} {'person' if total == 1 else 'people'} over-allocated** from {span}"
        head += f" (showing {len(rows)}, highest load first):" if total > len(rows) else ":"
        text = "\n".join([head] + [
            f"- {r.resource} ({r.role or 'no role'}): {r.peak_share * 100:.0f}% at peak, on "
            + ", ".join(link(k) for k in r.projects) for r in rows])
    cites = [project_citation(k) for r in rows for k in r.projects]
    data = {"start": first, "end": last, "total": total, "people": [asdict(r) for r in rows]}
    return ToolResult("over_allocated", {}, text, data, _unique(cites))


def throughput(ctx: ToolContext, weeks: int = 4, project_key: str | None = None) -> ToolResult:
    rows = cq.throughput(ctx.session, ctx.scope, ctx.today, weeks, project_key)
    items, points = sum(r.items for r in rows), sum(r.points for r in rows)
    where = f" in {link(project_key)}" if project_key else ""
    noun = "work item" if items == 1 else "work items"
    lines = [f"**{items} {noun} ({points} points) finished{where}** in the last "
             f"{len(rows)} weeks (this week included)."]
    lines += [f"- week of {r.week.isoformat()}: {r.items} items, {r.points} points" for r in rows]
    cites = [project_citation(project_key)] if project_key else []
    return ToolResult("throughput", {}, "\n".join(lines), [asdict(r) for r in rows], cites)


def portfolio_summary(ctx: ToolContext) -> ToolResult:
    k = queries.overview_kpis(ctx.session, ctx.scope, ctx.today)
    per = queries.portfolio_counts(ctx.session, ctx.scope, ctx.today)
    lines = [f"**{k.projects} projects**: {k.active} active, {k.late} late, "
             f"{k.done_this_month} done this month, {k.open_items} open work items."]
    lines += [f"- {p.portfolio}: {p.open} open, {p.late} late, {p.done} done" for p in per]
    return ToolResult("portfolio_summary", {}, "\n".join(lines),
                      {"kpis": asdict(k), "portfolios": [asdict(p) for p in per]})


def search_documents(ctx: ToolContext, query: str, project_key: str | None = None,
                     kind: str | None = None, since: str | None = None, latest: bool = False,
                     limit: int = 5) -> ToolResult:
    if ctx.index is None:
        return ToolResult("search_documents", {}, "Documents are not indexed yet.",
                          error="no_index")
    project_ids = None
    if project_key:
        project_ids = cq.project_ids(ctx.session, ctx.scope, [project_key])
        if not project_ids:
            return ToolResult("search_documents", {}, f"No visible project {project_key}.",
                              error="not_found")
    day = dt.date.fromisoformat(since) if since else None
    if latest:  # "the last meeting": only the most recent document of that kind
        newest = cq.latest_documents(ctx.session, ctx.scope, project_key, kind, 1)
        if newest:
            day = newest[0].created_at.date()
            limit = 1
    passages = ctx.index.search(query, ctx.scope, k=min(limit, 10), project_ids=project_ids,
                                kinds=[kind] if kind else None, since=day)
    if not passages:
        return ToolResult("search_documents", {}, "No document passage matches.", [], [])
    lines, cites = [], []
    for i, p in enumerate(passages, start=1):
        quote = snippet(p.text, query, ignore=f"{p.project_key} {p.title}")
        lines.append(f"{i}. {link(p.project_key)} *{p.title}* ({p.kind.replace('_', ' ')}, "
                     f"{p.date}): “{quote}”")
        cites.append(Citation("document", f"{p.project_key} · {p.title} ({p.date})",
                              f"{project_href(p.project_key)}?passage={p.id}", p.project_key,
                              p.doc_id, p.id, quote))
    return ToolResult("search_documents", {}, "\n".join(lines), [asdict(p) for p in passages],
                      cites)


def latest_documents(ctx: ToolContext, project_key: str | None = None, kind: str | None = None,
                     limit: int = 5) -> ToolResult:
    rows = cq.latest_documents(ctx.session, ctx.scope, project_key, kind, limit)
    if not rows:
        return ToolResult("latest_documents", {}, "No documents found.", [], [])
    text = "\n".join(f"- {r.created_at.date().isoformat()} {link(r.project_key)} *{r.title}* "
                     f"({r.kind.replace('_', ' ')})" for r in rows)
    cites = [Citation("document", f"{r.project_key} · {r.title}",
                      f"{project_href(r.project_key)}?doc={r.id}", r.project_key, r.id)
             for r in rows]
    return ToolResult("latest_documents", {}, text, [asdict(r) for r in rows], cites)


def _unique(cites: list[Citation]) -> list[Citation]:
    seen: dict[tuple, Citation] = {}
    for c in cites:
        seen.setdefault((c.kind, c.href), c)
    return list(seen.values())
