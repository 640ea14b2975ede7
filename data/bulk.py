"""Bulk loading of column-oriented tables: COPY on PostgreSQL, chunked executemany on SQLite.

Why not the ORM: the scale dataset has millions of rows, and per-row objects would cost hours and
gigabytes. A ``Table`` keeps whole columns (numpy arrays or lists) and turns them into Python
values one chunk at a time, so loading never holds a second copy of a big table in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
from sqlalchemy import JSON, Connection, Engine, insert, text
from sqlalchemy import Table as SchemaTable
from sqlalchemy.exc import DBAPIError

from data import version
from data.rollups import refresh_rollups, refresh_skill_supply
from data.schema import Base

COPY_CHUNK_ROWS = 50_000
INSERT_CHUNK_ROWS = 5_000

Column = np.ndarray | Sequence[Any]


class BulkLoadError(RuntimeError):
    """The database rejected a bulk load; nothing of it was committed."""


def to_python(values: Column) -> list[Any]:
    """Plain Python values for a column: ints, floats, str, dates/datetimes, None for NaT."""
    if isinstance(values, np.ndarray):
        if values.dtype.kind == "M" and np.datetime_data(values.dtype)[0] not in ("D", "s", "us"):
            values = values.astype("datetime64[us]")
        return list(values.tolist())
    return list(values)


@dataclass(eq=False)
class Table:
    """One table's rows as named columns of equal length, in the schema's column names."""

    name: str
    columns: dict[str, Column]

    def __post_init__(self) -> None:
        lengths = {name: len(col) for name, col in self.columns.items()}
        if len(set(lengths.values())) > 1:
            raise ValueError(f"table {self.name}: columns differ in length: {lengths}")

    def __len__(self) -> int:
        return len(next(iter(self.columns.values()))) if self.columns else 0

    @property
    def names(self) -> list[str]:
        return list(self.columns)

    def column(self, name: str) -> list[Any]:
        return to_python(self.columns[name])

    def rows(self, start: int = 0, stop: int | None = None) -> list[tuple[Any, ...]]:
        stop = len(self) if stop is None else min(stop, len(self))
        cols = [to_python(col[start:stop]) for col in self.columns.values()]
        return list(zip(*cols, strict=True))

    def dicts(self, start: int = 0, stop: int | None = None) -> list[dict[str, Any]]:
        names = self.names
        return [dict(zip(names, row, strict=True)) for row in self.rows(start, stop)]

    def chunks(self, size: int) -> Iterator[tuple[int, int]]:
        for start in range(0, len(self), size):
            yield start, min(start + size, len(self))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (
            self.name == other.name
            and self.names == other.names
            and all(self.column(n) == other.column(n) for n in self.names)
        )


@dataclass(eq=False)
class Dataset:
    """Every generated table, declared in foreign-key order (the order ``load`` inserts in)."""

    portfolios: Table
    users: Table
    user_portfolios: Table
    resources: Table
    projects: Table
    allocations: Table
    work_items: Table
    project_snapshots: Table
    documents: Table

    def tables(self) -> list[Table]:
        return [getattr(self, f.name) for f in fields(self)]

    def counts(self) -> dict[str, int]:
        return {t.name: len(t) for t in self.tables()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return all(a == b for a, b in zip(self.tables(), other.tables(), strict=True))


def load(engine: Engine, dataset: Dataset) -> dict[str, int]:
    """Insert every table of ``dataset`` in one transaction and return the row counts.

    Explicit ids are kept; on PostgreSQL the id sequences are moved past them afterwards so that
    later ORM inserts get fresh ids. Raises ``BulkLoadError`` (and commits nothing) if the
    database rejects a row, e.g. a foreign key or check constraint.
    """
    plan = [(Base.metadata.tables[t.name], t) for t in dataset.tables()]
    for schema_table, table in plan:
        _check_columns(schema_table, table)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            _copy_all(conn, plan)
            _reset_sequences(conn, [schema_table for schema_table, _ in plan])
        else:
            _insert_all(conn, plan)
        if len(dataset.projects):
            refresh_rollups(conn)  # derived per-project totals the portfolio pages read
            refresh_skill_supply(conn)
        version.bump(conn)
    return dataset.counts()


def _check_columns(schema_table: SchemaTable, table: Table) -> None:
    unknown = sorted(set(table.names) - set(schema_table.c.keys()))
    if unknown:
        raise ValueError(f"table {table.name}: unknown columns {unknown}")
    missing = sorted(
        c.name
        for c in schema_table.c
        if c.name not in table.columns and not c.nullable and c.server_default is None
    )
    if missing and len(table):
        raise ValueError(f"table {table.name}: missing required columns {missing}")


def _insert_all(conn: Connection, plan: list[tuple[SchemaTable, Table]]) -> None:
    """SQLite: executemany through SQLAlchemy so its types (JSON, DateTime) bind as usual."""
    for schema_table, table in plan:
        for start, stop in table.chunks(INSERT_CHUNK_ROWS):
            try:
                conn.execute(insert(schema_table), table.dicts(start, stop))
            except DBAPIError as exc:
                raise BulkLoadError(f"loading {table.name} failed: {exc.orig}") from exc


def _copy_all(conn: Connection, plan: list[tuple[SchemaTable, Table]]) -> None:
    """PostgreSQL: COPY FROM STDIN through the psycopg 3 connection under ``conn``."""
    import psycopg

    quote = conn.dialect.identifier_preparer.quote
    raw = conn.connection.driver_connection
    assert raw is not None  # a live psycopg connection under the pool's proxy
    with raw.cursor() as cursor:
        for schema_table, table in plan:
            if not len(table):
                continue
            names = table.names
            json_columns = [
                i for i, n in enumerate(names) if isinstance(schema_table.c[n].type, JSON)
            ]
            sql = f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) FROM STDIN"
            try:
                with cursor.copy(sql) as copy:
                    for start, stop in table.chunks(COPY_CHUNK_ROWS):
                        for row in _copy_rows(table, names, json_columns, start, stop):
                            copy.write_row(row)
            except psycopg.Error as exc:
                raise BulkLoadError(f"loading {table.name} failed: {exc}") from exc


def _copy_rows(
    table: Table, names: list[str], json_columns: list[int], start: int, stop: int
) -> Iterator[tuple[Any, ...]]:
    cols = [to_python(table.columns[n][start:stop]) for n in names]
    for i in json_columns:  # COPY's text format takes JSON/JSONB as JSON text
        cols[i] = [None if v is None else json.dumps(v) for v in cols[i]]
    return zip(*cols, strict=True)


def _reset_sequences(conn: Connection, tables: list[SchemaTable]) -> None:
    """Move each ``id`` sequence past the largest id so the next ORM insert cannot collide."""
    quote = conn.dialect.identifier_preparer.quote
    for schema_table in tables:
        if "id" not in schema_table.c:
            continue
        conn.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:name, 'id'),"
                f" COALESCE(MAX(id), 0) + 1, false) FROM {quote(schema_table.name)}"
            ),
            {"name": quote(schema_table.name)},
        )
