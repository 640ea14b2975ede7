"""Summaries computed ahead of reads: the health cells (``data.health_cells``) and people's
loads (``data.people_loads``).

They must give the live queries' numbers for every view they serve, never be read once the data
or the day moved on, never be read by a viewer whose numbers differ (people's loads for a viewer
of some portfolios), and be brought up to date after a write without anyone asking.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select, text

from dashboard.summaries import Summaries
from data import (
    commands,
    events,
    health_cells,
    insights,
    people_loads,
    queries,
    skill_coverage,
    summary_state,
    users,
    version,
)
from data import resource_queries as rq
from data.demo import load_demo
from data.filters import ProjectFilters
from data.schema import HealthCell, PeopleLoad, Portfolio, SummaryState
from data.scope import Scope
from tests.factories import TODAY
from tests.private_services import wait_until

OPEN_LATE = ("SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id "
             "WHERE NOT s.is_closed AND p.due_date < :day")


@pytest.fixture
def demo(db):
    load_demo(db.kw["bind"], 60, seed=5, today=TODAY)
    return db


def _views(session) -> list[tuple[Scope, ProjectFilters]]:
    ids = list(session.scalars(select(Portfolio.id).order_by(Portfolio.id)))
    filters = [ProjectFilters(), ProjectFilters(status=("active",)),
               ProjectFilters(status=("proposed", "on_hold"), priority=("high", "critical")),
               ProjectFilters(portfolio=(ids[0],)), ProjectFilters(health=("late",)),
               ProjectFilters(health=("at_risk", "on_track"), priority=("medium",)),
               ProjectFilters(health=("closed",), portfolio=tuple(ids[1:]))]
    scopes = [Scope.everything(), Scope.of(ids[0]), Scope.of(*ids[1:]), Scope.of()]
    return list(itertools.product(scopes, filters))


def _read(session, scope: Scope, filters: ProjectFilters, day: dt.date) -> tuple:
    return (queries.portfolio_cube(session, scope, day, filters),
            sorted(queries.due_timeline(session, scope, day, filters=filters), key=repr),
            queries.health_counts(session, scope, day, filters))


def test_cells_give_the_live_numbers_for_every_view_they_serve(demo):
    """On the demo's day, and on the day an open project falls due and the day after (where
    an off-by-one in *late* would show), every view they serve, scoped or not."""
    with demo() as s:
        views = _views(s)
        due = s.execute(text(
            "SELECT min(p.due_date) FROM projects p JOIN statuses s ON s.id = p.status_id "
            "WHERE NOT s.is_closed AND p.due_date > :day"), {"day": TODAY}).scalar_one()
    due = dt.date.fromisoformat(str(due)[:10])
    for day in (TODAY, due, due + dt.timedelta(days=1)):
        with demo() as s:
            live = [_read(s, scope, f, day) for scope, f in views]
        with demo.begin() as s:
            assert health_cells.refresh(s, day)
        with demo() as s:
            assert health_cells.is_current(s, day)
            assert s.scalar(select(func.count(HealthCell.id))) > 0
            cells = [_read(s, scope, f, day) for scope, f in views]
        for (scope, f), a, b in zip(views, live, cells, strict=True):
            assert a == b, (day, scope, f)
        assert any(kpis[2]["late"] for kpis in live) and any(kpis[2]["at_risk"] for kpis in live)


def test_a_refresh_is_not_a_write_and_runs_once_per_day_and_version(demo):
    with demo() as s:
        before = version.current(s)
    with demo.begin() as s:
        assert health_cells.refresh(s, TODAY)
    with demo.begin() as s:
        assert not health_cells.refresh(s, TODAY)  # already current: nothing recomputed
    with demo() as s:
        assert version.current(s) == before
        state = s.get(SummaryState, health_cells.NAME)
        assert (state.as_of, state.version) == (TODAY, before)


def test_after_a_write_pages_read_the_projects_until_the_cells_catch_up(demo):
    with demo.begin() as s:
        health_cells.refresh(s, TODAY)
        late_key = s.execute(text(
            "SELECT p.key FROM projects p JOIN statuses s ON s.id = p.status_id "
            "WHERE NOT s.is_closed AND p.due_date < :day ORDER BY p.key LIMIT 1"),
            {"day": TODAY}).scalar_one()
    with demo.begin() as s:
        commands.set_project_status(s, Scope.everything(), late_key, "done")
    with demo() as s:
        expected = s.execute(text(OPEN_LATE), {"day": TODAY}).scalar_one()
        assert not health_cells.is_current(s, TODAY)
        assert queries.overview_kpis(s, Scope.everything(), TODAY).late == expected

    summaries = Summaries(demo, lambda: TODAY, debounce=0.05)
    try:
        summaries.on_event(events.Event("project.updated", (1,)))
        wait_until(lambda: _current(demo), 10, "the health cells after a write")
    finally:
        summaries.stop()
    with demo() as s:
        assert queries.overview_kpis(s, Scope.everything(), TODAY).late == expected
        assert queries.health_counts(s, Scope.everything(), TODAY)["late"] == expected


def test_cells_of_yesterday_are_not_read_today(demo):
    """A project becomes late when its due date passes, with no write: the cells are for one
    day, and the next day reads the projects until they are recomputed."""
    later = TODAY + dt.timedelta(days=120)
    with demo.begin() as s:
        health_cells.refresh(s, TODAY)
    with demo() as s:
        assert health_cells.is_current(s, TODAY) and not health_cells.is_current(s, later)
        expected = s.execute(text(OPEN_LATE), {"day": later}).scalar_one()
        today_late = s.execute(text(OPEN_LATE), {"day": TODAY}).scalar_one()
        assert expected > today_late  # the test means something: more are late by then
        assert queries.health_counts(s, Scope.everything(), later)["late"] == expected
        assert queries.overview_kpis(s, Scope.everything(), later).late == expected


def test_the_embedded_app_keeps_the_cells_current_from_its_start(demo):
    summaries = Summaries(demo, lambda: TODAY)
    try:
        summaries.start()
        wait_until(lambda: _current(demo), 10, "the health cells at start")
    finally:
        summaries.stop()


def test_views_the_cells_do_not_keep_read_the_projects(demo):
    with demo.begin() as s:
        health_cells.refresh(s, TODAY)
        s.execute(text("UPDATE health_cells SET projects = projects + 1000"))  # poison them
    with demo() as s:
        for narrower in (ProjectFilters(search="a"), ProjectFilters(owner=("Ada",)),
                         ProjectFilters(due_from=TODAY), ProjectFilters(keys=("PRJ-001",))):
            assert not health_cells.keeps(narrower)
            assert sum(queries.health_counts(s, Scope.everything(), TODAY, narrower).values()) \
                < 1000
        assert sum(queries.health_counts(s, Scope.everything(), TODAY).values()) > 1000


def _current(db) -> bool:
    with db() as s:
        return health_cells.is_current(s, TODAY)


# --- people's loads ------------------------------------------------------------------------


def _people(session, scope: Scope, day: dt.date) -> tuple:
    ids = list(session.scalars(select(Portfolio.id).order_by(Portfolio.id)))
    return (rq.allocation_heatmap(session, scope, day, page_size=10),
            rq.allocation_heatmap(session, scope, day, page=2, page_size=10,
                                  filters=rq.PeopleFilters(portfolio=(ids[0],))),
            rq.overallocated(session, scope, day, page_size=5),
            rq.overallocated(session, scope, day, page=2, page_size=5),
            insights.over_allocated(session, scope, day, ProjectFilters()),
            insights.over_allocated(session, scope, day, ProjectFilters(status=("active",))),
            insights.over_allocated(session, scope, day, ProjectFilters(portfolio=(ids[1],))))


def test_people_loads_give_the_live_numbers(demo):
    """This week and next month, on the demo's day and a month later (another week, another
    next month), for the heatmap, the over-allocated list and the insight."""
    for day in (TODAY, TODAY + dt.timedelta(days=31)):
        with demo() as s:
            live = _people(s, Scope.everything(), day)
        with demo.begin() as s:
            assert people_loads.refresh(s, day)
        with demo() as s:
            assert people_loads.loads_for(s, Scope.everything(), day, people_loads.WEEK) \
                is not None
            ahead = _people(s, Scope.everything(), day)
        assert ahead == live, day
        assert live[2].total and live[4].count  # someone is over-allocated: the test bites


def test_people_loads_are_the_highest_daily_load_by_the_tests_own_sql(demo):
    """Each person's stored load this week is their highest daily sum of shares, computed here
    day by day."""
    first = TODAY - dt.timedelta(days=TODAY.weekday())
    with demo.begin() as s:
        people_loads.refresh(s, TODAY)
    with demo() as s:
        stored = {r: (round(load, 6), n) for r, load, n in s.execute(
            select(PeopleLoad.resource_id, PeopleLoad.load, PeopleLoad.projects)
            .where(PeopleLoad.period == people_loads.WEEK))}
        rows = s.execute(text(
            "SELECT resource_id, project_id, share, period_start, period_end FROM allocations "
            "WHERE period_start <= :last AND period_end >= :first"),
            {"first": first, "last": first + dt.timedelta(days=6)}).all()
    expected: dict[int, tuple[float, int]] = {}
    for rid in {r[0] for r in rows}:
        mine = [r for r in rows if r[0] == rid]
        days = [first + dt.timedelta(days=d) for d in range(7)]
        peak = max(sum(r[2] for r in mine if _day(r[3]) <= day <= _day(r[4])) for day in days)
        expected[rid] = (round(peak, 6), len({r[1] for r in mine}))
    assert stored == expected and len(expected) > 5


def test_a_viewer_of_some_portfolios_reads_their_own_loads(demo):
    """A load counts only the allocations the viewer may see: the summary (every allocation)
    is never theirs. Poisoned, it changes what a viewer of everything reads and nothing else."""
    with demo.begin() as s:
        ids = list(s.scalars(select(Portfolio.id).order_by(Portfolio.id)))
        scoped_before = _people(s, Scope.of(ids[0]), TODAY)
        people_loads.refresh(s, TODAY)
        s.execute(text("UPDATE people_loads SET load = load + 5"))
    with demo() as s:
        assert _people(s, Scope.of(ids[0]), TODAY) == scoped_before
        assert rq.overallocated(s, Scope.everything(), TODAY).total == s.scalar(
            select(func.count()).where(PeopleLoad.period == people_loads.WEEK))


def test_a_signed_in_viewer_of_some_portfolios_reads_the_loads_kept_for_their_scope(demo):
    """Once signed in, their scope's loads are kept too: the live numbers, read from rows of
    their own (poisoned, those change what they read and nothing else). Signed out, the next
    refresh drops the rows and they read the allocations again."""
    with demo.begin() as s:
        ids = list(s.scalars(select(Portfolio.id).order_by(Portfolio.id)))
        scope = Scope.of(ids[0], ids[1])
        live, everyone = _people(s, scope, TODAY), _people(s, Scope.everything(), TODAY)
        pat = users.create_user(s, "pat", "a long enough password 123", "manager",
                                portfolios=[ids[0], ids[1]])
        s.flush()
        token = users.open_session(s, pat, dt.timedelta(hours=1))
    with demo.begin() as s:
        assert people_loads.refresh(s, TODAY)
    key = summary_state.scope_key(scope)
    with demo() as s:
        kept = s.execute(text("SELECT count(*), sum(projects) FROM people_loads "
                              "WHERE scope = :k AND period = 'week'"), {"k": key}).one()
        visible = s.execute(text(  # the test's own count of people and projects this week
            "SELECT count(DISTINCT a.resource_id), count(DISTINCT a.resource_id || '-' || "
            "a.project_id) FROM allocations a JOIN projects p ON p.id = a.project_id "
            "WHERE p.portfolio_id IN (:a, :b) AND a.period_start <= :last "
            "AND a.period_end >= :first"),
            {"a": ids[0], "b": ids[1], "first": TODAY - dt.timedelta(days=TODAY.weekday()),
             "last": TODAY + dt.timedelta(days=6 - TODAY.weekday())}).one()
        assert tuple(kept) == tuple(visible) and visible[0] > 3
        assert people_loads.loads_for(s, scope, TODAY, people_loads.WEEK) is not None
        assert _people(s, scope, TODAY) == live
    with demo.begin() as s:
        s.execute(text("UPDATE people_loads SET load = load + 5 WHERE scope = :k"), {"k": key})
    with demo() as s:
        assert _people(s, scope, TODAY) != live  # their own rows are what they read
        assert _people(s, Scope.everything(), TODAY) == everyone
    with demo.begin() as s:
        users.close_session(s, token)
    with demo.begin() as s:
        people_loads.refresh(s, TODAY)
    with demo() as s:
        assert people_loads.loads_for(s, scope, TODAY, people_loads.WEEK) is None
        assert not s.scalar(text("SELECT count(*) FROM people_loads WHERE scope = :k"),
                            {"k": key})
        assert _people(s, scope, TODAY) == live


def test_skill_coverage_is_kept_per_scope_with_the_live_and_the_tests_own_counts(demo):
    """Everything's and a signed-in manager's skill coverage, kept: the live counts, the open
    points per skill by the test's own SQL, and (poisoned) what is read."""
    with demo.begin() as s:
        ids = list(s.scalars(select(Portfolio.id).order_by(Portfolio.id)))
        scope = Scope.of(ids[0], ids[1])
        scopes = (Scope.everything(), scope)
        live = [_coverage(rq.skills_coverage(s, sc, limit=1000)) for sc in scopes]
        pat = users.create_user(s, "pat", "a long enough password 123", "manager",
                                portfolios=[ids[0], ids[1]])
        s.flush()
        users.open_session(s, pat, dt.timedelta(hours=1))
    with demo.begin() as s:
        assert skill_coverage.refresh(s, TODAY)
    with demo() as s:
        for sc, expected in zip(scopes, live, strict=True):
            assert skill_coverage.rows(s, sc, TODAY, 1000) is not None
            kept = rq.skills_coverage(s, sc, limit=1000, today=TODAY)
            assert _coverage(kept) == expected
            points = [r.open_points for r in kept]
            assert points == sorted(points, reverse=True)
        own = {skill: int(points) for skill, points in s.execute(text(
            "SELECT w.skill, sum(coalesce(w.story_points, 0)) FROM work_items w "
            "JOIN projects p ON p.id = w.project_id WHERE w.status <> 'done' "
            "AND w.skill IS NOT NULL AND p.portfolio_id IN (:a, :b) GROUP BY w.skill"),
            {"a": ids[0], "b": ids[1]})}
        kept_points = {r.skill: r.open_points
                       for r in rq.skills_coverage(s, scope, limit=1000, today=TODAY)
                       if r.open_points}
        assert kept_points == own and len(own) > 2
    with demo.begin() as s:
        s.execute(text("UPDATE skill_coverage SET people = people + 100"))
    with demo() as s:
        assert min(r.people for r in rq.skills_coverage(s, scope, limit=1000, today=TODAY)) \
            >= 100  # the kept rows are what a current scope reads
        assert min(r.people for r in rq.skills_coverage(s, scope, limit=1000)) < 100


