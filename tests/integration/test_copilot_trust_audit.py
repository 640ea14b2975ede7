"""Answers two new-user audits of the copilot found wrong while sounding sure: "isn't
overbooked" answered with the over-booked, "doesn't have any allocation" with the most loaded,
"open projects that are blocked" with every open project, "stuck" not read, and a forecast's
expected finish ("likely to finish in July", "a P50 date in Q3", "P50 after the due date")
answered with due dates. Every expected answer is this test's own SQL over the same database.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data.schema import ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import add_item, add_portfolio, add_project, add_resource, allocate

D = dt.date
WEEK = ("2026-06-15", "2026-06-21")  # this week, TODAY being Wed 17 June 2026


@pytest.fixture
def world(db):
    with db.begin() as s:
        apps = add_portfolio(s, "Apps")
        pay = add_portfolio(s, "Payments")
        forecasts = (("E-1", D(2026, 8, 1), D(2026, 7, 10)),   # expected in July, before due
                     ("E-2", D(2026, 7, 1), D(2026, 7, 20)),   # in July, after its due date
                     ("E-3", D(2026, 9, 1), D(2026, 10, 5)),   # in Q4, after its due date
                     ("E-4", D(2026, 12, 1), D(2026, 9, 30)))  # in Q3, before due
        for key, due, p50 in forecasts:
            project = add_project(s, key, apps, due=due)
            s.add(ProjectForecast(project_id=project.id, method="classifier", p_on_time=0.5,
                                  mc_p_on_time=0.5, p50_date=p50, as_of=D(2026, 6, 17)))
        held = add_project(s, "H-1", apps, status="on_hold")
        add_project(s, "H-2", pay, status="active")
        ann = add_resource(s, "Ann Lee", skills=["python"])
        bo = add_resource(s, "Bo Chen", skills=["python"])
        add_resource(s, "Cy Park", skills=["python"])  # nothing booked
        allocate(s, ann, held, 0.7)
        allocate(s, ann, held, 0.6, D(2026, 6, 15), D(2026, 6, 19))  # 130 % this week
        allocate(s, bo, held, 1.0)  # 100 %: not over-allocated
    return db


def _peaks(db) -> dict[str, float]:
    """Each person's load this week: the sum of their allocations' shares on its busiest day
    (here every allocation spans the whole week, so the sum over the week's allocations)."""
    return {n: float(v) for n, v in rows(db, """SELECT r.name, coalesce(sum(a.share), 0)
        FROM resources r LEFT JOIN allocations a ON a.resource_id = r.id
        AND a.period_start <= :last AND a.period_end >= :first GROUP BY r.name""",
        first=WEEK[0], last=WEEK[1])}


def test_isnt_overbooked_is_everyone_not_over_allocated(world):
    peaks = _peaks(world)
    not_over = {n for n, load in peaks.items() if load <= 1.0}
    assert not_over == {"Bo Chen", "Cy Park"}  # Bo at exactly 100 %, Cy free
    for question in ("who has python skils but isnt overbooked this wk",
                     "who is not overloaded this week?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert set(answer.result["items"]) == not_over, question
    answer = ask(world, "who on this team isn't overloaded", page="/projects/H-1")
    assert answer.kind == "answer" and set(answer.result["items"]) == not_over - {"Cy Park"}


def test_not_free_is_asked_back_and_no_allocation_is_free(world):
    free = {n for n, load in _peaks(world).items() if load == 0}
    assert free == {"Cy Park"}
    assert ask(world, "who isn't free this week?").kind == "clarify"  # never the free ones
    for question in ("who doesn't have any allocation this week?",
                     "¿Quién no tiene ninguna asignación esta semana?"):
        answer = ask(world, question)
        assert answer.kind == "answer" and set(answer.result["items"]) == free, question


def test_open_projects_that_are_blocked_are_the_on_hold_ones(world):
    held = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code = 'on_hold'""")}
    assert held == {"H-1"}
    for question in ("which open projects are blocked?", "how many open projects are stalled",
                     "anything stuck?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        got = answer.result.get("items") or []
        assert set(got) == held or answer.result.get("count") == len(held), question
    answer = ask(world, "anything stuck in payments?")
    assert answer.kind == "answer" and answer.result["items"] == []


def test_an_expected_finish_is_the_forecasts_not_the_due_date(world):
    def p50(where: str) -> set[str]:
        return {k for k, in rows(world, f"""SELECT p.key FROM projects p
            JOIN project_forecasts f ON f.project_id = p.id WHERE {where}""")}

    july = p50("f.p50_date BETWEEN '2026-07-01' AND '2026-07-31'")
    due_july = {k for k, in rows(world, """SELECT key FROM projects
        WHERE due_date BETWEEN '2026-07-01' AND '2026-07-31'""")}
    assert july == {"E-1", "E-2"} and due_july == {"E-2"}
    answer = ask(world, "which projects will likely finish in july")
    assert answer.kind == "answer" and set(answer.result["items"]) == july
    q3 = p50("f.p50_date BETWEEN '2026-07-01' AND '2026-09-30'")
    answer = ask(world, "How many open projects have a P50 finish date in Q3?")
    assert answer.kind == "answer" and answer.result["count"] == len(q3) == 3
    after = p50("f.p50_date > p.due_date")
    assert after == {"E-2", "E-3"}
    for question in ("list open projects whose P50 date is after their due date",
                     "which projects will finish after their due date according to the P50 "
                     "forecast?"):
        answer = ask(world, question)
        assert answer.kind == "answer" and set(answer.result["items"]) == after, question


def test_a_cut_through_a_tie_is_said(world):
    """"The 2 projects due soonest" when a third is due the same day: the others tied with
    the last one are named (as are people tied in a ranking of loads or counts)."""
    from data.schema import Portfolio  # noqa: PLC0415 - the factories take the rows
    with world.begin() as s:
        apps = s.query(Portfolio).filter_by(name="Apps").one()
        for key in ("T-1", "T-2", "T-3"):
            add_project(s, key, apps, due=D(2026, 6, 20))
    soonest = [k for k, d in rows(world, """SELECT p.key, p.due_date FROM projects p
        JOIN statuses s ON s.id = p.status_id WHERE s.code IN ('proposed', 'active', 'on_hold')
        AND p.due_date >= :today ORDER BY p.due_date, p.key""")]
    assert soonest[:3] == ["T-1", "T-2", "T-3"]
    answer = ask(world, "which 2 projects are due soonest?")
    assert answer.kind == "answer" and answer.result["items"] == ["T-1", "T-2"]
    assert "1 more tie with the last one" in answer.text and "T-3" in answer.text


def test_asked_on_a_page_and_answered_for_everything_says_so(world):
    answer = ask(world, "are we on track?", page="/projects/E-1")
    assert answer.kind == "answer" and "E-1" in answer.interpretation  # "we": the page's
    assert "across all you can see" not in answer.interpretation
    late = rows(world, """SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id
        WHERE s.code IN ('proposed', 'active', 'on_hold') AND p.due_date < :today""")[0][0]
    answer = ask(world, "how many projects are late?", page="/projects/E-1")
    assert answer.kind == "answer" and answer.result["count"] == late
    assert answer.interpretation.endswith("(across all you can see, not only E-1)")
    answer = ask(world, "are we on track, and which team has the worst on-time record?",
                 page="/projects/E-1")  # "we" is the page's; "which team" the portfolios
    assert [c["name"] for c in answer.tool_calls] == ["project_status", "on_time_rate"]


def test_a_teams_load_open_points_and_what_someone_committed_to(world):
    """"The load of the Payments team" is each of its people's load (it listed the projects
    due this week), "the total open scope in story points" the points open now (it counted
    scope added), "what did Bo commit to" the actions the minutes give him (it listed his
    allocations)."""
    from data.schema import Document, Project, Resource  # noqa: PLC0415 - rows for the test
    with world.begin() as s:
        pay = s.query(Project).filter_by(key="H-2").one()
        held = s.query(Project).filter_by(key="H-1").one()
        allocate(s, s.query(Resource).filter_by(name="Cy Park").one(), pay, 0.4)
        for points in (3, 5):
            add_item(s, pay, points=points)
        add_item(s, pay, points=8, status="done", done_at=dt.datetime(2026, 6, 1, 12))
        s.add(Document(project_id=held.id, kind="meeting_minutes", title="Hold sync",
                       body="Bo: Action: Bo Chen will draft the restart plan by 30 June 2026.",
                       created_at=dt.datetime(2026, 6, 16, 10)))
    team = {n: float(v) for n, v in rows(world, """SELECT r.name, sum(a.share)
        FROM allocations a JOIN resources r ON r.id = a.resource_id
        WHERE a.period_start <= :last AND a.period_end >= :first AND r.id IN (
            SELECT a2.resource_id FROM allocations a2 JOIN projects p ON p.id = a2.project_id
            JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = 'Payments'
            AND a2.period_start <= :last AND a2.period_end >= :first) GROUP BY r.name""",
        first=WEEK[0], last=WEEK[1])}
    assert team == {"Cy Park": 0.4}
    answer = ask(world, "what's the load of the Payments team this week")
    assert answer.kind == "answer" and answer.result["items"] == list(team)
    open_points = rows(world, """SELECT sum(w.story_points) FROM work_items w
        JOIN projects p ON p.id = w.project_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE f.name = 'Payments' AND w.status != 'done'""")[0][0]
    answer = ask(world, "What's the total open scope in story points for Payments?")
    assert answer.kind == "answer" and answer.result["value"] == open_points == 8
    answer = ask(world, "what did Bo Chen commit to")
    assert answer.kind == "answer" and "draft the restart plan" in answer.text


def test_a_project_page_reads_the_project_and_projects_as_all(world):
    answer = ask(world, "is the project on track?", page="/projects/E-1")
    assert answer.kind == "answer" and "E-1" in answer.interpretation
    assert "across all" not in answer.interpretation
    due = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code IN ('proposed', 'active', 'on_hold')
        AND p.due_date BETWEEN '2026-06-01' AND '2026-06-30'""")}
    for question in ("which projects are due this month?", "¿qué proyectos vencen este mes?"):
        answer = ask(world, question, page="/projects/E-1")
        assert answer.kind == "answer", question
        assert set(answer.result["items"]) == due, question  # not E-1's own due date


