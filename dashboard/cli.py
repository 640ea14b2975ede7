"""Command line: ``python -m dashboard {init,demo,import,run,up,forecast,index,user}``."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
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


def _publishing(settings: Settings, engine):
    """A session factory whose committed events reach every running app (the live bus: Redis
    when configured, else the database), so open pages show what this command wrote."""
    from dashboard.live_bus import make_bus
    from data import events

    factory = make_sessionmaker(engine)
    events.install(factory, make_bus(settings, engine).publish)
    return factory


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
    today = dt.date.today()
    counts = load_demo(engine, args.projects or settings.demo_projects, seed=args.seed,
                       today=today, forecast=demo_forecasts(settings, today))
    print("loaded demo data: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


def demo_forecasts(settings: Settings, today: dt.date):
    """``load_demo``'s ``forecast``: what the app does at start for a database without
    forecasts (``fill_in_forecasts``), done before the demo's documents are written, so that
    its status notes dated today state the health the badges show (docs/metrics.md)."""
    from dashboard.background import fill_in_forecasts, models_dir
    from models import jobs
    from models.registry import Registry

    def store(engine) -> None:
        try:
            result = fill_in_forecasts(make_sessionmaker(engine), Registry(models_dir(settings)),
                                       today)
        except jobs.JobBusy as exc:
            print(f"forecasts not stored ({exc}): the app stores them when it starts, and a "
                  "badge may then differ from its project's status note of today")
            return
        if result is not None:
            print(f"forecasts stored for {result.scored} open projects ({result.method})")

    return store


def cmd_import(settings: Settings, args) -> int:
    from data import audit
    from data.errors import ValidationFailed
    from data.importer import import_path

    engine = _engine(settings)
    upgrade(engine)
    factory = _publishing(settings, engine)
    try:
        with factory.begin() as session:
            report = import_path(session, Path(args.path), max_bytes=settings.import_max_bytes)
            audit.record(session, "import", _cli_actor(), target=str(args.path)[:200],
                         detail={"rows": report.total})
    except ValidationFailed as exc:
        audit.record_now(factory, "import", _cli_actor(), outcome="failed",
                         target=str(args.path)[:200], detail={"errors": len(exc.errors)})
        print(f"import rejected, nothing was written:\n{exc}", file=sys.stderr)
        return 2
    print(f"imported {args.path}: {report}")
    _rescore(settings, engine, report.project_ids)
    return 0


def _rescore(settings: Settings, engine, project_ids) -> None:
    """New history changes forecasts: rescore the projects a write touched."""
    from dashboard.background import models_dir
    from models import jobs

    try:
        result = jobs.rescore(_publishing(settings, engine), models_dir(settings), dt.date.today(),
                              list(project_ids))
    except jobs.JobBusy as exc:
        print(f"forecasts not refreshed ({exc}); run `python -m dashboard forecast --score-only`")
        return
    print(f"forecasts refreshed for {result.scored} open projects ({result.method})")


def _cli_actor() -> str:
    """Who ran a command, for the audit log."""
    try:
        return f"cli:{getpass.getuser()}"[:80]
    except (KeyError, OSError):
        return "cli"


def cmd_project(settings: Settings, args) -> int:
    """Change one project from the command line (today: its status); open pages show it."""
    from data import audit
    from data.commands import set_project_status
    from data.errors import ValidationFailed
    from data.scope import Scope

    engine = _engine(settings)
    upgrade(engine)
    factory = _publishing(settings, engine)
    try:
        with factory.begin() as session:
            project = set_project_status(session, Scope.everything(), args.key, args.status)
            audit.record(session, "admin", _cli_actor(), target=args.key[:200],
                         detail={"op": "project status", "status": args.status})
    except ValidationFailed as exc:
        print(f"not changed:\n{exc}", file=sys.stderr)
        return 2
    print(f"project {project.key}: status {args.status}")
    return 0


def cmd_run(settings: Settings, _args) -> int:
    from dashboard import heap
    from dashboard.app import create_app
    from dashboard.security import UnsafeConfiguration

    try:
        app = create_app(settings)
    except UnsafeConfiguration as exc:
        print(f"refusing to start: {exc}", file=sys.stderr)
        return 2
    heap.freeze()
    copilot = app.server.extensions["dashboard"].copilot
    if copilot is not None:  # as a gunicorn worker does (dashboard.gunicorn_conf)
        copilot.prepare(after=heap.freeze)
    app.run(host=settings.host, port=settings.port, debug=settings.debug)
    return 0


def first_admin(settings: Settings) -> tuple[str, str] | None:
    """Until some admin can sign in, give the demo's ``admin`` a generated password (creating
    the user if needed). Returns (username, password) when it did, to be shown once."""
    from data import users
    from data.schema import User

    engine = _engine(settings)
    with make_sessionmaker(engine).begin() as session:
        if session.scalar(select(func.count(User.id)).where(
                User.role == "admin", User.is_active.is_(True),
                User.password_hash.is_not(None))):
            return None
        password = users.generate_password()
        if session.scalar(select(User.id).where(User.username == "admin")) is None:
            users.create_user(session, "admin", password, "admin", display_name="Admin")
        else:
            users.set_role(session, "admin", "admin")
            users.set_active(session, "admin", True)
            users.set_password(session, "admin", password)
    return "admin", password


def cmd_up(settings: Settings, args) -> int:
    """Everything a first start needs: migrate, load demo data when empty, an admin, serve."""
    cmd_demo(settings, args)
    created = first_admin(settings)
    url = f"http://{settings.host}:{settings.port}"
    print(f"dashboard on {url}")
    if created:
        print(f"sign in at {url}/login as user '{created[0]}' with password: {created[1]}\n"
              "(shown only now; change it with `python -m dashboard user reset-password admin`)")
    else:
        print(f"sign in at {url}/login (`python -m dashboard user list` shows the users)")
    return cmd_run(settings, args)


def cmd_user(settings: Settings, args) -> int:
    """Users: add, reset-password, grant, revoke, sign-out, list (passwords are generated or
    read from standard input, never taken from the command line where `ps` shows them)."""
    from data import audit, users

    engine = _engine(settings)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    try:
        with factory.begin() as session:
            if args.action == "list":
                page, number = None, 1
                while page is None or page.has_next:
                    page = users.users_page(session, number, 200)
                    for u in page.items:
                        grants = "all" if u.role == "admin" else ", ".join(u.portfolios) or "-"
                        print(f"{u.username:24} {u.role:8} {'active' if u.is_active else 'off':7}"
                              f" {grants}")
                    number += 1
                return 0
            password = ""
            if args.action in ("add", "reset-password"):
                password = _read_password() if args.password_stdin else users.generate_password()
            if args.action == "add":
                users.create_user(session, args.username, password, args.role,
                                  display_name=args.display_name or "",
                                  portfolios=args.portfolio or [])
            elif args.action == "reset-password":
                users.set_password(session, args.username, password)
            elif args.action == "grant":
                users.grant(session, args.username, args.portfolios)
            elif args.action == "revoke":
                users.revoke(session, args.username, args.portfolios)
            elif args.action == "sign-out":
                ended = users.end_sessions(session, users.user_id(session, args.username))
                print(f"{ended} session(s) ended")
            audit.record(session, "admin", _cli_actor(), target=args.username[:200],
                         detail={"op": args.action,
                                 "portfolios": list(getattr(args, "portfolios", None)
                                                    or getattr(args, "portfolio", None) or [])})
    except users.UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if password and not args.password_stdin:
        print(f"password for {args.username}: {password}")
    print(f"user {args.action}: done")
    return 0


def _read_password() -> str:
    return sys.stdin.readline().rstrip("\n")


def cmd_forecast(settings: Settings, args) -> int:
    """Retrain on settled projects and rescore open ones (or only rescore), printing scores."""
    from dashboard.background import models_dir
    from models import jobs

    engine = _engine(settings)
    upgrade(engine)
    factory = _publishing(settings, engine)
    today = args.today or dt.date.today()
    try:
        if args.score_only:
            result = jobs.rescore(factory, models_dir(settings), today)
        else:
            result = jobs.retrain_and_score(factory, models_dir(settings), today)
    except jobs.JobBusy as exc:
        print(f"{exc}; try again later", file=sys.stderr)
        return 3
    print(result.message)
    if result.metrics:
        m = result.metrics
        print(f"held out {m['n_test_projects']} of {m['n_projects']} settled projects "
              f"({m['n_test_rows']} rows), base rate {m['base_rate']:.2f}")
        print(f"{'method':16} {'Brier':>7} {'BSS':>7} {'AUC':>7} {'LogLoss':>8} {'ECE':>7}")
        for name, s in m["methods"].items():
            cells = [s.get(k) for k in ("brier", "bss", "auc", "log_loss", "ece")]
            print(f"{name:16} " + " ".join(
                f"{'—' if v is None else f'{v:.3f}':>7}" for v in cells))
    print(f"forecasts stored for {result.scored} open projects ({result.method})")
    return 0


def cmd_index(settings: Settings, args) -> int:
    """Rebuild the copilot's document index (or bring it up to date with --sync)."""
    from models.copilot.runtime import CopilotRuntime

    engine = _engine(settings)
    upgrade(engine)
    runtime = CopilotRuntime(settings, make_sessionmaker(engine))
    stats = runtime.sync_now(rebuild=not args.sync)
    print(f"indexed {stats.documents} documents as {stats.chunks} passages in "
          f"{stats.seconds:.1f} s ({'rebuilt' if stats.rebuilt else 'updated'}) "
          f"under {settings.chroma_path}")
    return 0


