"""The copilot's tools about people and skills: who works on what, loads, who is over-allocated
or free, who has a skill, and skills supply against open demand (``data.people_queries`` and
the Resources page's ``data.resource_queries``), in the viewer's scope."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from data import detail_queries, metrics, people_queries, queries, resource_queries
from models.copilot.periods import LATEST
from models.copilot.tools import (
    Citation,
    ToolContext,
    ToolResult,
    date_arg,
    day,
    link,
    pct,
    plural,
    project_citation,
    tie_note,
    unique,
)


def _span(ctx: ToolContext, start: str | None, end: str | None) -> tuple[dt.date, dt.date]:
    """The period asked about; this week (Monday to Sunday) when none is given."""
    first, last = metrics.this_week(ctx.today)
    return date_arg(start) or first, date_arg(end) or last


def _period_words(first: dt.date, last: dt.date) -> str:
    if last >= LATEST:  # "from today onwards": no last day
        return f"{day(first)} on (every day after it)"
    return f"{day(first)} to {day(last)}"


def _meet(found: set[str] | None, these: set[str]) -> set[str]:
    """The people in both (``None``: everyone visible; each condition reads only visible
    people, so it needs no intersection with everyone)."""
    return these if found is None else found & these


def _who(ctx: ToolContext, skills: list[str] | None, roles: list[str] | None,
         works_on: str | None, portfolio: str | None,
         during: tuple[dt.date, dt.date] | None = None
         ) -> tuple[set[str] | None, list[str], list[Citation]]:
    """The people meeting every condition given (``None``: no condition, everyone visible):
    skills they have, their role, the project they work on today, the portfolio's projects
    they work on today (``during``: on any day of that period, for a load in it); with the
    words that say so and the projects to cite."""
    found: set[str] | None = None  # everyone visible, read only when no condition narrows it
    if skills:
        found = {p.name for p in people_queries.with_skills(ctx.session, ctx.scope, skills)}
    cites: list[Citation] = []
    words: list[str] = []
    if roles:
        wanted = {r.strip().lower() for r in roles}
        found = _meet(found, {p.name for p in people_queries.people(ctx.session, ctx.scope)
                              if p.role.lower() in wanted})
        words.append("who are " + " or ".join(f"{r}s" for r in roles))
    if works_on:
        team = people_queries.project_team(ctx.session, ctx.scope, works_on.upper(), ctx.today)
        found = _meet(found, {a.person for a in team})
        cites.append(project_citation(works_on.upper()))
        words.append(f"on {link(works_on.upper())} today")
    if portfolio:
        first, last = during or (ctx.today, ctx.today)
        members = people_queries.portfolio_team(ctx.session, ctx.scope, portfolio, first, last)
        found = _meet(found, {a.person for a in members})
        cites += unique([project_citation(a.project_key, a.project_name) for a in members])[:10]
        words.append(f"among those on {portfolio} projects then" if during
                     else f"on {portfolio} projects today")
    if skills:
        words.insert(0, "with " + " and ".join(skills))
    return found, words, cites


def people(ctx: ToolContext, measure: str = "list", skills: list[str] | None = None,
           works_on: str | None = None, over_allocated: bool = False, free: bool = False,
           start: str | None = None, end: str | None = None,
           roles: list[str] | None = None, portfolio: str | None = None,
           room: bool = False, not_over: bool = False, changing: str = "",
           load_below: float | None = None, load_above: float | None = None,
           projects_at_least: int | None = None) -> ToolResult:
    """People matching every condition given: skills they have, their role, the project they
    work on today, the portfolio whose projects they work on today, over-allocated, not
    over-allocated (peak load at most 100 %, free people included), free (no allocation at
    all) or with room (peak load under 100 %) in a period; ``changing``: with an allocation
    "starting" (joining a project) or "ending" (rolling off one) in the period (of the
    project ``works_on`` then, not of its team today); ``load_below`` / ``load_above``: a peak
    load in the period under / over that share (0.5: "below 50 % load");
    ``projects_at_least``: allocated to at least that many projects today."""
    first, last = _span(ctx, start, end)
    project = works_on.upper() if works_on and changing else None
    found, words, cites = _who(ctx, skills, roles, None if project else works_on, portfolio,
                               (first, last) if over_allocated or room or not_over or (
                                   load_below is not None or load_above is not None) else None)
    loads: dict[str, float] = {}
    if over_allocated:
        loads = people_queries.loads(ctx.session, ctx.scope, first, last)
        found = _meet(found, {n for n, load in loads.items() if metrics.is_over_allocated(load)})
        words.append(f"over-allocated from {_period_words(first, last)}")
    below, above = load_below, load_above
    for wanted, keep, said in (  # a bound on everyone's peak load, the free ones included
            (room, metrics.has_room, "with room (under 100% at peak)"),
            (not_over, lambda load: not metrics.is_over_allocated(load),  # "who isn't
             "not over-allocated (at most 100% at peak)"),  # overbooked this week"
            (below is not None, lambda load: below is not None and load < below - 1e-9,
             f"under {pct(below)} at peak"),  # "below 50% load this week"
            (above is not None, lambda load: above is not None and load > above + 1e-9,
             f"over {pct(above)} at peak")):
        if not wanted:
            continue
        peaks = people_queries.loads(ctx.session, ctx.scope, first, last)
        loads = {p.name: peaks.get(p.name, 0.0)
                 for p in people_queries.people(ctx.session, ctx.scope)}
        found = _meet(found, {n for n, load in loads.items() if keep(load)})
        words.append(f"{said} from {_period_words(first, last)}")
    if free:
        found = _meet(found, {p.name for p in people_queries.free(ctx.session, ctx.scope,
                                                                  first, last)})
        words.append(f"with no allocation from {_period_words(first, last)}")
    if projects_at_least:  # "on more than three projects at once": four or more today
        on = people_queries.counts_per_person(ctx.session, ctx.scope, ctx.today, "projects")
        found = _meet(found, {n for n, count in on.items() if count >= projects_at_least})
        words.append(f"on at least {projects_at_least} projects today")
    moves: dict[str, list[str]] = {}
    if changing in ("starting", "ending"):
        ending = changing == "ending"
        for a in people_queries.allocations_changing(ctx.session, ctx.scope, first, last,
                                                     ending):
            if project and a.project_key != project:
                continue
            edge = f"until {day(a.end)}" if ending else f"from {day(a.start)}"
            moves.setdefault(a.person, []).append(f"{a.project_key} {edge}")
        found = _meet(found, set(moves))
        words.append(f"with an allocation{f' to {project}' if project else ''} "
                     f"{'ending' if ending else 'starting'} from {_period_words(first, last)}")
        cites = cites or ([project_citation(project)] if project else [])
    at_work = ""
    if found is None:  # everyone visible, and how many of them are on a project today
        found = {p.name for p in people_queries.people(ctx.session, ctx.scope)}
        busy = people_queries.on_a_project(ctx.session, ctx.scope, ctx.today) & found
        at_work = (f" ({len(busy)} of them allocated to a project today, "
                   f"{len(found) - len(busy)} to none)")
    words.sort(key=lambda w: w.startswith("among those"))  # said after the period it means
    names = sorted(found, key=lambda n: ((1 if room or not_over else -1) * loads.get(n, 0.0),
                                         n))
    head = f"**{plural(len(names), 'person', 'people')}**" + (" " + ", ".join(words)
                                                              if words else at_work)
    if measure == "count" or not names:
        text = head + "."
    else:
        shown = [f"- {n}" + (f" ({pct(loads[n])} at peak)" if n in loads else "")
                 + (f" ({'; '.join(moves[n])})" if n in moves else "") for n in names[:25]]
        more = [f"- … and {len(names) - 25} more"] if len(names) > 25 else []
        text = "\n".join([head + ":", *shown, *more])
    result = {"subject": "people", "count": len(names), "items": names}
    return ToolResult("people", {}, text, {"count": len(names)}, cites, result=result)


def capacity(ctx: ToolContext, people: list[str] | None = None,
             skills: list[str] | None = None, roles: list[str] | None = None,
             portfolio: str | None = None) -> ToolResult:
    """Weekly capacity in hours (the resource list's ``weekly_capacity``): of the people named,
    or added up over those the conditions keep (everyone visible without any)."""
    if people:
        found = people_queries.people(ctx.session, ctx.scope, people)
        words: list[str] = []
        cites: list[Citation] = []
    else:
        names, words, cites = _who(ctx, skills, roles, None, portfolio)
        found = people_queries.people(ctx.session, ctx.scope, names)
    hours = {p.name: p.weekly_capacity for p in sorted(found, key=lambda p: p.name)}
    if not hours:
        return ToolResult("capacity", {}, "Nobody matches, so there is no capacity to add up.",
                          result={"subject": "people", "count": 0})
    if people and len(hours) == 1:
        name, h = next(iter(hours.items()))
        text = f"**{name}** has **{h:g} hours a week** of capacity (the resource list's)."
        return ToolResult("capacity", {}, text, {"hours": h}, [],
                          result={"subject": "people", "items": [name], "value": h})
    total = sum(hours.values())
    who = f" ({', '.join(words)})" if words else ""
    lines = [f"**{total:g} hours a week** of capacity across "
             f"**{plural(len(hours), 'person', 'people')}**{who}:"]
    lines += [f"- {n}: {h:g} h" for n, h in list(hours.items())[:25]]
    if len(hours) > 25:
        lines.append(f"- … and {len(hours) - 25} more")
    return ToolResult("capacity", {}, "\n".join(lines), {"hours": total, "people": len(hours)},
                      cites, result={"subject": "people", "count": len(hours),
                                     "value": total, "items": list(hours)})


def average_load(ctx: ToolContext, start: str | None = None, end: str | None = None,
                 skills: list[str] | None = None, roles: list[str] | None = None,
                 portfolio: str | None = None, works_on: str | None = None,
                 by: str = "") -> ToolResult:
    """The mean of people's load in a period (each one's peak share of capacity, those with no
    allocation at 0 %), of everyone or of the people the conditions keep; per portfolio with
    ``by="portfolio"`` (each portfolio's people then, as ``people`` reads them)."""
    first, last = _span(ctx, start, end)
    loads = people_queries.loads(ctx.session, ctx.scope, first, last)
    when = _period_words(first, last)
    if by == "portfolio":
        groups = {name: (sum(loads.get(n, 0.0) for n in team) / len(team), len(team))
                  for name, team in people_queries.portfolio_teams(
                      ctx.session, ctx.scope, first, last).items()}
        ranked = sorted(groups.items(), key=lambda kv: (-kv[1][0], kv[0]))
        text = "\n".join([f"**Average load by portfolio from {when}** (each portfolio's people "
                          "then; peak share of capacity):"] + [
            f"- {name}: {pct(mean)} ({plural(n, 'person', 'people')})"
            for name, (mean, n) in ranked])
        shown = {name: round(mean, 4) for name, (mean, _n) in ranked}
        return ToolResult("average_load", {}, text, shown, [],
                          result={"subject": "portfolios", "groups": shown,
                                  "items": list(shown)})
    found, words, cites = _who(ctx, skills, roles, works_on, portfolio, (first, last))
    names = found if found is not None else {p.name for p in people_queries.people(
        ctx.session, ctx.scope)}
    if not names:
        return ToolResult("average_load", {}, "Nobody matches, so there is no average.",
                          result={"subject": "people", "count": 0})
    mean = sum(loads.get(n, 0.0) for n in names) / len(names)
    who = f" ({', '.join(words)})" if words else ""
    many = plural(len(names), "person", "people")
    text = (f"**Average load from {when}: {pct(mean)}** over {many}{who} (each one's peak "
            "share of capacity; no allocation counts as 0%).")
    return ToolResult("average_load", {}, text, {"mean": mean, "people": len(names)}, cites,
                      result={"subject": "people", "value": round(mean, 4),
                              "count": len(names)})


def people_by_role(ctx: ToolContext, over_allocated: bool = False, start: str | None = None,
                   end: str | None = None) -> ToolResult:
    """How many people have each role (only the over-allocated in a period, when asked: "which
    roles have the most people over-allocated this week"), most first."""
    everyone = people_queries.people(ctx.session, ctx.scope)
    said = ""
    if over_allocated:
        first, last = _span(ctx, start, end)
        loads = people_queries.loads(ctx.session, ctx.scope, first, last)
        everyone = [p for p in everyone if metrics.is_over_allocated(loads.get(p.name, 0.0))]
        said = f", over-allocated from {_period_words(first, last)}"
    counts: dict[str, int] = {}
    for person in everyone:
        counts[person.role or "no role"] = counts.get(person.role or "no role", 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    text = "\n".join([f"**People by role{said}** ({plural(len(everyone), 'person', 'people')} "
                      "in all):"] + [f"- {role}: {plural(n, 'person', 'people')}"
                                     for role, n in ranked])
    groups = dict(ranked)
    return ToolResult("people_by_role", {}, text, groups, [],
                      result={"subject": "people", "groups": groups, "items": list(groups),
                              "count": len(everyone)})


def over_allocated_by_portfolio(ctx: ToolContext, k: int = 1, order: str = "desc",
                                start: str | None = None, end: str | None = None) -> ToolResult:
    """How many of each portfolio's people are over-allocated in a period (docs/metrics.md,
    Team: its people then are those allocated to its projects on any day of the period), the
    ``k`` with the most (``order="asc"``: the fewest) first; someone on two portfolios counts
    in both."""
    first, last = _span(ctx, start, end)
    loads = people_queries.loads(ctx.session, ctx.scope, first, last)
    over = {n for n, load in loads.items() if metrics.is_over_allocated(load)}
    teams = people_queries.portfolio_teams(ctx.session, ctx.scope, first, last)
    counts = {name: len(teams.get(name, set()) & over)
              for _id, name in queries.portfolios(ctx.session, ctx.scope)}
    sign = 1 if order == "asc" else -1
    ranked = sorted(counts.items(), key=lambda kv: (sign * kv[1], kv[0]))
    top = ranked[:k]
    text = "\n".join([f"**People over-allocated from {_period_words(first, last)}, by portfolio "
                      f"({'most' if sign < 0 else 'fewest'} first):**"]
                     + [f"- {name}: {plural(n, 'person', 'people')}" for name, n in top])
    text += _ties(ranked, k, lambda v: plural(v, "person", "people"))
    return ToolResult("over_allocated_by_portfolio", {}, text, dict(top), [],
                      result={"subject": "portfolios", "items": [n for n, _ in top],
                              "groups": dict(top)})


def headcount_by_portfolio(ctx: ToolContext, k: int | None = None, order: str = "desc",
                           portfolio: list[str] | None = None) -> ToolResult:
    """How many people each portfolio's projects have today (its team, as ``people`` reads
    one portfolio's); the ``k`` with the most (``order="asc"``: the fewest) when given;
    ``portfolio``: only those ("team size Customer Support vs Growth")."""
    sign = 1 if order == "asc" else -1
    counts = people_queries.headcount_by_portfolio(ctx.session, ctx.scope, ctx.today)
    if portfolio:  # the names as the router resolved them; one with nobody today counts 0
        counts = {name: counts.get(name, 0) for name in dict.fromkeys(portfolio)}
    ranked = sorted(counts.items(), key=lambda kv: (sign * kv[1], kv[0]))
    groups = dict(ranked[:k] if k else ranked)
    text = "\n".join(["**People on each portfolio's projects today** (someone on two "
                      "portfolios counts in both):"]
                     + [f"- {name}: {plural(n, 'person', 'people')}" for name, n in groups.items()])
    result = {"subject": "portfolios" if k else "people", "groups": groups,
              "items": list(groups)}
    return ToolResult("headcount_by_portfolio", {}, text, groups, [], result=result)


def project_team(ctx: ToolContext, project_key: str, owner: str | None = None) -> ToolResult:
    """Who is allocated to a project today, with their share of it. ``owner``: the question
    named the project by its owner ("Petrov's project"); the answer says whose it is, checked."""
    key = project_key.upper()
    team = people_queries.project_team(ctx.session, ctx.scope, key, ctx.today)
    whose = ""
    if owner:
        detail = detail_queries.project_detail(ctx.session, ctx.scope, key, ctx.today)
        actual = detail.owner if detail else ""
        whose = (f" ({actual}'s project)" if actual.lower() == owner.lower()
                 else f" (owned by {actual or 'nobody'}, not {owner})")
    if not team:
        text = f"Nobody is allocated to {link(key)}{whose} today."
        booked = people_queries.project_booked(ctx.session, ctx.scope, key, ctx.today)
        if booked:  # a project not started yet: who it will have, and from when
            text += "\n".join([f" {plural(len(booked), 'allocation')} to it start later:"]
                              + [f"- {a.person} ({a.role or 'no role'}), {pct(a.share)} of their "
                                 f"time from {day(a.start)} to {day(a.end)}" for a in booked])
        past = people_queries.project_past(ctx.session, ctx.scope, key, ctx.today)
        if past:  # a project finished or paused: who was on it ("who was on the team")
            text += "\n".join([f" Before today {plural(len(past), 'allocation')} to it "
                               f"ended:"]
                              + [f"- {a.person} ({a.role or 'no role'}), {pct(a.share)} of their "
                                 f"time from {day(a.start)} to {day(a.end)}" for a in past[:15]]
                              + ([f"- … and {len(past) - 15} more"] if len(past) > 15 else []))
    else:
        text = "\n".join([f"**{plural(len(team), 'person', 'people')} on {link(key)} "
                          f"{team[0].project_name}**{whose} today:"]
                         + [f"- {a.person} ({a.role or 'no role'}), {pct(a.share)} of their "
                            f"time until {day(a.end)}" for a in team])
    result = {"subject": "people", "count": len(team), "items": [a.person for a in team]}
    return ToolResult("project_team", {}, text, {"count": len(team)}, [project_citation(key)],
                      result=result)


def person_work(ctx: ToolContext, person: str, portfolio: str | None = None) -> ToolResult:
    """The projects a person is allocated to today (of one portfolio, when given: "which
    Devices projects is Emeka on"), and their load this week (across all their projects)."""
    today = ctx.today
    work = people_queries.person_assignments(ctx.session, ctx.scope, person, today, today)
    where = ""
    keys: set[str] = set()
    if portfolio:
        keys = {a.project_key for a in people_queries.portfolio_team(
            ctx.session, ctx.scope, portfolio, today) if a.person == person}
        work = [a for a in work if a.project_key in keys]
        where = f" {portfolio}"
    later = [a for a in people_queries.person_assignments(
        ctx.session, ctx.scope, person, today + dt.timedelta(days=1), dt.date.max)
        if a.start > today and (not portfolio or a.project_key in keys)]  # booked, not yet on
    first, last = metrics.this_week(today)
    load = people_queries.loads(ctx.session, ctx.scope, first, last, [person]).get(person, 0.0)
    if not work:
        text = f"**{person}** has no allocation to a{where} project you can see today."
    else:
        noun = f"{portfolio} project" if portfolio else "project"
        across = ", across all their projects" if portfolio else ""
        text = "\n".join([f"**{person}** works on {plural(len(work), noun)} today (load this "
                          f"week {pct(load)}{across}):"]
                         + [f"- {link(a.project_key)} {a.project_name}: {pct(a.share)} until "
                            f"{day(a.end)}" for a in work])
    if later:  # "David's allocations from today on": those starting later too
        text += "\n\nBooked from a later day:\n" + "\n".join(
            f"- {link(a.project_key)} {a.project_name}: {pct(a.share)} from {day(a.start)} to "
            f"{day(a.end)}" for a in sorted(later, key=lambda a: (a.start, a.project_key)))
    result = {"subject": "projects", "count": len(work),
              "items": [a.project_key for a in work]}
    cites = unique([project_citation(a.project_key, a.project_name) for a in [*work, *later]])
    return ToolResult("person_work", {}, text, {"load": load}, cites, result=result)


def free_from(ctx: ToolContext, person: str) -> ToolResult:
    """The first day from today on which a person has no allocation to a visible project (the
    end of their last allocation covering it, plus a day): "when does Sara become free?"."""
    booked = sorted(people_queries.person_assignments(ctx.session, ctx.scope, person, ctx.today,
                                                      dt.date.max), key=lambda a: a.start)
    free, by = ctx.today, list[people_queries.Assignment]()
    for a in booked:  # walk the allocations in start order: a gap before one is the answer
        if a.start > free:
            break
        if a.end >= free:
            free, by = a.end + dt.timedelta(days=1), [*by, a]
    if free == ctx.today:
        text = f"**{person}** is free today: no allocation covers {day(ctx.today)}."
    else:
        last = max(by, key=lambda a: a.end)
        text = (f"**{person}** is free from **{day(free)}**: allocated every day until then "
                f"(last to end: {link(last.project_key)} {last.project_name}, {pct(last.share)} "
                f"until {day(last.end)}).")
        later = [a for a in booked if a.start > free]
        if later:
            text += f" Booked again from {day(min(a.start for a in later))}."
    cites = unique([project_citation(a.project_key, a.project_name) for a in by])
    return ToolResult("free_from", {}, text, {"free_from": free.isoformat()}, cites,
                      result={"subject": "people", "items": [person],
                              "value": free.isoformat()})


def on_closed_projects(ctx: ToolContext) -> ToolResult:
    """People still allocated (an allocation not ended by today) to projects that are done or
    cancelled."""
    rows = people_queries.on_closed_projects(ctx.session, ctx.scope, ctx.today)
    people = list(dict.fromkeys(a.person for a in rows))
    if not rows:
        text = "Nobody is still allocated to a done or cancelled project you can see."
    else:
        text = "\n".join([f"**{plural(len(people), 'person')}** still allocated to a done or "
                          f"cancelled project ({plural(len(rows), 'allocation')}):"]
                         + [f"- {a.person}: {link(a.project_key)} {a.project_name}, "
                            f"{pct(a.share)} until {day(a.end)}" for a in rows[:25]])
    cites = unique([project_citation(a.project_key, a.project_name) for a in rows[:25]])
    return ToolResult("on_closed_projects", {}, text, {"count": len(rows)}, cites,
                      result={"subject": "people", "count": len(people), "items": people})


def person_load(ctx: ToolContext, people: list[str], start: str | None = None,
                end: str | None = None) -> ToolResult:
    """People's load in a period (their highest daily share of capacity, docs/metrics.md)."""
    first, last = _span(ctx, start, end)
    found = people_queries.loads(ctx.session, ctx.scope, first, last, people)
    values = {n: round(found.get(n, 0.0), 4) for n in people}
    span = _period_words(first, last)
    if len(values) == 1:
        name, load = next(iter(values.items()))
        over = (" — over-allocated" if metrics.is_over_allocated(load)
                else " — free (no allocation)" if load <= 0 else " — not free")
        text = f"**{name}**'s load from {span} is **{pct(load)}** of capacity at peak{over}."
        result: dict[str, Any] = {"subject": "people", "items": [name], "value": load}
    else:
        text = "\n".join([f"**Load from {span}** (peak share of capacity):"]
                         + [f"- {n}: {pct(v)}" for n, v in values.items()])
        result = {"subject": "people", "groups": values}
    return ToolResult("person_load", {}, text, values, [], result=result)


V = TypeVar("V", int, float)


def _ties(ordered: Sequence[tuple[str, V]], k: int, said: Callable[[V], str]) -> str:
    """"The least busy data engineer" when six are at 0 %: the others tied with the last one
    shown (``tools.tie_note``)."""
    if len(ordered) <= k or not ordered[:k]:
        return ""
    last = said(ordered[k - 1][1])
    return tie_note([n for n, _ in itertools.takewhile(lambda nv: said(nv[1]) == last,
                                                        ordered[k:])], last, "name")


def rank_people(ctx: ToolContext, k: int = 3, start: str | None = None,
                end: str | None = None, by: str = "load",
                works_on: str | None = None, order: str = "desc",
                skills: list[str] | None = None, roles: list[str] | None = None,
                portfolio: str | None = None) -> ToolResult:
    """The most loaded people in a period (``by="load"``), or the people on the most projects
    today (``"projects"``) or with the most open work items assigned (``"open_items"``); only
    those with the skills, the role, on the project's team or the portfolio's today when
    given; ``order="asc"``: the least loaded or the people on the fewest first."""
    sign = 1 if order == "asc" else -1
    first, last = _span(ctx, start, end)
    found, said, _cites = _who(ctx, skills, roles, works_on, portfolio,
                               (first, last) if by == "load" else None)
    team = None if found is None else sorted(found)  # counted across all their projects
    where = f" ({', '.join(said)})" if said else ""
    if by in ("projects", "open_items", "done_items"):
        counts = people_queries.counts_per_person(ctx.session, ctx.scope, ctx.today, by,
                                                  (first, last))
        if sign > 0:  # the fewest: people with none come first
            counts = {p.name: counts.get(p.name, 0) for p in people_queries.people(
                ctx.session, ctx.scope)}
        if found is not None:
            counts = {n: v for n, v in counts.items() if n in found}
        order_of = sorted(counts.items(), key=lambda kv: (sign * kv[1], kv[0]))
        top = order_of[:k]
        noun = {"projects": "project", "open_items": "open work item",
                "done_items": "work item finished"}[by]
        most = "most" if sign < 0 else "fewest"
        head = (f"On the {most} projects today" if by == "projects"
                else f"{most.capitalize()} open work items assigned" if by == "open_items"
                else f"{most.capitalize()} work items finished from {_period_words(first, last)}")
        def counted_as(v: int) -> str:
            return f"{plural(v, 'work item')} finished" if by == "done_items" else plural(v, noun)

        text = "\n".join([f"**{head}{where}:**"] + [f"- {n}: {counted_as(v)}" for n, v in top])
        text += _ties(order_of, k, counted_as)
        result = {"subject": "people", "items": [n for n, _ in top]}
        return ToolResult("rank_people", {}, text, dict(top), [], result=result)
    loads = people_queries.loads(ctx.session, ctx.scope, first, last, team)
    if sign > 0 or team is not None:  # the least loaded, or a team's each: people with no
        # allocation in the period are at 0 %
        loads = {p.name: loads.get(p.name, 0.0) for p in people_queries.people(
            ctx.session, ctx.scope, team)}
    by_load = sorted(loads.items(), key=lambda kv: (sign * kv[1], kv[0]))
    ranked = by_load[:k]
    most = "Most loaded" if sign < 0 else "Least loaded"
    if team is not None and k >= len(by_load):  # the whole team, not a top k of it
        most = "Load of each person"
    text = "\n".join([f"**{most}{where} from {_period_words(first, last)}:**"]
                     + [f"- {n}: {pct(v)} at peak" for n, v in ranked])
    text += _ties(by_load, k, lambda v: f"{pct(v)} at peak")
    result = {"subject": "people", "items": [n for n, _ in ranked]}
    return ToolResult("rank_people", {}, text, dict(ranked), [], result=result)


def person_skills(ctx: ToolContext, person: str, asked: list[str] | None = None) -> ToolResult:
    """The skills a person lists; ``asked`` ("does Kenji do accessibility?"): yes or no first."""
    found = people_queries.people(ctx.session, ctx.scope, [person])
    if not found:
        return ToolResult("person_skills", {}, f"No visible person is called {person}.",
                          error="not_found")
    skills = list(found[0].skills)
    text = f"**{person}** ({found[0].role or 'no role'}) lists {plural(len(skills), 'skill')}: " \
        + ", ".join(skills) + "."
    if asked:
        has = [s for s in asked if s in skills]
        lacks = [s for s in asked if s not in skills]
        verdict = ("Yes" if not lacks else "No" if not has else "Partly") + ": " + "; ".join(
            ([f"{person} lists {', '.join(has)}"] if has else [])
            + ([f"{person} does not list {', '.join(lacks)}"] if lacks else [])) + "."
        text = f"{verdict}\n\n{text}"
    result = {"subject": "skills", "count": len(skills), "items": skills}
    return ToolResult("person_skills", {}, text, {"skills": skills}, [], result=result)


def skills(ctx: ToolContext, by: str = "people", k: int = 1, only: list[str] | None = None,
           order: str = "desc") -> ToolResult:
    """Skills supply (people who have them) or demand (open work items needing them), as the
    Resources page counts them; a ranking, or the numbers of the skills named."""
    rows = resource_queries.skills_coverage(ctx.session, ctx.scope, limit=1000, today=ctx.today)
    value: dict[str, float] = {r.skill: (r.people if by == "people" else round(
        r.points_per_person, 1) if by == "per_person" else r.open_items) for r in rows}
    noun = {"people": "people who have it", "per_person": "open story points per person who "
            "has it"}.get(by, "open work items needing it")
    if only:
        folded = {s.lower(): s for s in value}
        groups = {s: value.get(folded.get(s.lower(), s), 0) for s in only}
        text = "\n".join([f"**Skills by {noun}:**"] + [f"- {s}: {n}" for s, n in groups.items()])
        result: dict[str, Any] = {"subject": "skills", "groups": groups}
        return ToolResult("skills", {}, text, groups, [], result=result)
    ranked = sorted(value.items(), key=lambda kv: (-kv[1] if order == "desc" else kv[1],
                                                   kv[0]))[:k]
    lines = [f"- {s}: {n}" for s, n in ranked]
    text = "\n".join([f"**Skills by {noun}:**", *lines])
    result = {"subject": "skills", "items": [s for s, _ in ranked], "groups": dict(ranked)}
    return ToolResult("skills", {}, text, dict(ranked), [], result=result)
