"""Command line: ``python -m dashboard {init,demo,import,run,up}``."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from sqlalchemy import func, select

from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.schema import Project


def _engine(settings: Settings):
    return make_engine(settings.database_url)


def cmd_init(settings: Settings, _args) -> int:
    """Migrate, then rebuild derived tables that do not match their sources (old data)."""
    from data.rollups import ensure_derived

    engine = _engine(settings)
    upgrade(engine)
    with engine.begin() as conn:
        for what in ensure_derived(conn):
            print(f"rebuilt {what}")
    print(f"database ready: {engine.url.render_as_string(hide_password=True)}")
    return 0


def cmd_demo(settings: Settings, args) -> int:
    from data.demo import load_demo

    engine = _engine(settings)
    upgrade(engine)
    with engine.connect() as conn:
        if conn.scalar(select(func.count(Project.id))):
            print("database already has projects; demo data not loaded")
            return 0
    counts = load_demo(engine, args.projects or settings.demo_projects, seed=args.seed,
                       today=dt.date.today())
    print("loaded demo data: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


def cmd_import(settings: Settings, args) -> int:
    from data.errors import ValidationFailed
    from data.importer import import_path

    engine = _engine(settings)
    upgrade(engine)
    try:
        with make_sessionmaker(engine).begin() as session:
            report = import_path(session, Path(args.path))
    except ValidationFailed as exc:
        print(f"import rejected, nothing was written:\n{exc}", file=sys.stderr)
        return 2
    print(f"imported {args.path}: {report}")
    return 0


def cmd_run(settings: Settings, _args) -> int:
    from dashboard.app import create_app

    app = create_app(settings)
    app.run(host=settings.host, port=settings.port, debug=settings.debug)
    return 0


def cmd_up(settings: Settings, args) -> int:
    """Everything a first start needs: migrate, load demo data when empty, serve."""
    cmd_demo(settings, args)
    print(f"dashboard on http://{settings.host}:{settings.port}")
    return cmd_run(settings, args)


COMMANDS = {
    "init": (cmd_init, "create or migrate the database"),
    "demo": (cmd_demo, "load the seeded demo portfolio into an empty database"),
    "import": (cmd_import, "import projects and their data from a CSV folder or JSON file"),
    "run": (cmd_run, "serve the dashboard"),
    "up": (cmd_up, "init + demo (when empty) + run"),
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    for name, (_fn, help_) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_)
        if name in ("demo", "up"):
            sp.add_argument("--projects", type=int, default=None, help="how many projects")
            sp.add_argument("--seed", type=int, default=7)
        if name == "import":
            sp.add_argument("path", help="a folder of CSV files or one JSON file")
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    fn, _help = COMMANDS[args.command]
    return fn(Settings(), args)
