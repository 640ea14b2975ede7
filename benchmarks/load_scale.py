"""Generate the scale dataset and bulk-load it into PostgreSQL, printing how long each step takes.

Why: the dashboard must stay fast at 100,000 projects / 1,000,000 work items; this builds that
database (e.g. ``dashboard_scale``) for the query benchmarks and measures the loader itself.

    python benchmarks/load_scale.py --url postgresql://postgres@127.0.0.1/dashboard_scale \\
        --projects 100000 --items-per-project 10 --create
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.migrate import upgrade  # noqa: E402
from data.bulk import load  # noqa: E402
from data.db import make_engine  # noqa: E402
from data.demo import generate  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="PostgreSQL URL of the target database")
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--items-per-project", type=float, default=10.0)
    parser.add_argument("--snapshot-every-days", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--no-documents", action="store_true", help="skip generated documents")
    parser.add_argument(
        "--create", action="store_true", help="drop and re-create the database, then migrate"
    )
    return parser.parse_args(argv)


def recreate_database(url: str) -> None:
    """Drop and create the target database through the server's ``postgres`` database."""
    target = make_url(url)
    if target.get_backend_name() != "postgresql":
        raise SystemExit("--create needs a PostgreSQL URL")
    admin = make_engine(
        target.set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()


def timed(label: str, fn, *args, **kwargs):
    began = time.perf_counter()
    result = fn(*args, **kwargs)
    seconds = time.perf_counter() - began
    print(f"{label:<10} {seconds:8.1f} s", flush=True)
    return result, seconds


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.create:
        timed("create", recreate_database, args.url)
    engine = make_engine(args.url)
    timed("migrate", upgrade, engine)
    dataset, generate_s = timed(
        "generate",
        generate,
        args.projects,
        seed=args.seed,
        today=args.today,
        items_per_project=args.items_per_project,
        snapshot_every_days=args.snapshot_every_days,
        documents=not args.no_documents,
    )
    counts, load_s = timed("load", load, engine, dataset)
    del dataset
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        timed("analyze", conn.execute, text("ANALYZE"))
    total = sum(counts.values())
    print(f"\n{'table':<20} {'rows':>12}")
    for name, rows in counts.items():
        print(f"{name:<20} {rows:>12,}")
    print(f"{'total':<20} {total:>12,}")
    print(
        f"\ngenerate {generate_s:.1f} s ({total / generate_s:,.0f} rows/s), "
        f"load {load_s:.1f} s ({total / load_s:,.0f} rows/s)"
    )
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
