"""A viewer granted one portfolio gets nothing of another, on every read path, by crafted
request: every callback (enumerated from ``app.callback_map``), every page and its URL
parameters, the CSV export, every copilot tool, retrieval and whole answers. Both engines.

Beta's rows carry marker strings that appear nowhere else; a response that contains one has
crossed the viewer's scope. What the attacker typed (Beta's key, its portfolio's name, a
phrase of its minutes) may be echoed back as their own words, so those count only where they
were not typed. ``CROSSED`` counts crossings (must stay 0) for the closing note.
"""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from sqlalchemy import select

from dashboard.app import create_app
from dashboard.settings import Settings
from data.schema import Allocation, Document, Portfolio, ProjectSnapshot, Resource
from data.scope import Scope
from models.copilot import toolbox
from models.copilot.answer import Copilot, PageContext
from models.copilot.retrieval import DocumentIndex
from models.copilot.tools import ToolContext
from tests.callbacks import PAGES_ROUTER, body_for, page_body, post, response_text
from tests.factories import add_item, add_portfolio, add_project
from tests.signin import TEST_SECRET, add_user, login

MARKERS = ("Nightjar", "Mallory Quince", "Quentin Secretperson", "Ozymandias")
TYPED = ("BETA-7", "Zephyr", "xylophone")  # what crafted requests name
PATHS: set[str] = set()  # read paths checked (for the closing note)
CROSSED: list[str] = []


def assert_clean(text: str, where: str, typed: tuple[str, ...] = TYPED) -> None:
    PATHS.add(where.split("?")[0])
    markers = tuple(m for m in (*MARKERS, *TYPED) if m not in typed)
    found = [m for m in markers if m.lower() in text.lower()]
    if found:
        CROSSED.append(where)
    assert not found, (where, found, text[:400])


@pytest.fixture
def world(db, engine, tmp_path):
    today = dt.date.today()
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Zephyr vault")
        a = add_project(s, "A-1", alpha, name="Harbour crane", due=today - dt.timedelta(days=9))
        b = add_project(s, "BETA-7", beta, name="Nightjar rebuild",
                        due=today - dt.timedelta(days=20))
        b.owner = "Mallory Quince"
        for project in (a, b):
            add_item(s, project, status="done", points=5,
                     done_at=dt.datetime.combine(today - dt.timedelta(days=3), dt.time()))
            add_item(s, project, status="todo", points=8)
        secret = Resource(name="Quentin Secretperson", role="dev", skills=["cryptography"],
                          weekly_capacity=40)
        s.add(secret)
        s.flush()
        for days in (30, 20):  # two overlapping full-time allocations: over-allocated
            s.add(Allocation(resource_id=secret.id, project_id=b.id, share=0.9,
                             period_start=today - dt.timedelta(days=days),
                             period_end=today + dt.timedelta(days=days)))
        for project, body in ((a, "Crane inspection went fine."),
                              (b, "The xylophone cipher stays secret, says Ozymandias.")):
            s.add(Document(project_id=project.id, kind="meeting_minutes", title="Minutes",
                           body=body, created_at=dt.datetime(2026, 1, 5)))
            s.add(ProjectSnapshot(project_id=project.id, day=today - dt.timedelta(days=7),
                                  scope_points=13, done_points=5, in_progress_points=0,
                                  items_added=0, items_removed=0, team_size=1))
        alpha_id, beta_id = alpha.id, beta.id
    add_user(engine, "vera", "viewer", ["Alpha"])
    url = engine.url.render_as_string(hide_password=False)
    settings = Settings(data_dir=tmp_path, database_url=url, secret_key=TEST_SECRET,
                        forecast_on_start=False, copilot_index_on_start=False,
                        copilot_rate_limit=0)
    app = create_app(settings, start=False)
    client = app.server.test_client()
    login(client, "vera")
    yield app, client, alpha_id, beta_id, db
    app.server.extensions["dashboard"].stop()


def beta_values(beta_id: int) -> dict[str, object]:
    """Inputs aimed at Beta wherever an input could name it."""
    filters = {"portfolio": str(beta_id), "search": "BETA"}
    return {
        "overview-filters.data": filters,
        "overview-filter-portfolio.value": [beta_id],
        "overview-filter-search.value": "beta",
        "projects-view.data": {"filters": filters, "sort": "key", "desc": False},
        "projects-filter-portfolio.value": [beta_id],
        "project-key.data": "BETA-7",
        "project-items-page.active_page": 1,
        "project-docs-page.active_page": 1,
        "project-whatif-scope.value": 5, "project-whatif-team.value": 1,
        "resources-heatmap-page.active_page": 1, "resources-over-page.active_page": 1,
        "resources-skills.id": "resources-skills",
        "forecasts-job.data": None,
        "copilot-question.value": "How is this project doing, what is late, who is "
                                  "over-allocated and what do the minutes say?",
        "copilot-ask.n_clicks": 1, "shell-url.pathname": "/projects/BETA-7",
        "copilot-history-store.data": [],
        "{\"key\":[\"ALL\"],\"type\":\"projects-row\"}.n_clicks": [({"type": "projects-row",
                                                                  "key": "BETA-7"}, 1)],
    }


