"""The copilot's tools about what changed over a period: work items finished or added, points
done, scope added (from the daily snapshots) and documents written (``data.change_queries``),
for the projects the filters describe, in the viewer's scope."""

from __future__ import annotations

from typing import Any

from data import change_queries, queries
from data.filters import STATUS_LABELS
from models.copilot.tools import (
    KIND_WORDS,
    TIES_SHOWN,
    ToolContext,
    ToolResult,
    date_arg,
    day,
    document_citation,
    link,
    plural,
    project_citation,
    project_filters,
    tie_note,
    written_day,
)


def _where(args: dict[str, Any]) -> str:
    """Which projects the figure is of: their status when one is asked ("of open projects"),
    their portfolios or keys."""
    bits = []
    if args.get("status"):
        bits.append("of " + " or ".join(STATUS_LABELS.get(s, s).lower() for s in args["status"])
                    + " projects")
    if args.get("portfolio"):
        names = list(args["portfolio"])
        bits.append("in " + (", ".join(names[:-1]) + " and " if len(names) > 1 else "")
                    + names[-1])
    if args.get("keys"):
        bits.append("in " + ", ".join(link(k) for k in args["keys"]))
    return (" " + " ".join(bits)) if bits else ""


def work_items(ctx: ToolContext, event: str = "done", start: str | None = None,
               end: str | None = None, measure: str = "count", assignee: str | None = None,
               skill: str | None = None, kind: str | None = None, after_start: bool = False,
               unassigned: bool = False, **args: Any) -> ToolResult:
    """Work items finished (``event="done"``), added (``"created"``) or open and due by their
    own due date (``"due"``) in a period, or open now (``"open"``), in progress now
    (``"in_progress"``) or all of them (``"scope"``): how many, and their story points."""
    flt = project_filters(ctx, args)
    first, last = date_arg(start), date_arg(end)
    if event == "scope":
        count, points = change_queries.all_items(ctx.session, ctx.scope, ctx.today, flt, skill,
                                                 kind=kind, assignee=assignee)
        span = " in all (done or not: the whole scope)"
    elif event in ("open", "in_progress"):
        count, points = change_queries.open_items(ctx.session, ctx.scope, ctx.today, flt, skill,
                                                  started=event == "in_progress", kind=kind,
                                                  assignee=assignee, unassigned=unassigned)
        span = " open now" if event == "open" else " in progress now"
        span += ", unassigned" if unassigned else ""
    else:
        first = first or ctx.today
        last = last or ctx.today
        if event == "due":
            count, points = change_queries.items_due(
                ctx.session, ctx.scope, ctx.today, first, last, flt, skill=skill, kind=kind,
                assignee=assignee)
        elif event == "done":
            count, points = change_queries.items_finished(
                ctx.session, ctx.scope, ctx.today, first, last, flt, assignee=assignee,
                skill=skill, kind=kind)
        else:
            count, points = change_queries.items_created(ctx.session, ctx.scope, ctx.today,
                                                         first, last, flt, kind=kind,
                                                         after_start=after_start, skill=skill,
                                                         assignee=assignee)
        verb = {"done": "finished", "due": "open and due"}.get(event, "added")
        within = f" from {day(first)} to {day(last)}" if first.year > 1900 else \
            f" so far (to {day(last)})"  # every day so far: "points done on PRJ-0005"
        if after_start:  # every day so far (from 1900), or a period said as well
            whose = "the project" if len(args.get("keys") or ()) == 1 else "their project"
            span = f" {verb} after {whose} started" + (within if first.year > 1900 else "")
        else:
            span = f" {verb}{within}"
    who = (f" by {assignee}" if event == "done" else f" assigned to {assignee}"
           ) if assignee else ""
    who += f" needing {skill}" if skill else ""
    noun = {"feature": "feature", "backlog_item": "backlog item"}.get(kind or "", "work item")
    if measure == "points":
        text = f"**{points:,} story points**{span}{who}{_where(args)} ({plural(count, noun)})."
        result: dict[str, Any] = {"subject": "work_items", "value": points, "count": count}
    else:
        text = f"**{plural(count, noun)}**{span}{who}{_where(args)} ({points:,} points)."
        result = {"subject": "work_items", "count": count, "value": count}
    cites = [project_citation(k) for k in args.get("keys") or ()]
    return ToolResult("work_items", {}, text, {"items": count, "points": points}, cites,
                      result=result)


