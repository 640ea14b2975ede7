"""What the eighteenth blind audit found answered wrong while sure (or asked back needlessly),
read as general rules: what can be promised to a customer is the forecast; whom to call about a
project is its owner; "how confident should I be in this forecast" is its trust; everyday words
for defined terms (nothing to do, nobody assigned, finished ahead of the due date, a throughput
trend, headcount by role, scope grown, key people, how bad); a period kept beside "how likely
are they to land"; the work a team got done in a month; a total value refused. Every expected
figure is this test's own SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from data.rollups import refresh_rollups
from data.schema import ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import (
    TODAY,
    add_item,
    add_portfolio,
    add_project,
    add_resource,
    allocate,
)

D = dt.date
C = dt.datetime


@pytest.fixture
def world(db):
    with db.begin() as s:
        pay = add_portfolio(s, "Payments")
        hub = add_project(s, "W-1", pay, name="Juniper sensor hub", priority="critical",
                          due=D(2026, 6, 26))
        add_project(s, "W-2", pay, name="Harbor ledger", priority="critical", due=D(2026, 10, 9))
        add_project(s, "X-1", pay, status="done", completed_at=C(2026, 2, 2, 12),
                    due=D(2026, 3, 31))  # early, this year
        add_project(s, "X-2", pay, status="done", completed_at=C(2025, 5, 2, 12),
                    due=D(2025, 6, 30), start=D(2025, 1, 6))  # early, last year
        s.add(ProjectForecast(project_id=hub.id, method="classifier", p_on_time=0.7,
                              mc_p_on_time=0.7, p50_date=D(2026, 6, 20),
                              p85_date=D(2026, 7, 1), as_of=TODAY,
                              evidence={"trust": "medium", "shrink": 0.3, "settled": 4,
                                        "elapsed": 0.6}))
        for day, points in ((D(2026, 5, 4), 3), (D(2026, 5, 20), 5), (D(2026, 6, 2), 8)):
            add_item(s, hub, status="done", points=points, done_at=C.combine(day, dt.time(12)))
        ana, bo = add_resource(s, "Ana Lopez"), add_resource(s, "Bo Chen")
        add_resource(s, "Cy Diaz")  # nothing booked
        add_item(s, hub, status="todo", points=2)  # nobody assigned
        allocate(s, ana, hub, 0.5, D(2026, 6, 1), D(2026, 8, 31))
        allocate(s, bo, hub, 0.5, D(2026, 6, 1), D(2026, 8, 31))
        s.flush()
        hub.owner = "Ana Lopez"
        refresh_rollups(s)
    return db


def test_what_can_be_promised_is_the_forecast(world):
    for question in ("can we promise Juniper sensor hub to a customer by end of September?",
                     "Juniper sensor hub - ready by end of July?",
                     "juniper sensor hub when?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert answer.tool_calls[0]["name"] in ("project_forecast", "project_status"), question
        assert "W-1" in str(answer.tool_calls[0]["args"]), question
    p50 = rows(world, """SELECT f.p50_date FROM project_forecasts f
        JOIN projects p ON p.id = f.project_id WHERE p.key = 'W-1'""")[0][0]
    assert str(p50)[:10] == "2026-06-20"
    assert "**20 Jun 2026**" in ask(world, "juniper sensor hub when?").text


def test_whom_to_call_is_the_owner_and_the_forecast_s_trust_is_asked_as_confidence(world):
    owner = rows(world, "SELECT owner FROM projects WHERE key = 'W-1'")[0][0]
    answer = ask(world, "who do I call about the Juniper sensor hub")
    assert answer.tool_calls[0]["args"] == {"project_key": "W-1", "field": "owner"}
    assert owner in answer.text
    trust = ask(world, "how confident should I be in this forecast", page="/projects/W-1")
    assert trust.tool_calls[0]["args"] == {"project_key": "W-1", "field": "trust"}
    assert "**medium** trust" in trust.text


def test_everyday_words_for_defined_terms(world):
    free = [n for (n,) in rows(world, """SELECT r.name FROM resources r WHERE NOT EXISTS (
        SELECT 1 FROM allocations a WHERE a.resource_id = r.id
        AND a.period_start <= '2026-06-21' AND a.period_end >= '2026-06-15')""")]
    assert free == ["Cy Diaz"]
    idle = ask(world, "people with nothing to do this week")
    assert "Cy Diaz" in idle.text and "Ana Lopez" not in idle.text
    unassigned = rows(world, """SELECT count(*) FROM work_items
        WHERE status != 'done' AND assignee_id IS NULL""")[0][0]
    nobody = ask(world, "how many open work items dont have anyone assigned")
    assert nobody.tool_calls[0]["args"]["unassigned"] is True
    assert f"**{unassigned} work item" in nobody.text
    early = ask(world, "which projects finished ahead of there due date this year")
    assert "[X-1]" in early.text and "[X-2]" not in early.text
    assert ask(world, "headcount by role").tool_calls[0]["name"] == "people_by_role"
    trend = ask(world, "whats the weekly throughput trend over the last 8 weeks")
    assert len(trend.tool_calls) >= 8  # week by week
    grown = ask(world, "has scope grown on this", page="/projects/W-1")
    assert grown.tool_calls[0]["name"] == "scope_added"
    assert ask(world, "who are the key people", page="/projects/W-1").tool_calls[0][
        "name"] == "project_team"
    assert ask(world, "how bad is it", page="/projects/W-1").tool_calls[0][
        "name"] == "project_status"
    assert ask(world, "what's the total value of projects closed in Q2").kind == "refuse"


def test_a_due_period_beside_how_likely_and_the_work_done_in_a_month(world):
    due = [k for (k,) in rows(world, """SELECT key FROM projects WHERE priority_id = (SELECT id
        FROM priorities WHERE code = 'critical') AND due_date BETWEEN '2026-04-01'
        AND '2026-06-30'""")]
    assert due == ["W-1"]
    answer = ask(world, "which critical projects are due this quarter and how likely are they "
                        "to land")
    assert all(c["args"]["due_to"] == "2026-06-30" for c in answer.tool_calls)
    assert "[W-1]" in answer.text and "[W-2]" not in answer.text
    points = rows(world, """SELECT sum(story_points) FROM work_items w
        JOIN projects p ON p.id = w.project_id WHERE p.key = 'W-1'
        AND w.done_at >= '2026-05-01' AND w.done_at < '2026-06-01'""")[0][0]
    assert points == 8
    may = ask(world, "how much did the team get done in may", page="/projects/W-1")
    assert f"**{points} story points**" in may.text
