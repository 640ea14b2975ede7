"""Each statement rewritten (or reviewed) for speed at 100,000 projects (issue 17) returns the
same rows as a plain reference query written here, on SQLite and PostgreSQL, walking every
keyset page.

The data has the cases the rewrites could get wrong: ties in the sort value, empty due dates,
a project without work items, a project with snapshots after its due date, and a person
allocated twice to the same project in the same week.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from data import project_queries as pq
from data import resource_queries as rq
from data.filters import ProjectFilters
from data.rollups import refresh_rollups
from data.schema import Allocation, Project, ProjectRollup, ProjectSnapshot, Status
from data.scope import Scope
from models import history
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

ALL = Scope.everything()
NONE = ProjectFilters()


@pytest.fixture
def seeded(db):
    """Twenty-four projects in two portfolios with ties, gaps and history."""
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        projects = []
        for i in range(24):
            due = None if i % 5 == 0 else dt.date(2026, 3 + i % 4, 1)  # ties and empties
            status = "done" if i % 6 == 1 else "cancelled" if i % 11 == 3 else "active"
            p = add_project(s, f"K{(i * 7) % 24:02d}", alpha if i % 2 else beta, due=due,
                            status=status, name=f"Payments {i}" if i % 3 == 0 else f"Ledger {i}",
                            completed_at=dt.datetime(2026, 3 + i % 5, 2) if status == "done"
                            else None)
            projects.append(p)
            for j in range(i % 4):  # i % 4 == 0: no items at all, progress 0 (a tie)
                add_item(s, p, points=2 + j, status="done" if j < i % 3 else "todo",
                         done_at=dt.datetime(2026, 2, 1) if j < i % 3 else None)
            for w in range(i % 7):  # snapshots, some after the due date
                s.add(ProjectSnapshot(project_id=p.id, day=dt.date(2026, 1, 5)
                                      + dt.timedelta(weeks=2 * w), scope_points=10 + i + w,
                                      done_points=w * 2, in_progress_points=0, items_added=0,
                                      items_removed=0, team_size=2))
        people = [add_resource(s, f"Person {n}") for n in range(4)]
        monday = TODAY - dt.timedelta(days=TODAY.weekday())
        for n, person in enumerate(people):
            for p in projects[n:n + 3]:
                allocate(s, person, p, 0.2, monday - dt.timedelta(days=10),
                         monday + dt.timedelta(1))
            # the same project again, from later in the same week
            allocate(s, person, projects[n], 0.1, monday + dt.timedelta(days=2),
                     monday + dt.timedelta(days=30))
        refresh_rollups(s, [p.id for p in projects[:20]])  # four keep their creation row
    return db


def _walk(session, sort: str, descending: bool, filters=NONE) -> list[str]:
    keys, after = [], None
    while True:
        page = pq.project_page(session, ALL, TODAY, filters, sort=sort, descending=descending,
                               page_size=5, after=after)
        keys += [r.key for r in page.items]
        if not page.has_after:
            return keys
        after = page.items[-1].cursor


def _walk_back(session, sort: str, descending: bool) -> list[str]:
    """From the last page to the first with ``before`` cursors."""
    page = pq.project_page(session, ALL, TODAY, sort=sort, descending=descending, page_size=5,
                           last=True)
    keys = [r.key for r in page.items]
    while page.has_before:
        page = pq.project_page(session, ALL, TODAY, sort=sort, descending=descending,
                               page_size=5, before=page.items[0].cursor)
        keys = [r.key for r in page.items] + keys
    return keys


@pytest.mark.parametrize("descending", [False, True])
def test_due_sort_matches_the_reference_with_empty_dates_last(seeded, descending):
    order = ("CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date DESC, key DESC"
             if descending else "CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, key")
    with seeded() as s:
        reference = list(s.scalars(text(f"SELECT key FROM projects ORDER BY {order}")))
        nulls_last = [k for k in reference if k in set(s.scalars(text(
            "SELECT key FROM projects WHERE due_date IS NULL")))]
        assert reference[-len(nulls_last):] == nulls_last and len(nulls_last) == 5
        assert _walk(s, "due", descending) == reference
        assert _walk_back(s, "due", descending) == reference


@pytest.mark.parametrize("descending", [False, True])
def test_progress_sort_matches_the_reference_through_ties(seeded, descending):
    direction = "DESC" if descending else "ASC"
    with seeded() as s:
        reference = list(s.scalars(text(
            "SELECT p.key FROM projects p LEFT JOIN project_rollups r ON r.project_id = p.id "
            f"ORDER BY coalesce(r.progress, 0) {direction}, p.id {direction}")))
        assert len(reference) == 24
        assert _walk(s, "progress", descending) == reference
        assert _walk_back(s, "progress", descending) == reference


def test_every_project_has_a_rollup_row_from_its_creation(seeded):
    with seeded() as s:
        missing = s.scalar(text("SELECT count(*) FROM projects p WHERE NOT EXISTS "
                                "(SELECT 1 FROM project_rollups r WHERE r.project_id = p.id)"))
        assert missing == 0
        untouched = s.scalars(select(ProjectRollup.progress).order_by(ProjectRollup.project_id)
                              .offset(20)).all()
        assert untouched == [0.0] * 4


@pytest.mark.parametrize("term", ["payments", "k1", "ADA", "zz", "ments 1"])
def test_search_page_and_count_match_the_reference(seeded, term):
    like = f"%{term.lower()}%"
    with seeded() as s:
        reference = list(s.scalars(text(
            "SELECT key FROM projects WHERE lower(name) LIKE :p OR lower(key) LIKE :p "
            "OR lower(owner) LIKE :p ORDER BY key"), {"p": like}))
        page = pq.project_page(s, ALL, TODAY, ProjectFilters(search=term), page_size=100)
        assert [r.key for r in page.items] == reference and page.total == len(reference)
        assert _walk(s, "key", False, ProjectFilters(search=term)) == reference


def _reference_outcomes(session) -> list[tuple]:
    """First snapshot of each project and its last one on or before the due date, by grouping
    the whole snapshot table (the slow, obvious way)."""
    return [tuple(r) for r in session.execute(text(
        "SELECT p.id, p.portfolio_id, f.scope_points, f.done_points, l.done_points "
        "FROM projects p JOIN statuses st ON st.id = p.status_id "
        "LEFT JOIN (SELECT project_id, min(day) AS d0 FROM project_snapshots "
        "           GROUP BY project_id) a ON a.project_id = p.id "
        "LEFT JOIN project_snapshots f ON f.project_id = p.id AND f.day = a.d0 "
        "LEFT JOIN (SELECT s.project_id, max(s.day) AS d1 FROM project_snapshots s "
        "           JOIN projects q ON q.id = s.project_id WHERE s.day <= q.due_date "
        "           GROUP BY s.project_id) b ON b.project_id = p.id "
        "LEFT JOIN project_snapshots l ON l.project_id = p.id AND l.day = b.d1 "
        "WHERE p.due_date IS NOT NULL AND st.code != 'cancelled' AND p.due_date < :before "
        "ORDER BY p.id"), {"before": TODAY})]


def test_team_outcomes_match_the_grouped_reference(seeded):
    with seeded() as s:
        reference = _reference_outcomes(s)
        by_pid = {pid: (portfolio, scope0, done0, done_due)
                  for pid, portfolio, scope0, done0, done_due in reference}
        heads = {r[0]: r for r in s.execute(  # typed columns: dates, not SQLite's text
            select(Project.id, Project.start_date, Project.due_date, Project.completed_at,
                   Status.code).join(Status, Project.status_id == Status.id))}
        expected: dict[int, list] = {}
        for pid, (portfolio, scope0, done0, done_due) in sorted(by_pid.items()):
            _, begin, due, completed, code = heads[pid]
            expected.setdefault(portfolio, []).append(history.outcome_of(
                pid, begin, due, completed, code, scope0, done0, done_due))
        assert any(v is not None for row in reference for v in row[2:])  # not all empty
        for portfolios in (None, sorted(expected)):
            found = history.team_outcomes(s, portfolios, before=TODAY)
            assert {k: sorted(v.outcomes, key=lambda o: o.project_id)
                    for k, v in found.items()} == expected


def test_heatmap_counts_projects_like_count_distinct(seeded):
    with seeded() as s:
        first = TODAY - dt.timedelta(days=TODAY.weekday())
        last = first + dt.timedelta(days=6)
        reference = dict(s.execute(
            select(Allocation.resource_id, text("count(DISTINCT project_id)"))
            .where(Allocation.period_start <= last, Allocation.period_end >= first)
            .group_by(Allocation.resource_id)).all())
        doubled = s.scalar(text(
            "SELECT count(*) FROM (SELECT resource_id, project_id FROM allocations "
            "GROUP BY resource_id, project_id HAVING count(*) > 1) d"))
        assert doubled == 4  # the case count(*) without DISTINCT pairs would get wrong
        rows, total, _page = rq._people_page(s, ALL, TODAY, 1, 50, over_only=False)
        assert total == len(reference)
        assert {r.id: r.projects for r in rows} == reference
