"""A trained demo for the forecast-words tests: 60 projects on 7 Dec 2026, the installation's
model trained and forecasts stored, and SQL of the tests' own to check the pages against."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import text

from data.db import make_sessionmaker
from data.demo import load_demo
from data.viewer import Viewer
from models import jobs
from tests.conftest import clean
from tests.page_services import services_on

TODAY = dt.date(2026, 12, 7)
SYSTEM = Viewer.system()
OPEN = "('proposed', 'active', 'on_hold')"
SETTLED = (f"SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id"
           f" WHERE p.due_date IS NOT NULL AND ((s.code = 'done' AND p.completed_at IS NOT NULL)"
           f" OR (s.code IN {OPEN} AND p.due_date < :today))")
FORECASTS = (f"SELECT p.key, f.p_on_time, p.due_date, f.p50_date, f.p85_date, f.as_of,"
             f" f.model_version FROM project_forecasts f JOIN projects p ON p.id = f.project_id"
             f" JOIN statuses s ON s.id = p.status_id WHERE s.code IN {OPEN}"
             f" AND f.method = 'classifier' ")


def trained_demo(engine, folder) -> Iterator[tuple[Any, Any]]:
    """(services at 7 Dec 2026, the data dir): a fixture's body, shared by the modules."""
    clean(engine)
    load_demo(engine, 60, seed=5, today=TODAY, documents=False)
    jobs.retrain_and_score(make_sessionmaker(engine), folder / "models", TODAY, trials=2_000)
    with services_on(engine, folder, TODAY) as services:
        yield services, folder
    clean(engine)


def one(engine, sql: str, **params: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(sql), {"today": TODAY, **params}).scalar_one()


def rows(engine, sql: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), {"today": TODAY, **params}))


def day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
