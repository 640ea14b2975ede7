"""Alembic up and down on both engines, and the migrated schema equals data.schema."""

from __future__ import annotations

import re
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url

from dashboard.migrate import downgrade, upgrade
from data.db import make_engine
from data.schema import OPEN_STATUS_IDS, PRIORITIES, STATUSES, Base, Priority, Status, exists_in
from tests.conftest import POSTGRES_ADMIN_URL


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_engine(request, tmp_path):
    """A brand-new, empty database (not the shared test one)."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
        yield engine
        engine.dispose()
        return
    request.getfixturevalue("pg_url")  # fails in CI / skips locally when PostgreSQL is down
    admin = make_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"dashboard_mig_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_ADMIN_URL).set(database=name)
    engine = make_engine(url.render_as_string(hide_password=False))
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _diff(engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _dialect_indexes(engine)}
        )
        return compare_metadata(context, Base.metadata)


def _dialect_indexes(engine):
    def include(obj, _name, type_, reflected, _compare_to):
        return reflected or type_ != "index" or exists_in(obj, engine.dialect.name)

    return include


def test_upgrade_creates_the_schema_and_downgrade_removes_it(empty_engine):
    upgrade(empty_engine)
    tables = set(inspect(empty_engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert _diff(empty_engine) == []
    with empty_engine.connect() as conn:
        assert conn.scalars(select(Status.code).order_by(Status.id)).all() == [
            s[0] for s in STATUSES]
        assert conn.scalars(select(Priority.code).order_by(Priority.id)).all() == [
            p[0] for p in PRIORITIES]

    downgrade(empty_engine, "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}

    upgrade(empty_engine)  # and back up again: downgrade left nothing behind
    assert set(Base.metadata.tables) <= set(inspect(empty_engine).get_table_names())


def test_dashboard_indexes_exist(empty_engine):
    upgrade(empty_engine)
    insp = inspect(empty_engine)

    def indexed(table: str) -> set[tuple[str, ...]]:
        return {tuple(ix["column_names"]) for ix in insp.get_indexes(table)}

    projects = indexed("projects")
    for column in ("status_id", "priority_id", "created_at", "due_date"):
        assert (column,) in projects
    assert ("project_id", "status") in indexed("work_items")
    assert ("project_id", "period_start") in indexed("allocations")
    assert ("project_id", "kind", "created_at") in indexed("documents")
    pk = insp.get_pk_constraint("project_snapshots")["constrained_columns"]
    assert pk[0] == "project_id"
    skills = [ix for ix in insp.get_indexes("resources") if ix["name"] == "ix_resources_skills"]
    if empty_engine.dialect.name == "postgresql":
        assert skills and skills[0]["dialect_options"].get("postgresql_using") == "gin"
    else:
        assert skills == []


def test_open_projects_index_holds_the_open_statuses(empty_engine):
    """The partial index's predicate names the ids the seeded ``statuses`` rows mark open, and
    the schema's condition (``metrics.is_open``) names the same, so the planner can use it and
    a reordered ``STATUSES`` cannot silently leave it on the wrong projects."""
    upgrade(empty_engine)
    with empty_engine.connect() as conn:
        open_ids = set(conn.scalars(text("SELECT id FROM statuses WHERE NOT is_closed")))
        if empty_engine.dialect.name == "postgresql":
            predicate = conn.scalar(text(
                "SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid "
                "WHERE c.relname = 'ix_projects_open_due_sort_up'"))
        else:
            predicate = conn.scalar(text(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_projects_open_due_sort_up'"))
    assert predicate and "status_id" in predicate
    where = predicate.split("status_id", 1)[1]
    assert {int(n) for n in re.findall(r"\d+", where)} == open_ids == set(OPEN_STATUS_IDS)
    assert open_ids == {1, 2, 3}
