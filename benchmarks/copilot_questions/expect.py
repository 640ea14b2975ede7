"""Expected answers for the copilot benchmark, computed by the benchmark's own SQL.

Nothing here calls ``data/`` query functions or the copilot's tools: the facts come from plain SQL
over the tables (``facts.py``), so a bug in the app's queries cannot hide in the yardstick.

An ``expect`` spec of a question is one of (SUBJECT is projects, people, work_items, documents,
portfolios, skills or owners):

``{"count": SUBJECT, "where": {...}}``                 how many match
``{"list": SUBJECT, "where": {...}}``                  which match (unordered)
``{"top": SUBJECT, "by": MEASURE, "k": 3, "where": {...}, "period": P}``   a ranking (first k)
``{"value": MEASURE, "of": NAME, "period": P}``       one number, date or label
``{"groups": SUBJECT, "by": FIELD, "where": {...}, "only": [...]}``       counts per group
``{"cause": KEY}``                                      why a project is late or at risk
``{"text": [...]}``                                     passages a document answer must quote
``{"clarify": {"people_named" | "projects_named": WORD}}`` or ``{"clarify": [choices]}``
``{"refuse": REASON}``                                  nothing in the data answers it
``{"about": KEY}``                                      an answer about that project (any facts)
``{"language": CODE, "then": SPEC | None}``             not English (with an entity, or not)

Definitions used (``docs/metrics.md``): open = proposed, active or on hold; late = open and due
before today; at risk = open, not late and P(on time) < 0.5 (no forecast: started and progress
trails elapsed time by more than 15 points); on track = open, neither; load of a person on a day =
sum of the shares of their allocations covering that day, load in a period = highest daily load;
over-allocated = load above 1.0 on some day of the period. Where metrics.md is silent the
benchmark uses: "free" in a period = no allocation on any day of it (load 0); "works on" a
project = an allocation covering today, and a portfolio's team (people "in" a portfolio) the
people who work on one of its projects today; "worst" = lowest P(on time) (ties accepted); "expected
end date" = the forecast's P50 date (P85/P95 count as partial); a project's progress = done
points / all points of its work items; people ranked "by projects" = how many projects each works
on (today), "by open_items" = how many work items not done are assigned to each.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .facts import HEALTH_LABELS, Facts, ProjectFact, Stale, sql
from .periods import period

__all__ = ["Expected", "Facts", "Stale", "resolve"]


@dataclass
class Expected:
    """What a question's answer must contain: ``type`` picks the scoring rule."""

    type: str  # count list top value groups cause about text clarify refuse language
    subject: str = ""
    count: int | None = None
    items: list[str] = field(default_factory=list)
    # for "top": every candidate with its measure, best first, and how many were asked for
    ranked: list[tuple[str, float]] = field(default_factory=list)
    k: int = 1
    value: Any = None
    tolerance: float = 0.0
    unit: str = ""  # for prose answers: the word a number must carry ("points")
    partial_values: list[Any] = field(default_factory=list)
    groups: dict[str, float] = field(default_factory=dict)
    key: str = ""
    causes: list[tuple[str, str]] = field(default_factory=list)  # (cause, regex)
    texts: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # cites the right source, for "partial"
    choices: list[str] = field(default_factory=list)
    inner: Expected | None = None

    def show(self) -> str:
        """A short human form for --show-wrong."""
        if self.type == "count":
            return f"{self.subject}: count {self.count}"
        if self.type == "list":
            head = ", ".join(self.items[:12]) + (" …" if len(self.items) > 12 else "")
            return f"{self.subject}: {len(self.items)} [{head}]"
        if self.type == "top":
            top = ", ".join(f"{i} ({v:g})" for i, v in self.ranked[:max(self.k, 3)])
            return f"top {self.k} {self.subject}: {top}"
        if self.type == "value":
            extra = f" (partial: {self.partial_values})" if self.partial_values else ""
            return f"value {self.value}{extra}"
        if self.type == "groups":
            return f"groups {self.groups}"
        if self.type == "cause":
            return f"{self.key} and one of {[c for c, _ in self.causes]}"
        if self.type == "about":
            return f"an answer about {self.key}"
        if self.type == "text":
            return f"text containing {self.texts}"
        if self.type == "language":
            return "English-only notice" + (f", then {self.inner.show()}" if self.inner else "")
        if self.type == "clarify":
            return f"clarify between {self.choices}"
        return self.type


# --- measures -------------------------------------------------------------------------------------

PROJECT_MEASURES = {
    # name: (function of a project, whether larger is "top")
    "days_overdue": (lambda f, p: (f.today - p.due).days if p.health == "late" else None, True),
    "p_on_time": (lambda f, p: p.p_on_time if not p.closed else None, False),
    "open_items": (lambda f, p: p.open_items, True),
    "progress": (lambda f, p: round(p.progress, 6), True),
    "remaining_points": (lambda f, p: p.remaining_points, True),
    "due_soonest": (lambda f, p: (p.due - f.today).days if p.due else None, False),
}


