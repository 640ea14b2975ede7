"""Project list (keyset pages, sorts, CSV stream), project detail and people queries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select, text

from data import detail_queries as dq
from data import health_cells
from data import resource_queries as rq
from data.filters import ProjectFilters
from data.project_queries import SORTS, iter_projects, project_page
from data.rollups import refresh_rollups, refresh_skill_supply
from data.schema import Document, Project, ProjectForecast, ProjectSnapshot
from data.scope import Scope
from tests.factories import (
    TODAY,
    add_item,
    add_portfolio,
    add_project,
    add_resource,
    allocate,
)

ALL = Scope.everything()


@pytest.fixture(params=["live", "cells"])
def many(db, request):
    """23 projects in two portfolios with varied due dates and progress; the tests run reading
    the projects and again with the health cells current (the pager's totals come from them)."""
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        for i in range(23):
            project = add_project(
                s, f"P-{i:02d}", alpha if i % 3 else beta,
                due=None if i % 7 == 0 else dt.date(2026, 7, 1) + dt.timedelta(days=(i * 5) % 40),
                priority=("low", "medium", "high", "critical")[i % 4],
            )
            for j in range(i % 4):
                add_item(s, project, status="done" if j % 2 == 0 else "todo", points=1 + j)
        refresh_rollups(s.connection())
        ids = {"alpha": alpha.id, "beta": beta.id}
    if request.param == "cells":
        with db.begin() as s:
            assert health_cells.refresh(s, TODAY)
    return db, ids


def _walk(s, **kw) -> list[str]:
    keys, page = [], project_page(s, ALL, TODAY, page_size=5, **kw)
    keys += [r.key for r in page.items]
    while page.has_after:
        page = project_page(s, ALL, TODAY, page_size=5, after=page.items[-1].cursor, **kw)
        keys += [r.key for r in page.items]
    return keys


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_walk_visits_every_row_once_in_order(many, sort, descending):
    db, _ = many
    with db() as s:
        walked = _walk(s, sort=sort, descending=descending)
        everything = project_page(s, ALL, TODAY, sort=sort, descending=descending, page_size=100)
    assert walked == [r.key for r in everything.items]
    assert len(walked) == 23 == everything.total
    values = [r.cursor for r in everything.items]
    assert values == sorted(values, reverse=descending)


def test_previous_and_last_pages(many):
    db, _ = many
    with db() as s:
        first = project_page(s, ALL, TODAY, page_size=5)
        second = project_page(s, ALL, TODAY, page_size=5, after=first.items[-1].cursor)
        back = project_page(s, ALL, TODAY, page_size=5, before=second.items[0].cursor)
        last = project_page(s, ALL, TODAY, page_size=5, last=True)
    assert [r.key for r in back.items] == [r.key for r in first.items]
    assert (first.has_before, first.has_after) == (False, True)
    assert (back.has_before, back.has_after) == (False, True)
    assert (second.has_before, second.has_after) == (True, True)
    assert [r.key for r in last.items] == [f"P-{i:02d}" for i in range(18, 23)]
    assert (last.has_before, last.has_after) == (True, False)


def test_filters_scope_progress_and_health(many):
    db, ids = many
    with db() as s:
        beta = project_page(s, Scope.of(ids["beta"]), TODAY, page_size=50)
        high = project_page(s, ALL, TODAY, ProjectFilters(priority=("high",)), page_size=50)
        by_progress = project_page(s, ALL, TODAY, sort="progress", descending=True)
    assert {r.portfolio for r in beta.items} == {"Beta"} and beta.total == 8
    assert {r.priority for r in high.items} == {"High"}
    complete = [r.key for r in by_progress.items if r.progress == 1.0]
    assert complete == ["P-21", "P-17", "P-13", "P-09", "P-05", "P-01"]  # one item, done
    assert [r.key for r in by_progress.items[:6]] == complete
    assert {r.health for r in by_progress.items} <= {"late", "at_risk", "on_track", "closed"}


def test_bad_sort_is_refused(many):
    db, _ = many
    with db() as s, pytest.raises(ValueError, match="unknown sort"):
        project_page(s, ALL, TODAY, sort="name; DROP TABLE projects")


def test_iter_projects_streams_all_rows_in_batches(many):
    db, _ = many
    with db() as s:
        rows = list(iter_projects(s, ALL, TODAY, ProjectFilters(search="p-1"), batch=3))
    assert [r.key for r in rows] == [f"P-{i}" for i in range(10, 20)]


def test_page_query_count_does_not_grow_with_page_size(many):
    db, _ = many
    statements: list[str] = []
    engine = db.kw["bind"]

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        sizes = []
        for size in (2, 20):
            statements.clear()
            with db() as s:
                project_page(s, ALL, TODAY, page_size=size)
            sizes.append(len(statements))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    # the page, whether the health cells are current, and the count, whatever the page size
    assert sizes == [3, 3]


@pytest.fixture
def detail_db(db):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        project = add_project(s, "A-1", alpha, name="Battery pack")
        other = add_project(s, "B-1", beta)
        ada = add_resource(s, "Ada", skills=["python", "sql"])
        bob = add_resource(s, "Bob", skills=["python"], capacity=20)
        allocate(s, ada, project, 0.8)
        allocate(s, ada, other, 0.5)
        allocate(s, bob, project, 0.5)
        allocate(s, bob, other, 0.3, start=dt.date(2025, 1, 1), end=dt.date(2025, 3, 1))
        for i in range(12):
            add_item(s, project, status=("todo", "in_progress", "done")[i % 3], points=2,
                     done_at=dt.datetime(2026, 6, 1) if i % 3 == 2 else None,
                     skill=("python", "ux")[i % 2], assignee=(ada, bob, None)[i % 3])
        add_item(s, other, status="todo", points=5, skill="python")
        for d in range(3):
            s.add(ProjectSnapshot(project_id=project.id, day=dt.date(2026, 6, 1 + d),
                                  scope_points=20 + d, done_points=4 + 2 * d,
                                  in_progress_points=2, items_added=d, items_removed=0,
                                  team_size=2))
            s.add(Document(project_id=project.id, kind="meeting_minutes",
                           title=f"Weekly {d}",
                           body="Decided to switch the battery supplier. " * 20,
                           created_at=dt.datetime(2026, 6, 1 + d)))
        refresh_rollups(s.connection())
        refresh_skill_supply(s.connection())
        ids = {"alpha": alpha.id, "beta": beta.id}
    return db, ids


def test_project_detail_header_and_scope(detail_db):
    db, ids = detail_db
    with db() as s:
        detail = dq.project_detail(s, ALL, "A-1", TODAY)
        hidden = dq.project_detail(s, Scope.of(ids["beta"]), "A-1", TODAY)
        missing = dq.project_detail(s, ALL, "NOPE", TODAY)
    assert detail.name == "Battery pack" and detail.portfolio == "Alpha"
    assert (detail.scope_points, detail.done_points, detail.open_items) == (24, 8, 8)
    assert detail.progress == pytest.approx(1 / 3)
    assert hidden is None and missing is None


def test_project_burnup_items_people_documents(detail_db):
    db, ids = detail_db
    with db() as s:
        burnup = dq.project_burnup(s, ALL, "A-1")
        by_status = dq.items_by_status(s, ALL, "A-1")
        items = dq.project_items(s, ALL, "A-1", page=2, page_size=5)
        todo = dq.project_items(s, ALL, "A-1", status="todo", page_size=50)
        people = dq.project_people(s, ALL, "A-1", TODAY)
        docs = dq.project_documents(s, ALL, "A-1", page_size=2)
        hidden_docs = dq.project_documents(s, Scope.of(ids["beta"]), "A-1")
        hidden_items = dq.project_items(s, Scope.of(ids["beta"]), "A-1")
    assert [(p.day.day, p.scope, p.done) for p in burnup] == [(1, 20, 4), (2, 21, 6), (3, 22, 8)]
    assert {c.status: (c.items, c.points) for c in by_status} == {
        "todo": (4, 8), "in_progress": (4, 8), "done": (4, 8)}
    assert (items.total, items.page, len(items.items)) == (12, 2, 5)
    assert all(i.status != "done" for i in items.items[:3])  # open items first
    assert {i.status for i in todo.items} == {"todo"} and todo.total == 4
    assert {i.assignee for i in todo.items} == {"Ada"}
    assert [(p.name, p.share, p.total_load) for p in people] == [("Ada", 0.8, 1.3),
                                                                  ("Bob", 0.5, 0.5)]
    assert (docs.total, [d.title for d in docs.items]) == (3, ["Weekly 2", "Weekly 1"])
    assert len(docs.items[0].excerpt) == dq.EXCERPT
    assert hidden_docs.total == 0 and hidden_items.total == 0


def test_resources_heatmap_overallocation_and_skills(detail_db):
    db, ids = detail_db
    with db() as s:
        heat = rq.allocation_heatmap(s, ALL, TODAY, weeks_back=1, weeks_ahead=8)
        over = rq.overallocated(s, ALL, TODAY)
        over_beta = rq.overallocated(s, Scope.of(ids["beta"]), TODAY)
        skills = {c.skill: c for c in rq.skills_coverage(s, ALL)}
        alpha_skills = {c.skill: c for c in rq.skills_coverage(s, Scope.of(ids["alpha"]))}
    assert len(heat.weeks) == 10 and heat.weeks[1] == dt.date(2026, 6, 15)
    assert [r.name for r in heat.items] == ["Ada", "Bob"]
    assert heat.items[0].loads[1] == 1.3  # this week
    assert heat.items[0].loads[-1] == 0.0  # allocations end in July
    assert [(o.name, o.load, o.projects) for o in over.items] == [("Ada", 1.3, 2)]
    assert over.total == 1 and heat.total == 2
    with db() as s:
        beyond = rq.overallocated(s, ALL, TODAY, page=5)  # past the end: the last page
    assert beyond.page == 1 and [o.name for o in beyond.items] == ["Ada"]
    assert over_beta.total == 0  # Ada's 0.5 on Beta alone is fine
    assert (skills["python"].open_items, skills["python"].open_points) == (5, 13)
    assert (skills["python"].people, skills["python"].capacity_hours) == (2, 60.0)
    assert (skills["ux"].open_items, skills["ux"].people) == (4, 0)
    assert skills["sql"].open_items == 0 and skills["sql"].people == 1
    assert alpha_skills["python"].open_items == 4


def test_forecasts_show_and_sort_with_unscored_last(many):
    db, _ = many
    with db.begin() as s:
        ids = dict(s.execute(select(Project.key, Project.id)).all())
        for key, p in (("P-03", 0.9), ("P-07", 0.2), ("P-11", 0.55)):
            s.add(ProjectForecast(project_id=ids[key], method="monte_carlo", p_on_time=p,
                                  p85_date=dt.date(2026, 9, 1), as_of=TODAY,
                                  drivers=[{"label": "Pace", "value": 1.0, "effect": None}]))
    with db() as s:
        page = project_page(s, ALL, TODAY, sort="p_on_time", page_size=5)
        rest = project_page(s, ALL, TODAY, sort="p_on_time", page_size=5,
                            after=page.items[-1].cursor)
    assert [r.key for r in page.items[:3]] == ["P-07", "P-11", "P-03"]
    assert page.items[0].p_on_time == 0.2 and page.items[0].drivers[0]["label"] == "Pace"
    assert page.items[3].p_on_time is None and page.items[3].p85_date is None
    assert all(r.p_on_time is None for r in rest.items)


@pytest.fixture
def due_mix(db):
    """Open and closed projects due before and after today, some with no due date, in an order
    where the closed ones come first by due date (as at scale, where most old projects are
    closed)."""
    statuses = ("done", "cancelled", "active", "proposed", "on_hold")
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        for i in range(40):
            due = None if i % 9 == 4 else TODAY + dt.timedelta(days=(i * 3) % 47 - 30)
            add_project(s, f"D-{i:02d}", alpha, status=statuses[i % 5], due=due,
                        start=dt.date(2026, 1, 5) if due is None else min(due, TODAY))
        refresh_rollups(s.connection())
    return db


DUE_VIEWS = {  # filters, and the same condition in the test's own SQL
    "late": (ProjectFilters(health=("late",)), "NOT s.is_closed AND p.due_date < :today"),
    "due_from": (ProjectFilters(due_from=TODAY - dt.timedelta(days=14)),
                 "p.due_date >= :today - 14"),
    "due_to": (ProjectFilters(due_to=TODAY + dt.timedelta(days=5)), "p.due_date <= :today + 5"),
    "slipped": (ProjectFilters(health=("late",), due_from=TODAY - dt.timedelta(days=14)),
                "NOT s.is_closed AND p.due_date < :today AND p.due_date >= :today - 14"),
    "open": (ProjectFilters(status=("active", "proposed", "on_hold")), "NOT s.is_closed"),
}


@pytest.mark.parametrize("view", sorted(DUE_VIEWS))
@pytest.mark.parametrize("descending", [False, True])
def test_due_sorted_views_hold_exactly_their_rows_in_order(due_mix, engine, view, descending):
    """The due sort writes the filters' bounds again on its own expression (``_due_bounds``) and
    the open statuses as literal ids: the rows, their order and the total stay those of the
    filters alone, walked a page at a time in both directions."""
    filters, condition = DUE_VIEWS[view]
    postgres = engine.dialect.name == "postgresql"
    day = "CAST(:today AS DATE)" if postgres else "date(:today)"
    offset = (lambda n: f"({day} + {n})") if postgres else (
        lambda n: f"date(:today, '{n:+d} days')")
    sql = condition.replace(":today - 14", offset(-14)).replace(":today + 5", offset(5)).replace(
        ":today", day)
    with due_mix() as s:
        rows = s.execute(text(
            "SELECT p.key, p.due_date FROM projects p JOIN statuses s ON s.id = p.status_id "
            f"WHERE {sql}"), {"today": TODAY.isoformat()}).all()
        walked = _walk(s, sort="due", descending=descending, filters=filters)
        total = project_page(s, ALL, TODAY, filters, sort="due", page_size=3).total
    dated = sorted((r for r in rows if r[1] is not None), key=lambda r: (str(r[1]), r[0]),
                   reverse=descending)
    expected = [r[0] for r in dated] + sorted((r[0] for r in rows if r[1] is None),
                                              reverse=descending)
    assert len(rows) > 5, "every view holds more than a page"
    assert walked == expected
    assert total == len(rows)
