"""The import format: read a CSV directory or a JSON file and check every row, without a database.

Reading and checking are separate from writing (``data.importer``) so the format can be tested and
documented on its own (docs/import-format.md). Every problem becomes a ``RowError``; reading a
broken file raises ``ValidationFailed`` at once, row problems are collected for the whole input.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.orm import InstrumentedAttribute

from data.errors import RowError, ValidationFailed
from data.schema import (
    DOCUMENT_KINDS,
    PRIORITIES,
    STATUSES,
    WORK_ITEM_KINDS,
    WORK_ITEM_STATUSES,
    Document,
    Portfolio,
    Project,
    Resource,
    WorkItem,
)

# Tables in the order they are written: parents before the rows that reference them.
TABLES = ("projects", "resources", "work_items", "allocations", "snapshots", "documents")
INT_MAX = 2_147_483_647  # PostgreSQL INTEGER; SQLite would accept more and disagree.
DEFAULT_MAX_BYTES = 50_000_000  # the app passes IMPORT_MAX_BYTES
MAX_DEPTH = 4  # {"table": [{"field": [value]}]}: anything deeper is not the format
# Project keys appear in addresses (/projects/KEY): letters, digits, '.', '_' and '-'.
PROJECT_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
_BAD_CHARS = re.compile(r"[\x00\ud800-\udfff]")

Converter = Callable[[Any], Any]


@dataclass(frozen=True)
class Field:
    """One column: ``convert`` turns a non-empty raw value into its Python value or raises
    ``ValueError`` with a message for the user; an empty optional value becomes ``default``."""

    name: str
    convert: Converter
    required: bool = False
    default: Any = None


# --- converters: each accepts a CSV string or a JSON value ------------------------------------


def _length(column: InstrumentedAttribute[Any]) -> int | None:
    return getattr(column.property.columns[0].type, "length", None)


def _check_chars(value: str) -> str:
    """NUL and lone surrogates (``\\ud800``) are not text: PostgreSQL refuses the one, UTF-8
    cannot encode the other. Both engines get the same answer: refused, with the position."""
    bad = _BAD_CHARS.search(value)
    if bad:
        what = "a NUL character" if bad.group() == "\x00" else \
            f"an invalid character (lone surrogate U+{ord(bad.group()):04X})"
        raise ValueError(f"contains {what} at position {bad.start() + 1}")
    return value


def printable(value: object, limit: int = 80) -> str:
    """Text safe to print in a message (invalid characters escaped, long text cut)."""
    return str(value)[:limit].encode("utf-8", "backslashreplace").decode("utf-8")


def text(max_len: int | None = None, *, strip: bool = True) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"must be text, got {_json_type(value)}")
        checked: str = _check_chars(value)
        if strip:
            checked = checked.strip()
        if max_len is not None and len(checked) > max_len:
            raise ValueError(f"is {len(checked)} characters long; at most {max_len} are allowed")
        return checked

    return convert


def project_key(value: Any) -> str:
    key = text()(value)
    if not PROJECT_KEY.fullmatch(key):
        raise ValueError(f"'{printable(key, 40)}' is not a project key: at most 32 characters, "
                         "letters, digits, '.', '_' or '-', starting with a letter or digit")
    return key


def choice(options: Collection[str], what: str) -> Converter:
    listed = ", ".join(options)

    def convert(value: Any) -> str:
        code = text()(value)
        if code not in options:
            raise ValueError(f"unknown {what} '{code}' (expected one of: {listed})")
        return code

    return convert


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: Any) -> dt.date:
    raw = text()(value)
    try:
        if not _DATE.fullmatch(raw):
            raise ValueError
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"'{raw}' is not a valid date (expected YYYY-MM-DD)") from None


def iso_timestamp(value: Any) -> dt.datetime:
    """ISO 8601; an offset is converted to UTC, which is what the database stores (naive)."""
    raw = text()(value)
    try:
        stamp = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise ValueError(
            f"'{raw}' is not a valid ISO 8601 timestamp (e.g. 2024-05-01T09:30:00)"
        ) from None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    return stamp


def whole(value: Any) -> int:
    """A whole number that is not negative (points, counts)."""
    if isinstance(value, bool):
        raise ValueError(f"must be a whole number, got {_json_type(value)}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise ValueError(f"must be a whole number, got {_shown(value)}")
    if value < 0:
        raise ValueError(f"must not be negative, got {value}")
    if value > INT_MAX:
        raise ValueError(f"is too large ({value}); at most {INT_MAX}")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"must be a number, got {_json_type(value)}")
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise ValueError(f"must be a number, got {_shown(value)}") from None
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"must be a number, got {_shown(value)}")
    return float(value)


def positive(value: Any) -> float:
    number = _number(value)
    if number <= 0:
        raise ValueError(f"must be greater than 0, got {_shown(value)}")
    return number


def share(value: Any) -> float:
    number = _number(value)
    if not 0 < number <= 1:
        raise ValueError(f"must be greater than 0 and at most 1, got {_shown(value)}")
    return number


def skills(value: Any) -> list[str]:
    """Semicolon-separated in CSV, a list of strings in JSON; blanks are dropped."""
    if isinstance(value, str):
        items: list[Any] = value.split(";")
    elif isinstance(value, list):
        items = value
    else:
        raise ValueError(f"must be a list of strings, got {_json_type(value)}")
    if not all(isinstance(item, str) for item in items):
        raise ValueError("must be a list of strings")
    return [_check_chars(item).strip() for item in items if item.strip()]


def _json_type(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text",
             list: "a list", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _shown(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else _json_type(value)


# --- the format ---------------------------------------------------------------------------------


# The seeded codes (module constants: mypy resolves no comprehension variable in a default).
_STATUS_CODES = tuple(row[0] for row in STATUSES)
_PRIORITY_CODES = tuple(row[0] for row in PRIORITIES)


def field_specs(
    status_codes: Collection[str] = _STATUS_CODES,
    priority_codes: Collection[str] = _PRIORITY_CODES,
) -> dict[str, tuple[Field, ...]]:
    """Every table's fields; project status and priority codes come from the database's lookups."""
    name_len = _length(Resource.name)
    return {
        "projects": (
            Field("key", project_key, True),
            Field("name", text(_length(Project.name)), True),
            Field("description", text(strip=False), default=""),
            Field("status", choice(status_codes, "status"), True),
            Field("priority", choice(priority_codes, "priority"), True),
            Field("portfolio", text(_length(Portfolio.name)), True),
            Field("owner", text(_length(Project.owner)), default=""),
            Field("start_date", iso_date),
            Field("due_date", iso_date),
            Field("completed_at", iso_timestamp),
            Field("created_at", iso_timestamp),
        ),
        "resources": (
            Field("name", text(name_len), True),
            Field("role", text(_length(Resource.role)), default=""),
            Field("skills", skills, default=[]),
            Field("weekly_capacity", positive, default=40.0),
        ),
        "work_items": (
            Field("project", text(), True),
            Field("kind", choice(WORK_ITEM_KINDS, "kind"), True),
            Field("title", text(_length(WorkItem.title)), True),
            Field("status", choice(WORK_ITEM_STATUSES, "status"), True),
            Field("story_points", whole, True),
            Field("created_at", iso_timestamp, True),
            Field("started_at", iso_timestamp),
            Field("done_at", iso_timestamp),
            Field("due_at", iso_timestamp),
            Field("assignee", text(name_len)),
            Field("skill", text(_length(WorkItem.skill))),
        ),
        "allocations": (
            Field("resource", text(name_len), True),
            Field("project", text(), True),
            Field("share", share, True),
            Field("period_start", iso_date, True),
            Field("period_end", iso_date, True),
        ),
        "snapshots": (
            Field("project", text(), True),
            Field("day", iso_date, True),
            Field("scope_points", whole, True),
            Field("done_points", whole, True),
            Field("in_progress_points", whole, default=0),
            Field("items_added", whole, default=0),
            Field("items_removed", whole, default=0),
            Field("team_size", whole, default=0),
        ),
        "documents": (
            Field("project", text(), True),
            Field("kind", choice(DOCUMENT_KINDS, "kind"), True),
            Field("title", text(_length(Document.title)), True),
            Field("body", text(strip=False), True),
            Field("created_at", iso_timestamp, True),
        ),
    }


# Natural keys that must be unique within the input, and what a row's reference points at.
UNIQUE: dict[str, tuple[str, ...]] = {
    "projects": ("key",),
    "resources": ("name",),
    "snapshots": ("project", "day"),
}
REFERENCES: dict[tuple[str, str], str] = {
    ("work_items", "project"): "projects",
    ("work_items", "assignee"): "resources",
    ("allocations", "resource"): "resources",
    ("allocations", "project"): "projects",
    ("snapshots", "project"): "projects",
    ("documents", "project"): "projects",
}


RowCheck = Callable[[dict[str, Any]], Iterable[tuple[str, str]]]


def _ordered(first: str, second: str, label: str) -> RowCheck:
    def check(values: dict[str, Any]) -> Iterable[tuple[str, str]]:
        start, end = values.get(first), values.get(second)
        if start is not None and end is not None and end < start:
            yield second, f"{label} {end.isoformat()} is before {first} {start.isoformat()}"

    return check


ROW_CHECKS: dict[str, tuple[RowCheck, ...]] = {
    "projects": (_ordered("start_date", "due_date", "due_date"),),
    "allocations": (_ordered("period_start", "period_end", "period_end"),),
}


# --- reading files ------------------------------------------------------------------------------


@dataclass
class RawTable:
    """One table's rows as read, with where they came from so errors can point at them."""

    table: str
    file: str
    is_json: bool
    columns: list[str] | None = None  # the CSV header; JSON rows carry their own keys
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    # Problems found while reading that do not stop the rest of the file from being checked.
    problems: list[RowError] = field(default_factory=list)

    def error(self, row: int | None, field_name: str | None, message: str) -> RowError:
        return RowError(self.file, row, field_name, message, self.table if self.is_json else None)


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, RawTable]:
    """Read a directory of CSV files, one table CSV, or a JSON file; broken files raise, and so
    does an import larger than ``max_bytes`` (before a byte of it is parsed)."""
    path = Path(path)
    label = path.name or str(path)
    if not path.exists():
        _fail(label, f"does not exist: {path}")
    _check_size(path, label, max_bytes)
    if path.is_dir():
        return _read_directory(path)
    if path.suffix.lower() == ".json":
        return _read_json(path)
    if path.suffix.lower() == ".csv" and path.stem in TABLES:
        tables, errors = _read_csv_files([path])
        _raise_if(errors)
        _require_rows(label, tables)
        return tables
    _fail(label, f"expected a directory of CSV files ({_file_list()}) or a .json file")


