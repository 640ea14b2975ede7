"""Forecast accuracy on real sprints: our importer, our tables, our features, our models.

    python benchmarks/forecast_real.py --data ../shared/data/sprints

DIR holds one folder per project with ``*_iteration_{0,30,50,80}.csv`` (one row per sprint, its
progress at that share of its planned duration; see ../shared/data/README.md). Each sprint becomes
a project of our schema: a portfolio per board, sprints of a board laid end to end in ``sprintid``
order, a snapshot at each of the four points and one at the sprint's end with the points it
delivered. The folder is written as import CSVs and loaded with ``data.importer.import_path`` into
a temporary SQLite database; features are then computed from those tables by
``models.features`` exactly as the dashboard does.

The outcome is the dataset's: on time at a point when ``vel_diff >= 0`` there (delivered points
minus the points committed by then). Per project and point the script prints Brier score, Brier
skill score over the training base rate at that point, ROC AUC, log loss and expected calibration
error of the classifier, the Monte Carlo and the two baselines, for a within-project time-ordered
split (first 70 % of sprints by ``sprintid`` train, last 30 % test) and across projects (train on
the others, test on one), then the mean over projects. One setting serves every project.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.migrate import upgrade  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.importer import import_path  # noqa: E402
from data.schema import Project  # noqa: E402
from models import features as feat  # noqa: E402
from models import forecast, history, metrics, montecarlo  # noqa: E402

POINTS = (0, 30, 50, 80)
TRAIN_SHARE = 0.7
MC_TRIALS = 2_000
EPOCH = dt.date(2000, 1, 3)
METHODS = ("classifier", "monte_carlo", "base_rate", "done_vs_elapsed")
NUMERIC = ("boardid", "sprintid", "vel_diff", "planday", "vel_starttime", "no_issue_added",
           "no_issue_removed", "vel_todo", "vel_inprogress", "vel_done", "no_teammember")


@dataclass
class Sprint:
    project: str
    board: int
    sprint: int
    name: str
    planday: int
    rows: dict[int, dict[str, float]]  # point -> that file's numbers

    @property
    def key(self) -> str:
        prefix = re.sub(r"[^A-Za-z0-9]", "", self.project)[:8].upper() or "P"
        return f"{prefix}-{self.board}-{self.sprint}"

    def on_time(self, point: int) -> int:
        return int(self.rows[point]["vel_diff"] >= 0)

    def scope(self, point: int) -> int:
        r = self.rows[point]
        return int(r["vel_todo"] + r["vel_inprogress"] + r["vel_done"])

    def delivered(self) -> int:
        r = self.rows[POINTS[-1]]
        return max(0, int(r["vel_diff"] + self.scope(POINTS[-1])))

    def offsets(self) -> tuple[list[int], int]:
        """Day of each point after the start, strictly increasing, and the due day after them."""
        days: list[int] = []
        for p in POINTS:
            day = round(p / 100 * self.planday)
            days.append(day if not days else max(day, days[-1] + 1))
        return days, max(self.planday, days[-1] + 1)


# --- reading --------------------------------------------------------------------------------


def _text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_iteration_file(path: Path) -> list[dict]:
    """Rows of one iteration CSV; a sprint name with unquoted commas is glued back together."""
    records = [r for r in csv.reader(io.StringIO(_text(path))) if r]
    header = [h.strip() for h in records[0]]
    name_at = header.index("name")
    tail = len(header) - name_at - 1
    rows = []
    for record in records[1:]:
        if len(record) > len(header):
            record = (record[:name_at] + [",".join(record[name_at:len(record) - tail])]
                      + record[len(record) - tail:])
        row = dict(zip(header, record, strict=False))
        rows.append({k: (v if k == "name" else float(v or 0)) for k, v in row.items()})
    return rows


def read_project(folder: Path) -> list[Sprint]:
    """Sprints present at all four points with a commitment (``vel_starttime > 0``)."""
    by_point: dict[int, dict[tuple[int, int], dict]] = {}
    for p in POINTS:
        files = sorted(folder.glob(f"*_iteration_{p}.csv"))
        if not files:
            return []
        by_point[p] = {(int(r["boardid"]), int(r["sprintid"])): r
                       for r in read_iteration_file(files[0])}
    sprints = []
    for board, sprint in sorted(set.intersection(*(set(rows) for rows in by_point.values())),
                                key=lambda k: (k[1], k[0])):
        rows = {p: by_point[p][(board, sprint)] for p in POINTS}
        if rows[0]["vel_starttime"] <= 0:
            continue
        name = str(rows[0].get("name") or "").strip()[:200] or f"Sprint {sprint}"
        sprints.append(Sprint(folder.name, board, sprint, name,
                              max(1, int(rows[0]["planday"])), rows))
    return sprints


# --- into our schema ----------------------------------------------------------------------------


def write_import(sprints: list[Sprint], target: Path) -> dict[str, tuple[dt.date, list[dt.date]]]:
    """Write projects.csv and snapshots.csv; returns key -> (start, day of each point)."""
    target.mkdir(parents=True, exist_ok=True)
    layout: dict[str, tuple[dt.date, list[dt.date]]] = {}
    next_start: dict[tuple[str, int], dt.date] = {}
    projects, snapshots = [], []
    for s in sorted(sprints, key=lambda s: (s.project, s.board, s.sprint)):
        start = next_start.get((s.project, s.board), EPOCH)
        offsets, due_offset = s.offsets()
        due = start + dt.timedelta(days=due_offset)
        next_start[(s.project, s.board)] = due + dt.timedelta(days=1)
        days = [start + dt.timedelta(days=o) for o in offsets]
        layout[s.key] = (start, days)
        projects.append({
            "key": s.key, "name": s.name, "status": "done", "priority": "medium",
            "portfolio": f"{s.project} board {s.board}"[:120], "start_date": start.isoformat(),
            "due_date": due.isoformat(), "completed_at": f"{due.isoformat()}T18:00:00",
            "created_at": f"{start.isoformat()}T08:00:00",
        })
        prev_added = prev_removed = 0.0
        for p, day in zip(POINTS, days, strict=True):
            r = s.rows[p]
            snapshots.append({
                "project": s.key, "day": day.isoformat(), "scope_points": s.scope(p),
                "done_points": int(r["vel_done"]), "in_progress_points": int(r["vel_inprogress"]),
                "items_added": int(max(0.0, r["no_issue_added"] - prev_added)),
                "items_removed": int(max(0.0, r["no_issue_removed"] - prev_removed)),
                "team_size": int(r["no_teammember"]),
            })
            prev_added, prev_removed = r["no_issue_added"], r["no_issue_removed"]
        last = s.rows[POINTS[-1]]
        snapshots.append({  # the sprint's end: what it delivered; scope as last seen
            "project": s.key, "day": due.isoformat(),
            "scope_points": max(s.scope(POINTS[-1]), s.delivered()),
            "done_points": s.delivered(), "in_progress_points": 0, "items_added": 0,
            "items_removed": 0, "team_size": int(last["no_teammember"]),
        })
    for name, rows in (("projects", projects), ("snapshots", snapshots)):
        with (target / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return layout


def build_rows(sprints: list[Sprint], workdir: Path) -> pd.DataFrame:
    """Import the sprints, then features and Monte Carlo per sprint and point, from our tables."""
    layout = write_import(sprints, workdir / "import")
    engine = make_engine(f"sqlite:///{workdir / 'sprints.db'}")
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory.begin() as session:
        import_path(session, workdir / "import")
    with factory() as session:
        ids = {key: pid for key, pid in session.execute(select(Project.key, Project.id))}
        histories = history.load_histories(session, ids.values())
        teams = history.team_outcomes(session, {h.portfolio_id for h in histories.values()})
    engine.dispose()
    records = []
    for s in sprints:
        h = histories[ids[s.key]]
        team = teams.get(h.portfolio_id, [])
        for p, day in zip(POINTS, layout[s.key][1], strict=True):
            mc = montecarlo.forecast(h, day, team, trials=MC_TRIALS, seed=s.sprint)
            records.append({
                "project": s.project, "sprint": s.sprint, "group": s.key, "point": p,
                "y": s.on_time(p),
                "mc": mc.p_on_time if mc and mc.p_on_time is not None else np.nan,
                **feat.features_as_of(h, day, team),
            })
    return pd.DataFrame.from_records(records)


# --- evaluation ---------------------------------------------------------------------------------


def _predictions(train: pd.DataFrame, test: pd.DataFrame) -> dict[str, np.ndarray]:
    model = forecast.fit(train[list(feat.FEATURES)], train["y"], train["group"])
    out = {"classifier": model.predict(test[list(feat.FEATURES)]),
           "monte_carlo": test["mc"].fillna(0.0).to_numpy(),
           "base_rate": np.zeros(len(test)), "done_vs_elapsed": np.zeros(len(test))}
    for p in POINTS:
        tr, te = (train["point"] == p).to_numpy(), (test["point"] == p).to_numpy()
        out["base_rate"][te] = metrics.base_rate_forecast(train["y"][tr], int(te.sum()))
        rule = lambda frame: (frame["done_frac"] >= frame["elapsed_frac"]).to_numpy()  # noqa: E731
        out["done_vs_elapsed"][te] = metrics.rule_forecast(
            rule(train[tr]), train["y"][tr], rule(test[te]))
    return out


def evaluate(rows: pd.DataFrame, split: str) -> list[dict]:
    """Scores per project, point and method for one kind of split."""
    results = []
    for project in sorted(rows["project"].unique()):
        mine = rows[rows["project"] == project]
        if split == "within":
            sprint_ids = np.sort(mine["sprint"].unique())
            cut = sprint_ids[int(len(sprint_ids) * TRAIN_SHARE)] if len(sprint_ids) > 1 else None
            train, test = mine[mine["sprint"] < cut], mine[mine["sprint"] >= cut]
        else:
            train, test = rows[rows["project"] != project], mine
        if train.empty or test.empty or train["y"].nunique() < 2:
            continue
        predicted = _predictions(train, test)
        for p in POINTS:
            at = (test["point"] == p).to_numpy()
            base = float(train["y"][(train["point"] == p).to_numpy()].mean())
            y = test["y"].to_numpy()[at]
            for method in METHODS:
                scores = metrics.evaluate(y, predicted[method][at], base)
                results.append({"split": split, "project": project, "point": p,
                                "method": method, "rate": float(y.mean()), **scores})
    return results


def _fmt(value) -> str:
    return "    —" if value is None or (isinstance(value, float) and np.isnan(value)) \
        else f"{value:6.3f}"


def report(results: list[dict]) -> str:
    frame = pd.DataFrame(results)
    lines = []
    header = (f"{'split':7} {'project':10} {'point':>5} {'method':16} {'n':>5} {'ontime':>6} "
              f"{'Brier':>6} {'BSS':>6} {'AUC':>6} {'LogL':>6} {'ECE':>6}")
    for split in ("within", "across"):
        part = frame[frame["split"] == split]
        if part.empty:
            continue
        lines += ["", header, "-" * len(header)]
        for p in POINTS:
            for project in [*sorted(part["project"].unique()), "MEAN"]:
                rows = part[part["point"] == p]
                for method in METHODS:
                    sel = rows[rows["method"] == method]
                    if project != "MEAN":
                        sel = sel[sel["project"] == project]
                    if sel.empty:
                        continue
                    mean = sel[["n", "rate", "brier", "bss", "auc", "log_loss", "ece"]].astype(
                        float).mean()
                    lines.append(
                        f"{split:7} {project[:10]:10} {p:>4}% {method:16} {int(mean['n']):5d} "
                        + " ".join(_fmt(mean[c]) for c in
                                   ("rate", "brier", "bss", "auc", "log_loss", "ece")))
            lines.append("")
    target = frame[(frame["split"] == "within") & (frame["point"] == 50)
                   & (frame["method"] == "classifier")]
    if not target.empty:
        bss, auc = target["bss"].astype(float).mean(), target["auc"].astype(float).mean()
        verdict = "met" if bss >= 0.15 and auc >= 0.80 else "NOT met"
        lines.append(f"target at 50 %, within-project, mean over {len(target)} projects: "
                     f"BSS {bss:.3f} (≥ 0.15), AUC {auc:.3f} (≥ 0.80): {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path, help="folder of project folders")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folders = sorted(p for p in args.data.iterdir() if p.is_dir())
    sprints = [s for folder in folders for s in read_project(folder)]
    if not sprints:
        print(f"no sprints found under {args.data}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        rows = build_rows(sprints, Path(tmp))
    counts = rows[rows["point"] == 0].groupby("project").size()
    print("sprints per project: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(report(evaluate(rows, "within") + evaluate(rows, "across")))
    print(f"\n{len(sprints)} sprints, {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
