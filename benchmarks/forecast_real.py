"""Forecast accuracy on real sprints: our importer, our tables, our features, our models.

    python benchmarks/forecast_real.py --data ../shared/data/sprints             # within + loo
    python benchmarks/forecast_real.py --train A B --test C                       # transfer
    python benchmarks/forecast_real.py --data DIR --throughput ../shared/data/throughput/jira.csv

A DIR is a project folder (``*_iteration_{0,30,50,80}.csv``, one row per sprint with its progress
at that share of its planned duration; see ../shared/data/README.md) or a folder of them. Each
sprint becomes a project of our schema: a portfolio per board, sprints of a board laid end to
end in ``sprintid`` order, a snapshot at each of the four points and one at the sprint's end
with the points it delivered; a sprint that fell short of its last seen scope is recorded as
finished the day after its due date. The folders are written as import CSVs, loaded with
``data.importer.import_path`` into a temporary SQLite database, and features, Monte Carlo and
portfolio outcomes are computed from those tables exactly as the dashboard does.

The outcome is the dataset's: on time at a point when ``vel_diff >= 0`` there (delivered points
minus the points committed by then). Splits:

- ``within``: per project folder, first 70 % of sprints by ``sprintid`` train, the rest test;
  the classifier has a prior beside it as in the product (``outside_prior``): the shipped one for
  a folder it was not fitted on, else the same recipe fitted on the run's other folders;
- ``loo``: leave one project folder out (train on the others, test on it);
- ``transfer``: train on every ``--train`` folder, test on each ``--test`` folder.

Per project, point and method the script prints Brier score, Brier skill against the training
base rate at that point (BSS) and against the test rows' own on-time rate (BSSown: what a new
organisation cannot know in advance), ROC AUC, expected calibration error and, for the Monte
Carlo, how often the P85 date was missed; then the mean over projects. Methods: the production
classifier (``models.forecast``: trees + logistic, calibrated and shrunk on held-out folds), the
Monte Carlo, their blend (weight chosen on the last 30 % of the training sprints, 0 unless it
helps there), the shipped-prior recipe fitted on the training folders (``prior``; across
projects, and ``prior_cold`` with the test project's portfolio history hidden, as on a new
installation), and two baselines (training base rate; done share ≥ elapsed share).

P85 missed: the sprint's completion day is read from its done curve (interpolated between the
snapshots); a sprint that did not deliver its scope by the due date is extrapolated past it at
its own average pace (never, when it delivered nothing). ``--throughput`` also checks the Monte
Carlo on real task throughput (forecast the day the next 10 and 30 tasks finish from the last
26 weeks, every two weeks), where completion days are known exactly.

Jira shows one sprint on several boards: those copies form one group and their boards one
family, so the model's held-out folds never score a sprint with a model that saw its copy.

One setting serves every project. ``--write-prior PATH`` fits the shipped prior on every sprint
read and writes its coefficients (``models/prior.json``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import math
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import select
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.migrate import upgrade  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.importer import import_path  # noqa: E402
from data.schema import Project  # noqa: E402
from models import evaluation, forecast, history, metrics, montecarlo, prior, training  # noqa: E402
from models import features as feat  # noqa: E402

POINTS = (0, 30, 50, 80)
TRAIN_SHARE = 0.7
MC_TRIALS = 1_000
EPOCH = dt.date(2000, 1, 3)
METHODS = ("classifier", "monte_carlo", "blend", "prior", "prior_cold", "base_rate",
           "done_vs_elapsed")
TEAM_COLUMNS = tuple(c for c in feat.FEATURES if c.startswith("team_")
                     or c in ("scope_vs_team", "load_vs_team", "scope_vs_team_best"))
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
        # a sprint that fell short of its last seen scope finished after its due date
        finished = due if s.rows[POINTS[-1]]["vel_diff"] >= 0 else due + dt.timedelta(days=1)
        projects.append({
            "key": s.key, "name": s.name, "status": "done", "priority": "medium",
            "portfolio": f"{s.project} board {s.board}"[:120], "start_date": start.isoformat(),
            "due_date": due.isoformat(), "completed_at": f"{finished.isoformat()}T18:00:00",
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


def completion_day(s: Sprint, point: int, days: list[dt.date], due: dt.date) -> dt.date | None:
    """The day the scope committed at ``point`` was done, from the done curve (interpolated
    between snapshots; past the due date at the sprint's own average pace; None = never)."""
    target = s.scope(point)
    curve = [(d, s.rows[q]["vel_done"]) for q, d in zip(POINTS, days, strict=True)]
    curve.append((due, float(s.delivered())))
    start = days[POINTS.index(point)]
    prev: tuple[dt.date, float] | None = None
    for day, done in curve:
        if day < start:
            continue
        if done >= target:
            if prev is None or prev[1] >= target:
                return day
            share = (target - prev[1]) / (done - prev[1])
            return prev[0] + dt.timedelta(days=math.ceil(share * (day - prev[0]).days))
        prev = (day, done)
    pace = s.delivered() / max(1, s.planday)
    if pace <= 0:
        return None
    return due + dt.timedelta(days=math.ceil((target - s.delivered()) / pace))


def p85_missed(p85: dt.date | None, finished: dt.date | None) -> float:
    if p85 is None:  # the simulation said "never": that date cannot be missed, nor judged
        return math.nan
    return float(finished is None or finished > p85)


def board_families(sprints: list[Sprint]) -> dict[tuple[str, int], str]:
    """(project, board) -> its family: boards that share a sprint (Jira shows one sprint on
    several boards, often with the same numbers). Held-out folds keep a family together, or a
    sprint would be scored by a model that saw its copy on another board."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    boards_of: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for s in sprints:
        boards_of.setdefault((s.project, s.sprint), []).append((s.project, s.board))
    for boards in boards_of.values():
        for b in boards[1:]:
            parent[find(b)] = find(boards[0])
        find(boards[0])
    return {b: f"{find(b)[0]}-{find(b)[1]}" for b in parent}


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
        teams = history.team_outcomes(session)
    engine.dispose()
    families = board_families(sprints)
    records = []
    for s in sprints:
        h = histories[ids[s.key]]
        team = teams.get(h.portfolio_id, feat.Team())
        days = layout[s.key][1]
        for p, day in zip(POINTS, days, strict=True):
            mc = montecarlo.forecast(h, day, team, trials=MC_TRIALS, seed=s.sprint)
            finished = completion_day(s, p, days, h.due)
            records.append({
                # one sprint shown on two boards is one group, its boards one family
                "project": s.project, "sprint": s.sprint, "group": f"{s.project}-{s.sprint}",
                "team": families[(s.project, s.board)], "point": p, "y": s.on_time(p),
                "mc": mc.p_on_time if mc and mc.p_on_time is not None else np.nan,
                "missed": p85_missed(mc.p85 if mc else None, finished),
                **feat.features_as_of(h, day, team),
            })
    return pd.DataFrame.from_records(records)


# --- evaluation ---------------------------------------------------------------------------------


def _fit(train: pd.DataFrame, known: prior.Prior | None = None) -> forecast.Forecaster:
    return forecast.fit(train[list(feat.FEATURES)], train["y"], train["group"],
                        teams=train["team"], prior=known)


def outside_prior(rows: pd.DataFrame, project: str) -> prior.Prior | None:
    """The prior a project's organisation gets: the shipped one, as in the product, unless it
    was fitted on this project (it saw the test sprints); then the shipped recipe fitted on the
    other project folders of this run, or none."""
    shipped = prior.load_prior()
    if shipped is not None and project not in re.findall(r"[\w.-]+", shipped.fitted_on):
        return shipped
    others = rows[rows["project"] != project]
    if others["y"].nunique() < 2:
        return None
    return prior.fit_prior(others[list(feat.FEATURES)], others["y"].to_numpy(), "bench", "")


def blend_weight(train: pd.DataFrame, known: prior.Prior | None = None) -> float:
    """Chosen on the last 30 % of the training sprints by a model fit on the first 70 %."""
    cut = np.sort(train["sprint"].unique())
    cut = cut[int(len(cut) * TRAIN_SHARE)] if len(cut) > 3 else None
    early, late = train[train["sprint"] < cut], train[train["sprint"] >= cut]
    if cut is None or early["y"].nunique() < 2 or late.empty:
        return 0.0
    try:
        model = _fit(early, known)
    except ValueError:
        return 0.0
    p = model.predict(late[list(feat.FEATURES)])
    return training.choose_blend(model, p, late["mc"].to_numpy(), late["y"].to_numpy())


def predictions(train: pd.DataFrame, test: pd.DataFrame, across: bool,
                known: prior.Prior | None = None) -> dict[str, np.ndarray]:
    model = _fit(train, known)
    X_test = test[list(feat.FEATURES)]
    p = model.predict(X_test)
    model.blend_weight = blend_weight(train, known)
    mc = test["mc"].to_numpy()
    base = float(train["y"].mean())
    out = {"classifier": p, "monte_carlo": np.where(np.isnan(mc), base, mc),
           "blend": model.blend(p, mc),
           "base_rate": np.zeros(len(test)), "done_vs_elapsed": np.zeros(len(test))}
    if across:
        fitted = prior.fit_prior(train[list(feat.FEATURES)], train["y"].to_numpy(), "bench", "")
        out["prior"] = fitted.predict(X_test)
        cold = X_test.copy()
        cold[list(TEAM_COLUMNS)] = np.nan
        cold["team_history"] = 0.0
        out["prior_cold"] = fitted.predict(cold)
    for pt in POINTS:
        tr, te = (train["point"] == pt).to_numpy(), (test["point"] == pt).to_numpy()
        out["base_rate"][te] = metrics.base_rate_forecast(train["y"][tr], int(te.sum()))
        rule = lambda frame: (frame["done_frac"] >= frame["elapsed_frac"]).to_numpy()  # noqa: E731
        out["done_vs_elapsed"][te] = metrics.rule_forecast(
            rule(train[tr]), train["y"][tr], rule(test[te]))
    return out


def splits(rows: pd.DataFrame, split: str, test_projects: set[str] | None = None):
    """(test project, training rows, test rows) for one kind of split."""
    for project in sorted(rows["project"].unique()):
        mine = rows[rows["project"] == project]
        if split == "within":
            sprint_ids = np.sort(mine["sprint"].unique())
            if len(sprint_ids) < 2:
                continue
            cut = sprint_ids[int(len(sprint_ids) * TRAIN_SHARE)]
            yield project, mine[mine["sprint"] < cut], mine[mine["sprint"] >= cut]
        elif split == "loo":
            yield project, rows[rows["project"] != project], mine
        elif project in (test_projects or set()):
            yield project, rows[~rows["project"].isin(test_projects)], mine


def evaluate(rows: pd.DataFrame, split: str, test_projects: set[str] | None = None
             ) -> list[dict]:
    """Scores per project, point and method for one kind of split."""
    results = []
    for project, train, test in splits(rows, split, test_projects):
        if train.empty or test.empty or train["y"].nunique() < 2:
            continue
        try:
            # within a project, the classifier has the prior from other organisations, as a
            # new installation has the shipped one; across projects the training rows are those
            # other organisations already
            known = outside_prior(rows, project) if split == "within" else None
            predicted = predictions(train, test, across=split != "within", known=known)
        except ValueError as exc:  # e.g. fewer than two sprints of each outcome to learn from
            print(f"{split} {project}: skipped ({exc})", file=sys.stderr)
            continue
        for p in POINTS:
            at = (test["point"] == p).to_numpy()
            base = float(train["y"][(train["point"] == p).to_numpy()].mean())
            y = test["y"].to_numpy()[at]
            for method, values in predicted.items():
                missed = test["missed"].to_numpy()[at] if method == "monte_carlo" else None
                results.append({"split": split, "project": project, "point": p,
                                "method": method,
                                **evaluation.score(y, values[at], base, missed)})
    return results


def _fmt(value) -> str:
    return "     —" if value is None or (isinstance(value, float) and np.isnan(value)) \
        else f"{value:6.3f}"


COLUMNS = ("rate", "brier", "bss", "bss_own", "auc", "ece", "p85_missed")


def report(results: list[dict]) -> str:
    frame = pd.DataFrame(results)
    lines = []
    header = (f"{'split':8} {'project':10} {'point':>5} {'method':16} {'n':>5} {'ontime':>6} "
              f"{'Brier':>6} {'BSS':>6} {'BSSown':>6} {'AUC':>6} {'ECE':>6} {'P85mis':>6}")
    for split in ("within", "loo", "transfer"):
        part = frame[frame["split"] == split] if not frame.empty else frame
        if part.empty:
            continue
        lines += ["", header, "-" * len(header)]
        for p in POINTS:
            rows = part[part["point"] == p]
            for project in [*sorted(part["project"].unique()), "MEAN"]:
                for method in METHODS:
                    sel = rows[rows["method"] == method]
                    if project != "MEAN":
                        sel = sel[sel["project"] == project]
                    if sel.empty:
                        continue
                    mean = sel[["n", *COLUMNS]].astype(float).mean()
                    lines.append(f"{split:8} {project[:10]:10} {p:>4}% {method:16} "
                                 f"{int(mean['n']):5d} "
                                 + " ".join(_fmt(mean[c]) for c in COLUMNS))
            lines.append("")
    lines += targets(frame)
    return "\n".join(lines)


def targets(frame: pd.DataFrame) -> list[str]:
    """The issue's targets, each with its verdict."""
    if frame.empty:
        return []
    out = []

    def cls(split: str, point: int) -> pd.DataFrame:
        return frame[(frame["split"] == split) & (frame["point"] == point)
                     & (frame["method"] == "classifier")]

    at50 = cls("within", 50)
    if not at50.empty:
        auc, bss = at50["auc"].astype(float).mean(), at50["bss"].astype(float).mean()
        worst = at50["bss"].astype(float).min()
        ok = auc >= 0.82 and bss >= 0.20 and worst >= 0
        out.append(f"target within-project at 50 %: mean AUC {auc:.3f} (>= 0.82), mean BSS "
                   f"{bss:.3f} (>= 0.20), lowest BSS {worst:.3f} (>= 0): "
                   f"{'met' if ok else 'NOT met'}")
    at0 = cls("within", 0)
    if not at0.empty:
        worst = at0["bss"].astype(float).min()
        out.append(f"target within-project at 0 %: lowest BSS {worst:.3f} (>= 0): "
                   f"{'met' if worst >= 0 else 'NOT met'}")
    loo = frame[(frame["split"] == "loo") & (frame["method"] == "classifier")]
    if not loo.empty:
        auc = loo["auc"].astype(float).mean()
        out.append(f"target leave-one-project-out: mean AUC {auc:.3f} over all points "
                   f"(>= 0.72): {'met' if auc >= 0.72 else 'NOT met'}")
    mc = frame[(frame["method"] == "monte_carlo") & frame["p85_missed"].notna()]
    if not mc.empty:
        rate = mc[mc["split"] == mc["split"].iloc[0]]["p85_missed"].astype(float).mean()
        out.append(f"target P85 missed 10-20 %: {rate:.1%} (mean over projects and points): "
                   f"{'met' if 0.10 <= rate <= 0.20 else 'NOT met'}")
    return out


# --- Monte Carlo on real task throughput --------------------------------------------------------


def throughput_check(path: Path, horizons: tuple[int, ...] = (10, 30), every_days: int = 14,
                     trials: int = 2_000) -> list[dict]:
    """How often the P85 date for "the next N tasks" was missed, per project and N.

    Each forecast goes through the product's own path: a project history whose weekly
    snapshots count finished tasks as points, ``montecarlo.throughput`` (its last 26 weeks, a
    wide speed spread since no portfolio history is known) and ``montecarlo.simulate``."""
    data = pd.read_csv(path, parse_dates=["finished_date"])
    out = []
    for project, tasks in data.groupby("project"):
        finished = np.sort(tasks["finished_date"].dt.date.to_numpy())
        first, last = finished[0], finished[-1]
        for n in horizons:
            missed: list[float] = []
            d = first + dt.timedelta(weeks=8)
            while d < last:
                done = int(np.searchsorted(finished, d, side="right"))
                if done + n > len(finished):
                    break
                weeks = [d - dt.timedelta(weeks=w) for w in range(min(26, (d - first).days // 7),
                                                                  -1, -1)]
                counts = np.searchsorted(finished, weeks, side="right")
                snaps = tuple(feat.Snapshot(w, int(c), int(c)) for w, c in zip(weeks, counts,
                                                                               strict=True))
                h = feat.History(int(project) + 1, start=weeks[0], snapshots=snaps)
                source = montecarlo.throughput(h, d)
                if source is not None and max(source.samples) > 0:
                    sim = montecarlo.simulate(n, source, d, None, trials, seed=len(missed))
                    actual = finished[done + n - 1]
                    missed.append(float(sim.p85 is None or actual > sim.p85))
                d += dt.timedelta(days=every_days)
            out.append({"project": str(project), "tasks": n, "forecasts": len(missed),
                        "p85_missed": float(np.mean(missed)) if missed else math.nan})
    return out


# --- entry point ----------------------------------------------------------------------------------


def project_folders(paths: list[Path]) -> list[Path]:
    """Each path itself when it holds iteration files, else its sub-folders that do."""
    out = []
    for path in paths:
        if any(path.glob("*_iteration_0.csv")):
            out.append(path)
        elif path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_dir() and any(
                p.glob("*_iteration_0.csv")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", type=Path, default=[],
                        help="project folders (or folders of them): within + leave-one-out")
    parser.add_argument("--train", nargs="+", type=Path, default=[])
    parser.add_argument("--test", nargs="+", type=Path, default=[])
    parser.add_argument("--splits", default="within,loo",
                        help="for --data: comma-separated within, loo")
    parser.add_argument("--throughput", type=Path, help="jira.csv of real task throughput")
    parser.add_argument("--write-prior", type=Path, help="fit the shipped prior, write it here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if bool(args.train) != bool(args.test):
        parser.error("--train and --test go together")
    train_folders, test_folders = project_folders(args.train), project_folders(args.test)
    folders = project_folders(args.data) + train_folders + test_folders
    names = [f.name for f in folders]
    if len(set(names)) != len(names):
        parser.error("two project folders have the same name")
    sprints = [s for folder in folders for s in read_project(folder)]
    if not sprints:
        print(f"no sprints found under {' '.join(map(str, args.data + args.train))}",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp, threadpool_limits(1, user_api="openmp"):
        rows = build_rows(sprints, Path(tmp))
        counts = rows[rows["point"] == 0].groupby("project").size()
        print("sprints per project: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        results: list[dict] = []
        if args.data:
            data_rows = rows[rows["project"].isin([f.name for f in project_folders(args.data)])]
            for split in [s.strip() for s in args.splits.split(",") if s.strip()]:
                results += evaluate(data_rows, split)
        if args.train:
            results += evaluate(rows, "transfer", {f.name for f in test_folders})
        print(report(results))
        if args.write_prior:
            fitted = prior.fit_prior(rows[list(feat.FEATURES)], rows["y"].to_numpy(),
                                     "prior-" + dt.date.today().strftime("%Y.%m"),
                                     "TSE 2017 agile sprints (" + ", ".join(sorted(
                                         set(names))) + f"), {len(sprints)} sprints x 4 points")
            prior.save_prior(fitted, args.write_prior)
            print(f"\nprior written to {args.write_prior}")
    if args.throughput:
        print("\nMonte Carlo on real task throughput (P85 date of the next N tasks):")
        for r in throughput_check(args.throughput):
            print(f"  project {r['project']}: next {r['tasks']:>3} tasks, {r['forecasts']:4d} "
                  f"forecasts, P85 missed {r['p85_missed']:.1%}")
    print(f"\n{len(sprints)} sprints, {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
