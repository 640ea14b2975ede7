"""Deterministic demo and scale data: a portfolio simulated from plans, teams and velocities.

Why a simulation instead of random rows: burn-ups, forecasts and the copilot need histories whose
numbers agree with each other. Work items are completed in order at each team's actual speed
(planned speed times a lognormal efficiency), so some projects finish early and some late;
snapshots are sums over those same items, and documents quote the same facts. Everything is
vectorized with numpy per table, so 100,000 projects take seconds, not hours. Times are days
relative to ``today`` (day 0): a float ``t`` falls on day ``floor(t)`` at 08:00 + frac * 10 h, so
the simulation clock stops at the end of today's working day (t < 1 is the past). What happened
on ``today`` itself is stamped at its midnight: the demo is loaded during that day, so nothing
it says has happened may be later than the clock (it said 17:53 at 01:00), and the day of
every event (each count by day) stays the same, as does the data for a given ``today``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import NamedTuple

import numpy as np
from sqlalchemy import Engine, func, select

from data import metrics
from data.bulk import Dataset, Table, load
from data.schema import PRIORITIES, STATUS_IDS, Project, ProjectForecast

__all__ = ["Dataset", "Table", "generate", "load_demo"]

STATUS_ID = STATUS_IDS
PRIORITY_ID = {row[0]: i for i, row in enumerate(PRIORITIES, start=1)}
POINTS = np.array([1, 2, 3, 5, 8, 13])
POINT_WEIGHTS = np.array([0.12, 0.2, 0.25, 0.22, 0.14, 0.07])
SHARES = np.array([0.1, 0.2, 0.2, 0.25, 0.3, 0.4, 0.5, 0.5, 0.6, 0.8])
CAPACITIES = np.array([40.0] * 7 + [36.0, 32.0, 32.0, 24.0, 20.0])
POINTS_PER_FTE_WEEK = 6.0
HISTORY_DAYS = 540  # projects start over the ~18 months before today
RESOURCES_PER_PROJECT = 0.8
NEVER = np.inf


def generate(
    n_projects: int = 200,
    *,
    seed: int = 7,
    today: dt.date,
    items_per_project: float | None = None,
    snapshot_every_days: int | None = None,
    documents: bool = True,
) -> Dataset:
    """Simulate ``n_projects`` projects up to ``today``; same arguments give identical data.

    No forecast is stored here, so each status note states the health its day's facts give
    without one (``data.metrics.health_on``), as the badge reads before forecasts are stored."""
    sim = _simulate(n_projects, seed, today, items_per_project, snapshot_every_days)
    return sim.dataset(documents)


def _simulate(n_projects: int, seed: int, today: dt.date, items_per_project: float | None,
              snapshot_every_days: int | None) -> _Simulation:
    if n_projects < 1:
        raise ValueError("n_projects must be at least 1")
    every = 1 if snapshot_every_days is None else int(snapshot_every_days)
    per_project = 30.0 if items_per_project is None else float(items_per_project)
    if every < 1 or per_project < 1:
        raise ValueError("snapshot_every_days and items_per_project must be at least 1")
    sim = _Simulation(np.random.default_rng(seed), random.Random(seed), today)
    sim.world(n_projects)
    sim.projects(n_projects)
    sim.work_items(per_project)
    sim.stops()
    sim.snapshots(every)
    return sim


def load_demo(
    engine: Engine,
    n_projects: int = 200,
    *,
    seed: int = 7,
    today: dt.date | None = None,
    forecast: Callable[[Engine], object] | None = None,
    items_per_project: float | None = None,
    snapshot_every_days: int | None = None,
    documents: bool = True,
) -> dict[str, int]:
    """Generate and bulk-load the demo into an empty, migrated database; returns row counts.

    The documents are written last, once the projects and their history are in: each status
    note dated today states the project's health as the badge reads it then
    (``data.metrics.health`` over the stored rows). ``forecast(engine)``, run before them,
    stores the forecasts the badge reads (the app's forecasting job: data/ does not import
    models/); without it the badge and today's notes go by the rule for projects without a
    forecast, and forecasts stored later may move a badge away from its note. If ``forecast``
    raises, the documents are still written (by the badges as they then are), then it is raised.
    """
    with engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(Project)).scalar_one()
    if count:
        raise ValueError(
            f"the database already has {count} projects; the demo loads only into an empty one"
        )
    day = today or dt.date.today()
    sim = _simulate(n_projects, seed, day, items_per_project, snapshot_every_days)
    counts = load(engine, sim.dataset(documents=False))
    try:
        if forecast is not None:
            forecast(engine)
    finally:
        if documents:
            with engine.connect() as conn:
                badges = {pid: (state, p) for pid, state, p in conn.execute(metrics.with_health(
                    select(Project.id, metrics.health(day), ProjectForecast.p_on_time)))}
            counts["documents"] = load(engine, sim.documents_only(badges))["documents"]
    return counts


def _starts(counts: np.ndarray) -> np.ndarray:
    """Offset of each group's first element in a flat array grouped by ``counts``."""
    return np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)


