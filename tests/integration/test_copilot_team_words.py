"""Teams, roles and portfolios in everyday words: a word of a portfolio's name said alone ("the
support team", "web projects", "the platform team"), the people of a portfolio (those allocated
today to its projects), and a role by what its people are called ("testers", "designers").
Every expected answer is this test's own SQL over the same database.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from data.scope import Scope
from models.copilot.answer import Copilot
from tests.factories import TODAY, add_portfolio, add_project, add_resource, allocate


@pytest.fixture
def world(db):
    later = dt.date(2026, 11, 30)
    with db.begin() as s:
        support = add_portfolio(s, "Customer Support")
        data = add_portfolio(s, "Data Platform")
        ml = add_portfolio(s, "ML Platform")
        web = add_portfolio(s, "Web Storefront")
        apps = add_portfolio(s, "Mobile Apps")
        add_project(s, "MOB-1", apps, status="proposed", due=later, name="Watch app")
        add_project(s, "MOB-2", apps, due=later, name="Store listing")
        triage = add_project(s, "CS-1", support, due=later, name="Ticket triage")
        add_project(s, "CS-2", support, status="done", due=later, name="Help centre")
        chat = add_project(s, "CS-3", support, due=later, name="Live chat")
        add_project(s, "CS-4", support, due=later, name="Harbor refund flow").owner = "Ana Ortiz"
        add_project(s, "CS-5", support, due=later, name="Support inbox")
        lake = add_project(s, "DP-1", data, due=later, name="Data lake")
        add_project(s, "ML-1", ml, due=later, name="Model serving")
        add_project(s, "WEB-1", web, due=dt.date(2026, 5, 1), name="Checkout speed")
        ana, ben, cy, dee = (add_resource(s, n, skills=k) for n, k in (
            ("Ana Ortiz", ["typescript", "go"]), ("Ben Cole", ["react", "typescript"]),
            ("Cy Park", ["react"]), ("Dee Moss", ["terraform"])))
        allocate(s, ana, triage, 0.5)
        allocate(s, ben, chat, 0.6)
        allocate(s, ben, lake, 0.6)  # over-allocated this week: 120 %
        allocate(s, cy, triage, 0.4, end=dt.date(2026, 6, 1))  # ended before today
        allocate(s, dee, lake, 0.5)
        for name, role in (("Eli Qu", "QA engineer"), ("Fay Ross", "QA engineer"),
                           ("Gus Lind", "UX designer")):
            add_resource(s, name, role=role)
        allocate(s, add_resource(s, "Hal Ng", role="QA engineer"), lake, 0.3)
    return db


def ask(db, question: str):
    return Copilot(db, today=lambda: TODAY).ask(question, Scope.everything())


def rows(db, query: str, **params) -> list:
    with db() as s:
        return list(s.execute(text(query), {"today": TODAY, **params}))


TEAM = """SELECT DISTINCT r.name FROM resources r JOIN allocations a ON a.resource_id = r.id
    JOIN projects p ON p.id = a.project_id JOIN portfolios f ON f.id = p.portfolio_id
    WHERE f.name = :portfolio AND a.period_start <= :today AND a.period_end >= :today"""
OPEN_IN = """SELECT p.key FROM projects p JOIN portfolios f ON f.id = p.portfolio_id
    JOIN statuses st ON st.id = p.status_id
    WHERE f.name = :portfolio AND st.code IN ('proposed', 'active', 'on_hold')"""


def test_the_team_of_a_portfolio_is_who_works_on_its_projects_today(world):
    want = sorted(n for (n,) in rows(world, TEAM, portfolio="Customer Support"))
    assert want == ["Ana Ortiz", "Ben Cole"]  # not Cy, whose allocation ended
    for question in ("who is on the support team?", "Who works on the Customer Support team?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert sorted(answer.result["items"]) == want, question
        assert "Customer Support" in answer.interpretation
    counted = ask(world, "how many people are on the Customer Support team")
    assert counted.kind == "answer" and counted.result["count"] == len(want)


def test_an_overloaded_portfolio_team_is_its_people_over_full_time(world):
    answer = ask(world, "is anyone on the data team overloaded this week?")
    team = {n for (n,) in rows(world, TEAM, portfolio="Data Platform")}
    over = {n for (n,) in rows(world, """SELECT r.name FROM resources r
        JOIN allocations a ON a.resource_id = r.id
        WHERE a.period_start <= :today AND a.period_end >= :today
        GROUP BY r.name HAVING sum(a.share) > 1""")}
    assert answer.kind == "answer" and "Data Platform" in answer.interpretation
    assert set(answer.result["items"]) == team & over == {"Ben Cole"}


def test_a_word_of_one_portfolios_name_before_projects_is_that_portfolio(world):
    answer = ask(world, "how many support projects are still open?")
    assert answer.kind == "answer" and "Customer Support" in answer.interpretation
    assert answer.result["count"] == len(rows(world, OPEN_IN, portfolio="Customer Support"))
    web = ask(world, "which web projects are late?")
    late = rows(world, """SELECT p.key FROM projects p JOIN portfolios f
        ON f.id = p.portfolio_id WHERE f.name = 'Web Storefront' AND p.due_date < :today""")
    assert web.kind == "answer" and web.result["items"] == [k for (k,) in late] == ["WEB-1"]


def test_a_word_of_several_portfolios_names_is_asked_back(world):
    answer = ask(world, "list the platform projects")
    assert answer.kind == "clarify"
    assert sorted(answer.choices) == sorted(n for (n,) in rows(
        world, "SELECT name FROM portfolios WHERE name LIKE '%Platform'"))


def test_a_word_of_projects_names_before_projects_still_filters_by_name(world):
    answer = ask(world, "how many data projects are there")
    names = rows(world, "SELECT key FROM projects WHERE lower(name) LIKE '%data%'")
    assert answer.kind == "answer" and "name" in answer.interpretation
    assert answer.result["count"] == len(names) == 1


def test_a_word_of_a_portfolios_name_in_an_aside_is_not_asked_back(world):
    answer = ask(world, "Got this from the web team: who is free next week?")
    free = rows(world, """SELECT r.name FROM resources r WHERE NOT EXISTS (
        SELECT 1 FROM allocations a WHERE a.resource_id = r.id
        AND a.period_start <= '2026-06-28' AND a.period_end >= '2026-06-22')""")
    assert answer.kind == "answer"
    assert sorted(answer.result["items"]) == sorted(n for (n,) in free)
    assert "Cy Park" in answer.result["items"] and "Ana Ortiz" not in answer.result["items"]


def test_a_role_by_what_its_people_are_called(world):
    free_qa = rows(world, """SELECT r.name FROM resources r WHERE r.role = 'QA engineer'
        AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.resource_id = r.id
        AND a.period_start <= '2026-06-28' AND a.period_end >= '2026-06-22')""")
    answer = ask(world, "Any testers free next week?")
    assert answer.kind == "answer" and "QA engineer" in answer.interpretation
    assert sorted(answer.result["items"]) == sorted(n for (n,) in free_qa) == [
        "Eli Qu", "Fay Ross"]  # not Hal Ng, who is allocated
    designers = ask(world, "who are our designers")
    assert designers.kind == "answer" and designers.result["items"] == [n for (n,) in rows(
        world, "SELECT name FROM resources WHERE role = 'UX designer'")]


def test_a_skill_said_in_two_words_and_a_verb_that_is_no_skill(world):
    both = ask(world, "which people have both react and type script")
    want = rows(world, """SELECT name FROM resources WHERE CAST(skills AS TEXT) LIKE '%"react"%'
        AND CAST(skills AS TEXT) LIKE '%"typescript"%'""")
    assert both.kind == "answer" and both.result["items"] == [n for (n,) in want] == ["Ben Cole"]
    terra = ask(world, "who knows terra form")
    assert terra.kind == "answer" and terra.result["items"] == ["Dee Moss"]
    going = ask(world, "Of the projects still going, how many are overdue?")  # not the skill Go
    late = rows(world, """SELECT p.key FROM projects p JOIN statuses st ON st.id = p.status_id
        WHERE st.code IN ('proposed', 'active', 'on_hold') AND p.due_date < :today""")
    assert going.kind == "answer" and going.result["count"] == len(late) == 1


def test_a_british_spelling_of_a_name(world):
    answer = ask(world, "who owns the harbour refund flow?")
    owner = rows(world, "SELECT owner FROM projects WHERE name = 'Harbor refund flow'")
    assert answer.kind == "answer" and "CS-4" in answer.interpretation
    assert owner == [("Ana Ortiz",)] and "Ana Ortiz" in answer.text


def test_the_head_noun_of_a_portfolios_name_before_projects(world):
    answer = ask(world, "Can you list the app projects that haven't kicked off yet?")
    want = rows(world, """SELECT p.key FROM projects p JOIN portfolios f ON f.id = p.portfolio_id
        JOIN statuses st ON st.id = p.status_id
        WHERE f.name = 'Mobile Apps' AND st.code = 'proposed'""")
    assert answer.kind == "answer" and "Mobile Apps" in answer.interpretation
    assert answer.result["items"] == [k for (k,) in want] == ["MOB-1"]
    every = ask(world, "list the app projects")  # not every project: "app" was once dropped
    assert every.kind == "answer" and sorted(every.result["items"]) == ["MOB-1", "MOB-2"]


def test_the_people_on_a_portfolios_projects(world):
    answer = ask(world, "How many people are on the Customer Support projects at the moment?")
    want = rows(world, TEAM, portfolio="Customer Support")
    assert answer.kind == "answer" and answer.result["count"] == len(want) == 2


def test_a_portfolios_head_noun_that_projects_names_have_too_is_said(world):
    answer = ask(world, "Which of the support projects are on course?")
    assert answer.kind == "answer" and "Customer Support" in answer.interpretation
    assert "not the projects whose name has it" in answer.interpretation
    assert "on track" in answer.interpretation.lower()


def test_will_it_be_done_by_a_date_asks_the_forecast(world):
    answer = ask(world, "Will CS-1 be done by July?")
    assert "expected finish date" in answer.interpretation


def test_qa_folks_are_the_role(world):
    answer = ask(world, "Who are our QA folks?")
    want = rows(world, "SELECT name FROM resources WHERE role = 'QA engineer' ORDER BY name")
    assert answer.kind == "answer" and "QA engineer" in answer.interpretation
    assert sorted(answer.result["items"]) == [n for (n,) in want]