def test_every_callback_and_page_keeps_to_the_viewers_portfolios(world):
    app, client, _alpha, beta_id, _db = world
    values = beta_values(beta_id)
    refused = 0
    for key in app.callback_map:
        response = post(client, app, key, values)
        if response.status_code == 403:  # admin-only: refused outright
            refused += 1
            continue
        assert response.status_code in (200, 204, 400), (key, response.status_code)
        assert_clean(response_text(response), f"callback {key}")
    assert refused >= 4  # ai-usage, admin (3), the retrain and its cancel

    pages = ["/", f"/?portfolio={beta_id}", "/projects", f"/projects?portfolio={beta_id}",
             "/projects?search=BETA", "/projects/BETA-7", "/projects/A-1?key=BETA-7",
             "/resources", "/forecasts", "/ai-usage", "/admin"]
    for page in pages:
        path, _, search = page.partition("?")
        response = client.post("/_dash-update-component",
                               json=page_body(app, path, "?" + search if search else ""))
        assert response.status_code == 200, page
        text = response_text(response)
        assert_clean(text, f"page {page}")
    assert "Harbour crane" in response_text(client.post(
        "/_dash-update-component", json=page_body(app, "/projects/A-1")))


def test_the_filter_options_offer_only_granted_portfolios(world):
    app, client, alpha_id, beta_id, _db = world
    text = response_text(client.post("/_dash-update-component", json=page_body(app, "/")))
    assert "Alpha" in text
    assert_clean(text, "filter options", typed=())


def test_csv_export_and_downloads_keep_to_the_scope(world):
    _app, client, _alpha, beta_id, _db = world
    for query in ("", f"?portfolio={beta_id}", "?search=BETA", "?owner=Mallory+Quince",
                  "?sort=owner&desc=1"):
        response = client.get("/download/projects.csv" + query)
        assert response.status_code == 200
        text = response.get_data(as_text=True)
        assert_clean(text, f"download /download/projects.csv{query}")
        if not query or query.startswith("?sort"):
            assert "A-1" in text  # the granted project is there
    add_user(_app.server.extensions["dashboard"].engine, "ada", "admin")
    admin = _app.server.test_client()
    login(admin, "ada")  # the markers are real: an admin's export has them
    assert "Mallory Quince" in admin.get("/download/projects.csv").get_data(as_text=True)


def test_a_copilot_question_by_crafted_request_never_answers_from_beta(world):
    app, client, _alpha, _beta, _db = world
    asked = post(client, app, [k for k in app.callback_map if k.startswith("..copilot-job")][0],
                 beta_values(0), changed=["copilot-ask.n_clicks"])
    job = asked.get_json()["response"]["copilot-job"]["data"]
    poll = [k for k in app.callback_map if k.startswith("..copilot-live")][0]
    for _ in range(200):
        response = post(client, app, poll, {"copilot-poll.n_intervals": 1,
                                            "copilot-job.data": job,
                                            "copilot-history-store.data": []})
        text = response_text(response)
        assert_clean(text, "copilot answer (streamed and final)")
        if "copilot-history-store" in text:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the answer never finished")


QUESTIONS = ["What is late?", "Is BETA-7 late?", "Who is over-allocated?",
             "Tell me about the Zephyr vault", "xylophone cipher", "status of BETA-7",
             "forecast for BETA-7", "what did the minutes say?", "portfolio summary",
             "which projects are at risk?", "throughput of BETA-7", "latest documents"]


def test_copilot_tools_retrieval_and_answers_in_a_limited_scope(world, tmp_path):
    _app, _client, alpha_id, _beta, db = world
    scope = Scope.of(alpha_id)
    index = DocumentIndex(tmp_path / "index")
    with db() as s:
        index.rebuild(s)
        assert index.search("xylophone cipher", Scope.everything())  # it is indexed...
        passages = index.search("xylophone cipher Zephyr vault", scope, k=10)
        assert_clean(json.dumps([p.__dict__ for p in passages], default=str), "retrieval")
        ctx = ToolContext(s, scope, dt.date.today(), index)
        args = {"project_key": "BETA-7", "portfolio": "Zephyr vault", "query": "xylophone cipher",
                "text": "Zephyr", "owner": "Mallory Quince", "limit": 50}
        for name, tool in toolbox.TOOLS.items():
            allowed = {k: v for k, v in args.items() if k in tool.properties}
            for call_args in (allowed, {}):
                result = toolbox.call(name, call_args, ctx)
                assert_clean(json.dumps([result.text, [c.__dict__ for c in result.citations]],
                                        default=str), f"tool {name}",
                             typed=(*TYPED, "Mallory Quince"))  # the owner filter was typed
    copilot = Copilot(db, index=index)
    for question in QUESTIONS:
        for context in (PageContext(), PageContext.from_path("/projects/BETA-7")):
            answer = copilot.ask(question, scope, context)
            shown = {"text": answer.text, "citations": answer.to_dict()["citations"]}
            assert_clean(json.dumps(shown, default=str), "copilot ask")
    with db() as s:  # the markers are real: the same questions over everything find Beta
        assert s.scalar(select(Portfolio.id).where(Portfolio.name == "Zephyr vault"))
    everything = copilot.ask("Is BETA-7 late?", Scope.everything())
    assert "BETA-7" in json.dumps(everything.to_dict(), default=str)


def test_zz_report(world):
    """Print what was covered (pytest -s shows it)."""
    assert not CROSSED
    print(f"\nscope: {len(PATHS)} read paths checked, {len(CROSSED)} crossed")
    assert PAGES_ROUTER and body_for