def _group_cumsum(values: np.ndarray, group: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Running sum within each group of a flat array sorted by group."""
    total = np.cumsum(values)
    before = np.where(starts > 0, total[np.maximum(starts - 1, 0)], 0)
    result: np.ndarray = total - before[group]
    return result


def _ids(n: int) -> np.ndarray:
    return np.arange(1, n + 1, dtype=np.int64)


@dataclass
class _Simulation:
    """Arrays of one generation run; each step adds the arrays the next one needs."""

    rng: np.random.Generator
    text_rng: random.Random
    today: dt.date

    # -- time helpers ---------------------------------------------------------------------
    def stamp(self, t: np.ndarray) -> np.ndarray:
        """Float days relative to today -> datetime64[s] within working hours, today's at its
        midnight (never later than the moment the demo is loaded); inf -> NaT."""
        finite = np.isfinite(t)
        safe = np.where(finite, t, 0.0)
        day = np.floor(safe)
        seconds = np.where(day == 0, 0, 8 * 3600 + (safe - day) * 36000).astype(np.int64)
        base = np.datetime64(self.today, "D") + day.astype(np.int64).astype("timedelta64[D]")
        out = base.astype("datetime64[s]") + seconds.astype("timedelta64[s]")
        out[~finite] = np.datetime64("NaT")
        result: np.ndarray = out
        return result

    def date(self, day: np.ndarray) -> np.ndarray:
        return np.datetime64(self.today, "D") + np.asarray(day, np.int64).astype("timedelta64[D]")

    # -- portfolios, people, resources ------------------------------------------------------
    def world(self, n_projects: int) -> None:
        rng = self.rng
        if n_projects <= 1000:
            n_portfolios = int(np.clip(6 + n_projects // 50, 6, 12))
        else:
            n_portfolios = max(12, n_projects // 400)
        self.n_portfolios = n_portfolios
        self.portfolio_theme = np.arange(n_portfolios) % len(THEMES)
        self.portfolio_names = [
            THEMES[i % len(THEMES)].name + ("" if i < len(THEMES) else f" {i // len(THEMES) + 1}")
            for i in range(n_portfolios)
        ]
        n_resources = max(6 * n_portfolios, round(RESOURCES_PER_PROJECT * n_projects))
        names = self.people(n_resources + n_portfolios)
        self.resource_names, self.manager_names = names[:n_resources], names[n_resources:]
        bounds = (np.arange(n_portfolios + 1) * n_resources) // n_portfolios
        self.pool_start, self.pool_size = bounds[:-1], np.diff(bounds)
        home = np.repeat(np.arange(n_portfolios), self.pool_size)
        self.resource_role = rng.integers(0, len(ROLES), n_resources)
        self.resource_capacity = rng.choice(CAPACITIES, n_resources)
        self.resource_skills = [
            self.skills(int(role), THEMES[int(self.portfolio_theme[h])].skill)
            for role, h in zip(self.resource_role, home, strict=True)
        ]

    def people(self, count: int) -> list[str]:
        """Unique names: shuffled first/last pairs, then the same pairs with middle initials."""
        pairs = len(FIRST_NAMES) * len(LAST_NAMES)
        order = self.rng.permutation(pairs)
        names = []
        for i in range(count):
            pair, tier = int(order[i % pairs]), i // pairs
            first, last = FIRST_NAMES[pair // len(LAST_NAMES)], LAST_NAMES[pair % len(LAST_NAMES)]
            if tier == 0:
                names.append(f"{first} {last}")
            elif tier <= 26:
                names.append(f"{first} {chr(64 + tier)}. {last}")
            else:
                names.append(f"{first} {last} {tier}")
        return names

    def skills(self, role: int, theme_skill: str) -> list[str]:
        """2-5 skills: mostly the role's own, sometimes the portfolio's specialty or a hobby."""
        rnd = self.text_rng
        own = ROLES[role][1]
        picked = rnd.sample(own, rnd.randint(2, min(4, len(own))))
        extra = [theme_skill] if rnd.random() < 0.5 else []
        extra += rnd.sample(ALL_SKILLS, 1) if rnd.random() < 0.4 else []
        for skill in extra:
            if skill not in picked and len(picked) < 5:
                picked.append(skill)
        return picked

    # -- projects and teams ------------------------------------------------------------------
    def projects(self, n: int) -> None:
        rng = self.rng
        self.n = n
        self.portfolio = rng.integers(0, self.n_portfolios, n)
        self.theme = self.portfolio_theme[self.portfolio]
        self.priority = rng.choice(len(PRIORITIES), n, p=[0.2, 0.45, 0.25, 0.1]) + 1
        proposed = rng.random(n) < 0.07
        start = -np.floor(HISTORY_DAYS * rng.random(n) ** 1.6)  # more recent than old
        start[proposed] = rng.integers(1, 61, int(proposed.sum()))
        self.start = start.astype(np.int64)
        self.created = np.minimum(self.start - rng.uniform(3, 40, n), rng.uniform(-5, 0.9, n))
        size = self.pool_size[self.portfolio]
        self.team_size = np.minimum(rng.integers(2, 7, n), size)
        self.team_start = _starts(self.team_size)
        member_project = np.repeat(np.arange(n), self.team_size)
        slot = np.arange(len(member_project)) - self.team_start[member_project]
        first = rng.integers(0, size)  # teams are neighbours in their portfolio's pool
        self.member_project = member_project
        self.member_resource = (
            self.pool_start[self.portfolio][member_project]
            + (first[member_project] + slot) % size[member_project]
        )
        self.member_share = rng.choice(SHARES, len(member_project))
        self.fte = np.bincount(member_project, self.member_share, minlength=n)
        self.efficiency = rng.lognormal(-0.1, 0.35, n)

    # -- work items: plan, then execute at the actual speed --------------------------------
    def work_items(self, per_project: float) -> None:
        rng, n = self.rng, self.n
        count = np.maximum(3, 1 + rng.poisson(per_project - 1, n))
        creep = (rng.random(n) < 0.35) & (self.start <= 0)
        n_creep = np.where(creep, np.maximum(1, (count * rng.uniform(0.08, 0.3, n)).astype(int)), 0)
        project = np.repeat(np.arange(n), count)
        starts = _starts(count)
        position = np.arange(len(project)) - starts[project]
        is_creep = position >= (count - n_creep)[project]
        points = rng.choice(POINTS, len(project), p=POINT_WEIGHTS)
        initial_points = np.bincount(project, points * ~is_creep, minlength=n)
        planned_weeks = initial_points / (self.fte * POINTS_PER_FTE_WEEK) * rng.uniform(1, 1.25, n)
        planned_days = np.clip(np.ceil(planned_weeks * 7), 14, 365).astype(np.int64)
        self.due = self.start + planned_days
        rate = self.fte * POINTS_PER_FTE_WEEK * self.efficiency / 7  # points per day
        cum = _group_cumsum(points, project, starts)
        s = self.start[project].astype(float)
        done = s + (cum - points * rng.uniform(0, 0.3, len(project))) / rate[project]
        # each person works on one item at a time: an item takes its points at a person's pace
        person_rate = rate / self.team_size
        cycle = points / person_rate[project] * rng.lognormal(np.log(0.7), 0.35, len(project))
        initial_finish = initial_points / rate
        created_initial = self.created[project] + rng.random(len(project)) * (
            np.minimum(s, 0.9) - self.created[project]
        )
        created_creep = s + rng.uniform(0.1, 0.6, len(project)) * initial_finish[project]
        created = np.where(is_creep, created_creep, created_initial)
        started = np.maximum(np.maximum(done - cycle, created), s)
        planned_due = np.where(
            is_creep, self.due[project], s + cum / initial_points[project] * planned_days[project]
        )
        planned_due = np.maximum(planned_due, created + 7)  # never due before it was asked for
        self.finish = np.full(n, -NEVER)
        np.maximum.at(self.finish, project, done)
        kind = (rng.random(len(project)) < 0.35).astype(np.int8)  # 1 = feature
        member = rng.integers(0, self.team_size[project])
        unassigned = rng.random(len(project)) < 0.25
        self.items = {
            "project": project, "points": points, "created": created, "started": started,
            "done": done, "due": np.where(kind == 1, np.floor(planned_due) + 0.9, NEVER),
            "kind": kind, "assignee": self.member_resource[self.team_start[project] + member],
            "unassigned": unassigned,
            "title": rng.integers(0, 1 << 30, len(project)),
        }

    # -- statuses: holds, cancellations, completions ---------------------------------------
    def stops(self) -> None:
        rng, n, it = self.rng, self.n, self.items
        started = self.start <= 0
        natural_done = self.finish < 1
        can_cancel = started & (self.start <= -14)
        cancel = _at_least_one(rng, can_cancel & (rng.random(n) < 0.03), can_cancel)
        span = np.minimum(self.finish, 1) - self.start
        cancel_t = self.start + rng.uniform(0.2, 0.8, n) * span
        can_hold = started & ~natural_done & ~cancel & (self.start <= -21)
        hold = _at_least_one(rng, can_hold & (rng.random(n) < 0.08), can_hold)
        hold_t = np.maximum(self.start + 7, -rng.uniform(7, 45, n))
        stop = np.where(cancel, cancel_t, np.where(hold, hold_t, NEVER))
        self.stop_day = np.floor(np.where(np.isfinite(stop), stop, 0)).astype(np.int64)
        item_stop = stop[it["project"]]
        keep = (it["created"] < 1) & (it["created"] <= item_stop)  # no items from the future
        it["done"] = np.where((it["done"] > item_stop) | (it["done"] >= 1), NEVER, it["done"])
        it["started"] = np.where(
            (it["started"] > item_stop) | (it["started"] >= 1), NEVER, it["started"]
        )
        for key in list(it):
            it[key] = it[key][keep]
        self.status = np.select(
            [~started, cancel, hold, natural_done],
            [STATUS_ID[s] for s in ("proposed", "cancelled", "on_hold", "done")],
            STATUS_ID["active"],
        )
        done = self.status == STATUS_ID["done"]
        self.completed = np.where(done, self.finish, NEVER)
        self.end_day = np.select(
            [done, cancel, started], [np.floor(self.finish), np.floor(cancel_t), 0], -1
        ).astype(np.int64)  # last snapshot day; proposed projects have none (end < start)
        alloc_end = np.select(
            [~started, cancel, hold, done],
            [self.due, np.floor(cancel_t), np.floor(hold_t), np.floor(self.finish)],
            np.maximum(self.due, 28),
        )
        self.alloc_end = np.maximum(alloc_end, self.start).astype(np.int64)

    # -- daily/weekly history ---------------------------------------------------------------
    def snapshots(self, every: int) -> None:
        """One row per project per ``every`` days from start to its end day (always included)."""
        rng, it = self.rng, self.items
        has = self.end_day >= self.start
        length = np.where(has, self.end_day - self.start, 0)
        count = np.where(has, length // every + 1 + (length % every != 0), 0)
        starts = _starts(count)
        total = int(count.sum())
        project = np.repeat(np.arange(self.n), count)
        k = np.arange(total) - starts[project]
        self.snap_count, self.snap_start = count, starts
        day = self.start[project] + np.minimum(k * every, length[project])
        self.snap = {"project": project, "day": day}
        # removed items: scope that existed for a while and was dropped before the end day
        removable = has & (length >= 3) & (rng.random(self.n) < 0.15)
        n_removed = np.where(removable, rng.integers(1, 3, self.n), 0)
        removed_project = np.repeat(np.arange(self.n), n_removed)
        removed_points = rng.choice(POINTS, len(removed_project), p=POINT_WEIGHTS)
        removed_day = self.start[removed_project] + 1 + np.floor(
            rng.random(len(removed_project)) * length[removed_project]
        ).astype(np.int64)

        def binned(proj: np.ndarray, day: np.ndarray, weight: np.ndarray) -> np.ndarray:
            """Sum of ``weight`` per snapshot row whose interval (previous row, row] holds day."""
            s = self.start[proj]
            ok = has[proj] & (day <= self.end_day[proj])
            offset = np.ceil(np.maximum(day - s, 0) / every).astype(np.int64)
            offset = np.minimum(offset, count[proj] - 1)
            rows = starts[proj][ok] + offset[ok]
            return np.bincount(rows, weight[ok].astype(float), minlength=total).astype(np.int64)

        def cumulative(values: np.ndarray) -> np.ndarray:
            return _group_cumsum(values, project, starts)

        p, pts = it["project"], it["points"]
        created_day = np.floor(it["created"]).astype(np.int64)
        done_day = np.floor(np.where(np.isfinite(it["done"]), it["done"], 1e9)).astype(np.int64)
        start_day = np.floor(np.where(np.isfinite(it["started"]), it["started"], 1e9)).astype(
            np.int64
        )
        ones = np.ones(len(p))
        snap = self.snap
        snap["scope"] = cumulative(
            binned(p, created_day, pts)
            + binned(removed_project, self.start[removed_project], removed_points)
            - binned(removed_project, removed_day, removed_points)
        )
        snap["done"] = cumulative(binned(p, done_day, pts))
        snap["in_progress"] = cumulative(binned(p, start_day, pts) - binned(p, done_day, pts))
        added = created_day > self.start[p]
        snap["added"] = binned(p[added], created_day[added], ones[added])
        snap["removed"] = binned(
            removed_project, removed_day, np.ones(len(removed_project))
        )
        m = self.member_project
        snap["team"] = cumulative(
            binned(m, self.start[m], np.ones(len(m)))
            - binned(m, self.alloc_end[m] + 1, np.ones(len(m)))
        )

    # -- tables -------------------------------------------------------------------------------
    def dataset(self, documents: bool) -> Dataset:
        self.project_texts()
        return Dataset(
            portfolios=Table("portfolios", {
                "id": _ids(self.n_portfolios), "name": self.portfolio_names,
            }),
            users=self.users_table(),
            user_portfolios=self.user_portfolios_table(),
            resources=Table("resources", {
                "id": _ids(len(self.resource_names)),
                "name": self.resource_names,
                "role": [ROLES[r][0] for r in self.resource_role],
                "skills": self.resource_skills,
                "weekly_capacity": self.resource_capacity,
            }),
            projects=self.projects_table(),
            allocations=Table("allocations", {
                "id": _ids(len(self.member_project)),
                "resource_id": self.member_resource + 1,
                "project_id": self.member_project + 1,
                "share": self.member_share,
                "period_start": self.date(self.start[self.member_project]),
                "period_end": self.date(self.alloc_end[self.member_project]),
            }),
            work_items=self.work_items_table(),
            project_snapshots=Table("project_snapshots", {
                "project_id": self.snap["project"] + 1,
                "day": self.date(self.snap["day"]),
                "scope_points": self.snap["scope"],
                "done_points": self.snap["done"],
                "in_progress_points": self.snap["in_progress"],
                "items_added": self.snap["added"],
                "items_removed": self.snap["removed"],
                "team_size": self.snap["team"],
            }),
            documents=self.documents_table(documents),
        )

    def users_table(self) -> Table:
        managers = [(f"{name.lower().replace('. ', '.').replace(' ', '.')}", name, "manager")
                    for name in self.manager_names]
        rows = [("admin", "Administrator", "admin"), *managers, ("viewer", "Demo Viewer", "viewer")]
        created = self.stamp(np.full(len(rows), -HISTORY_DAYS - 30.0))
        return Table("users", {
            "id": _ids(len(rows)),
            "username": [r[0] for r in rows],
            "display_name": [r[1] for r in rows],
            "role": [r[2] for r in rows],
            "password_hash": [None] * len(rows),  # nobody signs in until given a password
            "created_at": created,
            "email": [None] * len(rows),  # demo users get no mail (issue 14)
            "is_active": [True] * len(rows),
            "last_login": [None] * len(rows),
        })

    def user_portfolios_table(self) -> Table:
        """Each manager sees their own portfolio; the viewer sees the first two."""
        viewer = self.n_portfolios + 2
        pairs = [(i + 2, i + 1) for i in range(self.n_portfolios)] + [(viewer, 1), (viewer, 2)]
        return Table("user_portfolios", {
            "id": _ids(len(pairs)),
            "user_id": [u for u, _ in pairs],
            "portfolio_id": [p for _, p in pairs],
        })

    def project_texts(self) -> None:
        rnd, width = self.text_rng, max(4, len(str(self.n)))
        self.keys = [f"PRJ-{i:0{width}d}" for i in range(1, self.n + 1)]
        self.names, self.descriptions, self.goals = [], [], []
        for i in range(self.n):
            theme = THEMES[int(self.theme[i])]
            topic, goal = rnd.choice(theme.topics), rnd.choice(theme.goals)
            self.names.append(f"{rnd.choice(CODENAMES)} {topic}")
            self.goals.append(goal)
            self.descriptions.append(
                f"{topic[0].upper()}{topic[1:]} for the {self.portfolio_names[self.portfolio[i]]}"
                f" team. Goal: {goal}."
            )
        self.lead = self.member_resource[self.team_start]

    def projects_table(self) -> Table:
        return Table("projects", {
            "id": _ids(self.n),
            "key": self.keys,
            "name": self.names,
            "description": self.descriptions,
            "status_id": self.status,
            "priority_id": self.priority,
            "portfolio_id": self.portfolio + 1,
            "owner": [self.resource_names[r] for r in self.lead],
            "start_date": self.date(self.start),
            "due_date": self.date(self.due),
            "completed_at": self.stamp(self.completed),
            "created_at": self.stamp(self.created),
        })

    def work_items_table(self) -> Table:
        it = self.items
        titles = np.array(
            [f"{verb} {obj}" for theme in THEMES for obj in theme.objects for verb in VERBS],
            dtype=object,
        )
        per_theme = len(titles) // len(THEMES)
        theme = self.theme[it["project"]]
        title = titles[theme * per_theme + it["title"] % per_theme]
        self.item_title = title
        done = np.isfinite(it["done"])
        started = np.isfinite(it["started"])
        status = np.where(done, "done", np.where(started, "in_progress", "todo")).astype(object)
        assignee = (it["assignee"] + 1).astype(object)
        assignee[it["unassigned"] & ~started] = None
        return Table("work_items", {
            "id": _ids(len(it["project"])),
            "project_id": it["project"] + 1,
            "kind": np.where(it["kind"] == 1, "feature", "backlog_item").astype(object),
            "title": title,
            "status": status,
            "story_points": it["points"],
            "created_at": self.stamp(it["created"]),
            "started_at": self.stamp(it["started"]),
            "done_at": self.stamp(it["done"]),
            "due_at": self.stamp(it["due"]),
            "assignee_id": assignee,
            "skill": self.item_skills(it["assignee"], it["title"]),
        })

    def item_skills(self, resource: np.ndarray, draw: np.ndarray) -> np.ndarray:
        """The skill an item needs: one of the skills of the person it is (or would be) for."""
        flat = np.array([s for skills in self.resource_skills for s in skills], dtype=object)
        count = np.array([len(skills) for skills in self.resource_skills])
        picked: np.ndarray = flat[_starts(count)[resource] + (draw >> 8) % count[resource]]
        return picked

    def documents_only(self, badges: Mapping[int, tuple[str, float | None]]) -> Dataset:
        """The documents, as a dataset of them alone, after ``dataset(documents=False)`` was
        loaded: status notes dated today state ``badges`` (project id -> health and stored
        P(on time), read with ``data.metrics.health``)."""
        empty = {f.name: Table(f.name, {}) for f in fields(Dataset)}  # field = table name
        return Dataset(**{**empty, "documents": self.documents_table(True, badges)})

    def documents_table(self, enabled: bool,
                        badges: Mapping[int, tuple[str, float | None]] | None = None) -> Table:
        """Minutes, status notes and specs that quote the simulated facts (for retrieval).

        ``badges``: each project's health today and stored P(on time) (project id -> both),
        which the notes dated today state; without them, by ``metrics.health_on`` with no
        forecast, as the badge reads before one is stored."""
        docs: list[tuple[int, str, str, str, float]] = []
        self.badges = badges
        if enabled:
            self.lists = {k: v.tolist() for k, v in self.snap.items()}
            for k in ("added", "removed"):  # totals since the project's start, per row
                self.lists[k] = _group_cumsum(
                    self.snap[k], self.snap["project"], self.snap_start
                ).tolist()
            first_item = np.searchsorted(self.items["project"], np.arange(self.n))
            self.lists["first_item"] = first_item.tolist()
            team_names = [self.resource_names[r] for r in self.member_resource.tolist()]
            team_start, team_size = self.team_start.tolist(), self.team_size.tolist()
            for p in np.flatnonzero(self.snap_count > 0).tolist():
                team = team_names[team_start[p]:team_start[p] + team_size[p]]
                docs.extend(self.project_documents(p, team))
        return Table("documents", {
            "id": _ids(len(docs)),
            "project_id": [d[0] + 1 for d in docs],
            "kind": [d[1] for d in docs],
            "title": [d[2] for d in docs],
            "body": [d[3] for d in docs],
            "created_at": self.stamp(np.array([d[4] for d in docs], dtype=float)),
        })

    def project_documents(self, p: int, team: list[str]) -> list[tuple[int, str, str, str, float]]:
        rnd, snap, theme = self.text_rng, self.lists, THEMES[self.theme[p]]
        first, count = int(self.snap_start[p]), int(self.snap_count[p])
        key, name, owner = self.keys[p], self.names[p], team[0]
        start = int(self.start[p])
        length = snap["day"][first + count - 1] - start
        docs = []
        if rnd.random() < 0.5:
            kickoff = self.today + dt.timedelta(days=start)
            due = self.today + dt.timedelta(days=int(self.due[p]))
            lo = snap["first_item"][p]
            features = ", ".join(str(t) for t in self.item_title[lo:lo + 3])
            body = (
                f"Specification: {name} ({key}).\nGoal: {self.goals[p]}.\n"
                f"Scope at kick-off: {snap['scope'][first]} story points, starting with "
                f"{features}.\nTeam: {', '.join(team)}; lead {owner}.\n"
                f"Planned start {kickoff:%d %B %Y}, due {due:%d %B %Y}.\n"
                f"Open question: {rnd.choice(theme.risks)}."
            )
            docs.append((p, "spec", f"{key} specification: {name}", body, start + 0.1))
        n_minutes = min(6, 1 + length // 21)
        for i in range(n_minutes):
            row = first + round((i + 0.5) / n_minutes * (count - 1))
            day = self.today + dt.timedelta(days=snap["day"][row])
            action_day = day + dt.timedelta(days=rnd.randint(3, 14))
            body = (
                f"Weekly sync of {name} ({key}) on {day:%A %d %B %Y}.\n"
                f"Attendees: {', '.join(team)}. Chair: {owner}.\n"
                f"Progress: {snap['done'][row]} of {snap['scope'][row]} story points done, "
                f"{snap['in_progress'][row]} in progress.\n"
                f"Decision: The team decided to {rnd.choice(theme.decisions)}.\n"
                f"Risk: {rnd.choice(theme.risks)}; {rnd.choice(team)} follows up.\n"
                f"Action: {rnd.choice(team)} will {rnd.choice(ACTIONS)} by {action_day:%d %B %Y}."
            )
            title = f"{key} weekly sync {day:%Y-%m-%d}"
            docs.append((p, "meeting_minutes", title, body, snap["day"][row] + 0.2))
        n_notes = min(4, 1 + length // 28)
        for i in range(n_notes):
            row = first + round((i + 1) / n_notes * (count - 1))
            docs.append(self.status_note(p, row, owner, rnd.choice(theme.risks)))
        if self.status[p] in (STATUS_ID["cancelled"], STATUS_ID["on_hold"]):
            day = self.today + dt.timedelta(days=int(self.stop_day[p]))
            what = "cancelled" if self.status[p] == STATUS_ID["cancelled"] else "put on hold"
            body = (
                f"{name} ({key}) was {what} on {day:%d %B %Y} because "
                f"{rnd.choice(STOP_REASONS)}. Decision by {self.manager_names[self.portfolio[p]]}."
            )
            docs.append((p, "status_note", f"{key} {what}", body, self.stop_day[p] + 0.5))
        return docs

    def status_note(self, p: int, row: int, owner: str,
                    risk: str) -> tuple[int, str, str, str, float]:
        """The project's health on the note's day (``verdict``), with the numbers behind it."""
        snap = self.lists
        day = self.today + dt.timedelta(days=snap["day"][row])
        due = self.today + dt.timedelta(days=int(self.due[p]))
        scope, done = snap["scope"][row], snap["done"][row]
        health, basis = self.verdict(p, row)
        pct = round(100 * done / scope) if scope else 0
        added, removed = snap["added"][row], snap["removed"][row]
        body = (
            f"Status of {self.names[p]} ({self.keys[p]}) on {day:%d %B %Y}: {health}.\n"
            f"{done} of {scope} story points are done ({pct}%), "
            f"{snap['in_progress'][row]} in progress.\nDue date {due:%d %B %Y}. {basis}\n"
            + (f"Scope grew by {_items(added)} since the start. " if added else "")
            + (f"{_items(removed)} removed from the scope since the start. " if removed else "")
            + f"Main risk: {risk}. Owner: {owner}."
        )
        title = f"{self.keys[p]} status {day:%Y-%m-%d}"
        return p, "status_note", title, body, snap["day"][row] + 0.9

    def verdict(self, p: int, row: int) -> tuple[str, str]:
        """The health a status note states, in docs/metrics.md's words, and its basis.

        Dated today: the badge's (``self.badges``, read with ``data.metrics.health`` after the
        forecasts were stored). An earlier day: ``data.metrics.health_on`` over that day's
        snapshot; the demo keeps no forecast of past days, so the rule for a project without
        one. Closed is said as the status that closed it (done, cancelled)."""
        snap = self.lists
        offset = snap["day"][row]
        day = self.today + dt.timedelta(days=offset)
        start = self.today + dt.timedelta(days=int(self.start[p]))
        due = self.today + dt.timedelta(days=int(self.due[p]))
        scope, done = snap["scope"][row], snap["done"][row]
        progress = done / scope if scope else 0.0
        status = int(self.status[p])
        if offset == 0 and self.badges is not None:
            health, p_on_time = self.badges[p + 1]
        else:
            closed = (status == STATUS_ID["done"] and offset >= self.end_day[p]) or (
                status == STATUS_ID["cancelled"] and offset >= self.stop_day[p])
            health, p_on_time = metrics.health_on(
                day, closed=closed, start=start, due=due, progress=progress,
                p_on_time=None), None
        if health == "closed" and status == STATUS_ID["cancelled"]:
            return "cancelled", "The project was cancelled that day."
        if health == "closed":
            late = (day - due).days
            return ("done" if late <= 0 else f"done, {late} days after the due date",
                    "All planned work is done.")
        word = metrics.HEALTH_LABELS[health].lower()
        if health == "late":
            return word, "The due date has passed, so the project is late."
        if p_on_time is not None:
            below = f", under {metrics.AT_RISK_BELOW:.0%}" if health == "at_risk" else ""
            return word, (f"The forecast gives it a {p_on_time:.0%} chance of finishing by the "
                          f"due date{below}, so it is {word}.")
        elapsed = (day - start).days / (due - start).days if due > start else 0.0
        behind = (f", more than {round(100 * metrics.SCHEDULE_MARGIN)} points behind"
                  if health == "at_risk" else "")
        when = "yet" if offset == 0 else "on that day"
        return word, (f"With no forecast {when}, it goes by its schedule: {elapsed:.0%} of the "
                      f"time to the due date has passed and {progress:.0%} of the work is done"
                      f"{behind}, so it is {word}.")


def _items(count: int) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


def _at_least_one(rng: np.random.Generator, chosen: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Make sure a rare status shows up at all when some project could have it."""
    if not chosen.any() and eligible.any():
        chosen = chosen.copy()
        chosen[rng.choice(np.flatnonzero(eligible))] = True
    return chosen



