"""The forecast's trust says what its portfolio count counts (docs/metrics.md, Trust), on SQLite
and PostgreSQL.

The count is the portfolio's other projects, cancelled ones apart, whose due date has passed,
done or still open: not its done projects. The world below makes the two differ both ways (a
project done early whose due date is still to come, an open project past its due date), and the
project page must say "N projects of its portfolio past the due date", N from the test's own
SQL; a forecast stored with the old words ("finished projects") reads the same.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import text

from data import version
from data.viewer import Viewer
from models import jobs
from models.features import TEAM_WINDOW
from pages import forecasts, project
from tests.factories import TODAY, add_item, add_portfolio, add_project
from tests.page_services import find_props, plain, services_on

SYSTEM = Viewer.system()



@pytest.fixture
def world(db, engine, tmp_path):
    day = dt.timedelta(days=1)
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        for i in range(5):  # done, due in the spring: two on time, three late
            add_project(s, f"D-{i}", alpha, status="done", start=dt.date(2026, 1, 5),
                        due=dt.date(2026, 3, 1) + i * day,
                        completed_at=dt.datetime(2026, 2, 20 if i < 2 else 28) + 10 * i * day)
        # done early: its due date is still to come, so its outcome is not counted yet
        add_project(s, "E-1", alpha, status="done", start=dt.date(2026, 2, 1),
                    due=TODAY + 20 * day, completed_at=dt.datetime(2026, 6, 1))
        add_project(s, "L-1", alpha, start=dt.date(2026, 1, 5), due=TODAY - 9 * day)  # late
        add_project(s, "C-1", alpha, status="cancelled", due=dt.date(2026, 3, 1))
        add_project(s, "N-1", alpha, status="done", due=None,
                    completed_at=dt.datetime(2026, 4, 1))
        running = add_project(s, "A-1", alpha, start=dt.date(2026, 4, 15),
                              due=dt.date(2026, 9, 1))
        for week in range(9):
            add_item(s, running, status="done", points=3,
                     done_at=dt.datetime(2026, 4, 20) + dt.timedelta(weeks=week))
        add_item(s, running, points=15)
        ids = {"alpha": alpha.id, "running": running.id}
    jobs.retrain_and_score(db, tmp_path / "models", TODAY, trials=2_000, use_prior=False)
    with services_on(engine, tmp_path, TODAY) as services:
        yield services, ids


def _note(services: Any) -> str:
    card = plain(project.charts(services, SYSTEM, "A-1"))
    return str(find_props(card, "project-evidence-note")["children"])


def test_the_trust_note_counts_the_portfolios_projects_past_the_due_date(world, engine):
    services, ids = world
    with engine.connect() as conn:
        past_due = conn.execute(text(
            "SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id"
            " WHERE p.portfolio_id = :pf AND p.id <> :me AND s.code <> 'cancelled'"
            " AND p.due_date IS NOT NULL AND p.due_date < :today"),
            {"pf": ids["alpha"], "me": ids["running"], "today": TODAY}).scalar_one()
        done = conn.execute(text(
            "SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id"
            " WHERE p.portfolio_id = :pf AND s.code = 'done'"), {"pf": ids["alpha"]}).scalar_one()
        stored = conn.execute(text("SELECT evidence FROM project_forecasts WHERE project_id = :me"),
                              {"me": ids["running"]}).scalar_one()
    stored = json.loads(stored) if isinstance(stored, str) else stored
    expected = min(past_due, TEAM_WINDOW)
    assert (expected, done) == (6, 7)  # five done in time or late and one open; not the 7 done
    assert stored["finished_in_portfolio"] == expected

    note = _note(services)
    assert note.startswith(f"Rests on {expected} projects of its portfolio past the due date "
                           "(done or still open)")
    assert "finished project" not in note

    # a forecast stored before the words changed reads the same (no rescore needed)
    old = {**stored, "note": f"Rests on {expected} finished projects in its portfolio."}
    with engine.begin() as conn:
        conn.execute(text("UPDATE project_forecasts SET evidence = :e WHERE project_id = :me"),
                     {"e": json.dumps(old), "me": ids["running"]})
        version.bump(conn)  # as every write does: the page's cached card is stale
    assert _note(services) == note


def test_the_forecasts_page_says_what_the_trust_count_counts(world):
    services, _ids = world
    page = plain(forecasts.refresh(services, SYSTEM, None))
    meaning = json.dumps(find_props(page, "forecasts-trust-meaning"), ensure_ascii=False)
    assert "at least 10 projects past the due date (done or still open)" in meaning
    counted = str(find_props(page, "forecasts-trust-counted")["children"])
    assert counted.startswith("Projects past the due date: the portfolio's other projects "
                              "(cancelled ones apart) whose due date has passed, done or still "
                              f"open, the latest {TEAM_WINDOW} at most.")
    assert "finished projects" not in meaning
