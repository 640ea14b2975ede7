"""The copilot's tools on SQLite and PostgreSQL: exact against the test's own SQL, scoped to the
viewer, arguments validated."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from data import insights, queries
from data.filters import ProjectFilters
from data.rollups import refresh_rollups, refresh_skill_supply
from data.schema import Document, Portfolio, ProjectForecast, ProjectSnapshot
from data.scope import Scope
from models.copilot import toolbox, tools
from models.copilot.retrieval import DocumentIndex
from models.copilot.validation import validate
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

EVERYTHING = Scope.everything()


@pytest.fixture
def world(db):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        late = add_project(s, "A-1", alpha, due=dt.date(2026, 5, 1), name="Battery remote")
        risky = add_project(s, "A-2", alpha, start=dt.date(2026, 1, 1),
                            due=dt.date(2026, 7, 1), priority="critical")
        add_project(s, "A-3", alpha, status="done", due=dt.date(2026, 3, 1),
                    completed_at=dt.datetime(2026, 6, 2))
        secret = add_project(s, "B-1", beta, due=dt.date(2026, 4, 1), name="Rocket")
        add_item(s, late, status="done", points=5, done_at=dt.datetime(2026, 6, 15, 12),
                 skill="python")
        add_item(s, late, points=3, skill="python")
        add_item(s, risky, status="done", points=1, done_at=dt.datetime(2026, 6, 1, 9))
        add_item(s, risky, points=9, skill="sql")
        add_item(s, secret, status="done", points=8, done_at=dt.datetime(2026, 6, 16))
        ann = add_resource(s, "Ann Lee", skills=["python", "sql"])
        bob = add_resource(s, "Bob Stone", skills=["python"])
        add_resource(s, "Cy Free", skills=["sql"])
        allocate(s, ann, late, 0.7, dt.date(2026, 7, 1), dt.date(2026, 7, 15))
        allocate(s, ann, risky, 0.6, dt.date(2026, 6, 1), dt.date(2026, 8, 31))
        # Bob: 0.6 + 0.6 in July but never on the same day; with the Rocket he is over
        allocate(s, bob, late, 0.6, dt.date(2026, 7, 1), dt.date(2026, 7, 10))
        allocate(s, bob, risky, 0.6, dt.date(2026, 7, 11), dt.date(2026, 7, 31))
        allocate(s, bob, secret, 0.9, dt.date(2026, 6, 1), dt.date(2026, 7, 31))
        for day, scope_points, added, team in ((dt.date(2026, 5, 1), 6, 0, 3),
                                               (dt.date(2026, 6, 1), 10, 2, 3),
                                               (dt.date(2026, 6, 16), 10, 1, 1)):
            s.add(ProjectSnapshot(project_id=risky.id, day=day, scope_points=scope_points,
                                  done_points=1, items_added=added, team_size=team))
        s.add(Document(project_id=late.id, kind="meeting_minutes", title="Kick-off",
                       body="PM: we decided the battery will be lithium.\nUI: big buttons.",
                       created_at=dt.datetime(2026, 5, 1)))
        s.add(Document(project_id=late.id, kind="meeting_minutes", title="Review",
                       body="Attendees: PM, UI.\nPM: we decided to drop the solar panel.\n"
                            "Next: order parts.", created_at=dt.datetime(2026, 6, 1)))
        s.add(Document(project_id=secret.id, kind="status_note", title="Secret",
                       body="The rocket battery budget is five million.",
                       created_at=dt.datetime(2026, 6, 16)))
        refresh_rollups(s.connection())
        refresh_skill_supply(s.connection())  # what the app does after writing people
        ids = {"alpha": alpha.id, "beta": beta.id}
    return db, ids


def run(session, name, args=None, scope=EVERYTHING, index=None):
    return toolbox.call(name, args or {}, tools.ToolContext(session, scope, TODAY, index))


def sql(session, statement, **params):
    return session.execute(text(statement), params).all()


def count_sql(session, where, **params):
    return sql(session, f"""
        SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id
        JOIN priorities r ON r.id = p.priority_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE {where}""", **params)[0][0]


def test_projects_count_and_list_as_the_sql_says(world):
    db, ids = world
    with db() as s:
        cases = [
            ({"status": ["open"]}, "NOT s.is_closed"),
            ({"status": ["closed"]}, "s.is_closed"),
            ({"portfolio": ["alpha"], "status": ["active"]}, "f.name = 'Alpha' AND s.code = "
                                                             "'active'"),
            ({"priority": ["critical"]}, "r.code = 'critical'"),
            ({"health": ["late"]}, "NOT s.is_closed AND p.due_date < :today"),
            ({"due_from": "2026-06-17", "due_to": "2026-07-16"},
             "p.due_date BETWEEN :today AND :later"),
            ({"completed_from": "2026-06-01", "completed_to": "2026-06-30"},
             "s.code = 'done' AND p.completed_at >= :june"),
            ({"keys": ["a-1", "B-1"]}, "p.key IN ('A-1', 'B-1')"),
        ]
        for args, where in cases:
            result = run(s, "projects", {**args, "measure": "count"})
            want = count_sql(s, where, today=TODAY, later=dt.date(2026, 7, 16),
                             june=dt.datetime(2026, 6, 1))
            assert result.result["count"] == want and len(result.result["items"]) == want, args
        late = run(s, "projects", {"health": ["late"]})
        assert late.result["items"] == ["B-1", "A-1"]  # by due date
        assert late.text.startswith("**2 late projects**") and "77 days late" in late.text
        scoped = run(s, "projects", {"health": ["late"]}, Scope.of(ids["alpha"]))
        assert scoped.result["items"] == ["A-1"] and "B-1" not in scoped.text
        assert run(s, "projects", {"portfolio": ["Beta"]}, Scope.of(ids["alpha"])
                   ).result["count"] == 0  # a portfolio the viewer may not see matches nothing


def test_at_risk_count_is_the_kpi_and_the_health_count(world):
    db, ids = world
    with db() as s:
        for scope in (EVERYTHING, Scope.of(ids["alpha"]), Scope.of(ids["beta"])):
            answer = run(s, "projects", {"health": ["at_risk"], "measure": "count"}, scope)
            kpi = queries.overview_kpis(s, scope, TODAY).at_risk
            assert answer.result["count"] == kpi == queries.health_counts(s, scope,
                                                                          TODAY)["at_risk"]
        assert run(s, "projects", {"health": ["at_risk"]}).result["items"] == ["A-2"]


def test_rankings_follow_their_measure(world):
    db, _ids = world
    with db() as s:
        assert run(s, "rank_projects", {"by": "days_overdue", "k": 5}).result["items"] == [
            "B-1", "A-1"]
        ranked = run(s, "rank_projects", {"by": "open_items", "k": 2}).result["items"]
        assert set(ranked) == {"A-1", "A-2"}  # one open item each; the others have none
        assert run(s, "rank_projects", {"by": "remaining_points", "k": 1}).result["items"] == [
            "A-2"]  # 9 points left against A-1's 3
        assert run(s, "rank_projects", {"by": "due_soonest", "k": 1}).result["items"] == ["A-2"]
        top = run(s, "rank_groups", {"group": "portfolio", "health": ["late"], "k": 2})
        assert top.result["items"] == ["Alpha", "Beta"] and top.result["groups"] == {
            "Alpha": 1, "Beta": 1}
        none = run(s, "portfolios_having", {"health": ["at_risk"], "having": "none"})
        assert none.result["items"] == ["Beta"]


def test_groups_count_every_group(world):
    db, _ids = world
    with db() as s:
        by = run(s, "count_projects_by", {"by": "portfolio", "health": ["late"]})
        assert by.result["groups"] == {"Alpha": 1, "Beta": 1}
        status = run(s, "count_projects_by", {"by": "status"}).result["groups"]
        want = dict(sql(s, "SELECT s.label, count(p.id) FROM statuses s LEFT JOIN projects p "
                           "ON p.status_id = s.id GROUP BY s.label"))
        assert status == want
        only = run(s, "count_projects_by", {"by": "portfolio", "only": ["beta", "Gamma"]})
        assert only.result["groups"] == {"Beta": 1, "Gamma": 0}
        health = run(s, "count_projects_by", {"by": "health", "status": ["open"]})
        assert health.result["groups"] == {"On track": 0, "At risk": 1, "Late": 2, "Closed": 0}


def test_people_tools_are_exact_and_scoped(world):
    db, ids = world
    alpha = Scope.of(ids["alpha"])
    with db() as s:
        team = run(s, "project_team", {"project_key": "A-2"})  # allocations covering today
        assert team.result["items"] == ["Ann Lee"]
        work = run(s, "person_work", {"person": "Bob Stone"})
        assert work.result["items"] == ["B-1"]
        assert run(s, "person_work", {"person": "Bob Stone"}, alpha).result["items"] == []
        july = {"start": "2026-07-01", "end": "2026-07-31"}
        over = run(s, "people", {"over_allocated": True, **july})
        assert over.result["items"] == ["Bob Stone", "Ann Lee"]  # 150 % and 130 % at peak
        # in Alpha's scope Bob's Rocket allocation is invisible: 0.6 + 0.6 never overlap
        assert run(s, "people", {"over_allocated": True, **july}, alpha).result["items"] == [
            "Ann Lee"]
        load = run(s, "person_load", {"people": ["Bob Stone"], **july})
        assert load.result["value"] == pytest.approx(1.5)
        both = run(s, "person_load", {"people": ["Ann Lee", "Bob Stone"], **july})
        assert both.result["groups"] == pytest.approx({"Ann Lee": 1.3, "Bob Stone": 1.5})
        free = run(s, "people", {"free": True, "start": "2026-06-15", "end": "2026-06-21"})
        assert free.result["items"] == ["Cy Free"]
        skilled = run(s, "people", {"skills": ["PYTHON", "sql"], "measure": "count"})
        assert skilled.result == {"subject": "people", "count": 1, "items": ["Ann Lee"]}
        # a limited viewer sees the people allocated to its projects only
        assert run(s, "people", {"skills": ["sql"]}, Scope.of(ids["beta"])).result[
            "items"] == []
        ranked = run(s, "rank_people", {"k": 2, **july})
        assert ranked.result["items"] == ["Bob Stone", "Ann Lee"]
        skills = run(s, "person_skills", {"person": "Ann Lee"})
        assert skills.result["items"] == ["python", "sql"]
        supply = run(s, "skills", {"by": "people", "only": ["python", "sql"]})
        assert supply.result["groups"] == {"python": 2, "sql": 2}
        demand = run(s, "skills", {"by": "demand", "k": 1})
        assert demand.result["items"] == ["python"]  # one open item needs python, one sql
        assert demand.result["groups"] == {"python": 1}


def test_changes_over_a_period(world):
    db, ids = world
    with db() as s:
        week = {"start": "2026-06-15", "end": "2026-06-21"}
        done = run(s, "work_items", {"event": "done", **week})
        want = sql(s, "SELECT count(*), sum(story_points) FROM work_items WHERE done_at >= :a "
                      "AND done_at < :b", a=dt.datetime(2026, 6, 15), b=dt.datetime(2026, 6, 22))
        assert (done.result["count"], done.data["points"]) == tuple(want[0])
        points = run(s, "work_items", {"event": "done", "measure": "points", **week},
                     Scope.of(ids["alpha"]))
        assert points.result["value"] == 5  # the Rocket's 8 points are not the viewer's
        added = run(s, "scope_added", {"start": "2026-06-01", "end": "2026-06-30"})
        assert added.result["value"] == 3
        assert run(s, "scope_added", {"start": "2026-06-01", "end": "2026-06-30",
                                      "keys": ["A-1"]}).result["value"] == 0
        docs = run(s, "documents", {"kind": "meeting_minutes", "keys": ["A-1"]})
        assert docs.result["count"] == 2
        assert run(s, "documents", {"start": "2026-06-16", "end": "2026-06-17"},
                   Scope.of(ids["alpha"])).result["count"] == 0


def test_why_names_causes_with_their_numbers(world):
    db, ids = world
    with db() as s:
        why = run(s, "why", {"project_key": "A-2"})
        assert why.result["items"] == ["A-2"]
        assert "3 work items added" in why.text and "scope grew by 4 points (+67%)" in why.text
        assert "from 3 to 1 people" in why.text
        assert run(s, "why", {"project_key": "B-1"}, Scope.of(ids["alpha"])).error == \
            "not_found"


def test_forecasts_however_asked(world):
    db, ids = world
    with db.begin() as s:
        a2 = s.execute(text("SELECT id FROM projects WHERE key = 'A-2'")).scalar_one()
        s.add(ProjectForecast(project_id=a2, method="classifier", p_on_time=0.2,
                              mc_p_on_time=0.2, p50_date=dt.date(2026, 8, 1),
                              p85_date=dt.date(2026, 9, 1), p95_date=dt.date(2026, 9, 20),
                              drivers=[{"feature": "scope_vs_team", "value": 1.8,
                                        "label": "Scope ÷ usual delivery", "effect": -0.18}],
                              as_of=TODAY))
    with db() as s:
        chance = run(s, "project_forecast", {"project_key": "a-2"})
        assert chance.result["value"] == 0.2 and "20%" in chance.text
        assert run(s, "project_forecast", {"project_key": "A-2", "field": "p50_date"}
                   ).result["value"] == "2026-08-01"
        assert run(s, "project_forecast", {"project_key": "A-2", "field": "p85_date"}
                   ).result["value"] == "2026-09-01"
        assert run(s, "project_forecast", {"project_key": "A-1"}).error == "not_found"
        assert run(s, "project_forecast", {"project_key": "A-2"},
                   Scope.of(ids["beta"])).error == "not_found"
        risks = run(s, "forecast_risks")
        assert risks.result["items"] == ["A-2"]  # its driver in the project page's words
        assert "Scope is 1.8× what this portfolio usually delivers: −18 points" in risks.text
        due = run(s, "project_field", {"project_key": "A-2", "field": "due_date"})
        assert due.result["value"] == "2026-07-01"
        progress = run(s, "project_field", {"project_key": "A-1", "field": "progress"})
        assert progress.result["value"] == 0.625  # 5 of 8 points
        owner = run(s, "project_field", {"project_key": "A-1", "field": "owner"})
        assert owner.result == {"subject": "owners", "count": 1, "items": ["Ada"]}
        level = s.execute(text("SELECT r.label FROM projects p JOIN priorities r ON r.id = "
                               "p.priority_id WHERE p.key = 'A-1'")).scalar_one()
        priority = run(s, "project_field", {"project_key": "A-1", "field": "priority"})
        assert priority.result["value"] == level and f"**{level.lower()}** priority" in \
            priority.text
        assert run(s, "project_field", {"project_key": "B-1", "field": "priority"},
                   Scope.of(ids["alpha"])).error == "not_found"


def test_documents_quote_the_latest_and_stay_in_scope(world, tmp_path):
    db, ids = world
    alpha = Scope.of(ids["alpha"])
    index = DocumentIndex(tmp_path / "idx")
    with db() as s:
        index.sync(s)
        latest = run(s, "latest_document", {"project_key": "A-1", "kind": "meeting_minutes",
                                            "query": "What did they decide?"})
        assert "we decided to drop the solar panel." in latest.text
        assert latest.citations[0].label.startswith("A-1 · Review")
        assert run(s, "latest_document", {"project_key": "B-1"}, alpha).error == "not_found"
        found = run(s, "search_documents", {"query": "battery budget"}, alpha, index)
        assert {c.project_key for c in found.citations} == {"A-1"}
        assert "five million" not in found.text
        assert run(s, "search_documents", {"query": "x"}).error == "no_index"


def test_arguments_are_validated_before_anything_runs(world):
    db, _ids = world
    with db() as s:
        assert run(s, "drop_tables").error == "unknown_tool"
        cases = [
            ("project_status", {}, "project_key: is required"),
            ("project_status", {"project_key": "'; DROP TABLE projects;--"}, "expected form"),
            ("projects", {"status": ["secret"]}, "must be one of"),
            ("projects", {"limit": 5000}, "between 1 and 1000"),
            ("projects", {"p_below": 2}, "between 0 and 1"),
            ("projects", {"p_below": "half"}, "must be a number"),
            ("projects", {"scope": "all"}, "unknown argument"),
            ("projects", {"due_from": "2026-02-30"}, "Invalid arguments"),
            ("people", {"over_allocated": "maybe"}, "true or false"),
            ("rank_projects", {"by": "salary"}, "must be one of"),
            ("projects", {"status": "open"}, None),  # one value where a list is asked for
        ]
        for name, args, message in cases:
            result = run(s, name, args)
            if message is None:
                assert result.error is None, result.text
            else:
                assert result.error == "invalid_arguments" and message in result.text, args
    assert validate({"properties": {}}, "not an object")[1] == ["arguments must be an object"]
    assert validate({"properties": {"n": {"type": "integer"}}}, {"n": 2.0})[0] == {"n": 2}
    assert validate({"properties": {"a": {"type": "array", "items": {"type": "string"},
                                          "maxItems": 1}}}, {"a": ["x", "y"]})[1]
    assert len(toolbox.specs()) == len(toolbox.TOOLS)
    assert toolbox.specs()[0]["function"]["parameters"]["additionalProperties"] is False


def test_insights_are_observations_with_evidence(world):
    db, ids = world
    with db.begin() as s:
        alpha = s.get(Portfolio, ids["alpha"])
        slipped = add_project(s, "A-4", alpha, due=dt.date(2026, 6, 10), name="Slipped")
        for day in (1, 4, 5, 6, 7):  # 5 items in the weeks of Apr 27 and May 4
            add_item(s, slipped, status="done", points=1, done_at=dt.datetime(2026, 5, day))
        refresh_rollups(s.connection())
    with db() as s:
        found = {i.kind: i for i in insights.compute(s, EVERYTHING, TODAY, ProjectFilters())}
        alpha_only = {i.kind: i for i in insights.compute(s, EVERYTHING, TODAY,
                                                          ProjectFilters(portfolio=(ids["alpha"],)))}
    assert found["late"].count == 3
    assert [e.key for e in found["late"].examples] == ["B-1", "A-1", "A-4"]  # most overdue first
    assert [e.key for e in found["slipped"].examples] == ["A-4"]  # due 7 days ago
    assert [e.key for e in found["at_risk"].examples] == ["A-2"]  # 10 % done at 83 % of time
    # the last four weeks (docs/metrics.md: today and the 27 days before, 21 May - 17 June)
    # against the four before them (23 April - 20 May): A-2's item of June 1 and A-1's and
    # B-1's of June 15 and 16 against those 5
    assert (found["throughput"].before, found["throughput"].after) == (5, 3)
    assert (found["throughput"].start, found["throughput"].end) == (dt.date(2026, 5, 21), TODAY)
    # Bob: 0.6 + 0.9 on July 1-10; Ann: 0.7 + 0.6 on July 10-15
    assert [(e.name, round(e.value, 2)) for e in found["over_allocated"].examples] == [
        ("Bob Stone", 1.5), ("Ann Lee", 1.3)]
    assert alpha_only["late"].count == 2  # the filters narrow every insight
    with db() as s:
        assert insights.compute(s, Scope.of(), TODAY, ProjectFilters()) == []
