"""No N+1: each page callback issues the same number of SQL statements at any data size."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
from sqlalchemy import event, select

from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.demo import load_demo
from data.schema import Project
from tests.integration.test_app import OVERVIEW_OUTPUTS, PROJECT_OUTPUTS, call, project_inputs


def _demo_settings(tmp_path, n: int) -> tuple[Settings, str]:
    settings = Settings(data_dir=tmp_path / f"n{n}")
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, n, seed=3, today=dt.date.today())
    with make_sessionmaker(engine)() as s:  # a started project with items, people and notes
        key = s.scalar(select(Project.key).where(Project.status_id == 2).order_by(Project.key))
    engine.dispose()
    return settings, key


RESOURCE_FILTERS = [(f"resources-filter-{n}", "value", []) for n in ("portfolio", "role", "skill")]


def _callbacks(key: str, page_size_view: dict):
    inputs, state = project_inputs(page_size_view)
    return {
        "overview": (OVERVIEW_OUTPUTS, [("overview-filters", "data", {})], []),
        "projects": (PROJECT_OUTPUTS, inputs, state),
        "project-charts": ([("project-status", "figure"), ("project-status-alt", "children"),
                            ("project-people", "children"), ("project-forecast", "children"),
                            ("project-alert", "children")],
                           [("project-key", "data", key)], []),
        "project-items": ([("project-items", "children"), ("project-items-page", "max_value")],
                          [("project-key", "data", key),
                           ("project-items-page", "active_page", 1)], []),
        "project-meeting": ([("project-meeting", "children")], [("project-key", "data", key)],
                            []),
        "project-docs": ([("project-docs", "children"), ("project-docs-page", "max_value")],
                         [("project-key", "data", key), ("project-docs-page", "active_page", 1)],
                         []),
        "resources-heatmap": ([("resources-heatmap", "figure"),
                               ("resources-heatmap-alt", "children"),
                               ("resources-heatmap-page", "max_value"),
                               ("resources-alert", "children")],
                              [("resources-heatmap-page", "active_page", 1),
                               *RESOURCE_FILTERS], []),
        "resources-over": ([("resources-over", "children"), ("resources-over-page", "max_value")],
                           [("resources-over-page", "active_page", 1), *RESOURCE_FILTERS], []),
        "resources-skills": ([("resources-skills", "figure"),
                              ("resources-skills-alt", "children")], RESOURCE_FILTERS, []),
    }


def _count(settings: Settings, key: str) -> dict[str, int]:
    # a fresh app: an empty cache, so every read hits the database
    app = create_app(settings, resolve_viewer=everyone_is_system)
    runtime = app.server.extensions["dashboard"].forecasting
    if runtime is not None and runtime.startup is not None:
        runtime.startup.join(timeout=120)  # forecasts stored, so the cone is drawn at both sizes
    services = app.server.extensions["dashboard"]
    if services.summaries is not None:
        # the kept summaries current at both sizes (the forecasts' write made them stale): a
        # page then reads them, not the live statements, whichever thread would win the race
        services.summaries.refresh()
    engine = app.server.extensions["dashboard"].engine
    client = app.server.test_client()
    counts: dict[str, int] = {}
    statements: list[str] = []

    requester = threading.get_ident()  # the test client serves requests in this thread

    def record(_conn, _cursor, statement, *_args):
        # only the request's own statements: the live bus's poller reads in its own thread
        if threading.get_ident() == requester and \
                not statement.lstrip().upper().startswith("PRAGMA"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        for name, (outputs, inputs, state) in _callbacks(
                key, {"filters": {}, "sort": "key", "desc": False}).items():
            statements.clear()
            out = call(client, outputs, inputs, state)
            assert "cannot be reached" not in json.dumps(out), name
            counts[name] = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return counts


@pytest.mark.slow
def test_statement_counts_do_not_grow_with_the_portfolio(tmp_path):
    small = _count(*_demo_settings(tmp_path, 12))
    large = _count(*_demo_settings(tmp_path, 90))
    assert small == large
    assert all(0 < n <= 12 for n in small.values()), small
