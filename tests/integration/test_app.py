"""The factory's app over HTTP (Flask test client): health, callbacks, database-down state."""

from __future__ import annotations

import json

import pytest

from dashboard.app import create_app
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from tests.factories import add_portfolio, add_project

DEAD_DATABASE = "postgresql://postgres@127.0.0.1:1/nothing"


@pytest.fixture
def settings(tmp_path):
    settings = Settings(data_dir=tmp_path)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        add_project(s, "A-1", alpha)
        add_project(s, "B-1", beta, status="done")
    engine.dispose()
    return settings


def call(client, outputs: list[tuple[str, str]], inputs: list[tuple[str, str, object]]):
    """POST one callback the way the Dash renderer does; return {id: {prop: value}}."""
    payload = {
        "output": "...".join(f"{i}.{p}" for i, p in outputs).join(["..", ".."])
        if len(outputs) > 1 else f"{outputs[0][0]}.{outputs[0][1]}",
        "outputs": [{"id": i, "property": p} for i, p in outputs]
        if len(outputs) > 1 else {"id": outputs[0][0], "property": outputs[0][1]},
        "inputs": [{"id": i, "property": p, "value": v} for i, p, v in inputs],
        "changedPropIds": [f"{i}.{p}" for i, p, _ in inputs],
        "state": [],
    }
    response = client.post("/_dash-update-component", json=payload)
    assert response.status_code == 200, response.data
    return json.loads(response.data)["response"]


OVERVIEW_OUTPUTS = [("overview-kpis", "children"), ("overview-status-priority", "figure"),
                    ("overview-throughput", "figure"), ("overview-portfolios", "figure"),
                    ("overview-alert", "children")]


def test_health_reports_database(settings):
    client = create_app(settings).server.test_client()
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"database": "ok"}
    down = create_app(Settings(data_dir=settings.data_dir, database_url=DEAD_DATABASE))
    response = down.server.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["database"].startswith("error: ")


def test_overview_callback_fills_kpis_and_filters_by_portfolio(settings):
    app = create_app(settings)
    client = app.server.test_client()
    options = call(client, [("overview-portfolio", "options")],
                   [("overview-portfolio", "id", "overview-portfolio")])
    choices = {o["label"]: o["value"] for o in options["overview-portfolio"]["options"]}
    assert set(choices) == {"Alpha", "Beta"}

    everything = call(client, OVERVIEW_OUTPUTS, [("overview-portfolio", "value", None)])
    assert "overview-kpi-projects" in json.dumps(everything["overview-kpis"])
    assert everything["overview-alert"]["children"] is None
    beta = call(client, OVERVIEW_OUTPUTS, [("overview-portfolio", "value", choices["Beta"])])
    bars = beta["overview-portfolios"]["figure"]["data"]
    assert {t["name"]: t["x"] for t in bars}["Done"] == [1]
    assert [t["y"] for t in bars][0] == ["Beta"]


def test_database_down_shows_an_alert_not_a_traceback(settings):
    app = create_app(Settings(data_dir=settings.data_dir, database_url=DEAD_DATABASE))
    client = app.server.test_client()
    out = call(client, OVERVIEW_OUTPUTS, [("overview-portfolio", "value", None)])
    alert = json.dumps(out["overview-alert"]["children"])
    assert "cannot be reached" in alert
    assert out["overview-kpis"]["children"] is None
    page = call(client, [("projects-table", "children"), ("projects-pagination", "max_value"),
                         ("projects-count", "children"), ("projects-alert", "children")],
                [("projects-pagination", "active_page", 1), ("projects-search", "value", None)])
    assert "cannot be reached" in json.dumps(page["projects-alert"]["children"])


def test_projects_callback_searches_and_pages(settings):
    client = create_app(settings).server.test_client()
    outputs = [("projects-table", "children"), ("projects-pagination", "max_value"),
               ("projects-count", "children"), ("projects-alert", "children")]
    page = call(client, outputs, [("projects-pagination", "active_page", 1),
                                  ("projects-search", "value", "b-1")])
    assert page["projects-count"]["children"].startswith("1 project ·")
    assert "/projects/B-1" in json.dumps(page["projects-table"])
    assert "/projects/A-1" not in json.dumps(page["projects-table"])