def test_words_of_the_audits_other_languages(world):
    held = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code = 'on_hold'""")}
    answer = ask(world, "quels projets sont bloqués ?")
    assert answer.kind == "answer" and set(answer.result["items"]) == held == {"H-1"}
    answer = ask(world, "ist das projekt im plan?", page="/projects/E-1")
    assert answer.kind == "answer" and "E-1" in answer.interpretation
    answer = ask(world, "qu'est-ce qui a changé depuis lundi ?")
    assert answer.kind == "answer" and "since Monday" in answer.interpretation


def test_the_on_time_rate_is_a_rate_not_a_count(world):
    """"Our on-time delivery rate", "which team has the worst on-time record", "of those
    delivered in 2025, what share were on time": a share of the projects past their due date
    (docs/metrics.md, On-time rate), not a count of work items or of projects."""
    from data.schema import Portfolio  # noqa: PLC0415 - the factories take the rows
    with world.begin() as s:
        apps = s.query(Portfolio).filter_by(name="Apps").one()
        pay = s.query(Portfolio).filter_by(name="Payments").one()
        for key, portfolio, due, done in (
                ("D-1", apps, D(2025, 3, 1), dt.datetime(2025, 2, 20)),   # on time
                ("D-2", apps, D(2025, 3, 1), dt.datetime(2025, 4, 2)),    # late
                ("D-3", pay, D(2025, 6, 1), dt.datetime(2025, 5, 30)),    # on time
                ("D-4", pay, D(2026, 3, 1), dt.datetime(2026, 2, 1))):    # on time, in 2026
            add_project(s, key, portfolio, status="done", start=D(2024, 12, 1), due=due,
                        completed_at=done)
        add_project(s, "L-9", pay, due=D(2026, 5, 1))  # open past its due date: settled, late
    settled = dict(rows(world, """SELECT f.name, count(*) FROM projects p
        JOIN statuses s ON s.id = p.status_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE p.due_date < :today AND s.code != 'cancelled' AND (s.code != 'done'
        OR p.completed_at IS NOT NULL) GROUP BY f.name"""))  # past the due date
    on_time = dict(rows(world, """SELECT f.name, count(*) FROM projects p
        JOIN statuses s ON s.id = p.status_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE s.code = 'done' AND p.completed_at IS NOT NULL
        AND date(p.completed_at) <= p.due_date GROUP BY f.name"""))
    assert settled == {"Apps": 2, "Payments": 3} and on_time == {"Apps": 1, "Payments": 2}
    answer = ask(world, "What is our on-time delivery rate?")
    assert answer.kind == "answer" and answer.result["value"] == pytest.approx(3 / 5)
    answer = ask(world, "wich team has the worst on-time record?")
    assert answer.kind == "answer" and answer.result["items"] == ["Apps", "Payments"]
    assert answer.result["groups"] == {"Apps": pytest.approx(1 / 2),
                                       "Payments": pytest.approx(2 / 3)}
    answer = ask(world, "Of the projects we delivered in 2025, what share were on time?")
    assert answer.kind == "answer" and answer.result["value"] == pytest.approx(2 / 3)
    answer = ask(world, "Which projects are a safe bet - ninety percent or better to finish on "
                        "time?")  # a band of P(on time), not a rate
    assert "on_time_rate" not in [c.get("name") for c in answer.tool_calls]


def test_two_periods_compared_are_both_answered(world):
    """"Compare work finished this month vs last month": both months (it answered the first
    and dropped the second without saying so)."""
    from data.schema import Project  # noqa: PLC0415 - rows for the test
    with world.begin() as s:
        held = s.query(Project).filter_by(key="H-1").one()
        for day in (dt.datetime(2026, 5, 5, 12), dt.datetime(2026, 5, 20, 12),
                    dt.datetime(2026, 6, 2, 12)):
            add_item(s, held, status="done", done_at=day)
    per_month = dict(rows(world, """SELECT CASE WHEN done_at < '2026-06-01' THEN 'May'
        ELSE 'June' END, count(*) FROM work_items WHERE done_at >= '2026-05-01'
        AND done_at < '2026-07-01' GROUP BY 1"""))
    assert per_month == {"May": 2, "June": 1}
    for question in ("compare work items finished this month vs last month",
                     "how many work items were finished this month compared with last month?"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert sorted(answer.result["groups"].values()) == [1, 2], question
        assert "this month" in answer.interpretation and "last month" in answer.interpretation


def test_a_second_part_about_the_firsts_answer_keeps_the_first(world):
    """"How many open projects does Ada own and are any of them late?", "how many projects are
    due in H2 and how many of those are at risk?": the first count, then the narrower one (it
    gave only the narrower one)."""
    from data.schema import Portfolio  # noqa: PLC0415 - the factories take the rows
    with world.begin() as s:
        add_project(s, "L-9", s.query(Portfolio).filter_by(name="Apps").one(),
                    due=D(2026, 5, 1))  # owned by Ada, as every project of the factories
    owned = rows(world, """SELECT count(*) FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code IN ('proposed', 'active', 'on_hold')
        AND p.owner = 'Ada'""")[0][0]
    late = rows(world, """SELECT count(*) FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code IN ('proposed', 'active', 'on_hold')
        AND p.owner = 'Ada' AND p.due_date < :today""")[0][0]
    assert (owned, late) == (7, 1)
    answer = ask(world, "how many open projects does Ada own and are any of them late?")
    assert answer.kind == "answer" and len(answer.tool_calls) == 2
    assert f"**{owned} open projects" in answer.text and f"**{late} late project" in answer.text


def test_what_the_data_does_not_keep_is_said_not_answered_with_something_else(world):
    """"Has the due date moved?" was answered with today's due date and "when is the next
    meeting" with the latest minutes: no due-date history and no calendar are kept."""
    for question in ("has the due date of E-1 moved?", "did the deadline for E-1 change?",
                     "when is the next meeting?"):
        answer = ask(world, question)
        assert answer.kind == "refuse", question
    answer = ask(world, "when is E-1 due?")  # today's due date is kept
    assert answer.kind == "answer" and "1 Aug 2026" in answer.text


