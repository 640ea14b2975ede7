"""The resources heatmap against the test's own SQL (SQLite and PostgreSQL): the sentence under
it names the highest load the chart shows (not the colour scale's 100 % ceiling), and the
portfolio filter shows whoever is allocated to the portfolio's projects in any week on screen
(docs/metrics.md, Team), not only those with a load this week."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from components.project_figures import heatmap_figure
from data import resource_queries as rq
from data.scope import Scope
from pages import resources
from tests.factories import add_portfolio, add_project, add_resource, allocate

ALL = Scope.everything()
TODAY = dt.date(2026, 6, 10)  # a Wednesday
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday())
FIRST = MONDAY - dt.timedelta(weeks=4)  # the heatmap's weeks: 4 back, 12 ahead
LAST = MONDAY + dt.timedelta(weeks=12, days=6)


def week(n: int) -> dt.date:
    return MONDAY + dt.timedelta(weeks=n)


@pytest.fixture
def people(db):
    """Security and Other; people allocated this week, only before it, only after it, outside
    the weeks on screen, and only elsewhere. Nobody above 80 %."""
    with db.begin() as s:
        sec, other = add_portfolio(s, "Security"), add_portfolio(s, "Other")
        s1 = add_project(s, "SEC-1", sec, due=dt.date(2026, 12, 1), start=dt.date(2026, 1, 5))
        s2 = add_project(s, "SEC-2", sec, due=dt.date(2026, 12, 1), start=dt.date(2026, 1, 5))
        o1 = add_project(s, "OTH-1", other, due=dt.date(2026, 12, 1), start=dt.date(2026, 1, 5))
        now = add_resource(s, "Ann Now")
        allocate(s, now, s1, 0.5, week(0), week(2) + dt.timedelta(days=4))
        allocate(s, now, s2, 0.3, week(1), week(3))  # 80 % in week 1: the highest
        before = add_resource(s, "Ben Before")  # Security three weeks ago, nothing since
        allocate(s, before, s1, 0.7, week(-3), week(-2) + dt.timedelta(days=4))
        after = add_resource(s, "Cal After")  # Other this week, Security from week 8
        allocate(s, after, o1, 0.4, week(0), week(1))
        allocate(s, after, s2, 0.6, week(8), week(10))
        far = add_resource(s, "Dee Far")  # Security, but after the weeks on screen
        allocate(s, far, s1, 0.5, week(13), week(15))
        elsewhere = add_resource(s, "Eve Elsewhere")  # Other only
        allocate(s, elsewhere, o1, 0.2, week(-1), week(5))
    return db


def _peak(session, resource_id: int, monday: dt.date) -> float:
    """The test's own load: the highest daily sum of shares in the week."""
    return max(session.execute(text(
        "SELECT coalesce(sum(share), 0) FROM allocations WHERE resource_id = :r"
        " AND period_start <= :d AND period_end >= :d"),
        {"r": resource_id, "d": monday + dt.timedelta(days=i)}).scalar() for i in range(7))


def _ids(session, sql: str, **params) -> dict[int, str]:
    return dict(session.execute(text(sql), params).all())


def test_heatmap_sentence_names_the_highest_load_shown_not_the_scale_ceiling(people):
    with people() as s:
        everyone = _ids(s, "SELECT DISTINCT r.id, r.name FROM resources r"
                           " JOIN allocations a ON a.resource_id = r.id"
                           " WHERE a.period_start <= :sun AND a.period_end >= :mon",
                        mon=MONDAY, sun=MONDAY + dt.timedelta(days=6))
        highest = max(_peak(s, rid, week(n)) for rid in everyone for n in range(-4, 13))
        heat = rq.allocation_heatmap(s, ALL, TODAY)
    assert round(highest * 100) == 80  # below capacity: the scale's ceiling stays 100 %
    assert sorted(r.name for r in heat.items) == sorted(everyone.values())
    fig = heatmap_figure(heat)
    assert fig.data[0].zmax == 100
    assert fig.layout.meta["summary"].endswith(
        f"the highest weekly load is {round(highest * 100)}%.")


def test_portfolio_filter_shows_everyone_allocated_to_it_in_the_weeks_on_screen(people):
    with people() as s:
        sec = s.execute(text("SELECT id FROM portfolios WHERE name = 'Security'")).scalar()
        expected = _ids(s, "SELECT DISTINCT r.id, r.name FROM resources r"
                           " JOIN allocations a ON a.resource_id = r.id"
                           " JOIN projects p ON p.id = a.project_id"
                           " WHERE p.portfolio_id = :sec AND a.period_start <= :last"
                           " AND a.period_end >= :first", sec=sec, first=FIRST, last=LAST)
        heat = rq.allocation_heatmap(s, ALL, TODAY, filters=rq.PeopleFilters((sec,)))
        loads = {rid: [_peak(s, rid, w) for w in heat.weeks] for rid in expected}
        this_week = {rid: _peak(s, rid, MONDAY) for rid in expected}
    assert sorted(expected.values()) == ["Ann Now", "Ben Before", "Cal After"]
    assert heat.total == len(expected) == len(heat.items)
    # busiest this week first, then by name (Ben, with nothing this week, last)
    order = sorted(expected, key=lambda rid: (-this_week[rid], expected[rid]))
    assert [r.name for r in heat.items] == [expected[rid] for rid in order]
    for row in heat.items:  # each with their own weeks, the ones before and after too
        assert row.loads == pytest.approx(loads[row.resource_id]), row.name
    ben = next(r for r in heat.items if r.name == "Ben Before")
    assert ben.loads[heat.weeks.index(MONDAY)] == 0 and max(ben.loads) == pytest.approx(0.7)
    assert resources.subtitle(rq.PeopleFilters((sec,))).startswith(
        "People allocated to the portfolio in the weeks shown")
    # the over-allocated list and the unfiltered heatmap still read this week's loads only
    with people() as s:
        unfiltered = rq.allocation_heatmap(s, ALL, TODAY)
        over = rq.overallocated(s, ALL, TODAY, filters=rq.PeopleFilters((sec,)))
    assert "Ben Before" not in {r.name for r in unfiltered.items}
    assert over.items == []
