"""The copilot sidebar in headless Chromium: tokens stream in, a citation opens its project."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.schema import Document
from tests.factories import add_portfolio, add_project
from tests.ollama_stub import OllamaStub
from tests.signin import signed_in_app

pytestmark = pytest.mark.browser


@pytest.fixture
def stub():
    with OllamaStub(chunk_delay=0.15) as server:
        yield server


@pytest.fixture
def app(tmp_path, stub):
    settings = Settings(data_dir=tmp_path, ollama_host=stub.url)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        late = add_project(s, "A-7", alpha, start=dt.date(2025, 1, 6), due=dt.date(2025, 6, 30),
                           name="Battery remote")
        s.add(Document(project_id=late.id, kind="meeting_minutes", title="Battery sync",
                       body="Decision: the battery will be lithium.",
                       created_at=dt.datetime(2025, 5, 1)))
    engine.dispose()
    return signed_in_app(settings)


def test_ask_stream_and_open_the_cited_project(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.wait_for_contains_text("#copilot-badge", "llama3:8b", timeout=15)
    dash_duo.find_element("#copilot-question").send_keys("Which projects are late?")
    dash_duo.find_element("#copilot-ask").click()

    # tokens arrive while the answer is still being written: sample the live area until done
    partials: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = dash_duo.driver.execute_script(
            "const e = document.querySelector('#copilot-stream'); return e ? e.innerText : null;")
        if text and text.startswith("From the data"):
            partials.append(text)
        if dash_duo.find_elements("#copilot-history .copilot-exchange"):
            break
        time.sleep(0.05)
    assert partials, "no streamed text was ever shown"
    partial = partials[0]
    final = dash_duo.find_element("#copilot-history .copilot-answer").text
    assert final.startswith("From the data") and len(final) > len(partial)
    assert "A-7" in final
    dash_duo.wait_for_no_elements("#copilot-stream", timeout=5)  # the live area is cleared
    assert "llama3:8b" in dash_duo.find_element("#copilot-history .copilot-meta").text

    link = dash_duo.find_element("#copilot-history a.copilot-citation")
    assert link.get_attribute("href").endswith("/projects/A-7")
    link.click()
    dash_duo.wait_for_contains_text("#project-title", "A-7", timeout=15)
    assert dash_duo.driver.current_url.endswith("/projects/A-7")
    # the history survives navigation (session storage) and the sidebar is still there
    assert dash_duo.find_elements("#copilot-history .copilot-exchange")
    severe = [e for e in dash_duo.get_logs() or [] if e.get("level") == "SEVERE"]
    assert severe == []
