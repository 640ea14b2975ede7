"""Browser tests: dash_duo driving the system's headless Chromium (no driver downloads)."""

from __future__ import annotations

import shutil

import pytest
from selenium.webdriver.chrome.options import Options

from tests.conftest import require

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_setup_options():
    options = Options()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    return options


@pytest.fixture(autouse=True)
def _browser_available():
    require(bool(shutil.which("chromium") and shutil.which("chromedriver")),
            "headless Chromium with chromedriver")