def cmd_report(settings: Settings, args) -> int:
    """Make PDF reports now: this week's per portfolio (--weekly, the scheduled job), or one
    portfolio's or one project's; --send mails portfolio reports to the users granted them."""
    from dashboard.reports import Reports, narrator
    from data.filters import ProjectFilters
    from data.queries import portfolios
    from data.scope import Scope
    from data.viewer import Viewer

    engine = _engine(settings)
    upgrade(engine)
    reports = Reports(settings, make_sessionmaker(engine), narrate=narrator(settings))
    try:
        if args.weekly:
            for r in reports.run_weekly(send=args.send):
                print(f"portfolio {r.portfolio_id}: {r.status}"
                      + (f", report {r.report_id}" if r.report_id else "")
                      + (f", mailed to {r.mailed}" if r.mailed else ""))
            return 0
        viewer = Viewer("cli", "admin", Scope.everything(), display_name="Command line")
        if args.project:
            report_id = reports.request_project(viewer, args.project, queue=False)
            if report_id is None:
                print(f"no project {args.project!r}", file=sys.stderr)
                return 2
        else:
            with make_sessionmaker(engine)() as session:
                known = portfolios(session, Scope.everything())
            wanted = [i for i, name in known if args.portfolio in (name, str(i))]
            if args.portfolio and not wanted:
                print(f"no portfolio {args.portfolio!r}; known: "
                      + ", ".join(n for _i, n in known), file=sys.stderr)
                return 2
            report_id = reports.request_portfolio(
                viewer, ProjectFilters(portfolio=tuple(wanted)), queue=False)
        row = reports.generate(report_id)
        if row.status != "done":
            print(f"report failed: {row.message}", file=sys.stderr)
            return 1
        print(f"report {row.id}: {row.pages} pages, {row.size_bytes} bytes at {reports.path(row)}")
        if args.send and row.kind == "portfolio":
            print(f"mailed to {reports.mail(row)} recipients")
        return 0
    finally:
        reports.stop()


