"""Import real data: check the whole input against the database, then write it in one go.

``import_path(session, path)`` reads a CSV directory or JSON file (format: docs/import-format.md,
``data.import_format``), checks every row — including keys that already exist and references to
rows that exist nowhere — and raises ``ValidationFailed`` listing every problem before anything
is written. Then it inserts with executemany (natural keys mapped to ids through ``RETURNING``)
inside the caller's transaction, and records a ``data.imported`` event for cache invalidation.
Existing keys are looked up in batches, so the number of queries does not grow with the rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table, insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from data import events
from data.errors import RowError, ValidationFailed
from data.import_format import (
    DEFAULT_MAX_BYTES,
    REFERENCES,
    TABLES,
    ParsedTable,
    RawTable,
    parse_tables,
    read_source,
    sort_errors,
)
from data.rollups import refresh_rollups, refresh_skill_supply
from data.schema import (
    Allocation,
    Document,
    Portfolio,
    Priority,
    Project,
    ProjectSnapshot,
    Resource,
    Status,
    WorkItem,
    table_of,
    utcnow,
)

CHUNK = 1000  # ids per IN (...): well below every driver's parameter limit
EVENT_TYPE = "data.imported"
_TARGETS = {"projects": (Project.key, Project.id), "resources": (Resource.name, Resource.id)}
_NOUNS = {"projects": "project", "resources": "resource"}


@dataclass(frozen=True)
class ImportReport:
    """Rows written per table (``portfolios`` counts the ones created) and the projects touched."""

    counts: dict[str, int]
    project_ids: tuple[int, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __str__(self) -> str:
        parts = [_counted(n, table) for table, n in self.counts.items() if n]
        return "Imported " + (", ".join(parts) if parts else "nothing") + "."


def _counted(n: int, table: str) -> str:
    noun = "new portfolio" if table == "portfolios" else table.replace("_", " ").rstrip("s")
    return f"{n} {noun}{'' if n == 1 else 's'}"


def import_path(session: Session, path: Path,
                max_bytes: int = DEFAULT_MAX_BYTES) -> ImportReport:
    """Import a CSV directory or JSON file inside the caller's transaction, or raise
    ``ValidationFailed`` with every problem found (then nothing has been written)."""
    path = Path(path)
    return import_tables(session, read_source(path, max_bytes), source=path.name or str(path))


def import_tables(session: Session, tables: dict[str, RawTable], source: str) -> ImportReport:
    """Check ``tables`` (as read by ``read_source``) against the database, then write them."""
    plan = prepare(session, tables)
    if plan.errors:
        raise ValidationFailed(sort_errors(plan.errors))
    return write(session, plan, source)


# --- checking against the database --------------------------------------------------------------


@dataclass
class Plan:
    """Everything ``write`` needs: checked rows and the ids of what already exists."""

    tables: dict[str, ParsedTable]
    statuses: dict[str, int]
    priorities: dict[str, int]
    portfolios: dict[str, int]
    existing: dict[str, dict[str, int]]  # "projects"/"resources" -> natural key -> id
    errors: list[RowError] = field(default_factory=list)

    def rows(self, table: str) -> list[dict[str, Any]]:
        parsed = self.tables.get(table)
        return [row.values for row in parsed.rows] if parsed else []


def prepare(session: Session, tables: dict[str, RawTable]) -> Plan:
    """Parse every row and check it against the database; errors are collected, never raised."""
    statuses = dict(session.execute(select(Status.code, Status.id)).all())
    priorities = dict(session.execute(select(Priority.code, Priority.id)).all())
    parsed, errors = parse_tables(tables, status_codes=statuses, priority_codes=priorities)
    plan = Plan(parsed, statuses, priorities, {}, {}, errors)
    names = {row["portfolio"] for row in plan.rows("projects") if row.get("portfolio")}
    plan.portfolios = lookup(session, Portfolio.name, Portfolio.id, names)
    for target, (key_column, id_column) in _TARGETS.items():
        wanted = set(_own_keys(plan, target)) | _referenced_keys(plan, target)
        plan.existing[target] = lookup(session, key_column, id_column, wanted)
        _check_new_keys(plan, target)
        _check_references(plan, target)
    _check_snapshot_days(session, plan)
    return plan


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def lookup(
    session: Session,
    key: ColumnElement[Any] | InstrumentedAttribute[Any],
    id_: ColumnElement[Any] | InstrumentedAttribute[Any],
    keys: Iterable[Any],
) -> dict[Any, int]:
    """Map natural keys to ids for those that exist, one query per ``CHUNK`` keys."""
    found: dict[Any, int] = {}
    for batch in chunks(sorted(set(keys))):
        found.update(session.execute(select(key, id_).where(key.in_(batch))).all())
    return found


def _key_field(table: str) -> str:
    return "key" if table == "projects" else "name"


def _own_keys(plan: Plan, table: str) -> dict[str, int]:
    """Natural keys defined by the input itself, with the row that defines them."""
    parsed = plan.tables.get(table)
    name = _key_field(table)
    return {
        row.values[name]: row.row
        for row in (parsed.rows if parsed else [])
        if row.values.get(name) is not None
    }


def _referenced_keys(plan: Plan, target: str) -> set[str]:
    """Every natural key by which a row of the input points at a ``target`` row."""
    return {
        row.values[name]
        for (table, name), points_at in REFERENCES.items()
        if points_at == target and table in plan.tables
        for row in plan.tables[table].rows
        if row.values.get(name) is not None
    }


def _check_new_keys(plan: Plan, target: str) -> None:
    parsed = plan.tables.get(target)
    if parsed is None:
        return
    name = _key_field(target)
    existing = plan.existing[target]
    for row in parsed.rows:
        key = row.values.get(name)
        if key is not None and key in existing:
            row.ok = False
            plan.errors.append(parsed.raw.error(
                row.row, name, f"{_NOUNS[target]} '{key}' already exists in the database"
            ))


def _check_references(plan: Plan, target: str) -> None:
    known = set(_own_keys(plan, target)) | set(plan.existing[target])
    fields = {table: name for (table, name), points_at in REFERENCES.items() if points_at == target}
    for parsed in [plan.tables[t] for t in fields if t in plan.tables]:
        name = fields[parsed.raw.table]
        for row in parsed.rows:
            key = row.values.get(name)
            if key is not None and key not in known:
                row.ok = False
                plan.errors.append(parsed.raw.error(
                    row.row, name,
                    f"unknown {_NOUNS[target]} '{key}' (not in this import nor in the database)",
                ))


def _check_snapshot_days(session: Session, plan: Plan) -> None:
    """A snapshot for a day the database already has would break its primary key."""
    parsed = plan.tables.get("snapshots")
    existing_projects = plan.existing["projects"]
    if parsed is None or not existing_projects:
        return
    wanted: dict[int, set[Any]] = defaultdict(set)
    for row in parsed.rows:
        project_id = _existing_id(existing_projects, row.values.get("project"))
        if project_id is not None and row.values.get("day") is not None:
            wanted[project_id].add(row.values["day"])
    if not wanted:
        return
    days = {day for per_project in wanted.values() for day in per_project}
    taken: set[tuple[int, Any]] = set()
    snap = ProjectSnapshot
    for batch in chunks(sorted(wanted)):
        stmt = select(snap.project_id, snap.day).where(
            snap.project_id.in_(batch), snap.day.between(min(days), max(days))
        )
        taken.update(session.execute(stmt).all())
    for row in parsed.rows:
        project_id = _existing_id(existing_projects, row.values.get("project"))
        if (project_id, row.values.get("day")) in taken:
            row.ok = False
            plan.errors.append(parsed.raw.error(
                row.row, "day",
                f"project '{row.values['project']}' already has a snapshot for "
                f"{row.values['day'].isoformat()} in the database",
            ))


def _existing_id(existing: dict[str, int], key: str | None) -> int | None:
    """The id of an existing row by natural key; a row whose key failed to parse has none."""
    return None if key is None else existing.get(key)


# --- writing ------------------------------------------------------------------------------------


def write(session: Session, plan: Plan, source: str) -> ImportReport:
    """Insert a checked plan; a database rejection rolls the transaction back and is reported.

    The rollback is of the caller's transaction: after a failed statement PostgreSQL refuses
    anything else, and SQLite would keep the rows written before it, so nothing may be committed.
    """
    try:
        return _insert_all(session, plan)
    except (IntegrityError, DataError) as exc:
        session.rollback()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ValidationFailed([RowError(
            source, None, None, f"the database rejected the import, nothing was written: {reason}"
        )]) from exc


def _insert(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    returning: tuple[InstrumentedAttribute[Any], ...] | None = None,
) -> list[Any]:
    if not rows:
        return []
    stmt = insert(table)
    if returning is not None:
        return list(session.execute(stmt.returning(*returning), list(rows)).all())
    session.execute(stmt, list(rows))
    return []


def _insert_all(session: Session, plan: Plan) -> ImportReport:
    now = utcnow()
    counts = dict.fromkeys(("portfolios", *TABLES), 0)
    portfolios = dict(plan.portfolios)
    new_names = sorted({r["portfolio"] for r in plan.rows("projects")} - portfolios.keys())
    created = _insert(session, table_of(Portfolio), [{"name": n} for n in new_names],
                      (Portfolio.name, Portfolio.id))
    portfolios.update(created)
    counts["portfolios"] = len(created)

    project_rows = [
        {
            "key": r["key"], "name": r["name"], "description": r["description"],
            "status_id": plan.statuses[r["status"]], "priority_id": plan.priorities[r["priority"]],
            "portfolio_id": portfolios[r["portfolio"]], "owner": r["owner"],
            "start_date": r["start_date"], "due_date": r["due_date"],
            "completed_at": r["completed_at"], "created_at": r["created_at"] or now,
        }
        for r in plan.rows("projects")
    ]
    projects = dict(plan.existing["projects"])
    projects.update(_insert(session, table_of(Project), project_rows, (Project.key, Project.id)))
    resource_rows = [
        {"name": r["name"], "role": r["role"], "skills": r["skills"],
         "weekly_capacity": r["weekly_capacity"]}
        for r in plan.rows("resources")
    ]
    resources = dict(plan.existing["resources"])
    resources.update(
        _insert(session, table_of(Resource), resource_rows, (Resource.name, Resource.id))
    )

    def child(row: dict[str, Any], **ids: int | None) -> dict[str, Any]:
        values = {k: v for k, v in row.items() if k not in ("project", "resource", "assignee")}
        return {**values, "project_id": projects[row["project"]], **ids}

    children = {
        "work_items": (WorkItem, [
            child(r, assignee_id=resources[r["assignee"]] if r["assignee"] else None)
            for r in plan.rows("work_items")
        ]),
        "allocations": (Allocation, [
            child(r, resource_id=resources[r["resource"]]) for r in plan.rows("allocations")
        ]),
        "snapshots": (ProjectSnapshot, [child(r) for r in plan.rows("snapshots")]),
        "documents": (Document, [child(r) for r in plan.rows("documents")]),
    }
    for name, (model, rows) in children.items():
        _insert(session, table_of(model), rows)
        counts[name] = len(rows)
    counts["projects"], counts["resources"] = len(project_rows), len(resource_rows)

    touched = {projects[r["key"]] for r in plan.rows("projects")}
    for _, rows in children.values():
        touched.update(r["project_id"] for r in rows)
    project_ids = tuple(sorted(touched))
    refresh_rollups(session, project_ids)  # the per-project totals portfolio pages read
    if resource_rows:
        refresh_skill_supply(session.connection())
    events.record(session, EVENT_TYPE, project_ids)
    return ImportReport(counts, project_ids)
