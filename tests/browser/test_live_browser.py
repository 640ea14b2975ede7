"""Live updates in a real browser: a project list is open, the CLI (another process) changes a
project on it, and the row changes without a reload, over the websocket and, with websockets
unavailable in the browser, through the polling fallback. The page's filters, scroll position
and time origin stay; nothing is logged to the console.

These tests write, so they use a database of their own (not the shared demo one).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from dashboard import background
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.demo import load_demo
from data.filters import STATUS_LABELS, ProjectFilters
from data.project_queries import project_page
from data.schema import Project
from data.scope import Scope
from models import jobs
from tests.signin import signed_in_app

ROOT = Path(__file__).resolve().parents[2]
PROJECTS = 30


@pytest.fixture(scope="module")
def live_settings(tmp_path_factory):
    settings = Settings(data_dir=tmp_path_factory.mktemp("live"), live_fallback_ms=1000,
                        copilot_index_on_start=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, PROJECTS, seed=5, today=dt.date.today())
    jobs.rescore(make_sessionmaker(engine), background.models_dir(settings), dt.date.today(),
                 trials=500)
    engine.dispose()
    return settings


def cli(settings: Settings, *args: str) -> None:
    env = {**os.environ, "DATA_DIR": str(settings.data_dir)}
    env.pop("REDIS_URL", None)
    done = subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def a_shown_project(settings: Settings, priority: str) -> tuple[str, str]:
    """(key, status code) of a project on the first page of the priority-filtered list, whose
    status is not "on_hold" (the test moves it there)."""
    engine = make_engine(settings.database_url)
    with make_sessionmaker(engine)() as s:
        page = project_page(s, Scope.everything(), dt.date.today(),
                            ProjectFilters(priority=(priority,)), sort="key", page_size=25)
        for row in page.items:
            status = s.scalar(select(Project.status_id).where(Project.key == row.key))
            if status != 3:  # on_hold is the third status
                engine.dispose()
                return row.key, str(status)
    engine.dispose()
    raise AssertionError("no project to change")


def row_text(dash_duo, key: str) -> str:
    return dash_duo.driver.execute_script(
        "const a=[...document.querySelectorAll('#projects-list tbody tr td:first-child a')]"
        ".find(x=>x.textContent.trim()===arguments[0]);"
        "return a ? a.closest('tr').innerText : '';", key)


def open_filtered_list(dash_duo, app, priority: str) -> dict:
    dash_duo.start_server(app)
    driver = dash_duo.driver
    driver.set_window_size(1280, 700)
    driver.get(dash_duo.server_url + f"/projects?priority={priority}")
    dash_duo.wait_for_element("#projects-list tbody tr", timeout=20)
    dash_duo.wait_for_element("#live-status", timeout=10)
    driver.execute_script("window.scrollTo(0, 240);")
    time.sleep(0.3)
    return driver.execute_script(
        "return {origin: performance.timeOrigin, url: location.href, y: window.scrollY,"
        " top: document.querySelector('#projects-list').getBoundingClientRect().top};")


def change_and_watch(dash_duo, settings, key: str, bound: float) -> float:
    """Run the CLI, then wait (at most ``bound`` s after it exits) for the row to change;
    returns how long the page took after the CLI exited."""
    on_hold = STATUS_LABELS["on_hold"]
    assert on_hold not in row_text(dash_duo, key)
    cli(settings, "project", "status", key, "on_hold")
    exited = time.monotonic()
    while on_hold not in row_text(dash_duo, key):
        assert time.monotonic() - exited < bound, f"{key} still shows {row_text(dash_duo, key)}"
        time.sleep(0.05)
    return time.monotonic() - exited


def check_page_kept(dash_duo, before: dict) -> None:
    after = dash_duo.driver.execute_script(
        "return {origin: performance.timeOrigin, url: location.href, y: window.scrollY,"
        " top: document.querySelector('#projects-list').getBoundingClientRect().top};")
    assert after["origin"] == before["origin"], "the page reloaded"
    assert after["url"] == before["url"], "the filters in the address changed"
    # the list stays where the reader had it on screen (the browser's scroll anchoring may
    # move scrollY when something above it changes height; what is read must not move)
    assert before["y"] > 0 and abs(after["top"] - before["top"]) < 1, (before, after)
    assert dash_duo.get_logs() == []


def test_a_cli_change_shows_on_the_open_page_over_the_websocket(dash_duo, live_settings):
    app = signed_in_app(live_settings, "live-admin", "admin")
    key, _ = a_shown_project(live_settings, "high")
    before = open_filtered_list(dash_duo, app, "high")
    dash_duo.wait_for_contains_text("#live-status", "Live", timeout=10)
    took = change_and_watch(dash_duo, live_settings, key, bound=5.0)
    print(f"\nwebsocket: the row changed {took * 1000:.0f} ms after the CLI exited")
    check_page_kept(dash_duo, before)
    assert "last changed at" in dash_duo.find_element("#live-status").get_attribute("title")
    assert dash_duo.driver.execute_script("return window.dashboardLive.mode") == "live"


def test_without_websockets_the_page_polls_the_version(dash_duo, live_settings):
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                    {"source": "window.WebSocket = undefined;"})
    app = signed_in_app(live_settings, "live-admin", "admin")
    key, _ = a_shown_project(live_settings, "medium")
    before = open_filtered_list(dash_duo, app, "medium")
    dash_duo.wait_for_contains_text("#live-status", "Polling", timeout=10)
    took = change_and_watch(dash_duo, live_settings, key,
                            bound=live_settings.live_fallback_ms / 1000 + 5.0)
    print(f"\npolling every {live_settings.live_fallback_ms} ms: the row changed "
          f"{took * 1000:.0f} ms after the CLI exited")
    check_page_kept(dash_duo, before)
    assert dash_duo.driver.execute_script("return window.dashboardLive.mode") == "polling"
