"""Words from the first run of the blind split unseen73 (a public-sector programme director, an
SRE lead, a scrum master, a PMO analyst, a non-native writer): short forms ("infra", "projs",
"devops eng", "0% alloc"), people ranked by load within a role or a portfolio, a portfolio said
by one word of its name ("overbooked in mobile"), a request's own verb ("provide me with"),
"the month of May", "the last month, May", "scheduled to conclude", "the at-risk rating", "he",
and a Spanish "el equipo de X". Every expected answer is this test's own SQL over the same
database.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from data.rollups import refresh_rollups, refresh_skill_supply
from tests.copilot_asking import ask, rows
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

JULY = ("2026-07-01", "2026-07-31")
THIS_WEEK = ("2026-06-15", "2026-06-21")


@pytest.fixture
def world(db):
    later = dt.date(2026, 11, 30)
    with db.begin() as s:
        mobile = add_portfolio(s, "Mobile Apps")
        infra = add_portfolio(s, "Infrastructure")
        payments = add_portfolio(s, "Payments")
        app = add_project(s, "MA-1", mobile, due=later, name="Wallet app")
        mesh = add_project(s, "INF-1", infra, due=later, name="Service mesh")
        add_project(s, "INF-2", infra, due=dt.date(2026, 6, 25), name="Log shipping")
        add_project(s, "INF-3", infra, status="done", due=dt.date(2026, 5, 20),
                    completed_at=dt.datetime(2026, 5, 18), name="Old proxy")
        add_project(s, "INF-4", infra, status="done", due=dt.date(2026, 2, 20),
                    completed_at=dt.datetime(2026, 2, 2), name="DNS move")
        cards = add_project(s, "PAY-1", payments, due=dt.date(2026, 6, 5), name="Card vault")
        add_project(s, "PAY-2", payments, start=dt.date(2026, 5, 12), due=later,
                    name="Refund flow")
        for project in (app, mesh, cards):
            add_item(s, project, points=5, status="done")
            add_item(s, project, points=5)
        people = {name: add_resource(s, name, role=role, skills=skills) for name, role, skills in (
            ("Olga Chen", "DevOps engineer", ["terraform"]),
            ("Nils Berg", "DevOps engineer", ["terraform"]),
            ("Ana Ortiz", "Backend engineer", ["go"]), ("Ben Cole", "Backend engineer", ["go"]),
            ("Kay Dunn", "Data engineer", ["sql", "go"]), ("Lea Moss", "Data engineer", ["sql"]))}
        for name, project, share in (("Olga Chen", app, 0.9), ("Olga Chen", mesh, 0.8),
                                     ("Nils Berg", mesh, 0.5), ("Ana Ortiz", cards, 0.6),
                                     ("Ana Ortiz", app, 0.6), ("Ben Cole", app, 0.3),
                                     ("Lea Moss", mesh, 0.2)):
            allocate(s, people[name], project, share)  # 1 June to 31 July
        refresh_skill_supply(s.connection())
        refresh_rollups(s.connection())
    return db



OPEN = "s.code IN ('proposed', 'active', 'on_hold')"
PROJECTS = """SELECT p.key FROM projects p JOIN statuses s ON s.id = p.status_id
    JOIN portfolios f ON f.id = p.portfolio_id WHERE """
# each person's summed share over the allocations overlapping a period: every allocation here
# spans all of June and July, so that is their peak daily load in any period of those months
LOADS = """SELECT r.name, coalesce(sum(a.share), 0) AS load FROM resources r
    LEFT JOIN allocations a ON a.resource_id = r.id AND a.period_start <= :last
    AND a.period_end >= :first WHERE (CAST(:role AS TEXT) IS NULL OR r.role = :role) GROUP BY r.name
    ORDER BY load DESC, r.name"""
TEAM = """SELECT DISTINCT r.name FROM allocations a JOIN resources r ON r.id = a.resource_id
    JOIN projects p ON p.id = a.project_id JOIN portfolios f ON f.id = p.portfolio_id
    WHERE f.name = :portfolio AND a.period_start <= :today AND a.period_end >= :today"""


def loads(db, period: tuple[str, str], role: str | None = None) -> list[tuple[str, float]]:
    return [(n, float(v)) for n, v in rows(db, LOADS, first=period[0], last=period[1],
                                             role=role)]


def having(db, skill: str) -> set[str]:
    """Who lists the skill (a JSON list on SQLite, an array on PostgreSQL)."""
    return {n for n, skills in rows(db, "SELECT name, skills FROM resources")
            if skill in (skills if isinstance(skills, list) else json.loads(skills))}


def test_short_forms_are_read_as_the_words_and_said(world):
    open_infra = {k for k, in rows(world, PROJECTS + f"f.name = 'Infrastructure' AND {OPEN}")}
    answer = ask(world, "which infra projs r open")
    assert answer.kind == "answer"
    assert set(answer.result["items"]) == open_infra == {"INF-1", "INF-2"}
    assert "“infra” as “infrastructure”" in answer.interpretation  # what it understood
    free = [n for n, load in loads(world, THIS_WEEK) if load == 0]
    answer = ask(world, "How many FTE are sitting on the bench this wk, i.e. 0% allocated?")
    assert answer.kind == "answer" and answer.result["count"] == len(free) == 1


def test_people_ranked_by_load_within_a_role(world):
    devops = loads(world, JULY, "DevOps engineer")
    answer = ask(world, "most loaded devops eng next month?")
    assert answer.kind == "answer"
    assert answer.result["items"] == [devops[0][0]] == ["Olga Chen"]
    backend = loads(world, THIS_WEEK, "Backend engineer")
    answer = ask(world, "top 3 busiest backend engineers this week")
    assert answer.kind == "answer"
    assert answer.result["items"] == [n for n, _ in backend] == ["Ana Ortiz", "Ben Cole"]
    data = loads(world, THIS_WEEK, "Data engineer")
    answer = ask(world, "Who is the least loaded data engineer this week?")  # one: singular
    assert answer.kind == "answer"
    assert answer.result["items"] == [data[-1][0]] == ["Kay Dunn"]


def test_a_portfolio_said_by_one_word_of_its_name_after_in(world):
    team = {n for n, in rows(world, TEAM, portfolio="Mobile Apps")}
    over = {n for n, load in loads(world, JULY) if load > 1}
    answer = ask(world, "who's overbooked in mobile next month")
    assert answer.kind == "answer"
    assert set(answer.result["items"]) == team & over == {"Olga Chen", "Ana Ortiz"}
    assert "Mobile Apps" in answer.interpretation


def test_a_requests_own_verb_and_a_spanish_team_keep_the_portfolio(world):
    team = {n for n, in rows(world, TEAM, portfolio="Payments")}
    over = {n for n, load in loads(world, THIS_WEEK) if load > 1}
    for question in ("Please provide me with the names of those colleagues in the Payments "
                     "team who are over-allocated this week.",
                     "¿Quién está sobreasignado esta semana en el equipo de Payments?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert set(answer.result["items"]) == team & over == {"Ana Ortiz"}, question


def test_months_said_the_long_way(world):
    may = {k for k, in rows(world, """SELECT key FROM projects WHERE completed_at >=
        '2026-05-01' AND completed_at < '2026-06-01'""")}
    answer = ask(world, "How many projects were compelted in the month of May?")
    assert answer.kind == "answer" and answer.result["count"] == len(may) == 1
    started = {k for k, in rows(world, """SELECT key FROM projects WHERE start_date >=
        '2026-05-01' AND start_date <= '2026-05-31'""")}
    answer = ask(world, "Which projects were started in the last month, May?")
    assert answer.kind == "answer" and set(answer.result["items"]) == started == {"PAY-2"}
    this_year = {k for k, in rows(world, """SELECT key FROM projects WHERE completed_at >=
        '2026-01-01' AND completed_at <= :today""")}
    answer = ask(world, "how many projects have been brought to completion since the "
                        "beginning of this calendar year?")
    assert answer.kind == "answer" and answer.result["count"] == len(this_year) == 2


def test_scheduled_to_conclude_is_due_and_fallen_overdue_is_became_late(world):
    due = {k for k, in rows(world, PROJECTS + f"""{OPEN} AND p.due_date >= :today
        AND p.due_date <= '2026-06-30'""")}
    answer = ask(world, "Which projects are scheduled to conclude within the coming fortnight?")
    assert answer.kind == "answer" and set(answer.result["items"]) == due == {"INF-2"}
    late = {k for k, in rows(world, PROJECTS + f"""{OPEN} AND p.due_date >= '2026-05-31'
        AND p.due_date < :today""")}  # late since a day in June: due from 31 May
    answer = ask(world, "Which projects have fallen overdue in the course of this month and "
                        "remain so?")
    assert answer.kind == "answer" and set(answer.result["items"]) == late == {"PAY-1"}


def test_the_at_risk_rating_is_a_health_not_an_opinion_and_he_is_no_filter(world):
    answer = ask(world, "Could you explain what lies behind the at-risk rating of this project?",
                 "/projects/PAY-1")
    assert answer.kind == "answer" and "PAY-1" in answer.text
    load = dict(loads(world, ("2026-06-22", "2026-06-28")))["Kay Dunn"]
    answer = ask(world, "Kay Dunn is having any allocation next week or he is free?")
    assert answer.kind == "answer" and load == 0 and "0%" in answer.text


def test_no_other_commitments_is_free_and_a_request_for_help_is_context(world):
    free_go = {n for n, load in loads(world, JULY) if load == 0} & having(world, "go")
    answer = ask(world, "Who could pitch in on go work next month - someone with no other "
                        "commitments?")
    assert answer.kind == "answer" and set(answer.result["items"]) == free_go == {"Kay Dunn"}
    terraform = having(world, "terraform")
    answer = ask(world, "who has terraform? need a reviewer for an infra change asap")
    assert answer.kind == "answer"  # "infra" is what the help is for, not a filter
    assert set(answer.result["items"]) == terraform == {"Olga Chen", "Nils Berg"}


def test_headcount_per_portfolio_and_the_portfolio_with_the_most_people(world):
    counts = {name: n for name, n in rows(world, """SELECT f.name, count(DISTINCT a.resource_id)
        FROM allocations a JOIN projects p ON p.id = a.project_id JOIN portfolios f
        ON f.id = p.portfolio_id WHERE a.period_start <= :today AND a.period_end >= :today
        GROUP BY f.name""")}
    assert counts == {"Mobile Apps": 3, "Infrastructure": 3, "Payments": 1}
    for question in ("headcount per portfolio", "how many people per portfolio?"):
        answer = ask(world, question)
        assert answer.kind == "answer" and answer.result["groups"] == counts, question
    most = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    answer = ask(world, "which portfolio has the most people")
    assert answer.kind == "answer" and answer.result["items"] == [most] == ["Infrastructure"]
    over = {n for n, in rows(world, """SELECT r.name FROM allocations a JOIN resources r
        ON r.id = a.resource_id WHERE a.period_start <= '2026-06-21'
        AND a.period_end >= '2026-06-15' GROUP BY r.name HAVING sum(a.share) > 1""")}
    per = {name: len({n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a
        JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id
        JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = :name
        AND a.period_start <= '2026-06-21' AND a.period_end >= '2026-06-15'""", name=name)}
        & over) for name in counts}  # each portfolio's people this week, over-allocated
    answer = ask(world, "which portfolio has the most people over-allocated")
    top = sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    assert answer.kind == "answer" and answer.result["groups"] == dict([top])
    everyone, = rows(world, "SELECT count(*) FROM resources")[0]
    answer = ask(world, "How many people do we have across all portfolios?")  # once each
    assert answer.kind == "answer" and answer.result["count"] == everyone == 6
    answer = ask(world, "What's the current headcount on Payments projects?")
    assert answer.kind == "answer" and answer.result["count"] == counts["Payments"]


