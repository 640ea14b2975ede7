"""Questions become typed plans: subject, filters, periods and measure as tool calls, names
resolved (typos included) in the viewer's scope; clarifications and refusals instead of guesses.

The router replaced the keyword intents (late_projects, find_projects, throughput...): these
cases are written for the plan's tools, in managers' words.
"""

from __future__ import annotations

import pytest

from data.rollups import refresh_skill_supply
from data.scope import Scope
from models.copilot.resolve import Vocabulary
from models.copilot.router import route
from tests.factories import TODAY, add_portfolio, add_project, add_resource


@pytest.fixture
def vocab(db):
    with db.begin() as s:
        payments, growth = add_portfolio(s, "Payments"), add_portfolio(s, "Growth")
        add_portfolio(s, "Data Platform")
        add_project(s, "PAY-1", payments, name="Checkout redesign")
        add_project(s, "PAY-2", payments, name="Card processor migration")
        add_project(s, "GRO-1", growth, name="Nimbus pricing experiment")
        add_project(s, "GRO-2", growth, name="Vega pricing experiment")
        add_resource(s, "Hugo Lopez", skills=["kubernetes", "python"])
        add_resource(s, "Sam King", skills=["python"])
        add_resource(s, "Sam Brown", skills=["sql"])
        refresh_skill_supply(s.connection())
    with db() as s:
        yield Vocabulary.load(s, Scope.everything())


