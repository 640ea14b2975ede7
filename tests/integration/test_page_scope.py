"""Every page callback, called as a plain function with a viewer granted one portfolio, returns
nothing of another portfolio (on SQLite and PostgreSQL).

The callbacks are enumerated from the pages' ``CALLBACKS``: a new callback without inputs here
fails the test, so no read path is left unchecked.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import select

from dashboard.app import PAGES, create_app
from dashboard.settings import Settings
from data.rollups import refresh_rollups
from data.schema import Document, Project, ProjectForecast, ProjectSnapshot
from data.scope import Scope
from data.viewer import Viewer
from pages import (
    admin,
    ai_usage,
    copilot_sidebar,
    document,
    forecasts,
    not_found,
    overview,
    person,
    project,
    projects,
    reports,
    resources,
)
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate
from tests.signin import TEST_SECRET, add_user

# Everything of Beta carries one of these; none may reach Alpha's viewer.
BETA_MARKS = ("BETA-1", "Zebra", "Zara")


@pytest.fixture
def two_portfolios(db):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta Zebra")
        mine = add_project(s, "A-1", alpha, name="Checkout revamp", due=dt.date(2026, 6, 30))
        late = add_project(s, "A-2", alpha, name="Billing cleanup", due=dt.date(2026, 6, 1))
        secret = add_project(s, "BETA-1", beta, name="Zebra secret", due=dt.date(2026, 6, 1))
        secret.owner = "Zara Owner"
        ann, zara = add_resource(s, "Ann", ["python"]), add_resource(s, "Zara Beta", ["zebra"])
        for p, who in ((mine, ann), (late, ann), (secret, zara), (secret, ann)):
            add_item(s, p, status="done", points=3, done_at=dt.datetime(2026, 6, 8, 10),
                     assignee=who, skill="zebra" if p is secret else "python")
            add_item(s, p, points=5, assignee=who, skill="zebra" if p is secret else "python")
            allocate(s, who, p, 0.6, TODAY - dt.timedelta(days=10), TODAY + dt.timedelta(days=40))
        for p in (mine, late, secret):
            s.add(ProjectSnapshot(project_id=p.id, day=TODAY - dt.timedelta(days=1),
                                  scope_points=8, done_points=3, team_size=1))
            s.add(ProjectForecast(project_id=p.id, method="monte_carlo", p_on_time=0.3,
                                  mc_p_on_time=0.3, p85_date=dt.date(2026, 9, 1), as_of=TODAY))
            s.add(Document(project_id=p.id, kind="meeting_minutes", title=f"{p.name} minutes",
                           body=f"We discussed {p.name} and its owner.",
                           created_at=dt.datetime(2026, 6, 10)))
        refresh_rollups(s.connection())
        ids = {"alpha": alpha.id, "beta": beta.id, "zara": zara.id, "ann": ann.id}
    return db, ids


@pytest.fixture
def services(two_portfolios, tmp_path):
    db, _ = two_portfolios
    url = db.kw["bind"].url.render_as_string(hide_password=False)
    services = create_app(Settings(secret_key=TEST_SECRET, data_dir=tmp_path, database_url=url),
                          start=False).server.extensions["dashboard"]
    services.today = lambda: TODAY
    yield services
    services.stop()


def _view(**filters: Any) -> dict[str, Any]:
    return {"filters": filters, "sort": "key", "desc": False}


def _calls(ids: dict[str, int]) -> dict[Any, list[tuple[Any, ...]]]:
    """Inputs for every callback: the plain view, and crafted ones that name Beta directly."""
    beta = ids["beta"]
    no_filters = [None] * 8
    return {
        overview.to_url: [(*no_filters, None, None, None, None, None, "")],
        overview.refresh: [({},), ({"portfolio": str(beta)},), ({"search": "zebra"},)],
        overview.show_insights: [({},), ({"portfolio": str(beta)},)],
        projects.navigate: [(*no_filters, [None], None, None, None, None, None, _view(), {}, "")],
        projects.drill_down: [([None],)],
        projects.show_page: [(_view(),), (_view(portfolio=str(beta)),),
                             ({**_view(), "after": "BETA-1~BETA-1"},),
                             ({**_view(), "last": True},)],
        project.show_header: [("A-1", None), ("BETA-1", None)],
        project.charts: [("A-1",), ("BETA-1",)],
        project.scenario: [("A-1", 0, 0), ("BETA-1", 10, 1)],
        project.items: [("A-1", 1), ("BETA-1", 1)],
        project.documents: [("A-1", 1), ("BETA-1", 1)],
        project.meeting: [("A-1",), ("BETA-1",)],
        resources.heatmap: [(1, None, None, None), (2, None, None, None),
                            (1, [beta], None, None)],
        resources.over: [(1, None, None, None), (1, [beta], None, None)],
        resources.skills: [(None, None, None), (None, None, ["zebra"])],
        person.details: [(ids["ann"],), (ids["zara"],), (str(ids["zara"]),)],
        forecasts.refresh: [(None,)],
        ai_usage.refresh: [(1,)],
        copilot_sidebar.show_history: [([],)],
        copilot_sidebar.clear: [(1,)],
        copilot_sidebar.health: [(1,)],
        copilot_sidebar.stop: [(1, None)],
        reports.list_reports: [(1, 1)],
    }


# Callbacks that read no project data, or are checked through another path (the answer job);
# ``show_table`` turns the figure the browser already holds into a table.
# Export requests and their progress: tests/integration/test_report_delivery.py and
# test_reports.py (a report covers only the viewer's portfolios; downloads and status check them).
NOT_READS = {admin.act, admin.user_list, admin.audit_list,  # admins only: the test below
             forecasts.retrain, copilot_sidebar.ask, copilot_sidebar.choose, copilot_sidebar.poll,
             reports.overview_export, reports.project_export, overview.show_table,
             project.show_table, resources.show_table, person.show_table, forecasts.show_table}


def _text(value: Any) -> str:
    return json.dumps(value, cls=PlotlyJSONEncoder)


def test_every_callback_is_checked():
    registered = {cb.fn for module in [*PAGES, copilot_sidebar, not_found]
                  for cb in module.CALLBACKS}
    assert registered == set(_calls({"beta": 0, "ann": 0, "zara": 0})) | NOT_READS


def test_no_callback_returns_another_portfolios_data(two_portfolios, services):
    _db, ids = two_portfolios
    alice = Viewer("alice", "manager", Scope.of(ids["alpha"]))
    admin = Viewer("root", "admin", Scope.everything())
    seen_alpha = False
    for fn, argument_sets in _calls(ids).items():
        for args in argument_sets:
            out = _text(fn(services, alice, *args))
            leaked = [m for m in BETA_MARKS if m in out]
            assert not leaked, f"{fn.__module__}.{fn.__name__}{args} shows {leaked}"
            seen_alpha = seen_alpha or "Checkout revamp" in out or "A-1" in out
    assert seen_alpha  # the callbacks did read something: Alpha's own projects
    everything = _text(overview.refresh(services, admin, {}))
    assert "Beta Zebra" in everything  # and an admin does see Beta: the marks are detectable


def test_the_admin_callbacks_answer_only_admins(two_portfolios, services):
    _db, ids = two_portfolios
    add_user(services.engine, "bettina", "viewer", [ids["beta"]])
    alice = Viewer("alice", "manager", Scope.of(ids["alpha"]))
    root = Viewer("root", "admin", Scope.everything())
    no_clicks = [None] * len(admin.ACTIONS)
    for fn, args in ((admin.user_list, (1, 1)),
                     (admin.audit_list, ("", "", "", None, None, 1, 1)),
                     (admin.act, (*no_clicks, "x", None, "admin", None, None))):
        out = _text(fn(services, alice, *args))
        assert admin.ADMINS_ONLY in out and "bettina" not in out, fn.__name__
    assert "bettina" in _text(admin.user_list(services, root, 1, 1))


def test_the_document_page_shows_only_the_viewers_documents(two_portfolios, services):
    """The document view has no callback: its layout is the read, checked here."""
    db, ids = two_portfolios
    with db() as s:
        docs = dict(s.execute(select(Project.key, Document.id)
                              .join(Project, Project.id == Document.project_id)).all())
    alice = Viewer("alice", "manager", Scope.of(ids["alpha"]))
    root = Viewer("root", "admin", Scope.everything())
    secret = docs["BETA-1"]
    for query in ({}, {"passage": f"d{secret}-p0"}, {"q": "zebra"}):
        out = _text(document.layout(services, alice, doc=str(secret), **query))
        assert "not-found" in out and not [m for m in BETA_MARKS if m in out], query
        own = _text(document.layout(services, alice, doc=str(docs["A-1"]), **query))
        assert "Checkout revamp minutes" in own
        assert not [m for m in BETA_MARKS if m in own], query
    assert "Zebra secret" in _text(document.layout(services, root, doc=str(secret)))


def test_the_copilot_answers_only_from_the_viewers_portfolios(two_portfolios, services):
    _db, ids = two_portfolios
    alice = Viewer("alice", "manager", Scope.of(ids["alpha"]))
    for question in ("Which projects are late?", "What is the status of BETA-1?",
                     "What did we discuss about the zebra?", "Who is over-allocated?"):
        job, *_ = copilot_sidebar.ask(services, alice, 1, None, question, [], "/")
        for _ in range(300):
            _live, history, *_ = copilot_sidebar.poll(services, alice, 1, job, [])
            if isinstance(history, list):
                break
            time.sleep(0.05)
        answer = _text(history[-1]["answer"])
        # what the viewer typed may be echoed back ("no visible project BETA-1"); nothing else
        leaked = [m for m in BETA_MARKS if m in answer and m.lower() not in question.lower()]
        assert not leaked, f"{question!r} answered with {leaked}"
