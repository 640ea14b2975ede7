"""The document view in headless Chromium: a copilot citation opens the document with the cited
passage highlighted and scrolled into view; the project page's list, its latest-meeting card
and the meeting digest's links lead there too. ``SCREENSHOTS=<dir>`` keeps screenshots at 1280
and 390 pixels wide."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from selenium.webdriver.support.wait import WebDriverWait

from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.schema import Document
from tests.browser_actions import click
from tests.factories import add_portfolio, add_project
from tests.signin import signed_in_app

pytestmark = pytest.mark.browser
MEETING = (Path(__file__).resolve().parents[1] / "fixtures" / "meetings" /
           "checkout_sync.txt").read_text()
REPEATS = 8  # long enough that the cited passage is far below the first screen
FOCUS = ".document-passage-focus"
IN_VIEW = """
const el = document.querySelector(arguments[0]);
if (!el) { return null; }
const r = el.getBoundingClientRect();
return {top: r.top, bottom: r.bottom, height: window.innerHeight, scrolled: window.scrollY};
"""


@pytest.fixture
def app(tmp_path):
    settings = Settings(data_dir=tmp_path, forecast_on_start=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        a1 = add_project(s, "A-1", alpha, name="Checkout revamp", start=dt.date(2026, 1, 5),
                         due=dt.date(2026, 9, 30))
        # the fallback switch's test plan is said only once, near the end
        body = (MEETING.replace("Mei: Lars, can you write the test plan for the fallback "
                                "switch by next Tuesday?\n", "") * (REPEATS - 1) + MEETING)
        s.add(Document(project_id=a1.id, kind="meeting_minutes", title="Checkout sync",
                       body=body, created_at=dt.datetime(2026, 5, 4, 10)))
    engine.dispose()
    built = signed_in_app(settings, portfolios=[])
    built.server.extensions["dashboard"].copilot.sync_now()  # indexed before any question
    return built


def wait_in_view(dash_duo, selector: str = FOCUS) -> dict:
    """The element's box once it sits inside the window (smooth scrolling takes a moment)."""
    box: dict = {}

    def inside(driver) -> bool:
        box.update(driver.execute_script(IN_VIEW, selector) or {})
        return bool(box) and box["top"] >= 0 and box["top"] < box["height"] \
            and box["bottom"] > 0
    WebDriverWait(dash_duo.driver, 10, poll_frequency=0.1).until(inside)
    return box


def shoot(dash_duo, name: str) -> None:
    """Load the same address afresh at a desktop and a phone width: the highlighted passage is
    brought into view by the page itself each time; with ``SCREENSHOTS`` set, keep a picture."""
    folder = os.environ.get("SCREENSHOTS")
    driver = dash_duo.driver
    address = driver.current_url
    for width, height in ((1280, 900), (390, 844)):
        driver.set_window_size(width, height)
        driver.get(address)
        dash_duo.wait_for_element(FOCUS, timeout=15)
        wait_in_view(dash_duo)
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(Path(folder) / f"{name}-{width}.png"))
    driver.set_window_size(1280, 900)


def test_a_copilot_citation_opens_the_document_at_the_highlighted_passage(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.set_window_size(1280, 900)
    dash_duo.wait_for_contains_text("#copilot-badge", "No model", timeout=15)  # sidebar ready
    dash_duo.find_element("#copilot-question").send_keys(
        "What did the checkout sync say about the test plan for the fallback switch?")
    dash_duo.find_element("#copilot-ask").click()
    dash_duo.wait_for_element("#copilot-history .copilot-exchange", timeout=60)
    cited = "#copilot-history a.copilot-citation[href^='/documents/']"
    assert dash_duo.find_elements(cited), dash_duo.find_element("#copilot-history").text
    link = dash_duo.find_element(cited)
    href = link.get_attribute("href")
    assert "?passage=d" in href
    link.click()
    dash_duo.wait_for_element(FOCUS, timeout=15)
    assert dash_duo.driver.current_url == href  # client-side navigation to the citation
    focus = dash_duo.find_element(FOCUS)
    assert href.endswith(focus.get_attribute("data-passage"))
    assert "test plan for the fallback switch" in focus.text
    box = wait_in_view(dash_duo)
    assert box["scrolled"] > 0  # it was below the first screen: the page scrolled to it
    assert dash_duo.find_element("#document-title").text == "Checkout sync"
    colour = focus.value_of_css_property("background-color")
    plain = dash_duo.find_elements(".document-passage:not(.document-passage-focus)")[0]
    assert colour != plain.value_of_css_property("background-color")  # visibly highlighted
    shoot(dash_duo, "document-citation")
    severe = [e for e in dash_duo.get_logs() or [] if e.get("level") == "SEVERE"]
    assert severe == []


def test_the_project_list_and_the_digest_lead_to_passages(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.set_window_size(1280, 900)
    dash_duo.driver.get(dash_duo.server_url + "/projects/A-1")
    # the project page's latest-meeting card: its decisions, and an action opening its passage
    dash_duo.wait_for_text_to_equal("#project-meeting-title", "Checkout sync", timeout=15)
    assert "keep the old provider as a fallback" in \
        dash_duo.find_element("#project-meeting-decisions").text
    action = "#project-meeting-actions li:first-child a"
    assert "Tom: remove the duplicate call" in \
        dash_duo.find_element("#project-meeting-actions li:first-child").text
    target = dash_duo.find_element(action).get_attribute("href").rsplit("=", 1)[1]
    click(dash_duo, action)
    dash_duo.wait_for_element(f"{FOCUS}[data-passage='{target}']", timeout=15)
    assert "remove the duplicate call" in dash_duo.find_element(FOCUS).text
    dash_duo.driver.back()
    click(dash_duo, "#project-docs-list a.document-link")
    dash_duo.wait_for_text_to_equal("#document-title", "Checkout sync", timeout=15)
    assert dash_duo.find_elements(FOCUS) == []  # no passage asked for: none highlighted
    last = "#document-actions li:last-child a"  # the last action: far down the text
    target = dash_duo.find_element(last).get_attribute("href").rsplit("=", 1)[1]
    click(dash_duo, last)
    dash_duo.wait_for_element(f"{FOCUS}[data-passage='{target}']", timeout=15)
    wait_in_view(dash_duo)
    # a search marks the words and highlights the best passage
    box = dash_duo.find_element("#document-q")
    box.clear()
    box.send_keys("fallback switch")
    click(dash_duo, "#document-find")
    dash_duo.wait_for_contains_text("#document-notice", "fallback switch", timeout=15)
    focus = dash_duo.find_element(FOCUS)
    assert "test plan for the fallback switch" in focus.text
    marks = {m.text.lower() for m in focus.find_elements("css selector", "mark")}
    assert marks == {"fallback", "switch"}
    wait_in_view(dash_duo)
    shoot(dash_duo, "document-search")