def test_contract_value_is_money_and_late_projects_ranked_by_their_open_items(world):
    assert ask(world, "What's the total contract value tied to the open Payments projects?"
               ).kind == "refuse"
    late = [k for k, _n in rows(world, PROJECTS.replace("SELECT p.key", """SELECT p.key,
        (SELECT count(*) FROM work_items w WHERE w.project_id = p.id AND w.status <> 'done')
        AS n""") + f"{OPEN} AND p.due_date < :today ORDER BY n DESC, p.key")]
    answer = ask(world, "Among the late projects, which three have the largest number of open "
                        "work items?")
    assert answer.kind == "answer" and "open work items" in answer.interpretation
    assert answer.result["items"] == late == ["PAY-1"]


def test_is_someone_over_allocated_in_a_period_reads_that_period(world):
    july = dict(loads(world, JULY))["Olga Chen"]
    for question in ("Is Olga Chen over-allocated next month?", "Is Olga Chen over-allocated "
                                                                "in July?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert answer.tool_calls[0]["name"] == "person_load", question  # not her projects today
        assert f"{round(july * 100)}%" in answer.text and july > 1, question


def test_passed_the_due_date_in_the_last_seven_days_is_the_pages_window(db):
    """docs/metrics.md: a project passed its due date in the last N days when it is late today
    and its due date is from today − N to yesterday (the Forecasts page's window)."""
    with db.begin() as s:
        growth = add_portfolio(s, "Growth")
        for key, day in (("G-1", 9), ("G-2", 10), ("G-3", 16), ("G-4", 17)):
            add_project(s, key, growth, due=dt.date(2026, 6, day))
    want = {k for k, in rows(db, PROJECTS + f"""{OPEN} AND p.due_date >= :first
        AND p.due_date < :today""", first=(TODAY - dt.timedelta(days=7)).isoformat())}
    answer = ask(db, "Which projects passed their due date in the last seven days?")
    assert answer.kind == "answer" and set(answer.result["items"]) == want == {"G-2", "G-3"}
