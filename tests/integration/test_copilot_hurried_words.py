"""Words from the first run of the blind split unseen77 and the third new-user audit: relative
periods ("since the last quarter ended", "the back half of the year", "the week after next",
"the first half of next month"), shares said in words ("ninety percent"), "nobody has started",
two questions in one sentence, "does she do X", "spare capacity" (free, or room left?), a
done project's outcome ("finished late"), the headcount beside the people on a project today,
points done on a project, a name an open and a done project share, an outcome in the future
tense (the forecast) and in the past (the record). Every expected answer is
this test's own SQL over the same database.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from data.schema import ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

D = dt.date
PROJECTS = "SELECT p.key FROM projects p JOIN statuses s ON s.id = p.status_id WHERE "
OPEN = "s.code IN ('proposed', 'active', 'on_hold')"


@pytest.fixture
def world(db):
    with db.begin() as s:
        apps = add_portfolio(s, "Apps")
        tools = add_portfolio(s, "Tools")
        # done projects: two before 1 April (one late), three since (two late)
        for key, completed, due in (("D-1", D(2026, 2, 10), D(2026, 2, 20)),
                                    ("D-2", D(2026, 3, 3), D(2026, 2, 27)),
                                    ("D-3", D(2026, 4, 2), D(2026, 4, 30)),
                                    ("D-4", D(2026, 5, 12), D(2026, 5, 1)),
                                    ("D-5", D(2026, 6, 9), D(2026, 6, 8))):
            add_project(s, key, apps, status="done", due=due,
                        name="Delta store" if key == "D-1" else f"Old {key}",
                        completed_at=dt.datetime.combine(completed, dt.time(15)))
        a1 = add_project(s, "A-1", apps, due=D(2026, 7, 2), name="Checkout")  # week after next
        add_project(s, "A-2", apps, due=D(2026, 9, 30), start=D(2026, 7, 6), name="Search",
                    status="proposed", priority="high")
        add_project(s, "A-3", apps, due=D(2026, 12, 1), start=D(2026, 7, 20), name="Wallet",
                    status="proposed")
        a4 = add_project(s, "A-4", apps, due=D(2026, 6, 24), name="Beacon")
        t1 = add_project(s, "T-1", tools, due=D(2027, 3, 1), name="Delta store")  # a namesake
        for points, done_at in ((5, dt.datetime(2026, 3, 2)), (3, dt.datetime(2026, 6, 16)),
                                (8, None)):
            add_item(s, a4, points=points, status="done" if done_at else "todo",
                     done_at=done_at)
        people = {name: add_resource(s, name, role="Engineer", skills=skills)
                  for name, skills in (("Mei Lin", ["react", "accessibility"]),
                                       ("Raj Rao", ["python"]), ("Ola Berg", ["python"]),
                                       ("Tim Voss", []))}
        allocate(s, people["Mei Lin"], a1, 0.6)
        allocate(s, people["Mei Lin"], a4, 0.6)  # 120 %: no room
        allocate(s, people["Raj Rao"], a4, 0.5)  # room
        # Ola Berg and Tim Voss: no allocation (free)
        s.add(ProjectForecast(project_id=a1.id, method="classifier", p_on_time=0.93,
                              mc_p_on_time=0.9, as_of=TODAY))
        s.add(ProjectForecast(project_id=a4.id, method="classifier", p_on_time=0.35,
                              mc_p_on_time=0.4, as_of=TODAY))
        s.add(ProjectForecast(project_id=t1.id, method="classifier", p_on_time=0.62,
                              mc_p_on_time=0.6, as_of=TODAY))
    return db


def keys(db, where: str, **params) -> set[str]:
    return {k for k, in rows(db, PROJECTS + where, **params)}


def loads(db, first: str, last: str) -> dict[str, float]:
    return {n: float(v) for n, v in rows(db, """SELECT r.name, coalesce(sum(a.share), 0)
        FROM resources r LEFT JOIN allocations a ON a.resource_id = r.id
        AND a.period_start <= :last AND a.period_end >= :first GROUP BY r.name""",
                                            first=first, last=last)}


def test_periods_said_relative_to_another(world):
    since = keys(world, "s.code = 'done' AND p.completed_at >= '2026-04-01'")
    answer = ask(world, "How many projects have we closed out as done since the last quarter "
                        "ended?")
    assert answer.kind == "answer" and answer.result["count"] == len(since) == 3
    back = keys(world, f"{OPEN} AND p.due_date >= '2026-07-01' AND p.due_date <= '2026-12-31'")
    answer = ask(world, "how many open projects are due in the back half of the year?")
    assert answer.kind == "answer" and answer.result["count"] == len(back) == 3
    after_next = keys(world, f"{OPEN} AND p.due_date >= '2026-06-29' AND "
                             "p.due_date <= '2026-07-05'")
    answer = ask(world, "Which projects are due the week after next?")
    assert answer.kind == "answer" and set(answer.result["items"]) == after_next == {"A-1"}
    kicks_off = keys(world, "p.start_date >= '2026-07-01' AND p.start_date <= '2026-07-15'")
    answer = ask(world, "what kicks off in the first half of next month?")
    assert answer.kind == "answer" and set(answer.result["items"]) == kicks_off == {"A-2"}


def test_a_share_said_in_words_and_work_nobody_started(world):
    safe = keys(world, "p.id IN (SELECT project_id FROM project_forecasts "
                       "WHERE p_on_time >= 0.9)")
    answer = ask(world, "Which projects are a safe bet - ninety percent or better to finish "
                        "on time?")
    assert answer.kind == "answer" and set(answer.result["items"]) == safe == {"A-1"}
    unstarted = keys(world, "s.code = 'proposed' AND p.priority_id = (SELECT id FROM "
                            "priorities WHERE code = 'high')")
    answer = ask(world, "list the high priority projects nobody has started yet")
    assert answer.kind == "answer" and set(answer.result["items"]) == unstarted == {"A-2"}


def test_two_questions_in_one_sentence_are_both_answered(world):
    team = {n for n, in rows(world, """SELECT r.name FROM allocations a JOIN resources r
        ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id WHERE p.key = 'A-4'
        AND a.period_start <= :today AND a.period_end >= :today""")}
    owner, = rows(world, "SELECT owner FROM projects WHERE key = 'A-4'")[0]
    answer = ask(world, "who's on this team, and who leads it?", page="/projects/A-4")
    assert answer.kind == "answer" and set(answer.result["items"]) == team | {owner}
    assert all(name in answer.text for name in team) and f"**{owner}** owns" in answer.text
    answer = ask(world, "what's the status of A-4 and who owns it")
    assert answer.kind == "answer" and "Active" in answer.text and f"**{owner}** owns" in \
        answer.text
    # a second part that points back at the first's answer is not read alone
    answer = ask(world, "which projects are late and who owns them?")
    assert "“them”" not in answer.text and "5 projects" not in answer.text


def test_whether_a_person_lists_a_skill(world):
    skills = {n: set(s if isinstance(s, list) else json.loads(s))
              for n, s in rows(world, "SELECT name, skills FROM resources")}
    assert "accessibility" in skills["Mei Lin"] and "python" not in skills["Mei Lin"]
    answer = ask(world, "does Mei Lin do accessibility?")
    assert answer.kind == "answer" and answer.text.startswith("Yes")
    assert set(answer.result["items"]) == skills["Mei Lin"]
    answer = ask(world, "is Mei Lin good at python?")
    assert answer.kind == "answer" and answer.text.startswith("No")


def test_spare_capacity_is_asked_back_with_both_counts(world):
    week = loads(world, "2026-06-22", "2026-06-28")
    free = {n for n, v in week.items() if v == 0}
    room = {n for n, v in week.items() if v < 1}
    assert free == {"Ola Berg", "Tim Voss"} and room == free | {"Raj Rao"}
    answer = ask(world, "who has spare capacity next week?")
    assert answer.kind == "clarify"
    assert [c.rsplit(": ", 1)[1] for c in answer.choices] == [str(len(free)), str(len(room))]
    answer = ask(world, "who is under 100% next week?")
    assert answer.kind == "answer" and set(answer.result["items"]) == room
    answer = ask(world, "who is free next week?")  # a word that says which
    assert answer.kind == "answer" and set(answer.result["items"]) == free


def test_a_done_projects_outcome(world):
    late = keys(world, "s.code = 'done' AND date(p.completed_at) > p.due_date")
    on_time = keys(world, "s.code = 'done' AND date(p.completed_at) <= p.due_date")
    assert len(late) == 3 and len(on_time) == 2
    for question in ("How many projects finished late?", "how many projects were delivered "
                                                         "late"):
        answer = ask(world, question)
        assert answer.kind == "answer" and answer.result["count"] == len(late), question
    answer = ask(world, "How many projects finished on time?")
    assert answer.kind == "answer" and answer.result["count"] == len(on_time)
    june = late & keys(world, "p.completed_at >= '2026-06-01'")  # the period dates the finish
    answer = ask(world, "did anything we finished this month land after its due date?")
    assert answer.kind == "answer" and set(answer.result["items"]) == june == {"D-5"}
    may = late & keys(world, "p.completed_at >= '2026-05-01' AND p.completed_at < '2026-06-01'")
    answer = ask(world, "Of the projects we closed last month, which ones came in after their "
                        "due date?")
    assert answer.kind == "answer" and set(answer.result["items"]) == may == {"D-4"}
    since = late & keys(world, "p.completed_at >= '2026-04-01'")
    answer = ask(world, "which projects did we finish late since the last quarter ended?")
    assert answer.kind == "answer" and set(answer.result["items"]) == since == {"D-4", "D-5"}


def test_an_outcome_in_the_future_tense_is_the_forecast(world):
    forecast = ("SELECT p.key FROM projects p JOIN statuses s ON s.id = p.status_id JOIN "
                f"project_forecasts f ON f.project_id = p.id WHERE {OPEN} AND f.p_on_time ")
    below = {k for k, in rows(world, forecast + "< 0.5")}
    at_least = {k for k, in rows(world, forecast + ">= 0.5")}
    assert below == {"A-4"} and at_least == {"A-1", "T-1"}
    for question, expected in (("Which projects will finish late?", below),
                               ("which projects are going to miss their deadline", below),
                               ("Which projects will be delivered after their due date?", below),
                               ("Which projects will be done on time?", at_least),
                               ("which projects are gonna make their deadline?", at_least)):
        answer = ask(world, question)
        assert answer.kind == "answer" and set(answer.result["items"]) == expected, question
    late = keys(world, "s.code = 'done' AND date(p.completed_at) > p.due_date")
    on_time = keys(world, "s.code = 'done' AND date(p.completed_at) <= p.due_date")
    answer = ask(world, "how many projects did we deliver on time?")  # the past: the record
    assert answer.kind == "answer" and answer.result["count"] == len(on_time) == 2
    answer = ask(world, "Which projects did we ship late?")
    assert answer.kind == "answer" and set(answer.result["items"]) == late


def test_in_progress_and_blocked_are_read_as_defined_and_said(world):
    with world.begin() as s:  # docs/metrics.md: a blocked project is On hold
        add_project(s, "H-1", add_portfolio(s, "Held"), status="on_hold", name="Paused")
    held, active = keys(world, "s.code = 'on_hold'"), keys(world, "s.code = 'active'")
    answer = ask(world, "Which projects are blocked?")
    assert set(answer.result["items"]) == held == {"H-1"}
    assert "on hold" in answer.interpretation.lower()
    answer = ask(world, "How many projects are in progress?")
    assert answer.result["count"] == len(active) and "active" in answer.interpretation.lower()


def test_the_headcount_says_how_many_are_on_a_project_today(world):
    everyone = {n for n, in rows(world, "SELECT name FROM resources")}
    at_work = {n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a
        JOIN resources r ON r.id = a.resource_id WHERE a.period_start <= :today
        AND a.period_end >= :today""")}
    answer = ask(world, "what is the headcount?")
    assert answer.kind == "answer" and answer.result["count"] == len(everyone) == 4
    assert (f"({len(at_work)} of them allocated to a project today, "
            f"{len(everyone) - len(at_work)} to none)") in answer.text


