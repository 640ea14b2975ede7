"""benchmarks/forecast_real.py on a small synthetic sprint folder laid out like the real one."""

from __future__ import annotations

import datetime as dt
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


def _lines(out: str, split: str) -> list[list[str]]:
    return [line.split() for line in out.splitlines() if line.startswith(split + " ")]


def test_benchmark_prints_every_point_method_and_the_target(bench, tmp_path, capsys):
    _write_project(tmp_path / "Alpha", "alpha", 60, seed=1)
    _write_project(tmp_path / "Beta", "beta", 50, seed=2)
    (tmp_path / "notes.txt").write_text("not a project")
    sprints = bench.read_project(tmp_path / "Alpha")
    assert len(sprints) == 60 and sprints[0].name == "Sprint, the first"  # 999 had no points
    assert bench.main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "sprints per project: Alpha 60, Beta 50" in out
    within, loo = _lines(out, "within"), _lines(out, "loo")
    within_methods = [m for m in bench.METHODS if not m.startswith("prior")]
    assert len(within) == 4 * 3 * len(within_methods)  # points x (2 projects + mean) x methods
    assert len(loo) == 4 * 3 * len(bench.METHODS)  # across projects the prior is scored too
    assert {(ln[2], ln[3]) for ln in loo if ln[1] == "MEAN"} == {
        (f"{p}%", m) for p in (0, 30, 50, 80) for m in bench.METHODS}
    columns = ["split", "project", "point", "method", "n", "ontime", "Brier", "BSS", "BSSown",
               "AUC", "ECE", "P85mis"]
    assert out.splitlines()[2].split() == columns
    within_50 = [ln for ln in within if ln[:4] == ["within", "MEAN", "50%", "classifier"]][0]
    assert float(within_50[columns.index("AUC")]) > 0.7  # the speed shows by mid-sprint
    mc = [ln for ln in within if ln[3] == "monte_carlo"]
    assert all(0.0 <= float(ln[-1]) <= 1.0 for ln in mc)  # P85 missed: a share
    assert all(ln[-1] == "—" for ln in within if ln[3] == "classifier")
    assert "target within-project at 50 %" in out and "target within-project at 0 %" in out
    assert "target leave-one-project-out: mean AUC" in out and "target P85 missed" in out


def test_transfer_trains_on_some_folders_and_tests_on_others(bench, tmp_path, capsys):
    _write_project(tmp_path / "Alpha", "alpha", 60, seed=1)
    _write_project(tmp_path / "Beta", "beta", 50, seed=2)
    _write_project(tmp_path / "Gamma", "gamma", 40, seed=3)
    assert bench.main(["--train", str(tmp_path / "Alpha"), str(tmp_path / "Beta"),
                       "--test", str(tmp_path / "Gamma")]) == 0
    lines = _lines(capsys.readouterr().out, "transfer")
    assert {ln[1] for ln in lines} == {"Gamma", "MEAN"}
    rows = {(ln[2], ln[3]): ln for ln in lines if ln[1] == "Gamma"}
    assert set(rows) == {(f"{p}%", m) for p in (0, 30, 50, 80) for m in bench.METHODS}
    base = rows[("50%", "base_rate")]
    # the training base rate scores 0 against itself; against the test's own rate, at most 0
    assert float(base[7]) == 0.0 and float(base[8]) <= 0.0
    with pytest.raises(SystemExit):
        bench.main(["--train", str(tmp_path / "Alpha")])  # --test is required with it


def test_completion_day_reads_the_done_curve(bench):
    days = [dt.date(2026, 1, d) for d in (1, 4, 6, 9)]
    due = dt.date(2026, 1, 11)
    rows = {p: {"vel_done": done, "vel_todo": 10 - done, "vel_inprogress": 0,
                "vel_diff": diff} for p, done, diff in
            ((0, 0, 0), (30, 2, 0), (50, 6, 0), (80, 10, 0))}
    sprint = bench.Sprint("X", 1, 1, "s", 10, rows)
    # 10 points: 6 done on day 6, all 10 on day 9: reached 10 on the 9th
    assert bench.completion_day(sprint, 0, days, due) == dt.date(2026, 1, 9)
    short = {p: {"vel_done": min(r["vel_done"], 5), "vel_todo": 10 - min(r["vel_done"], 5),
                 "vel_inprogress": 0, "vel_diff": -5} for p, r in rows.items()}
    late = bench.Sprint("X", 1, 2, "s", 10, short)  # delivered 5 of 10 in 10 days
    assert bench.completion_day(late, 0, days, due) == due + dt.timedelta(days=10)
    assert bench.p85_missed(dt.date(2026, 1, 8), dt.date(2026, 1, 9)) == 1.0
    assert bench.p85_missed(dt.date(2026, 1, 9), dt.date(2026, 1, 9)) == 0.0
    assert bench.p85_missed(dt.date(2026, 1, 9), None) == 1.0  # never finished


