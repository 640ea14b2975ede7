"""The copilot's tools over projects: the same ``data/`` queries the pages use, in the viewer's
scope.

Every tool returns a ``ToolResult``: the structured ``result`` (``subject``, ``count``,
``items``, ``value``, ``groups``) the answer is made of, a short Markdown text, and the
citations that back it. Their JSON schemas and the validating dispatcher are in ``toolbox``; the
people, change, cause, forecast and document tools live beside this module.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from data import metrics, queries
from data.filters import ProjectFilters
from data.project_queries import (
    ListExtras,
    ProjectRow,
    iter_projects,
    list_extras,
    project_page,
    workloads,
)
from data.scope import Scope
from models import forecast_words
from models.copilot.plan import describe_filters

MAX_ITEMS = 1000  # a list answer carries every match up to this many
SHOWN = 12  # lines of a list shown in the text
OPEN_CODES = metrics.OPEN_CODES
CLOSED_CODES = metrics.CLOSED_CODES


@dataclass(frozen=True)
class Citation:
    kind: str  # "project" | "document"
    label: str
    href: str
    project_key: str
    doc_id: int | None = None
    passage_id: str | None = None
    snippet: str = ""


# a tool's error when nothing was written in the period asked (the answer offers every date)
NONE_IN_PERIOD = "none_in_period"


@dataclass
class ToolResult:
    name: str
    args: dict[str, Any]
    text: str
    data: Any = None
    citations: list[Citation] = field(default_factory=list)
    error: str | None = None
    result: dict[str, Any] = field(default_factory=dict)

    @property
    def evidence(self) -> bool:
        """Whether this result backs an answer (an empty search does not; "0 late" does)."""
        return self.error is None and bool(self.citations or self.data or self.result)


@dataclass
class ToolContext:
    session: Session
    scope: Scope
    today: dt.date
    index: Any = None  # a DocumentIndex, when documents are indexed
    open_index: Callable[[], Any] | None = None  # opens it when it is not open yet
    # the metrics of the forecast model in use (``models.registry``), when one is trained here
    model_metrics: Callable[[], dict[str, Any] | None] | None = None

    def document_index(self) -> Any:
        """The document index, opened now when it is not yet: the first document question
        after a start waits for it (seconds) instead of finding nothing; until the vectors
        are synced it answers from word search, and says so."""
        if self.index is None and self.open_index is not None:
            self.index = self.open_index()
        return self.index


def project_href(key: str) -> str:
    return f"/projects/{key}"


# what each kind of document is called in an answer
KIND_WORDS = {"meeting_minutes": "meeting minutes", "status_note": "status note", "spec": "spec"}


def document_href(doc_id: int, passage: str | None = None) -> str:
    """The document view (pages/document.py), at a passage when one is given."""
    return f"/documents/{int(doc_id)}" + (f"?passage={passage}" if passage else "")


def link(key: str) -> str:
    return f"[{key}]({project_href(key)})"


def project_citation(key: str, name: str = "") -> Citation:
    return Citation("project", f"{key} {name}".strip(), project_href(key), key)


def document_citation(key: str, title: str, day: object, doc_id: int, passage: str | None,
                      quote: str = "") -> Citation:
    """A document of project ``key`` cited at ``passage`` (the document view opens there)."""
    return Citation("document", f"{key} · {title} ({day})", document_href(doc_id, passage), key,
                    doc_id, passage, quote)


def no_project(tool: str, project_key: str) -> ToolResult:
    """A tool's answer for a key the viewer cannot see (or that does not exist: the same)."""
    return ToolResult(tool, {}, f"No visible project has the key {project_key}.",
                      error="not_found")


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def pct(p: float | None) -> str:
    return "unknown" if p is None else f"{p * 100:.0f}%"


def day(d: dt.date | None) -> str:
    """A day in an answer, as the pages write it: "2 Jun 2029" (``models.forecast_words.day``;
    tool arguments and results keep ISO for the model and the benchmark)."""
    return forecast_words.day(d) if d else "no date"


def written_day(value: str | None) -> str:
    """A day kept as ISO text (a passage's metadata), as an answer writes it."""
    try:
        return day(dt.date.fromisoformat((value or "")[:10]))
    except ValueError:
        return value or "no date"


