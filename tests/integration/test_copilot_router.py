"""The no-model intent router: the common questions map to the right tools and arguments."""

from __future__ import annotations

import datetime as dt

import pytest

from data.scope import Scope
from models.copilot.router import route
from tests.factories import add_portfolio, add_project


@pytest.fixture
def session(db):
    with db.begin() as s:
        payments = add_portfolio(s, "Payments")
        add_portfolio(s, "Growth")
        add_project(s, "PAY-1", payments, name="Checkout redesign")
        add_project(s, "PAY-2", payments, start=dt.date(2025, 1, 1), due=dt.date(2025, 2, 1))
    with db() as s:
        yield s


CASES = [
    ("Who is over-allocated next month?", None, [("over_allocated", {"period": "next_month"})]),
    ("Who is overloaded?", None, [("over_allocated", {"period": "next_30_days"})]),
    ("Which projects will miss their date and why?", None,
     [("at_risk_projects", {}), ("late_projects", {})]),
    ("What is at risk in Payments within 14 days?", None,
     [("at_risk_projects", {"horizon_days": 14}), ("late_projects", {"portfolio": "Payments"})]),
    ("Which projects are late?", None, [("late_projects", {})]),
    ("Which Payments projects are overdue?", None, [("late_projects", {"portfolio": "Payments"})]),
    ("How many late projects are in Growth?", None,
     [("find_projects", {"portfolio": "Growth", "late": True})]),
    ("Which critical projects are late?", None,
     [("find_projects", {"priority": "critical", "late": True})]),
    ("What is our throughput over the last 6 weeks?", None, [("throughput", {"weeks": 6})]),
    ("How many items were finished this week?", None, [("throughput", {"weeks": 1})]),
    ("Velocity of PAY-1?", None, [("throughput", {"weeks": 4, "project_key": "PAY-1"})]),
    ("Status of pay-1 and PAY-2", None,
     [("project_status", {"project_key": "PAY-1"}), ("project_status", {"project_key": "PAY-2"})]),
    ("How is the checkout redesign doing?", None,
     [("project_status", {"project_key": "PAY-1"})]),
    ("How is this project doing?", "PAY-2", [("project_status", {"project_key": "PAY-2"})]),
    ("What did we decide about the battery?", "PAY-2",
     [("search_documents", {"query": "What did we decide about the battery?",
                            "project_key": "PAY-2"})]),
    ("What did the last meeting of PAY-1 decide?", None,
     [("search_documents", {"query": "What did the last meeting of PAY-1 decide?",
                            "project_key": "PAY-1", "kind": "meeting_minutes",
                            "latest": True})]),
    ("Any spec about the API?", None,
     [("search_documents", {"query": "Any spec about the API?", "kind": "spec"})]),
    ("How many documents does PAY-1 have?", None,
     [("project_status", {"project_key": "PAY-1"})]),
    ("How many active high priority projects does Ada own?", None,
     [("find_projects", {"status": "active", "priority": "high", "owner": "Ada"})]),
    ("Which projects are due in the next 30 days?", None,
     [("find_projects", {"due_within_days": 30})]),
    ("Where do we stand?", None, [("portfolio_summary", {})]),
    ("Which projects are late?", "PAY-1", [("late_projects", {})]),  # portfolio-wide on a page
    ("Tell me something about quantum widgets", None,
     [("search_documents", {"query": "Tell me something about quantum widgets"})]),
]


@pytest.mark.parametrize(("question", "page", "calls"), CASES, ids=[c[0] for c in CASES])
def test_questions_route_to_tools(session, question, page, calls):
    assert route(session, Scope.everything(), question, page).calls == calls


def test_names_and_portfolios_outside_the_scope_are_not_recognised(session):
    plan = route(session, Scope.of(), "How is the checkout redesign in Payments doing?")
    assert plan.project_keys == [] and plan.calls[0][0] == "search_documents"
