"""The factory's app over HTTP (Flask test client): health, callbacks, database-down state."""

from __future__ import annotations

import json

import pytest

from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from tests.factories import add_portfolio, add_project
from tests.signin import TEST_SECRET

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


def call(client, outputs: list[tuple[str, str]], inputs: list[tuple[str, str, object]],
         state: list[tuple[str, str, object]] = ()):
    """POST one callback the way the Dash renderer does; return {id: {prop: value}}.

    Like the renderer, it sends every input and state the server wired to these outputs (read
    from ``/_dash-dependencies``), with the values given here and ``None`` for the rest (e.g. the
    live-updates store, which the browser leaves empty until an event arrives)."""
    output = ("...".join(f"{i}.{p}" for i, p in outputs).join(["..", ".."])
              if len(outputs) > 1 else f"{outputs[0][0]}.{outputs[0][1]}")
    wiring = client.get("/_dash-dependencies")
    assert wiring.status_code == 200, wiring.data[:300]
    spec = next(d for d in wiring.get_json() if d["output"] == output)
    given = {(i, p): v for i, p, v in inputs}
    kept = {(i, p): v for i, p, v in state}
    payload = {
        "output": output,
        "outputs": [{"id": i, "property": p} for i, p in outputs]
        if len(outputs) > 1 else {"id": outputs[0][0], "property": outputs[0][1]},
        "inputs": [{**d, "value": given.get((d["id"], d["property"]))} for d in spec["inputs"]],
        "changedPropIds": [f"{i}.{p}" for i, p, _ in inputs],
        "state": [{**d, "value": kept.get((d["id"], d["property"]))} for d in spec["state"]],
    }
    assert set(given) <= {(d["id"], d["property"]) for d in spec["inputs"]}, "unknown input"
    response = client.post("/_dash-update-component", json=payload)
    assert response.status_code == 200, response.data
    return json.loads(response.data)["response"]


OVERVIEW_GRAPHS = ("status-priority", "throughput", "burnup", "portfolios", "due")
OVERVIEW_OUTPUTS = [("overview-kpis", "children"),
                    *[(f"overview-{g}", "figure") for g in OVERVIEW_GRAPHS],
                    *[(f"overview-{g}-alt", "children") for g in OVERVIEW_GRAPHS],
                    ("overview-alert", "children")]
PROJECT_OUTPUTS = [("projects-table", "children"), ("projects-count", "children"),
                   ("projects-cursor", "data"),
                   *[(f"projects-{n}", "disabled") for n in ("first", "prev", "next", "last")],
                   ("projects-export", "href"), ("projects-alert", "children")]


def project_inputs(view, move=None, cursor=None):
    """The list's view (the pager now moves through the address: ``view`` carries it)."""
    return [("projects-view", "data", view)], []


def test_health_is_the_process_and_readiness_reports_the_database(settings):
    client = create_app(settings, resolve_viewer=everyone_is_system).server.test_client()
    assert client.get("/healthz").json == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json["checks"]["database"]["status"] == "ok"
    assert ready.json["checks"]["cache"]["detail"] == "in-process (one worker)"
    assert ready.json["checks"]["llm"]["status"] == "off"
    down = create_app(Settings(data_dir=settings.data_dir, database_url=DEAD_DATABASE,
                               secret_key=TEST_SECRET), resolve_viewer=everyone_is_system)
    client = down.server.test_client()
    assert client.get("/healthz").status_code == 200  # the process is up: do not restart it
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json["ready"] is False
    assert response.json["checks"]["database"]["status"] == "down"
    assert "OperationalError" in response.json["checks"]["database"]["detail"]


def test_overview_callback_fills_kpis_and_filters_by_portfolio(settings):
    client = create_app(settings, resolve_viewer=everyone_is_system).server.test_client()
    everything = call(client, OVERVIEW_OUTPUTS, [("overview-filters", "data", {})])
    assert "overview-kpi-projects" in json.dumps(everything["overview-kpis"])
    assert everything["overview-alert"]["children"] is None
    bars = everything["overview-portfolios"]["figure"]["data"]
    beta_id = [c for c in bars[0]["customdata"]][0][0]  # Beta sorts first (fewer open)
    beta = call(client, OVERVIEW_OUTPUTS, [("overview-filters", "data",
                                           {"portfolio": str(beta_id)})])
    bars = beta["overview-portfolios"]["figure"]["data"]
    assert {t["name"]: t["x"] for t in bars}["Done"] == [1]
    assert bars[0]["y"] == ["Beta"]


