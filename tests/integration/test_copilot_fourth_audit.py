"""Answers a fourth round of new-user audits found wrong while sure, or asked back about when
the data holds the answer: "who's the owner?" and "what are the risks?" on a project's page
answered for every project, the on-time rate of "the projects finished in 2026" leaving out
those finished early, an on-time comparison saying other portfolios had no outcome, "which
owner has the worst on-time record" answered with the overall rate, "the average utilisation"
asked back, "which portfolio has the most over-allocated people" asked back, "how many people
per role" asked back, "unassigned open items" counted with the assigned ones, and "what does at
risk mean" not read. Every expected answer is this test's own SQL, or docs/metrics.md itself.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from data.schema import Document, ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

D = dt.date
WEEK = ("2026-06-15", "2026-06-21")


@pytest.fixture
def world(db):
    with db.begin() as s:
        pay = add_portfolio(s, "Payments")
        gro = add_portfolio(s, "Growth")
        add_portfolio(s, "Security")  # no project: no outcome known
        done = dt.datetime
        # done projects: (key, portfolio, owner, due, completed)
        for key, pf, owner, due, closed in (
                ("D-1", pay, "Ann", D(2026, 3, 1), done(2026, 2, 20)),   # on time
                ("D-2", pay, "Ann", D(2026, 3, 1), done(2026, 3, 20)),   # late
                ("D-3", gro, "Bo", D(2026, 9, 1), done(2026, 5, 2)),     # early: due ahead
                ("D-4", gro, "Bo", D(2026, 2, 1), done(2026, 2, 10))):   # late
            project = add_project(s, key, pf, status="done", due=due, completed_at=closed)
            project.owner = owner
        w1 = add_project(s, "W-1", pay, due=D(2026, 9, 1))
        w1.owner = "Cy"
        s.add(ProjectForecast(project_id=w1.id, method="classifier", p_on_time=0.3,
                              mc_p_on_time=0.3, p50_date=D(2026, 10, 1), as_of=TODAY))
        s.add(Document(project_id=w1.id, kind="status_note", title="W-1 status",
                       body="Main risk: the acquirer sandbox is unstable. Owner: Cy.",
                       created_at=dt.datetime(2026, 6, 15)))
        ann = add_resource(s, "Ann Lee", role="Data engineer")
        bo = add_resource(s, "Bo Chen", role="Data engineer")
        cy = add_resource(s, "Cy Park", role="QA engineer")
        allocate(s, ann, w1, 0.8)
        allocate(s, ann, add_project(s, "G-1", gro), 0.6)  # Ann at 140 %: over-allocated
        allocate(s, bo, w1, 0.5)
        allocate(s, cy, w1, 0.2)
        add_item(s, w1, assignee=ann)
        add_item(s, w1)  # nobody assigned
        add_item(s, w1, points=5)  # nobody assigned
    return db


def test_the_pages_own_owner_and_risks(world):
    (owner,), = rows(world, "SELECT owner FROM projects WHERE key = 'W-1'")
    answer = ask(world, "who's the owner?", page="/projects/W-1")
    assert answer.kind == "answer" and answer.result["items"] == [owner]
    answer = ask(world, "what are the risks?", page="/projects/W-1")
    assert answer.kind == "answer" and "acquirer sandbox is unstable" in answer.text
    assert "not only W-1" not in answer.interpretation


def test_on_time_rates_of_done_projects_owners_and_compared_portfolios(world):
    finished = rows(world, """SELECT p.key, p.completed_at, p.due_date FROM projects p
        JOIN statuses s ON s.id = p.status_id WHERE s.code = 'done'
        AND p.completed_at >= '2026-01-01'""")
    on_time = sum(str(c)[:10] <= str(d)[:10] for _k, c, d in finished)
    assert (on_time, len(finished)) == (2, 4)  # D-3, finished before a due date ahead, counts
    answer = ask(world, "of the projects we finished in 2026, what share were on time?")
    assert answer.result["value"] == pytest.approx(on_time / len(finished))
    answer = ask(world, "compare Payments and Growth on-time record")
    assert "Security" not in answer.text  # not asked about: not said to have no outcome
    record: dict[str, list[bool]] = {}  # past their due date (done, or open), on time?
    for owner, closed, due in rows(world, """SELECT owner, completed_at, due_date
            FROM projects WHERE due_date < :today"""):
        record.setdefault(owner, []).append(closed is not None and str(closed)[:10] <= str(
            due)[:10])
    assert record == {"Ann": [True, False], "Bo": [False]}
    answer = ask(world, "which owner has the worst on-time record")
    assert answer.kind == "answer" and answer.result["items"] == ["Bo", "Ann"]
    assert "Ann: 50% (1 of 2)" in answer.text


def test_averages_and_counts_of_people(world):
    loads = {n: float(v) for n, v in rows(world, """SELECT r.name, coalesce(sum(a.share), 0)
        FROM resources r LEFT JOIN allocations a ON a.resource_id = r.id
        AND a.period_start <= :last AND a.period_end >= :first GROUP BY r.name""",
        first=WEEK[0], last=WEEK[1])}
    answer = ask(world, "What was the average utilisation across all people this week?")
    assert answer.kind == "answer"
    assert answer.result["value"] == pytest.approx(sum(loads.values()) / len(loads), abs=1e-4)
    roles = dict(rows(world, "SELECT role, count(*) FROM resources GROUP BY role"))
    answer = ask(world, "how many people per role")
    assert answer.kind == "answer" and answer.result["groups"] == roles
    over_by_portfolio = {}
    for name in ("Payments", "Growth"):
        team = {n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a
            JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id
            JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = :name
            AND a.period_start <= :last AND a.period_end >= :first""", name=name,
            first=WEEK[0], last=WEEK[1])}
        over_by_portfolio[name] = sum(loads[n] > 1.0 for n in team)
    assert over_by_portfolio == {"Payments": 1, "Growth": 1}  # Ann, in both
    answer = ask(world, "which portfolio has the most over-allocated people this week")
    assert answer.kind == "answer" and answer.result["groups"] == {"Growth": 1}
    assert "Payments" in answer.text  # tied, named after it


def test_unassigned_open_items(world):
    (n, points), = rows(world, """SELECT count(*), sum(story_points) FROM work_items w
        JOIN projects p ON p.id = w.project_id WHERE p.key = 'W-1'
        AND w.status <> 'done' AND w.assignee_id IS NULL""")
    assert (n, points) == (2, 8)
    for question in ("any open items with nobody assigned?", "any unassigned open items?"):
        answer = ask(world, question, page="/projects/W-1")
        assert answer.kind == "answer", question
        assert answer.result["count"] == n, question
    answer = ask(world, "how many open items are unassigned", page="/projects/W-1")
    assert answer.result["count"] == n


def _docs_definition(name: str) -> str:
    text = (Path(__file__).resolve().parents[2] / "docs" / "metrics.md").read_text()
    row = next(line for line in text.splitlines() if line.startswith(f"| **{name}**"))
    return row.split("|")[2].strip()


def test_a_definition_is_the_docs_own_sentence(world):
    answer = ask(world, "what does at risk mean in this dashboard?")
    assert answer.kind == "answer" and _docs_definition("At risk") in answer.text
    answer = ask(world, "what's the difference between late and at risk?")
    assert _docs_definition("Late") in answer.text and _docs_definition("At risk") in \
        answer.text
    assert "Projects by health" not in answer.text  # not a count of each
    assert re.search(r"\*\*Load\*\*", ask(world, "what does utilisation mean here").text)
