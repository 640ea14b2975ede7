"""axe-core on every page, in the light and the dark theme, at 1440 and 390 px wide: no serious
or critical violation. The theme follows the system setting; a picked theme is kept."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.browser.axe import run_axe, set_color_scheme, severe, wait_drawn

pytestmark = pytest.mark.browser
WIDTHS = ((1440, 960), (390, 844))


def pages(session) -> dict[str, str]:
    key = session.execute(text(
        "SELECT p.key FROM projects p JOIN project_snapshots s ON s.project_id = p.id "
        "GROUP BY p.key ORDER BY count(*) DESC, p.key LIMIT 1")).scalar()
    person = session.execute(text("SELECT resource_id FROM allocations ORDER BY id LIMIT 1")
                             ).scalar()
    doc = session.execute(text("SELECT min(id) FROM documents WHERE kind = 'meeting_minutes'")
                          ).scalar()
    assert doc is not None  # the demo writes minutes
    return {"overview": "/", "projects": "/projects", "project": f"/projects/{key}",
            "resources": "/resources", "person": f"/people/{person}",
            "document": f"/documents/{doc}?passage=d{doc}-p0&q=risk",  # highlighted, marked
            "forecasts": "/forecasts", "reports": "/reports", "ai-usage": "/ai-usage",
            "admin": "/admin", "not found": "/nowhere"}


def test_every_page_in_both_themes_and_widths_has_no_serious_violations(
        dash_duo, demo_app, demo_session):
    dash_duo.start_server(demo_app)
    driver = dash_duo.driver
    driver.set_script_timeout(60)
    failures, report = [], []
    for scheme in ("light", "dark"):
        set_color_scheme(driver, scheme)
        for width, height in WIDTHS:
            driver.set_window_size(width, height)
            for name, path in pages(demo_session).items():
                driver.get(dash_duo.server_url + path)
                wait_drawn(driver)  # its h1 in place, every chart drawn, nothing loading
                theme = driver.execute_script(
                    "return document.documentElement.getAttribute('data-bs-theme')")
                assert theme == scheme, (name, scheme)  # the page follows the system
                headings = driver.execute_script("return document.querySelectorAll('h1').length")
                assert headings == 1, (name, headings)  # one h1 per page
                found = severe(run_axe(driver))
                report.append(f"{name} {scheme} {width}px: {len(found)} serious/critical")
                failures += [f"{name} {scheme} {width}px: {line}" for line in found]
    driver.delete_all_cookies()  # signed out: the sign-in form (light only; it has no theme)
    for width, height in WIDTHS:
        driver.set_window_size(width, height)
        driver.get(dash_duo.server_url + "/login")
        dash_duo.wait_for_element("#signin-username")
        found = severe(run_axe(driver))
        report.append(f"sign-in {width}px: {len(found)} serious/critical")
        failures += [f"sign-in {width}px: {line}" for line in found]
    print("\n".join(report))
    assert len(report) == 2 * 2 * len(pages(demo_session)) + 2
    assert failures == []


def test_a_picked_theme_is_kept_and_overrides_the_system(dash_duo, demo_app):
    dash_duo.start_server(demo_app)
    driver = dash_duo.driver
    set_color_scheme(driver, "light")
    driver.get(dash_duo.server_url + "/")
    wait_drawn(driver)
    from selenium.webdriver.support.select import Select

    Select(dash_duo.find_element("#theme-select")).select_by_value("dark")
    assert driver.execute_script(
        "return document.documentElement.getAttribute('data-bs-theme')") == "dark"
    color = driver.execute_script(
        "return getComputedStyle(document.querySelector('#overview-status-priority .xtick text'))"
        ".fill")
    assert color in ("rgb(222, 226, 230)",)  # the charts' text follows the theme
    driver.refresh()
    wait_drawn(driver)
    assert driver.execute_script(
        "return document.documentElement.getAttribute('data-bs-theme')") == "dark"
    assert dash_duo.find_element("#theme-select").get_attribute("value") == "dark"
    Select(dash_duo.find_element("#theme-select")).select_by_value("system")
    assert driver.execute_script(
        "return document.documentElement.getAttribute('data-bs-theme')") == "light"
