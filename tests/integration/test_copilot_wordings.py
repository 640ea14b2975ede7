"""How people type, read right or asked back: chat shorthand ("crit prio", "EOM", "wk"), a
sentence about the asker beside the question, questions in German, Spanish or Dutch read word by
word, work items in progress or of one kind, why a project was paused or cancelled (the notes
say), "finished vs cancelled", "the 3 most overloaded", "Tom's load" when two Toms exist, "before
July", "since the 1st". Every expected number is this test's own SQL over the same database.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from data.rollups import refresh_skill_supply
from data.schema import Document, Resource
from data.scope import Scope
from models.copilot.answer import Copilot
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

OPEN = "st.code IN ('proposed', 'active', 'on_hold')"
PROJECTS = """SELECT p.key FROM projects p JOIN portfolios f ON f.id = p.portfolio_id
    JOIN statuses st ON st.id = p.status_id JOIN priorities pr ON pr.id = p.priority_id """


@pytest.fixture
def world(db):
    with db.begin() as s:
        payments, devices = add_portfolio(s, "Payments"), add_portfolio(s, "Devices")
        pay1 = add_project(s, "PAY-1", payments, priority="critical", due=dt.date(2026, 6, 10),
                           name="Checkout redesign")
        add_project(s, "PAY-2", payments, priority="critical", due=dt.date(2026, 6, 25),
                    name="Card processor migration")
        add_project(s, "PAY-3", payments, priority="critical", status="done",
                    completed_at=dt.datetime(2026, 6, 5), name="Refund automation")
        pay4 = add_project(s, "PAY-4", payments, status="on_hold", name="Invoice engine")
        add_project(s, "PAY-5", payments, status="cancelled", name="Wallet pilot")
        add_project(s, "DEV-1", devices, due=dt.date(2026, 6, 28), name="Firmware update")
        add_project(s, "DEV-2", devices, due=dt.date(2026, 7, 20), name="Sensor hub")
        add_project(s, "DEV-3", devices, status="done", completed_at=dt.datetime(2026, 5, 20),
                    name="Watch app")
        dev1_id = s.execute(text("SELECT id FROM projects WHERE key = 'DEV-1'")).scalar_one()
        pay1.owner = "Nadia Petrov"
        pay4.owner = "Nadia Petrov"
        for status in ("in_progress", "in_progress", "todo", "done"):
            add_item(s, pay1, status=status, done_at=dt.datetime(2026, 6, 1)
                     if status == "done" else None)
        add_item(s, pay4, status="in_progress").kind = "backlog_item"
        add_item(s, pay1, status="todo").kind = "backlog_item"
        people = {name: add_resource(s, name) for name in (
            "Tom Berg", "Tom Quist", "Ada Stone", "Ben Cole", "Cleo Park")}
        dev1 = s.get(type(pay1), dev1_id)
        for name, on_pay1, on_dev1 in (("Tom Berg", 0.8, 0.6), ("Ada Stone", 0.7, 0.5),
                                       ("Ben Cole", 0.9, 0), ("Cleo Park", 0.5, 0),
                                       ("Tom Quist", 0.3, 0)):
            allocate(s, people[name], pay1, on_pay1)
            if on_dev1:
                allocate(s, people[name], dev1, on_dev1)
        for day, title, body in (
                (dt.datetime(2026, 6, 2), "PAY-4 put on hold",
                 "Invoice engine (PAY-4) was put on hold on 2 June 2026 because the vendor "
                 "contract lapsed. Decision by Omar Haddad."),
                (dt.datetime(2026, 6, 16), "PAY-4 status",
                 "Status of Invoice engine (PAY-4) on 16 June 2026: on hold. 3 of 10 story "
                 "points are done.")):
            s.add(Document(project_id=pay4.id, kind="status_note", title=title,
                           created_at=day, body=body))
    return db


def ask(db, question: str, page: str | None = None):
    from models.copilot.answer import PageContext

    return Copilot(db, today=lambda: TODAY).ask(question, Scope.everything(),
                                                PageContext.from_path(page))


def keys(db, where: str) -> set[str]:
    with db() as s:
        return {k for (k,) in s.execute(text(PROJECTS + "WHERE " + where), {"today": TODAY})}


def one(db, query: str) -> int:
    with db() as s:
        return int(s.execute(text(query), {"today": TODAY}).scalar_one())


def test_chat_shorthand_is_spelled_out(world):
    answer = ask(world, "how many crit prio projs still open")
    want = keys(world, f"pr.code = 'critical' AND {OPEN}")
    assert answer.kind == "answer" and answer.result["count"] == len(want) == 2
    eom = ask(world, "Devices - anything open due between now and EOM?")
    assert set(eom.result["items"]) == keys(
        world, f"f.name = 'Devices' AND {OPEN} AND p.due_date BETWEEN :today AND '2026-06-30'"
    ) == {"DEV-1"}
    before = ask(world, "anything open w/ a due date before July")
    assert set(before.result["items"]) == keys(
        world, f"{OPEN} AND p.due_date < '2026-07-01'") == {"PAY-1", "PAY-2", "DEV-1"}
    since = ask(world, "which projects wrapped up since the 1st?")
    assert set(since.result["items"]) == keys(
        world, "st.code = 'done' AND p.completed_at >= '2026-06-01'") == {"PAY-3"}


def test_a_sentence_about_the_asker_is_not_a_filter(world):
    answer = ask(world, "Which of the projects owned by Nadia Petrov are still open? I'm meeting "
                        "her this week and would like to be prepared.")
    assert answer.kind == "answer"
    assert set(answer.result["items"]) == keys(world, f"p.owner = 'Nadia Petrov' AND {OPEN}") \
        == {"PAY-1", "PAY-4"}
    total = ask(world, "I was wondering how many projects there are in total across all of the "
                       "portfolios, including the ones that are already finished or were "
                       "cancelled?")
    assert total.result["count"] == one(world, "SELECT count(*) FROM projects") == 8


def test_other_languages_are_read_word_by_word_and_say_so(world):
    late = ask(world, "Wie viele Projekte sind verspätet?")
    assert late.kind == "answer"
    assert late.result["count"] == len(keys(world, f"{OPEN} AND p.due_date < :today")) == 1
    assert "English" in late.text and "how many projects are late" in late.text
    team = ask(world, "¿Quién trabaja en PAY-1?")
    with world() as s:
        on_it = {n for (n,) in s.execute(text(
            "SELECT r.name FROM allocations a JOIN resources r ON r.id = a.resource_id "
            "JOIN projects p ON p.id = a.project_id WHERE p.key = 'PAY-1' "
            "AND a.period_start <= :today AND a.period_end >= :today"), {"today": TODAY})}
    assert set(team.result["items"]) == on_it and len(on_it) == 5
    budget = ask(world, "Kannst du mir das Restbudget von PAY-1 nennen?")
    assert budget.kind == "refuse" and "budget" in budget.text.lower()
    nonsense = ask(world, "Wat vindt de klant van het nieuwe logo?")  # not glossable: no answer
    assert nonsense.kind != "answer" or not nonsense.result


def test_work_items_in_progress_and_of_one_kind(world):
    busy = ask(world, "Payments - how many items in progress atm")
    assert busy.result["count"] == one(world, """SELECT count(*) FROM work_items w
        JOIN projects p ON p.id = w.project_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE f.name = 'Payments' AND w.status = 'in_progress'""") == 3
    features = ask(world, "how many features still open here?", page="/projects/PAY-1")
    assert features.result["count"] == one(world, """SELECT count(*) FROM work_items w
        JOIN projects p ON p.id = w.project_id
        WHERE p.key = 'PAY-1' AND w.kind = 'feature' AND w.status != 'done'""") == 3
    backlog = ask(world, "open backlog items in Payments, how many?")
    assert backlog.result["count"] == one(world, """SELECT count(*) FROM work_items w
        JOIN projects p ON p.id = w.project_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE f.name = 'Payments' AND w.kind = 'backlog_item' AND w.status != 'done'""") == 2


def test_items_added_after_kickoff_count_from_the_projects_start(world):
    with world.begin() as s:  # two items added after PAY-1 started (5 January), one before
        pay1 = s.execute(text("SELECT id FROM projects WHERE key = 'PAY-1'")).scalar_one()
        for when in ("2026-01-02", "2026-03-03", "2026-05-04"):
            s.execute(text("INSERT INTO work_items (project_id, kind, title, status, "
                           "story_points, created_at) VALUES (:p, 'feature', 'Added', 'todo', "
                           "2, :w)"), {"p": pay1, "w": f"{when} 09:00:00"})
    answer = ask(world, "how many items were added after kickoff on this proj",
                 page="/projects/PAY-1")
    assert answer.result["count"] == one(world, """SELECT count(*) FROM work_items w
        JOIN projects p ON p.id = w.project_id
        WHERE p.key = 'PAY-1' AND w.created_at >= p.start_date""")
    assert answer.result["count"] != one(world, """SELECT count(*) FROM work_items w
        JOIN projects p ON p.id = w.project_id WHERE p.key = 'PAY-1'""")


def test_items_added_in_a_period_after_their_projects_started(world):
    with world.begin() as s:  # PAY-1 started 5 January: one item before, two after (one in Q2)
        pay1 = s.execute(text("SELECT id FROM projects WHERE key = 'PAY-1'")).scalar_one()
        for when in ("2026-01-02", "2026-03-03", "2026-05-04"):
            s.execute(text("INSERT INTO work_items (project_id, kind, title, status, "
                           "story_points, created_at) VALUES (:p, 'feature', 'Added', 'todo', "
                           "2, :w)"), {"p": pay1, "w": f"{when} 09:00:00"})
    q2 = """SELECT count(*) FROM work_items w JOIN projects p ON p.id = w.project_id
        JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = 'Payments'
        AND w.created_at >= '2026-04-01' AND w.created_at < '2026-07-01'"""
    for question in ("How many new tasks came into the Payments projects this quarter after "
                     "they had already started?",
                     "how many items were added to Payments this quarter after they'd kicked off"):
        answer = ask(world, question)
        assert answer.kind == "answer", question
        assert answer.result["count"] == one(world, q2 + " AND date(w.created_at) >= "
                                                         "p.start_date"), question
        assert "after their project started" in answer.interpretation
        assert "1 Apr 2026" in answer.interpretation
    with world.begin() as s:  # a project that starts after the item was added does not count
        s.execute(text("UPDATE projects SET start_date = '2026-06-01' WHERE key = 'PAY-1'"))
    late_start = ask(world, "How many new tasks came into the Payments projects this quarter "
                            "after they had already started?")
    assert late_start.result["count"] == one(world, q2 + " AND date(w.created_at) >= "
                                                         "p.start_date")


def test_why_a_project_was_paused_is_read_from_its_notes(world, tmp_path):
    from models.copilot.retrieval import DocumentIndex

    index = DocumentIndex(tmp_path / "idx")  # a real Chroma store
    with world() as s:
        index.sync(s)
    copilot = Copilot(world, index=index, today=lambda: TODAY)
    paused = one(world, "SELECT id FROM documents WHERE title = 'PAY-4 put on hold'")
    for question in ("why was PAY-4 put on hold", "who made the call to pause Invoice engine",
                     "Why was the Invoice engine put on hold? Quote the note if you can."):
        answer = copilot.ask(question, Scope.everything())
        assert answer.kind == "answer", question
        assert "vendor contract lapsed" in answer.text and "Omar Haddad" in answer.text
        assert answer.citations and answer.citations[0].doc_id == paused


def test_statuses_compared_and_the_most_overloaded_ranked(world):
    compared = ask(world, "finished vs cancelled projects overall")
    with world() as s:
        counts = dict(s.execute(text("SELECT st.label, count(*) FROM projects p JOIN statuses "
                                     "st ON st.id = p.status_id GROUP BY st.label")).all())
    assert compared.result["groups"] == {"Done": counts["Done"], "Cancelled": counts["Cancelled"]}
    top = ask(world, "3 most overloaded ppl this wk")
    with world() as s:  # every allocation here covers the whole week: load = sum of shares
        loads = s.execute(text("SELECT r.name, sum(a.share) AS load FROM allocations a JOIN "
                               "resources r ON r.id = a.resource_id GROUP BY r.name "
                               "ORDER BY load DESC, r.name LIMIT 3")).all()
    assert top.result["items"] == [name for name, _load in loads] == [
        "Tom Berg", "Ada Stone", "Ben Cole"]


def test_a_first_name_two_people_share_is_asked_back_even_first_in_the_question(world):
    answer = ask(world, "Tom's load next wk")
    assert answer.kind == "clarify"
    assert {"Tom Berg", "Tom Quist"} <= set(answer.choices)


def test_people_ranked_by_projects_they_are_on_and_open_items_assigned(world):
    with world.begin() as s:  # Ben gets three open items, Cleo one, and one done for Ben
        ids = dict(s.execute(text("SELECT name, id FROM resources")).all())
        pay1 = s.execute(text("SELECT id FROM projects WHERE key = 'PAY-1'")).scalar_one()
        for name, status in (("Ben Cole", "todo"), ("Ben Cole", "in_progress"),
                             ("Ben Cole", "todo"), ("Cleo Park", "todo"), ("Ben Cole", "done")):
            s.execute(text("INSERT INTO work_items (project_id, kind, title, status, "
                           "story_points, created_at, assignee_id) VALUES (:p, 'feature', 'x', "
                           ":st, 1, '2026-02-02 09:00:00', :a)"),
                      {"p": pay1, "st": status, "a": ids[name]})
    with world() as s:
        on_most = s.execute(text(
            "SELECT r.name, count(DISTINCT a.project_id) AS n FROM allocations a JOIN resources"
            " r ON r.id = a.resource_id WHERE a.period_start <= :today AND a.period_end >= "
            ":today GROUP BY r.name ORDER BY n DESC, r.name"), {"today": TODAY}).all()
        most_items = s.execute(text(
            "SELECT r.name, count(*) AS n FROM work_items w JOIN resources r ON r.id = "
            "w.assignee_id WHERE w.status != 'done' GROUP BY r.name ORDER BY n DESC, r.name"
        )).all()
    spread = ask(world, "who's spread across the most projects rn")
    assert spread.result["items"][:2] == [n for n, _ in on_most[:2]] == ["Ada Stone", "Tom Berg"]
    tickets = ask(world, "which person has the most open tickets assigned to them")
    assert tickets.result["items"][0] == most_items[0][0] == "Ben Cole"
    assert "3 open work items" in tickets.text  # the done one is not counted


def test_either_or_questions_compare_and_assigned_items_keep_the_person(world):
    with world.begin() as s:
        people = {r.name: r for r in s.scalars(select(Resource))}
        for name, skills in (("Ben Cole", ["react"]), ("Cleo Park", ["react", "typescript"]),
                             ("Ada Stone", ["react"])):
            people[name].skills = skills
        s.flush()
        refresh_skill_supply(s.connection())  # as the app does after writing people
        ben = people["Ben Cole"].id
        s.execute(text("UPDATE work_items SET assignee_id = :b WHERE status = 'in_progress'"),
                  {"b": ben})
    skills = ask(world, "Do more people know react or typescript?")
    with world() as s:  # the people whose skills list names it
        having = {k: sum(k in (skills or []) for skills in s.scalars(select(Resource.skills)))
                  for k in ("react", "typescript")}
    assert skills.result["groups"] == having == {"react": 3, "typescript": 1}
    portfolios = ask(world, "who's got more late projects, Devices or Payments")
    assert portfolios.result["groups"] == {
        "Devices": len(keys(world, f"f.name = 'Devices' AND {OPEN} AND p.due_date < :today")),
        "Payments": len(keys(world, f"f.name = 'Payments' AND {OPEN} AND p.due_date < :today"))}
    assigned = ask(world, "how many open items are assigned to Ben Cole")
    assert assigned.result["count"] == one(world, """SELECT count(*) FROM work_items w JOIN
        resources r ON r.id = w.assignee_id WHERE r.name = 'Ben Cole' AND w.status != 'done'""")
    assert assigned.result["count"] == 3 and "Ben Cole" in assigned.interpretation


def test_a_word_that_is_a_role_and_a_skill_is_asked_back_and_this_team_is_the_page(world):
    with world.begin() as s:
        s.execute(text("UPDATE resources SET role = 'DevOps engineer' WHERE name = 'Ben Cole'"))
        s.execute(text("UPDATE resources SET skills = :k WHERE name = 'Cleo Park'"),
                  {"k": '["devops"]'})
        refresh_skill_supply(s.connection())
    both = ask(world, "which DevOps people are over-allocated this week?")
    assert both.kind == "clarify" and len(both.choices) == 2
    assert "DevOps engineer" in both.choices[0] and "devops" in both.choices[1]
    with world.begin() as s:  # Tom Quist is over-allocated on DEV-2 only: not on PAY-1's team
        tom = s.execute(text("SELECT id FROM resources WHERE name = 'Tom Quist'")).scalar_one()
        dev2 = s.execute(text("SELECT id FROM projects WHERE key = 'DEV-2'")).scalar_one()
        s.execute(text("INSERT INTO allocations (resource_id, project_id, share, period_start, "
                       "period_end) VALUES (:r, :p, 0.9, '2026-06-01', '2026-07-31')"),
                  {"r": tom, "p": dev2})
    team = ask(world, "anyone in this team overbooked this week?", page="/projects/DEV-1")
    with world() as s:  # on DEV-1 today, and more than 100 % this week (allocations span it)
        want = {n for (n,) in s.execute(text(
            "SELECT r.name FROM resources r WHERE r.id IN (SELECT a.resource_id FROM "
            "allocations a JOIN projects p ON p.id = a.project_id WHERE p.key = 'DEV-1') AND "
            "(SELECT sum(share) FROM allocations b WHERE b.resource_id = r.id) > 1"))}
    assert set(team.result["items"]) == want == {"Tom Berg", "Ada Stone"}


def team_of(db, where: str) -> set[str]:
    """People allocated today to the projects matching ``where`` (this test's own SQL)."""
    with db() as s:
        return {n for (n,) in s.execute(text(
            "SELECT DISTINCT r.name FROM allocations a JOIN resources r ON r.id = a.resource_id "
            "JOIN projects p ON p.id = a.project_id JOIN statuses st ON st.id = p.status_id "
            "WHERE a.period_start <= :today AND a.period_end >= :today AND " + where),
            {"today": TODAY})}


def test_a_project_named_by_its_owner_is_their_open_one_or_asked_back(world):
    with world.begin() as s:  # Ada Stone owns DEV-2 (open) and DEV-3 (done); Ben is on DEV-2
        s.execute(text("UPDATE projects SET owner = 'Ada Stone' WHERE key IN ('DEV-2', 'DEV-3')"))
        ben = s.execute(text("SELECT id FROM resources WHERE name = 'Ben Cole'")).scalar_one()
        dev2 = s.execute(text("SELECT id FROM projects WHERE key = 'DEV-2'")).scalar_one()
        s.execute(text("INSERT INTO allocations (resource_id, project_id, share, period_start, "
                       "period_end) VALUES (:r, :p, 0.2, '2026-06-01', '2026-07-31')"),
                  {"r": ben, "p": dev2})
    one_open = ask(world, "who's on Ada Stone's project?")
    assert one_open.kind == "answer", (one_open.interpretation, one_open.text)
    assert [c["args"]["project_key"] for c in one_open.tool_calls] == ["DEV-2"]
    want = team_of(world, f"p.owner = 'Ada Stone' AND {OPEN}")
    assert set(one_open.result["items"]) == want == {"Ben Cole"}
    assert "Ada Stone's project" in one_open.text
    two_open = ask(world, "who's on Nadia Petrov's project?")  # PAY-1 and PAY-4 are open
    assert two_open.kind == "clarify"
    assert {c.split()[0] for c in two_open.choices} == keys(
        world, f"p.owner = 'Nadia Petrov' AND {OPEN}") == {"PAY-1", "PAY-4"}
    every = ask(world, "who works on Nadia Petrov's projects?")
    assert every.kind == "answer"
    assert set(every.result["items"]) == team_of(
        world, f"p.owner = 'Nadia Petrov' AND {OPEN}") == {
        "Tom Berg", "Tom Quist", "Ada Stone", "Ben Cole", "Cleo Park"}


def test_italian_and_portuguese_are_read_word_by_word(world):
    late = ask(world, "Quanti progetti sono in ritardo?")
    assert late.kind == "answer" and "Italian" in late.text
    assert late.result["count"] == len(keys(world, f"{OPEN} AND p.due_date < :today")) == 1
    team = ask(world, "Quem trabalha no PAY-1?")
    assert team.kind == "answer" and "Portuguese" in team.text
    assert set(team.result["items"]) == team_of(world, "p.key = 'PAY-1'")


def peak_load(db, name: str, first: str, last: str) -> float:
    """The person's highest daily load between two days (this test's own SQL, day by day)."""
    with db() as s:
        rows = s.execute(text(
            "SELECT a.share, a.period_start, a.period_end FROM allocations a JOIN resources r "
            "ON r.id = a.resource_id WHERE r.name = :n"), {"n": name}).all()
    day, end, best = dt.date.fromisoformat(first), dt.date.fromisoformat(last), 0.0
    while day <= end:
        best = max(best, sum(share for share, a, b in rows
                             if str(a)[:10] <= day.isoformat() <= str(b)[:10]))
        day += dt.timedelta(days=1)
    return best


def test_what_only_tells_about_the_asker_is_not_read_as_filters(world):
    late = ask(world, "Hi! Putting slides together for the 10 a.m. steering tomorrow, can you "
                      "pull up the list of late projects?")
    assert late.kind == "answer"
    assert set(late.result["items"]) == keys(world, f"{OPEN} AND p.due_date < :today")
    parked = ask(world, "Give me the on-hold and cancelled projects, I'm reconciling the "
                        "pipeline against the finance tracker.")
    assert set(parked.result["items"]) == keys(world, "st.code IN ('on_hold', 'cancelled')") \
        == {"PAY-4", "PAY-5"}


def test_a_person_free_in_a_period_and_two_people_compared(world):
    free = ask(world, "is Ada Stone free next month? want to borrow her for a couple of weeks")
    assert free.kind == "answer" and "1 Jul 2026" in free.interpretation
    want = peak_load(world, "Ada Stone", "2026-07-01", "2026-07-31")
    assert free.result["value"] == pytest.approx(want) and want == pytest.approx(1.2)
    assert "not free" in free.text or "over-allocated" in free.text
    both = ask(world, "Next month, who's carrying more, Tom Berg or Cleo Park?")
    assert both.kind == "answer"
    assert both.result["groups"] == {
        "Tom Berg": pytest.approx(peak_load(world, "Tom Berg", "2026-07-01", "2026-07-31")),
        "Cleo Park": pytest.approx(peak_load(world, "Cleo Park", "2026-07-01", "2026-07-31"))}


def test_sizes_names_and_whys_that_match_nothing_are_asked_back(world):
    big = ask(world, "which are our big projects?")
    assert big.kind == "clarify" and len(big.choices) == 3
    assert one(world, "SELECT count(*) FROM projects WHERE lower(name) LIKE '%hardware%'") == 0
    named = ask(world, "which hardware projects are late?")  # no project's name has it
    assert named.kind == "clarify" and "hardware" in named.text
    why = ask(world, "why is it late?")  # no page, no project named
    assert why.kind == "clarify" and "Which project" in why.text
    vendors = ask(world, "Which vendors are we paying the most across the portfolio?")
    assert vendors.kind == "refuse"


def test_a_skill_asked_about_a_project_team_keeps_the_skill(world):
    with world.begin() as s:
        s.execute(text("UPDATE resources SET skills = :k WHERE name = 'Ada Stone'"),
                  {"k": '["python"]'})
        s.execute(text("UPDATE resources SET skills = :k WHERE name = 'Ben Cole'"),
                  {"k": '["python"]'})  # Ben is on PAY-1, not on DEV-1
        refresh_skill_supply(s.connection())
    answer = ask(world, "does anybody on this team know python?", page="/projects/DEV-1")
    assert answer.kind == "answer"
    want = team_of(world, "p.key = 'DEV-1'") & {"Ada Stone", "Ben Cole"}
    assert set(answer.result["items"]) == want == {"Ada Stone"}


def test_scope_bolted_on_since_kickoff_counts_every_snapshot(world):
    with world.begin() as s:
        pay1 = s.execute(text("SELECT id FROM projects WHERE key = 'PAY-1'")).scalar_one()
        for day, added in (("2026-01-10", 5), ("2026-03-02", 2), ("2026-06-15", 1)):
            s.execute(text("INSERT INTO project_snapshots (project_id, day, scope_points, "
                           "done_points, in_progress_points, items_added, items_removed, "
                           "team_size) VALUES (:p, :d, 10, 1, 0, :a, 0, 3)"),
                      {"p": pay1, "d": day, "a": added})
    answer = ask(world, "how many items have been bolted onto PAY-1 since it kicked off?")
    assert answer.kind == "answer"
    assert answer.result["value"] == one(
        world, "SELECT sum(items_added) FROM project_snapshots s JOIN projects p ON "
               "p.id = s.project_id WHERE p.key = 'PAY-1' AND s.day <= :today") == 8


def test_keys_without_dash_shared_names_and_owners_ranked(world):
    status = ask(world, "PAY 1 ownr?")
    assert status.kind == "answer" and "Nadia Petrov" in status.text
    with world.begin() as s:  # "Park" is Cleo Park's last name and Park Lee's first
        add_resource(s, "Park Lee")
    shared = ask(world, "is Park overloaded right now")
    assert shared.kind == "clarify" and set(shared.choices) >= {"Cleo Park", "Park Lee"}
    owners = ask(world, "Which 2 project owners have the most late projects?")
    assert owners.kind == "answer"
    with world() as s:
        counts = dict(s.execute(text(
            "SELECT p.owner, count(*) FROM projects p JOIN statuses st ON st.id = p.status_id "
            f"WHERE {OPEN} AND p.due_date < :today GROUP BY p.owner"), {"today": TODAY}).all())
    assert counts == {"Nadia Petrov": 1}
    assert "Nadia Petrov" in owners.text
    bugs = ask(world, "how many bugs have customers reported against PAY-1 since launch")
    assert bugs.kind == "refuse"


def test_red_lower_case_names_and_points_done_on_a_page(world):
    red = ask(world, "which projects are in the red?")  # the dashboard draws late in red
    assert red.kind == "answer" and "“in the red” read as late" in red.interpretation
    assert sorted(red.result["items"]) == sorted(keys(world, f"{OPEN} AND p.due_date < :today"))
    with world.begin() as s:
        add_resource(s, "Tom Wilde")
    toms = ask(world, "is tom free next week?")  # lower case, and three Toms
    assert toms.kind == "clarify" and {"Tom Berg", "Tom Quist", "Tom Wilde"} <= set(toms.choices)
    with world.begin() as s:
        s.execute(text("UPDATE work_items SET story_points = 5 WHERE status = 'done'"))
    done = ask(world, "points done here in the last 30 days", page="/projects/PAY-1")
    assert done.kind == "answer"
    assert done.result["value"] == one(
        world, "SELECT coalesce(sum(w.story_points), 0) FROM work_items w JOIN projects p ON "
               "p.id = w.project_id WHERE p.key = 'PAY-1' AND w.status = 'done' AND "
               "w.done_at >= '2026-05-19' AND w.done_at < '2026-06-18'") == 5
    typed = ask(world, "hwo many open itmes on this projcet", page="/projects/PAY-1")
    assert typed.kind == "answer" and typed.result["count"] == one(
        world, "SELECT count(*) FROM work_items w JOIN projects p ON p.id = w.project_id "
               "WHERE p.key = 'PAY-1' AND w.status <> 'done'")


def test_portfolios_counted_past_tense_starts_and_since_a_month(world):
    portfolios = ask(world, "I started this week and I'm trying to get the lay of the land: "
                            "how many portfolios does the company run?")
    assert portfolios.kind == "answer"
    assert portfolios.result["count"] == one(world, "SELECT count(*) FROM portfolios") == 2
    with world.begin() as s:  # DEV-2 is planned to start later this month: not kicked off yet
        s.execute(text("UPDATE projects SET start_date = '2026-06-25' WHERE key = 'DEV-2'"))
        s.execute(text("UPDATE projects SET start_date = '2026-06-02' WHERE key = 'DEV-1'"))
    asked = ask(world, "Which projects kicked off this month?")  # so far, or planned too?
    assert asked.kind == "clarify"
    started = ask(world, asked.rewrites[0])
    assert set(started.result["items"]) == keys(
        world, "p.start_date >= '2026-06-01' AND p.start_date <= :today") == {"DEV-1"}
    since = ask(world, "How many projects were finished since the start of May?")
    assert since.result["count"] == one(
        world, "SELECT count(*) FROM projects p JOIN statuses st ON st.id = p.status_id "
               "WHERE st.code = 'done' AND p.completed_at >= '2026-05-01' "
               "AND p.completed_at < '2026-06-18'") == 2


def test_someone_elses_request_a_meaning_clause_and_led_by(world):
    cancelled = ask(world, "Finance wants the write-off list: which projects ended up cancelled?")
    assert set(cancelled.result["items"]) == keys(world, "st.code = 'cancelled'") == {"PAY-5"}
    parked = ask(world, "How many Payments projects have we parked, meaning on hold or "
                        "cancelled?")
    assert parked.result["count"] == len(keys(
        world, "f.name = 'Payments' AND st.code IN ('on_hold', 'cancelled')")) == 2
    led = ask(world, "List the projects led by Nadia Petrov that haven't finished.")
    assert set(led.result["items"]) == keys(world, f"p.owner = 'Nadia Petrov' AND {OPEN}")
    not_late = ask(world, "Of the open projects not yet past due, which one has the closest "
                          "deadline?")
    assert not_late.kind == "answer"
    with world() as s:
        soonest = s.execute(text(
            "SELECT p.key FROM projects p JOIN statuses st ON st.id = p.status_id WHERE "
            f"{OPEN} AND p.due_date >= :today ORDER BY p.due_date LIMIT 1"),
            {"today": TODAY}).scalar_one()
    assert not_late.result["items"] == [soonest] and soonest == "PAY-2"


def test_the_most_loaded_of_a_pages_team(world):
    answer = ask(world, "who on this team is the most stretched this week", page="/projects/DEV-1")
    assert answer.kind == "answer"
    team = team_of(world, "p.key = 'DEV-1'")
    loads = {n: peak_load(world, n, "2026-06-15", "2026-06-21") for n in team}
    best = sorted(loads, key=lambda n: (-loads[n], n))
    assert set(best) == {"Tom Berg", "Ada Stone"}
    assert answer.result["items"] == best[:1]  # "who … is the most": the one person
    two = ask(world, "the 2 most stretched people on this team this week", page="/projects/DEV-1")
    assert two.result["items"] == best
    assert "Ben Cole" not in answer.text  # the most loaded overall, but not on DEV-1's team


def test_scheduled_to_finish_rates_and_reported_bugs(world):
    july = ask(world, "Which open projects are scheduled to finish in July?")
    assert july.kind == "answer"
    assert set(july.result["items"]) == keys(
        world, f"{OPEN} AND p.due_date >= '2026-07-01' AND p.due_date <= '2026-07-31'") \
        == {"DEV-2"}
    assert ask(world, "What is Tom Berg's hourly rate?").kind == "refuse"
    assert ask(world, "how many production bugs were reported last month").kind == "refuse"
    due = ask(world, "whn is PAY-2 dew")
    assert due.kind == "answer" and "25 Jun 2026" in due.text
    team = ask(world, "¿Quién trabaja ahora mismo en PAY-1?")
    assert team.kind == "answer" and set(team.result["items"]) == team_of(world, "p.key = 'PAY-1'")


def test_a_lower_case_name_read_as_nothing_is_asked_back_with_the_name(world):
    """"does devices have", "is tom free": a portfolio or a first name typed in lower case where
    no filter is expected would be dropped; the copilot asks back, and the choice naming it
    answers with the filter."""
    dropped = ask(world, "How many late projects does devices have")
    assert dropped.kind == "clarify" and "Devices" in dropped.choices
    named = ask(world, dropped.rewrites[dropped.choices.index("Devices")])
    assert named.kind == "answer" and named.result["count"] == len(keys(
        world, f"{OPEN} AND f.name = 'Devices' AND p.due_date < :today"))
    tom = ask(world, "how loaded is tom this week")
    assert tom.kind == "clarify" and {"Tom Berg", "Tom Quist"} <= set(tom.choices)
    # a sentence about the asker does not turn a date question into a team question
    due = ask(world, "I'm new on the team and still finding my way. due date for PAY-2")
    assert due.kind == "answer" and "25 Jun 2026" in due.text


def test_a_question_typed_without_capitals_names_its_portfolio(world):
    """All in lower case, "devices" is the portfolio (capitals say nothing there); a list the
    question narrows by words no tool takes is asked back, not answered with every project."""
    late = ask(world, "how many late projects does devices have")
    assert late.kind == "answer" and late.result["count"] == len(keys(
        world, f"{OPEN} AND f.name = 'Devices' AND p.due_date < :today"))
    listed = ask(world, "open payments projects pls")
    assert listed.kind == "answer" and set(listed.result["items"]) == keys(
        world, f"{OPEN} AND f.name = 'Payments'")
    grown = ask(world, "which projects show scope growth")
    assert grown.kind == "clarify" and "scope growth" in grown.text


def test_skill_aliases_plural_roles_on_a_project_and_this_project_with_no_page(db):
    """"machine learning" is the ml skill; "QA engineers on PAY-1" is the role on that
    project's team; "this project" asked from no project's page is asked back."""
    with db.begin() as s:
        pay = add_portfolio(s, "Payments")
        pay1 = add_project(s, "PAY-1", pay, name="Checkout redesign")
        for name, role, skills in (("Ada Stone", "QA engineer", ["testing"]),
                                   ("Ben Cole", "QA engineer", ["ml"]),
                                   ("Cleo Park", "ML engineer", ["ml", "python"])):
            allocate(s, add_resource(s, name, skills=skills, role=role), pay1, 0.5)
        refresh_skill_supply(s.connection())
    with db() as s:
        ml = s.execute(text("SELECT count(*) FROM resources WHERE CAST(skills AS TEXT) "
                            "LIKE '%\"ml\"%'")).scalar_one()
        qa_on_pay1 = set(s.execute(text(
            "SELECT r.name FROM resources r JOIN allocations a ON a.resource_id = r.id "
            "JOIN projects p ON p.id = a.project_id WHERE p.key = 'PAY-1' "
            "AND r.role = 'QA engineer'")).scalars())
    counted = ask(db, "How many people can do machine learning work?")
    assert counted.kind == "answer" and counted.result["count"] == ml == 2
    qa = ask(db, "Which QA engineers are working on PAY-1?")
    assert qa.kind == "answer" and set(qa.result["items"]) == qa_on_pay1 == {"Ada Stone",
                                                                             "Ben Cole"}
    assert ask(db, "who is on this project").kind == "clarify"


def test_a_misspelt_period_and_a_role_clause_about_the_asker(world):
    """"the next forntight" is read as corrected (was: no period at all, every open project);
    "As the new resource manager here," says who asks, not which people or page."""
    fortnight = ask(world, "which open projects are due over the next forntight")
    end = TODAY + dt.timedelta(days=13)
    assert fortnight.kind == "answer" and set(fortnight.result["items"]) == keys(
        world, f"{OPEN} AND p.due_date >= :today AND p.due_date <= '{end.isoformat()}'")
    late = ask(world, "As the new resource manager here, which projects are late?")
    assert late.kind == "answer" and set(late.result["items"]) == keys(
        world, f"{OPEN} AND p.due_date < :today")


def test_a_pages_team_ranked_by_the_open_items_assigned_to_each(world):
    """"who on this team has the most open items" ranks the project's team by the work items
    assigned to each across all their projects (was: the team list, unranked)."""
    with world.begin() as s:
        ids = dict(s.execute(text("SELECT name, id FROM resources")).all())
        items = s.execute(text("SELECT id FROM work_items ORDER BY id")).scalars().all()
        for item, name in zip(items, ["Ben Cole", "Ben Cole", "Ada Stone", "Ben Cole"],
                              strict=False):
            s.execute(text("UPDATE work_items SET assignee_id = :r WHERE id = :i"),
                      {"r": ids[name], "i": item})
    with world() as s:
        counts = dict(s.execute(text(
            "SELECT r.name, count(*) FROM work_items w JOIN resources r ON r.id = w.assignee_id "
            "JOIN allocations a ON a.resource_id = r.id JOIN projects p ON p.id = a.project_id "
            "WHERE p.key = 'PAY-1' AND w.status <> 'done' AND a.period_start <= :today "
            "AND a.period_end >= :today GROUP BY r.name"), {"today": TODAY}).all())
    top = max(counts, key=lambda n: counts[n])
    answer = ask(world, "who on this team has the most open items?", "/projects/PAY-1")
    assert answer.kind == "answer" and answer.result["items"] == [top]


def test_owners_of_a_set_both_counts_of_two_named_portfolios_and_the_team_on_a_page(world):
    """"Who are the owners of the late projects?" lists owners (was: the projects); "which
    portfolio has more late projects, Payments or Devices?" gives both counts (was: the winner
    alone); on a project's page "the team" is that project's team."""
    owners = ask(world, "Who are the owners of the late projects?")
    with world() as s:
        late_owners = set(s.execute(text(
            "SELECT DISTINCT p.owner FROM projects p JOIN statuses st ON st.id = p.status_id "
            f"WHERE {OPEN} AND p.due_date < :today AND p.owner IS NOT NULL"),
            {"today": TODAY}).scalars())
    assert owners.kind == "answer" and set(owners.result["items"]) == late_owners \
        == {"Nadia Petrov"}
    both = ask(world, "Which portfolio has more late projects, Payments or Devices?")
    assert both.kind == "answer" and both.result["groups"] == {
        "Payments": len(keys(world, f"{OPEN} AND f.name = 'Payments' AND p.due_date < :today")),
        "Devices": len(keys(world, f"{OPEN} AND f.name = 'Devices' AND p.due_date < :today"))}
    team = ask(world, "who is on the team?", "/projects/PAY-1")
    assert team.kind == "answer" and set(team.result["items"]) == team_of(world,
                                                                          "p.key = 'PAY-1'")
