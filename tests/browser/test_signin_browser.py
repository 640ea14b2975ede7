"""Sign in as a viewer granted one portfolio, see only it, sign out, be refused: in Chromium."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from data.schema import Portfolio, Project
from tests.signin import PASSWORD, signed_in_app

pytestmark = pytest.mark.browser


def test_sign_in_see_only_the_granted_portfolio_sign_out_and_be_refused(
        dash_duo, demo_settings, demo_session):
    granted, other = demo_session.execute(
        select(Portfolio.id, Portfolio.name).order_by(Portfolio.id).limit(2)).all()
    expected = demo_session.scalar(select(func.count(Project.id))
                                   .where(Project.portfolio_id == granted.id))
    app = signed_in_app(demo_settings, "browser-viewer", "viewer", [granted.name])
    app.server.config.pop("TEST_LOGIN")  # this test signs in by itself
    dash_duo.start_server(app, navigate=False)
    dash_duo._url = dash_duo.server.url  # noqa: SLF001
    driver = dash_duo.driver

    driver.get(dash_duo.server_url + "/projects")
    dash_duo.wait_for_element("#signin-form", timeout=10)  # refused: the sign-in form
    assert "/login?next=/projects" in driver.current_url
    dash_duo.find_element("#signin-username").send_keys("browser-viewer")
    dash_duo.find_element("#signin-password").send_keys("wrong password, twice wrong")
    dash_duo.find_element("#signin-submit").click()
    dash_duo.wait_for_contains_text("#signin-message", "Wrong username or password")

    name = dash_duo.find_element("#signin-username")  # the form kept where we were going
    name.clear()
    name.send_keys("browser-viewer")
    dash_duo.find_element("#signin-password").send_keys(PASSWORD)
    dash_duo.find_element("#signin-submit").click()
    dash_duo.wait_for_text_to_equal("#projects-count",
                                    f"1–{min(expected, 25)} of {expected} projects", timeout=15)
    nav = dash_duo.find_element(".navbar").text
    assert "AI usage" not in nav and "Admin" not in nav  # admin pages are hidden
    assert "browser-viewer" in dash_duo.find_element("#signin-user").text

    driver.get(dash_duo.server_url + "/")
    dash_duo.wait_for_element("#overview-portfolios .barlayer .trace", timeout=15)
    bars = dash_duo.find_element("#overview-portfolios").text
    assert granted.name in bars and other.name not in bars
    granted_keys = set(demo_session.scalars(select(Project.key).where(
        Project.portfolio_id == granted.id)))
    driver.get(dash_duo.server_url + f"/projects?portfolio={other.id}")  # asking for another
    dash_duo.wait_for_contains_text("#projects-count", "projects", timeout=15)
    shown = {a.text for a in dash_duo.find_elements("#projects-list tbody tr td:first-child a")}
    assert shown <= granted_keys  # nothing of the other portfolio, whatever the address says
    other_key = demo_session.scalar(select(Project.key).where(
        Project.portfolio_id == other.id).limit(1))
    driver.get(dash_duo.server_url + f"/projects/{other_key}")  # its page: as if unknown
    dash_duo.wait_for_contains_text("#_pages_content", "Project not found", timeout=15)
    assert other_key not in dash_duo.find_element("#_pages_content").text

    dash_duo.wait_for_element("#signin-logout", timeout=10).click()
    dash_duo.wait_for_contains_text("#signin-message", "signed out", timeout=20)
    driver.get(dash_duo.server_url + "/projects")
    dash_duo.wait_for_element("#signin-form", timeout=10)
    status = driver.execute_script(
        "return fetch('/_dash-layout').then(r => r.status)")
    assert status == 401
    assert dash_duo.get_logs() == [] or all(
        "401" in entry["message"] for entry in dash_duo.get_logs())