def date_arg(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- filters as tool arguments --------------------------------------------------------------

FILTER_ARGS = ("status", "priority", "portfolio", "owner", "health", "keys", "due_from",
               "due_to", "completed_from", "completed_to", "started_from", "started_to",
               "created_from", "created_to", "p_below", "p_at_least", "search",
               "no_due_date")


def project_filters(ctx: ToolContext, args: dict[str, Any]) -> ProjectFilters:
    """Tool arguments (codes, names, ISO dates) as the pages' ``ProjectFilters``; "open" and
    "closed" stand for their statuses, portfolio names become the viewer's portfolio ids (a
    portfolio the viewer may not see matches nothing)."""
    status: list[str] = []
    for s in args.get("status") or ():
        status += OPEN_CODES if s == "open" else CLOSED_CODES if s == "closed" else [s]
    portfolio_ids: tuple[int, ...] = ()
    if args.get("portfolio"):
        known = {name.lower(): pid for pid, name in queries.portfolios(ctx.session, ctx.scope)}
        portfolio_ids = tuple(known.get(n.lower(), -1) for n in args["portfolio"])
    return ProjectFilters(
        status=tuple(dict.fromkeys(status)), priority=tuple(args.get("priority") or ()),
        portfolio=portfolio_ids, owner=tuple(args.get("owner") or ()),
        health=tuple(args.get("health") or ()), keys=tuple(k.upper() for k in
                                                           args.get("keys") or ()),
        due_from=date_arg(args.get("due_from")), due_to=date_arg(args.get("due_to")),
        completed_from=date_arg(args.get("completed_from")),
        completed_to=date_arg(args.get("completed_to")),
        started_from=date_arg(args.get("started_from")),
        started_to=date_arg(args.get("started_to")),
        created_from=date_arg(args.get("created_from")),
        created_to=date_arg(args.get("created_to")),
        p_below=args.get("p_below"), p_at_least=args.get("p_at_least"),
        search=str(args.get("search") or ""), no_due_date=bool(args.get("no_due_date")),
        finished=str(args.get("finished") or "") if args.get("finished") in (
            "on_time", "early", "late") else "", finish_from=date_arg(args.get("finish_from")),
        finish_to=date_arg(args.get("finish_to")),
        finish_after_due=bool(args.get("finish_after_due")),
        p85_after_due=bool(args.get("p85_after_due")),
        open_items_above=_count_arg(args.get("open_items_above")),
        open_items_below=_count_arg(args.get("open_items_below")),
        progress_below=_share_arg(args.get("progress_below")),
        progress_at_least=_share_arg(args.get("progress_at_least")),
        no_team=bool(args.get("no_team")))


def _share_arg(value: Any) -> float | None:
    """A share from 0 to 1 (a progress bound), or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return min(max(float(value), 0.0), 1.0)


def _count_arg(value: Any) -> int | None:
    """A bound on a count from a tool call (a model may send "20"): a whole number >= 0."""
    try:
        return max(0, int(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


# what a project list may write on each line beyond its status, health, due date, chance and
# owner ("open Mobile Apps projects and their P85 dates")
def _finished(row: ProjectRow, extra: ListExtras | None) -> str:
    """"finished 12 days late" / "finished 3 days early" / "finished on its due date" of a done
    project ("" for an open one, whose line says its days late already)."""
    gap = metrics.days_finished_late(extra.completed_at, row.due_date) if extra else None
    if gap is None:
        return ""
    return (f"finished {plural(gap, 'day')} late" if gap > 0 else
            f"finished {plural(-gap, 'day')} early" if gap < 0 else "finished on its due date")


COLUMNS: dict[str, Callable[[ProjectRow, ListExtras | None], str]] = {
    "progress": lambda row, _x: f"{row.progress:.0%} done",
    "p85": lambda row, _x: f"85% sure by {day(row.p85_date)}" if row.p85_date else "no forecast",
    "start": lambda row, _x: f"starts {day(row.start_date)}" if row.start_date else
    "no start date",
    "portfolio": lambda row, _x: row.portfolio,
    "priority": lambda row, _x: f"{row.priority.lower()} priority",
    "days_late": _finished,
    "team": lambda _row, x: f"team of {plural(x.team, 'person', 'people')}" if x else "",
}
EXTRA_COLUMNS = ("days_late", "team")  # need ``list_extras``: one more statement


def _line(row: ProjectRow, today: dt.date, show: Sequence[str] = (),
          extra: ListExtras | None = None) -> str:
    health = metrics.HEALTH_LABELS.get(row.health, row.health)
    due = f"due {day(row.due_date)}"
    if row.health == "late" and row.due_date:
        due += f", {plural((today - row.due_date).days, 'day')} late"
    chance = f", {pct(row.p_on_time)} on time" if row.p_on_time is not None else ""
    owner = f", owner {row.owner}" if row.owner else ""  # "… and who owns them?"
    more = "".join(f", {said}" for c in show if c in COLUMNS and (said := COLUMNS[c](row, extra)))
    return f"- {link(row.key)} {row.name} — {row.status}, {health.lower()}, {due}{chance}{owner}" \
        f"{more}"


def _rows(ctx: ToolContext, flt: ProjectFilters, sort: str, descending: bool,
          limit: int) -> list[ProjectRow]:
    out: list[ProjectRow] = []
    for row in iter_projects(ctx.session, ctx.scope, ctx.today, flt, sort=sort,
                             descending=descending):
        out.append(row)
        if len(out) >= limit:
            break
    return out


# --- the tools ----------------------------------------------------------------------------


def projects(ctx: ToolContext, measure: str = "list", sort: str = "due",
             descending: bool = False, limit: int = MAX_ITEMS, show: Sequence[str] = (),
             **args: Any) -> ToolResult:
    """Projects matching the filters: all of them (up to MAX_ITEMS) and their count."""
    flt = project_filters(ctx, args)
    if args.get("p85_after_due") and "p85" not in show:
        show = [*show, "p85"]  # the date the filter is about, on each line
    total = queries.overview_kpis(ctx.session, ctx.scope, ctx.today, flt).projects
    rows = _rows(ctx, flt, sort, descending, min(limit, MAX_ITEMS))
    described = describe_filters(args, "project" if total == 1 else "projects")
    head = f"**{total} {described[:1].lower() + described[1:]}**"
    lines = [head + "."] if measure == "count" else [head + (":" if rows else ".")]
    extras = list_extras(ctx.session, ctx.scope, [r.key for r in rows[:SHOWN]], ctx.today) \
        if set(show) & set(EXTRA_COLUMNS) else {}
    lines += [_line(r, ctx.today, show, extras.get(r.key)) for r in rows[:SHOWN]]
    if len(rows) > SHOWN:
        lines.append(f"- … and {len(rows) - SHOWN} more")
    result = {"subject": "projects", "count": total, "items": [r.key for r in rows]}
    return ToolResult("projects", {}, "\n".join(lines), {"total": total},
                      [project_citation(r.key, r.name) for r in rows[:SHOWN]], result=result)


RANKINGS: dict[str, tuple[str, bool, str]] = {
    # measure: (project_page sort, larger first, words)
    "days_overdue": ("due", False, "days overdue"),
    "p_on_time": ("p_on_time", False, "chance of finishing on time"),
    "p_on_time_best": ("p_on_time", True, "chance of finishing on time"),
    "open_items": ("open_items", True, "open work items"),
    "remaining_points": ("remaining_points", True, "story points left"),
    "progress": ("progress", True, "progress"),
    "progress_least": ("progress", False, "progress"),
    "due_soonest": ("due", False, "due date"),
}


TIES_SHOWN = 10  # projects, people or groups tied with the last of a top k, named after it


def tie_note(tied: Sequence[str], last: str, order: str, at_least: bool = False) -> str:
    """What a top k cut through a tie leaves out: "5 more tie with the last one (0% chance of
    finishing on time): …; cut in key order" ("" when nothing ties). ``at_least``: only the
    first ``TIES_SHOWN`` after the cut were read, so there may be more."""
    if not tied:
        return ""
    count = f"at least {len(tied)}" if at_least else str(len(tied))
    names = ", ".join(tied[:TIES_SHOWN]) + (f" and {len(tied) - TIES_SHOWN} more"
                                             if len(tied) > TIES_SHOWN else "")
    return f"\n\n{count} more tie with the last one ({last}): {names}; cut in {order} order."


def finish_words(completed: dt.date, due: dt.date) -> tuple[int, str]:
    """Days from the due date to the completion and how the project finished (docs/metrics.md,
    Finished on time / finished late): (132, "finished late")."""
    gap = (completed - due).days  # ``data.metrics.days_finished_late`` of two known dates
    return gap, "finished late" if gap > 0 else "finished on time"


def finish_sentence(completed: dt.date, due: dt.date) -> str:
    """How a done project finished, as a sentence: "That is 2 days after its due date (14 Jun
    2026): finished late."."""
    gap, how = finish_words(completed, due)
    return (f"That is {plural(gap, 'day')} after its due date ({day(due)}): {how}." if gap > 0
            else f"Its due date was {day(due)}: {how}.")