def _project_value(facts: Facts, p: ProjectFact, measure: str) -> Any:
    if measure in PROJECT_MEASURES:
        return PROJECT_MEASURES[measure][0](facts, p)
    return {
        "p50_date": p.p50, "p85_date": p.p85, "p95_date": p.p95, "due_date": p.due,
        "status": p.status_label, "owner": p.owner, "start_date": p.start,
        "completed_date": p.completed, "portfolio": p.portfolio, "priority": p.priority,
    }[measure]


def _ranked(pairs: list[tuple[str, float]], largest_first: bool) -> list[tuple[str, float]]:
    pairs = [(i, v) for i, v in pairs if v is not None]
    return sorted(pairs, key=lambda iv: (-iv[1] if largest_first else iv[1], iv[0]))


# --- resolving specs -----------------------------------------------------------------------------


def resolve(spec: dict[str, Any], facts: Facts) -> Expected:  # noqa: C901, PLR0911, PLR0912
    """The expected answer of one ``expect`` spec, from the database."""
    where = spec.get("where", {})
    if "count" in spec or "list" in spec:
        subject = spec.get("count") or spec.get("list")
        items = _items(subject, where, spec, facts)
        kind = "count" if "count" in spec else "list"
        if isinstance(items, int):  # work items and documents are counted, not listed
            return Expected(kind, subject, count=items)
        return Expected(kind, subject, count=len(items), items=sorted(items))
    if "top" in spec:
        subject, by, k = spec["top"], spec["by"], int(spec.get("k", 1))
        return Expected("top", subject, ranked=_ranking(subject, by, where, spec, facts), k=k)
    if "value" in spec:
        return _value(spec, facts)
    if "groups" in spec:
        return Expected("groups", spec["groups"], groups=_groups(spec, facts))
    if "cause" in spec:
        key = spec["cause"]
        p = facts.project(key)
        if p.health not in ("late", "at_risk"):
            raise Stale(f"{key} is {p.health}, not late or at risk")
        causes = facts.causes(key)
        if not causes:
            raise Stale(f"{key} has no computed cause")
        return Expected("cause", "projects", key=key, causes=causes)
    if "text" in spec:
        texts, evidence = [], []
        for part in spec["text"]:
            if isinstance(part, dict) and ("decision_of" in part or "risk_of" in part):
                key = part.get("decision_of") or part["risk_of"]
                quote, day = (facts.last_decision(key) if "decision_of" in part
                              else facts.last_note_risk(key))
                texts.append(quote)
                evidence += [key, day.isoformat()]  # the right document, cited
            else:
                texts.append(str(part))
        return Expected("text", "documents", texts=texts, evidence=evidence)
    if "about" in spec:
        return Expected("about", "projects", key=facts.project(spec["about"]).key)
    if "clarify" in spec:
        return Expected("clarify", choices=_choices(spec["clarify"], facts))
    if "refuse" in spec:
        return Expected("refuse")
    if "language" in spec:
        inner = spec.get("then")
        return Expected("language", inner=resolve(inner, facts) if inner else None)
    raise ValueError(f"unknown expect spec {spec!r}")


def _items(subject: str, where: dict[str, Any], spec: dict[str, Any],
           facts: Facts) -> list[str] | int:
    if subject == "projects":
        return [p.key for p in facts.match_projects(where)]
    if subject == "owners":
        return sorted({p.owner for p in facts.match_projects(where)})
    if subject == "people":
        return facts.match_people(where)
    if subject == "portfolios":
        having = spec.get("having", "some")
        counts = defaultdict(int)
        for p in facts.match_projects(where):
            counts[p.portfolio] += 1
        return [n for n in facts.portfolios if (counts[n] > 0) == (having == "some")]
    if subject == "skills":
        person = facts._check(where["person"], list(facts.people), "person")
        return list(facts.people[person][1])
    if subject == "work_items":
        return facts.work_items(where)[0]
    if subject == "documents":
        return facts.documents(where)
    if subject == "scope_items":
        return facts.scope_added(where, period(spec["period"], facts.today))
    raise ValueError(f"unknown subject {subject!r}")


