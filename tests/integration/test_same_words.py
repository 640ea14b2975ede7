"""The same values in the same words on the pages, the CSV and the reports (SQLite and
PostgreSQL): a work item's status, a load above capacity, a percentage, a health, a progress,
a day.

A new-user audit read "12 to do" on the project page beside "todo" in its items table and its
report, "260% (over)" on the pages beside "260 % (over-allocated)" in the report, "6 %" in the
report beside "6%" on the pages, and health codes ("at_risk") in the CSV beside status labels
("On hold"). A manager read the same day as "2027-02-08" in the project page's Forecast card and
the reports beside "8 Feb 2027" on its burn-up. Each test computes what it expects with its own
SQL and literal words.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Any

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import text

from components.report.charts import CHART_TITLES
from components.report.html import Meta, portfolio_html, project_html
from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.settings import Settings
from data.rollups import refresh_rollups
from data.schema import ProjectForecast
from data.scope import Scope
from data.users import create_user
from data.viewer import Viewer
from models import reports as facts_of
from pages import admin, forecasts, person, project
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate
from tests.page_services import find_props, plain, services_on
from tests.signin import TEST_SECRET

SYSTEM = Viewer.system()
ITEM_LABELS = {"todo": "To do", "in_progress": "In progress", "done": "Done"}  # the audit's
HEALTH_WORDS = {"on_track": "On track", "at_risk": "At risk", "late": "Late", "closed": "Closed"}
SPACED_PERCENT = re.compile(r"\d %")  # "6 %": the reports' old style
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # "2027-02-08": a day as machines read it


@pytest.fixture
def world(db):
    """An at-risk project (P(on time) 6 %) with items in every status and a person on it at
    130 % this week; a late project, a done one and one on hold."""
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        risky = add_project(s, "W-1", alpha, name="Warehouse scanners")
        late = add_project(s, "W-2", alpha, name="Loading bay", due=TODAY - dt.timedelta(days=3))
        add_project(s, "W-3", alpha, status="done", name="Old portal",
                    completed_at=dt.datetime(2026, 5, 4, 12))
        paused = add_project(s, "W-4", alpha, status="on_hold", name="Paused pilot",  # not started:
                    start=TODAY + dt.timedelta(days=14))  # on track without a forecast
        for status, n in (("todo", 3), ("in_progress", 2), ("done", 1)):
            for _ in range(n):
                add_item(s, risky, status=status, points=2,
                         done_at=dt.datetime(2026, 5, 1, 12) if status == "done" else None)
        add_item(s, late, status="todo", points=5)
        emeka = add_resource(s, "Emeka Okafor")
        allocate(s, emeka, risky, 0.8)
        allocate(s, emeka, late, 0.5)
        allocate(s, emeka, paused, 0.2, TODAY + dt.timedelta(days=14),  # upcoming
                 dt.date(2026, 9, 30))
        s.add(ProjectForecast(project_id=risky.id, method="classifier", p_on_time=0.06,
                              mc_p_on_time=0.06, p50_date=dt.date(2027, 1, 20),
                              p85_date=dt.date(2027, 2, 8), p95_date=dt.date(2027, 3, 1),
                              drivers=[{"feature": "scope_growth", "value": 1.28,
                                        "effect": -0.18}], as_of=TODAY))
        s.add(ProjectForecast(project_id=late.id, method="classifier", p_on_time=0.0,
                              mc_p_on_time=0.0, p50_date=dt.date(2026, 7, 20),
                              p85_date=dt.date(2026, 8, 3), p95_date=dt.date(2026, 8, 20),
                              drivers=[{"feature": "days_left", "value": -3, "effect": -0.2}],
                              as_of=TODAY))
        refresh_rollups(s.connection())
    return db


def _charts() -> dict[str, bytes]:
    return {name: b"<svg xmlns='http://www.w3.org/2000/svg'/>" for name in CHART_TITLES}


def _meta() -> Meta:
    return Meta(title="Report", author="test", generated_at=dt.datetime(2026, 6, 17, 9))


def project_report(db, key: str) -> str:
    with db() as s:
        facts = facts_of.project_facts(s, Scope.everything(), key, TODAY)
    assert facts is not None
    return project_html(facts, _charts(), _meta())


def portfolio_report(db) -> str:
    with db() as s:
        facts = facts_of.portfolio_facts(s, Scope.everything(), TODAY)
    return portfolio_html(facts, _charts(), _meta())


def flat(value: Any) -> str:
    return json.dumps(value, cls=PlotlyJSONEncoder, ensure_ascii=False)


def test_a_work_items_status_reads_the_same_on_the_page_and_in_the_report(world, tmp_path):
    with world() as s:
        counts = dict(s.execute(text(
            "SELECT w.status, COUNT(*) FROM work_items w JOIN projects p ON p.id = w.project_id "
            "WHERE p.key = 'W-1' GROUP BY w.status")).all())
    words = ", ".join(f"{ITEM_LABELS[c]} {counts[c]}" for c in ITEM_LABELS)
    assert words == "To do 3, In progress 2, Done 1"
    with services_on(world.kw["bind"], tmp_path, TODAY) as services:
        status_figure, _alt, *_rest = project.charts(services, SYSTEM, "W-1")
        table, _pages = project.items(services, SYSTEM, "W-1", 1)
    summary = plain(status_figure)["layout"]["meta"]["summary"]
    assert summary == f"Work items: {words}."
    cells = flat(table)
    assert '"To do"' in cells and '"In progress"' in cells
    assert '"todo"' not in cells and '"in progress"' not in cells
    report = project_report(world, "W-1")
    assert f"<figcaption>Work items: {words}.</figcaption>" in report
    assert "<td>To do</td>" in report and "<td>In progress</td>" in report
    assert "<td>todo</td>" not in report and "<td>in progress</td>" not in report


def _load_today(db, name: str) -> float:
    """The person's load today by docs/metrics.md (Load): the shares of the allocations that
    cover the day, added up."""
    with db() as s:
        return float(s.execute(text(
            "SELECT SUM(a.share) FROM allocations a JOIN resources r ON r.id = a.resource_id "
            "WHERE r.name = :name AND a.period_start <= :day AND a.period_end >= :day"),
            {"name": name, "day": TODAY}).scalar_one())


def test_a_load_above_capacity_reads_the_same_on_the_page_and_in_the_report(world, tmp_path):
    load = _load_today(world, "Emeka Okafor")
    assert load > 1  # over-allocated (above 100 %), in this test's own terms
    words = f"{round(load * 100)}% (over-allocated)"
    assert words == "130% (over-allocated)"
    with services_on(world.kw["bind"], tmp_path, TODAY) as services:
        people = flat(project.charts(services, SYSTEM, "W-1")[2])
    assert f'"{words}"' in people and "(over)" not in people
    report = project_report(world, "W-1")
    assert f'<td class="num">{words}</td>' in report
    assert "130 %" not in report


def test_percentages_are_written_as_the_pages_write_them(world, tmp_path):
    """The report's P(on time) bullets and tables, the drivers and the hot spots caption write
    "6%", as the pages do; no number is followed by a space and a percent sign."""
    with world() as s:
        p = s.execute(text("SELECT f.p_on_time FROM project_forecasts f JOIN projects p "
                           "ON p.id = f.project_id WHERE p.key = 'W-1'")).scalar_one()
    chance = f"{round(p * 100)}%"
    assert chance == "6%"
    project_text = project_report(world, "W-1")
    assert f"P(on time) {chance};" in project_text
    assert "Why: Scope grew 28% since the start" in project_text
    portfolio_text = portfolio_report(world)
    assert f"(Alpha): P(on time) {chance}, due" in portfolio_text
    assert f'<td class="num">{chance}</td>' in portfolio_text
    assert "with P(on time) under 50%" in portfolio_text
    for html_text in (project_text, portfolio_text):
        body = html_text[html_text.index("<body"):]  # the style sheet apart
        assert not SPACED_PERCENT.search(body), SPACED_PERCENT.findall(body)
    with services_on(world.kw["bind"], tmp_path, TODAY) as services:
        card = flat(project.charts(services, SYSTEM, "W-1")[3])
        late_card = flat(project.charts(services, SYSTEM, "W-2")[3])
    assert "Scope grew 28% since the start" in card
    assert "so the chance of finishing on time is 0%;" in late_card


def test_the_csv_writes_health_in_words_and_says_its_units(world, tmp_path):
    """Health as the pages' labels beside the status labels; progress and P(on time) as the
    whole percentages the pages show, the unit in the header."""
    with world() as s:
        expected = {key: (status, health, round(progress * 100),
                          None if p is None else round(p * 100))
                    for key, status, health, progress, p in s.execute(text(
                        "SELECT p.key, st.label, CASE WHEN st.is_closed THEN 'closed' "
                        "WHEN p.due_date < :today THEN 'late' "
                        "WHEN f.p_on_time < 0.5 THEN 'at_risk' ELSE 'on_track' END, "
                        "COALESCE(SUM(CASE WHEN w.status = 'done' THEN w.story_points END) "
                        "* 1.0 / NULLIF(SUM(w.story_points), 0), 0), f.p_on_time "
                        "FROM projects p JOIN statuses st ON st.id = p.status_id "
                        "LEFT JOIN project_forecasts f ON f.project_id = p.id "
                        "LEFT JOIN work_items w ON w.project_id = p.id "
                        "GROUP BY p.key, st.label, st.is_closed, p.due_date, f.p_on_time"),
                        {"today": TODAY})}
    url = world.kw["bind"].url.render_as_string(hide_password=False)
    app = create_app(Settings(secret_key=TEST_SECRET, data_dir=tmp_path, database_url=url),
                     start=False, resolve_viewer=everyone_is_system)
    services = app.server.extensions["dashboard"]
    services.today = lambda: TODAY
    try:
        body = app.server.test_client().get("/download/projects.csv").get_data(as_text=True)
    finally:
        services.stop()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert list(rows[0]) == ["key", "name", "portfolio", "status", "priority", "owner",
                             "start_date", "due_date", "progress (%)", "health",
                             "p_on_time (%)", "p85_date"]
    got = {r["key"]: (r["status"], r["health"], r["progress (%)"], r["p_on_time (%)"])
           for r in rows}
    assert got == {key: (status, HEALTH_WORDS[health], str(progress),
                         "" if p is None else str(p))
                   for key, (status, health, progress, p) in expected.items()}
    assert got["W-1"][1:] == ("At risk", "17", "6")  # 2 of 12 points done; 6%
    assert got["W-4"][:2] == ("On hold", "On track") and got["W-3"][1] == "Closed"


def _headers(report: str, table_class: str) -> list[str]:
    start = report.index(f'<table class="{table_class}">')
    head = report[start:report.index("</thead>", start)]
    return re.findall(r"<th[^>]*>([^<]*)</th>", head)


def test_the_portfolio_report_heads_progress_not_done(world):
    """Beside a Status column that can read "Done", the share of points done is "Progress",
    as the project list calls it."""
    report = portfolio_report(world)
    assert _headers(report, "projects") == ["Project", "Name", "Portfolio", "Status",
                                            "Priority", "Due", "Progress", "Health",
                                            "P(on time)"]
    assert _headers(report, "late") == ["Project", "Name", "Owner", "Due", "Days late",
                                        "Progress", "P85 date"]
    with world() as s:  # W-2 (late): 0 of 5 points done
        done = s.execute(text("SELECT COUNT(*) FROM work_items w JOIN projects p ON "
                              "p.id = w.project_id WHERE p.key = 'W-2' AND w.status = 'done'"
                              )).scalar_one()
    assert done == 0 and '<td class="num">3</td><td class="num">0%</td>' in report


def test_the_person_page_says_which_projects_it_lists(world, tmp_path):
    """Current (allocated today: the team of docs/metrics.md) and upcoming projects, counted
    apart, and each upcoming one marked with its start."""
    with world() as s:
        person_id, = s.execute(text("SELECT id FROM resources WHERE name = 'Emeka Okafor'")
                               ).one()
        rows = s.execute(text(
            "SELECT p.key, MIN(a.period_start) FROM allocations a JOIN projects p "
            "ON p.id = a.project_id WHERE a.resource_id = :id AND a.period_end >= :today "
            "GROUP BY p.key"), {"id": person_id, "today": TODAY}).all()
    current = sorted(k for k, start in rows if _day(start) <= TODAY)
    upcoming = {k: _day(start) for k, start in rows if _day(start) > TODAY}
    assert current == ["W-1", "W-2"] and upcoming == {"W-4": dt.date(2026, 7, 1)}
    with services_on(world.kw["bind"], tmp_path, TODAY) as services:
        page = flat(person.layout(services, SYSTEM, str(person_id)))
        _fig, _alt, table, _alert = person.details(services, SYSTEM, person_id)
    assert '"Projects from today on"' in page and '"Projects"' not in page
    shown = flat(table)
    assert ("Projects with an allocation from today on: 2 current projects (allocated today, "
            "as each project's People table counts its team) and 1 upcoming, marked with the "
            "day they start.") in shown
    assert shown.count("upcoming, starts ") == 1 and '"upcoming, starts 1 Jul 2026"' in shown


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def written(value: Any) -> str:
    """A day as a person reads it (docs/metrics.md, How values are written): "8 Feb 2027"."""
    day = _day(value)
    return f"{day.day} {day:%b %Y}"


def test_a_day_reads_the_same_on_the_project_page_the_forecasts_table_and_the_report(
        world, tmp_path):
    """The project page's header and Forecast card, the Forecasts page's table and the project
    report write a day "8 Feb 2027", as the burn-up does; none of them writes "2027-02-08"."""
    with world() as s:
        start, due, p50, p85, p95, as_of = s.execute(text(
            "SELECT p.start_date, p.due_date, f.p50_date, f.p85_date, f.p95_date, f.as_of "
            "FROM projects p JOIN project_forecasts f ON f.project_id = p.id "
            "WHERE p.key = 'W-1'")).one()
        late_due = s.execute(text("SELECT due_date FROM projects WHERE key = 'W-2'")).scalar()
    assert (written(due), written(p85)) == ("31 Dec 2026", "8 Feb 2027")
    with services_on(world.kw["bind"], tmp_path, TODAY) as services:
        header = flat(find_props(plain(project.layout(services, SYSTEM, "W-1")),
                                 "project-header"))
        card = flat(project.charts(services, SYSTEM, "W-1")[3])
        late_card = flat(project.charts(services, SYSTEM, "W-2")[3])
        table = flat(find_props(plain(forecasts.refresh(services, SYSTEM, None)),
                                "forecasts-at-risk-table"))
    assert f'"{written(start)}"' in header and f'"{written(due)}"' in header
    assert f"as of {written(as_of)}" in card
    for name, day in (("P50", p50), ("P85", p85), ("P95", p95)):
        assert f'"{name} {written(day)}"' in card
    assert f"Its due date ({written(late_due)}) has passed" in late_card
    assert f'"{written(due)}"' in table and f'"{written(p85)}"' in table
    assert f'"{written(late_due)}"' in table
    for shown in (header, card, late_card, table):
        assert not ISO_DAY.search(shown), ISO_DAY.findall(shown)

    report = project_report(world, "W-1")
    body = report[report.index("<body"):]  # the head's machine-read creation time apart
    assert f"Started {written(start)}, due {written(due)}." in body
    assert f"P85 {written(p85)}, P95 {written(p95)}." in body
    assert f"Forecast as of {written(as_of)}:" in body
    assert "generated 17 Jun 2026, 09:00" in body  # _meta's time, "7 Dec 2026, 06:30" style
    assert not ISO_DAY.search(body), ISO_DAY.findall(body)
    late = portfolio_report(world)
    assert f"<td>{written(late_due)}</td>" in late  # the late projects' Due column
    assert not ISO_DAY.search(late[late.index("<body"):])


def test_the_user_list_writes_a_sign_in_as_a_time_a_person_reads(world, tmp_path):
    """"2 Jun 2026, 06:30", as the report list writes when a report was made."""
    signed_in = dt.datetime(2026, 6, 2, 6, 30, 45)
    with world.begin() as s:
        create_user(s, "ada", "correct horse battery staple")
        s.execute(text("UPDATE users SET last_login = :t WHERE username = 'ada'"),
                  {"t": signed_in})
    with services_on(world.kw["bind"], tmp_path, TODAY) as services:
        table = flat(admin.user_list(services, Viewer("root", "admin", Scope.everything()), 1, 1))
    when = f"{signed_in.day} {signed_in:%b %Y}, {signed_in:%H:%M}"
    assert f'"{when}"' in table and not ISO_DAY.search(table), table


def test_a_meetings_actions_read_the_same_on_the_project_page_and_in_the_report(
        world, tmp_path):
    """A new-user audit read "by 11 December 2026" in the report's open actions beside "by 11 Dec
    2026" on the project page, and an action whose day had passed listed on the page (unmarked)
    but left out of the report. Both now read the meeting through one digest: the page marks a
    passed action, the report lists the open ones (not past their day) in the page's words."""
    from data.schema import Document, Project  # noqa: PLC0415 - rows for the fixture
    with world.begin() as s:
        risky = s.query(Project).filter_by(key="W-1").one()
        s.add(Document(project_id=risky.id, kind="meeting_minutes", title="Scanner sync",
                       body="Ben: Action: Ben will book the load test by 30 June 2026.\n"
                            "Ana: Action: Ana will send the rollout plan by 10 June 2026.",
                       created_at=dt.datetime(2026, 6, 12, 10)))
    open_day, passed_day = dt.date(2026, 6, 30), dt.date(2026, 6, 10)
    assert passed_day < TODAY <= open_day
    with services_on(world.kw["bind"], tmp_path, TODAY) as services:
        card = flat(project.meeting(services, SYSTEM, "W-1"))
    assert f"by {written(open_day)}" in card and f"by {written(passed_day)} (passed)" in card
    assert f"by {written(open_day)} (passed)" not in card
    report = project_report(world, "W-1")
    assert f"Ben: book the load test — by {written(open_day)}" in report
    assert "rollout plan" not in report  # its day has passed: not an open action
    assert "30 June 2026" not in report


def test_the_reports_write_counts_and_a_coming_start_as_the_pages_do(world):
    """"1668 open work items" in the report beside "1,668" on the overview; "Started" before
    a project's start."""
    from dataclasses import replace  # noqa: PLC0415

    with world() as s:
        facts = facts_of.portfolio_facts(s, Scope.everything(), TODAY)
        start = s.execute(text("SELECT start_date FROM projects WHERE key = 'W-4'")).scalar()
    many = replace(facts, kpis=replace(facts.kpis, open_items=1668, projects=1200))
    body = portfolio_html(many, _charts(), _meta())
    assert "1,200 projects in view" in body and "1,668 open work items" in body
    assert _day(start) > TODAY
    assert f"Starts {written(start)}, due" in project_report(world, "W-4")