AVERAGE_WORDS = {"progress": "progress (share of story points done; no items counts as 0%)",
                 "p_on_time": "chance of finishing on time (of those with a forecast)",
                 "days_overdue": "days overdue (of the late ones)"}


def average_projects(ctx: ToolContext, measure: str, by: str = "", order: str = "asc",
                     **args: Any) -> ToolResult:
    """The mean progress, chance of finishing on time or days overdue of the projects the
    filters describe, overall or per portfolio (``order``: lowest or highest first)."""
    found = queries.average_by(ctx.session, ctx.scope, ctx.today, measure,
                               project_filters(ctx, args), by)
    words = AVERAGE_WORDS[measure]
    if measure == "days_overdue" and args.get("finished") == "late":
        words = "days late at completion (of the projects finished late)"

    def shown(mean: float) -> str:
        return f"{mean:.1f} days" if measure == "days_overdue" else pct(mean)

    if not found:
        return ToolResult("average_projects", {}, "No project matches, so there is no "
                          "average.", result={"subject": "projects", "count": 0})
    if by != "portfolio":
        mean, n = found[""]
        text = f"**Average {words}: {shown(mean)}** over {plural(n, 'project')}."
        return ToolResult("average_projects", {}, text, {"mean": mean, "projects": n}, [],
                          result={"subject": "projects", "value": round(mean, 4), "count": n})
    ranked = sorted(found.items(), key=lambda kv: (kv[1][0] if order == "asc" else -kv[1][0],
                                                   kv[0]))
    first = "lowest" if order == "asc" else "highest"
    lines = [f"**Average {words}, by portfolio, {first} first:**"] + [
        f"- {name}: {shown(mean)} ({plural(n, 'project')})" for name, (mean, n) in ranked]
    groups = {name: round(mean, 4) for name, (mean, _n) in ranked}
    return ToolResult("average_projects", {}, "\n".join(lines), groups, [],
                      result={"subject": "portfolios", "groups": groups,
                              "items": list(groups)})


