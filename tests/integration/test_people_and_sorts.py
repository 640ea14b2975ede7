"""Issue 12's data reads on SQLite and PostgreSQL, against the test's own SQL: empty values last
in both sort directions, health and P85 sorts through keyset pages, the person page's reads and
the resources filters."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, text

from data import people_queries as pq
from data import resource_queries as rq
from data.project_queries import project_page
from data.schema import ProjectForecast
from data.scope import Scope
from tests.factories import add_item, add_portfolio, add_project, add_resource, allocate

ALL = Scope.everything()
TODAY = dt.date(2026, 6, 10)


@pytest.fixture
def portfolio(db):
    """Projects with and without forecasts, due dates and P85 dates; people with skills."""
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        specs = [("A-1", alpha, 0.9, dt.date(2026, 9, 1), "active"),
                 ("A-2", alpha, 0.2, dt.date(2026, 8, 1), "active"),
                 ("A-3", alpha, None, None, "done"),
                 ("A-4", alpha, 0.6, dt.date(2026, 10, 1), "active"),
                 ("B-1", beta, None, None, "active"),
                 ("B-2", beta, 0.45, dt.date(2026, 7, 1), "on_hold"),
                 ("B-3", beta, None, None, "cancelled")]
        projects = {}
        for key, where, p, p85, status in specs:
            due = None if key == "B-1" else dt.date(2026, 6, 1 if key == "A-4" else 30)
            projects[key] = add_project(s, key, where, status=status, due=due,
                                        start=dt.date(2026, 1, 5))
            if p is not None:
                s.add(ProjectForecast(project_id=projects[key].id, method="monte_carlo",
                                      p_on_time=p, p85_date=p85, drivers=[], as_of=TODAY))
        ada = add_resource(s, "Ada Lovelace", skills=["python", "sql"], role="Engineer")
        bob = add_resource(s, "Bob Stone", skills=["ux"], role="Designer")
        add_resource(s, "Cy Nobody", skills=["python"], role="Engineer")
        allocate(s, ada, projects["A-1"], 0.6, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
        allocate(s, ada, projects["B-2"], 0.7, dt.date(2026, 6, 10), dt.date(2026, 7, 15))
        allocate(s, bob, projects["B-2"], 0.5, dt.date(2026, 5, 1), dt.date(2026, 8, 31))
        add_item(s, projects["A-1"], assignee=ada)
        add_item(s, projects["A-1"], assignee=ada, status="done",
                 done_at=dt.datetime(2026, 6, 2))
    return db


def walk(session, sort: str, descending: bool, size: int = 2) -> list[str]:
    """Every key in the list's order, a keyset page of ``size`` at a time."""
    keys, after = [], None
    while True:
        page = project_page(session, ALL, TODAY, sort=sort, descending=descending,
                            page_size=size, after=after)
        keys += [r.key for r in page.items]
        if not page.has_after:
            return keys
        after = page.items[-1].cursor


@pytest.mark.parametrize("descending", [False, True])
def test_unscored_and_undated_projects_sort_last_in_both_directions(portfolio, descending):
    with portfolio() as s:
        rows = s.execute(text(
            "SELECT p.key, f.p_on_time, f.p85_date, p.due_date FROM projects p "
            "LEFT JOIN project_forecasts f ON f.project_id = p.id")).all()
        for sort, column in (("p_on_time", 1), ("p85", 2), ("due", 3)):
            valued = sorted((r for r in rows if r[column] is not None),
                            key=lambda r: (r[column], r[0]), reverse=descending)
            empty = sorted((r for r in rows if r[column] is None), key=lambda r: r[0],
                           reverse=descending)
            assert walk(s, sort, descending) == [r[0] for r in valued + empty], sort


@pytest.mark.parametrize(("sort", "descending"), [("p_on_time", False), ("p_on_time", True),
                                                   ("p85", False)])
