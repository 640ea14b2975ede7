"""The copilot's tools and their queries on SQLite and PostgreSQL: exact, scoped, validated."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from data import copilot_queries as cq
from data import insights
from data.filters import ProjectFilters
from data.rollups import refresh_rollups
from data.schema import Allocation, Document, Portfolio, Project, ProjectForecast, Resource
from data.scope import Scope
from models.copilot import toolbox, tools
from models.copilot.retrieval import DocumentIndex
from models.copilot.router import route
from models.copilot.validation import validate
from tests.factories import TODAY, add_item, add_portfolio, add_project


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
        add_item(s, late, status="done", points=5, done_at=dt.datetime(2026, 6, 15, 12))
        add_item(s, late, points=3)
        add_item(s, risky, status="done", points=1, done_at=dt.datetime(2026, 6, 1, 9))
        add_item(s, risky, points=9)
        add_item(s, secret, status="done", points=8, done_at=dt.datetime(2026, 6, 16))
        ann, bob = Resource(name="Ann", role="dev"), Resource(name="Bob", role="qa")
        s.add_all([ann, bob])
        s.flush()
        s.add_all([
            Allocation(resource_id=ann.id, project_id=late.id, share=0.7,
                       period_start=dt.date(2026, 7, 1), period_end=dt.date(2026, 7, 15)),
            Allocation(resource_id=ann.id, project_id=risky.id, share=0.6,
                       period_start=dt.date(2026, 7, 10), period_end=dt.date(2026, 8, 31)),
            # Bob: 0.6 + 0.6 in the same month but never on the same day -> not over-allocated
            Allocation(resource_id=bob.id, project_id=late.id, share=0.6,
                       period_start=dt.date(2026, 7, 1), period_end=dt.date(2026, 7, 10)),
            Allocation(resource_id=bob.id, project_id=risky.id, share=0.6,
                       period_start=dt.date(2026, 7, 11), period_end=dt.date(2026, 7, 31)),
            Allocation(resource_id=bob.id, project_id=secret.id, share=0.9,
                       period_start=dt.date(2026, 7, 1), period_end=dt.date(2026, 7, 31)),
        ])
        s.add(Document(project_id=late.id, kind="meeting_minutes", title="Kick-off",
                       body="PM: we decided the battery will be lithium.\nUI: big buttons.",
                       created_at=dt.datetime(2026, 5, 1)))
        s.add(Document(project_id=late.id, kind="meeting_minutes", title="Review",
                       body="PM: we decided to drop the solar panel.",
                       created_at=dt.datetime(2026, 6, 1)))
        s.add(Document(project_id=secret.id, kind="status_note", title="Secret",
                       body="The rocket battery budget is five million.",
                       created_at=dt.datetime(2026, 5, 2)))
        refresh_rollups(s.connection())
        ids = {"alpha": alpha.id, "beta": beta.id}
    return db, ids


EVERYTHING = Scope.everything()


def run(session, name, args=None, scope=EVERYTHING, index=None):
    return toolbox.call(name, args or {}, tools.ToolContext(session, scope, TODAY, index))


def test_find_projects_filters_and_counts(world):
    db, ids = world
    with db() as s:
        result = run(s, "find_projects", {"portfolio": "alpha", "status": "active"})
        assert result.data["total"] == 2 and result.text.startswith("**2 projects matching")
        assert [c.href for c in result.citations] == ["/projects/A-1", "/projects/A-2"]
        assert run(s, "find_projects", {"priority": "critical"}).data["total"] == 1
        assert run(s, "find_projects", {"late": "true"}).data["total"] == 2
        assert run(s, "find_projects", {"late": False}).data["total"] == 1  # open, not late
        assert run(s, "find_projects", {"owner": "ADA", "limit": 1}).text.startswith(
            "**4 projects matching owner=ADA** (showing 1)")
        assert run(s, "find_projects", {"text": "rocket"}).data["total"] == 1
        assert run(s, "find_projects", {"due_within_days": 30}).data["total"] == 1
        assert run(s, "find_projects", {}, Scope.of(ids["beta"])).data["total"] == 1


def test_late_projects_most_overdue_first_within_scope(world):
    db, ids = world
    with db() as s:
        result = run(s, "late_projects")
        assert [i["key"] for i in result.data["items"]] == ["B-1", "A-1"]
        assert "77 days late" in result.text and "47 days late" in result.text
        scoped = run(s, "late_projects", {}, Scope.of(ids["alpha"]))
        assert scoped.text.startswith("**1 late project**") and "B-1" not in scoped.text


def test_project_status_reports_progress_and_hides_other_scopes(world):
    db, ids = world
    with db() as s:
        result = run(s, "project_status", {"project_key": "a-1"})
        assert result.data["percent_done"] == 62.5
        assert "62.5% of points done (5 of 8)" in result.text and "47 days late" in result.text
        assert "Documents: 2, latest 2026-06-01" in result.text
        hidden = run(s, "project_status", {"project_key": "B-1"}, Scope.of(ids["alpha"]))
        assert hidden.error == "not_found" and not hidden.citations and not hidden.evidence


def test_at_risk_explains_why(world):
    db, _ids = world
    with db() as s:
        result = run(s, "at_risk_projects", {"horizon_days": 30})
        assert result.text.startswith("**1 project at risk** due in the next 30 days")
        assert run(s, "at_risk_projects").data["total"] == 1
        (row,) = result.data["projects"]
        assert row["facts"]["key"] == "A-2" and row["percent_done"] == 10.0
        assert ("10% of points done after 92% of the schedule; due in 14 days with 1 open item"
                in result.text)
        assert run(s, "at_risk_projects", {"horizon_days": 5}).text.startswith("No open project")


def test_over_allocation_counts_concurrent_days_only(world):
    db, ids = world
    with db() as s:
        result = run(s, "over_allocated", {"period": "next_month"})
        assert result.data["total"] == 2
        people = {p["resource"]: p["peak_share"] for p in result.data["people"]}
        assert people == {"Bob": 1.5, "Ann": 1.3}
        assert result.text.startswith("**2 people over-allocated** from 2026-07-01 to 2026-07-31")
        # in Alpha's scope Bob's Rocket allocation is invisible: 0.6 + 0.6 never overlap
        scoped = run(s, "over_allocated", {"period": "next_month"}, Scope.of(ids["alpha"]))
        assert [p["resource"] for p in scoped.data["people"]] == ["Ann"]
        assert "B-1" not in scoped.text
        assert run(s, "over_allocated", {"start": "2026-09-01", "end": "2026-09-30"}).text == \
            "Nobody is over-allocated from 2026-09-01 to 2026-09-30."
        bad = run(s, "over_allocated", {"start": "2026-02-30"})
        assert bad.error == "invalid_arguments"


def test_throughput_per_week_overall_and_per_project(world):
    db, ids = world
    with db() as s:
        result = run(s, "throughput", {"weeks": "3"})
        assert [(w["items"], w["points"]) for w in result.data] == [(1, 1), (0, 0), (2, 13)]
        assert result.text.startswith("**3 work items (14 points) finished**")
        one = run(s, "throughput", {"weeks": 1, "project_key": "A-1"}, Scope.of(ids["alpha"]))
        assert one.text.startswith("**1 work item (5 points) finished in [A-1](/projects/A-1)**")


def test_portfolio_summary_and_latest_documents(world):
    db, ids = world
    with db() as s:
        summary = run(s, "portfolio_summary", {}, Scope.of(ids["alpha"]))
        assert summary.data["kpis"]["projects"] == 3 and "- Alpha: 2 open, 1 late" in summary.text
        docs = run(s, "latest_documents", {"project_key": "A-1", "limit": 1})
        assert "Review" in docs.text and docs.citations[0].href == "/projects/A-1?doc=2"
        assert run(s, "latest_documents", {"project_key": "B-1"},
                   Scope.of(ids["alpha"])).evidence is False


def test_search_documents_is_scoped_and_quotes_the_best_line(world, tmp_path):
    db, ids = world
    index = DocumentIndex(tmp_path / "idx")
    with db() as s:
        index.sync(s)
        everything = run(s, "search_documents", {"query": "battery budget"}, index=index)
        assert {c.project_key for c in everything.citations} == {"A-1", "B-1"}
        alpha = run(s, "search_documents", {"query": "battery budget"}, Scope.of(ids["alpha"]),
                    index)
        assert {c.project_key for c in alpha.citations} == {"A-1"}
        assert alpha.citations[0].passage_id and "lithium" in alpha.citations[0].snippet
        latest = run(s, "search_documents", {"query": "what did we decide", "project_key": "A-1",
                                             "latest": True}, index=index)
        assert [c.label for c in latest.citations] == ["A-1 · Review (2026-06-01)"]
        assert "solar panel" in latest.text
        hidden = run(s, "search_documents", {"query": "rocket", "project_key": "B-1"},
                     Scope.of(ids["alpha"]), index)
        assert hidden.error == "not_found"
        assert run(s, "search_documents", {"query": "x"}).error == "no_index"
        assert run(s, "search_documents", {"query": "zebra quokka"}, index=index).evidence is False


def test_arguments_are_validated_before_anything_runs(world):
    db, _ids = world
    with db() as s:
        assert run(s, "drop_tables").error == "unknown_tool"
        cases = [
            ("project_status", {}, "project_key: is required"),
            ("project_status", {"project_key": "'; DROP TABLE projects;--"}, "expected form"),
            ("find_projects", {"status": "secret"}, "must be one of"),
            ("find_projects", {"limit": 500}, "between 1 and 50"),
            ("find_projects", {"limit": True}, "whole number"),
            ("find_projects", {"late": "maybe"}, "true or false"),
            ("find_projects", {"scope": "all"}, "unknown argument"),
            ("find_projects", {"text": 5}, "must be text"),
            ("find_projects", {"text": "x" * 200}, "too long"),
            ("find_projects", {"status": None}, None),
        ]
        for name, args, message in cases:
            result = run(s, name, args)
            if message is None:
                assert result.error is None
            else:
                assert result.error == "invalid_arguments" and message in result.text, args
    assert validate({"properties": {}}, "not an object")[1] == ["arguments must be an object"]
    assert validate({"properties": {"n": {"type": "integer"}}}, {"n": 2.0})[0] == {"n": 2}
    assert validate({"properties": {"n": {"type": "integer"}}}, {"n": []})[1]
    assert len(toolbox.specs()) == len(toolbox.TOOLS)
    assert toolbox.specs()[0]["function"]["parameters"]["additionalProperties"] is False


def test_query_helpers_for_entities_and_the_index(world):
    db, ids = world
    alpha = Scope.of(ids["alpha"])
    with db() as s:
        assert cq.projects_mentioned(s, alpha, "how is the battery remote doing") == ["A-1"]
        assert cq.projects_mentioned(s, alpha, "tell me about the rocket") == []
        assert cq.projects_mentioned(s, alpha, "   ") == []
        assert cq.owners_mentioned(s, alpha, "what does ada own") == ["Ada"]
        assert cq.visible_keys(s, alpha, ["a-1", "B-1"]) == {"A-1"}
        assert cq.visible_keys(s, alpha, []) == set() and cq.project_ids(s, alpha, []) == []
        signatures = dict(cq.document_signatures(s))
        assert len(signatures) == 3
        docs = cq.documents_by_ids(s, signatures)
        assert [d.project_key for d in docs] == ["A-1", "A-1", "B-1"]
        assert cq.latest_snapshot_day(s, alpha) is None
    assert tools.period_dates("this_week", TODAY) == (dt.date(2026, 6, 15), dt.date(2026, 6, 21))
    assert tools.period_dates("next_week", TODAY)[0] == dt.date(2026, 6, 22)
    assert tools.period_dates("this_month", TODAY) == (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert tools.period_dates("next_30_days", TODAY)[1] == dt.date(2026, 7, 17)


def test_forecast_tools_read_stored_forecasts_in_scope(world):
    db, ids = world
    with db() as s:
        assert run(s, "forecast_risks").error == "no_forecasts"
        assert run(s, "project_forecast", {"project_key": "A-2"}).error == "no_forecasts"
        assert route(s, EVERYTHING, "Which projects will miss their date?").calls[0][0] == \
            "at_risk_projects"
    with db.begin() as s:
        keys = {k: i for k, i in s.execute(select(Project.key, Project.id))}
        drivers = [{"feature": "scope_vs_team", "label": "Scope ÷ usual delivery",
                    "value": 2.1, "effect": -0.18}]
        for key, p in (("A-2", 0.2), ("B-1", 0.1), ("A-1", 0.9)):
            s.add(ProjectForecast(project_id=keys[key], method="classifier", p_on_time=p,
                                  mc_p_on_time=p, p50_date=dt.date(2026, 8, 1),
                                  p85_date=dt.date(2026, 9, 1), drivers=drivers,
                                  as_of=TODAY))
    with db() as s:
        risks = run(s, "forecast_risks", {}, Scope.of(ids["alpha"]))
        assert risks.text.startswith("**1 project at risk**")
        assert "[A-2](/projects/A-2)" in risks.text and "20% on time" in risks.text
        assert "Scope ÷ usual delivery (-18 pts)" in risks.text and "B-1" not in risks.text
        one = run(s, "project_forecast", {"project_key": "a-2"})
        assert "20% chance of finishing by its due date (2026-07-01)" in one.text
        assert "P50 2026-08-01, P85 2026-09-01" in one.text
        assert run(s, "project_forecast", {"project_key": "B-1"},
                   Scope.of(ids["alpha"])).error == "not_found"
        assert route(s, EVERYTHING, "Which projects will miss their date?").calls[0] == \
            ("forecast_risks", {})
        assert route(s, EVERYTHING, "When will A-2 finish?").calls == [
            ("project_forecast", {"project_key": "A-2"})]
    with db.begin() as s:
        s.execute(update(ProjectForecast).values(p_on_time=0.95))
    with db() as s:
        assert run(s, "forecast_risks").text.startswith("No open project is at risk")


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
    # the eight full weeks before this one: those 5 against A-2's item of June 1 (A-1's and
    # B-1's fall in the running week, which is left out)
    assert (found["throughput"].before, found["throughput"].after) == (5, 1)
    # Bob: 0.6 + 0.9 on July 1-10; Ann: 0.7 + 0.6 on July 10-15
    assert [(e.name, round(e.value, 2)) for e in found["over_allocated"].examples] == [
        ("Bob", 1.5), ("Ann", 1.3)]
    assert alpha_only["late"].count == 2  # the filters narrow every insight
    with db() as s:
        assert insights.compute(s, Scope.of(), TODAY, ProjectFilters()) == []