def _most_days_finished_late(ctx: ToolContext, flt: ProjectFilters, k: int) -> ToolResult:
    """The done projects that finished the most days after their due date (docs/metrics.md,
    Finished late), ties with the last named after it."""
    found, total = queries.finished_late_delays(ctx.session, ctx.scope, ctx.today, flt,
                                                k + TIES_SHOWN)
    rows, after = found[:k], found[k:]
    if not rows:
        return ToolResult("rank_projects", {}, "No project finished after its due date.",
                          {"total": 0}, [], result={"subject": "projects", "items": []})

    def late(days: int) -> str:
        return plural(days, "day") + " after its due date"

    head = (f"**{link(rows[0][0])} {rows[0][1]}** (finished {late(rows[0][2])})" if len(rows) == 1
            else f"**Top {len(rows)} of the {total} projects finished late, by days late:**")
    lines = [] if len(rows) == 1 else [f"- {link(key)} {name}: {late(days)}"
                                       for key, name, days in rows]
    tied = [key for key, _n, days in after if days == rows[-1][2]]
    text = "\n".join([head, *lines]) + tie_note([link(t) for t in tied], late(rows[-1][2]), "key")
    return ToolResult("rank_projects", {}, text, {"total": total},
                      [project_citation(key, name) for key, name, _d in rows],
                      result={"subject": "projects", "items": [key for key, _n, _d in rows]})