def test_forecast_sorts_read_forecasts_first_and_the_rest_only_when_needed(portfolio, sort,
                                                                           descending):
    """Projects with a forecast fill the page: one rows statement, inner-joined to the forecast
    (so it can walk the column's index); a page they do not fill reads the full order too."""
    statements: list[str] = []
    engine = portfolio.kw["bind"]

    def seen(_conn, _cursor, statement, *_args):
        if "ORDER BY" in statement:
            statements.append(statement)

    column = {"p_on_time": "f.p_on_time", "p85": "f.p85_date"}[sort]
    with portfolio() as s:
        valued = [k for (k,) in s.execute(text(
            f"SELECT p.key FROM projects p JOIN project_forecasts f ON f.project_id = p.id "
            f"WHERE {column} IS NOT NULL ORDER BY {column} {'DESC' if descending else 'ASC'}, "
            f"p.key {'DESC' if descending else 'ASC'}"))]
    assert len(valued) == 4
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with portfolio() as s:
            full = project_page(s, ALL, TODAY, sort=sort, descending=descending, page_size=3)
        first = list(statements)
        statements.clear()
        with portfolio() as s:
            rest = project_page(s, ALL, TODAY, sort=sort, descending=descending, page_size=3,
                                after=full.items[-1].cursor)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert [r.key for r in full.items] == valued[:3] and full.has_after
    assert len(first) == 1 and "LEFT OUTER JOIN project_forecasts" not in first[0]
    assert [r.key for r in rest.items][:1] == valued[3:]  # then the unscored ones
    assert len(statements) == 2 and "LEFT OUTER JOIN project_forecasts" in statements[1]


def test_health_sorts_late_first_through_keyset_pages(portfolio):
    with portfolio() as s:
        walked = walk(s, "health", False)
    # the test's own reading of docs/metrics.md for these rows (today 2026-06-10):
    # A-4 due 1 June and open: late; A-2 (20 %) and B-2 (45 %): at risk; A-1 (90 %) and B-1 (no
    # forecast, no due date): on track; A-3, B-3: closed.
    assert walked == ["A-4", "A-2", "B-2", "A-1", "B-1", "A-3", "B-3"]
    with portfolio() as s:
        assert walk(s, "health", True) == walked[::-1]


def test_person_is_found_by_id_or_name_only_within_the_scope(portfolio):
    with portfolio() as s:
        ada_id = s.execute(text("SELECT id FROM resources WHERE name = 'Ada Lovelace'")).scalar()
        alpha = s.execute(text("SELECT id FROM portfolios WHERE name = 'Alpha'")).scalar()
        beta = s.execute(text("SELECT id FROM portfolios WHERE name = 'Beta'")).scalar()
        found = pq.find_person(s, ALL, str(ada_id))
        assert found is not None and found.name == "Ada Lovelace"
        assert found.skills == ("python", "sql") and found.role == "Engineer"
        assert pq.find_person(s, ALL, "Ada Lovelace").id == ada_id
        assert pq.find_person(s, Scope.of(alpha), "Ada Lovelace") is not None
        assert pq.find_person(s, Scope.of(alpha), "Bob Stone") is None  # works in Beta only
        assert pq.find_person(s, Scope.of(beta), "Bob Stone") is not None
        assert pq.find_person(s, Scope.of(alpha), "Cy Nobody") is None  # works nowhere
        assert pq.find_person(s, ALL, "Cy Nobody") is not None
        assert pq.find_person(s, ALL, "No Such Person") is None
        assert pq.find_person(s, ALL, "   ") is None


def test_person_load_by_week_and_projects_match_the_tests_own_sum(portfolio):
    with portfolio() as s:
        ada = pq.find_person(s, ALL, "Ada Lovelace")
        load = pq.person_load(s, ALL, ada.id, TODAY, weeks_back=1, weeks_ahead=2)
        assert load.weeks == [dt.date(2026, 6, 1), dt.date(2026, 6, 8), dt.date(2026, 6, 15),
                              dt.date(2026, 6, 22)]

        def peak(first: dt.date) -> float:  # the highest daily sum of shares in the week
            days = [first + dt.timedelta(days=i) for i in range(7)]
            return max(s.execute(text(
                "SELECT coalesce(sum(share), 0) FROM allocations WHERE resource_id = :r "
                "AND period_start <= :d AND period_end >= :d"),
                {"r": ada.id, "d": d}).scalar() for d in days)

        assert load.loads == pytest.approx([peak(w) for w in load.weeks])
        assert load.loads[1] == pytest.approx(1.3)  # 60 % + 70 % from 10 June: over-allocated
        alpha = s.execute(text("SELECT id FROM portfolios WHERE name = 'Alpha'")).scalar()
        only_alpha = pq.person_load(s, Scope.of(alpha), ada.id, TODAY, 1, 2)
        assert only_alpha.loads == pytest.approx([0.6, 0.6, 0.6, 0.6])  # Beta's not visible
        projects = pq.person_projects(s, ALL, ada.id, TODAY)
        assert [(p.key, p.share, p.open_items) for p in projects] == [
            ("A-1", pytest.approx(0.6), 1), ("B-2", pytest.approx(0.7), 0)]
        assert {p.key: p.health for p in projects} == {"A-1": "on_track", "B-2": "at_risk"}
        assert [p.key for p in pq.person_projects(s, Scope.of(alpha), ada.id, TODAY)] == ["A-1"]