def test_overview_url_follows_controls_and_chart_clicks(settings):
    client = create_app(settings, resolve_viewer=everyone_is_system).server.test_client()
    controls = [("overview-filter-status", "value", ["active"]),
                ("overview-filter-priority", "value", []),
                ("overview-filter-portfolio", "value", []),
                ("overview-filter-owner", "value", []),
                ("overview-filter-health", "value", []),
                ("overview-filter-due", "start_date", None),
                ("overview-filter-due", "end_date", None),
                ("overview-filter-search", "value", "a-1")]
    graphs = ("status-priority", "portfolios", "due")
    clicks = [(f"overview-{g}", "clickData", None) for g in graphs]
    outputs = [("overview-location", "search"), ("overview-filters", "data"),
               *[(i, p) for i, p, _ in controls]]
    payload = {
        "output": "...".join(f"{i}.{p}" for i, p in outputs).join(["..", ".."]),
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": [{"id": i, "property": p, "value": v} for i, p, v in controls + clicks]
        + [{"id": "overview-keyboard-filter", "property": "data", "value": None},
           {"id": "overview-filter-clear", "property": "n_clicks", "value": 0}],
        "changedPropIds": ["overview-filter-status.value"],
        "state": [{"id": "overview-location", "property": "search", "value": ""}],
    }

    def post() -> dict:
        response = client.post("/_dash-update-component", json=payload)
        assert response.status_code == 200, response.data
        return json.loads(response.data)["response"]

    out = post()
    assert out["overview-location"]["search"] == "?status=active&search=a-1"
    assert out["overview-filters"]["data"] == {"status": "active", "search": "a-1"}
    assert "overview-filter-status" not in out  # a typed filter leaves the controls alone
    payload["inputs"][len(controls)]["value"] = {"points": [{"customdata": ["done", "high"]}]}
    payload["changedPropIds"] = ["overview-status-priority.clickData"]
    out = post()
    assert out["overview-location"]["search"] == "?status=done&priority=high&search=a-1"
    assert out["overview-filter-status"]["value"] == ["done"]  # the controls follow a click
    assert out["overview-filter-priority"]["value"] == ["high"]
    # the keyboard's way: the status chart's table button filters by that status alone
    payload["inputs"][len(controls)]["value"] = None
    payload["inputs"][-2]["value"] = {"chart": "overview-status-priority", "value": "active"}
    payload["changedPropIds"] = ["overview-keyboard-filter.data"]
    out = post()
    assert out["overview-location"]["search"] == "?search=a-1"  # active again: toggled off
    assert out["overview-filter-status"]["value"] == []
    payload["inputs"][-1]["value"] = 1  # "clear all" empties the address and every control
    payload["changedPropIds"] = ["overview-filter-clear.n_clicks"]
    payload["state"][0]["value"] = "?search=a-1"
    out = post()
    assert out["overview-location"]["search"] == "" and out["overview-filters"]["data"] == {}
    assert out["overview-filter-search"]["value"] == ""


def test_database_down_shows_an_alert_not_a_traceback(settings):
    app = create_app(Settings(data_dir=settings.data_dir, database_url=DEAD_DATABASE,
                               secret_key=TEST_SECRET), resolve_viewer=everyone_is_system)
    client = app.server.test_client()
    out = call(client, OVERVIEW_OUTPUTS, [("overview-filters", "data", {})])
    assert "cannot be reached" in json.dumps(out["overview-alert"]["children"])
    assert out["overview-kpis"]["children"] is None
    inputs, state = project_inputs({"filters": {}, "sort": "key", "desc": False})
    page = call(client, PROJECT_OUTPUTS, inputs, state)
    assert "cannot be reached" in json.dumps(page["projects-alert"]["children"])
    assert "Data unavailable" in json.dumps(out["overview-status-priority"]["figure"])
    assert client.get("/").status_code == 200  # the page shell itself still renders


def test_projects_callback_searches_sorts_and_pages(settings):
    client = create_app(settings, resolve_viewer=everyone_is_system).server.test_client()
    inputs, state = project_inputs({"filters": {"search": "b-1"}, "sort": "key", "desc": False})
    page = call(client, PROJECT_OUTPUTS, inputs, state)
    assert page["projects-count"]["children"] == "1–1 of 1 project"
    assert "/projects/B-1" in json.dumps(page["projects-table"])
    assert "/projects/A-1" not in json.dumps(page["projects-table"])
    assert page["projects-next"]["disabled"] is True
    assert page["projects-export"]["href"] == "/download/projects.csv?search=b-1"


def test_csv_export_streams_the_filtered_list_safely(settings, tmp_path):
    engine = make_engine(settings.database_url)
    with make_sessionmaker(engine).begin() as s:
        add_project(s, "C-1", add_portfolio(s, "Gamma"), name="=HYPERLINK(\"x\")")
    engine.dispose()
    client = create_app(settings, resolve_viewer=everyone_is_system).server.test_client()
    response = client.get("/download/projects.csv?sort=key&desc=1")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    lines = response.data.decode().splitlines()
    assert lines[0].startswith("key,name,portfolio")
    assert [line.split(",")[0] for line in lines[1:]] == ["C-1", "B-1", "A-1"]
    assert "'=HYPERLINK" in lines[1]  # formulas are neutralised
    only_done = client.get("/download/projects.csv?status=done").data.decode().splitlines()
    assert [line.split(",")[0] for line in only_done[1:]] == ["B-1"]
    bad = client.get("/download/projects.csv?status=nope&sort=evil")
    assert bad.status_code == 400
    assert bad.json["problems"] == ["status: unknown value 'nope'", "sort: unknown column 'evil'"]