def rank_portfolios_by_items(ctx: ToolContext, event: str = "done", start: str | None = None,
                             end: str | None = None, k: int = 1, order: str = "desc",
                             measure: str = "count", **args: Any) -> ToolResult:
    """Portfolios ranked by the work items (or story points) they finished in a period
    (``event="done"``) or hold open now (``"open"``)."""
    flt = project_filters(ctx, args)
    first, last = date_arg(start) or ctx.today, date_arg(end) or ctx.today
    bounds = (first, last) if event == "done" else (None, None)
    done = change_queries.items_by_portfolio(ctx.session, ctx.scope, ctx.today, bounds[0],
                                             bounds[1], flt)
    at = 1 if measure == "points" else 0
    totals = {name: done.get(pid, (0, 0))[at] for pid, name in queries.portfolios(
        ctx.session, ctx.scope)}
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1] if order == "desc" else kv[1],
                                                    kv[0]))[:k]
    unit = "story point" if measure == "points" else "work item"
    span = f"finished from {day(first)} to {day(last)}" if event == "done" \
        else "open now"
    lines = [f"- {name}: {plural(n, unit)}" for name, n in ranked]
    text = (f"**{ranked[0][0]}** ({plural(ranked[0][1], unit)} {span})" if len(ranked) == 1
            else "\n".join([f"**{unit.capitalize()}s {span}, "
                             + ("per portfolio:**" if len(ranked) == len(totals) else
                                f"the {len(ranked)} portfolios with the "
                                f"{'most' if order == 'desc' else 'fewest'}:**"),
                            *lines])) if ranked else "No portfolio in view."
    return ToolResult("rank_portfolios_by_items", {}, text, dict(ranked), [],
                      result={"subject": "portfolios", "items": [n for n, _ in ranked],
                              "groups": dict(ranked)})


def scope_added(ctx: ToolContext, start: str, end: str, **args: Any) -> ToolResult:
    """Work items added to the projects' scope in a period, from the daily snapshots."""
    flt = project_filters(ctx, args)
    first, last = date_arg(start) or ctx.today, date_arg(end) or ctx.today
    added = change_queries.scope_added(ctx.session, ctx.scope, ctx.today, first, last, flt)
    span = (f"from {day(first)} to {day(last)}" if first.year > 1900
            else f"up to {day(last)} (since the start)")
    text = f"**{plural(added, 'work item')} added to scope** {span}{_where(args)}."
    cites = [project_citation(k) for k in args.get("keys") or ()]
    return ToolResult("scope_added", {}, text, {"items_added": added}, cites,
                      result={"subject": "work_items", "value": added, "count": added})


def rank_scope_added(ctx: ToolContext, start: str, end: str, k: int = 5,
                     **args: Any) -> ToolResult:
    """The projects with the most work items added to their scope in a period (every day so
    far from 1900), from the daily snapshots."""
    flt = project_filters(ctx, args)
    first, last = date_arg(start) or ctx.today, date_arg(end) or ctx.today
    found = change_queries.scope_added_by_project(ctx.session, ctx.scope, ctx.today, first,
                                                  last, flt, k + TIES_SHOWN)
    span = (f"from {day(first)} to {day(last)}" if first.year > 1900
            else "since each project started")
    top, after = found[:k], found[k:]
    if not top:
        return ToolResult("rank_scope_added", {}, f"No project had work items added to its "
                          f"scope {span}.", result={"subject": "projects", "items": []})
    lines = [f"**Most work items added to scope, {span}:**"] + [
        f"- {link(key)} {name}: {plural(n, 'work item')} added" for key, name, n in top]
    tied = [key for key, _name, n in after if n == top[-1][2]]
    text = "\n".join(lines) + tie_note([link(key) for key in tied],
                                       plural(top[-1][2], "work item"), "key")
    return ToolResult("rank_scope_added", {}, text, {key: n for key, _, n in top},
                      [project_citation(key, name) for key, name, _ in top],
                      result={"subject": "projects", "items": [key for key, _, _ in top]})


def status_reasons(ctx: ToolContext, status: str) -> ToolResult:
    """Why the projects on hold (or cancelled) are so: each one's latest note that says it,
    quoted and cited; those with no such note said apart."""
    notes = change_queries.status_change_notes(ctx.session, ctx.scope, status)
    said = {"on_hold": "put on hold", "cancelled": "cancelled"}[status]
    if not notes:
        return ToolResult("status_reasons", {}, f"No project you can see is {said}.",
                          result={"subject": "projects", "items": []})
    lines, cites = [f"**Why they were {said}** (each project's latest note that says so):"], []
    for n in notes:
        if n.doc_id is None:
            lines.append(f"- {link(n.key)} {n.name}: no note says why.")
            continue
        when = written_day(n.written.date().isoformat()) if n.written else ""
        lines.append(f"- {link(n.key)} {n.name}: “{n.sentence}” ({n.title}, {when})")
        cites.append(document_citation(n.key, n.title, when, n.doc_id, None, n.sentence))
    return ToolResult("status_reasons", {}, "\n".join(lines), {"projects": len(notes)}, cites,
                      result={"subject": "projects", "items": [n.key for n in notes]})


def documents(ctx: ToolContext, kind: str | None = None, start: str | None = None,
              end: str | None = None, **args: Any) -> ToolResult:
    """How many documents (of a kind, written in a period) the projects in view have."""
    flt = project_filters(ctx, args)
    n = change_queries.documents_written(ctx.session, ctx.scope, ctx.today, date_arg(start),
                                         date_arg(end), kind, flt)
    noun = KIND_WORDS.get(kind or "", "document")
    word = noun if noun == "meeting minutes" else plural(n, noun).split(" ", 1)[1]
    span = ""
    if start or end:
        span = (f" written from {written_day(start) if start else 'the start'} to "
                f"{written_day(end) if end else 'today'}")
    text = f"**{n} {word}**{span}{_where(args)}."
    cites = [project_citation(k) for k in args.get("keys") or ()]
    return ToolResult("documents", {}, text, {"documents": n}, cites,
                      result={"subject": "documents", "count": n})
