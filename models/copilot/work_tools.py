"""The copilot's tool over one project's own work items: what is left, what is in progress,
what is due by a day, and who holds each (``data.detail_queries.project_items``, the query the
project page's table reads), with the project's count per status."""

from __future__ import annotations

import datetime as dt

from data import detail_queries as dq
from models.copilot.tools import (
    SHOWN,
    ToolContext,
    ToolResult,
    date_arg,
    day,
    link,
    no_project,
    plural,
)
from models.copilot.tools import project_citation as cite

STATES = {  # state asked: (statuses, words)
    "open": (("in_progress", "todo"), "open"),
    "in_progress": (("in_progress",), "in progress"),
    "todo": (("todo",), "to do"),
    "done": (("done",), "done"),
}
STATUS_WORDS = {"todo": "to do", "in_progress": "in progress", "done": "done"}
READ = 200  # items read for one answer; the count says how many there are


def _line(item: dq.ItemRow) -> str:
    due = f", due {day(item.due_at.date())}" if item.due_at else ""
    who = item.assignee or "unassigned"
    return (f"- {item.title} ({STATUS_WORDS.get(item.status, item.status)}, "
            f"{plural(item.points, 'point')}): {who}{due}")


def project_work(ctx: ToolContext, project_key: str, state: str = "open",
                 end: str | None = None, kind: str | None = None,
                 unassigned: bool = False) -> ToolResult:
    """One project's work items in a state (open: to do and in progress), in progress first
    and the soonest due first; with ``end``, only the open ones due by that day (those already
    overdue said apart). The first line counts the project's items per status."""
    key = project_key.upper()
    detail = dq.project_detail(ctx.session, ctx.scope, key, ctx.today)
    if detail is None:
        return no_project("project_work", project_key)
    statuses, words = STATES.get(state, STATES["open"])
    by = date_arg(end)
    if by is not None or state == "overdue":
        statuses, words = STATES["open"]
    if state == "overdue":  # past their own due dates: due by yesterday and still open
        by = ctx.today - dt.timedelta(days=1)
    per_status = {s.status: s for s in dq.items_by_status(ctx.session, ctx.scope, key)}
    total = sum(s.items for s in per_status.values())
    counts = ", ".join(f"{per_status[s].items} {STATUS_WORDS[s]}" for s in STATUS_WORDS
                       if s in per_status)
    head = f"{link(key)} {detail.name} has {plural(total, 'work item')}" + (
        f": {counts}." if total else ".")
    page = dq.project_items(ctx.session, ctx.scope, key, 1, READ, statuses=statuses, due_by=by,
                            kind=kind, unassigned=unassigned)
    noun = {"feature": "feature", "backlog_item": "backlog item"}.get(kind or "", "work item")
    items = sorted(page.items, key=lambda i: (by is None and i.status != "in_progress",
                                              i.due_at or dt.datetime.max, i.id))
    if unassigned:  # "any open items with nobody assigned?"
        noun = f"unassigned {noun}"
    overdue: list[dq.ItemRow] = []
    if by is not None and state != "overdue":
        overdue = [i for i in items if i.due_at and i.due_at.date() < ctx.today]
        items = [i for i in items if i not in overdue]
    points = sum(i.points for i in items)
    if state == "overdue":
        whose = "its" if len(items) == 1 else "their"
        what = (f"**{plural(len(items), f'open {noun}')} past {whose} own due date** "
                f"({plural(points, 'point')})")
    elif by is not None:
        what = (f"**{plural(len(items), f'open {noun}')} due from {day(ctx.today)} to "
                f"{day(by)}** ({plural(points, 'point')})")
    else:
        what = f"**{plural(page.total, f'{words} {noun}')}** ({plural(points, 'point')})"
    lines = [_line(i) for i in items[:SHOWN]]
    if len(items) > SHOWN:
        lines.append(f"- … and {len(items) - SHOWN} more")
    text = head + "\n\n" + "\n".join([what + (":" if items else "."), *lines])
    if overdue:
        text += (f"\n{plural(len(overdue), 'more open item')} "
                 f"{'was' if len(overdue) == 1 else 'were'} due before {day(ctx.today)} and "
                 f"{'is' if len(overdue) == 1 else 'are'} still open: "
                 + "; ".join(f"{i.title} ({day(i.due_at.date())})" for i in overdue
                             if i.due_at) + ".")
    if by is not None and state != "overdue" and detail.due_date and \
            ctx.today <= detail.due_date <= by:
        text += f"\nThe project itself is due on {day(detail.due_date)}."
    result = {"subject": "work_items", "count": len(items) if by is not None else page.total,
              "items": [i.title for i in items], "by_status": {
                  s: per_status[s].items for s in per_status}}
    return ToolResult("project_work", {}, text, {"items": len(items), "points": points},
                      [cite(key, detail.name)], result=result)


def project_holders(ctx: ToolContext, project_key: str, k: int = 1) -> ToolResult:
    """Who holds the most of one project's open work items (to do or in progress, assigned to
    them on that project), most first; unassigned ones counted apart."""
    key = project_key.upper()
    detail = dq.project_detail(ctx.session, ctx.scope, key, ctx.today)
    if detail is None:
        return no_project("project_holders", project_key)
    page = dq.project_items(ctx.session, ctx.scope, key, 1, READ,
                            statuses=STATES["open"][0])
    held: dict[str, list[int]] = {}
    for item in page.items:
        held.setdefault(item.assignee or "", []).append(item.points)
    unassigned = held.pop("", [])
    ranked = sorted(held.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1]), kv[0]))
    top = [kv for kv in ranked if len(kv[1]) >= len(ranked[min(k, len(ranked)) - 1][1])] \
        if ranked else []  # the top k, and whoever ties with the last of them
    lines = [f"- {name}: {plural(len(points), 'open work item')} ({plural(sum(points), 'point')})"
             for name, points in top]
    head = (f"**Open work items of {link(key)} {detail.name} by who holds them** "
            f"({plural(page.total, 'open item')} in all):")
    text = "\n".join([head, *lines]) if top else \
        f"No open work item of {link(key)} {detail.name} is assigned to anyone."
    if unassigned:
        verb = "is" if len(unassigned) == 1 else "are"
        text += f"\n{plural(len(unassigned), 'open item')} {verb} unassigned."
    result = {"subject": "people", "items": [name for name, _ in top]}
    return ToolResult("project_holders", {}, text, {n: len(p) for n, p in top},
                      [cite(key, detail.name)], result=result)


def project_skills(ctx: ToolContext, project_key: str) -> ToolResult:
    """The skills one project's open work items need, most story points first."""
    key = project_key.upper()
    detail = dq.project_detail(ctx.session, ctx.scope, key, ctx.today)
    if detail is None:
        return no_project("project_skills", project_key)
    found = dq.open_skills(ctx.session, ctx.scope, key)
    head = (f"**Skills the open work items of {link(key)} {detail.name} need** (most points "
            "first):")
    text = "\n".join([head] + [f"- {skill}: {plural(n, 'open item')}, "
                               f"{plural(points, 'point')}" for skill, n, points in found]) \
        if found else f"No open work item of {link(key)} {detail.name} names a skill."
    groups = {skill: points for skill, _n, points in found}
    return ToolResult("project_skills", {}, text, groups, [cite(key, detail.name)],
                      result={"subject": "skills", "items": list(groups), "groups": groups})