def _check_size(path: Path, label: str, max_bytes: int) -> None:
    try:
        files = [p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".csv"] \
            if path.is_dir() else [path]
        size = sum(p.stat().st_size for p in files)
    except OSError as exc:
        _fail(label, f"cannot be read: {exc.strerror or exc}")
    if size > max_bytes:
        _fail(label, f"is {size:,} bytes; imports are limited to {max_bytes:,} bytes "
                     "(IMPORT_MAX_BYTES): split it into several imports")


def _file_list() -> str:
    return ", ".join(f"{table}.csv" for table in TABLES)


def _fail(file: str, message: str) -> NoReturn:
    raise ValidationFailed([RowError(file, None, None, message)])


def _raise_if(errors: list[RowError]) -> None:
    if errors:
        raise ValidationFailed(sort_errors(errors))


def _require_rows(label: str, tables: dict[str, RawTable]) -> None:
    if not any(raw.rows for raw in tables.values()):
        _fail(label, "contains no rows to import")


def _read_directory(path: Path) -> dict[str, RawTable]:
    try:
        csv_files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".csv")
    except OSError as exc:
        _fail(path.name or str(path), f"cannot be read: {exc.strerror or exc}")
    errors = [
        RowError(p.name, None, None, f"unknown file; expected any of {_file_list()}")
        for p in csv_files
        if p.stem not in TABLES
    ]
    known = [p for p in csv_files if p.stem in TABLES]
    if not known and not errors:
        _fail(path.name or str(path), f"contains none of the import files ({_file_list()})")
    tables, read_errors = _read_csv_files(known)
    _raise_if(errors + read_errors)
    _require_rows(path.name or str(path), tables)
    return tables