def _coverage(rows) -> dict[str, tuple[int, int, int, float]]:
    return {r.skill: (r.open_items, r.open_points, r.people, round(r.capacity_hours, 6))
            for r in rows}


def test_after_a_write_people_loads_are_not_read(demo):
    with demo.begin() as s:
        people_loads.refresh(s, TODAY)
        s.execute(text("UPDATE people_loads SET load = load + 5"))
    with demo() as s:
        poisoned = rq.overallocated(s, Scope.everything(), TODAY).total
    with demo.begin() as s:  # any write: the writer's transaction bumps the version
        s.execute(text("UPDATE allocations SET share = share / 2"))
        version.bump(s)
    with demo() as s:
        halved = rq.overallocated(s, Scope.everything(), TODAY).total
    assert halved < poisoned


def _day(value) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def test_the_embedded_thread_wakes_just_after_midnight_and_not_before():
    from dashboard.summaries import until_tomorrow

    assert until_tomorrow(dt.datetime(2026, 6, 17, 23, 59, 0)) == 65.0
    assert until_tomorrow(dt.datetime(2026, 6, 17, 0, 0, 4)) == 86_401.0
    assert until_tomorrow(dt.datetime(2026, 12, 31, 12, 0)) == 12 * 3600 + 5.0  # into the new year
