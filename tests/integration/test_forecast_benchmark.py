"""benchmarks/forecast_real.py on a small synthetic sprint folder laid out like the real one."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADER = ("boardid,sprintid,name,vel_diff,planday,no_issue_starttime,vel_starttime,"
          "no_issue_added,vel_added,no_issue_removed,vel_removed,no_issuetodo,vel_todo,"
          "no_issueinprogress,vel_inprogress,no_issuedone,vel_done,no_admin,no_teammember")


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("forecast_real",
                                                  ROOT / "benchmarks" / "forecast_real.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["forecast_real"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("forecast_real", None)


def _write_project(folder: Path, prefix: str, sprints: int, seed: int) -> None:
    """Sprints whose teams deliver at a hidden speed: fast teams finish, slow ones do not."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True)
    rows = {p: [] for p in (0, 30, 50, 80)}
    for i in range(sprints):
        board, sprint = 1 + i % 2, 100 + i
        committed = int(rng.integers(8, 30))
        speed = rng.uniform(0.4, 1.5)  # share of the commitment delivered by the end
        delivered = round(committed * speed)
        name = "Sprint, the first" if i == 0 else f"Sprint {i}"
        for p in rows:
            done = min(committed, round(delivered * p / 100 + rng.normal(0, 1)))
            done = max(0, done)
            doing = min(committed - done, 2)
            vel_diff = delivered - committed
            rows[p].append([board, sprint, name, vel_diff, 10, 5, committed, 0, 0, 0, 0, 3,
                            committed - done - doing, 1, doing, 2, done, 1, 3])
    for records in rows.values():  # nothing committed: dropped, as the data's README says
        records.append([1, 999, "empty", 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1])
    for p, records in rows.items():
        lines = [HEADER] + [",".join(str(v) for v in r) for r in records]
        (folder / f"{prefix}_iteration_{p}.csv").write_bytes(
            ("\n".join(lines) + "\n").encode("cp1252"))
    (folder / f"{prefix}_issue_0.csv").write_text("boardid,sprintid,type\n1,100,Bug\n")


def test_reader_copes_with_commas_in_names_and_non_utf8(bench, tmp_path):
    path = tmp_path / "x_iteration_0.csv"
    path.write_bytes((HEADER + "\n1,7,Sprint 1, caf\xe9,2,10,1,5,0,0,0,0,1,3,0,0,0,0,1,2\n")
                     .encode("cp1252"))
    (row,) = bench.read_iteration_file(path)
    assert row["name"] == "Sprint 1, café" and row["vel_diff"] == 2 and row["no_teammember"] == 2


def test_benchmark_prints_every_point_method_and_the_target(bench, tmp_path, capsys):
    _write_project(tmp_path / "Alpha", "alpha", 60, seed=1)
    _write_project(tmp_path / "Beta", "beta", 50, seed=2)
    (tmp_path / "notes.txt").write_text("not a project")
    sprints = bench.read_project(tmp_path / "Alpha")
    assert len(sprints) == 60 and sprints[0].name == "Sprint, the first"  # 999 had no points
    assert bench.main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "sprints per project: Alpha 60, Beta 50" in out
    lines = [line.split() for line in out.splitlines() if line.startswith(("within", "across"))]
    assert len(lines) == 2 * 4 * 3 * 4  # splits x points x (2 projects + mean) x methods
    assert {(ln[0], ln[2], ln[3]) for ln in lines if ln[1] == "MEAN"} == {
        (split, f"{p}%", m) for split in ("within", "across") for p in (0, 30, 50, 80)
        for m in ("classifier", "monte_carlo", "base_rate", "done_vs_elapsed")}
    within_50 = [ln for ln in lines if ln[:4] == ["within", "MEAN", "50%", "classifier"]][0]
    assert float(within_50[8]) > 0.7  # AUC: the speed shows by mid-sprint
    assert "target at 50 %, within-project, mean over 2 projects" in out


def test_an_empty_folder_is_an_error(bench, tmp_path, capsys):
    assert bench.main(["--data", str(tmp_path)]) == 1
    assert "no sprints found" in capsys.readouterr().err