def _read_text(path: Path) -> str:
    """The file as text; raises ``ValueError`` with a message a user can act on."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ValueError("is empty")
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ValueError(f"contains a NUL byte on line {line}: a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValueError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "save it with UTF-8 encoding"
        ) from None


def _read_csv_files(paths: list[Path]) -> tuple[dict[str, RawTable], list[RowError]]:
    tables: dict[str, RawTable] = {}
    errors: list[RowError] = []
    for path in paths:
        raw = RawTable(path.stem, path.name, is_json=False)
        try:
            _read_csv(path, raw)
        except ValueError as exc:
            errors.append(raw.error(None, None, str(exc)))
        tables[raw.table] = raw
    return tables, errors


def _read_csv(path: Path, raw: RawTable) -> None:
    reader = csv.reader(io.StringIO(_read_text(path), newline=""), strict=True)
    number = 0  # CSV row numbers count every record, blank ones too, like a spreadsheet does
    first: dict[str, int] = {}
    try:
        for number, record in enumerate(reader, start=1):
            if number == 1:
                raw.columns = [name.strip() for name in record]
                _check_header(raw)
                # A repeated column is an error; its first occurrence is the one checked.
                first = {name: i for i, name in reversed(list(enumerate(raw.columns)))}
                continue
            if not any(value.strip() for value in record):
                continue
            width = len(raw.columns or [])
            if len(record) < width or any(value.strip() for value in record[width:]):
                raw.problems.append(raw.error(
                    number, None, f"has {len(record)} values but the header has {width} columns"
                ))
            values = {name: record[i] for name, i in first.items() if i < len(record)}
            raw.rows.append((number, values))
    except csv.Error as exc:
        raise ValueError(f"is not valid CSV (row {number + 1}: {exc})") from None


def _check_header(raw: RawTable) -> None:
    seen: set[str] = set()
    for position, name in enumerate(raw.columns or [], start=1):
        if not name:
            raw.problems.append(raw.error(1, None, f"column {position} has no name"))
        elif name in seen:
            raw.problems.append(raw.error(1, name, "column appears twice in the header"))
        seen.add(name)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")


class _Object(dict[str, Any]):
    """A JSON object that remembers keys it saw twice (JSON allows it; we refuse it)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        counts = Counter(k for k, _ in pairs)
        obj.duplicates = tuple(k for k, n in counts.items() if n > 1)
    return obj


