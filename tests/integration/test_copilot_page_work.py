"""Answers a third round of new-user audits found wrong while sounding sure, most of them asked
from a project's page: "what's left", "what's in progress", "what's due in the next two weeks"
answered with every open project, the progress or the due date; "is anyone on this team free
next week" and "how loaded is the team next month" answered with the team list; a late / at
risk / on track count per portfolio merged into one number; "owners with more than one project
at risk" listing every owner; "did this finish on time" answered "no forecast"; "who starts on
a new project next week" listing everyone. Every expected answer is this test's own SQL.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data.schema import ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import add_item, add_portfolio, add_project, add_resource, allocate

D = dt.date


@pytest.fixture
def world(db):
    with db.begin() as s:
        apps = add_portfolio(s, "Apps")
        pay = add_portfolio(s, "Payments")
        w1 = add_project(s, "W-1", apps, due=D(2026, 7, 31))
        ann = add_resource(s, "Ann Lee", skills=["python"])
        bo = add_resource(s, "Bo Chen", skills=["sql"])
        cy = add_resource(s, "Cy Park", skills=["python"])
        items = [("Build login", "in_progress", 5, ann, D(2026, 6, 20)),
                 ("Write docs", "todo", 3, bo, D(2026, 6, 25)),
                 ("Old bug", "todo", 2, None, D(2026, 6, 1)),     # overdue, still open
                 ("Later work", "todo", 8, ann, D(2026, 9, 1)),
                 ("Shipped", "done", 3, bo, D(2026, 6, 2))]
        for title, status, points, who, due in items:
            item = add_item(s, w1, status=status, points=points, assignee=who,
                            done_at=dt.datetime(2026, 6, 3) if status == "done" else None)
            item.title, item.due_at = title, dt.datetime.combine(due, dt.time())
        allocate(s, ann, w1, 0.5)                                   # June and July
        allocate(s, bo, w1, 0.5, D(2026, 6, 1), D(2026, 6, 19))     # rolls off this week
        w2 = add_project(s, "W-2", apps)
        allocate(s, ann, w2, 0.8, D(2026, 7, 1), D(2026, 7, 31))
        for _ in range(3):  # Bo holds the most open items across all his projects, not on W-1
            add_item(s, w2, assignee=bo)
        future = add_project(s, "F-1", apps, start=D(2026, 7, 6), due=D(2026, 12, 1))
        allocate(s, cy, future, 0.6, D(2026, 7, 6), D(2026, 9, 30))  # joins in July
        add_project(s, "D-1", apps, status="done", due=D(2026, 6, 14),
                    completed_at=dt.datetime(2026, 6, 16))
        for key, pf, health in (("L-1", pay, "late"), ("R-1", pay, "risk"),
                                ("R-2", pay, "risk"), ("T-1", apps, "track")):
            due = D(2026, 6, 10) if health == "late" else D(2026, 9, 1)
            project = add_project(s, key, pf, due=due)
            project.owner = {"L-1": "Bea", "R-1": "Bea", "R-2": "Cal", "T-1": "Dee"}[key]
            p = {"late": 0.1, "risk": 0.3, "track": 0.9}[health]
            s.add(ProjectForecast(project_id=project.id, method="classifier", p_on_time=p,
                                  mc_p_on_time=p, p50_date=due, as_of=D(2026, 6, 17)))
    return db


def _open_items(db, key: str) -> list[tuple[str, str]]:
    return [(t, st) for t, st in rows(db, """SELECT w.title, w.status FROM work_items w
        JOIN projects p ON p.id = w.project_id WHERE p.key = :key AND w.status <> 'done'""",
        key=key)]


def test_whats_left_on_the_page_lists_the_projects_open_items(world):
    expected = {t for t, _ in _open_items(world, "W-1")}
    assert expected == {"Build login", "Write docs", "Old bug", "Later work"}
    for question in ("what's left?", "we're due soon - what is still open?",
                     "what work is open on this project", "what is left and who owns each item"):
        answer = ask(world, question, page="/projects/W-1")
        assert answer.kind == "answer", question
        assert set(answer.result["items"]) == expected, question
        assert "Ann Lee" in answer.text and "unassigned" in answer.text, question
    progress = {t for t, st in _open_items(world, "W-1") if st == "in_progress"}
    answer = ask(world, "what's in progress right now", page="/projects/W-1")
    assert set(answer.result["items"]) == progress == {"Build login"}


def test_a_count_per_status_gives_each_status(world):
    counts = dict(rows(world, """SELECT w.status, count(*) FROM work_items w JOIN projects p
        ON p.id = w.project_id WHERE p.key = 'W-1' GROUP BY w.status"""))
    answer = ask(world, "how many items are to do, in progress and done", page="/projects/W-1")
    assert answer.result["by_status"] == counts
    assert f"{counts['todo']} to do, {counts['in_progress']} in progress, " \
           f"{counts['done']} done" in answer.text


def test_whats_due_in_the_next_two_weeks_reads_the_items_due_dates(world):
    due = {t for t, in rows(world, """SELECT w.title FROM work_items w JOIN projects p
        ON p.id = w.project_id WHERE p.key = 'W-1' AND w.status <> 'done'
        AND w.due_at >= :today AND w.due_at < :end""", end=dt.datetime(2026, 7, 1))}
    overdue = {t for t, in rows(world, """SELECT w.title FROM work_items w JOIN projects p
        ON p.id = w.project_id WHERE p.key = 'W-1' AND w.status <> 'done'
        AND w.due_at < :today""")}
    assert due == {"Build login", "Write docs"} and overdue == {"Old bug"}
    answer = ask(world, "what's due in the next two weeks on this project",
                 page="/projects/W-1")
    assert set(answer.result["items"]) == due
    assert "Old bug" in answer.text and "still open" in answer.text  # said apart
    assert "due on" not in answer.text  # the project's own date (31 Jul) is not in the window


def test_who_holds_the_most_open_items_on_this_counts_this_project_only(world):
    held = rows(world, """SELECT r.name, count(*) FROM work_items w JOIN projects p
        ON p.id = w.project_id JOIN resources r ON r.id = w.assignee_id
        WHERE p.key = 'W-1' AND w.status <> 'done' GROUP BY r.name ORDER BY 2 DESC""")
    assert held[0] == ("Ann Lee", 2)
    (everywhere,), = rows(world, """SELECT count(*) FROM work_items w JOIN resources r
        ON r.id = w.assignee_id WHERE r.name = 'Bo Chen' AND w.status <> 'done'""")
    assert everywhere == 4  # more than Ann's 2, across all his projects
    answer = ask(world, "who has the most open items on this?", page="/projects/W-1")
    assert answer.result["items"] == ["Ann Lee"] and "2 open work items" in answer.text


def test_the_team_free_or_loaded_in_a_period(world):
    team = {n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a JOIN resources r
        ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id WHERE p.key = 'W-1'
        AND a.period_start <= :today AND a.period_end >= :today""")}
    busy = {n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a
        JOIN resources r ON r.id = a.resource_id WHERE a.period_start <= '2026-06-28'
        AND a.period_end >= '2026-06-22'""")}
    assert team == {"Ann Lee", "Bo Chen"} and team - busy == {"Bo Chen"}
    answer = ask(world, "is anyone on this team free next week?", page="/projects/W-1")
    assert answer.kind == "answer" and set(answer.result["items"]) == team - busy
    july = dict(rows(world, """SELECT r.name, sum(a.share) FROM allocations a JOIN resources r
        ON r.id = a.resource_id WHERE a.period_start <= '2026-07-31'
        AND a.period_end >= '2026-07-01' GROUP BY r.name"""))
    assert float(july["Ann Lee"]) == pytest.approx(1.3) and "Bo Chen" not in july
    answer = ask(world, "how loaded is the team next month", page="/projects/W-1")
    assert answer.kind == "answer" and set(answer.result["items"]) == team
    assert "Ann Lee: 130% at peak" in answer.text and "Bo Chen: 0% at peak" in answer.text


def test_late_at_risk_and_on_track_counted_in_each_portfolio(world):
    counts = {}
    for name in ("Payments", "Apps"):
        keys = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN portfolios f
            ON f.id = p.portfolio_id JOIN statuses s ON s.id = p.status_id
            WHERE f.name = :name AND s.code NOT IN ('done', 'cancelled')""", name=name)}
        late = {k for k in keys if k == "L-1"}  # due 10 Jun, open: late by its due date
        counts[name] = len(late)
    assert counts == {"Payments": 1, "Apps": 0}
    answer = ask(world, "Compare Payments and Apps: how many are late, at risk and on track "
                        "in each?")
    assert answer.kind == "answer"
    payments, apps = answer.text.split("**Projects by health in Apps:**")
    assert "Projects by health in Payments" in payments and "- Late: 1" in payments
    assert "- Late: 0" in apps
    merged = ask(world, "Payments vs Apps: how many late or at-risk projects does each have?")
    assert "Projects by health" not in merged.text  # "late or at risk": one set, per portfolio


