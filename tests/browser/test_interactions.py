"""Issue 12 in a real headless Chromium: the date range, search as you type, clear-all, the
project list's page in the address across reload and Back, the what-if redraw, and
cross-filtering from the keyboard alone."""

from __future__ import annotations

import datetime as dt
import time
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.keys import Keys
from sqlalchemy import text

from data import queries
from data.project_queries import project_page
from data.scope import Scope
from tests.browser.axe import wait_drawn
from tests.browser.conftest import DEMO_PROJECTS

pytestmark = pytest.mark.browser
ALL = Scope.everything()


def query(dash_duo) -> dict[str, list[str]]:
    return parse_qs(urlparse(dash_duo.driver.current_url).query)


def wait_url(dash_duo, predicate, timeout: float = 10.0) -> dict[str, list[str]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = query(dash_duo)
        if predicate(found):
            return found
        time.sleep(0.05)
    raise AssertionError(f"address never matched: {dash_duo.driver.current_url}")


def count_sql(session, where: str, **params) -> int:
    """Projects matching a WHERE clause, counted with the test's own SQL."""
    return session.execute(text(f"SELECT count(*) FROM projects p WHERE {where}"),
                           params).scalar()


def test_search_as_you_type_date_range_and_clear_all(dash_duo, demo_app, demo_session):
    dash_duo.start_server(demo_app)
    wait_drawn(dash_duo.driver)
    owner = demo_session.execute(text("SELECT owner FROM projects ORDER BY key LIMIT 1")).scalar()
    word = owner.split()[-1].lower()
    expected = count_sql(demo_session, "lower(p.name) LIKE :w OR lower(p.key) LIKE :w "
                         "OR lower(p.owner) LIKE :w", w=f"%{word}%")

    box = dash_duo.find_element("#overview-filter-search")
    box.send_keys(word)  # no Enter: the page follows the typing
    found = wait_url(dash_duo, lambda q: q.get("search") == [word])
    assert found == {"search": [word]}
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{expected:,}", timeout=10)
    active = dash_duo.driver.switch_to.active_element
    assert active.get_attribute("id") == "overview-filter-search"  # typing was never cut off
    assert box.get_attribute("value") == word
    box.send_keys(Keys.BACKSPACE * len(word))
    wait_url(dash_duo, lambda q: "search" not in q)

    # The date range: nothing happens after the first date, the view follows the second.
    start, end = dt.date.today().replace(day=1), dt.date.today().replace(day=1) + dt.timedelta(
        days=92)
    first = dash_duo.find_element("#overview-filter-due-start")
    first.send_keys(start.isoformat(), Keys.ENTER)
    time.sleep(1.0)
    assert "due_from" not in query(dash_duo)
    assert dash_duo.find_elements("#overview-kpi-projects")  # the page did not reload away
    second = dash_duo.find_element("#overview-filter-due-end")
    second.send_keys(end.isoformat(), Keys.ENTER)
    found = wait_url(dash_duo, lambda q: "due_to" in q)
    assert found["due_from"] == [start.isoformat()] and found["due_to"] == [end.isoformat()]
    in_range = count_sql(demo_session, "p.due_date >= :a AND p.due_date <= :b",
                         a=start.isoformat(), b=end.isoformat())
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{in_range:,}", timeout=10)
    subtitle = dash_duo.find_element("#overview-status-priority").text  # days as people read
    assert f"due {start.day} {start:%b %Y} to {end.day} {end:%b %Y}" in subtitle  # them

    dash_duo.find_element("#overview-filter-clear").click()
    wait_url(dash_duo, lambda q: q == {})
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{DEMO_PROJECTS:,}", timeout=10)
    assert dash_duo.find_element("#overview-filter-due-start").get_attribute("value") == ""
    assert dash_duo.get_logs() == []


def test_keyboard_alone_filters_by_a_chart_category(dash_duo, demo_app, demo_session):
    today = dt.date.today()
    top = queries.portfolio_counts(demo_session, ALL, today)[0]
    expected = count_sql(demo_session, "p.portfolio_id = :p", p=top.portfolio_id)
    dash_duo.start_server(demo_app)
    wait_drawn(dash_duo.driver)
    toggle = dash_duo.find_element("#overview-portfolios-table-toggle")
    toggle.send_keys(Keys.ENTER)  # open the chart's data table from the keyboard
    button = dash_duo.wait_for_element(
        f"#overview-portfolios-table button[aria-label='Show this portfolio: {top.portfolio}']",
        timeout=10)
    assert toggle.get_attribute("aria-expanded") == "true"
    assert button.is_displayed()
    button.send_keys(Keys.ENTER)
    found = wait_url(dash_duo, lambda q: "portfolio" in q)
    assert found == {"portfolio": [str(top.portfolio_id)]}
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{expected:,}", timeout=10)
    # the portfolio control shows the filter the keyboard applied
    dash_duo.wait_for_contains_text("#overview-filter-portfolio", top.portfolio, timeout=5)
    assert dash_duo.get_logs() == []


def test_project_list_page_survives_reload_and_back(dash_duo, demo_app, demo_session):
    today = dt.date.today()
    by_due = project_page(demo_session, ALL, today, sort="due", descending=True, page_size=25)
    second = project_page(demo_session, ALL, today, sort="due", descending=True, page_size=25,
                          after=by_due.items[-1].cursor)
    dash_duo.start_server(demo_app)
    dash_duo.driver.get(dash_duo.server_url + "/projects?sort=due&desc=1")
    dash_duo.wait_for_text_to_equal("#projects-count", f"1–25 of {DEMO_PROJECTS} projects",
                                    timeout=15)
    dash_duo.find_element("#projects-next").click()
    dash_duo.wait_for_text_to_equal("#projects-count",
                                    f"26–{DEMO_PROJECTS} of {DEMO_PROJECTS} projects")
    found = query(dash_duo)
    assert found["page"] == ["2"] and found["sort"] == ["due"] and "after" in found
    keys = [r.key for r in second.items]

    def shown() -> list[str]:
        return [a.text for a in
                dash_duo.find_elements("#projects-list tbody tr td:first-child a")]

    assert shown() == keys
    dash_duo.driver.refresh()  # reload: the same page of rows
    dash_duo.wait_for_text_to_equal("#projects-count",
                                    f"26–{DEMO_PROJECTS} of {DEMO_PROJECTS} projects", timeout=15)
    assert shown() == keys
    dash_duo.driver.back()  # Back: page 1 again
    dash_duo.wait_for_text_to_equal("#projects-count", f"1–25 of {DEMO_PROJECTS} projects",
                                    timeout=15)
    assert shown() == [r.key for r in by_due.items]
    # unscored projects last in both directions: descending P(on time) starts with a number
    dash_duo.driver.get(dash_duo.server_url + "/projects?sort=p_on_time&desc=1")
    dash_duo.wait_for_element("#projects-list tbody tr", timeout=15)
    first = dash_duo.find_element("#projects-list tbody tr td:nth-child(10)").text
    scored = count_sql(demo_session, "p.id IN (SELECT project_id FROM project_forecasts "
                       "WHERE p_on_time IS NOT NULL)")
    assert (first.endswith("%")) == (scored > 0)
    assert dash_duo.get_logs() == []


def test_what_if_redraws_the_cone_and_refuses_what_it_cannot_be(dash_duo, demo_app,
                                                                demo_session):
    demo_app.server.extensions["dashboard"].forecasting.startup.join(300)  # scored at start
    key = demo_session.execute(text(
        "SELECT p.key FROM projects p JOIN project_forecasts f ON f.project_id = p.id "
        "JOIN project_snapshots s ON s.project_id = p.id WHERE f.p50_date IS NOT NULL "
        "GROUP BY p.key ORDER BY count(*) DESC, p.key LIMIT 1")).scalar()
    dash_duo.start_server(demo_app)
    dash_duo.driver.get(f"{dash_duo.server_url}/projects/{key}")
    wait_drawn(dash_duo.driver)

    def names() -> list[str]:
        return dash_duo.driver.execute_script(
            "return document.querySelector('#project-burnup .js-plotly-plot').data"
            ".map(t => t.name)")

    assert "Forecast: median (P50)" in names()
    assert not any(n.startswith("With the change") for n in names())
    team = dash_duo.find_element("#project-whatif-team")
    team.send_keys(Keys.CONTROL, "a")
    team.send_keys("-1", Keys.TAB)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and "With the change: median (P50)" not in names():
        time.sleep(0.1)
    assert "With the change: median (P50)" in names()
    box = dash_duo.find_element("#project-whatif-new")
    assert "With the change" in box.get_attribute("textContent")  # beside "Now"
    assert dash_duo.find_element("#project-whatif-now-p").text.endswith("%")
    team = dash_duo.find_element("#project-whatif-team")
    team.send_keys(Keys.CONTROL, "a")
    team.send_keys("9", Keys.TAB)
    dash_duo.wait_for_contains_text("#project-whatif-refused", "between -3 and 5", timeout=10)
    assert not any(n.startswith("With the change") for n in names())
    assert dash_duo.get_logs() == []


def test_small_screen_menu_filters_and_copilot_panel_open_from_buttons(dash_duo, demo_app):
    dash_duo.start_server(demo_app)
    dash_duo.driver.set_window_size(390, 844)
    dash_duo.driver.get(dash_duo.server_url + "/")
    wait_drawn(dash_duo.driver)
    assert not dash_duo.find_element("#nav-1").is_displayed()
    assert not dash_duo.find_element("#overview-filter-search").is_displayed()
    assert not dash_duo.find_element("#copilot-question").is_displayed()
    dash_duo.find_element("#nav-toggle").send_keys(Keys.ENTER)
    assert dash_duo.find_element("#nav-1").is_displayed()
    assert dash_duo.find_element("#nav-toggle").get_attribute("aria-expanded") == "true"
    dash_duo.find_element("#overview-filter-toggle").click()
    assert dash_duo.find_element("#overview-filter-search").is_displayed()
    dash_duo.find_element("#copilot-open").click()
    time.sleep(0.4)  # the panel slides in
    assert dash_duo.find_element("#copilot-question").is_displayed()
    active = dash_duo.driver.switch_to.active_element
    assert active.get_attribute("id") == "copilot-question"  # focus moves into the panel
    active.send_keys(Keys.ESCAPE)
    time.sleep(0.4)
    assert not dash_duo.find_element("#copilot-question").is_displayed()
    assert dash_duo.driver.switch_to.active_element.get_attribute("id") == "copilot-open"
    assert dash_duo.get_logs() == []