def _too_deep(data: Any, limit: int = MAX_DEPTH) -> bool:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            stack.extend((v, depth + 1) for v in (value.values() if isinstance(value, dict)
                                                  else value))
    return False


def _read_json(path: Path) -> dict[str, RawTable]:
    label = path.name
    try:
        data = json.loads(_read_text(path), parse_constant=_reject_constant,
                          object_pairs_hook=_object)
    except RecursionError:
        _fail(label, f"is nested too deeply: the format has at most {MAX_DEPTH} levels")
    except ValueError as exc:
        message = str(exc)
        if isinstance(exc, json.JSONDecodeError):
            message = f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        raise ValidationFailed([RowError(label, None, None, message)]) from None
    if _too_deep(data):
        _fail(label, f"is nested too deeply: the format has at most {MAX_DEPTH} levels "
                     '({"table": [{"field": [values]}]})')
    if isinstance(data, _Object) and data.duplicates:
        _fail(label, "names a table twice: " + ", ".join(printable(k) for k in data.duplicates))
    if not isinstance(data, dict):
        _fail(label, 'the top level must be an object like {"projects": [...], ...}, '
                     f"not {_json_type(data)}")
    errors: list[RowError] = []
    tables: dict[str, RawTable] = {}
    for key, rows in data.items():
        if key not in TABLES:
            message = f"unknown table; expected any of {', '.join(TABLES)}"
            errors.append(RowError(label, None, None, message, table=printable(key)))
            continue
        raw = RawTable(key, label, is_json=True)
        if not isinstance(rows, list):
            message = f"must be a list of objects, not {_json_type(rows)}"
            errors.append(raw.error(None, None, message))
            continue
        for index, row in enumerate(rows):
            if isinstance(row, _Object) and row.duplicates:
                for name in row.duplicates:
                    errors.append(raw.error(index, printable(name),
                                            "field appears twice in this object"))
            elif isinstance(row, dict):
                raw.rows.append((index, row))
            else:
                errors.append(raw.error(index, None, f"must be an object, not {_json_type(row)}"))
        tables[key] = raw
    _raise_if(errors)
    _require_rows(label, tables)
    return tables


