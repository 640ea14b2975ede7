"""Time to produce a PDF status report with the chart renderer warm, and the PDF's size.

A 200-project portfolio report (six charts, every project listed) and a project report, on a
seeded demo database in a temporary folder (or --data-dir of an existing one). Wall time is what
a manager waits; CPU time of this process (WeasyPrint, queries) is shown beside it because this
machine is shared and wall time swings with its load.

    nice python benchmarks/report_times.py [--projects 200] [--runs 5] [--keep DIR]

Targets: portfolio under 5 s, project under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from dashboard.background import models_dir  # noqa: E402
from dashboard.migrate import upgrade  # noqa: E402
from dashboard.reports import Reports  # noqa: E402
from dashboard.settings import Settings  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.demo import load_demo  # noqa: E402
from data.filters import ProjectFilters  # noqa: E402
from data.schema import Project, Status  # noqa: E402
from data.viewer import Viewer  # noqa: E402
from models import jobs  # noqa: E402


def prepare(folder: Path, projects: int, seed: int) -> Settings:
    settings = Settings(data_dir=folder, report_timer=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with engine.connect() as conn:
        empty = conn.scalar(select(Project.id).limit(1)) is None
    if empty:
        load_demo(engine, projects, seed=seed, today=dt.date.today())
        jobs.retrain_and_score(make_sessionmaker(engine), models_dir(settings), dt.date.today())
    engine.dispose()
    return settings


def timed(reports: Reports, ask) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    row = reports.generate(ask())
    return time.perf_counter() - wall, time.process_time() - cpu, row


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--projects", type=int, default=200)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--keep", type=Path, default=None, help="use (and keep) this data folder")
    args = p.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="report-bench-"))
    settings = prepare(folder, args.projects, args.seed)
    factory = make_sessionmaker(make_engine(settings.database_url))
    reports = Reports(settings, factory)
    viewer = Viewer.system()
    with factory() as session:  # an open project with history, so the cone is drawn
        key = session.scalar(select(Project.key).join(Status, Status.id == Project.status_id)
                             .where(Status.code == "active").order_by(Project.key).limit(1))
    start = time.perf_counter()
    reports.renderer.start()
    print(f"chart renderer started in {time.perf_counter() - start:.1f} s "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")

    def queue(kind: str):
        def ask() -> int:  # record the row only: generate() runs here, timed
            if kind == "portfolio":
                return reports.request_portfolio(viewer, ProjectFilters(), queue=False)
            found = reports.request_project(viewer, key or "", queue=False)
            assert found is not None
            return found
        return ask

    timed(reports, queue("portfolio"))  # warm-up: first layout loads fonts
    for kind, target in (("portfolio", 5.0), ("project", 2.0)):
        walls, cpus, row = [], [], None
        for _ in range(args.runs):
            wall, cpu, row = timed(reports, queue(kind))
            walls.append(wall)
            cpus.append(cpu)
        assert row is not None and row.status == "done", row
        print(f"{kind:9} report: median {statistics.median(walls):.2f} s wall "
              f"(min {min(walls):.2f}, max {max(walls):.2f}), "
              f"{statistics.median(cpus):.2f} s CPU in this process; "
              f"{row.pages} pages, {row.size_bytes / 1024:.0f} KB; target < {target:.0f} s: "
              f"{'met' if statistics.median(walls) < target else 'NOT met'}")
    print(f"load average now {os.getloadavg()[0]:.1f}; files under {folder / 'reports'}")
    reports.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