def test_owners_with_more_than_one_project(world):
    owners = dict(rows(world, """SELECT p.owner, count(*) FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code NOT IN ('done', 'cancelled') AND p.owner IS NOT NULL
        GROUP BY p.owner"""))
    several = {o for o, n in owners.items() if n > 1}
    assert several == {"Ada", "Bea"} and len(owners) == 4
    answer = ask(world, "Which owners have more than one open project?")
    assert answer.kind == "answer" and set(answer.result["items"]) == several
    assert set(ask(world, "which owners have two or more open projects").result["items"]) \
        == several


def test_did_this_finish_on_time_says_how_it_finished(world):
    (done, due), = rows(world, "SELECT completed_at, due_date FROM projects WHERE key = 'D-1'")
    gap = (dt.date.fromisoformat(str(done)[:10]) - dt.date.fromisoformat(str(due)[:10])).days
    assert gap == 2
    answer = ask(world, "did this finish on time?", page="/projects/D-1")
    assert "2 days after its due date" in answer.text and "finished late" in answer.text


def test_joining_and_rolling_off_in_a_period(world):
    starting = {n for n, in rows(world, """SELECT r.name FROM allocations a JOIN resources r
        ON r.id = a.resource_id WHERE a.period_start BETWEEN '2026-07-01' AND '2026-07-31'""")}
    ending = {n for n, in rows(world, """SELECT r.name FROM allocations a JOIN resources r
        ON r.id = a.resource_id WHERE a.period_end BETWEEN '2026-06-15' AND '2026-06-21'""")}
    assert starting == {"Ann Lee", "Cy Park"} and ending == {"Bo Chen"}
    answer = ask(world, "who starts on a new project next month?")
    assert answer.kind == "answer" and set(answer.result["items"]) == starting
    answer = ask(world, "who rolls off a project this week?")
    assert answer.kind == "answer" and set(answer.result["items"]) == ending
    assert ask(world, "who starts on a new project next week?").result["items"] == []


def test_a_project_not_started_names_who_is_booked_and_when_it_starts(world):
    answer = ask(world, "when does it start and whos on it", page="/projects/F-1")
    assert "starts on **6 Jul 2026**" in answer.text
    assert "Cy Park" in answer.text and "from 6 Jul 2026" in answer.text


def test_worst_shape_is_asked_back_and_forecast_confidence_is_its_trust(world):
    answer = ask(world, "Which portfolio is in the worst shape?")
    assert answer.kind == "clarify" and len(answer.choices) == 2
    answer = ask(world, "how confident is that forecast?", page="/projects/R-1")
    assert "trust" in answer.text and "85%" not in answer.text
