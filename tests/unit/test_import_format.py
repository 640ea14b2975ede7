"""The import format without a database: reading files, converting values, collecting errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from data.errors import RowError, ValidationFailed
from data.import_format import TABLES, field_specs, load_rows, read_source
from data.importer import ImportReport

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "tests" / "fixtures" / "import" / "good"
DOCS = ROOT / "docs" / "import-format.md"

PROJECTS_HEADER = (
    "key,name,description,status,priority,portfolio,owner,start_date,due_date,completed_at,"
    "created_at\n"
)
WORK_ITEMS_HEADER = (
    "project,kind,title,status,story_points,created_at,started_at,done_at,due_at,assignee\n"
)


def write_dir(root: Path, files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def failure(path: Path) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        load_rows(path)
    return caught.value


def locations(exc: ValidationFailed) -> set[tuple[str, int | None, str | None]]:
    return {(e.file, e.row, e.field) for e in exc.errors}


# --- the good fixture ---------------------------------------------------------------------------


def test_good_fixture_loads_typed_values():
    rows = load_rows(GOOD)

    assert [p["key"] for p in rows["projects"]] == ["PRJ-0001", "PRJ-0002", "PRJ-0003"]
    first = rows["projects"][0]
    assert first["description"] == 'Move invoicing to the new ledger, "v2"'
    assert first["start_date"] == dt.date(2024, 1, 8)
    assert first["created_at"] == dt.datetime(2024, 1, 2, 9, 0)
    assert rows["projects"][1]["due_date"] is None
    assert rows["projects"][1]["owner"] == ""
    skills = {r["name"]: r["skills"] for r in rows["resources"]}
    assert skills == {
        "Ana Silva": ["leadership", "planning"],
        "Bruno Costa": ["python", "sql", "postgres"],
        "Chen Yu": [],
    }
    assert rows["resources"][2]["weekly_capacity"] == 20.5
    assert [w["assignee"] for w in rows["work_items"]] == [
        "Bruno Costa", "Ana Silva", None, "Bruno Costa",
    ]
    assert rows["work_items"][0]["story_points"] == 8
    assert rows["allocations"][1]["share"] == 1.0
    last = rows["snapshots"][2]
    assert (last["in_progress_points"], last["items_added"], last["team_size"]) == (0, 0, 3)
    assert rows["documents"][0]["body"] == 'Agreed scope.\nNext: ledger export, then "rounding".'


def test_json_and_csv_give_the_same_rows(tmp_path):
    data = {
        "resources": [{"name": "Ana", "skills": ["python", " sql "], "weekly_capacity": 30}],
        "projects": [{"key": "P-1", "name": "One", "status": "active", "priority": "low",
                      "portfolio": "Ops", "start_date": "2024-01-01", "owner": None}],
        "allocations": [{"resource": "Ana", "project": "P-1", "share": 0.5,
                         "period_start": "2024-01-01", "period_end": "2024-01-31"}],
    }
    from_json = load_rows(write_json(tmp_path / "bundle.json", data))
    from_csv = load_rows(write_dir(tmp_path / "dir", {
        "resources.csv": "name,skills,weekly_capacity\nAna,python; sql ,30\n",
        "projects.csv": "key,name,status,priority,portfolio,start_date,owner\n"
                        "P-1,One,active,low,Ops,2024-01-01,\n",
        "allocations.csv": "resource,project,share,period_start,period_end\n"
                           "Ana,P-1,0.5,2024-01-01,2024-01-31\n",
    }))
    assert from_json == from_csv
    assert from_json["resources"][0]["skills"] == ["python", "sql"]
    assert from_json["resources"][0]["role"] == ""


def test_defaults_fill_optional_fields(tmp_path):
    rows = load_rows(write_dir(tmp_path, {
        "resources.csv": "name\nSolo\n",
        "snapshots.csv": "project,day,scope_points,done_points\nP-1,2024-02-01,5,2\n",
    }))
    assert rows["resources"] == [
        {"name": "Solo", "role": "", "skills": [], "weekly_capacity": 40.0}
    ]
    snap = rows["snapshots"][0]
    assert (snap["in_progress_points"], snap["items_removed"], snap["team_size"]) == (0, 0, 0)


def test_timestamps_with_an_offset_are_stored_as_utc(tmp_path):
    rows = load_rows(write_dir(tmp_path, {
        "documents.csv": "project,kind,title,body,created_at\n"
                         "P-1,spec,A,x,2024-03-01T10:00:00+02:00\n"
                         "P-1,spec,B,y,2024-03-01T10:00:00Z\n",
    }))
    assert [d["created_at"] for d in rows["documents"]] == [
        dt.datetime(2024, 3, 1, 8, 0), dt.datetime(2024, 3, 1, 10, 0),
    ]


def test_byte_order_mark_and_blank_lines_are_tolerated_but_rows_keep_their_numbers(tmp_path):
    content = ("\ufeff" + "name,weekly_capacity\nA,10\n\n,\nB,-1\n").encode()
    exc = failure(write_dir(tmp_path, {"resources.csv": content}))
    # Row 5: the header is 1, A is 2, the blank line 3 and the empty record 4 are skipped.
    assert locations(exc) == {("resources.csv", 5, "weekly_capacity")}


def test_single_table_csv_file_can_be_imported(tmp_path):
    write_dir(tmp_path, {"resources.csv": "name\nSolo\n"})
    assert load_rows(tmp_path / "resources.csv")["resources"][0]["name"] == "Solo"


# --- row errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "fragment"),
    [
        ("P-1,,,active,low,Ops,,,,,", "name", "required field is missing"),
        ("P-1,N,,active,low,Ops,,2024-02-30,,,", "start_date", "not a valid date"),
        ("P-1,N,,active,low,Ops,,2024-2-3,,,", "start_date", "expected YYYY-MM-DD"),
        ("P-1,N,,active,low,Ops,,20240203,,,", "start_date", "expected YYYY-MM-DD"),
        ("P-1,N,,running,low,Ops,,,,,", "status", "unknown status 'running'"),
        ("P-1,N,,active,urgent,Ops,,,,,", "priority", "unknown priority 'urgent'"),
        ("P-1,N,,active,low,Ops,,2024-03-01,2024-02-01,,", "due_date", "is before start_date"),
        ("P-1,N,,active,low,Ops,,,,yesterday,", "completed_at", "not a valid ISO 8601"),
        ("P-1,N,,active,low,,,,,,", "portfolio", "required field is missing"),
        ("P-" + "9" * 40 + ",N,,active,low,Ops,,,,,", "key", "at most 32"),
    ],
)
def test_a_bad_project_field_is_reported_with_row_and_field(tmp_path, line, field, fragment):
    exc = failure(write_dir(tmp_path, {"projects.csv": PROJECTS_HEADER + line + "\n"}))
    assert [(e.file, e.row, e.field) for e in exc.errors] == [("projects.csv", 2, field)]
    assert fragment in exc.errors[0].message


@pytest.mark.parametrize(
    ("table", "header", "line", "field", "fragment"),
    [
        ("work_items", WORK_ITEMS_HEADER, "P-1,feature,T,todo,-1,2024-01-01T00:00:00,,,,",
         "story_points", "must not be negative"),
        ("work_items", WORK_ITEMS_HEADER, "P-1,feature,T,todo,2.5,2024-01-01T00:00:00,,,,",
         "story_points", "whole number"),
        ("work_items", WORK_ITEMS_HEADER, "P-1,epic,T,todo,1,2024-01-01T00:00:00,,,,",
         "kind", "unknown kind 'epic'"),
        ("work_items", WORK_ITEMS_HEADER, "P-1,feature,T,doing,1,2024-01-01T00:00:00,,,,",
         "status", "unknown status 'doing'"),
        ("work_items", WORK_ITEMS_HEADER, "P-1,feature,T,todo,1,,,,,",
         "created_at", "required field is missing"),
        ("allocations", "resource,project,share,period_start,period_end\n",
         "A,P-1,1.5,2024-01-01,2024-02-01", "share", "greater than 0 and at most 1"),
        ("allocations", "resource,project,share,period_start,period_end\n",
         "A,P-1,0,2024-01-01,2024-02-01", "share", "greater than 0 and at most 1"),
        ("allocations", "resource,project,share,period_start,period_end\n",
         "A,P-1,half,2024-01-01,2024-02-01", "share", "must be a number"),
        ("allocations", "resource,project,share,period_start,period_end\n",
         "A,P-1,0.5,2024-02-01,2024-01-01", "period_end", "is before period_start"),
        ("resources", "name,weekly_capacity\n", "A,0", "weekly_capacity", "greater than 0"),
        ("snapshots", "project,day,scope_points,done_points\n", "P-1,2024-01-01,-5,0",
         "scope_points", "must not be negative"),
        ("snapshots", "project,day,scope_points,done_points\n", "P-1,2024-01-01,5,",
         "done_points", "required field is missing"),
        ("documents", "project,kind,title,body,created_at\n", "P-1,memo,T,B,2024-01-01",
         "kind", "unknown kind 'memo'"),
        ("documents", "project,kind,title,body,created_at\n", "P-1,spec,T,,2024-01-01",
         "body", "required field is missing"),
    ],
)
def test_a_bad_child_field_is_reported(tmp_path, table, header, line, field, fragment):
    exc = failure(write_dir(tmp_path, {f"{table}.csv": header + line + "\n"}))
    assert [(e.file, e.row, e.field) for e in exc.errors] == [(f"{table}.csv", 2, field)]
    assert fragment in exc.errors[0].message


def test_share_of_exactly_one_and_equal_period_bounds_are_accepted(tmp_path):
    rows = load_rows(write_dir(tmp_path, {
        "allocations.csv": "resource,project,share,period_start,period_end\n"
                           "A,P-1,1,2024-01-01,2024-01-01\n",
    }))
    assert rows["allocations"][0]["share"] == 1.0


def test_every_error_in_every_file_is_collected(tmp_path):
    exc = failure(write_dir(tmp_path, {
        "projects.csv": PROJECTS_HEADER
        + "P-1,,,active,low,Ops,,,,,\n"  # row 2: name missing
        + "P-2,Two,,actve,low,Ops,,2024-13-01,,,\n"  # row 3: status, start_date
        + "P-1,Dup,,active,low,Ops,,,,,\n",  # row 4: duplicate key
        "work_items.csv": WORK_ITEMS_HEADER
        + "P-1,feature,A,todo,-2,2024-01-01T00:00:00,,,,\n"  # row 2: negative points
        + "P-1,feature,B,todo,x,soon,,,,\n",  # row 3: points, created_at
    }))
    assert locations(exc) == {
        ("projects.csv", 2, "name"),
        ("projects.csv", 3, "status"),
        ("projects.csv", 3, "start_date"),
        ("projects.csv", 4, "key"),
        ("work_items.csv", 2, "story_points"),
        ("work_items.csv", 3, "story_points"),
        ("work_items.csv", 3, "created_at"),
    }
    duplicate = next(e for e in exc.errors if e.field == "key")
    assert "duplicate key 'P-1' (first at row 2)" in duplicate.message


def test_duplicate_snapshot_day_is_reported_on_the_later_row(tmp_path):
    exc = failure(write_dir(tmp_path, {
        "snapshots.csv": "project,day,scope_points,done_points\n"
                         "P-1,2024-01-01,1,0\nP-2,2024-01-01,1,0\nP-1,2024-01-01,2,1\n",
    }))
    assert locations(exc) == {("snapshots.csv", 4, "day")}


def test_unknown_and_missing_columns_are_reported_once_at_the_header(tmp_path):
    exc = failure(write_dir(tmp_path, {
        "resources.csv": "name,team,weekly_capacity\nA,x,10\nB,y,20\n",
        "snapshots.csv": "project,day,scope_points\nP-1,2024-01-01,1\nP-1,2024-01-02,1\n",
    }))
    assert locations(exc) == {("resources.csv", 1, "team"), ("snapshots.csv", 1, "done_points")}


def test_rows_with_the_wrong_number_of_values_are_reported_with_the_other_errors(tmp_path):
    exc = failure(write_dir(tmp_path, {
        "resources.csv": "name,role,weekly_capacity\nA,dev,1,extra\nB\nC,dev,1,,\nD,,-1\n",
        "snapshots.csv": "project,day,day,,scope_points,done_points\nP-1,2024-01-01,,,1,0\n",
    }))
    assert locations(exc) == {
        ("resources.csv", 2, None),
        ("resources.csv", 3, None),
        ("resources.csv", 5, "weekly_capacity"),
        ("snapshots.csv", 1, "day"),
        ("snapshots.csv", 1, None),
    }
    assert "has 4 values but the header has 3 columns" in str(exc)
    assert "column appears twice" in str(exc) and "column 4 has no name" in str(exc)


def test_json_errors_name_the_table_and_index(tmp_path):
    exc = failure(write_json(tmp_path / "bundle.json", {
        "resources": [
            {"name": "A", "skills": "python"},
            {"name": "B", "skills": [1, 2], "weekly_capacity": True},
            {"name": "C", "colour": "red"},
        ],
        "work_items": [{"project": "P-1", "kind": "feature", "title": "T", "status": "todo",
                        "story_points": 1, "created_at": 20240101}],
    }))
    assert {(e.table, e.row, e.field) for e in exc.errors} == {
        ("resources", 1, "skills"),
        ("resources", 1, "weekly_capacity"),
        ("resources", 2, "colour"),
        ("work_items", 0, "created_at"),
    }
    assert all(e.file == "bundle.json" for e in exc.errors)
    assert "bundle.json resources[2], field 'colour': unknown field" in str(exc)


# --- broken files -------------------------------------------------------------------------------


def _csv_file(name: str, content: bytes):
    def make(tmp_path: Path) -> Path:
        return write_dir(tmp_path / "dir", {name: content})
    return make


def _json_file(content: bytes):
    def make(tmp_path: Path) -> Path:
        path = tmp_path / "bundle.json"
        path.write_bytes(content)
        return path
    return make


@pytest.mark.parametrize(
    ("make", "file", "fragment"),
    [
        (_csv_file("projects.csv", b""), "projects.csv", "is empty"),
        (_csv_file("projects.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00"), "projects.csv",
         "binary file"),
        (_csv_file("resources.csv", "name\nJos\u00e9\n".encode("latin-1")), "resources.csv",
         "not UTF-8 text (byte 0xe9 on line 2)"),
        (_csv_file("resources.csv", b'name,role\n"A"x,dev\n'), "resources.csv", "not valid CSV"),
        (_csv_file("resources.csv", b"name,role\n"), "dir", "contains no rows"),
        (_csv_file("project.csv", b"key\nP-1\n"), "project.csv", "unknown file"),
        (_csv_file("notes.txt", b"hello"), "dir", "contains none of the import files"),
        (_json_file(b'{"projects": [{"key": "P-1",}]}'), "bundle.json",
         "not valid JSON: Expecting property name enclosed in double quotes (line 1"),
        (_json_file(b"[1, 2, 3]"), "bundle.json", "top level must be an object"),
        (_json_file(b'{"projects": {"key": "P-1"}}'), "bundle.json", "must be a list of objects"),
        (_json_file(b'{"projects": ["P-1"]}'), "bundle.json", "must be an object, not text"),
        (_json_file(b'{"portfolios": [{"name": "Ops"}]}'), "bundle.json", "unknown table"),
        (_json_file(b'{"projects": []}'), "bundle.json", "contains no rows"),
        (_json_file(b'{"resources": [{"name": "A", "weekly_capacity": NaN}]}'), "bundle.json",
         "NaN is not allowed"),
        (_json_file(b"\xff\xfe{\x00}\x00"), "bundle.json", "binary file"),
        (_json_file(b"  \n"), "bundle.json", "is empty"),
    ],
)
def test_broken_files_give_a_clear_error_naming_the_file(tmp_path, make, file, fragment):
    exc = failure(make(tmp_path))
    assert exc.errors[0].file == file
    assert fragment in exc.errors[0].message
    assert str(exc.errors[0]).startswith(file)
    assert str(exc.errors[0]) in str(exc)
    assert "Traceback" not in str(exc)


def test_a_missing_path_or_other_file_type_is_rejected(tmp_path):
    missing = failure(tmp_path / "nowhere")
    assert "does not exist" in missing.errors[0].message
    sheet = tmp_path / "export.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    wrong = failure(sheet)
    assert wrong.errors[0].file == "export.xlsx"
    assert "a directory of CSV files" in wrong.errors[0].message


def test_every_broken_file_in_a_directory_is_reported(tmp_path):
    exc = failure(write_dir(tmp_path, {
        "projects.csv": b"",
        "resources.csv": b"\xc3\x28",
        "workitems.csv": b"x\n1\n",
    }))
    assert [e.file for e in exc.errors] == ["projects.csv", "resources.csv", "workitems.csv"]


def test_read_source_keeps_where_rows_came_from(tmp_path):
    tables = read_source(write_dir(tmp_path, {"resources.csv": "name\nA\n\nB\n"}))
    assert [number for number, _ in tables["resources"].rows] == [2, 4]


# --- messages -----------------------------------------------------------------------------------


def test_row_error_text_names_file_row_and_field():
    assert str(RowError("projects.csv", 3, "status", "unknown status 'x'")) == (
        "projects.csv row 3, field 'status': unknown status 'x'"
    )
    assert str(RowError("bundle.json", 0, "key", "required field is missing", "projects")) == (
        "bundle.json projects[0], field 'key': required field is missing"
    )
    assert str(RowError("bundle.json", None, None, "is empty")) == "bundle.json: is empty"
    assert str(RowError("resources.csv", 4, None, "has 3 values")) == (
        "resources.csv row 4: has 3 values"
    )


def test_validation_failed_lists_every_error():
    errors = [RowError("a.csv", 2, "x", "first"), RowError("b.csv", 5, "y", "second")]
    text = str(ValidationFailed(errors))
    assert text.splitlines() == [
        "2 errors found; nothing was written:",
        "  a.csv row 2, field 'x': first",
        "  b.csv row 5, field 'y': second",
    ]
    assert ValidationFailed(errors).errors == errors


def test_import_report_reads_well():
    report = ImportReport({"portfolios": 1, "projects": 3, "resources": 0, "work_items": 1})
    assert str(report) == "Imported 1 new portfolio, 3 projects, 1 work item."
    assert report.total == 5
    assert str(ImportReport({"projects": 0})) == "Imported nothing."


def test_the_documentation_lists_every_field_with_whether_it_is_required():
    """docs/import-format.md is the contract users read; it must not drift from the code."""
    sections = DOCS.read_text(encoding="utf-8").split("\n### ")
    documented: dict[str, dict[str, bool]] = {}
    for section in sections[1:]:
        title, _, body = section.partition("\n")
        fields = {}
        for line in body.splitlines():
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) == 4 and cells[0].startswith("`"):
                fields[cells[0].strip("`")] = cells[2] == "yes"
        documented[title.removesuffix(".csv")] = fields
    assert set(documented) == set(TABLES)
    for table, fields in field_specs().items():
        assert documented[table] == {f.name: f.required for f in fields}, table