def test_points_done_on_a_project_are_its_progress_so_far(world):
    done, = rows(world, """SELECT sum(w.story_points) FROM work_items w JOIN projects p
        ON p.id = w.project_id WHERE p.key = 'A-4' AND w.status = 'done'""")[0]
    for question, page in (("how many story points are done on A-4 so far?", None),
                           ("how many points done here", "/projects/A-4")):
        answer = ask(world, question, page=page)
        assert answer.kind == "answer" and answer.result["value"] == done == 8, question


def test_a_name_an_open_and_a_done_project_share_is_the_open_one_ahead(world):
    answer = ask(world, "How likely is the Delta store to be delivered on time?")
    chance, = rows(world, """SELECT f.p_on_time FROM project_forecasts f JOIN projects p
        ON p.id = f.project_id WHERE p.key = 'T-1'""")[0]
    assert answer.kind == "answer" and "T-1" in answer.interpretation
    assert f"**{chance * 100:.0f}%**" in answer.text


def test_making_the_deadline_on_this_one_is_its_chance(world):
    chance, = rows(world, """SELECT f.p_on_time FROM project_forecasts f JOIN projects p
        ON p.id = f.project_id WHERE p.key = 'A-1'""")[0]
    for question in ("are we gonna make the deadline on this one?",
                     "will we make the deadline on this one?"):
        answer = ask(world, question, page="/projects/A-1")
        assert answer.kind == "answer" and answer.result["value"] == chance == 0.93, question


