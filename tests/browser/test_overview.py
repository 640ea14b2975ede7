"""The overview in a real headless Chromium: KPIs, rendered charts, navbar, clean console."""

from __future__ import annotations

import pytest

from dashboard.app import create_app
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from tests.factories import add_item, add_portfolio, add_project

pytestmark = pytest.mark.browser


@pytest.fixture
def app(tmp_path):
    settings = Settings(data_dir=tmp_path)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        for i in range(30):
            project = add_project(s, f"A-{i:02d}", alpha, priority=("low", "high")[i % 2])
            add_item(s, project)
    engine.dispose()
    return create_app(settings)


def test_overview_kpis_chart_navbar_and_clean_console(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#overview-kpi-projects", "30", timeout=15)
    dash_duo.wait_for_text_to_equal("#overview-kpi-active", "30")
    dash_duo.wait_for_text_to_equal("#overview-kpi-open-items", "30")
    # the stacked bar chart really rendered bars (SVG paths), not just an empty div
    dash_duo.wait_for_element("#overview-status-priority .main-svg .barlayer path", timeout=10)
    bars = dash_duo.find_elements("#overview-status-priority .barlayer .point")
    assert len(bars) >= 2

    dash_duo.find_element("#nav-1").click()  # "Projects"
    dash_duo.wait_for_element("#projects-list tbody tr", timeout=10)
    assert len(dash_duo.find_elements("#projects-list tbody tr")) == 25
    dash_duo.wait_for_contains_text("#projects-count", "30 projects")
    assert dash_duo.driver.current_url.endswith("/projects")

    assert dash_duo.get_logs() == []
