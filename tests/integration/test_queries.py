"""Overview queries on SQLite and PostgreSQL: the same assertions on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from data import health_cells, queries
from data.filters import ProjectFilters
from data.rollups import refresh_rollups
from data.schema import Project
from data.scope import Scope
from tests.factories import TODAY, add_item, add_portfolio, add_project


@pytest.fixture(params=["live", "cells"])
def portfolio_db(db, request):
    """Alpha: on track, late, done, at risk; Beta: one proposed project already past due.

    Every test runs twice: reading the projects, and reading the health cells computed for
    TODAY (``data.health_cells``), which must give the same numbers wherever they apply."""
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        active = add_project(s, "A-1", alpha, priority="high", name="Checkout revamp")
        late = add_project(s, "A-2", alpha, due=dt.date(2026, 6, 1), priority="critical")
        done = add_project(s, "A-3", alpha, status="done",
                           completed_at=dt.datetime(2026, 6, 3, 10))
        risky = add_project(s, "A-4", alpha, due=dt.date(2026, 7, 31))  # 79 % elapsed
        add_project(s, "B-1", beta, status="proposed", start=None, due=dt.date(2026, 5, 1))
        add_item(s, active, status="done", points=5, done_at=dt.datetime(2026, 6, 15, 9))
        add_item(s, active, status="done", points=3, done_at=dt.datetime(2026, 6, 14, 23))
        add_item(s, late, status="in_progress", points=8)
        add_item(s, done, status="done", points=2, done_at=dt.datetime(2026, 5, 20, 12))
        add_item(s, risky, status="done", points=1, done_at=dt.datetime(2026, 3, 2, 12))
        add_item(s, risky, status="todo", points=9)
        refresh_rollups(s.connection())
        ids = {"alpha": alpha.id, "beta": beta.id}
    if request.param == "cells":
        with db.begin() as s:
            assert health_cells.refresh(s, TODAY)
        with db() as s:
            assert health_cells.is_current(s, TODAY)
    return db, ids


def test_kpis_count_active_late_at_risk_and_done_this_month(portfolio_db):
    db, _ = portfolio_db
    with db() as s:
        kpis = queries.overview_kpis(s, Scope.everything(), TODAY)
    # B-1 is proposed and past due: open, so late too. A-4 is 10 % done at 79 % elapsed.
    assert (kpis.projects, kpis.active, kpis.late, kpis.at_risk) == (5, 3, 2, 1)
    assert (kpis.done_this_month, kpis.open_items) == (1, 2)


def test_kpis_respect_scope_and_filters(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        beta_only = queries.overview_kpis(s, Scope.of(ids["beta"]), TODAY)
        nothing = queries.overview_kpis(s, Scope.of(), TODAY)
        alpha = queries.overview_kpis(s, Scope.everything(), TODAY,
                                      ProjectFilters(portfolio=(ids["alpha"],)))
        critical = queries.overview_kpis(s, Scope.everything(), TODAY,
                                         ProjectFilters(priority=("critical",)))
        searched = queries.overview_kpis(s, Scope.everything(), TODAY,
                                         ProjectFilters(search="checkout"))
        due_june = queries.overview_kpis(
            s, Scope.everything(), TODAY,
            ProjectFilters(due_from=dt.date(2026, 6, 1), due_to=dt.date(2026, 6, 30)))
    assert (beta_only.projects, beta_only.active, beta_only.late) == (1, 0, 1)
    assert nothing.projects == 0 and nothing.open_items == 0
    assert (alpha.projects, alpha.late, alpha.at_risk) == (4, 1, 1)
    assert (critical.projects, critical.late) == (1, 1)
    assert searched.projects == 1 and searched.active == 1
    assert due_june.projects == 1 and due_june.late == 1


def test_status_priority_counts_group_in_sql(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        rows = queries.status_priority_from(queries.portfolio_cube(s, Scope.everything(), TODAY))
        scoped = queries.status_priority_from(
            queries.portfolio_cube(s, Scope.of(ids["beta"]), TODAY))
        active = queries.status_priority_from(queries.portfolio_cube(
            s, Scope.everything(), TODAY, ProjectFilters(status=("active",))))
    got = {(r.status, r.priority): r.projects for r in rows}
    assert got == {("proposed", "medium"): 1, ("active", "high"): 1, ("active", "medium"): 1,
                   ("active", "critical"): 1, ("done", "medium"): 1}
    assert rows[0].status == "proposed"  # ordered by lifecycle
    assert [(r.status, r.projects) for r in scoped] == [("proposed", 1)]
    assert {r.status for r in active} == {"active"}


def test_weekly_throughput_buckets_by_monday(portfolio_db):
    db, _ = portfolio_db
    with db() as s:
        weeks = queries.throughput_from(
            queries.weekly_activity(s, Scope.everything(), TODAY, weeks=6))
    assert len(weeks) == 6
    assert weeks[-1].week == dt.date(2026, 6, 15)  # this week's Monday
    assert all(w.week.weekday() == 0 for w in weeks)
    by_week = {w.week: (w.items, w.points) for w in weeks}
    assert by_week[dt.date(2026, 6, 15)] == (1, 5)  # Mon 15 Jun
    assert by_week[dt.date(2026, 6, 8)] == (1, 3)  # Sun 14 Jun late evening
    assert by_week[dt.date(2026, 5, 18)] == (1, 2)
    assert sum(w.items for w in weeks) == 3


def _burnup(s, scope: Scope, weeks: int) -> list[queries.BurnupPoint]:
    cells = queries.portfolio_cube(s, scope, TODAY)
    return queries.burnup_from(queries.weekly_activity(s, scope, TODAY, weeks),
                               sum(c.scope_points for c in cells),
                               sum(c.done_points for c in cells))


def test_portfolio_burnup_accumulates_scope_and_done(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        points = _burnup(s, Scope.everything(), weeks=20)
        beta = _burnup(s, Scope.of(ids["beta"]), weeks=20)
    assert len(points) == 20 and points[-1].week == dt.date(2026, 6, 15)
    assert points[-1].scope == 28  # every item was created on 6 Jan
    assert points[-1].done == 11
    by_week = {p.week: p.done for p in points}
    assert by_week[dt.date(2026, 3, 2)] == 1  # A-4's item
    assert by_week[dt.date(2026, 5, 18)] == 3
    assert by_week[dt.date(2026, 6, 8)] == 6
    dones = [p.done for p in points]
    assert dones == sorted(dones)  # cumulative never falls
    assert {p.scope for p in beta} == {0}


def test_portfolio_counts(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        rows = queries.portfolio_counts(s, Scope.everything(), TODAY)
    assert [(r.portfolio_id, r.portfolio, r.open, r.late, r.done) for r in rows] == [
        (ids["alpha"], "Alpha", 3, 1, 1), (ids["beta"], "Beta", 1, 1, 0)]


def test_due_timeline_splits_by_health(portfolio_db):
    db, _ = portfolio_db
    with db() as s:
        months = queries.due_timeline(s, Scope.everything(), TODAY)
    got = {(m.month, m.health): m.projects for m in months}
    assert got == {
        (dt.date(2026, 5, 1), "late"): 1,
        (dt.date(2026, 6, 1), "late"): 1,
        (dt.date(2026, 7, 1), "at_risk"): 1,
        (dt.date(2026, 12, 1), "on_track"): 1,
    }


def test_portfolios_and_owners_are_scoped(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        assert [n for _, n in queries.portfolios(s, Scope.everything())] == ["Alpha", "Beta"]
        assert queries.portfolios(s, Scope.of(ids["alpha"])) == [(ids["alpha"], "Alpha")]
        assert queries.owners(s, Scope.everything()) == ["Ada"]
        assert queries.owners(s, Scope.of()) == []


def test_portfolio_weeks_sum_the_same_as_project_weeks(portfolio_db):
    """The unfiltered path reads portfolio_weeks; a filter that keeps every project reads
    project_weeks: both must agree, scoped or not, and after a partial refresh."""
    db, ids = portfolio_db
    every = ProjectFilters(status=("proposed", "active", "on_hold", "done", "cancelled"))
    with db() as s:
        for scope in (Scope.everything(), Scope.of(ids["alpha"]), Scope.of(ids["beta"])):
            fast = queries.weekly_activity(s, scope, TODAY, weeks=20)
            slow = queries.weekly_activity(s, scope, TODAY, weeks=20, filters=every)
            assert fast == slow
        assert sum(a.points_done for a in queries.weekly_activity(s, Scope.everything(), TODAY,
                                                                   weeks=20)) == 11
    with db.begin() as s:  # a new done item in Beta, refreshed for that project only
        project = s.scalar(select(Project).where(Project.key == "B-1"))
        add_item(s, project, status="done", points=4, done_at=dt.datetime(2026, 6, 16, 10))
        refresh_rollups(s.connection(), [project.id])
    with db() as s:
        beta = queries.weekly_activity(s, Scope.of(ids["beta"]), TODAY, weeks=2)
    assert [(a.items_done, a.points_done) for a in beta] == [(0, 0), (1, 4)]
