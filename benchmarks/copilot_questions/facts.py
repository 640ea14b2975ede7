"""The demo database read with the benchmark's own SQL, and the definitions of docs/metrics.md
applied to it (open, late, at risk, on track, load, over-allocated, causes).

Nothing here calls ``data/`` query functions or the copilot's tools: every fact is read with plain
SQL over the tables, so a bug in the app's queries cannot hide in the yardstick.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, bindparam, text
from sqlalchemy.engine import Connection

from .periods import as_date, in_period, period

AT_RISK_BELOW = 0.5
TRAIL_POINTS = 15.0
OPEN_CODES = ("proposed", "active", "on_hold")
HEALTH_LABELS = {"late": "Late", "at_risk": "At risk", "on_track": "On track",
                 "closed": "Closed"}


class Stale(Exception):
    """The question names something the demo no longer has (the generator changed)."""


# --- SQL ------------------------------------------------------------------------------------------


def sql(conn: Connection, statement: str, **params: Any) -> list[Any]:
    """Rows of a parametrized statement; dates and datetimes are bound with their SQL types so
    SQLite (text columns) and PostgreSQL compare them the same way."""
    stmt = text(statement)
    binds = []
    for name, value in params.items():
        if isinstance(value, dt.datetime):
            binds.append(bindparam(name, value, type_=DateTime()))
        elif isinstance(value, dt.date):
            binds.append(bindparam(name, value, type_=Date()))
        else:
            binds.append(bindparam(name, value))
    if binds:
        stmt = stmt.bindparams(*binds)
    return list(conn.execute(stmt).all())


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


# --- facts ----------------------------------------------------------------------------------------


@dataclass
class ProjectFact:
    id: int
    key: str
    name: str
    status: str
    status_label: str
    closed: bool
    priority: str
    portfolio: str
    owner: str
    start: dt.date | None
    due: dt.date | None
    completed: dt.date | None
    created: dt.date | None
    p_on_time: float | None
    p50: dt.date | None
    p85: dt.date | None
    p95: dt.date | None
    scope_points: int
    done_points: int
    open_items: int
    health: str = ""

    @property
    def progress(self) -> float:
        return self.done_points / self.scope_points if self.scope_points else 0.0

    @property
    def remaining_points(self) -> int:
        return self.scope_points - self.done_points


@dataclass
class Allocation:
    person: str
    project_key: str
    share: float
    start: dt.date
    end: dt.date


class Facts:
    """The demo database read once with plain SQL; specs are resolved against it."""

    def __init__(self, conn: Connection, today: dt.date) -> None:
        self.conn = conn
        self.today = today
        self.projects = self._projects()
        self.by_key = {p.key: p for p in self.projects}
        self.people = {  # plain SQL: SQLite gives the JSON list as text, PostgreSQL decoded
            name: (role, json.loads(skills) if isinstance(skills, str) else list(skills or []), cap)
            for name, role, skills, cap in sql(
                conn, "SELECT name, role, skills, weekly_capacity FROM resources")}
        self.allocations = [
            Allocation(name, key, float(share), as_date(start), as_date(end))
            for name, key, share, start, end in sql(
                conn, "SELECT r.name, p.key, a.share, a.period_start, a.period_end "
                      "FROM allocations a JOIN resources r ON r.id = a.resource_id "
                      "JOIN projects p ON p.id = a.project_id")
        ]
        self.portfolios = [n for (n,) in sql(conn, "SELECT name FROM portfolios ORDER BY name")]
        self.owners = sorted({p.owner for p in self.projects if p.owner})
        self.skills = sorted({s for _, skills, _ in self.people.values() for s in skills})

    # -- projects -----------------------------------------------------------------------------
    def _projects(self) -> list[ProjectFact]:
        rows = sql(self.conn, """
            SELECT p.id, p.key, p.name, s.code, s.label, s.is_closed, r.code, f.name, p.owner,
                   p.start_date, p.due_date, p.completed_at, p.created_at,
                   fc.p_on_time, fc.p50_date, fc.p85_date, fc.p95_date,
                   (SELECT coalesce(sum(w.story_points), 0) FROM work_items w
                     WHERE w.project_id = p.id),
                   (SELECT coalesce(sum(w.story_points), 0) FROM work_items w
                     WHERE w.project_id = p.id AND w.status = 'done'),
                   (SELECT count(*) FROM work_items w
                     WHERE w.project_id = p.id AND w.status <> 'done')
            FROM projects p
            JOIN statuses s ON s.id = p.status_id
            JOIN priorities r ON r.id = p.priority_id
            JOIN portfolios f ON f.id = p.portfolio_id
            LEFT JOIN project_forecasts fc ON fc.project_id = p.id
            ORDER BY p.key""")
        out = []
        for row in rows:
            fact = ProjectFact(
                int(row[0]), row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7],
                row[8] or "", as_date(row[9]), as_date(row[10]), as_date(row[11]),
                as_date(row[12]), None if row[13] is None else float(row[13]),
                as_date(row[14]), as_date(row[15]), as_date(row[16]),
                int(row[17]), int(row[18]), int(row[19]))
            fact.health = self._health(fact)
            out.append(fact)
        return out

    def _health(self, p: ProjectFact) -> str:
        """Closed first, then late, then at risk (metrics.md)."""
        if p.closed:
            return "closed"
        if p.due is not None and p.due < self.today:
            return "late"
        if p.p_on_time is not None:
            return "at_risk" if p.p_on_time < AT_RISK_BELOW else "on_track"
        if p.start is not None and p.due is not None and p.start <= self.today:
            span = max(1, (p.due - p.start).days)
            elapsed = 100.0 * min(1.0, (self.today - p.start).days / span)
            if 100.0 * p.progress < elapsed - TRAIL_POINTS:
                return "at_risk"
        return "on_track"

    def project(self, key: str) -> ProjectFact:
        if key not in self.by_key:
            raise Stale(f"no project {key}")
        return self.by_key[key]

    def _check(self, value: str, known: list[str], what: str) -> str:
        for name in known:
            if name.lower() == value.lower():
                return name
        raise Stale(f"no {what} {value!r}")

    def staffed(self, person: str, on: dt.date | None = None) -> set[str]:
        """Projects a person has an allocation to on a day (today by default)."""
        day = on or self.today
        return {a.project_key for a in self.allocations
                if a.person == person and a.start <= day <= a.end}

    def match_projects(self, where: dict[str, Any]) -> list[ProjectFact]:
        out = []
        for p in self.projects:
            if all(self._project_ok(p, name, want) for name, want in where.items()):
                out.append(p)
        return out

    def _project_ok(self, p: ProjectFact, name: str, want: Any) -> bool:  # noqa: C901, PLR0911
        many = want if isinstance(want, list) else [want]
        if name == "status":
            codes = {c for w in many for c in
                     (OPEN_CODES if w == "open" else ("done", "cancelled") if w == "closed"
                      else (w,))}
            return p.status in codes
        if name == "portfolio":
            return p.portfolio in {self._check(w, self.portfolios, "portfolio") for w in many}
        if name == "open_items_above":  # "more than 20 open work items": each project's
            return p.open_items > int(want)
        if name == "portfolio_not":  # "except Devices": every other portfolio
            return p.portfolio not in {self._check(w, self.portfolios, "portfolio") for w in many}
        if name == "owner":
            return p.owner in {self._check(w, self.owners, "owner") for w in many}
        if name == "priority":
            return p.priority in many
        if name == "health":
            return p.health in many
        if name == "key":
            for w in many:
                self.project(w)
            return p.key in many
        if name == "name":
            return want.lower() in p.name.lower()
        if name == "due":
            return in_period(p.due, period(want, self.today))
        if name == "completed":
            return p.status == "done" and in_period(p.completed, period(want, self.today))
        if name == "started":
            return in_period(p.start, period(want, self.today))
        if name == "created":
            return in_period(p.created, period(want, self.today))
        if name == "became_late":
            return (not p.closed and p.due is not None
                    and in_period(p.due + dt.timedelta(days=1), period(want, self.today))
                    and p.due < self.today)
        if name == "p_below":
            return p.p_on_time is not None and not p.closed and p.p_on_time < want
        if name == "p_at_least":
            return p.p_on_time is not None and not p.closed and p.p_on_time >= want
        if name == "staffed_by":
            person = self._check(want, list(self.people), "person")
            return p.key in self.staffed(person)
        if name == "no_due":
            return (p.due is None) == bool(want)
        raise ValueError(f"unknown project filter {name!r}")

    # -- people -------------------------------------------------------------------------------
    def load(self, person: str, span: tuple[dt.date, dt.date]) -> float:
        """Highest daily sum of shares in the period, counted day by day."""
        daily: dict[dt.date, float] = defaultdict(float)
        for a in self.allocations:
            if a.person != person or a.end < span[0] or a.start > span[1]:
                continue
            day = max(a.start, span[0])
            while day <= min(a.end, span[1]):
                daily[day] += a.share
                day += dt.timedelta(days=1)
        return round(max(daily.values(), default=0.0), 6)

    def match_people(self, where: dict[str, Any]) -> list[str]:
        out = []
        for person, (role, skills, _cap) in sorted(self.people.items()):
            ok = True
            for name, want in where.items():
                if name == "skill":
                    wanted = want if isinstance(want, list) else [want]
                    for w in wanted:
                        self._check(w, self.skills, "skill")
                    ok &= all(w.lower() in [s.lower() for s in skills] for w in wanted)
                elif name == "role":
                    ok &= role.lower() == want.lower()
                elif name == "over_allocated":
                    ok &= self.load(person, period(want, self.today)) > 1.0 + 1e-9
                elif name == "free":
                    ok &= self.load(person, period(want, self.today)) == 0.0
                elif name == "works_on":
                    self.project(want)
                    ok &= want in self.staffed(person)
                elif name == "portfolio":  # "the Payments team": on one of its projects today
                    team = self._check(want, self.portfolios, "portfolio")
                    ok &= any(self.by_key[k].portfolio == team for k in self.staffed(person))
                else:
                    raise ValueError(f"unknown people filter {name!r}")
                if not ok:
                    break
            if ok:
                out.append(person)
        return out

    def open_items_assigned(self) -> dict[str, int]:
        """Work items not done assigned to each person (people with none are left out)."""
        return {name: int(n) for name, n in sql(self.conn, """
            SELECT r.name, count(*) FROM work_items w JOIN resources r ON r.id = w.assignee_id
            WHERE w.status <> 'done' GROUP BY r.name""")}

    # -- work items and documents ---------------------------------------------------------------
    def work_items(self, where: dict[str, Any]) -> tuple[int, int]:
        """(count, story points) of the work items matching ``where``."""
        clauses, params = ["1 = 1"], {}
        for name, want in where.items():
            if name == "done":
                a, b = period(want, self.today)
                clauses.append("w.done_at >= :da AND w.done_at < :db")
                params.update(da=_start_of(a), db=_start_of(b + dt.timedelta(days=1)))
            elif name == "created":
                a, b = period(want, self.today)
                clauses.append("w.created_at >= :ca AND w.created_at < :cb")
                params.update(ca=_start_of(a), cb=_start_of(b + dt.timedelta(days=1)))
            elif name == "status":
                clauses.append("w.status <> 'done'" if want == "open" else "w.status = :ws")
                if want != "open":
                    params["ws"] = want
            elif name == "project":
                self.project(want)
                clauses.append("p.key = :pk")
                params["pk"] = want
            elif name == "portfolio":
                clauses.append("f.name = :pf")
                params["pf"] = self._check(want, self.portfolios, "portfolio")
            elif name == "assignee":
                clauses.append("r.name = :an")
                params["an"] = self._check(want, list(self.people), "person")
            elif name == "skill":
                clauses.append("lower(w.skill) = :sk")
                params["sk"] = self._check(want, self.skills, "skill").lower()
            elif name == "kind":
                clauses.append("w.kind = :kd")
                params["kd"] = want
            elif name == "after_start":  # scope added: created after the project started
                clauses.append("w.created_at >= p.start_date")
            else:
                raise ValueError(f"unknown work item filter {name!r}")
        ((count, points),) = sql(self.conn, f"""
            SELECT count(*), coalesce(sum(w.story_points), 0) FROM work_items w
            JOIN projects p ON p.id = w.project_id JOIN portfolios f ON f.id = p.portfolio_id
            LEFT JOIN resources r ON r.id = w.assignee_id
            WHERE {' AND '.join(clauses)}""", **params)
        return int(count), int(points)

    def documents(self, where: dict[str, Any]) -> int:
        clauses, params = ["1 = 1"], {}
        for name, want in where.items():
            if name == "project":
                self.project(want)
                clauses.append("p.key = :pk")
                params["pk"] = want
            elif name == "kind":
                clauses.append("d.kind = :kd")
                params["kd"] = want
            elif name == "created":
                a, b = period(want, self.today)
                clauses.append("d.created_at >= :ca AND d.created_at < :cb")
                params.update(ca=_start_of(a), cb=_start_of(b + dt.timedelta(days=1)))
            elif name == "portfolio":
                clauses.append("f.name = :pf")
                params["pf"] = self._check(want, self.portfolios, "portfolio")
            else:
                raise ValueError(f"unknown document filter {name!r}")
        ((count,),) = sql(self.conn, f"""
            SELECT count(*) FROM documents d JOIN projects p ON p.id = d.project_id
            JOIN portfolios f ON f.id = p.portfolio_id WHERE {' AND '.join(clauses)}""", **params)
        return int(count)

    def scope_added(self, where: dict[str, Any], span: tuple[dt.date, dt.date]) -> int:
        """Items added to projects' scope in a period, from the daily snapshots."""
        keys = {p.key for p in self.match_projects(where)}
        rows = sql(self.conn, """
            SELECT p.key, coalesce(sum(s.items_added), 0) FROM project_snapshots s
            JOIN projects p ON p.id = s.project_id
            WHERE s.day >= :a AND s.day <= :b GROUP BY p.key""", a=span[0], b=span[1])
        return int(sum(n for key, n in rows if key in keys))

    # -- causes -------------------------------------------------------------------------------
    def causes(self, key: str) -> list[tuple[str, str]]:
        """Verifiable causes of lateness/risk and the regexes that find them in an answer:
        scope growth (items and points added since the start, from the snapshots), a throughput
        drop (points done in the last 4 weeks vs the 4 before) and a smaller team."""
        p = self.project(key)
        snaps = sql(self.conn, """
            SELECT s.day, s.scope_points, s.items_added, s.team_size FROM project_snapshots s
            WHERE s.project_id = :pid ORDER BY s.day""", pid=p.id)
        out: list[tuple[str, str]] = []
        if snaps:
            first_scope, last_scope = int(snaps[0][1]), int(snaps[-1][1])
            added_items = sum(int(s[2]) for s in snaps)
            grown = last_scope - first_scope
            if added_items > 0:
                out.append((f"scope: {added_items} items added",
                            rf"\b{added_items}\s+(?:new\s+|more\s+|extra\s+|added\s+)?"
                            rf"(?:work\s+)?items?\b"))
            if grown > 0:
                pct = round(100 * grown / first_scope) if first_scope else None
                out.append((f"scope: +{grown} points",
                            rf"\b{grown}\s+(?:story\s+)?(?:points?|pts|sp)\b"))
                if pct is not None:
                    pcts = "|".join(str(v) for v in (pct - 1, pct, pct + 1) if v > 0)
                    out.append((f"scope: +{pct}%", rf"\b(?:{pcts})(?:\.\d+)?\s*%"))
            teams = [int(s[3]) for s in snaps]
            if max(teams) > teams[-1]:
                out.append((f"team: {max(teams)} -> {teams[-1]} people",
                            _together(r"team|people|members?|staff", max(teams), teams[-1])))
        recent_from = _start_of(self.today - dt.timedelta(days=27))
        before_from = _start_of(self.today - dt.timedelta(days=55))
        end = _start_of(self.today + dt.timedelta(days=1))
        ((recent, before),) = sql(self.conn, """
            SELECT coalesce(sum(CASE WHEN done_at >= :r AND done_at < :e THEN story_points END), 0),
                   coalesce(sum(CASE WHEN done_at >= :b AND done_at < :r THEN story_points END), 0)
            FROM work_items WHERE project_id = :pid""", r=recent_from, b=before_from, e=end,
                                  pid=p.id)
        recent, before = int(recent), int(before)
        if before >= 5 and recent <= 0.8 * before:  # a real drop, not noise
            out.append((f"throughput: {recent} points in 4 weeks vs {before} before",
                        _together(r"points?|throughput|pace|velocity|finished|done", recent,
                                  before)))
        return out

    # -- documents quoted ---------------------------------------------------------------------
    def last_decision(self, key: str) -> tuple[str, dt.date]:
        """What the latest meeting of a project decided, and the day of that meeting."""
        return self._quote(key, "meeting_minutes", r"decided to ([^.\n]+)")

    def last_note_risk(self, key: str) -> tuple[str, dt.date]:
        """The main risk of a project's latest status note that names one, and its day."""
        return self._quote(key, "status_note", r"Main risk: ([^.\n]+)")

    def _quote(self, key: str, kind: str, pattern: str) -> tuple[str, dt.date]:
        self.project(key)
        for body, created in sql(self.conn, """
                SELECT d.body, d.created_at FROM documents d JOIN projects p
                ON p.id = d.project_id WHERE p.key = :k AND d.kind = :kind
                ORDER BY d.created_at DESC""", k=key, kind=kind):
            match = re.search(pattern, body)
            if match:
                return match.group(1), as_date(created)
            if kind == "meeting_minutes":
                break  # only the latest meeting counts
        raise Stale(f"no {kind} of {key} matching {pattern!r}")


def _together(words: str, a: int, b: int) -> str:
    """A line that has one of ``words`` and both numbers (in any order)."""
    def number(n: int) -> str:
        return rf"(?=.*(?<![\w.-]){n}(?![\w-]))"

    return rf"(?m)^(?=.*\b(?:{words})\b){number(a)}{number(b)}.*$"