def test_skills_short_staffed_for_their_open_work_are_per_person(world):
    """"Which skills are most short-staffed compared to open work": ranked by open points per
    person who has the skill (the Resources page's measure), not by how many people have it."""
    answer = ask(world, "which skills are most short-staffed compared to open work?")
    assert answer.kind == "answer"
    assert [(c["name"], c["args"].get("by")) for c in answer.tool_calls] == [
        ("skills", "per_person")]
    answer = ask(world, "which skills do the most people have?")
    assert [(c["name"], c["args"].get("by")) for c in answer.tool_calls] == [("skills", "people")]


def test_projects_by_how_many_open_items_they_have(world):
    """"How many projects have more than 2 open items" was asked back about "2"."""
    from data.rollups import refresh_rollups  # noqa: PLC0415
    from data.schema import Project  # noqa: PLC0415 - rows for the test
    with world.begin() as s:
        for key, n in (("E-1", 3), ("E-2", 2), ("E-3", 5)):
            project = s.query(Project).filter_by(key=key).one()
            for _ in range(n):
                add_item(s, project)
        refresh_rollups(s.connection())
    above = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN work_items w
        ON w.project_id = p.id WHERE w.status != 'done' GROUP BY p.key HAVING count(*) > 2""")}
    assert above == {"E-1", "E-3"}
    answer = ask(world, "how many projects have more than 2 open work items")
    assert answer.kind == "answer" and answer.result["count"] == len(above)
    answer = ask(world, "which projects have fewer than 3 open items?")
    assert answer.kind == "answer" and "E-2" in answer.result["items"]
    assert not {"E-1", "E-3"} & set(answer.result["items"])


def test_words_of_the_second_audits(world):
    """A second pair of audits, after the fixes above: RAG colours counted together, "RAG for
    Payments", a team's utilisation, free people of a team, projects "on their plate", the
    on-time rate of two portfolios compared, "forecast landings"."""
    from collections import Counter  # noqa: PLC0415

    def word(due, start, chance, progress) -> str:  # docs/metrics.md: Late, At risk, On track
        due, start = (dt.date.fromisoformat(str(d)[:10]) if d else None for d in (due, start))
        if due and due < dt.date(2026, 6, 17):
            return "Late"
        if chance is not None:
            return "At risk" if chance < 0.5 else "On track"
        elapsed = (dt.date(2026, 6, 17) - start).days / (due - start).days \
            if start and due and start <= dt.date(2026, 6, 17) else 0.0
        return "At risk" if start and elapsed - (progress or 0) > 0.15 else "On track"

    health = Counter(word(*row) for row in rows(world, """SELECT p.due_date, p.start_date,
        f.p_on_time, u.progress FROM projects p JOIN statuses s ON s.id = p.status_id
        LEFT JOIN project_forecasts f ON f.project_id = p.id
        LEFT JOIN project_rollups u ON u.project_id = p.id
        WHERE s.code IN ('proposed', 'active', 'on_hold')"""))
    answer = ask(world, "how many green, amber and red projects do we have?")
    assert answer.kind == "answer"
    assert {k: v for k, v in answer.result["groups"].items() if v} == health
    answer = ask(world, "RAG for Payments")
    assert answer.kind == "answer" and "groups" in answer.result and "Payments" in \
        answer.interpretation
    team = [n for n, in rows(world, """SELECT DISTINCT r.name FROM allocations a
        JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id
        WHERE p.key = 'H-1'""")]
    answer = ask(world, "team utilisation for Apps this week")
    assert answer.kind == "answer" and set(answer.result["items"]) == set(team)
    answer = ask(world, "Who on the Apps team is free next week?")  # today's team, nothing then
    assert answer.kind == "answer" and answer.result["items"] == []
    assert "Apps projects today" in answer.interpretation
    answer = ask(world, "Who has the most projects on their plate right now?")
    assert [(c["name"], c["args"].get("by")) for c in answer.tool_calls] == [
        ("rank_people", "projects")]
    from data.schema import Portfolio  # noqa: PLC0415 - the factories take the rows
    with world.begin() as s:
        for key, name, done in (("D-1", "Apps", dt.datetime(2026, 2, 1)),
                                ("D-2", "Payments", dt.datetime(2026, 4, 1))):
            add_project(s, key, s.query(Portfolio).filter_by(name=name).one(), status="done",
                        start=D(2025, 12, 1), due=D(2026, 3, 1), completed_at=done)
    answer = ask(world, "Compare the on-time rate of Apps vs Payments")
    assert answer.kind == "answer" and answer.result["groups"] == {"Apps": 1.0, "Payments": 0.0}
    q3 = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN project_forecasts f
        ON f.project_id = p.id WHERE f.p50_date BETWEEN '2026-07-01' AND '2026-09-30'""")}
    answer = ask(world, "which projects will finish next quarter according to the forecast?")
    assert answer.kind == "answer" and set(answer.result["items"]) == q3 == {"E-1", "E-2", "E-4"}