# -- vocabulary: themes, people, roles ---------------------------------------------------------


class Theme(NamedTuple):
    """What a portfolio works on: words for project names, work items and documents."""

    name: str
    skill: str
    topics: tuple[str, ...]
    goals: tuple[str, ...]
    objects: tuple[str, ...]
    decisions: tuple[str, ...]
    risks: tuple[str, ...]


THEMES = (
    Theme("Payments", "security",
          ("checkout payments", "refund automation", "card processor migration", "invoice engine"),
          ("cut failed payments by a third", "settle refunds within one day"),
          ("card tokenization", "refund API", "3-D Secure flow", "settlement report",
           "chargeback webhook", "payment retry logic", "currency rounding", "fraud score check"),
          ("switch the card processor to the new acquirer", "add 3-D Secure for all EU cards",
           "postpone the refund API to the next quarter", "keep the legacy invoice format for B2B"),
          ("PCI audit findings could block the release", "the acquirer's sandbox is unstable",
           "settlement files arrive late from the bank")),
    Theme("Mobile Apps", "react",
          ("mobile onboarding", "offline mode", "push notifications", "app redesign"),
          ("raise day-7 retention to 40%", "reach a 4.5 star rating"),
          ("login screen", "push notification service", "offline sync", "deep links",
           "crash reporting", "dark mode", "in-app feedback form", "biometric unlock"),
          ("drop offline mode from the first release", "adopt the shared design system",
           "ship Android one week after iOS", "use feature flags for the new onboarding"),
          ("App Store review may delay the launch", "older Android phones run out of memory",
           "the design system is not ready")),
    Theme("Data Platform", "data engineering",
          ("reporting warehouse", "event pipeline", "data catalog", "metrics layer"),
          ("deliver daily reports by 7 am", "give every team one source of truth for revenue"),
          ("ingestion job", "nightly batch", "CDC connector", "data quality checks",
           "partitioned tables", "lineage graph", "metrics API", "backfill script"),
          ("move the nightly batch to incremental loads", "adopt PostgreSQL for reporting",
           "retire the old CSV exports", "keep raw events for 13 months only"),
          ("upstream schemas drift without notice", "storage costs grow faster than planned",
           "the source system has no change timestamps")),
    Theme("Devices", "embedded",
          ("sensor hub", "battery pack", "firmware update", "smart thermostat"),
          ("double the battery life", "pass CE certification on the first attempt"),
          ("bootloader", "battery management firmware", "BLE pairing", "PCB revision",
           "OTA update service", "power profiling", "enclosure design", "factory test rig"),
          ("switch the battery supplier", "freeze the PCB layout at revision C",
           "move the OTA server to the cloud backend", "add a second source for the BLE chip"),
          ("component lead times are 16 weeks", "the battery fails the drop test",
           "certification lab slots are scarce")),
    Theme("Growth", "analytics",
          ("pricing experiment", "referral program", "landing pages", "lifecycle emails"),
          ("grow trial conversion by 2 points", "halve the cost per signup"),
          ("A/B test framework", "referral codes", "pricing page", "email templates",
           "attribution model", "signup funnel", "promo banner", "churn survey"),
          ("run the pricing test in two markets only", "stop the paid social campaign",
           "send lifecycle emails from the new platform", "offer annual plans at a 15% discount"),
          ("tracking consent is below 60%", "legal has not approved the referral terms",
           "the experiment needs more traffic")),
    Theme("Infrastructure", "devops",
          ("Kubernetes migration", "observability stack", "CI speed-up", "network refresh"),
          ("cut build times below ten minutes", "reach 99.95% availability"),
          ("build agents", "Helm charts", "log shipping", "alert rules", "Terraform modules",
           "service mesh", "backup jobs", "load balancer config"),
          ("migrate the build agents to Kubernetes", "retire the legacy VPN",
           "standardise on OpenTelemetry", "move backups to object storage"),
          ("the cloud quota increase is still pending", "on-call load is high during the migration",
           "the legacy VPN has undocumented users")),
    Theme("Security", "security",
          ("SSO rollout", "secrets management", "vulnerability program", "audit logging"),
          ("close every critical finding within 14 days", "put every internal tool behind SSO"),
          ("SSO integration", "secret rotation", "dependency scanning", "audit log export",
           "MFA enforcement", "access review", "WAF rules", "incident runbook"),
          ("enforce SSO for all internal tools", "rotate all service credentials quarterly",
           "block deploys with critical vulnerabilities", "keep audit logs for two years"),
          ("the penetration test found two high findings", "some vendors do not support SAML",
           "key rotation may break batch jobs")),
    Theme("Customer Support", "python",
          ("ticketing integration", "help center", "chatbot pilot", "support analytics"),
          ("answer 80% of tickets within four hours", "deflect a fifth of billing questions"),
          ("ticket routing", "CRM sync", "help center search", "macro library", "chat widget",
           "SLA dashboard", "satisfaction survey", "escalation rules"),
          ("integrate the ticketing system with the CRM", "launch the chatbot for billing only",
           "move the help center to the new CMS", "measure first-response time per team"),
          ("agents need two weeks of training", "the CRM API has strict rate limits",
           "translations are late for three languages")),
    Theme("ML Platform", "ml",
          ("recommendation engine", "feature store", "forecasting service", "model monitoring"),
          ("lift click-through by 5%", "ship a model to production every week"),
          ("feature pipeline", "training job", "model registry", "drift monitor", "batch scoring",
           "online inference API", "labeling tool", "evaluation report"),
          ("replace the rule engine with a gradient-boosting model", "retrain the model weekly",
           "serve predictions from the feature store", "keep a human review for low confidence"),
          ("labelled data is scarce", "GPU capacity is shared with research",
           "the model underperforms on new customers")),
    Theme("Web Storefront", "react",
          ("checkout redesign", "product search", "storefront performance", "accessibility audit"),
          ("load product pages in under one second", "meet WCAG 2.2 AA"),
          ("product page", "search ranking", "cart service", "image CDN", "accessibility fixes",
           "checkout form", "wishlist", "SEO metadata"),
          ("move checkout to the new React frontend", "drop support for Internet Explorer",
           "launch search ranking behind a feature flag", "lazy-load all product images"),
          ("SEO rankings may drop after the migration", "the payment widget is not accessible",
           "the Black Friday code freeze starts in November")),
    Theme("Logistics", "sql",
          ("route optimisation", "warehouse scanning", "carrier integration", "returns portal"),
          ("ship 95% of orders the same day", "cut return handling time in half"),
          ("carrier API", "label printing", "route planner", "scanner app", "returns form",
           "delivery tracking page", "stock sync", "dock scheduling"),
          ("partner with a second carrier for express shipping", "replace the handheld scanners",
           "offer free returns in Germany", "batch label printing every hour"),
          ("the scanner firmware is end-of-life", "the carrier API changes in spring",
           "peak season starts before the rollout")),
    Theme("Internal Tools", "testing",
          ("admin console", "HR self-service", "expense app", "intranet search"),
          ("save every manager an hour a week", "retire three legacy consoles"),
          ("admin console", "role management", "expense approval flow", "intranet search index",
           "employee directory", "report builder", "SSO login", "audit trail"),
          ("consolidate the three admin consoles into one", "buy an expense tool, not build one",
           "open the directory to contractors", "archive intranet pages older than two years"),
          ("HR data needs a privacy review", "the old console has no API",
           "adoption depends on manager training")),
)
ROLES = (
    ("Backend engineer", ("python", "sql", "java", "go", "api design")),
    ("Frontend engineer", ("react", "typescript", "css", "ux")),
    ("Data engineer", ("data engineering", "sql", "python", "spark")),
    ("ML engineer", ("ml", "python", "data engineering", "statistics")),
    ("Embedded engineer", ("embedded", "c", "hardware", "testing")),
    ("QA engineer", ("testing", "automation", "python", "sql")),
    ("DevOps engineer", ("devops", "kubernetes", "terraform", "security")),
    ("Security engineer", ("security", "devops", "python", "networking")),
    ("UX designer", ("ux", "research", "react", "accessibility")),
    ("Product manager", ("product", "analytics", "ux", "sql")),
)
ALL_SKILLS = sorted({skill for _, skills in ROLES for skill in skills})
VERBS = ("Implement", "Design", "Test", "Refactor", "Document", "Automate", "Fix", "Review",
         "Prototype", "Migrate")