OPEN = {"status": ["open"]}
CASES = [
    # counts and lists with every kind of filter
    ("How many open projects do we have?", None,
     ("projects", {**OPEN, "measure": "count"})),
    ("Which critical projects in Payments are overdue?", None,
     ("projects", {"health": ["late"], "priority": ["critical"], "portfolio": ["Payments"]})),
    ("How many projects haven't kicked off yet?", None,
     ("projects", {"status": ["proposed"], "measure": "count"})),
    ("Which projects aren't done yet?", None, ("projects", OPEN)),
    ("Which projects does Hugo Lopez own?", None, ("projects", {"owner": ["Hugo Lopez"]})),
    # periods, anchored on today (Wednesday 17 June 2026)
    ("What's due in the next 10 days?", None,
     ("projects", {**OPEN, "due_from": "2026-06-17", "due_to": "2026-06-26"})),
    ("How many projects did we finish last month?", None,
     ("projects", {"completed_from": "2026-05-01", "completed_to": "2026-05-31",
                   "measure": "count"})),
    ("Which open projects are due in Q3?", None,
     ("projects", {**OPEN, "due_from": "2026-07-01", "due_to": "2026-09-30"})),
    ("How many open projects are due by end of year?", None,
     ("projects", {**OPEN, "due_from": "2026-06-17", "due_to": "2026-12-31",
                   "measure": "count"})),
    ("Which projects became late in the last two weeks?", None,
     ("projects", {"health": ["late"], "due_from": "2026-06-03", "due_to": "2026-06-16"})),
    ("How many work items were finished since Monday?", None,
     ("work_items", {"event": "done", "measure": "count", "start": "2026-06-15",
                     "end": "2026-06-17"})),
    ("How many story points did Growth deliver in the coming fortnight?", None,
     ("work_items", {"portfolio": ["Growth"], "event": "done", "measure": "points",
                     "start": "2026-06-17", "end": "2026-06-30"})),
    # rankings and comparisons
    ("Which 3 projects are the most overdue?", None,
     ("rank_projects", {"health": ["late"], "by": "days_overdue", "k": 3})),
    ("Which project in Growth is most likely to miss its deadline?", None,
     ("rank_projects", {"portfolio": ["Growth"], "by": "p_on_time", "k": 1})),
    ("Which portfolio has the most open projects?", None,
     ("rank_groups", {**OPEN, "group": "portfolio", "k": 1, "order": "desc"})),
    ("Payments vs Growth: how many late projects each?", None,
     ("count_projects_by", {"health": ["late"], "portfolio": ["Payments", "Growth"],
                            "by": "portfolio", "only": ["Payments", "Growth"]})),
    ("Open projects by priority, please", None,
     ("count_projects_by", {**OPEN, "by": "priority"})),
    # people, skills, forecasts and causes, typos included
    ("who knows kubernets", None, ("people", {"measure": "list", "skills": ["kubernetes"]})),
    ("What is Hugo Lopze working on?", None, ("person_work", {"person": "Hugo Lopez"})),
    ("Who is over-allocated next month?", None,
     ("people", {"measure": "list", "over_allocated": True, "start": "2026-07-01",
                 "end": "2026-07-31"})),
    ("What are the odds that the Checkout redesgin ships on time?", None,
     ("project_forecast", {"project_key": "PAY-1", "field": "p_on_time"})),
    ("When will pay-1 most likely be done?", None,
     ("project_forecast", {"project_key": "PAY-1", "field": "p50_date"})),
    ("Why is this project behind?", "/projects/PAY-2", ("why", {"project_key": "PAY-2"})),
    ("how many late projects in Paymnets?", None,
     ("projects", {"health": ["late"], "portfolio": ["Payments"], "measure": "count"})),
    ("Which checkout projects are late?", None,
     ("projects", {"health": ["late"], "search": "checkout"})),
    ("How many projects have no due date?", None,
     ("projects", {"no_due_date": True, "measure": "count"})),
    ("What is due between now and the end of next month?", None,
     ("projects", {**OPEN, "due_from": "2026-06-17", "due_to": "2026-07-31"})),
    ("Who has more open projects: Hugo Lopez or Sam King?", None,
     ("count_projects_by", {**OPEN, "by": "owner", "only": ["Hugo Lopez", "Sam King"]})),
    # chat shorthand and typos of the phone: "mo" is a month, "onw" own, "stauts" status
    ("how many projs did we finish last mo", None,
     ("projects", {"completed_from": "2026-05-01", "completed_to": "2026-05-31",
                   "measure": "count"})),
    ("which open projs does hugo lopez onw", None,
     ("projects", {**OPEN, "owner": ["Hugo Lopez"]})),
    ("stauts of checkout redesign", None, ("project_status", {"project_key": "PAY-1"})),
    ("how many lates projects in payments", None,
     ("projects", {"health": ["late"], "portfolio": ["Payments"], "measure": "count"})),
    ("priorty of card processor migration", None,
     ("project_field", {"project_key": "PAY-2", "field": "priority"})),
    ("who works here?", "/projects/PAY-2", ("project_team", {"project_key": "PAY-2"})),
    ("wer arbeitet hier mit?", "/projects/PAY-2", ("project_team", {"project_key": "PAY-2"})),
    ("Payments review in an hour. Which projects are late?", None,  # not hours worked
     ("projects", {"health": ["late"], "portfolio": ["Payments"]})),
    ("What made this project slip?", "/projects/PAY-2", ("why", {"project_key": "PAY-2"})),
    # in everyday words (people outside the project office)
    ("How many unfinished projects are supposed to be delivered by the end of June?", None,
     ("projects", {**OPEN, "due_from": "2026-06-17", "due_to": "2026-06-30",
                   "measure": "count"})),
    ("Which Payments projects are in trouble?", None,
     ("projects", {"health": ["late", "at_risk"], "portfolio": ["Payments"]})),
    ("What is the Payments side working on at the moment?", None,
     ("projects", {"status": ["active"], "portfolio": ["Payments"]})),
    ("Which group has the most projects in trouble?", None,
     ("rank_groups", {"health": ["late", "at_risk"], "group": "portfolio", "k": 1,
                      "order": "desc"})),
    ("Who could help out next week?", None,
     ("people", {"measure": "list", "free": True, "start": "2026-06-22",
                 "end": "2026-06-28"})),
    ("How much work has been added to the Growth projects since the start of the quarter?",
     None, ("scope_added", {"portfolio": ["Growth"], "start": "2026-04-01",
                            "end": "2026-06-17"})),
    ("How many unfinished projects are expected to make their deadline?", None,
     ("projects", {**OPEN, "p_at_least": 0.5, "measure": "count"})),
    ("Which 3 projects are least likely to make their date?", None,  # a ranking, no band
     ("rank_projects", {"by": "p_on_time", "k": 3})),
    ("How many open projects have at least even odds of finishing on time?", None,
     ("projects", {**OPEN, "p_at_least": 0.5, "measure": "count"})),
    ("which project is closest to being done", None,  # not one already done
     ("rank_projects", {**OPEN, "by": "progress", "k": 1})),
    ("what are we actually building for Payments right now", None,
     ("projects", {"status": ["active"], "portfolio": ["Payments"]})),
    ("How much work did the Growth team get done last month, in points?", None,
     ("work_items", {"portfolio": ["Growth"], "event": "done", "measure": "points",
                     "start": "2026-05-01", "end": "2026-05-31"})),
    ("Of the projects that haven't missed their date yet, which one is least likely to make "
     "it?", None, ("rank_projects", {"health": ["at_risk", "on_track"], "by": "p_on_time",
                                     "k": 1})),
    ("who's the busiest person on this team this week?", "/projects/PAY-1",
     ("rank_people", {"k": 1, "works_on": "PAY-1", "start": "2026-06-15",
                      "end": "2026-06-21"})),
    ("Sam King is back in July. How much is he already booked for that month?", None,
     ("person_load", {"people": ["Sam King"], "start": "2026-07-01", "end": "2026-07-31"})),
    ("Is anything due this week that's not done yet? Just want a heads-up before I talk to "
     "customers.", None, ("projects", {**OPEN, "due_from": "2026-06-15",
                                       "due_to": "2026-06-21"})),
    ("Which 3 open projects have the nearest deadlines (not the ones already overdue)?", None,
     ("rank_projects", {**OPEN, "health": ["at_risk", "on_track"], "by": "due_soonest",
                        "k": 3})),
    ("no. of proposed projs (not kicked off yet)", None,  # the bracket says what it means
     ("projects", {"status": ["proposed"], "measure": "count"})),
    ("How many projects are finished, in progress, paused, not started and cancelled? One "
     "line each is fine.", None,
     ("count_projects_by", {"status": ["done", "active", "on_hold", "proposed", "cancelled"],
                            "by": "status",
                            "only": ["Done", "Active", "On hold", "Proposed", "Cancelled"]})),
    ("which projects are not done or cancelled?", None,
     ("projects", {"status": ["proposed", "active", "on_hold"]})),
    ("I'm new - what are the different areas projects are grouped into?", None,
     ("portfolios_having", {"having": "all"})),
    ("Which of our python people have no projects at all next week?", None,
     ("people", {"measure": "list", "skills": ["python"], "free": True,
                 "start": "2026-06-22", "end": "2026-06-28"})),
    ("Which of the Payments projects are on course to finish on time?", None,
     ("projects", {"portfolio": ["Payments"], "p_at_least": 0.5})),
    ("How many projects haven't been finished or called off yet?", None,
     ("projects", {"status": ["proposed", "active", "on_hold"], "measure": "count"})),
    ("How much of Sam King's time is spoken for next month?", None,
     ("person_load", {"people": ["Sam King"], "start": "2026-07-01", "end": "2026-07-31"})),
    ("Which python people have no work lined up next week?", None,
     ("people", {"measure": "list", "skills": ["python"], "free": True,
                 "start": "2026-06-22", "end": "2026-06-28"})),
    ("How many tasks were added on top of the original plan in the last 30 days?", None,
     ("scope_added", {"start": "2026-05-19", "end": "2026-06-17"})),
    ("How many written progress updates were filed this month?", None,
     ("documents", {"kind": "status_note", "start": "2026-06-01", "end": "2026-06-30"})),
    ("Who is on the team of PRJ-1?", None, None),  # an unknown key: refused below
]


