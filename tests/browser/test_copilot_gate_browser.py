"""The confidence gate in headless Chromium: a question with a word the copilot does not know
comes back as clickable choices (no number), a choice asks its question, and a follow-up
("and for Beta?") is answered as the previous question with the new portfolio."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from tests.factories import add_portfolio, add_project
from tests.signin import signed_in_app

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("COPILOT_SHOTS")  # a folder to keep screenshots in, when set


@pytest.fixture
def app(tmp_path):
    settings = Settings(data_dir=tmp_path)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        start = dt.date(2025, 1, 6)
        add_project(s, "A-1", alpha, start=start, due=dt.date(2025, 6, 30), name="Battery")
        add_project(s, "A-2", alpha, start=start, due=dt.date(2025, 7, 30), name="Solar panel")
        add_project(s, "B-1", beta, start=start, due=dt.date(2025, 6, 30), name="Rocket")
    engine.dispose()
    return signed_in_app(settings)


def _ask(dash_duo, question: str, answers: int) -> None:
    box = dash_duo.find_element("#copilot-question")
    box.send_keys(question)
    dash_duo.find_element("#copilot-ask").click()
    dash_duo.wait_for_element(f"#copilot-history .copilot-exchange:nth-child({answers})",
                              timeout=20)


def _shot(dash_duo, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dash_duo.driver.save_screenshot(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.parametrize("width", [1280, 390])
def test_unknown_words_are_asked_back_with_choices_and_follow_ups_work(dash_duo, app, width):
    dash_duo.start_server(app)
    dash_duo.driver.set_window_size(width, 900)
    if width < 576:  # on a phone the sidebar opens from its button
        dash_duo.find_element("#copilot-open").click()
        dash_duo.wait_for_element("#copilot-question", timeout=10)
    _ask(dash_duo, "How many late projects are in the Finance portfolio?", 1)
    first = dash_duo.find_elements("#copilot-history .copilot-exchange")[0]  # newest first
    assert "I don't know “Finance”" in first.text  # no number: a question back
    _shot(dash_duo, f"gate-clarify-{width}")
    buttons = dash_duo.find_elements("#copilot-history button.copilot-choice")
    assert buttons and buttons[-1].text.startswith("Without Finance")
    buttons[-1].click()  # the broader question, asked knowingly
    dash_duo.wait_for_element("#copilot-history .copilot-exchange:nth-child(2)", timeout=20)
    second = dash_duo.find_elements("#copilot-history .copilot-exchange")[0]  # newest first
    assert "3 late projects" in second.text
    _ask(dash_duo, "How many late projects are in Alpha?", 3)
    _ask(dash_duo, "and for Beta?", 4)
    last = dash_duo.find_elements("#copilot-history .copilot-exchange")[0]  # newest first
    assert "Following up" in last.text and "1 late project in Beta" in last.text
    _shot(dash_duo, f"gate-followup-{width}")
    severe = [e for e in dash_duo.get_logs() or [] if e.get("level") == "SEVERE"]
    assert severe == []
