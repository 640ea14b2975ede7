"""Hostile imports get the same clear refusal on SQLite and PostgreSQL, naming file, row and
field, and nothing is written: deep nesting, duplicate keys, lone surrogates, NUL, oversized
files and project keys that could not be opened by address."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from data.errors import ValidationFailed
from data.import_format import PROJECT_KEY
from data.importer import import_path
from data.schema import Project
from pages.project import valid_key

ROW = {"key": "PRJ-1", "name": "Fine", "status": "active", "priority": "low",
       "portfolio": "Ops"}


def refused(db, path: Path, max_bytes: int = 50_000_000) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught, db.begin() as session:
        import_path(session, path, max_bytes=max_bytes)
    with db() as session:
        assert session.scalar(select(func.count(Project.id))) == 0  # nothing was written
    for error in caught.value.errors:  # every message can be printed as it is
        str(error).encode("utf-8")
    return caught.value


def write(tmp_path: Path, text: str, name: str = "bundle.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def test_deep_nesting_is_refused_without_a_crash(db, tmp_path):
    deep = write(tmp_path, '{"projects": ' + "[" * 200_000 + "]" * 200_000 + "}")
    assert "nested too deeply" in str(refused(db, deep))
    shallow_but_too_deep = write(tmp_path, json.dumps({"projects": [{**ROW, "name": [[["x"]]]}]}),
                                 "b.json")
    assert "nested too deeply" in str(refused(db, shallow_but_too_deep))


def test_duplicate_json_keys_are_refused_with_row_and_field(db, tmp_path):
    row = '{"key": "PRJ-1", "name": "A", "name": "B", "status": "active", "priority": "low", ' \
          '"portfolio": "Ops"}'
    exc = refused(db, write(tmp_path, '{"projects": [' + row + "]}"))
    assert [(e.table, e.row, e.field) for e in exc.errors] == [("projects", 0, "name")]
    assert "appears twice" in exc.errors[0].message
    twice = refused(db, write(tmp_path, '{"projects": [], "projects": []}', "t.json"))
    assert "names a table twice: projects" in str(twice)


@pytest.mark.parametrize("bad, what", [("\\ud800", "lone surrogate U+D800"),
                                       ("\\udfff tail", "lone surrogate U+DFFF"),
                                       ("a\\u0000b", "a NUL character at position 2")])
def test_invalid_unicode_and_nul_are_refused_on_both_engines(db, tmp_path, bad, what):
    text = json.dumps({"projects": [ROW, {**ROW, "key": "PRJ-2", "owner": "X"}]})
    text = text.replace('"owner": "X"', f'"owner": "{bad}"')
    exc = refused(db, write(tmp_path, text))
    assert [(e.table, e.row, e.field) for e in exc.errors] == [("projects", 1, "owner")]
    assert what in exc.errors[0].message


def test_nul_in_a_csv_file_names_the_line(db, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "projects.csv").write_bytes(b"key,name,status,priority,portfolio\n"
                                          b"P-1,ok,active,low,Ops\nP-2,b\x00d,active,low,Ops\n")
    exc = refused(db, folder)
    assert "NUL byte on line 3" in str(exc)


def test_the_size_cap_refuses_before_reading(db, tmp_path):
    big = write(tmp_path, json.dumps({"projects": [ROW] * 50}))
    exc = refused(db, big, max_bytes=1_000)
    assert "imports are limited to 1,000 bytes" in str(exc)
    folder = tmp_path / "many"
    folder.mkdir()
    (folder / "projects.csv").write_text("key,name,status,priority,portfolio\n"
                                         + "P-1,x,active,low,Ops\n" * 100)
    assert "IMPORT_MAX_BYTES" in str(refused(db, folder, max_bytes=1_000))


KEYS = ["PRJ-0001", "a.b_c-9", "A B", "../x", "", "ü1", "-lead", "x" * 33, "/x", "A/B",
        "PRJ-1?x", "<b>", "9"]


def test_project_keys_follow_the_documented_pattern(db, tmp_path):
    for key in KEYS:
        path = write(tmp_path, json.dumps({"projects": [{**ROW, "key": key}]}), "k.json")
        accepted = bool(PROJECT_KEY.fullmatch(key))
        assert accepted == (valid_key(key) is not None), key  # importable = openable
        if accepted:
            with db.begin() as session:
                import_path(session, path)
            with db.begin() as session:
                session.execute(Project.__table__.delete())
        else:
            exc = refused(db, path)
            assert [(e.row, e.field) for e in exc.errors][:1] == [(0, "key")], key


def test_the_cli_reports_hostile_files_without_a_traceback(tmp_path):
    deep = write(tmp_path, '{"projects": ' + "[" * 200_000 + "]" * 200_000 + "}")
    env = {"DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-m", "dashboard", "import", str(deep)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "nested too deeply" in done.stderr and "Traceback" not in done.stderr
