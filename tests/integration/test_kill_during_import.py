"""``kill -9`` in the middle of a bulk import leaves the database as it was, on both engines.

The loader (``benchmarks/load_scale.py``: generate, then ``data.bulk.load`` in one transaction)
runs in its own process and is killed a second into the load; the database must then hold none of
its rows (not some), keep its data version, and take the next load normally.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from dashboard.migrate import upgrade
from data import version
from data.bulk import load
from data.db import make_engine
from data.demo import generate
from data.schema import Project, ProjectSnapshot, WorkItem
from tests.conftest import POSTGRES_ADMIN_URL
from tests.private_services import scratch_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'killed.db'}"
    else:
        request.getfixturevalue("pg_url")  # skips (or fails in CI) without PostgreSQL
        with scratch_database(POSTGRES_ADMIN_URL) as url:
            yield url


def counts(engine) -> tuple[int, int, int, int]:
    with engine.connect() as conn:
        return (conn.scalar(select(func.count(Project.id))),
                conn.scalar(select(func.count(WorkItem.id))),
                conn.scalar(select(func.count()).select_from(ProjectSnapshot)),
                version.current(conn))


def test_kill_9_mid_import_writes_nothing(database):
    engine = make_engine(database)
    upgrade(engine)
    before = counts(engine)
    loader = subprocess.Popen(
        [sys.executable, "benchmarks/load_scale.py", "--url", database, "--projects", "10000",
         "--items-per-project", "10"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines = []
    for line in loader.stdout:  # "migrate ...", then "generate ..." just before the load
        lines.append(line)
        if line.startswith("generate"):
            break
    time.sleep(0.3)  # into the load's transaction: 10,000 projects take seconds to write
    assert loader.poll() is None, lines  # still loading
    os.kill(loader.pid, signal.SIGKILL)
    rest = loader.stdout.read()
    loader.wait()
    assert "load" not in rest  # killed before the load finished
    engine.dispose()
    engine = make_engine(database)
    assert counts(engine) == before  # nothing half-written, the version untouched
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    small = generate(20, seed=1, today=dt.date.today(), items_per_project=3)
    load(engine, small)  # the database takes the next load normally (no lock left behind)
    projects, items, _, data_version = counts(engine)
    assert (projects, items) == (len(small.projects), len(small.work_items))
    assert data_version == before[3] + 1
    engine.dispose()
