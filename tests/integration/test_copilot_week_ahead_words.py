"""Words from the first runs of the blind splits unseen88–90 (dev): "the past week" (the days up
to today), "since the beginning of last month", ordinals and calendar nouns in other languages
("au premier trimestre", "la settimana prossima"), a chance asked in Spanish word order, a
person's contract (not in the data), "most overdue, by days", and someone away said before a
dash. Every expected answer is this test's own SQL over the same database.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data.schema import ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import add_item, add_portfolio, add_project, add_resource, allocate

D = dt.date
T = dt.datetime


@pytest.fixture
def world(db):
    with db.begin() as s:
        apps = add_portfolio(s, "Apps")
        for key, done in (("Q-1", T(2026, 2, 10)), ("Q-2", T(2026, 3, 20)),
                          ("A-1", T(2026, 4, 15)), ("M-1", T(2026, 5, 4)),
                          ("J-1", T(2026, 6, 5))):
            add_project(s, key, apps, status="done", completed_at=done, due=D(2026, 7, 1))
        delta = add_project(s, "D-1", apps, name="Delta store", due=D(2026, 9, 1))
        add_project(s, "D-0", apps, name="Delta store", status="done",
                    completed_at=T(2025, 11, 1), start=D(2025, 6, 1), due=D(2025, 12, 1))
        s.add(ProjectForecast(project_id=delta.id, method="classifier", p_on_time=0.34,
                              mc_p_on_time=0.4, as_of=D(2026, 6, 17)))
        for key, due in (("L-1", D(2026, 6, 1)), ("L-2", D(2026, 3, 1)), ("L-3", D(2026, 6, 10)),
                         ("L-4", D(2026, 5, 20))):
            add_project(s, key, apps, due=due)
        for day in (9, 10, 12, 16):  # the past week is 11-17 June, last week 8-14 June
            add_item(s, delta, status="done", done_at=T(2026, 6, day, 12))
        zoe = add_resource(s, "Zoe Haddad", skills=["statistics"])
        tom = add_resource(s, "Tom Kaur", skills=["statistics"])
        add_resource(s, "Alex Kim", skills=["statistics"])  # nothing booked
        allocate(s, zoe, delta, 0.8, D(2026, 6, 1), D(2026, 8, 31))
        allocate(s, tom, delta, 0.7, D(2026, 6, 1), D(2026, 7, 31))
        allocate(s, tom, delta, 0.6, D(2026, 6, 22), D(2026, 6, 28))  # 130 % next week
    return db


def test_the_past_week_is_the_days_up_to_today(world):
    done = rows(world, """SELECT count(*) FROM work_items
        WHERE done_at >= '2026-06-11' AND done_at < '2026-06-18'""")[0][0]
    answer = ask(world, "how many work items got finished in the past week")
    assert answer.kind == "answer" and answer.result["count"] == done == 2
    answer = ask(world, "how many work items got finished in the last week?")  # still asked
    assert answer.kind == "clarify"


def test_since_the_beginning_of_last_month(world):
    since = {k for k, in rows(world, """SELECT key FROM projects
        WHERE completed_at >= '2026-05-01'""")}
    answer = ask(world, "Since the beginning of last month, which projects have been completed?")
    assert answer.kind == "answer" and set(answer.result["items"]) == since == {"M-1", "J-1"}


def test_ordinals_and_calendar_words_in_other_languages(world):
    q1 = rows(world, """SELECT count(*) FROM projects WHERE completed_at >= '2026-01-01'
        AND completed_at < '2026-04-01'""")[0][0]
    for question in ("Combien de projets ont été terminés au premier trimestre ?",
                     "Wie viele Projekte wurden im ersten Quartal abgeschlossen?",
                     "¿Cuántos proyectos se terminaron en el primer trimestre?"):
        answer = ask(world, question)
        assert answer.kind == "answer" and answer.result["count"] == q1 == 2, question
    over = {n for n, in rows(world, """SELECT r.name FROM allocations a JOIN resources r
        ON r.id = a.resource_id WHERE a.period_start <= '2026-06-28'
        AND a.period_end >= '2026-06-22' GROUP BY r.name HAVING sum(a.share) > 1""")}
    answer = ask(world, "Chi è sovraccarico la settimana prossima?")
    assert answer.kind == "answer" and set(answer.result["items"]) == over == {"Tom Kaur"}


def test_a_period_the_gloss_leaves_unread_is_not_dropped(world):
    """"pendant le semestre": no period is read, so no count of every done project."""
    answer = ask(world, "Combien de projets ont été terminés pendant le semestre ?")
    assert answer.kind != "answer"


def test_a_chance_asked_in_spanish_word_order(world):
    chance = rows(world, """SELECT f.p_on_time FROM project_forecasts f
        JOIN projects p ON p.id = f.project_id WHERE p.key = 'D-1'""")[0][0]
    answer = ask(world, "¿Qué probabilidad tiene Delta store de terminar a tiempo?")
    assert answer.kind == "answer" and answer.result["value"] == pytest.approx(chance)
    assert "D-1" in answer.interpretation  # the open one of the two namesakes


def test_a_persons_contract_is_not_in_the_data(world):
    answer = ask(world, "when does Tom Kaur's contract end?")
    assert answer.kind == "refuse" and "contract" in answer.text


def test_the_most_overdue_by_days(world):
    late = [k for k, in rows(world, """SELECT p.key FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code IN ('proposed', 'active', 'on_hold')
        AND p.due_date < :today ORDER BY p.due_date LIMIT 3""")]
    answer = ask(world, "top 3 most overdue projects, by days")
    assert answer.kind == "answer" and answer.result["items"] == late == ["L-2", "L-4", "L-1"]


def test_someone_away_said_before_a_dash(world):
    free = {n for n, in rows(world, """SELECT r.name FROM resources r
        WHERE CAST(r.skills AS TEXT) LIKE '%statistics%' AND NOT EXISTS (SELECT 1 FROM allocations a
        WHERE a.resource_id = r.id AND a.period_start <= '2026-07-31'
        AND a.period_end >= '2026-07-01')""")}
    answer = ask(world, "zoe haddad is out all of july - who with statistics is free that "
                        "month to cover?")
    assert answer.kind == "answer" and set(answer.result["items"]) == free == {"Alex Kim"}


def test_waiting_for_a_green_light_is_approval_not_health(world):
    """"Proposals waiting for a green light": every proposed project, at risk or not (the RAG
    word "green" is on track only when it is no light)."""
    from data.schema import Portfolio  # noqa: PLC0415 - the factories take the rows
    with world.begin() as s:
        apps = s.query(Portfolio).filter_by(name="Apps").one()
        pitch = add_project(s, "P-1", apps, status="proposed", start=D(2026, 9, 1),
                            due=D(2026, 12, 1))
        add_project(s, "P-2", apps, status="proposed", start=D(2026, 9, 1), due=D(2026, 12, 1))
        s.add(ProjectForecast(project_id=pitch.id, method="classifier", p_on_time=0.2,
                              mc_p_on_time=0.2, as_of=D(2026, 6, 17)))
    proposed = rows(world, """SELECT count(*) FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code = 'proposed'""")[0][0]
    answer = ask(world, "How many projects are still just proposals waiting for a green light?")
    assert answer.kind == "answer" and answer.result["count"] == proposed == 2
