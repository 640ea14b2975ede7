"""The demo never says something happened later than the clock, on SQLite and PostgreSQL.

Loaded at 01:00, it stamped 18 work items done between 08:33 and 17:53 of that same day. Now
what happened on the load day is stamped at its midnight (never later than the moment the demo
is loaded), on the same day as before: the snapshots still add up to the items done by each
day's end. Checked with the test's own SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text

from data.demo import load_demo
from tests.conftest import clean

TODAY = dt.date(2026, 12, 7)
MIDNIGHT = dt.datetime.combine(TODAY, dt.time())
TOMORROW = MIDNIGHT + dt.timedelta(days=1)
# what the demo says has happened (a work item's due_at is a deadline: it may lie ahead)
EVENTS = [("work_items", "created_at"), ("work_items", "started_at"), ("work_items", "done_at"),
          ("projects", "created_at"), ("projects", "completed_at"), ("documents", "created_at"),
          ("users", "created_at")]


@pytest.fixture(scope="module")
def demo(engine):
    clean(engine)
    load_demo(engine, 60, seed=11, today=TODAY)
    yield engine
    clean(engine)


def _one(engine, sql: str, **params: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def test_nothing_happened_later_than_the_start_of_the_load_day(demo):
    for table, column in EVENTS:  # the latest, read back and compared here (SQLite: text)
        latest = _one(demo, f"SELECT max({column}) FROM {table}")
        assert dt.datetime.fromisoformat(str(latest)) <= MIDNIGHT, (table, column, latest)
    # the load day has events, all at its midnight: the rule is exercised, not vacuous
    today = {f"{table}.{column}": _one(demo, f"SELECT count(*) FROM {table} WHERE {column} >= :a"
                                             f" AND {column} < :b", a=MIDNIGHT, b=TOMORROW)
             for table, column in EVENTS}
    assert today["work_items.done_at"] > 0 and today["work_items.created_at"] > 0, today


def test_each_day_keeps_its_events(demo):
    """Every snapshot's done points are the points of the items done by the end of its day
    (today's included), so no event moved to another day."""
    with demo.connect() as conn:
        snaps = conn.execute(text(
            "SELECT project_id, day, done_points FROM project_snapshots")).all()
        done = conn.execute(text(
            "SELECT project_id, done_at, story_points FROM work_items"
            " WHERE done_at IS NOT NULL")).all()
    by_project: dict[int, list[tuple[dt.date, int]]] = {}
    for pid, at, points in done:
        by_project.setdefault(pid, []).append(
            (dt.date.fromisoformat(str(at)[:10]), points))
    checked_today = 0
    for pid, day, points in snaps:
        day = dt.date.fromisoformat(str(day)[:10])
        assert points == sum(p for d, p in by_project.get(pid, []) if d <= day), (pid, day)
        checked_today += day == TODAY
    assert checked_today > 0
