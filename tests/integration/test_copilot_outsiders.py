"""Words of people outside the project office (from the first runs of the blind splits unseen70
and unseen71):
dates said by what they mark, "thinnest on", "closest to the finish line, percentage-wise",
"heading up", time "charged to" projects, a portfolio's people said as "the Devices people" or
"staff in Security", what the asker is doing meanwhile, meeting rooms. Every expected answer is
this test's own SQL over the same database.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from data.rollups import refresh_rollups, refresh_skill_supply
from data.scope import Scope
from tests.copilot_asking import ask, rows
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate


@pytest.fixture
def world(db):
    later = dt.date(2026, 11, 30)
    with db.begin() as s:
        support = add_portfolio(s, "Customer Support")
        devices = add_portfolio(s, "Devices")
        add_project(s, "CS-1", support, due=dt.date(2026, 5, 29), name="Ticket triage")
        add_project(s, "CS-2", support, due=dt.date(2026, 6, 1), name="Help centre")
        add_project(s, "CS-3", support, due=later, name="Live chat").owner = "Rosa Singh"
        add_project(s, "CS-4", support, status="done", due=dt.date(2026, 4, 1),
                    completed_at=dt.datetime(2026, 4, 2), name="Old inbox")
        add_project(s, "CS-5", support, status="done", start=dt.date(2025, 6, 2),
                    due=dt.date(2025, 11, 30),
                    completed_at=dt.datetime(2025, 11, 20), name="Phone menu")
        hub = add_project(s, "DEV-1", devices, due=later, name="Sensor hub")
        add_project(s, "DEV-3", devices, status="proposed", due=dt.date(2026, 8, 20),
                    name="Charger")
        pack = add_project(s, "DEV-2", devices, due=later, name="Battery pack")
        for i, (project, share) in enumerate(((hub, 0.2), (hub, 0.5), (hub, 0.95),
                                              (pack, 0.1))):
            add_item(s, project, points=3 + i, status="done" if share > 0.4 else "todo")
        ana, ben, cy = (add_resource(s, n, skills=k) for n, k in (
            ("Ana Ortiz", ["go", "react", "python"]), ("Ben Cole", ["react", "python"]),
            ("Cy Park", ["python"])))
        allocate(s, ana, hub, 0.7)
        allocate(s, ana, pack, 0.6)  # 130 % this week
        allocate(s, ben, hub, 0.5)
        allocate(s, cy, hub, 0.5, end=dt.date(2026, 6, 10))  # ended before today
        refresh_skill_supply(s.connection())  # as the app does after writing people
        refresh_rollups(s.connection())  # and after writing work items
    return db



def test_missed_their_end_dates_is_late(world):
    late = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN statuses s ON
        s.id = p.status_id JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name =
        'Customer Support' AND s.code IN ('proposed', 'active', 'on_hold')
        AND p.due_date < :today""")}
    for question in ("Which Customer Support projects have missed their end dates?",
                     "which customer support projects are past their target date"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert set(answer.result["items"]) == late == {"CS-1", "CS-2"}, question


def test_skills_we_are_thinnest_on_are_the_ones_fewest_people_have(world):
    answer = ask(world, "Which skill are we thinnest on, by number of people who have it?")
    counts = {}
    for skills, in rows(world, "SELECT skills FROM resources"):
        for skill in skills if isinstance(skills, list) else json.loads(skills):
            counts[skill] = counts.get(skill, 0) + 1
    fewest = min(counts.values())
    assert answer.kind == "answer"
    assert answer.result["items"][0] in {k for k, v in counts.items() if v == fewest} == {"go"}


def test_closest_to_the_finish_line_percentage_wise_is_progress(world):
    answer = ask(world, "which unfinished project is closest to the finish line, "
                        "percentage-wise?")
    progress = rows(world, """SELECT p.key, sum(CASE WHEN w.status = 'done' THEN
        w.story_points ELSE 0 END) * 1.0 / sum(w.story_points) AS share FROM projects p
        JOIN work_items w ON w.project_id = p.id GROUP BY p.key ORDER BY share DESC""")
    assert answer.kind == "answer" and "progress" in answer.interpretation
    assert answer.result["items"][0] == progress[0][0] == "DEV-1"


def test_heading_up_is_the_owner(world):
    answer = ask(world, "Who's heading up the Live chat work? I need to brief them.")
    owner, = rows(world, "SELECT owner FROM projects WHERE key = 'CS-3'")
    assert answer.kind == "answer" and owner[0] == "Rosa Singh" and owner[0] in answer.text


TEAM = """SELECT DISTINCT r.name FROM allocations a JOIN resources r ON r.id = a.resource_id
    JOIN projects p ON p.id = a.project_id JOIN portfolios f ON f.id = p.portfolio_id
    WHERE f.name = :portfolio AND a.period_start <= :today AND a.period_end >= :today"""


def test_a_portfolios_people_said_every_which_way_are_its_team_today(world):
    team = {n for n, in rows(world, TEAM, portfolio="Devices")}
    assert team == {"Ana Ortiz", "Ben Cole"}  # Cy Park's allocation ended before today
    for question in ("How many people are currently charged to Devices projects?",
                     "how many staff in Devices", "How many of the Devices people are there?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert answer.result["count"] == len(team), question
    over = ask(world, "Which of the Devices people are overbooked this week?")
    week = {n for n, in rows(world, """SELECT r.name FROM allocations a JOIN resources r ON
        r.id = a.resource_id WHERE a.period_start <= '2026-06-21' AND a.period_end >=
        '2026-06-15' GROUP BY r.name HAVING sum(a.share) > 1""")}
    assert over.kind == "answer"
    assert set(over.result["items"]) == week & team == {"Ana Ortiz"}


def test_what_the_asker_is_doing_meanwhile_is_not_the_question(world):
    open_support = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN statuses s ON
        s.id = p.status_id JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name =
        'Customer Support' AND s.code IN ('proposed', 'active', 'on_hold')""")}
    answer = ask(world, "Which Customer Support projects are still open? Anything that could "
                        "touch the site while we run the summer campaign.")
    assert answer.kind == "answer" and "Jul" not in answer.interpretation
    assert set(answer.result["items"]) == open_support == {"CS-1", "CS-2", "CS-3"}
    # in the question itself, the asker's time is the period asked about
    done = ask(world, "which projects finished while we were away in April")
    assert done.result["items"] == [k for k, in rows(world, """SELECT key FROM projects WHERE
        completed_at >= '2026-04-01' AND completed_at < '2026-05-01'""")] == ["CS-4"]
    when = ask(world, "When do you reckon Sensor hub will actually finish? The team has asked "
                      "to keep their room until then.")
    assert "Ana Ortiz" not in when.text and "forecast for DEV-1" in when.text  # not its team


def test_meeting_rooms_are_outside_the_data(world):
    answer = ask(world, "Which meeting rooms are free on Thursday afternoon?")
    assert answer.kind == "refuse"


def test_german_who_is_planned_onto_a_project_is_its_team(world):
    answer = ask(world, "Wer ist gerade für dieses Projekt eingeplant?", page="/projects/DEV-1")
    team = {n for n, in rows(world, TEAM.replace("f.name = :portfolio", "p.key = 'DEV-1'"))}
    assert answer.kind == "answer"
    assert set(answer.result["items"]) == team == {"Ana Ortiz", "Ben Cole"}


OPEN = "s.code IN ('proposed', 'active', 'on_hold')"


def test_unseen70_words_for_dates_done_and_open(world):
    late = rows(world, f"""SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id
        JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = 'Customer Support' AND {OPEN}
        AND p.due_date < :today""")[0][0]
    agreed = ask(world, "For my compliance memo: how many Customer Support projects have "
                        "missed their agreed completion date?")
    assert agreed.kind == "answer" and agreed.result["count"] == late == 2
    q4 = ask(world, "Which projects were delivered in Q4 last year?")
    assert q4.result["items"] == [k for k, in rows(world, """SELECT key FROM projects WHERE
        completed_at >= '2025-10-01' AND completed_at < '2026-01-01'""")] == ["CS-5"]
    august = ask(world, "whch projects still to be deliverd are due in agust")
    assert set(august.result["items"]) == {k for k, in rows(world, f"""SELECT p.key FROM
        projects p JOIN statuses s ON s.id = p.status_id WHERE {OPEN} AND p.due_date >=
        '2026-08-01' AND p.due_date <= '2026-08-31'""")} == {"DEV-3"}
    going = ask(world, "Sorry if this is a silly question, but how many projects are actually "
                       "going on at the moment?")
    assert going.result["count"] == rows(world, f"""SELECT count(*) FROM projects p JOIN
        statuses s ON s.id = p.status_id WHERE {OPEN}""")[0][0] == 6
    handed = ask(world, "When was this one actually handed over?", page="/projects/CS-4")
    assert handed.result["value"] == str(rows(world, "SELECT date(completed_at) FROM projects "
                                                     "WHERE key = 'CS-4'")[0][0]) == "2026-04-02"
    due = ask(world, "wen is this one supossed to be done", page="/projects/DEV-3")
    assert due.result["value"] == str(rows(world, "SELECT due_date FROM projects WHERE key = "
                                                  "'DEV-3'")[0][0]) == "2026-08-20"


def test_unseen70_words_for_people_and_refusals(world):
    people = rows(world, "SELECT count(*) FROM resources")[0][0]
    booked = rows(world, """SELECT count(DISTINCT resource_id) FROM allocations WHERE
        period_start <= '2026-07-31' AND period_end >= '2026-07-01'""")[0][0]
    free = ask(world, "How many of our people have nothing at all assigned next month?")
    assert free.result["count"] == people - booked  # every allocation here runs into July
    over = ask(world, "Is anyone on this team stretched past full time this week?",
               page="/projects/DEV-2")
    assert set(over.result["items"]) == {n for n, in rows(world, """SELECT r.name FROM
        allocations a JOIN resources r ON r.id = a.resource_id WHERE a.period_start <=
        '2026-06-21' AND a.period_end >= '2026-06-15' GROUP BY r.name
        HAVING sum(a.share) > 1""")} == {"Ana Ortiz"}
    assert ask(world, "What's the total purchase-order value committed to the Devices "
                      "projects?").kind == "refuse"
    raised = ask(world, "The teams say new work keeps piling up. How many new tasks were "
                        "raised last week?")
    assert raised.kind == "answer" and "Work items added" in raised.interpretation


def test_unseen70_other_languages(world):
    due = rows(world, "SELECT due_date FROM projects WHERE key = 'DEV-3'")[0][0]
    for question in ("¿Cuál es la fecha de entrega comprometida del DEV-3?",
                     "Qual è la data di consegna concordata per il DEV-3?"):
        answer = ask(world, question)
        assert answer.result["value"] == str(due), question
    running = ask(world, "Hoeveel lopende projecten heeft het Devices-team?")
    assert running.result["count"] == rows(world, f"""SELECT count(*) FROM projects p JOIN
        statuses s ON s.id = p.status_id JOIN portfolios f ON f.id = p.portfolio_id WHERE
        f.name = 'Devices' AND {OPEN}""")[0][0] == 3


def test_unseen70_deliveries_contacts_and_agreed_dates(world):
    late = {k for k, in rows(world, f"""SELECT p.key FROM projects p JOIN statuses s ON
        s.id = p.status_id WHERE {OPEN} AND p.due_date < :today""")}
    blown = ask(world, "Quick one before my account reviews: how many of our deliveries have "
                       "already blown past the date we promised?")
    assert blown.kind == "answer" and blown.result["count"] == len(late) == 2
    passed = ask(world, "Please list every project whose agreed deadline has passed and which "
                        "is still not complete.")
    assert set(passed.result["items"]) == late
    furthest = ask(world, "Which delivery is the furthest past its promised date?")
    assert furthest.result["items"][:1] == [k for k, in rows(world, f"""SELECT p.key FROM
        projects p JOIN statuses s ON s.id = p.status_id WHERE {OPEN} AND p.due_date < :today
        ORDER BY p.due_date LIMIT 1""")] == ["CS-1"]
    july = ask(world, "how many things are meant to go live in November? need a number")
    assert july.result["count"] == rows(world, f"""SELECT count(*) FROM projects p JOIN
        statuses s ON s.id = p.status_id WHERE {OPEN} AND p.due_date >= '2026-11-01'
        AND p.due_date <= '2026-11-30'""")[0][0] == 3
    contact = ask(world, "A client wants a name: who is the main contact for Live chat?")
    assert contact.kind == "answer" and "Rosa Singh" in contact.text
    house = ask(world, "Before I buy in a contractor: does anyone in-house know go?")
    assert house.kind == "answer" and set(house.result["items"]) == {
        n for n, s in rows(world, "SELECT name, skills FROM resources")
        if "go" in (s if isinstance(s, list) else json.loads(s))} == {"Ana Ortiz"}
    for question in ("Realistically, when will Sensor hub be done? I have to give a customer "
                     "a date.", "When should I expect delivery of Sensor hub?"):
        expected = ask(world, question)
        assert "P50" in expected.interpretation, question  # the forecast, not the plan


def test_next_months_over_allocation_in_view_and_the_teams_say_whom_they_count(world):
    """Audit findings: the overview's Insight on a portfolio counts people allocated to its
    projects next month; the copilot's "the Devices team … over-allocated next month" counted
    its team today, leaving out someone joining in July. Both now count whoever is on the
    portfolio's projects in the month (docs/metrics.md, Team), and say so."""
    from components.insights import insights_card
    from data.filters import ProjectFilters
    from data.insights import compute

    with world.begin() as s:  # Eve joins Devices in July at 120 %: in view then, not team today
        eve = add_resource(s, "Eve Lind")
        for key in ("DEV-1", "DEV-2"):
            s.execute(text("INSERT INTO allocations (resource_id, project_id, share, "
                           "period_start, period_end) SELECT :r, id, 0.6, '2026-07-06', "
                           "'2026-07-31' FROM projects WHERE key = :k"), {"r": eve.id, "k": key})
        devices = s.execute(text("SELECT id FROM portfolios WHERE name = 'Devices'")).scalar_one()
    in_july = {n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a JOIN
        resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id JOIN
        portfolios f ON f.id = p.portfolio_id WHERE f.name = 'Devices' AND a.period_start <=
        '2026-07-31' AND a.period_end >= '2026-07-01'""")}
    with world() as s:
        found = [i for i in compute(s, Scope.everything(), TODAY, ProjectFilters(
            portfolio=(devices,))) if i.kind == "over_allocated"]
    assert found and "Eve Lind" in in_july and found[0].count >= 1
    assert "Eve Lind" in {e.name for e in found[0].examples}
    said = str(insights_card(found).to_plotly_json())
    assert "among those allocated to the projects in view in July" in said
    team = ask(world, "is anyone on the Devices team over-allocated next month?")
    assert team.kind == "answer" and "Eve Lind" in team.result["items"]
    assert set(team.result["items"]) == {e.name for e in found[0].examples} | set(
        team.result["items"]) and len(team.result["items"]) == found[0].count
    assert "among those on Devices projects then" in team.text