def test_throughput_check_and_prior_file(bench, tmp_path, capsys):
    rng = np.random.default_rng(5)
    start = dt.date(2020, 1, 6)
    lines = ['"id","project","task","created_date","finished_date","cycle_time_days"']
    n = 0
    for week in range(150):  # a steady team: Poisson(6) tasks a week
        for _ in range(rng.poisson(6)):
            day = start + dt.timedelta(weeks=week, days=int(rng.integers(0, 7)))
            lines.append(f'"P0-T{n}",0,{n},{day},{day},1')
            n += 1
    csv_path = tmp_path / "jira.csv"
    csv_path.write_text("\n".join(lines) + "\n")
    checks = bench.throughput_check(csv_path)
    assert {(r["project"], r["tasks"]) for r in checks} == {("0", 10), ("0", 30)}
    for r in checks:  # a stationary team: the speed spread makes P85 cautious, never late
        assert r["forecasts"] > 50 and r["p85_missed"] <= 0.15
    _write_project(tmp_path / "Alpha", "alpha", 40, seed=1)
    target = tmp_path / "prior.json"
    assert bench.main(["--data", str(tmp_path / "Alpha"), "--splits", "",
                       "--write-prior", str(target), "--throughput", str(csv_path)]) == 0
    out = capsys.readouterr().out
    assert "Monte Carlo on real task throughput" in out and "next  10 tasks" in out
    fitted = bench.prior.load_prior(target)
    assert fitted is not None and "Alpha" in fitted.fitted_on


def test_an_empty_folder_is_an_error(bench, tmp_path, capsys):
    assert bench.main(["--data", str(tmp_path)]) == 1
    assert "no sprints found" in capsys.readouterr().err


def test_boards_sharing_a_sprint_are_one_family(bench):
    rows = {p: {"vel_done": 0, "vel_todo": 1, "vel_inprogress": 0, "vel_diff": 0}
            for p in (0, 30, 50, 80)}
    sprints = [bench.Sprint("X", board, sprint, "s", 10, rows)
               for board, sprint in ((1, 10), (2, 10), (2, 11), (3, 11), (4, 12))]
    families = bench.board_families(sprints)
    assert families[("X", 1)] == families[("X", 2)] == families[("X", 3)]
    assert families[("X", 4)] != families[("X", 1)]


def test_scale_benchmark_runs_on_a_small_database(tmp_path, capsys):
    from dashboard.migrate import upgrade
    from data.db import make_engine
    from data.demo import load_demo
    from tests.factories import TODAY

    spec = importlib.util.spec_from_file_location("forecast_scale",
                                                  ROOT / "benchmarks" / "forecast_scale.py")
    scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale)
    url = f"sqlite:///{tmp_path / 'scale.db'}"
    engine = make_engine(url)
    upgrade(engine)
    load_demo(engine, 60, seed=5, today=TODAY, documents=False)
    engine.dispose()
    assert scale.main(["--url", url, "--today", TODAY.isoformat(), "--refreshes", "2"]) == 0
    out = capsys.readouterr().out
    assert "retrain + rescore:" in out and "peak RSS" in out and "s CPU" in out
    assert "one-project refresh (model in memory): median" in out
    assert "SQL statements" in out


def test_within_a_project_the_prior_comes_from_other_folders_never_its_own(bench, tmp_path):
    _write_project(tmp_path / "Alpha", "alpha", 60, seed=1)
    _write_project(tmp_path / "Beta", "beta", 50, seed=2)
    sprints = [s for name in ("Alpha", "Beta") for s in bench.read_project(tmp_path / name)]
    rows = bench.build_rows(sprints, tmp_path)
    shipped = bench.prior.load_prior()
    # a folder the shipped prior never saw gets the shipped prior, as a new installation does
    assert bench.outside_prior(rows, "Alpha") == shipped
    # one it did see (named in fitted_on) gets the recipe fitted on the other folders only
    seen = rows.assign(project=rows["project"].replace({"Alpha": "JBoss"}))
    fitted = bench.outside_prior(seen, "JBoss")
    beta = rows[rows["project"] == "Beta"]
    again = bench.prior.fit_prior(beta[list(bench.feat.FEATURES)], beta["y"].to_numpy(), "x", "")
    assert fitted != shipped
    assert fitted.coef == again.coef and fitted.intercept == again.intercept
    assert bench.outside_prior(seen[seen["project"] == "JBoss"], "JBoss") is None  # no others