COMMANDS = {
    "init": (cmd_init, "create or migrate the database"),
    "demo": (cmd_demo, "load the seeded demo portfolio into an empty database"),
    "import": (cmd_import, "import projects and their data from a CSV folder or JSON file"),
    "project": (cmd_project, "change a project: `project status KEY STATUS`"),
    "run": (cmd_run, "serve the dashboard"),
    "up": (cmd_up, "init + demo (when empty) + run"),
    "forecast": (cmd_forecast, "retrain the on-time classifier and rescore open projects"),
    "index": (cmd_index, "rebuild the copilot's document index (Chroma)"),
    "report": (cmd_report, "make a PDF status report now (or this week's per portfolio)"),
    "user": (cmd_user, "add users, reset passwords, grant or revoke portfolios, list users"),
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
        if name == "forecast":
            sp.add_argument("--score-only", action="store_true",
                            help="rescore with the current model, do not retrain")
            sp.add_argument("--today", type=dt.date.fromisoformat, default=None,
                            help="score as of this day (YYYY-MM-DD); default today")
        if name == "report":
            which = sp.add_mutually_exclusive_group()
            which.add_argument("--portfolio", default="",
                               help="portfolio name or id (default: all)")
            which.add_argument("--project", default="", help="a project key")
            which.add_argument("--weekly", action="store_true",
                               help="this week's report of every portfolio (the scheduled job)")
            sp.add_argument("--send", action="store_true", help="mail it (SMTP_HOST must be set)")
        if name == "index":
            sp.add_argument("--sync", action="store_true",
                            help="only index what changed instead of rebuilding")
        if name == "user":
            _user_parser(sp)
        if name == "project":
            actions = sp.add_subparsers(dest="action", required=True)
            status = actions.add_parser("status", help="move a project to another status")
            status.add_argument("key")
            status.add_argument("status", help="proposed, active, on_hold, done or cancelled")
    return p


def _user_parser(sp: argparse.ArgumentParser) -> None:
    actions = sp.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a user (prints a generated password)")
    add.add_argument("username")
    add.add_argument("--role", choices=["admin", "manager", "viewer"], default="viewer")
    add.add_argument("--display-name", default="")
    add.add_argument("--portfolio", action="append", help="grant this portfolio (repeatable)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input instead of generating one")
    reset = actions.add_parser("reset-password", help="new password; ends the user's sessions")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")
    for verb in ("grant", "revoke"):
        p = actions.add_parser(verb, help=f"{verb} portfolios (by name)")
        p.add_argument("username")
        p.add_argument("portfolios", nargs="+")
    out = actions.add_parser("sign-out", help="end the user's sessions everywhere (running "
                                               "apps refuse them from their next request)")
    out.add_argument("username")
    actions.add_parser("list", help="every user, role and grants")


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    fn, _help = COMMANDS[args.command]
    return fn(Settings(), args)
