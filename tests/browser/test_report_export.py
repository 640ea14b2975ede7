"""Export in Chromium: click, watch the progress, download a valid PDF, find it on /reports."""

from __future__ import annotations

import io
import urllib.request

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser


def fetch(driver, url: str) -> tuple[str, bytes]:
    """Download as the signed-in browser: its session cookie goes with the request."""
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
        return response.headers.get_content_type(), response.read()


def test_export_from_the_overview_downloads_a_pdf(dash_duo, demo_app):
    services = demo_app.server.extensions["dashboard"]
    dash_duo.start_server(demo_app)
    dash_duo.wait_for_element("#overview-kpis .kpi-value", timeout=20)
    dash_duo.find_element("#overview-export").click()
    dash_duo.wait_for_element("#overview-export[disabled]", timeout=5)
    assert dash_duo.find_element("#overview-export-progress").is_displayed()  # progress shown
    link = dash_duo.wait_for_element("#overview-export-result a.report-download", timeout=120)
    assert "Ready:" in dash_duo.find_element("#overview-export-result").text
    assert not dash_duo.find_element("#overview-export-progress").is_displayed()
    href = link.get_attribute("href")
    kind, body = fetch(dash_duo.driver, href)
    assert kind == "application/pdf" and body.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(body))
    assert len(reader.pages) >= 3
    assert "Portfolio status report" in reader.pages[0].extract_text()

    dash_duo.driver.get(dash_duo.server_url + "/reports")
    dash_duo.wait_for_element("#reports-table a.report-download", timeout=20)
    assert "Portfolio status report" in dash_duo.find_element("#reports-table").text
    assert dash_duo.get_logs() == []
    services.reports.stop()


def test_export_from_a_project_page(dash_duo, demo_app, demo_session):
    from sqlalchemy import select

    from data.schema import Project

    key, name = demo_session.execute(select(Project.key, Project.name).order_by(Project.key)
                                     .limit(1)).one()
    services = demo_app.server.extensions["dashboard"]
    dash_duo.start_server(demo_app)
    dash_duo.driver.get(f"{dash_duo.server_url}/projects/{key}")
    dash_duo.wait_for_element("#project-export", timeout=20).click()
    link = dash_duo.wait_for_element("#project-export-result a.report-download", timeout=120)
    kind, body = fetch(dash_duo.driver, link.get_attribute("href"))
    assert kind == "application/pdf"
    assert name in PdfReader(io.BytesIO(body)).pages[0].extract_text()
    services.reports.stop()


def test_the_browsers_own_print_keeps_charts_and_drops_chrome(dash_duo, demo_app):
    dash_duo.start_server(demo_app)
    dash_duo.wait_for_element("#overview-status-priority .barlayer .point", timeout=20)
    for selector in (".navbar", "#overview-filter-status", "#copilot-sidebar",
                     "#overview-export"):
        assert dash_duo.find_element(selector).is_displayed(), selector
    dash_duo.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    for selector in (".navbar", "#overview-filter-status", "#overview-filter-search",
                     "#copilot-sidebar", "#overview-export"):
        assert not dash_duo.find_element(selector).is_displayed(), selector
    for graph in ("status-priority", "burnup", "throughput"):
        assert dash_duo.find_element(f"#overview-{graph} .main-svg").is_displayed(), graph
    page = dash_duo.find_element("#overview-kpis")
    assert page.is_displayed() and page.size["width"] > 0
    dash_duo.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