def test_resources_filter_by_role_skill_and_portfolio(portfolio):
    with portfolio() as s:
        def names(**filters) -> list[str]:
            heat = rq.allocation_heatmap(s, ALL, TODAY, filters=rq.PeopleFilters(**filters))
            return sorted(r.name for r in heat.items)

        beta = s.execute(text("SELECT id FROM portfolios WHERE name = 'Beta'")).scalar()
        alpha = s.execute(text("SELECT id FROM portfolios WHERE name = 'Alpha'")).scalar()
        assert names() == ["Ada Lovelace", "Bob Stone"]  # Cy is allocated nowhere
        assert names(role=("Designer",)) == ["Bob Stone"]
        assert names(skill=("sql",)) == ["Ada Lovelace"]
        assert names(skill=("python", "ux")) == ["Ada Lovelace", "Bob Stone"]
        assert names(portfolio=(alpha,)) == ["Ada Lovelace"]
        assert names(portfolio=(beta,)) == ["Ada Lovelace", "Bob Stone"]
        assert names(portfolio=(alpha,), role=("Designer",)) == []
        over = rq.overallocated(s, ALL, TODAY, filters=rq.PeopleFilters(role=("Engineer",)))
        assert [(o.name, round(o.load, 2)) for o in over.items] == [("Ada Lovelace", 1.3)]
        assert rq.overallocated(s, ALL, TODAY,
                                filters=rq.PeopleFilters(role=("Designer",))).items == []
        assert rq.roles(s, ALL) == ["Designer", "Engineer"]  # not Cy's: allocated nowhere
        assert rq.roles(s, Scope.of(alpha)) == ["Engineer"]  # only who works on Alpha
        assert rq.roles(s, Scope.of(beta)) == ["Designer", "Engineer"]
        assert rq.roles(s, Scope.of()) == []


def test_equal_loads_made_of_different_float_sums_tie_and_order_by_name(db):
    """0.1 + 0.2 is 0.30000000000000004 in floating point, 0.3 is 0.3: the same load, so the
    people order by name, every time (unrounded, the sum came first whatever the names, and
    sums the database added in another order swapped places between queries)."""
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        p = add_project(s, "A-1", alpha, status="active", due=dt.date(2026, 9, 1),
                        start=dt.date(2026, 1, 5))
        zed, ann = add_resource(s, "Zed Sum"), add_resource(s, "Ann Single")
        allocate(s, zed, p, 0.1, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
        allocate(s, zed, p, 0.2, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
        allocate(s, ann, p, 0.3, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    with db() as s:
        # the test's own arithmetic of the two loads, in SQL, unrounded
        raw = dict(s.execute(text(
            "SELECT r.name, sum(a.share) FROM allocations a JOIN resources r"
            " ON r.id = a.resource_id GROUP BY r.name")).all())
        heat = rq.allocation_heatmap(s, ALL, TODAY)
    assert raw["Zed Sum"] != raw["Ann Single"] and abs(raw["Zed Sum"] - raw["Ann Single"]) < 1e-9
    assert [r.name for r in heat.items] == ["Ann Single", "Zed Sum"]
    week = heat.weeks.index(TODAY - dt.timedelta(days=TODAY.weekday()))
    assert [r.loads[week] for r in heat.items] == [0.3, 0.3]
