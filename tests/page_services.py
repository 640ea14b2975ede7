"""Calling pages' callbacks as plain functions in integration tests: the app's services on a
test database at a fixed day, and reading what a callback returned."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from plotly.utils import PlotlyJSONEncoder

from dashboard.app import create_app
from dashboard.settings import Settings
from tests.signin import TEST_SECRET


@contextmanager
def services_on(engine, data_dir: Path, today: dt.date) -> Iterator[Any]:
    """The app's services (no background jobs) over ``engine``, whose day is ``today``."""
    url = engine.url.render_as_string(hide_password=False)
    app = create_app(Settings(secret_key=TEST_SECRET, data_dir=data_dir, database_url=url),
                     start=False)
    services = app.server.extensions["dashboard"]
    services.today = lambda: today
    try:
        yield services
    finally:
        services.stop()


def find_props(tree: Any, wanted: str) -> Any:
    """The props of the component with ``id == wanted`` in a layout tree (``None``: absent)."""
    if isinstance(tree, dict):
        props = tree.get("props", tree)
        if props.get("id") == wanted:
            return props
        return next((f for f in (find_props(v, wanted) for v in tree.values())
                     if f is not None), None)
    if isinstance(tree, list):
        return next((f for f in (find_props(v, wanted) for v in tree) if f is not None), None)
    return None


def plain(value: Any) -> Any:
    """A callback's return value as the browser gets it (plotly figures as JSON)."""
    return json.loads(json.dumps(value, cls=PlotlyJSONEncoder))
