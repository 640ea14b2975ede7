"""Engines and sessions: one place that knows the dialect quirks of SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from data.schema import PRIORITIES, STATUS_IDS, STATUSES, Priority, Status


def normalize_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs (SQLAlchemy would pick psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets foreign keys, WAL and a created parent directory."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    # JIT off: for the dashboard's reads (tens to hundreds of ms) PostgreSQL's JIT compiles for
    # longer than it saves (90 ms of a 1.2 s heatmap at 100,000 projects, docs/performance.md).
    kwargs.setdefault("connect_args", {"connect_timeout": 5, "options": "-c jit=off"})
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def reference_rows() -> dict[Any, list[dict[str, Any]]]:
    """Lookup rows with fixed ids, shared by the migration and ``create_all`` users."""
    return {
        Status.__table__: [
            {"id": STATUS_IDS[c], "code": c, "label": lbl, "is_closed": closed,
             "sort_order": order}
            for c, lbl, closed, order in STATUSES
        ],
        Priority.__table__: [
            {"id": i, "code": c, "label": lbl, "rank": rank}
            for i, (c, lbl, rank) in enumerate(PRIORITIES, start=1)
        ],
    }


def seed_reference(connection: Connection) -> None:
    for table, rows in reference_rows().items():
        connection.execute(insert(table), rows)
