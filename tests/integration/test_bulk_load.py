"""Bulk loading generated data into SQLite and PostgreSQL: constraints hold, ids keep working."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select, text

from data.bulk import BulkLoadError, Table, load
from data.demo import generate, load_demo
from data.schema import (
    Base,
    Document,
    Project,
    ProjectRollup,
    ProjectSnapshot,
    Resource,
    WorkItem,
)

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def small():
    return generate(40, seed=11, today=TODAY)


def table_counts(session) -> dict[str, int]:
    return {
        name: session.scalar(select(func.count()).select_from(Base.metadata.tables[name]))
        for name in Base.metadata.tables
    }


def test_load_inserts_every_row(engine, db, small):
    counts = load(engine, small)
    assert counts == small.counts()
    assert all(n > 0 for n in counts.values())
    with db() as session:
        stored = table_counts(session)
        rollups = session.scalars(select(ProjectRollup).order_by(ProjectRollup.project_id)).all()
    assert {name: stored[name] for name in counts} == counts
    assert len(rollups) == len(small.projects)
    assert sum(r.scope_points for r in rollups) == sum(small.work_items.column("story_points"))


def test_loaded_rows_read_back_unchanged(engine, db, small):
    load(engine, small)
    with db() as session:
        resources = session.scalars(select(Resource).order_by(Resource.id)).all()
        projects = session.scalars(select(Project).order_by(Project.id)).all()
        items = session.scalars(select(WorkItem).order_by(WorkItem.id)).all()
        snapshots = session.scalars(
            select(ProjectSnapshot).order_by(ProjectSnapshot.project_id, ProjectSnapshot.day)
        ).all()
        python_users = session.scalar(
            text("""SELECT count(*) FROM resources WHERE skills @> '["python"]'::jsonb""")
        ) if engine.dialect.name == "postgresql" else None
    assert [r.skills for r in resources] == small.resources.column("skills")
    assert [(p.key, p.start_date, p.due_date, p.completed_at, p.status_id) for p in projects] == [
        tuple(small.projects.column(c)[i] for c in
              ("key", "start_date", "due_date", "completed_at", "status_id"))
        for i in range(len(small.projects))
    ]
    assert [i.done_at for i in items] == small.work_items.column("done_at")
    assert [i.assignee_id for i in items] == small.work_items.column("assignee_id")
    assert [s.done_points for s in snapshots] == small.project_snapshots.column("done_points")
    if python_users is not None:  # JSONB containment works on what COPY wrote
        expected = sum("python" in skills for skills in small.resources.column("skills"))
        assert python_users == expected > 0


def test_orm_inserts_after_a_load_get_fresh_ids(engine, db, small):
    load(engine, small)
    with db.begin() as session:
        project = Project(key="NEW-1", name="After the load", status_id=2, priority_id=2,
                          portfolio_id=1, description="", owner="Ada")
        session.add(project)
        session.flush()
        item = WorkItem(project_id=project.id, kind="feature", title="First", status="todo",
                        story_points=3, created_at=dt.datetime(2026, 11, 25, 9))
        doc = Document(project_id=project.id, kind="status_note", title="t", body="b",
                       created_at=dt.datetime(2026, 11, 25, 9))
        session.add_all([item, doc])
        session.flush()
        ids = project.id, item.id, doc.id
    assert ids == (len(small.projects) + 1, len(small.work_items) + 1, len(small.documents) + 1)


def replace_column(dataset, table_name: str, column: str, index: int, value):
    table = getattr(dataset, table_name)
    values = table.column(column)
    values[index] = value
    changed = Table(table_name, {**table.columns, column: values})
    return dataclasses.replace(dataset, **{table_name: changed})


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("work_items", "project_id", 9_999),  # foreign key
        ("allocations", "share", 1.5),  # check constraint
        ("work_items", "status", "blocked"),  # check constraint
    ],
)
def test_a_rejected_row_loads_nothing(engine, db, small, table, column, value):
    broken = replace_column(small, table, column, -1, value)
    with pytest.raises(BulkLoadError, match=table):
        load(engine, broken)
    with db() as session:
        assert all(n == 0 for name, n in table_counts(session).items()
                   if name not in ("statuses", "priorities", "data_version"))


def test_unknown_columns_are_refused_before_touching_the_database(engine, db, small):
    colours = ["red"] * len(small.portfolios)
    extra = Table("portfolios", {**small.portfolios.columns, "colour": colours})
    with pytest.raises(ValueError, match="colour"):
        load(engine, dataclasses.replace(small, portfolios=extra))


def test_load_demo_fills_an_empty_database_once(engine, db):
    counts = load_demo(engine, 30, seed=2, today=TODAY)
    assert counts["projects"] == 30 and counts["work_items"] > 30 * 20
    with db() as session:
        assert session.scalar(select(func.count()).select_from(Project)) == 30
    with pytest.raises(ValueError, match="already has 30 projects"):
        load_demo(engine, 30, seed=2, today=TODAY)