@pytest.mark.parametrize(("question", "page", "call"), CASES[:-1], ids=[c[0] for c in CASES[:-1]])
def test_questions_become_plans(vocab, question, page, call):
    key = page.rsplit("/", 1)[-1] if page else None
    plan = route(question, vocab, TODAY, key)
    assert plan.kind == "answer", plan.message
    assert plan.calls == [call]
    assert plan.interpretation.endswith("as of 17 Jun 2026") or "(read" in plan.interpretation


def test_two_readings_make_a_clarification_with_choices(vocab):
    plan = route("What's the status of the pricing experiment?", vocab, TODAY)
    assert plan.kind == "clarify" and plan.calls == []
    assert plan.choices == ["GRO-1 Nimbus pricing experiment", "GRO-2 Vega pricing experiment"]
    assert plan.rewrites[0] == "What's the status of the GRO-1?"
    people = route("What is Sam working on?", vocab, TODAY)
    assert people.kind == "clarify" and people.choices == ["Sam Brown", "Sam King"]
    assert people.rewrites == ["What is Sam Brown working on?", "What is Sam King working on?"]
    # the page settles it
    on_page = route("When will the pricing experiment finish?", vocab, TODAY, "GRO-2")
    assert on_page.kind == "answer" and on_page.calls[0][1]["project_key"] == "GRO-2"