def rank_projects(ctx: ToolContext, by: str, k: int = 5, **args: Any) -> ToolResult:
    """The top ``k`` projects of the view by a measure (ties in key order)."""
    sort, descending, words = RANKINGS[by]
    flt = project_filters(ctx, args)
    if by == "days_overdue" and flt.finished == "late":
        return _most_days_finished_late(ctx, flt, k)
    if by == "days_overdue":
        flt = replace(flt, health=("late",))
    elif by == "due_soonest":
        flt = replace(flt, due_from=max(flt.due_from or ctx.today, ctx.today),
                      status=flt.status or OPEN_CODES)
    elif by.startswith("p_on_time"):
        flt = replace(flt, p_at_least=flt.p_at_least or 0.0)
    page = project_page(ctx.session, ctx.scope, ctx.today, flt, sort=sort,
                        descending=descending, page_size=k + TIES_SHOWN)
    rows, after = page.items[:k], page.items[k:]
    work = workloads(ctx.session, ctx.scope, [r.key for r in page.items])

    def measure(row: ProjectRow) -> str:
        if by == "days_overdue" and row.due_date:
            return plural((ctx.today - row.due_date).days, "day") + " overdue"
        if by.startswith("p_on_time"):
            return f"{pct(row.p_on_time)} chance of finishing on time"
        if by == "open_items":
            return plural(work[row.key].open_items, "open item") if row.key in work else ""
        if by == "remaining_points":
            return f"{work[row.key].remaining_points} points left" if row.key in work else ""
        if by.startswith("progress"):
            return f"{row.progress * 100:.0f}% done"
        return f"due {day(row.due_date)}"

    if not rows:
        text = "No project matches."
    else:
        lines = [f"- {link(r.key)} {r.name}: {measure(r)}" for r in rows]
        head = (f"**{link(rows[0].key)} {rows[0].name}** ({measure(rows[0])})" if len(rows) == 1
                else f"**Top {len(rows)} by {words}:**")
        text = head if len(rows) == 1 else "\n".join([head, *lines])
        tied = list(itertools.takewhile(lambda r: measure(r) == measure(rows[-1]), after))
        text += tie_note([link(r.key) for r in tied], measure(rows[-1]), "key",  # "the 5 most
                         at_least=len(tied) == TIES_SHOWN)  # likely to miss", ten at 0 %
    result = {"subject": "projects", "items": [r.key for r in rows]}
    return ToolResult("rank_projects", {}, text, {"total": page.total},
                      [project_citation(r.key, r.name) for r in rows], result=result)


def count_projects_by(ctx: ToolContext, by: str, only: list[str] | None = None,
                      **args: Any) -> ToolResult:
    """How many projects of the view fall in each group (all groups, or only those named)."""
    flt = project_filters(ctx, args)
    counts = queries.count_by(ctx.session, ctx.scope, ctx.today, by, flt)
    if only:
        folded = {k.lower(): (k, v) for k, v in counts.items()}
        counts = {folded[o.lower()][0] if o.lower() in folded else o:
                  folded.get(o.lower(), (o, 0))[1] for o in only}
    word = {"portfolio": "portfolio", "owner": "owner", "status": "status",
            "priority": "priority", "health": "health"}[by]
    where = f" in {' and '.join(args['portfolio'])}" if args.get("portfolio") and \
        by != "portfolio" else ""
    noun = describe_filters({k: v for k, v in args.items() if k != "portfolio"})  # "at risk
    # projects": what each group counts, said (it read "Projects by portfolio" beside a filter)
    lines = [f"**{noun[:1].upper()}{noun[1:]} by {word}{where}:**"] + [
        f"- {name}: {n}" for name, n in counts.items()]
    result = {"subject": "projects", "groups": counts}
    return ToolResult("count_projects_by", {}, "\n".join(lines), counts, [], result=result)


def share_projects_by(ctx: ToolContext, by: str, part: dict[str, Any],
                      base: dict[str, Any]) -> ToolResult:
    """Per group, the share of the ``base`` projects that are also ``part`` ("what share of
    each portfolio's done projects finished late"): both counts and their ratio."""
    parts = queries.count_by(ctx.session, ctx.scope, ctx.today, by, project_filters(ctx, part))
    bases = queries.count_by(ctx.session, ctx.scope, ctx.today, by, project_filters(ctx, base))
    shares = {name: (parts.get(name, 0), n) for name, n in bases.items() if n}
    ranked = sorted(shares.items(), key=lambda kv: (-kv[1][0] / kv[1][1], kv[0]))
    whole = describe_filters({k: v for k, v in base.items() if k != "portfolio"})
    some = describe_filters({k: v for k, v in part.items() if k != "portfolio"})
    lines = [f"**{some[:1].upper()}{some[1:]} as a share of {whole[:1].lower()}{whole[1:]}, by "
             f"{by}, highest first:**"] + [f"- {name}: {n / total:.0%} ({n} of {total})"
                                           for name, (n, total) in ranked]
    groups = {name: round(n / total, 4) for name, (n, total) in ranked}
    return ToolResult("share_projects_by", {}, "\n".join(lines), groups, [],
                      result={"subject": "projects", "groups": groups})


