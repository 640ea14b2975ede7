"""Signing in, for tests: users created explicitly (no default password exists anywhere), a
Flask test client or a browser signed in through the real form."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import Engine

from data import users
from data.db import make_sessionmaker

TEST_SECRET = "test-secret-key-not-for-serving-0123456789"  # noqa: S105 - tests only
PASSWORD = "correct horse battery staple"  # noqa: S105 - tests only
CSRF_INPUT = re.compile(rb'name="csrf_token" value="([^"]+)"')


def add_user(engine: Engine, username: str, role: str = "viewer",
             portfolios: Sequence[str | int] = (), password: str = PASSWORD) -> None:
    with make_sessionmaker(engine).begin() as session:
        users.create_user(session, username, password, role, portfolios=list(portfolios))


def csrf_token(client, path: str = "/login") -> str:
    page = client.get(path)
    found = CSRF_INPUT.search(page.data)
    assert found, page.data[:500]
    return found.group(1).decode()


def login(client, username: str, password: str = PASSWORD, next_path: str = "/"):
    """POST the sign-in form like a browser (with its CSRF token); returns the response."""
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": csrf_token(client), "next": next_path})


def browser_login(dash_duo, username: str, password: str = PASSWORD) -> None:
    """Sign in through the form in the real browser and wait for the dashboard."""
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/login")
    dash_duo.wait_for_element("#signin-username").send_keys(username)
    driver.find_element("css selector", "#signin-password").send_keys(password)
    driver.find_element("css selector", "#signin-submit").click()
    dash_duo.wait_for_element("#signin-user", timeout=10)


def signed_in_app(settings, username: str = "tester", role: str = "admin",
                  portfolios: Sequence[str | int] = (), **kwargs):
    """``create_app(settings)`` with a user the browser fixture signs in as (``dash_duo``'s
    ``start_server`` in tests/browser/conftest.py reads ``TEST_LOGIN``)."""
    from dashboard.app import create_app
    from data.db import make_engine

    engine = make_engine(settings.database_url)
    with make_sessionmaker(engine)() as session:
        exists = users.users_page(session, 1, 200, username).items
    if not any(u.username == username for u in exists):
        add_user(engine, username, role, portfolios)
    engine.dispose()
    app = create_app(settings, **kwargs)
    app.server.config["TEST_LOGIN"] = (username, PASSWORD)
    return app
