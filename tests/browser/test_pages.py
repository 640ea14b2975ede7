"""Projects, project detail, resources and not-found pages in headless Chromium."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from data import detail_queries as dq
from data.project_queries import project_page
from data.schema import Document, Project
from data.scope import Scope
from tests.browser.conftest import DEMO_PROJECTS

pytestmark = pytest.mark.browser
ALL = Scope.everything()


def first_keys(dash_duo) -> list[str]:
    return [a.text for a in dash_duo.find_elements("#projects-list tbody tr td:first-child a")]


def test_project_list_pages_sorts_and_drills_down(dash_duo, demo_app, demo_session):
    today = dt.date.today()
    by_due = project_page(demo_session, ALL, today, sort="due", page_size=25)
    dash_duo.start_server(demo_app)
    dash_duo.driver.get(dash_duo.server_url + "/projects")
    dash_duo.wait_for_text_to_equal("#projects-count", f"1–25 of {DEMO_PROJECTS} projects",
                                    timeout=15)
    first = first_keys(dash_duo)
    assert first == sorted(first) and len(first) == 25

    dash_duo.find_element("#projects-next").click()
    dash_duo.wait_for_text_to_equal("#projects-count",
                                    f"26–{DEMO_PROJECTS} of {DEMO_PROJECTS} projects")
    second = first_keys(dash_duo)
    assert len(second) == DEMO_PROJECTS - 25 and second[0] > first[-1]
    dash_duo.find_element("#projects-prev").click()
    dash_duo.wait_for_text_to_equal("#projects-count", f"1–25 of {DEMO_PROJECTS} projects")

    dash_duo.find_element("#projects-list thead button[id*='due']").click()
    dash_duo.wait_for_contains_text("#projects-list thead", "Due ▲", timeout=10)
    assert "sort=due" in dash_duo.driver.current_url
    dash_duo.wait_for_text_to_equal("#projects-list tbody tr td:first-child a",
                                    by_due.items[0].key)
    assert first_keys(dash_duo) == [r.key for r in by_due.items]

    target = by_due.items[3]
    dash_duo.find_elements("#projects-list tbody tr")[3].find_element(
        "css selector", "td:nth-child(3)").click()  # a plain cell: the row itself navigates
    dash_duo.wait_for_contains_text("#project-title", target.name, timeout=10)
    assert dash_duo.driver.current_url.endswith(f"/projects/{target.key}")
    assert dash_duo.get_logs() == []


def test_project_detail_shows_facts_burnup_items_people_docs(dash_duo, demo_app, demo_session):
    today = dt.date.today()
    page = project_page(demo_session, ALL, today, sort="progress", page_size=100)
    key = next(r.key for r in page.items if 0 < r.progress < 1)  # an active, started project
    detail = dq.project_detail(demo_session, ALL, key, today)
    items = dq.project_items(demo_session, ALL, key, page_size=15)
    docs = dq.project_documents(demo_session, ALL, key, page_size=5)

    dash_duo.start_server(demo_app)
    dash_duo.driver.get(f"{dash_duo.server_url}/projects/{key}")
    dash_duo.wait_for_contains_text("#project-title", detail.name, timeout=15)
    dash_duo.wait_for_element("#project-burnup .cartesianlayer .trace", timeout=10)
    assert dash_duo.find_elements("#project-burnup .shapelayer path")  # the due-date line
    dash_duo.wait_for_element("#project-status .barlayer .point")
    dash_duo.wait_for_element("#project-items-table tbody tr")
    rows = dash_duo.find_elements("#project-items-table tbody tr")
    assert len(rows) == len(items.items)
    assert rows[0].find_element("css selector", "td").text == items.items[0].title
    dash_duo.wait_for_element("#project-docs-list")
    assert docs.items[0].title in dash_duo.find_element("#project-docs-list").text
    latest = demo_session.execute(  # the newest minutes, by our own query
        select(Document.id, Document.title).join(Project, Project.id == Document.project_id)
        .where(Project.key == key, Document.kind == "meeting_minutes")
        .order_by(Document.created_at.desc(), Document.id.desc()).limit(1)).one()
    dash_duo.wait_for_text_to_equal("#project-meeting-title", latest.title)
    assert dash_duo.find_element("#project-meeting-title").get_attribute("href") \
        .endswith(f"/documents/{latest.id}")
    assert dash_duo.find_elements("#project-meeting-decisions li a")
    assert dash_duo.get_logs() == []


def test_unknown_project_and_page_are_friendly_404s(dash_duo, demo_app):
    dash_duo.start_server(demo_app)
    dash_duo.driver.get(dash_duo.server_url + "/projects/NO-SUCH-KEY")
    dash_duo.wait_for_text_to_equal("#not-found h1", "Project not found", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/projects/%3Cscript%3E")
    dash_duo.wait_for_text_to_equal("#not-found h1", "Project not found", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/nowhere")
    dash_duo.wait_for_text_to_equal("#not-found h1", "Page not found", timeout=10)
    dash_duo.find_element("#not-found a").click()
    dash_duo.wait_for_element("#overview-kpi-projects", timeout=10)
    assert dash_duo.get_logs() == []


def test_resources_page_renders_heatmap_and_skills_and_names_open_the_person(
        dash_duo, demo_app, demo_session):
    from data import people_queries as pq

    dash_duo.start_server(demo_app)
    dash_duo.driver.get(dash_duo.server_url + "/resources")
    dash_duo.wait_for_element("#resources-heatmap .heatmaplayer image, "
                              "#resources-heatmap .heatmaplayer .hm", timeout=15)
    dash_duo.wait_for_element("#resources-skills .barlayer .point", timeout=10)
    dash_duo.wait_for_element("#resources-over table, #resources-over p", timeout=10)
    dash_duo.find_element("#resources-heatmap-table-toggle").click()
    link = dash_duo.wait_for_element("#resources-heatmap-table a[href^='/people/']", timeout=10)
    name = link.text
    link.click()
    dash_duo.wait_for_contains_text("#person-title", name, timeout=15)
    person = pq.find_person(demo_session, ALL, name)
    load = pq.person_load(demo_session, ALL, person.id, dt.date.today())
    dash_duo.wait_for_element("#person-load .barlayer .point", timeout=10)
    bars = dash_duo.driver.execute_script(
        "return document.querySelector('#person-load .js-plotly-plot').data[0].y")
    assert bars == [round(v * 100) for v in load.loads]  # the page's load is the query's
    projects = pq.person_projects(demo_session, ALL, person.id, dt.date.today())
    if projects:
        dash_duo.wait_for_contains_text("#person-projects-table", projects[0].name)
    assert dash_duo.get_logs() == []