CODENAMES = ("Apollo", "Beacon", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor",
             "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Phoenix",
             "Quartz", "Raven", "Sierra", "Tundra", "Umbra", "Vega", "Willow", "Zephyr")
FIRST_NAMES = (
    "Ada", "Aisha", "Alex", "Amir", "Ana", "Ben", "Carla", "Chen", "Dara", "David", "Elena",
    "Emeka", "Eva", "Farah", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jonas", "Julia",
    "Kai", "Kenji", "Lara", "Leo", "Lina", "Luca", "Maya", "Marco", "Mei", "Nadia", "Nils",
    "Noor", "Omar", "Olga", "Paul", "Priya", "Rafael", "Rosa", "Sam", "Sara", "Sofia", "Tariq",
    "Tom", "Uma", "Vera", "Yusuf", "Zoe", "Zara",
)
LAST_NAMES = (
    "Adams", "Ahmed", "Alvarez", "Berg", "Brown", "Castro", "Chen", "Costa", "Diaz", "Dubois",
    "Eriksen", "Fischer", "Garcia", "Haddad", "Hansen", "Ito", "Jansen", "Kaur", "Kim", "Kowalski",
    "Larsen", "Lopez", "Martin", "Meyer", "Moreau", "Nakamura", "Novak", "Okafor", "Olsen",
    "Patel", "Petrov", "Quinn", "Rossi", "Santos", "Schmidt", "Singh", "Silva", "Tanaka",
    "Torres", "Vargas", "Wagner", "Walsh", "Weber", "Wong", "Yilmaz", "Zhang",
)
ACTIONS = ("update the delivery plan", "review the test results with QA",
           "confirm the budget with finance", "prepare the demo for stakeholders",
           "write the rollout runbook", "check the vendor contract", "book the release window")
STOP_REASONS = ("the budget moved to a higher-priority initiative",
                "the business case no longer holds", "key people moved to an urgent project",
                "a vendor dependency is blocked")