# --- checking rows ------------------------------------------------------------------------------


@dataclass
class ParsedRow:
    """A row's converted values; ``ok`` is False when any of its fields was rejected."""

    row: int
    values: dict[str, Any]
    ok: bool = True


@dataclass
class ParsedTable:
    raw: RawTable
    rows: list[ParsedRow] = field(default_factory=list)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_tables(
    tables: dict[str, RawTable],
    status_codes: Collection[str] | None = None,
    priority_codes: Collection[str] | None = None,
) -> tuple[dict[str, ParsedTable], list[RowError]]:
    """Convert and check every row of every table, collecting all errors (never raising)."""
    codes = {}
    if status_codes is not None:
        codes["status_codes"] = status_codes
    if priority_codes is not None:
        codes["priority_codes"] = priority_codes
    specs = field_specs(**codes)
    errors: list[RowError] = []
    parsed = {
        name: _parse_table(tables[name], specs[name], errors) for name in TABLES if name in tables
    }
    return parsed, errors


def _parse_table(raw: RawTable, fields: tuple[Field, ...], errors: list[RowError]) -> ParsedTable:
    known = {f.name for f in fields}
    expected = ", ".join(f.name for f in fields)
    absent: set[str] = set()
    if raw.columns is not None:
        for name in raw.columns:
            if name and name not in known:
                errors.append(raw.error(1, name, f"unknown column (expected: {expected})"))
        for f in fields:
            if f.required and f.name not in raw.columns:
                errors.append(raw.error(1, f.name, "required column is missing"))
                absent.add(f.name)
    unknown_keys: set[str] = set()
    errors.extend(raw.problems)
    out = ParsedTable(raw)
    for number, record in raw.rows:
        if raw.columns is None:
            for key in record.keys() - known - unknown_keys:
                unknown_keys.add(key)
                errors.append(raw.error(number, printable(key),
                                        f"unknown field (expected: {expected})"))
        row = ParsedRow(number, {})
        for f in fields:
            value = record.get(f.name)
            if _empty(value):
                if f.required:
                    row.ok = False
                    if f.name not in absent:
                        errors.append(raw.error(number, f.name, "required field is missing"))
                else:
                    row.values[f.name] = copy.copy(f.default)
                continue
            try:
                row.values[f.name] = f.convert(value)
            except ValueError as exc:
                row.ok = False
                errors.append(raw.error(number, f.name, str(exc)))
        for check in ROW_CHECKS.get(raw.table, ()):
            for name, message in check(row.values):
                row.ok = False
                errors.append(raw.error(number, name, message))
        out.rows.append(row)
    _check_unique(out, errors)
    return out


def _check_unique(table: ParsedTable, errors: list[RowError]) -> None:
    names = UNIQUE.get(table.raw.table)
    if not names:
        return
    first: dict[tuple[Any, ...], int] = {}
    for row in table.rows:
        key = tuple(row.values.get(name) for name in names)
        if any(part is None for part in key):
            continue
        if key in first:
            shown = ", ".join(f"{n} {_plain(v)}" for n, v in zip(names, key, strict=True))
            where = f"row {first[key]}" if not table.raw.is_json else f"index {first[key]}"
            errors.append(table.raw.error(row.row, names[-1],
                                          f"duplicate {shown} (first at {where})"))
            row.ok = False
        else:
            first[key] = row.row


def _plain(value: Any) -> str:
    return f"'{value.isoformat() if isinstance(value, dt.date) else value}'"


def load_rows(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, list[dict[str, Any]]]:
    """Read and check an import without a database: typed rows per table, or ValidationFailed.

    Codes are checked against the reference statuses and priorities; references between rows
    and keys already in a database are checked by ``data.importer.import_path``.
    """
    parsed, errors = parse_tables(read_source(path, max_bytes))
    if errors:
        raise ValidationFailed(sort_errors(errors))
    return {name: [row.values for row in table.rows] for name, table in parsed.items()}


def sort_errors(errors: Iterable[RowError]) -> list[RowError]:
    """File by file, whole-file problems first, then by row (stable: field order is kept)."""
    return sorted(errors, key=lambda e: (e.file, e.table or "", -1 if e.row is None else e.row))