def rank_groups(ctx: ToolContext, group: str, k: int = 1, order: str = "desc",
                **args: Any) -> ToolResult:
    """Portfolios or owners with the most (or fewest) projects of the view."""
    flt = project_filters(ctx, args)
    counts = queries.count_by(ctx.session, ctx.scope, ctx.today, group, flt)
    everyone = sorted(counts.items(), key=lambda kv: (-kv[1] if order == "desc" else kv[1],
                                                      kv[0]))
    ranked = everyone[:k]
    subject = "portfolios" if group == "portfolio" else "owners"
    lines = [f"- {name}: {plural(n, 'project')}" for name, n in ranked]
    head = (f"**{ranked[0][0]}** ({plural(ranked[0][1], 'project')})" if len(ranked) == 1
            else f"**Top {len(ranked)} {subject}:**")
    text = head if len(ranked) == 1 else "\n".join([head, *lines])
    if ranked:  # "which portfolio has the most at-risk projects" when two have 7
        text += tie_note([name for name, _n in itertools.takewhile(
            lambda kv: kv[1] == ranked[-1][1], everyone[k:])],
            plural(ranked[-1][1], "project"), "name")
    result = {"subject": subject, "items": [n for n, _ in ranked],
              "groups": dict(ranked)}
    return ToolResult("rank_groups", {}, text, dict(ranked), [], result=result)


def owners_of(ctx: ToolContext, at_least: int = 1, **args: Any) -> ToolResult:
    """Who owns the projects the filters describe, each with how many of them (only those
    owning ``at_least`` of them: "owners with more than one project at risk")."""
    flt = project_filters(ctx, args)
    least = max(1, int(at_least))
    counts = {name: n for name, n in queries.count_by(ctx.session, ctx.scope, ctx.today,
                                                       "owner", flt).items() if n >= least}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"- {name}: {plural(n, 'project')}" for name, n in ranked]
    each = f" with at least {plural(least, 'such project')} each" if least > 1 else ""
    text = ("\n".join([f"**{plural(len(ranked), 'owner')}**{each}:", *lines]) if ranked
            else f"No owner has at least {plural(least, 'such project')}." if least > 1
            else "No project matches, so there is no owner to name.")
    result = {"subject": "owners", "count": len(ranked), "items": [n for n, _ in ranked],
              "groups": dict(ranked)}
    return ToolResult("owners_of", {}, text, dict(ranked), [], result=result)


def portfolios_having(ctx: ToolContext, having: str = "none", **args: Any) -> ToolResult:
    """Portfolios with none (or some) of the projects the filters describe."""
    flt = project_filters(ctx, args)
    counts = queries.count_by(ctx.session, ctx.scope, ctx.today, "portfolio", flt)
    names = [n for n, c in counts.items() if having == "all" or (c == 0) == (having == "none")]
    text = (f"**{plural(len(names), 'portfolio')}**" + (": " + ", ".join(names) if names
                                                         else "."))
    result = {"subject": "portfolios", "count": len(names), "items": names}
    return ToolResult("portfolios_having", {}, text, counts, [], result=result)


def project_status(ctx: ToolContext, project_key: str) -> ToolResult:
    """One project's facts: status, health, owner, dates and progress (the project page's)."""
    from data.detail_queries import items_by_status, project_detail  # noqa: PLC0415

    d = project_detail(ctx.session, ctx.scope, project_key.upper(), ctx.today)
    if d is None:
        return no_project("project_status", project_key)
    items = items_by_status(ctx.session, ctx.scope, d.key)
    total = sum(i.items for i in items)
    done = sum(i.items for i in items if i.status == "done")
    health = metrics.HEALTH_LABELS.get(d.health, d.health)
    late = ""
    if d.health == "late" and d.due_date:
        late = (f" — **{plural((ctx.today - d.due_date).days, 'day')} late** (late since "
                f"{day(d.due_date + dt.timedelta(days=1))}, the day after it)")
    finished = []
    if d.completed_at is not None and d.due_date is not None:  # "how late was X delivered"
        gap, how = finish_words(d.completed_at.date(), d.due_date)
        finished = [f"- Completed: {day(d.completed_at.date())} — " + (
            f"**{plural(gap, 'day')} after its due date** ({how})" if gap > 0 else
            f"on its due date ({how})" if gap == 0 else
            f"{plural(-gap, 'day')} before its due date ({how})")]
    text = "\n".join([
        f"**{link(d.key)} {d.name}** is **{d.status}** and **{health.lower()}** "
        f"({d.priority.lower()} priority, portfolio {d.portfolio}, owner "
        f"{d.owner or 'unassigned'}).",
        f"- Due date: {day(d.due_date)}{late}", *finished,
        f"- Progress: {d.progress * 100:.0f}% of points done ({d.done_points} of "
        f"{d.scope_points}); {done} of {total} work items done, {d.open_items} open",
    ])
    result = {"subject": "projects", "items": [d.key], "value": d.status}
    data = {"key": d.key, "status": d.status, "health": d.health, "owner": d.owner,
            "due_date": day(d.due_date), "progress": round(d.progress, 4)}
    return ToolResult("project_status", {}, text, data, [project_citation(d.key, d.name)],
                      result=result)


