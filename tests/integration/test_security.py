"""The gate over HTTP: nobody signed in gets nothing but sign-in and health; hosts, origins,
sizes and bodies are checked; admin-only actions (background jobs included) refuse others;
every response carries the headers; errors never show a traceback; actions are audited."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
import threading
import time

import pytest
from sqlalchemy import func, select
from werkzeug.serving import make_server

from dashboard import background
from dashboard.app import create_app
from dashboard.auth import as_viewer
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data import audit
from data.db import make_engine, make_sessionmaker
from data.schema import AuditEvent, Portfolio, User
from data.scope import Scope
from data.viewer import Viewer
from tests.callbacks import body_for, page_body, post, response_text
from tests.factories import add_portfolio, add_project
from tests.signin import add_user, login

# /readyz and /metrics answer probes and Prometheus without a session: aggregates, no user data.
PUBLIC = {"/login", "/logout", "/healthz", "/readyz", "/metrics", "/csp-report", "/_favicon.ico"}
SAMPLE = {"<path:filename>": "vendor/bootstrap.min.css", "<path:path>": "projects/A-1",
          "<string:package_name>": "dash",
          "<path:fingerprinted_path>": "dcc/dash_core_components.js"}


@pytest.fixture
def settings(tmp_path):
    settings = Settings(data_dir=tmp_path, forecast_on_start=False, copilot_index_on_start=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        add_project(s, "A-1", alpha)
    add_user(engine, "vera", "viewer", ["Alpha"])
    add_user(engine, "ada", "admin")
    engine.dispose()
    return settings


@pytest.fixture
def app(settings):
    return create_app(settings, start=False)


def concrete(rule: str) -> str:
    for pattern, value in SAMPLE.items():
        rule = rule.replace(pattern, value)
    return rule


def test_anonymous_requests_are_refused_on_every_route_and_callback(app):
    client = app.server.test_client()
    client.get("/healthz")  # the first request registers Dash's page router
    routes = 0
    for rule in app.server.url_map.iter_rules():
        path = concrete(rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            routes += 1
            response = client.open(path, method=method, headers={"Accept": "text/html"})
            if path in PUBLIC or path.startswith("/assets/vendor/"):
                assert response.status_code not in (401, 302) or path == "/logout", path
                continue
            if response.status_code == 302:  # a page: to the sign-in form
                assert response.headers["Location"].startswith("/login"), path
            else:
                assert response.status_code == 401, (method, path, response.status_code)
    callbacks = 0
    for key in app.callback_map:
        callbacks += 1
        response = post(client, app, key)
        assert response.status_code == 401, key
        assert "Sign in first" in response_text(response)
    assert routes >= 15 and callbacks >= 25


def test_every_response_carries_the_security_headers(app):
    client = app.server.test_client()
    login(client, "vera")
    for path in ("/", "/_dash-layout", "/login", "/healthz", "/assets/dashboard.css"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert re.search(r"script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;", csp)
        assert "unsafe-eval" not in csp and "'unsafe-inline'" not in csp.split("style-src")[0]
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
    assert client.get("/_dash-layout").headers["Cache-Control"] == "no-store"
    index = re.sub(r"<!--.*?-->", "", client.get("/").get_data(as_text=True), flags=re.DOTALL)
    inline = re.findall(r"<script>(.*?)</script>", index, re.DOTALL)  # comments never run
    assert inline
    csp = client.get("/").headers["Content-Security-Policy"]
    for script in inline:  # every inline script Dash writes is allowed by its hash
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_secure_cookies_behind_https(settings):
    settings.secure_cookies = True
    client = create_app(settings, start=False).server.test_client()
    login(client, "vera")
    cookie = client.get_cookie("dashboard_session")
    assert cookie.secure and cookie.http_only and cookie.same_site == "Lax"


def test_only_allowed_host_names_are_served(settings):
    client = create_app(settings, start=False).server.test_client()
    assert client.get("/login", headers={"Host": "attacker.example"}).status_code == 400
    assert client.get("/login", headers={"Host": "localhost:8050"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "10.0.0.7"}).status_code == 200
    settings.allowed_hosts = "dash.example.com, .corp.example"
    client = create_app(settings, start=False).server.test_client()
    assert client.get("/login", headers={"Host": "dash.example.com"}).status_code == 200
    assert client.get("/login", headers={"Host": "a.corp.example"}).status_code == 200
    assert client.get("/login", headers={"Host": "localhost"}).status_code == 400


def test_callback_posts_must_be_same_origin_json_and_well_formed(app):
    client = app.server.test_client()
    login(client, "vera")
    key = "overview-insights.children"
    assert post(client, app, key).status_code == 200
    cross = post(client, app, key, headers={"Origin": "http://attacker.example"})
    assert cross.status_code == 403
    referer = post(client, app, key, headers={"Referer": "http://attacker.example/x"})
    assert referer.status_code == 403
    assert post(client, app, key, headers={"Origin": "http://localhost"}).status_code == 200
    form = client.post("/_dash-update-component", data={"output": key})
    assert form.status_code in (400, 415)
    good = body_for(app, key)
    broken = [None, [], "x", {}, {**good, "output": "nope.children"},
              {**good, "inputs": []}, {**good, "inputs": [{"id": "x", "property": "data"}]},
              {**good, "outputs": [good["outputs"], good["outputs"]]},
              {**good, "changedPropIds": "overview-filters.data"},
              {**good, "state": [1]},
              page_body(app, "/", "?x=1") | {"inputs": [{"id": "_pages_location",
                                                         "property": "pathname", "value": 7},
                                                        {"id": "_pages_location",
                                                         "property": "search", "value": ""}]}]
    for body in broken:
        response = client.post("/_dash-update-component", json=body)
        assert response.status_code in ((400, 415) if body is None else (400,)), body
        assert "Traceback" not in response_text(response)


def test_admin_only_actions_refuse_others_before_anything_runs(app, settings):
    client = app.server.test_client()
    login(client, "vera")
    models = background.models_dir(settings)
    before = sorted(models.glob("**/*")) if models.exists() else []
    retrain = post(client, app, "forecasts-job.data", {"forecasts-retrain.n_clicks": 1})
    assert retrain.status_code == 403 and "Only an admin" in response_text(retrain)
    poll = client.post("/_dash-update-component?cacheKey=abc&job=1",
                       json=body_for(app, "forecasts-job.data",
                                     {"forecasts-retrain.n_clicks": 1}))
    assert poll.status_code == 403
    cancel = post(client, app, "forecasts-cancel.id", {"forecasts-cancel.n_clicks": 1})
    assert cancel.status_code == 403
    for key in app.callback_map:
        if key.startswith(("..ai-usage", "..admin-")):
            assert post(client, app, key).status_code == 403, key
    time.sleep(0.5)  # a job would have started by now: nothing was written
    assert (sorted(models.glob("**/*")) if models.exists() else []) == before
    page = client.post("/_dash-update-component", json=page_body(app, "/admin"))
    assert "Not allowed" in response_text(page)
    layout = client.get("/_dash-layout").get_data(as_text=True)
    assert '"/admin"' not in layout and '"/ai-usage"' not in layout

    admin = app.server.test_client()
    login(admin, "ada")
    users = post(admin, app, "..admin-users.children...admin-users-page.max_value..",
                 {"admin-refresh.data": 0, "admin-users-page.active_page": 1})
    assert users.status_code == 200 and "vera" in response_text(users)
    with make_sessionmaker(make_engine(settings.database_url))() as s:
        denied = s.scalar(select(func.count(AuditEvent.id)).where(
            AuditEvent.action == "denied", AuditEvent.actor == "vera"))
    assert denied >= 5


def test_the_factory_refuses_admin_callbacks_when_called_with_another_viewer(settings):
    viewer = Viewer("vera", "viewer", Scope.of())
    app = create_app(settings, resolve_viewer=as_viewer(viewer), start=False)
    # even past the request gate (rules off), the bound callback itself refuses
    app.server.before_request_funcs[None] = [
        f for f in app.server.before_request_funcs[None] if f.__name__ != "gate"]
    from flask import g

    app.server.before_request_funcs[None].insert(0, lambda: setattr(g, "viewer", viewer))
    client = app.server.test_client()
    response = post(client, app, "..ai-usage-hosts.children...ai-usage-table.children..."
                                 "ai-usage-index.children..")
    assert response.status_code == 403


def test_errors_never_show_a_traceback(app):
    @app.server.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    client = app.server.test_client()
    login(client, "vera")
    response = client.get("/boom", headers={"Accept": "application/json"})
    assert response.status_code == 500
    text = response_text(response)
    assert "Something went wrong" in text and "secret internals" not in text
    assert "Traceback" not in text
    assert client.get("/nonexistent.txt", headers={"Accept": "application/json"}
                      ).status_code in (200, 404)


def test_actions_are_audited_and_the_log_reads_by_page_and_filter(app, settings):
    client = app.server.test_client()
    login(client, "vera")
    login(app.server.test_client(), "vera", "wrong password!!")
    assert client.get("/download/projects.csv").status_code == 200
    ask = [k for k in app.callback_map if k.startswith("..copilot-job")][0]
    asked = post(client, app, ask, {"copilot-ask.n_clicks": 1, "shell-url.pathname": "/",
                                    "copilot-question.value": "What is late?",
                                    "copilot-history-store.data": []})
    assert asked.status_code == 200
    assert post(client, app, ask, {"copilot-ask.n_clicks": 2, "copilot-question.value": " ",
                                   "copilot-history-store.data": []}).status_code in (200, 204)
    factory = make_sessionmaker(make_engine(settings.database_url))
    for i in range(120):
        audit.record_now(factory, "download", f"user{i % 3}", target=f"/download/{i}")
    admin = app.server.test_client()
    login(admin, "ada")
    key = "..admin-audit.children...admin-audit-page.max_value.."
    values = {"admin-audit-action.value": "download", "admin-audit-actor.value": "user1",
              "admin-audit-page.active_page": 1}
    response = post(admin, app, key, values)
    data = response.get_json()["response"]
    assert data["admin-audit-page"]["max_value"] == 1  # 40 entries, 50 a page
    assert response_text(response).count("/download/") == 40
    values["admin-audit-actor.value"] = ""
    data = post(admin, app, key, values).get_json()["response"]
    assert data["admin-audit-page"]["max_value"] == 3  # 120 downloads by three users
    with factory() as s:
        rows = {(r.actor, r.action, r.outcome) for r in s.scalars(select(AuditEvent))}
    assert {("vera", "sign_in", "ok"), ("vera", "sign_in", "failed"), ("vera", "export", "ok"),
            ("ada", "sign_in", "ok"), ("vera", "copilot_question", "ok")} <= rows
    with factory() as s:  # the empty question was not asked, so it is not recorded
        questions = list(s.scalars(select(AuditEvent.target).where(
            AuditEvent.action == "copilot_question")))
    assert questions == ["What is late?"]


def test_an_oversized_request_is_refused_before_its_body_is_read(settings):
    app = create_app(settings, start=False)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_port
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
                         + b"[" * 1000)  # 50 MB announced, 1 kB sent: the answer comes anyway
            answer = sock.recv(200)
            # while that connection is open, the app answers others
            with socket.create_connection(("127.0.0.1", port), timeout=5) as other:
                other.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                assert other.recv(100).startswith(b"HTTP/1.1 200")
        assert answer.startswith(b"HTTP/1.1 413")
        too_big = create_app(settings, start=False).server.test_client().post(
            "/login", data=b"x" * (settings.max_request_bytes + 1),
            content_type="application/x-www-form-urlencoded")
        assert too_big.status_code == 413
    finally:
        server.shutdown()


def test_csp_reports_are_taken_anonymously_and_logged(app):
    client = app.server.test_client()
    report = json.dumps({"csp-report": {"blocked-uri": "http://evil.example/x.png"}})
    response = client.post("/csp-report", data=report, content_type="application/csp-report")
    assert response.status_code == 204
    assert b"evil.example" in app.server.extensions["csp_reports"][0]


def test_buttons_for_admins_only_are_hidden_and_no_chart_offers_cloud_sharing(app):
    from components.plotting import GRAPH_CONFIG

    viewer, admin = app.server.test_client(), app.server.test_client()
    login(viewer, "vera")
    login(admin, "ada")
    shown = json.loads(response_text(viewer.post("/_dash-update-component",
                                                 json=page_body(app, "/forecasts"))))
    retrain = find_component(shown, "forecasts-retrain")
    assert retrain["props"]["style"] == {"display": "none"} and retrain["props"]["disabled"]
    shown = json.loads(response_text(admin.post("/_dash-update-component",
                                                json=page_body(app, "/forecasts"))))
    assert find_component(shown, "forecasts-retrain")["props"].get("style") is None
    graphs = 0
    for page in ("/", "/projects", "/projects/A-1", "/resources", "/forecasts", "/ai-usage",
                 "/admin"):
        tree = json.loads(response_text(admin.post("/_dash-update-component",
                                                   json=page_body(app, page))))
        for graph in walk(tree):
            if graph.get("type") == "Graph":
                graphs += 1
                config = graph["props"]["config"]
                assert config == GRAPH_CONFIG and not config["showSendToCloud"]
                buttons = {b for group in config["modeBarButtons"] for b in group}
                assert "toImage" in buttons and "sendDataToCloud" not in buttons  # PNG stays
    assert graphs >= 12


def walk(node):
    if isinstance(node, dict):
        if "type" in node and "props" in node:
            yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def find_component(tree, component_id):
    return next(n for n in walk(tree) if n["props"].get("id") == component_id)


ACT = "..admin-user-result.children...admin-refresh.data.."


def test_the_admin_page_manages_users_and_grants_and_audits_each_change(app, settings):
    admin = app.server.test_client()
    login(admin, "ada")
    factory = make_sessionmaker(make_engine(settings.database_url))
    with factory() as s:
        alpha = s.scalar(select(Portfolio.id).where(Portfolio.name == "Alpha"))

    def act(action, **fields):
        values = {f"admin-user-{action}.n_clicks": 1, "admin-user-name.value": "nina",
                  "admin-user-role.value": "viewer", "admin-user-portfolios.value": [alpha],
                  "admin-refresh.data": 0, "admin-user-display.value": "Nina\x00 N",
                  **{f"admin-user-{k}.value": v for k, v in fields.items()}}
        response = post(admin, app, ACT, values, changed=[f"admin-user-{action}.n_clicks"])
        assert response.status_code == 200, response_text(response)
        return response_text(response)

    created = act("create")
    password = re.search(r'"admin-password".*?"children": ?"([^"]+)"|"children": ?"([^"]+)"'
                         r'[^}]*"id": ?"admin-password"', created)
    assert "Created nina" in created and password
    nina = app.server.test_client()
    assert login(nina, "nina", password.group(1) or password.group(2)).status_code == 302
    assert "already exists" in act("create")
    assert "Revoked 1" in act("revoke") and "Granted 1" in act("grant")
    assert "now manager" in act("role", role="manager")
    assert nina.get("/_dash-layout").status_code == 401  # a role change ends her sessions
    assert "deactivated" in act("deactivate") and "activated" in act("activate")
    assert "New password" in act("reset")
    assert "last active admin" in act("deactivate", name="ada")
    assert "no user" in act("grant", name="ghost")
    with factory() as s:
        ops = [r.detail["op"] for r in s.scalars(select(AuditEvent).where(
            AuditEvent.action == "admin").order_by(AuditEvent.id))]
        display = s.scalar(select(User.display_name).where(User.username == "nina"))
    assert ops == ["create", "revoke", "grant", "role", "deactivate", "activate", "reset"]
    assert display == "Nina N"  # a NUL typed into a form never reaches the database
    viewer = app.server.test_client()
    login(viewer, "vera")
    assert post(viewer, app, ACT, {"admin-user-create.n_clicks": 1},
                changed=["admin-user-create.n_clicks"]).status_code == 403
