"""The command line end to end on an embedded database (real SQLite files)."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import delete, func, select

from dashboard.cli import main
from data.db import make_engine
from data.schema import Project, ProjectRollup, SkillSupply

FIXTURE = "tests/fixtures/import/good"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def count(data_dir, model) -> int:
    engine = make_engine(f"sqlite:///{data_dir / 'dashboard.db'}")
    with engine.connect() as conn:
        n = conn.scalar(select(func.count()).select_from(model))
    engine.dispose()
    return n


def test_init_demo_and_idempotent_demo(data_dir, capsys):
    assert main(["init"]) == 0
    assert "database ready" in capsys.readouterr().out
    assert main(["demo", "--projects", "12", "--seed", "5"]) == 0
    assert "projects=12" in capsys.readouterr().out
    assert count(data_dir, Project) == 12 == count(data_dir, ProjectRollup)
    assert main(["demo"]) == 0  # a second load leaves the data alone
    assert "already has projects" in capsys.readouterr().out
    assert count(data_dir, Project) == 12


def test_init_rebuilds_missing_rollups(data_dir, capsys):
    main(["demo", "--projects", "5"])
    engine = make_engine(f"sqlite:///{data_dir / 'dashboard.db'}")
    with engine.begin() as conn:
        conn.execute(delete(ProjectRollup))
        conn.execute(delete(SkillSupply))
    engine.dispose()
    capsys.readouterr()
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "rebuilt rollups for 5 projects" in out and "rebuilt skill supply" in out
    assert count(data_dir, ProjectRollup) == 5 and count(data_dir, SkillSupply) > 0
    assert main(["init"]) == 0
    assert "rebuilt" not in capsys.readouterr().out  # nothing to do the second time


def test_import_good_and_bad_files(data_dir, tmp_path, capsys):
    assert main(["import", FIXTURE]) == 0
    out = capsys.readouterr().out
    assert "Imported" in out and "forecasts refreshed for" in out
    imported = count(data_dir, Project)
    assert imported > 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"projects": [{"key": "X-1", "name": "x", "status": "nope",
                                              "priority": "high", "portfolio": "P"}]}))
    assert main(["import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "nothing was written" in err and "status" in err
    assert count(data_dir, Project) == imported


def test_a_write_from_another_process_is_seen_on_the_next_read(data_dir, monkeypatch):
    """The running app has the overview cached; the CLI imports in a process of its own; the
    app's next request shows the new projects (the data version lives in the database)."""
    import os
    import subprocess
    import sys

    from dashboard.app import create_app
    from dashboard.auth import everyone_is_system
    from dashboard.settings import Settings
    from tests.integration.test_app import OVERVIEW_OUTPUTS, call

    assert main(["init"]) == 0
    app = create_app(Settings(data_dir=data_dir, redis_url=None), start=False,
                     resolve_viewer=everyone_is_system)
    client = app.server.test_client()

    def projects_shown() -> int:
        out = json.dumps(call(client, OVERVIEW_OUTPUTS, [("overview-filters", "data", {})]))
        return int(re.search(r'"children": "(\d+)", "id": "overview-kpi-projects"', out)[1])

    before = projects_shown()
    assert before == projects_shown()  # the second read is the cached one
    env = {**os.environ, "DATA_DIR": str(data_dir), "PYTHONPATH": os.getcwd()}
    done = subprocess.run([sys.executable, "-m", "dashboard", "import", FIXTURE], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (before, projects_shown()) == (0, 3)
