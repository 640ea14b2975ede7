"""Read queries on SQLite and PostgreSQL: the same assertions on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from data import queries
from data.pagination import MAX_PAGE_SIZE
from data.queries import OverviewFilters
from data.scope import Scope
from tests.factories import TODAY, add_item, add_portfolio, add_project


@pytest.fixture
def portfolio_db(db):
    """Two portfolios: Alpha has an active, a late and a done project; Beta one proposed."""
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        active = add_project(s, "A-1", alpha, priority="high")
        late = add_project(s, "A-2", alpha, due=dt.date(2026, 6, 1), priority="critical")
        done = add_project(s, "A-3", alpha, status="done",
                           completed_at=dt.datetime(2026, 6, 3, 10))
        add_project(s, "B-1", beta, status="proposed", start=None, due=dt.date(2026, 5, 1))
        add_item(s, active, status="done", points=5, done_at=dt.datetime(2026, 6, 15, 9))
        add_item(s, active, status="done", points=3, done_at=dt.datetime(2026, 6, 14, 23))
        add_item(s, late, status="in_progress", points=8)
        add_item(s, done, status="done", points=2, done_at=dt.datetime(2026, 5, 20, 12))
        ids = {"alpha": alpha.id, "beta": beta.id}
    return db, ids


def test_kpis_count_active_late_and_done_this_month(portfolio_db):
    db, _ = portfolio_db
    with db() as s:
        kpis = queries.overview_kpis(s, Scope.everything(), TODAY)
    # B-1 is proposed and past due: open, so late too.
    assert (kpis.projects, kpis.active, kpis.late, kpis.done_this_month) == (4, 2, 2, 1)
    assert kpis.open_items == 1


def test_kpis_respect_scope_and_filters(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        beta_only = queries.overview_kpis(s, Scope.of(ids["beta"]), TODAY)
        nothing = queries.overview_kpis(s, Scope.of(), TODAY)
        filtered = queries.overview_kpis(
            s, Scope.everything(), TODAY, OverviewFilters(portfolio_id=ids["alpha"])
        )
    assert (beta_only.projects, beta_only.active, beta_only.late) == (1, 0, 1)
    assert nothing.projects == 0 and nothing.open_items == 0
    assert (filtered.projects, filtered.late) == (3, 1)


def test_status_priority_counts_group_in_sql(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        rows = queries.status_priority_counts(s, Scope.everything())
        scoped = queries.status_priority_counts(s, Scope.of(ids["beta"]))
    got = {(r.status, r.priority): r.projects for r in rows}
    assert got == {("proposed", "medium"): 1, ("active", "high"): 1,
                   ("active", "critical"): 1, ("done", "medium"): 1}
    assert [r.status for r in rows][0] == "proposed"  # ordered by lifecycle
    assert [(r.status, r.projects) for r in scoped] == [("proposed", 1)]


def test_weekly_throughput_buckets_by_monday(portfolio_db):
    db, _ = portfolio_db
    with db() as s:
        weeks = queries.weekly_throughput(s, Scope.everything(), TODAY, weeks=6)
    assert len(weeks) == 6
    assert weeks[-1].week == dt.date(2026, 6, 15)  # this week's Monday
    assert all(w.week.weekday() == 0 for w in weeks)
    by_week = {w.week: (w.items, w.points) for w in weeks}
    assert by_week[dt.date(2026, 6, 15)] == (1, 5)  # Mon 15 Jun
    assert by_week[dt.date(2026, 6, 8)] == (1, 3)  # Sun 14 Jun late evening
    assert by_week[dt.date(2026, 5, 18)] == (1, 2)
    assert sum(w.items for w in weeks) == 3


def test_portfolio_counts(portfolio_db):
    db, _ = portfolio_db
    with db() as s:
        rows = queries.portfolio_counts(s, Scope.everything(), TODAY)
    assert [(r.portfolio, r.open, r.late, r.done) for r in rows] == [
        ("Alpha", 2, 1, 1), ("Beta", 1, 1, 0)]


def test_portfolios_list_is_scoped(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        assert [n for _, n in queries.portfolios(s, Scope.everything())] == ["Alpha", "Beta"]
        assert queries.portfolios(s, Scope.of(ids["alpha"])) == [(ids["alpha"], "Alpha")]


def test_project_page_paginates_searches_and_clamps(portfolio_db):
    db, ids = portfolio_db
    with db() as s:
        first = queries.project_page(s, Scope.everything(), page=1, page_size=3)
        second = queries.project_page(s, Scope.everything(), page=2, page_size=3)
        beyond = queries.project_page(s, Scope.everything(), page=99, page_size=3)
        found = queries.project_page(s, Scope.everything(), search=" b-1 ")
        scoped = queries.project_page(s, Scope.of(ids["beta"]))
        huge = queries.project_page(s, Scope.everything(), page_size=10_000)
    assert [r.key for r in first.items] == ["A-1", "A-2", "A-3"]
    assert (first.total, first.pages, first.has_next) == (4, 2, True)
    assert [r.key for r in second.items] == ["B-1"]
    assert beyond.page == 2 and [r.key for r in beyond.items] == ["B-1"]
    assert [r.key for r in found.items] == ["B-1"] and found.items[0].portfolio == "Beta"
    assert [r.key for r in scoped.items] == ["B-1"]
    assert huge.page_size == MAX_PAGE_SIZE


def test_project_page_query_count_does_not_grow_with_page_size(db):
    with db.begin() as s:
        portfolio = add_portfolio(s, "Big")
        for i in range(60):
            add_project(s, f"P-{i:03d}", portfolio)
    statements: list[str] = []

    def count(*args):
        statements.append(args[2])

    engine = db.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        with db() as s:
            queries.project_page(s, Scope.everything(), page_size=5)
            small = len(statements)
            statements.clear()
            page = queries.project_page(s, Scope.everything(), page_size=50)
            large = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(page.items) == 50
    assert small == large == 2  # one count, one page
