"""Forecasting at scale: retrain + rescore every open project, then one project's refresh.

    python benchmarks/load_scale.py --url postgresql://postgres@127.0.0.1/fc_scale \\
        --projects 100000 --items-per-project 10 --create --no-documents
    nice python benchmarks/forecast_scale.py --url postgresql://postgres@127.0.0.1/fc_scale

Prints the time of each phase of ``models.jobs.retrain_and_score`` (as its progress reports
them), the whole job's wall time and the process's peak resident memory, then the time of
``models.jobs.rescore`` for single projects after a write to each (a new snapshot), with the
model already in memory (as the app's model holder has it) and read from disk, and how many SQL
statements one refresh runs. Targets (issue 16): retrain + rescore < 2 min and < 2 GB at 100,000
projects / 1,000,000 items; one project's refresh < 1 s. The machine's load average is printed
with the figures: other work on the same cores inflates them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event, func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.schema import Project, ProjectForecast, ProjectSnapshot, Status, WorkItem  # noqa: E402
from models import history, jobs  # noqa: E402
from models.registry import Registry  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """This process's CPU time (user + system): what the job cost, whatever else ran."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load_average() -> str:
    return " ".join(f"{v:.1f}" for v in os.getloadavg())


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="database created by load_scale.py")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(),
                        help="the day load_scale.py generated the data for (default: today)")
    parser.add_argument("--refreshes", type=int, default=20, help="single-project refreshes")
    parser.add_argument("--models", type=Path, help="models directory (default: a temp dir)")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args(argv)


def retrain(factory, models_dir: Path, today: dt.date) -> jobs.JobResult:
    began = last = time.perf_counter()
    cpu = cpu_seconds()

    def progress(fraction: float, message: str) -> None:
        nonlocal last
        now = time.perf_counter()
        print(f"  {now - began:7.1f} s  (+{now - last:6.1f})  {fraction:4.0%}  {message}",
              flush=True)
        last = now

    result = jobs.retrain_and_score(factory, models_dir, today, progress)
    print(f"retrain + rescore: {time.perf_counter() - began:.1f} s wall, "
          f"{cpu_seconds() - cpu:.1f} s CPU, load average {load_average()}, "
          f"peak RSS {peak_rss_mb():,.0f} MB, {result.scored:,} forecasts "
          f"({result.method}, {result.finished_projects:,} finished projects in training)",
          flush=True)
    return result


def refreshes(engine, factory, models_dir: Path, today: dt.date, n: int, seed: int) -> None:
    with factory() as session:
        ids = history.open_project_ids(session)
    chosen = random.Random(seed).sample(ids, min(n, len(ids)))
    loaded = Registry(models_dir).load()
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    for label, model in (("model in memory", loaded), ("model read from disk", None)):
        times = []
        for pid in chosen:
            with factory.begin() as session:  # the write: today's snapshot of the project
                done = session.scalar(select(func.coalesce(func.sum(WorkItem.story_points), 0))
                                      .where(WorkItem.project_id == pid,
                                             WorkItem.status == "done"))
                scope = session.scalar(select(func.coalesce(func.sum(WorkItem.story_points), 0))
                                       .where(WorkItem.project_id == pid))
                session.merge(ProjectSnapshot(project_id=pid, day=today, scope_points=scope,
                                              done_points=done, in_progress_points=0,
                                              items_added=0, items_removed=0, team_size=3))
            statements.clear()
            event.listen(engine, "before_cursor_execute", count)
            began = time.perf_counter()
            jobs.rescore(factory, models_dir, today, [pid], loaded=model)
            times.append(time.perf_counter() - began)
            event.remove(engine, "before_cursor_execute", count)
        times.sort()
        print(f"one-project refresh ({label}): median {times[len(times) // 2] * 1000:.0f} ms, "
              f"max {times[-1] * 1000:.0f} ms over {len(times)} projects, "
              f"{len(statements)} SQL statements", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    engine = make_engine(args.url)
    factory = make_sessionmaker(engine)
    with factory() as session:
        projects = session.scalar(select(func.count(Project.id)))
        items = session.scalar(select(func.count(WorkItem.id)))
        snapshots = session.scalar(select(func.count()).select_from(ProjectSnapshot))
        open_projects = session.scalar(select(func.count(Project.id)).join(Status)
                                       .where(Status.is_closed.is_(False)))
    print(f"{projects:,} projects ({open_projects:,} open), {items:,} work items, "
          f"{snapshots:,} snapshots; load average {load_average()} on {os.cpu_count()} cores",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        models_dir = args.models or Path(tmp) / "models"
        retrain(factory, models_dir, args.today)
        with factory() as session:
            stored = session.scalar(select(func.count(ProjectForecast.project_id)))
        print(f"stored forecasts: {stored:,} of {open_projects:,} open projects", flush=True)
        refreshes(engine, factory, models_dir, args.today, args.refreshes, args.seed)
    print(f"load average at the end: {load_average()}")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