def project_field(ctx: ToolContext, project_key: str, field: str) -> ToolResult:
    """One fact of a project: its owner, due date, start date, completion date, progress,
    priority, status or portfolio."""
    from data.detail_queries import project_detail  # noqa: PLC0415

    d = project_detail(ctx.session, ctx.scope, project_key.upper(), ctx.today)
    if d is None:
        return no_project("project_field", project_key)
    cite = [project_citation(d.key, d.name)]
    name = f"{link(d.key)} {d.name}"
    result: dict[str, Any]
    if field == "owner":
        text = f"**{d.owner or 'Nobody'}** owns {name}."
        result = {"subject": "owners", "count": 1 if d.owner else 0,
                  "items": [d.owner] if d.owner else []}
    elif field == "due_date":
        state = "" if d.due_date else " has no due date"
        text = f"{name} is due on **{day(d.due_date)}**" + state + "."
        result = {"subject": "projects", "items": [d.key],
                  "value": d.due_date.isoformat() if d.due_date else None}
    elif field == "progress":
        text = (f"{name} is **{d.progress * 100:.0f}% done** ({d.done_points} of "
                f"{d.scope_points} points).")
        result = {"subject": "projects", "items": [d.key], "value": round(d.progress, 4)}
    elif field == "start_date":
        verb = "starts" if d.start_date and d.start_date > ctx.today else "started"
        text = f"{name} {verb} on **{day(d.start_date)}**." if d.start_date else \
            f"{name} has no start date."
        result = {"subject": "projects", "items": [d.key],
                  "value": d.start_date.isoformat() if d.start_date else None}
    elif field == "completed":
        done = d.completed_at.date() if d.completed_at else None
        text = f"{name} was completed on **{day(done)}** ({d.status})." if done else \
            f"{name} has not been completed: it is {d.status.lower()}."
        if done and d.due_date:  # "when was X completed and was it on time?"
            text += " " + finish_sentence(done, d.due_date)
        result = {"subject": "projects", "items": [d.key],
                  "value": done.isoformat() if done else None}
    elif field == "priority":
        text = f"{name} has **{d.priority.lower()}** priority."
        result = {"subject": "projects", "items": [d.key], "value": d.priority}
    elif field == "portfolio":
        text = f"{name} belongs to **{d.portfolio}**."
        result = {"subject": "portfolios", "items": [d.portfolio], "value": d.portfolio}
    else:
        return project_status(ctx, project_key)
    return ToolResult("project_field", {}, text, {"key": d.key, field: result.get("value")},
                      cite, result=result)


def portfolio_summary(ctx: ToolContext) -> ToolResult:
    k = queries.overview_kpis(ctx.session, ctx.scope, ctx.today)
    per = queries.portfolio_counts(ctx.session, ctx.scope, ctx.today)
    lines = [f"**{plural(k.projects, 'project')}**: {k.active} active, {k.late} late, "
             f"{k.at_risk} at risk, {k.done_this_month} done this month, {k.open_items:,} open "
             "work items."]
    lines += [f"- {p.portfolio}: {p.open} open, {p.late} late, {p.done} done" for p in per]
    result = {"subject": "projects", "count": k.projects,
              "groups": {p.portfolio: p.open for p in per}}
    return ToolResult("portfolio_summary", {}, "\n".join(lines), {"kpis": k.__dict__},
                      result=result)


def unique(cites: list[Citation]) -> list[Citation]:
    seen: dict[tuple[str, str], Citation] = {}
    for c in cites:
        seen.setdefault((c.kind, c.href), c)
    return list(seen.values())
