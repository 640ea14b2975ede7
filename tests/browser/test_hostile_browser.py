"""Hostile strings are inert in a real Chromium: in project, portfolio, owner, resource and
document text on every page, in Insights, in the audit log, and in copilot answers streamed and
final. No script runs, nothing is fetched from a host we did not serve, and the CSP in force
reports no violation (the harness is checked: a deliberate remote image is caught)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.schema import Allocation, Document, Project, Resource
from tests.factories import add_item, add_portfolio, add_project
from tests.ollama_stub import OllamaStub, text_chunks
from tests.signin import login, signed_in_app

pytestmark = pytest.mark.browser
EVIL = "evil.invalid"
HOSTILE = [
    "<script>window.__xss='script'</script>",
    "<img src=x onerror=\"window.__xss='img'\">",
    f"![pic](http://{EVIL}/image.png)",
    "[click](javascript:window.__xss='link')",
    f"[away](//{EVIL}/relative)",
    f"![ref][r]\n\n[r]: http://{EVIL}/ref.png",
    "\u202eRTL override \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "W" * 10_000,
]
ANSWER = "[fine](/projects/H-1) " + " ".join(HOSTILE[:6])
PAGES = ["/", "/projects", "/projects/H-1", "/projects/H-2", "/resources", "/forecasts",
         "/ai-usage", "/admin"]


def model_reply(request):
    return text_chunks(request.get("model", ""), ANSWER)


@pytest.fixture
def stub():
    # a stream of a few seconds, so the page shows it between two polls even on a slow machine
    # (at 0.02 s a chunk it could end before the page polled: "streamed 0" on a CI run of 7b03376)
    with OllamaStub(reply=model_reply, chunk_delay=0.08) as server:
        yield server


@pytest.fixture
def hostile_app(tmp_path, stub):
    settings = Settings(data_dir=tmp_path, ollama_host=stub.url, copilot_ollama_embeddings=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    today = dt.date.today()
    with make_sessionmaker(engine).begin() as s:
        portfolio = add_portfolio(s, HOSTILE[1])
        for i, text in enumerate(HOSTILE, start=1):
            project = add_project(s, f"H-{i}", portfolio, name=text,
                                  due=today - dt.timedelta(days=5 + i))
            project.owner = text[:120]
            project.description = text
            add_item(s, project, status="done", points=3,
                     done_at=dt.datetime.combine(today - dt.timedelta(days=2), dt.time()))
            add_item(s, project, status="todo", points=5)
            s.add(Document(project_id=project.id, kind="status_note", title=text[:300],
                           body=f"Status: {text}", created_at=dt.datetime(2026, 1, 2)))
        # a key the importer would now refuse, as older data may hold
        add_project(s, f"![k](http://{EVIL}/key.png)", portfolio, name="Old key")
        person = Resource(name=HOSTILE[0], role=HOSTILE[2][:80], skills=[HOSTILE[3]],
                          weekly_capacity=40)
        s.add(person)
        s.flush()
        first = s.scalar(select(Project.id).where(Project.key == "H-1"))
        for days in (20, 10):
            s.add(Allocation(resource_id=person.id, project_id=first, share=0.9,
                             period_start=today - dt.timedelta(days=days),
                             period_end=today + dt.timedelta(days=days)))
    engine.dispose()
    return signed_in_app(settings, "hostile-admin", "admin")


def foreign_requests(driver, origin: str) -> list[str]:
    names = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    return [n for n in names if urlsplit(n).netloc not in ("", urlsplit(origin).netloc)]


def check_inert(dash_duo, app, where: str) -> None:
    driver = dash_duo.driver
    assert driver.execute_script("return window.__xss") is None, where
    hrefs = driver.execute_script(
        "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "//"))], where
    srcs = driver.execute_script(
        "return [...document.querySelectorAll('img[src], iframe[src]')].map(e => e.src)")
    assert not [s for s in srcs if EVIL in s], where
    assert foreign_requests(driver, dash_duo.server_url) == [], where
    assert app.server.extensions.get("csp_reports", []) == [], where
    logs = [e["message"] for e in dash_duo.get_logs()]
    assert not [m for m in logs if "Content Security Policy" in m or EVIL in m], (where, logs)


def settle(driver, seconds: float = 15) -> None:
    """Wait until Dash has no callback in flight (then a moment for rendering)."""
    driver.execute_async_script("""
        const done = arguments[arguments.length - 1], until = Date.now() + arguments[0];
        (function poll() {
            const busy = document.querySelectorAll('[data-dash-is-loading="true"]').length;
            if (!busy || Date.now() > until) { setTimeout(done, 300); }
            else { setTimeout(poll, 100); }
        })();""", seconds * 1000)


def test_hostile_text_is_inert_on_every_page_and_in_every_answer(dash_duo, hostile_app):
    app = hostile_app
    for name in HOSTILE[:2]:  # hostile names at the sign-in form: the audit log shows them
        login(app.server.test_client(), name, "wrong password, surely")
    dash_duo.start_server(app)
    driver = dash_duo.driver
    driver.set_script_timeout(30)
    pages_seen = 0
    for page in PAGES:
        driver.get(dash_duo.server_url + page)
        dash_duo.wait_for_element("#signin-user", timeout=15)
        settle(driver)
        pages_seen += 1
        check_inert(dash_duo, app, page)
    assert "<script>" in dash_duo.find_element("#admin-audit").text  # /admin: shown as text
    driver.get(dash_duo.server_url + "/")
    dash_duo.wait_for_contains_text("#overview-insights-card", "past due", timeout=15)
    insights = dash_duo.find_element("#overview-insights-card").text
    assert f"[r]: http://{EVIL}/ref.png" in insights  # names are shown as text, not Markdown
    check_inert(dash_duo, app, "insights")

    question = dash_duo.find_element("#copilot-question")
    question.send_keys("What is late? " + HOSTILE[0])  # H-1 is named so: the model may cite it
    dash_duo.find_element("#copilot-ask").click()
    streamed = 0
    for _ in range(300):
        if dash_duo.find_elements("#copilot-stream"):
            streamed += 1
            check_inert(dash_duo, app, "copilot stream")
        if dash_duo.find_elements("#copilot-history .copilot-exchange"):
            break
        driver.execute_async_script("setTimeout(arguments[0], 50)")
    dash_duo.wait_for_element("#copilot-history .copilot-exchange", timeout=30)
    answer = dash_duo.find_element("#copilot-history .copilot-answer")
    assert "fine" in answer.text and answer.find_elements("css selector", "a[href='/projects/H-1']")
    check_inert(dash_duo, app, "copilot answer")
    assert streamed >= 1 and pages_seen == len(PAGES)

    # the harness can see a violation: a remote image injected by hand is blocked and reported
    driver.execute_script(f"var i = new Image(); i.src = 'http://{EVIL}/probe.png';"
                          "document.body.appendChild(i);")
    for _ in range(50):
        if app.server.extensions.get("csp_reports"):
            break
        driver.execute_async_script("setTimeout(arguments[0], 100)")
    assert app.server.extensions.get("csp_reports"), "the CSP blocked and reported the probe"