def _ranking(subject: str, by: str, where: dict[str, Any], spec: dict[str, Any],
             facts: Facts) -> list[tuple[str, float]]:
    if subject == "projects":
        fn, largest = PROJECT_MEASURES[by]
        desc = spec.get("order", "desc" if largest else "asc") == "desc"
        return _ranked([(p.key, fn(facts, p)) for p in facts.match_projects(where)], desc)
    if subject in ("portfolios", "owners"):
        field_ = "portfolio" if subject == "portfolios" else "owner"
        counts: dict[str, int] = defaultdict(int)
        for p in facts.match_projects(where):
            counts[getattr(p, field_)] += 1
        names = facts.portfolios if subject == "portfolios" else facts.owners
        desc = spec.get("order", "desc") == "desc"
        return _ranked([(n, counts[n]) for n in names], desc)
    if subject == "people" and by == "load":
        span = period(spec.get("period", "this_week"), facts.today)
        people = facts.match_people(where) if where else sorted(facts.people)
        return _ranked([(n, facts.load(n, span)) for n in people], True)
    if subject == "people" and by in ("projects", "open_items"):
        people = facts.match_people(where) if where else sorted(facts.people)
        per = ({n: len(facts.staffed(n)) for n in people} if by == "projects"
               else facts.open_items_assigned())
        return _ranked([(n, per.get(n, 0)) for n in people], spec.get("order", "desc") == "desc")
    if subject == "skills" and by == "people":
        counts = defaultdict(int)
        for _role, skills, _cap in facts.people.values():
            for s in skills:
                counts[s] += 1
        return _ranked(list(counts.items()), spec.get("order", "desc") == "desc")
    if subject == "skills" and by == "open_items":
        # demand: open items (not done, of any project: metrics.md) needing the skill
        rows = sql(facts.conn, """
            SELECT w.skill, count(*) FROM work_items w
            WHERE w.status <> 'done' AND w.skill IS NOT NULL GROUP BY w.skill""")
        return _ranked([(s, int(n)) for s, n in rows], True)
    if subject == "skills" and by == "points_per_person":
        # a shortage: open story points needing the skill over the people who have it
        # (metrics.md, Open work per person)
        have: defaultdict[str, int] = defaultdict(int)
        for _role, skills, _cap in facts.people.values():
            for s in skills:
                have[s] += 1
        rows = sql(facts.conn, """
            SELECT w.skill, coalesce(sum(w.story_points), 0) FROM work_items w
            WHERE w.status <> 'done' AND w.skill IS NOT NULL GROUP BY w.skill""")
        return _ranked([(s, round(int(n) / have[s], 1)) for s, n in rows if have[s]], True)
    raise ValueError(f"unknown ranking {subject} by {by}")


def _value(spec: dict[str, Any], facts: Facts) -> Expected:
    measure, of = spec["value"], spec.get("of")
    if measure == "load":
        person = facts._check(of, list(facts.people), "person")
        span = period(spec.get("period", "this_week"), facts.today)
        return Expected("value", "people", value=facts.load(person, span), tolerance=0.01)
    if measure == "points_done":
        points = facts.work_items(spec.get("where", {}))[1]
        return Expected("value", "work_items", value=points, unit=r"(?:story )?points?|pts")
    if measure == "scope_items_added":
        n = facts.scope_added(spec.get("where", {}), period(spec["period"], facts.today))
        return Expected("value", "projects", value=n, unit=r"(?:work )?items?")
    p = facts.project(of)
    value = _project_value(facts, p, measure)
    if value is None:
        raise Stale(f"{of} has no {measure}")
    expected = Expected("value", "projects", value=value, key=of)
    if measure in ("p_on_time", "progress"):  # shares: 0.42 or 42 %, within a point
        expected.tolerance = 0.01
    elif measure == "p50_date":
        expected.partial_values = [d for d in (p.p85, p.p95) if d and d != p.p50]
    return expected


def _groups(spec: dict[str, Any], facts: Facts) -> dict[str, float]:
    subject, by, where = spec["groups"], spec["by"], spec.get("where", {})
    only = spec.get("only")
    if subject == "projects":
        names = {"portfolio": facts.portfolios, "owner": facts.owners,
                 "status": sorted({p.status_label for p in facts.projects}),
                 "priority": ["low", "medium", "high", "critical"],
                 "health": list(HEALTH_LABELS)}[by]
        if only:
            names = [facts._check(n, names, by) for n in only]
        counts = {n: 0 for n in names}
        attr = "status_label" if by == "status" else by
        for p in facts.match_projects(where):
            if getattr(p, attr) in counts:
                counts[getattr(p, attr)] += 1
        if by == "health":
            return {HEALTH_LABELS[n]: c for n, c in counts.items()}
        return counts
    if subject == "people" and by == "load":
        span = period(spec.get("period", "this_week"), facts.today)
        return {facts._check(n, list(facts.people), "person"): facts.load(n, span) for n in only}
    if subject == "skills" and by == "people":
        return {facts._check(s, facts.skills, "skill"): len(facts.match_people({"skill": s}))
                for s in only}
    if subject == "work_items" and by == "portfolio":
        names = [facts._check(n, facts.portfolios, "portfolio") for n in only or facts.portfolios]
        return {n: facts.work_items({**where, "portfolio": n})[0] for n in names}
    raise ValueError(f"unknown groups {subject} by {by}")


def _choices(spec: Any, facts: Facts) -> list[str]:
    """The readings a clarification should offer; fewer than two means the question is no longer
    ambiguous (the data changed), so it is stale."""
    if isinstance(spec, list):
        choices = spec
    elif "people_named" in spec:
        word = spec["people_named"].lower()
        names = set(facts.people) | set(facts.owners)
        choices = sorted(n for n in names if word in n.lower().split())
    elif "projects_named" in spec:
        word = spec["projects_named"].lower()
        choices = sorted(f"{p.key} {p.name}" for p in facts.projects
                         if re.search(rf"\b{re.escape(word)}", p.name.lower())
                         and (not spec.get("open") or not p.closed))
    else:
        raise ValueError(f"unknown clarify spec {spec!r}")
    if len(choices) < 2 and not isinstance(spec, list):
        raise Stale(f"not ambiguous any more: {choices}")
    return choices
