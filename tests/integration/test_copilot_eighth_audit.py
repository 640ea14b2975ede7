"""Answers an eighth round of new-user audits found wrong while sure, read as general rules:
"how many critical projects are there and how many are on track" (the second part counted
every on-track project, not the critical ones); "is Leo overloaded, and what is his load"
(a list of projects due this week beside it); "progress and due date" on a project's page (the
due date alone); "how many done projects finished late" (0: done and late never meet) and
"what % of done projects finished late"; "team size" on a page (the portfolios); "who's
allocated" on a project that starts next month (an empty load table). Every expected answer
is this test's own SQL.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data.rollups import refresh_rollups
from data.schema import ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

D = dt.date


@pytest.fixture
def world(db):
    with db.begin() as s:
        pf = add_portfolio(s, "Devices")
        for key, priority, status, p, due, done_on in (
                ("C-1", "critical", "active", 0.9, D(2026, 9, 1), None),    # on track
                ("C-2", "critical", "active", 0.2, D(2026, 9, 1), None),    # at risk
                ("C-3", "critical", "done", None, D(2026, 3, 1), D(2026, 3, 20)),  # late
                ("M-1", "medium", "active", 0.8, D(2026, 9, 1), None),      # on track
                ("M-2", "medium", "done", None, D(2026, 4, 1), D(2026, 3, 25)),   # on time
                ("M-3", "medium", "done", None, D(2026, 2, 1), D(2026, 2, 9))):   # late
            project = add_project(s, key, pf, priority=priority, status=status, due=due,
                                  completed_at=dt.datetime.combine(done_on, dt.time())
                                  if done_on else None)
            if p is not None:
                s.add(ProjectForecast(project_id=project.id, method="classifier",
                                      p_on_time=p, mc_p_on_time=p, p50_date=due, as_of=TODAY))
            if key == "C-1":
                c1 = project
                for status_, n in (("done", 3), ("todo", 5)):
                    for _ in range(n):
                        add_item(s, project, status=status_, points=2,
                                 done_at=dt.datetime(2026, 6, 1) if status_ == "done" else None)
        leo = add_resource(s, "Leo Moreau")
        ann = add_resource(s, "Ann Lee")
        allocate(s, leo, c1, 0.9)
        allocate(s, leo, c1, 0.4)  # 130 % this week
        allocate(s, ann, c1, 0.5)
        later = add_project(s, "S-1", pf, start=D(2026, 7, 6))
        allocate(s, ann, later, 0.4, D(2026, 7, 6), D(2026, 9, 30))  # booked, not yet on it
        refresh_rollups(s)
    return db


HEALTHY = """SELECT p.key FROM projects p JOIN statuses s ON s.id = p.status_id
    JOIN priorities r ON r.id = p.priority_id
    LEFT JOIN project_forecasts c ON c.project_id = p.id
    WHERE s.code NOT IN ('done', 'cancelled') AND (p.due_date IS NULL OR p.due_date >= :today)
    AND (c.p_on_time IS NULL OR c.p_on_time >= 0.5) AND r.code = :priority"""


def test_a_second_part_without_a_subject_is_said_of_the_first(world):
    (critical,), = rows(world, """SELECT count(*) FROM projects p JOIN priorities r
        ON r.id = p.priority_id WHERE r.code = 'critical'""")
    on_track = rows(world, HEALTHY, priority="critical")
    every_on_track = rows(world, HEALTHY.replace("AND r.code = :priority", ""))
    assert len(on_track) == 1 < len(every_on_track)
    answer = ask(world, "how many critical projects are there and how many are on track")
    assert f"**{critical} critical-priority projects**" in answer.text
    assert f"**{len(on_track)} on track critical-priority project**" in answer.text


def test_his_load_is_the_persons_named_before(world):
    answer = ask(world, "is Leo Moreau overloaded, and what's his load this week")
    (share,), = rows(world, """SELECT sum(a.share) FROM allocations a JOIN resources r
        ON r.id = a.resource_id WHERE r.name = 'Leo Moreau'""")
    assert f"{float(share):.0%}" in answer.text
    assert len(answer.tool_calls) == 1 and "due" not in answer.interpretation  # no list of
    # the projects due this week beside it


def test_two_phrases_on_a_page_are_both_answered(world):
    (done, total), = rows(world, """SELECT sum(CASE WHEN w.status = 'done' THEN w.story_points
        ELSE 0 END), sum(w.story_points) FROM work_items w JOIN projects p
        ON p.id = w.project_id WHERE p.key = 'C-1'""")
    (due,), = rows(world, "SELECT due_date FROM projects WHERE key = 'C-1'")
    answer = ask(world, "progress + due date", page="/projects/C-1")
    assert f"{done / total:.0%}" in answer.text
    assert f"{dt.date.fromisoformat(str(due)[:10]):%-d %b %Y}" in answer.text
    team = ask(world, "progress so far and team size", page="/projects/C-1")
    names = {n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a
        JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id
        WHERE p.key = 'C-1'""")}
    assert all(n in team.text for n in names) and "portfolio" not in team.interpretation


def test_done_projects_finished_late_and_their_share(world):
    done = rows(world, """SELECT p.key, p.due_date, p.completed_at FROM projects p
        JOIN statuses s ON s.id = p.status_id WHERE s.code = 'done'""")
    late = [k for k, due, at in done if str(at)[:10] > str(due)[:10]]
    assert sorted(late) == ["C-3", "M-3"]
    answer = ask(world, "how many done projects finished late?")
    assert f"**{len(late)} done projects finished after the due date" in answer.text
    share = ask(world, "what % of done projects finished late")
    assert f"**{len(late) / len(done):.0%}** ({len(late)} of {len(done)})" in share.text


