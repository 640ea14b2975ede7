"""The demo's status notes say what the health badge says (docs/metrics.md), on SQLite and
PostgreSQL.

The demo is built as ``python -m dashboard demo`` builds it (``load_demo`` with the command's
``demo_forecasts``: forecasts stored before the documents are written), then the app's start-up
fill-in runs. The expectations come from the test's own SQL of the base tables and the
definitions of docs/metrics.md written out again here, not from ``data.metrics``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from sqlalchemy import select, text

from dashboard.background import fill_in_forecasts, models_dir
from dashboard.cli import demo_forecasts
from dashboard.settings import Settings
from data import metrics
from data.db import make_sessionmaker
from data.demo import load_demo
from data.schema import Project, ProjectForecast, ProjectRollup, Status
from models.registry import Registry
from tests.conftest import clean
from tests.signin import TEST_SECRET

TODAY = dt.date(2026, 6, 17)
# the health words of docs/metrics.md; a closed project's note names the status that closed it
WORDS = {"on track": "on_track", "at risk": "at_risk", "late": "late", "done": "closed",
         "cancelled": "closed"}
STATED = re.compile(r"^Status of .+? \((?P<key>[A-Z]+-\d+)\) on (?P<day>\d{2} \w+ \d{4}): "
                    r"(?P<word>[^.,\n]+)(?:, \d+ days after the due date)?\.$", re.M)


def _day(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


@pytest.fixture(scope="module")
def demo(engine, tmp_path_factory):
    clean(engine)
    data_dir = tmp_path_factory.mktemp("demo-notes")
    settings = Settings(secret_key=TEST_SECRET, data_dir=data_dir,
                        database_url=engine.url.render_as_string(hide_password=False))
    load_demo(engine, 80, seed=7, today=TODAY, forecast=demo_forecasts(settings, TODAY))
    fill_in_forecasts(make_sessionmaker(engine), Registry(models_dir(settings)), TODAY)
    with engine.connect() as conn:
        projects = {r[0]: r for r in conn.execute(text("""
            SELECT p.id, p.key, s.code, s.is_closed, p.start_date, p.due_date, f.p_on_time,
                   (SELECT coalesce(sum(story_points), 0) FROM work_items w
                     WHERE w.project_id = p.id),
                   (SELECT coalesce(sum(story_points), 0) FROM work_items w
                     WHERE w.project_id = p.id AND w.status = 'done')
            FROM projects p JOIN statuses s ON s.id = p.status_id
            LEFT JOIN project_forecasts f ON f.project_id = p.id"""))}
        snapshots = {(pid, _day(day)): (scope, done) for pid, day, scope, done in conn.execute(
            text("SELECT project_id, day, scope_points, done_points FROM project_snapshots"))}
        notes = [(pid, body, _day(created), *snapshots.get((pid, _day(created)), (None, None)))
                 for pid, body, created in conn.execute(text("""
                    SELECT project_id, body, created_at FROM documents
                    WHERE kind = 'status_note' ORDER BY project_id, created_at, id"""))]
        bodies = [body for (body,) in conn.execute(text("SELECT body FROM documents"))]
    yield projects, notes, bodies
    clean(engine)


def _rule(day: dt.date, start: Any, due: Any, progress: float, p: float | None) -> str:
    """docs/metrics.md for an open project on ``day``: late, at risk, on track."""
    start, due = _day(start), _day(due)
    if due < day:
        return "late"
    if p is not None:
        return "at_risk" if p < 0.5 else "on_track"
    span = (due - start).days
    behind = span > 0 and start <= day and progress < (day - start).days / span - 0.15
    return "at_risk" if behind else "on_track"


def _badge(row: Any) -> str:
    _pid, _key, _code, closed, start, due, p, scope, done = row
    if closed:
        return "closed"
    return _rule(TODAY, start, due, done / scope if scope else 0.0, p)


def _stated(notes: list[Any]) -> list[tuple[int, str, dt.date, str, Any, Any]]:
    """(project id, key, day, word, scope, done) of each note stating a health; a note that
    records a decision (put on hold, cancelled) states none."""
    out = []
    for pid, body, day, scope, done in notes:
        stated = STATED.search(body)
        if stated is None:
            assert re.match(r"^\S.* \(\w+-\d+\) was (cancelled|put on hold) on ", body), body
            continue
        out.append((pid, stated["key"], day, stated["word"], scope, done))
    return out


def test_no_open_projects_note_of_today_states_another_health_than_its_badge(demo):
    projects, notes, _bodies = demo
    latest = {pid: (day, word) for pid, _key, day, word, _s, _d in _stated(notes)}
    open_today = [pid for pid, row in projects.items() if not row[3] and pid in latest
                  and latest[pid][0] == TODAY]
    assert len(open_today) >= 20
    differ = {projects[pid][1]: (latest[pid][1], _badge(projects[pid])) for pid in open_today
              if WORDS.get(latest[pid][1]) != _badge(projects[pid])}
    assert differ == {}
    assert all(projects[pid][6] is not None for pid in open_today)  # badges by the forecast


def test_no_note_uses_a_word_outside_the_vocabulary(demo):
    _projects, notes, bodies = demo
    outside = {(key, day, word) for _pid, key, day, word, _s, _d in _stated(notes)
               if word not in WORDS}
    assert outside == set()
    assert not [b for b in bodies if re.search(r"\boff[ -]track\b", b, re.I)]


def test_an_earlier_note_states_the_health_of_its_own_day(demo):
    """No forecast of a past day is kept: an open project's note of an earlier day goes by the
    rule for a project without one, over that day's snapshot; a closed one names its status."""
    projects, notes, _bodies = demo
    checked = 0
    for pid, key, day, word, scope, done in _stated(notes):
        code, start, due = projects[pid][2], projects[pid][4], projects[pid][5]
        if WORDS.get(word) == "closed":  # the note of the day it was done or cancelled
            assert (word, code) in (("done", "done"), ("cancelled", "cancelled")), (key, day)
        elif day < TODAY:
            expected = _rule(day, start, due, done / scope if scope else 0.0, None)
            assert WORDS.get(word) == expected, (key, day, word, expected)
            checked += 1
    assert checked >= 50


def test_the_python_rule_of_a_day_is_the_badges_rule(demo, engine):
    """``metrics.health_on`` (the notes' days) and ``metrics.health`` (the badge) agree on every
    project today, with the stored forecasts and without them."""
    with engine.connect() as conn:
        for use_forecast in (True, False):
            rows = conn.execute(metrics.with_health(select(
                Project.id, metrics.health(TODAY), Status.is_closed, Project.start_date,
                Project.due_date, ProjectRollup.progress, ProjectForecast.p_on_time,
            ).join(Status, Status.id == Project.status_id))).all() if use_forecast else \
                conn.execute(select(
                    Project.id, metrics.health(TODAY), Status.is_closed, Project.start_date,
                    Project.due_date, ProjectRollup.progress, ProjectForecast.p_on_time,
                ).join(Status, Status.id == Project.status_id)
                    .outerjoin(ProjectRollup, ProjectRollup.project_id == Project.id)
                    .outerjoin(ProjectForecast, (ProjectForecast.project_id == Project.id)
                               & (Project.id < 0))).all()
            assert {r[1] for r in rows} == {"on_track", "at_risk", "late", "closed"}
            for pid, sql, closed, start, due, progress, p in rows:
                python = metrics.health_on(
                    TODAY, closed=bool(closed), start=_day(start) if start else None,
                    due=_day(due) if due else None, progress=progress or 0.0, p_on_time=p)
                assert python == sql, (pid, use_forecast, python, sql)