def test_how_far_to_trust_one_projects_forecast(world):
    with world.begin() as s:
        s.execute(text("""UPDATE project_forecasts SET evidence = :e WHERE project_id =
            (SELECT id FROM projects WHERE key = 'A-1')"""),
                  {"e": json.dumps({"trust": "high", "finished_in_portfolio": 12,
                                    "elapsed": 0.4, "weight": 0.9})})
    stored, = rows(world, """SELECT f.evidence FROM project_forecasts f JOIN projects p
        ON p.id = f.project_id WHERE p.key = 'A-1'""")[0]
    word = (stored if isinstance(stored, dict) else json.loads(stored))["trust"]
    for question in ("how much should I trust the forecast for A-1?",
                     "what is the trust level of A-1's forecast"):
        answer = ask(world, question)
        assert answer.kind == "answer" and answer.result["value"] == word == "high", question
        assert "Rests on 12 projects of its portfolio past the due date" in answer.text


def test_a_rate_per_week_asks_over_which_weeks_with_each_figure(world):
    def points(first: str, last: str) -> int:
        total, = rows(world, """SELECT coalesce(sum(story_points), 0) FROM work_items
            WHERE status = 'done' AND done_at >= :first AND done_at < :after""",
                      first=first, after=(D.fromisoformat(last) + dt.timedelta(days=1)))[0]
        return int(total)
    windows = [("2026-06-15", "2026-06-21"), ("2026-06-08", "2026-06-14"),
               ("2026-05-21", "2026-06-17")]  # this week, last week, the last four weeks
    answer = ask(world, "what's our velocity?")
    assert answer.kind == "clarify"
    assert [c.rsplit(": ", 1)[1] for c in answer.choices] == [
        str(points(*w)) for w in windows] == ["3", "0", "3"]
    answer = ask(world, "what was our velocity last week?")  # a window said: answered
    assert answer.kind == "answer" and answer.result["value"] == points(*windows[1])
