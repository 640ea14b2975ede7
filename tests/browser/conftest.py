"""Browser tests: dash_duo driving the system's headless Chromium (no driver downloads)."""

from __future__ import annotations

import datetime as dt
import shutil
import socket

import pytest
from selenium.webdriver.chrome.options import Options

from dashboard.app import create_app
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.demo import load_demo
from tests.conftest import require

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

    def start_server(app, **kwargs):
        kwargs.setdefault("port", free_port())
        return start(app, **kwargs)

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
    engine.dispose()
    return settings


@pytest.fixture
def demo_app(demo_settings):
    return create_app(demo_settings)


@pytest.fixture
def demo_session(demo_settings):
    engine = make_engine(demo_settings.database_url)
    with make_sessionmaker(engine)() as session:
        yield session
    engine.dispose()
