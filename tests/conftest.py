"""Shared fixtures: the same data-layer tests run on SQLite and on a real PostgreSQL.

Under ``CI=true`` a missing service fails the test; on a developer machine it skips.
"""

from __future__ import annotations

import os
import time
import uuid

import pytest
import redis
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from dashboard.migrate import upgrade
from data.db import make_engine, make_sessionmaker
from data.schema import Base

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
# one Redis database per pytest-xdist worker (gw0 → 15, gw1 → 14, ...), so that one worker's
# FLUSHDB never empties another's
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{15 - _WORKER}")
REFERENCE_TABLES = {"statuses", "priorities", "data_version"}


def require(available: bool, what: str) -> None:
    """Fail under CI, skip elsewhere, when a service a test needs is not there."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is required in CI but is not available", pytrace=False)
    pytest.skip(f"{what} is not available")


def redis_available() -> str:
    """The tests' Redis database (``TEST_REDIS_URL``); fails in CI, skips elsewhere, when down."""
    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as exc:
        require(False, f"Redis at {REDIS_TEST_URL} ({type(exc).__name__})")
    finally:
        client.close()
    return REDIS_TEST_URL


@pytest.fixture
def redis_url():
    """The tests' Redis database, emptied before and after the test."""
    url = redis_available()
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


@pytest.fixture(scope="session")
def pg_url():
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    admin = make_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any connection failure means "not available"
        admin.dispose()
        require(False, f"PostgreSQL at {POSTGRES_ADMIN_URL} ({type(exc).__name__})")
    name = f"dashboard_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(
    scope="session",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def engine(request, tmp_path_factory):
    """A migrated database per engine, shared by the session; ``db`` cleans it per test."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'test.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    eng = make_engine(url)
    upgrade(eng)
    yield eng
    eng.dispose()


def clean(engine) -> None:
    """Remove every row except the reference lookups the migration seeded.

    On PostgreSQL the TRUNCATE takes its locks table by table; a background reader of the
    previous test still finishing a query (a live-bus poll, a cache fill) can then deadlock with
    it, and PostgreSQL aborts one of the two: the TRUNCATE is tried again."""
    tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name not in REFERENCE_TABLES]
    for attempt in range(5):
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    names = ", ".join(t.name for t in tables)
                    conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
                else:
                    for table in tables:
                        conn.execute(table.delete())
            return
        except OperationalError as exc:
            if "deadlock detected" not in str(exc) or attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))


@pytest.fixture
def db(engine):
    """A session factory on a clean, migrated database (SQLite or PostgreSQL)."""
    clean(engine)
    return make_sessionmaker(engine)


def pytest_sessionfinish(session, exitstatus):
    """A pytest-xdist worker's coverage, saved as its tests end: the controller kills a worker
    still exiting 10 s after it asked it to stop (a pool thread finishing a readiness check can
    hold it), and a killed worker never runs coverage's own save at exit, so every line only
    its tests ran went missing from the report (CI's 92 % of stop 36). Saved again at exit."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    try:
        import coverage  # noqa: PLC0415 - only when the suite runs under coverage
    except ImportError:
        return
    current = coverage.Coverage.current()
    if current is not None:
        current.save()
