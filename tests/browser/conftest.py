"""Browser tests: dash_duo driving the system's headless Chromium (no driver downloads)."""

from __future__ import annotations

import datetime as dt
import shutil
import socket

import pytest
from selenium.webdriver.chrome.options import Options

from dashboard import background
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.demo import load_demo
from models import jobs
from tests.conftest import require
from tests.signin import browser_login, signed_in_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DEMO_PROJECTS = 40


def pytest_setup_options():
    options = Options()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,2200",
    ):
        options.add_argument(flag)
    return options


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def dash_duo(dash_duo):
    """Dash's fixture, serving each test on a port of its own: a background-callback process
    forked by one test can outlive it holding the listening socket, and must never answer the
    next test's browser."""
    start = dash_duo.start_server

    def start_server(app, navigate=True, **kwargs):
        """Start the app; when it names a test user (``tests.signin.signed_in_app``), sign
        in through the real form first, then open the dashboard."""
        kwargs.setdefault("port", free_port())
        login = app.server.config.get("TEST_LOGIN")
        start(app, navigate=navigate and not login, **kwargs)
        if login and navigate:
            dash_duo._url = dash_duo.server.url  # noqa: SLF001 - set without navigating
            browser_login(dash_duo, *login)
            dash_duo.server_url = dash_duo.server.url

    dash_duo.start_server = start_server
    return dash_duo


@pytest.fixture(autouse=True)
def _browser_available():
    require(bool(shutil.which("chromium") and shutil.which("chromedriver")),
            "headless Chromium with chromedriver")


@pytest.fixture(scope="session")
def demo_settings(tmp_path_factory):
    """A migrated SQLite database with a small seeded demo portfolio, shared by browser tests."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("demo"))
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, DEMO_PROJECTS, seed=11, today=dt.date.today())
    # Forecasts in place before any app starts, so its start-up fill-in changes nothing a
    # test has already read (at-risk counts depend on them).
    jobs.rescore(make_sessionmaker(engine), background.models_dir(settings), dt.date.today(),
                 trials=2_000)
    engine.dispose()
    return settings


@pytest.fixture
def demo_app(demo_settings):
    return signed_in_app(demo_settings, "browser-admin", "admin")


@pytest.fixture
def demo_session(demo_settings):
    engine = make_engine(demo_settings.database_url)
    with make_sessionmaker(engine)() as session:
        yield session
    engine.dispose()