def test_owners_of_the_riskiest_projects_slipping_portfolios_and_projects_without_a_team(world):
    """"Who owns the riskiest projects" ranked owners by all they ever owned; "which
    portfolios are slipping" listed every portfolio; "which open projects have no team today"
    read "today" as a creation date."""
    nobody = {k for k, in rows(world, """SELECT p.key FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code IN ('proposed', 'active', 'on_hold')
        AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.project_id = p.id
        AND a.period_start <= :today AND a.period_end >= :today)""")}
    assert nobody == {"E-1", "E-2", "E-3", "E-4", "H-2"}
    for question in ("Which open projects have no team today?",
                     "Any projects with nobody allocated to them?"):
        answer = ask(world, question)
        assert answer.kind == "answer" and set(answer.result["items"]) == nobody, question
    answer = ask(world, "Which portfolios are slipping?")
    assert answer.kind == "answer" and [c["name"] for c in answer.tool_calls] == [
        "count_projects_by"]
    answer = ask(world, "Who owns the riskiest projects?")
    assert answer.kind == "answer"
    assert answer.tool_calls[0]["args"]["health"] == ["late", "at_risk"]


def test_how_late_a_done_project_was_delivered(world):
    """"How late was D-2 delivered?" gave its status card with the due date only."""
    from data.schema import Portfolio  # noqa: PLC0415 - the factories take the rows
    with world.begin() as s:
        add_project(s, "D-2", s.query(Portfolio).filter_by(name="Apps").one(), status="done",
                    start=D(2025, 12, 1), due=D(2026, 3, 1),
                    completed_at=dt.datetime(2026, 4, 2, 15))
    due, done = rows(world, "SELECT due_date, completed_at FROM projects WHERE key = 'D-2'")[0]
    days = (dt.date.fromisoformat(str(done)[:10]) - dt.date.fromisoformat(str(due)[:10])).days
    assert days == 32
    answer = ask(world, "How late was D-2 delivered?")
    assert answer.kind == "answer" and f"{days} days after its due date" in answer.text
    answer = ask(world, "When was D-2 completed and was it on time?")
    assert answer.kind == "answer" and "finished late" in answer.text


def test_a_share_is_answered_as_a_share(world):
    """"What percentage of our open projects are at risk?" gave the count of at-risk ones."""
    opened = rows(world, """SELECT count(*) FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code IN ('proposed', 'active', 'on_hold')""")[0][0]
    held = rows(world, """SELECT count(*) FROM projects p JOIN statuses s
        ON s.id = p.status_id WHERE s.code = 'on_hold'""")[0][0]
    assert (held, opened) == (1, 6)
    answer = ask(world, "What percentage of our open projects are on hold?")
    assert answer.kind == "answer" and answer.result["value"] == pytest.approx(held / opened)
    assert f"({held} of {opened})" in answer.text and "17%" in answer.text
