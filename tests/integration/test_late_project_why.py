"""A late project's "Why", on the project page and in its PDF report (SQLite and PostgreSQL).

Scoring stores one driver for a late project: the days to its due date, below zero, with the
model's own chance, taken away, as its effect. Read as the other drivers are, it said "5 days
past the due date: −1 points". The page's forecast card already says why the chance is 0 %
(its due date has passed), so it shows no Why; the report says it in its Why line, in the words
of docs/metrics.md. The project is chosen by the test's own SQL, by the rule of late.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import text

from dashboard.app import create_app
from dashboard.settings import Settings
from data.rollups import refresh_rollups
from data.schema import ProjectSnapshot
from data.viewer import Viewer
from models import jobs
from pages import project
from tests.factories import TODAY, add_item, add_portfolio, add_project
from tests.integration.test_reports import make_reports, pdf_text, renderer, run  # noqa: F401
from tests.signin import TEST_SECRET

SYSTEM = Viewer.system()
LATE_WHY = "The due date has passed, so the chance of finishing on time is 0%"
EFFECT = re.compile(r"[−+-]\d+ points")  # a driver's effect, "−1 points"


@pytest.fixture
def late_key(db, tmp_path) -> str:
    """A late and a not-late project, scored by the real job (the shipped prior), and the key
    of the late one, found by plain SQL: open, and due before today."""
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        late = add_project(s, "AL-1", alpha, name="Harbour crane upgrade",
                           start=dt.date(2026, 3, 2), due=TODAY - dt.timedelta(days=5))
        fine = add_project(s, "AL-2", alpha, name="Intranet refresh",
                           start=dt.date(2026, 3, 2), due=dt.date(2026, 12, 1))
        for p in (late, fine):
            for week in range(12):
                day = dt.date(2026, 3, 2) + dt.timedelta(weeks=week)
                add_item(s, p, status="done", points=3,
                         done_at=dt.datetime.combine(day, dt.time(12)))
                s.add(ProjectSnapshot(project_id=p.id, day=day, scope_points=60,
                                      done_points=3 * (week + 1), team_size=2))
            for _ in range(8):
                add_item(s, p, points=3)
        refresh_rollups(s.connection())
    jobs.rescore(db, tmp_path / "models", TODAY, trials=300)
    with db() as s:
        keys = s.execute(text(
            "SELECT p.key FROM projects p JOIN statuses st ON st.id = p.status_id "
            "JOIN project_forecasts f ON f.project_id = p.id "
            "WHERE NOT st.is_closed AND p.due_date < :today ORDER BY p.key"),
            {"today": TODAY}).scalars().all()
        assert keys == ["AL-1"]
        p_on_time, drivers = s.execute(text(
            "SELECT f.p_on_time, f.drivers FROM project_forecasts f JOIN projects p "
            "ON p.id = f.project_id WHERE p.key = :key"), {"key": keys[0]}).one()
    drivers = json.loads(drivers) if isinstance(drivers, str) else drivers
    # what scoring stores for a late project: the old wording read it as "5 days past ..."
    assert p_on_time == 0 and drivers[0]["feature"] == "days_left" and drivers[0]["value"] < 0
    assert drivers[0]["effect"] is not None
    return keys[0]


def test_late_projects_card_gives_no_meaningless_why(db, tmp_path, late_key):
    url = db.kw["bind"].url.render_as_string(hide_password=False)
    services = create_app(Settings(secret_key=TEST_SECRET, data_dir=tmp_path / "app",
                                   database_url=url), start=False).server.extensions["dashboard"]
    services.today = lambda: TODAY
    try:
        card = json.dumps(project.charts(services, SYSTEM, late_key)[3], cls=PlotlyJSONEncoder,
                          ensure_ascii=False)
        other = json.dumps(project.charts(services, SYSTEM, "AL-2")[3], cls=PlotlyJSONEncoder,
                           ensure_ascii=False)
    finally:
        services.stop()
    due = TODAY - dt.timedelta(days=5)
    due = f"{due.day} {due:%b %Y}"  # as every page writes a day
    assert f"Its due date ({due}) has passed, so the chance of finishing on time is 0%" in card
    assert "past the due date" not in card and not EFFECT.search(card), card
    assert '"Why"' not in card and "project-drivers" not in card
    assert '"Why"' in other and "project-drivers" in other  # a project not late keeps its Why


def test_late_projects_report_says_why_its_chance_is_zero(db, tmp_path, renderer, late_key):  # noqa: F811
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_project(SYSTEM, late_key, queue=False))
    assert row.status == "done", row.message
    flat = " ".join(pdf_text(reports.path(row)).split())
    due = TODAY - dt.timedelta(days=5)
    due = f"{due.day} {due:%b %Y}"  # as every page writes a day
    assert f"due {due}: 5 days late" in flat and "P(on time) 0%" in flat
    assert f"Why: {LATE_WHY}." in flat
    assert "past the due date" not in flat and not EFFECT.search(flat), flat
