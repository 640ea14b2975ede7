"""The overview in a real headless Chromium: KPIs from SQL, charts, cross-filter, navbar."""

from __future__ import annotations

import datetime as dt

import pytest
from selenium.webdriver.common.action_chains import ActionChains

from data import queries
from data.filters import ProjectFilters
from data.scope import Scope

pytestmark = pytest.mark.browser


def click_bar(dash_duo, selector: str) -> None:
    """Click a plotly bar where a person would: at its position on the plot."""
    bar = dash_duo.find_element(selector)
    ActionChains(dash_duo.driver).move_to_element(bar).click().perform()


def test_overview_kpis_charts_cross_filter_and_navbar(dash_duo, demo_app, demo_session):
    today = dt.date.today()
    kpis = queries.overview_kpis(demo_session, Scope.everything(), today)
    by_portfolio = queries.portfolio_counts(demo_session, Scope.everything(), today)

    dash_duo.start_server(demo_app)
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{kpis.projects:,}", timeout=15)
    dash_duo.wait_for_text_to_equal("#overview-kpi-late", f"{kpis.late:,}")
    dash_duo.wait_for_text_to_equal("#overview-kpi-at-risk", f"{kpis.at_risk:,}")
    dash_duo.wait_for_text_to_equal("#overview-kpi-open-items", f"{kpis.open_items:,}")
    dash_duo.wait_for_element("#overview-status-priority .barlayer .point path", timeout=10)
    for graph in ("throughput", "burnup", "portfolios", "due"):
        dash_duo.wait_for_element(f"#overview-{graph} .cartesianlayer .trace", timeout=10)

    # Cross-filter: the top bar of "Projects by portfolio" is the last trace point drawn.
    top = by_portfolio[0]
    expected = queries.overview_kpis(demo_session, Scope.everything(), today,
                                     ProjectFilters(portfolio=(top.portfolio_id,)))
    bars = dash_duo.find_elements("#overview-portfolios .barlayer .trace:first-child .point")
    ActionChains(dash_duo.driver).move_to_element(bars[-1]).click().perform()
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{expected.projects:,}",
                                    timeout=10)
    assert f"portfolio={top.portfolio_id}" in dash_duo.driver.current_url
    dash_duo.wait_for_text_to_equal("#overview-kpi-late", f"{expected.late:,}")

    # The filtered view is a shareable URL: opening it fresh shows the same numbers.
    dash_duo.driver.get(dash_duo.driver.current_url)
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{expected.projects:,}",
                                    timeout=15)

    dash_duo.find_element("#nav-1").click()  # "Projects"
    dash_duo.wait_for_element("#projects-list tbody tr", timeout=10)
    assert dash_duo.driver.current_url.endswith("/projects")
    assert dash_duo.get_logs() == []


def test_bad_url_filters_are_reported_not_trusted(dash_duo, demo_app, demo_session):
    total = queries.overview_kpis(demo_session, Scope.everything(), dt.date.today()).projects
    dash_duo.start_server(demo_app)
    dash_duo.driver.get(dash_duo.server_url + "/?status=bogus&due_from=yesterday")
    dash_duo.wait_for_contains_text(".alert-warning", "status: unknown value 'bogus'", timeout=10)
    dash_duo.wait_for_contains_text(".alert-warning", "due_from: not a date")
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", f"{total:,}", timeout=10)
    assert dash_duo.get_logs() == []