def test_a_projects_team_on_its_page_however_short(world):
    team = {n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a
        JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id
        WHERE p.key = 'C-1' AND a.period_start <= :today AND a.period_end >= :today""")}
    answer = ask(world, "team size", page="/projects/C-1")
    assert answer.kind == "answer" and set(answer.result["items"]) == team
    booked = {n for n, in rows(world, """SELECT r.name FROM allocations a
        JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id
        WHERE p.key = 'S-1' AND a.period_start > :today""")}
    assert booked == {"Ann Lee"}
    later = ask(world, "when does it start and who's allocated", page="/projects/S-1")
    assert "6 Jul 2026" in later.text and "Ann Lee" in later.text


@pytest.fixture
def staffed(db):
    with db.begin() as s:
        dev = add_portfolio(s, "Devices")
        pay = add_portfolio(s, "Payments")
        for key, pf, p85, done in (("D-1", dev, D(2026, 8, 20), (1, 3)),
                                   ("D-2", dev, D(2026, 10, 2), (3, 1)),
                                   ("P-1", pay, None, (2, 2))):
            project = add_project(s, key, pf, due=D(2026, 9, 30))
            s.add(ProjectForecast(project_id=project.id, method="classifier", p_on_time=0.7,
                                  mc_p_on_time=0.7, p50_date=D(2026, 8, 1), p85_date=p85,
                                  as_of=TODAY))
            for status_, n in zip(("done", "todo"), done, strict=True):
                for i in range(n):
                    item = add_item(s, project, status=status_, points=3,
                                    done_at=dt.datetime(2026, 6, 1) if status_ == "done" else None)
                    item.title = f"{key} {status_} task {i}"
                    item.due_at = dt.datetime(2026, 6, 10) if key == "D-1" and status_ == "todo" \
                        else None
        busy = add_resource(s, "Kim Busy", skills=["react"])
        later = add_resource(s, "Lu Later", skills=["react"])
        add_resource(s, "Fay Free", skills=["react"])
        d1 = s.query(type(project)).filter_by(key="D-1").one()
        allocate(s, busy, d1, 0.5, D(2026, 6, 1), D(2026, 7, 10))   # into the window
        allocate(s, later, d1, 0.5, D(2026, 9, 1), D(2026, 9, 30))  # after it
        refresh_rollups(s)
    return db


FREE = """SELECT r.name FROM resources r WHERE r.name IN ('Kim Busy', 'Lu Later', 'Fay Free')
    AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.resource_id = r.id
    AND a.period_start <= :end AND a.period_end >= :start)"""


def test_from_a_day_for_some_weeks_and_from_today_on(staffed):
    window = {n for n, in rows(staffed, FREE, start=D(2026, 7, 1), end=D(2026, 8, 11))}
    assert window == {"Lu Later", "Fay Free"}
    answer = ask(staffed, "who with react is free from 1 July for 6 weeks?")
    assert set(answer.result["items"]) == window
    assert "1 Jul 2026 – 11 Aug 2026" in answer.interpretation  # this year's July, six weeks
    onwards = {n for n, in rows(staffed, FREE, start=TODAY, end=D(2999, 12, 31))}
    assert onwards == {"Fay Free"}
    answer = ask(staffed, "who has no allocation at all from today onwards?")
    assert set(answer.result["items"]) & {"Kim Busy", "Lu Later", "Fay Free"} == onwards


def test_a_project_list_with_the_column_asked_for(staffed):
    p85 = dict(rows(staffed, """SELECT p.key, c.p85_date FROM projects p
        JOIN project_forecasts c ON c.project_id = p.id JOIN portfolios f
        ON f.id = p.portfolio_id WHERE f.name = 'Devices'"""))
    answer = ask(staffed, "open Devices projects and their P85 dates")
    for key, when in p85.items():
        line = next(x for x in answer.text.splitlines() if f"[{key}]" in x)
        assert f"85% sure by {dt.date.fromisoformat(str(when)[:10]):%-d %b %Y}" in line


def test_two_portfolios_compared_on_their_average_progress(staffed):
    progress = rows(staffed, """SELECT f.name, avg(t.done * 1.0 / t.total) FROM (
        SELECT w.project_id, sum(w.story_points) AS total, sum(CASE WHEN w.status = 'done'
        THEN w.story_points ELSE 0 END) AS done FROM work_items w GROUP BY w.project_id) t
        JOIN projects p ON p.id = t.project_id JOIN portfolios f ON f.id = p.portfolio_id
        GROUP BY f.name""")
    answer = ask(staffed, "compare payments vs devices progress")
    for name, avg in progress:
        assert f"- {name}: {float(avg):.0%}" in answer.text
    assert "count" not in answer.interpretation.lower()


def test_overdue_items_asked_on_a_page(staffed):
    overdue = {t for t, in rows(staffed, """SELECT w.title FROM work_items w JOIN projects p
        ON p.id = w.project_id WHERE p.key = 'D-1' AND w.status <> 'done'
        AND w.due_at < :today""")}
    assert len(overdue) == 3
    answer = ask(staffed, "overdue items here?", page="/projects/D-1")
    assert answer.kind == "answer" and all(t in answer.text for t in overdue)