def test_a_filter_word_that_names_nothing_is_asked_back(vocab):
    plan = route("How many projects are in Fnance?", vocab, TODAY)
    assert plan.kind == "clarify" and "Fnance" in plan.message
    assert route("Which projects does Zorro own?", vocab, TODAY).kind == "clarify"


def test_words_not_understood_are_asked_about_rather_than_dropped(vocab):
    everything = route("Which projects are on the moon?", vocab, TODAY)
    assert everything.kind == "clarify" and "“moon”" in everything.message
    assert "Which projects are late?" in everything.rewrites
    about = route("Who approved PAY-1?", vocab, TODAY)
    assert about.kind == "clarify" and about.rewrites[0] == "What is the status of PAY-1?"


def test_how_to_reach_someone_is_refused_not_answered_with_their_work(vocab):
    plan = route("What's Sam King's email address? I'd like to say hello.", vocab, TODAY)
    assert plan.kind == "refuse" and "email addresses" in plan.message
    assert route("can you email me the late projects?", vocab, TODAY).kind == "answer"


def test_what_the_data_does_not_hold_is_refused(vocab):
    for question in ("What's the total budget of Payments?", "What is Hugo Lopez's salary?",
                     "Who is on vacation next week?", "Where is the coffee machine?",
                     "Which customers complained last week?", "Who is on the team of PRJ-1?"):
        plan = route(question, vocab, TODAY)
        assert plan.kind == "refuse" and plan.calls == [], question
        assert "I can answer" in plan.message or "No project" in plan.message


def test_other_languages_get_an_honest_notice_and_their_entities(vocab):
    glossed = route("Wie viele Projekte sind verspätet?", vocab, TODAY)  # read word by word
    assert glossed.kind == "answer" and glossed.language == "de"
    assert "English" in glossed.message and "“how many projects are late?”" in glossed.message
    assert glossed.calls == [("projects", {"health": ["late"], "measure": "count"})]
    italian = route("Quanti progetti sono in ritardo?", vocab, TODAY)  # read word by word too
    assert italian.kind == "answer" and italian.language == "it"
    assert italian.calls == glossed.calls
    plain = route("Quanti progetti sono bloccati dal fornitore?", vocab, TODAY)  # not glossable
    assert plain.kind == "refuse" and "English" in plain.message and plain.language == "it"
    keyed = route("Quel est le statut de PAY-1 ?", vocab, TODAY)
    assert keyed.kind == "answer" and keyed.calls == [("project_status",
                                                       {"project_key": "PAY-1"})]
    assert "English" in keyed.message


def test_names_outside_the_scope_are_not_recognised(db, vocab):
    with db() as s:
        nothing = Vocabulary.load(s, Scope.of())
    plan = route("How is the checkout redesign in Payments doing?", nothing, TODAY)
    assert plan.project_keys == [] and all("PAY-1" not in str(c) for c in plan.calls)
    assert route("How is the checkout redesign doing?", vocab, TODAY).calls == [
        ("project_status", {"project_key": "PAY-1"})]
