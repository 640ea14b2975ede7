"""Server time of every callback a page fires on load, cold and warm, against its SQL run the
way the app runs it, with PostgreSQL's plan verdict per statement.

    python benchmarks/page_callbacks.py --url postgresql://postgres@127.0.0.1/scale100k \\
        [--runs 7] [--only what-if] [--explain] [--analyze docs.md]

Each page load (the layout through Dash's page router) and each callback the page fires is
posted the way the Dash renderer posts it, signed in as a manager who sees every portfolio
(Flask test client: the sign-in gate, routing, JSON encoding and figure building count). The
database must have forecasts stored (``benchmarks/forecast_scale.py`` stores them), so project
pages draw the forecast cone and the what-if runs its models.

- cold: the app cache cleared before the call; warm: the same call again.
- SQL: the statements the cold call issued, replayed with their parameters on plain DBAPI
  connections the way the app ran them: statements of one thread one after another, the
  threads of ``Services.gather`` (the overview's concurrent scans) concurrently, each statement
  unprepared (``prepare=False``), as a first request on a new connection sees it.
- ratio: cold median / SQL median; plan: the EXPLAIN verdict of the callback's statements
  ("index" when no table above ``--big`` rows is read by a sequential scan, else the tables).

``--explain`` prints every statement's verdict; ``--analyze FILE`` writes an
``EXPLAIN (ANALYZE, BUFFERS)`` summary per statement (time, buffers, indexes, scans) as Markdown
for ``docs/performance.md``. Targets (issue 17): cold p95 under 200 ms and within 1.5x of the SQL,
warm p95 under 20 ms. The machine is shared: compare ratios from the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import heap  # noqa: E402
from dashboard.app import create_app  # noqa: E402
from dashboard.settings import Settings  # noqa: E402
from data import health_cells, people_loads, skill_coverage, users  # noqa: E402
from data.schema import (  # noqa: E402
    Allocation,
    HealthCell,
    PeopleLoad,
    Portfolio,
    Project,
    ProjectForecast,
    SkillCoverageRow,
    Status,
    User,
)
from tests.callbacks import PAGES_ROUTER, body_for  # noqa: E402
from tests.signin import PASSWORD, login  # noqa: E402

USER = "bench-manager"
PEOPLE = {f"resources-filter-{n}.value": [] for n in ("portfolio", "role", "skill")}


def page(path: str) -> tuple[str, dict[str, Any]]:
    return PAGES_ROUTER, {"_pages_location.pathname": path, "_pages_location.search": ""}


def find(app, prefix: str) -> str:
    """The callback key whose outputs start with ``prefix`` (keys carry every output)."""
    for key in app.callback_map:
        if key.lstrip(".").startswith(prefix):
            return key
    raise SystemExit(f"no callback writes {prefix}")


def cases(app, key: str, person: int) -> dict[str, tuple[str, dict[str, Any]]]:
    """(callback key, input values) of every page's load, page by page."""
    view = {"filters": {}, "sort": "key", "desc": False}

    def projects(**changes: Any) -> tuple[str, dict[str, Any]]:
        return find(app, "projects-table.children"), {"projects-view.data": {**view, **changes}}

    project = {"project-key.data": key}
    return {
        "overview: layout": page("/"),
        "overview: charts": (find(app, "overview-kpis.children"), {"overview-filters.data": {}}),
        "overview: insights": (find(app, "overview-insights.children"),
                               {"overview-filters.data": {}}),
        "overview status=active": (find(app, "overview-kpis.children"),
                                   {"overview-filters.data": {"status": "active"}}),
        "projects: layout": page("/projects"),
        "projects by key": projects(),
        "projects by due": projects(sort="due"),
        "projects by due desc": projects(sort="due", desc=True),
        "projects by progress desc": projects(sort="progress", desc=True),
        "projects search": projects(filters={"search": "payments"}),
        "project: layout": page(f"/projects/{key}"),
        "project: charts": (find(app, "project-status.figure"), project),
        "project: burn-up + what-if": (find(app, "project-burnup.figure"),
                                       {**project, "project-whatif-scope.value": 0,
                                        "project-whatif-team.value": 0}),
        "project: what-if +20 pts": (find(app, "project-burnup.figure"),
                                     {**project, "project-whatif-scope.value": 20,
                                      "project-whatif-team.value": 1}),
        "project: items": (find(app, "project-items.children"),
                           {**project, "project-items-page.active_page": 1}),
        "project: docs": (find(app, "project-docs.children"),
                          {**project, "project-docs-page.active_page": 1}),
        "resources: layout": page("/resources"),
        "resources: heatmap": (find(app, "resources-heatmap.figure"),
                               {"resources-heatmap-page.active_page": 1, **PEOPLE}),
        "resources: over-allocated": (find(app, "resources-over.children"),
                                      {"resources-over-page.active_page": 1, **PEOPLE}),
        "resources: skills": (find(app, "resources-skills.figure"), PEOPLE),
        "person: layout": page(f"/people/{person}"),
        "person: load": (find(app, "person-load.figure"), {"person-id.data": person}),
        "forecasts: layout": page("/forecasts"),
        "forecasts: page": (find(app, "forecasts-status.children"), {"forecasts-job.data": None}),
    }


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def rows(node: dict[str, Any]) -> float:
    """Rows a plan node produced over all its loops (EXPLAIN ANALYZE)."""
    return float(node.get("Actual Rows", 0)) * float(node.get("Actual Loops", 1))


def plan_nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    out = [plan]
    for child in plan.get("Plans", []):
        out += plan_nodes(child)
    return out


class Replayer:
    """Captures a call's statements per thread and replays them the same way, unprepared."""

    def __init__(self, engine, big: int) -> None:
        self.engine = engine
        self.big = big
        self.captured: list[tuple[int, str, Any]] = []
        self.sizes: dict[str, int] = {}
        self.postgres = engine.dialect.name == "postgresql"
        event.listen(engine, "before_cursor_execute", self._capture)

    def _capture(self, _conn, _cursor, statement, parameters, *_rest) -> None:
        self.captured.append((threading.get_ident(), statement, parameters))

    def groups(self) -> list[list[tuple[str, Any]]]:
        """Statements of each thread in order; threads in the order they first spoke."""
        by_thread: dict[int, list[tuple[str, Any]]] = {}
        for ident, statement, params in self.captured:
            by_thread.setdefault(ident, []).append((statement, params))
        return list(by_thread.values())

    def replay(self, groups: list[list[tuple[str, Any]]], pool: ThreadPoolExecutor) -> float:
        """The request thread's statements before and after the concurrent ones, which run in
        parallel (the app's request thread waits for its readers)."""
        def run(statements: list[tuple[str, Any]]) -> None:
            raw = self.engine.raw_connection()
            try:
                cursor = raw.driver_connection.cursor()
                for statement, params in statements:
                    if self.postgres:
                        cursor.execute(statement, params, prepare=False)
                    else:  # SQLite (the embedded default): its driver does not prepare
                        cursor.execute(statement, params)
                    if cursor.description is not None:
                        cursor.fetchall()
                raw.driver_connection.rollback()
            finally:
                raw.close()

        start = time.perf_counter()
        main, *parallel = groups or [[]]
        run(main)
        if parallel:
            list(pool.map(run, parallel))
        return (time.perf_counter() - start) * 1000

    def verdicts(self, statements: list[tuple[str, Any]]) -> list[tuple[str, str]]:
        """(first words of the statement, verdict) per distinct statement."""
        out = []
        raw = self.engine.raw_connection()
        try:
            cursor = raw.driver_connection.cursor()
            for statement, params in statements:
                if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue
                cursor.execute("EXPLAIN (FORMAT JSON) " + statement, params, prepare=False)
                plan = cursor.fetchone()[0][0]["Plan"]
                seq = sorted({n["Relation Name"] for n in plan_nodes(plan)
                              if n["Node Type"] == "Seq Scan"
                              and self.size(cursor, n["Relation Name"]) > self.big})
                used = sorted({n["Index Name"] for n in plan_nodes(plan) if "Index Name" in n})
                verdict = ("seq scan: " + ", ".join(seq)) if seq else "index"
                if used:
                    verdict += " (" + ", ".join(used[:4]) + ("..." if len(used) > 4 else "") + ")"
                out.append((" ".join(statement.split())[:90], verdict))
            raw.driver_connection.rollback()
        finally:
            raw.close()
        return out

    def size(self, cursor, table: str) -> int:
        if table not in self.sizes:
            cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = %s", (table,),
                           prepare=False)
            row = cursor.fetchone()
            self.sizes[table] = int(row[0]) if row else 0
        return self.sizes[table]

    def analyze(self, statements: list[tuple[str, Any]]) -> list[dict[str, Any]]:
        out = []
        raw = self.engine.raw_connection()
        try:
            cursor = raw.driver_connection.cursor()
            for statement, params in statements:
                if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, params,
                               prepare=False)
                top = cursor.fetchone()[0][0]
                nodes = plan_nodes(top["Plan"])
                out.append({
                    "statement": " ".join(statement.split())[:140],
                    "ms": top["Execution Time"], "planning_ms": top["Planning Time"],
                    "hit": top["Plan"].get("Shared Hit Blocks", 0),
                    "read": top["Plan"].get("Shared Read Blocks", 0),
                    "temp": top["Plan"].get("Temp Written Blocks", 0),
                    "indexes": sorted({n["Index Name"] for n in nodes if "Index Name" in n}),
                    "seq": sorted({f"{n['Relation Name']} ({rows(n):,.0f} rows)" for n in nodes
                                   if n["Node Type"] == "Seq Scan"
                                   and self.size(cursor, n["Relation Name"]) > self.big}),
                })
            raw.driver_connection.rollback()
        finally:
            raw.close()
        return out


def sign_in(app, services, role: str, share: float) -> Any:
    """A manager granted a share of the portfolios (all of them by default, as the load test's
    managers are), or an admin."""
    name = f"{USER}-{role}" + (f"-{share:.2f}" if role == "manager" and share < 1 else "")
    with services.Session.begin() as s:
        if s.scalar(select(User.id).where(User.username == name)) is None:
            every = list(s.scalars(select(Portfolio.id).order_by(Portfolio.id)))
            portfolios = every[:max(1, round(share * len(every)))] if role == "manager" else []
            users.create_user(s, name, PASSWORD, role, display_name="Benchmark manager",
                              portfolios=portfolios)
    client = app.server.test_client()
    response = login(client, name)
    if response.status_code not in (302, 303):
        raise SystemExit(f"sign-in failed: {response.status_code}")
    return client


def refresh_summaries(services: Any) -> None:
    """Recompute the summaries (what the job does after a write) and time it; the cold calls
    below then read them, as every request does once the job has run."""
    with services.Session.begin() as session:
        health_cells.clear(session)
        people_loads.clear(session)
        skill_coverage.clear(session)
    start = time.perf_counter()
    services.summaries.refresh()
    elapsed = (time.perf_counter() - start) * 1000
    with services.Session.begin() as session:  # committed: an ANALYZE rolled back is undone
        cells = session.scalar(select(func.count(HealthCell.id)))
        loads = session.scalar(select(func.count(PeopleLoad.resource_id)))
        skills = session.scalar(select(func.count(SkillCoverageRow.skill)))
        if services.engine.dialect.name == "postgresql":  # as autovacuum would, soon after
            for table in ("health_cells", "people_loads", "skill_coverage"):
                session.execute(text(f"ANALYZE {table}"))
    print(f"summaries: {cells:,} health cells, {loads:,} people's loads and {skills:,} skill "
          f"coverage rows, refreshed in "
          f"{elapsed:.0f} ms (the job after a write; until it has run, pages read the live data)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="database URL (a loaded scale database)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="", help="only cases whose name contains this")
    parser.add_argument("--big", type=int, default=10_000,
                        help="a sequential scan of a table above this many rows is flagged")
    parser.add_argument("--explain", action="store_true", help="print each statement's verdict")
    parser.add_argument("--analyze", type=Path, help="write EXPLAIN ANALYZE summaries here")
    parser.add_argument("--allow-no-forecasts", action="store_true")
    parser.add_argument("--role", choices=("manager", "admin"), default="manager",
                        help="sign in as a manager (default) or an admin")
    parser.add_argument("--portfolios", type=float, default=1.0,
                        help="the share of the portfolios granted to the manager (default all)")
    args = parser.parse_args()

    app = create_app(Settings(database_url=args.url, forecast_on_start=False,
                              copilot_index_on_start=False, secret_key="b" * 40))
    heap.freeze()  # as a gunicorn worker does once its app is built (post_worker_init)
    services = app.server.extensions["dashboard"]
    with services.read() as s:
        key = s.scalar(select(Project.key).join(Status, Project.status_id == Status.id)
                       .join(ProjectForecast, ProjectForecast.project_id == Project.id)
                       .where(Status.code == "active", ProjectForecast.p50_date.is_not(None))
                       .order_by(Project.id).limit(1))
        stored = s.scalar(select(func.count(ProjectForecast.project_id))) or 0
        person = s.scalar(select(Allocation.resource_id).order_by(Allocation.id).limit(1))
    if not stored and not args.allow_no_forecasts:
        raise SystemExit("no forecasts stored: run benchmarks/forecast_scale.py first")
    if key is None:
        with services.read() as s:
            key = s.scalar(select(Project.key).order_by(Project.id).limit(1))
    postgres = services.engine.dialect.name == "postgresql"
    # signed in first, as a manager is before the job refreshes the summaries (a scope signed in
    # since the last refresh reads live until the next one)
    client = sign_in(app, services, args.role, args.portfolios)
    refresh_summaries(services)
    replayer = Replayer(services.engine, args.big)
    pool = ThreadPoolExecutor(max_workers=4)

    def post(callback: str, values: dict[str, Any]) -> float:
        body = body_for(app, callback, values)
        start = time.perf_counter()
        response = client.post("/_dash-update-component", json=body)
        elapsed = (time.perf_counter() - start) * 1000
        text = response.get_data(True)
        if response.status_code != 200 or "cannot be reached" in text or "went wrong" in text:
            raise SystemExit(f"{callback[:60]} failed: {response.status_code} {text[:300]}")
        return elapsed

    print(f"{stored:,} forecasts stored; project {key}, person {person}; {args.runs} runs; "
          f"load average {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    header = (f"{'callback':28} {'cold p50':>8} {'cold p95':>8} {'warm p50':>8} {'warm p95':>8} "
              f"{'SQL p50':>7} {'SQL p95':>7} {'ratio':>5} {'stmts':>5}  plan")
    print(header)
    print("-" * len(header))
    summaries: dict[str, list[dict[str, Any]]] = {}
    results = {}
    for name, (callback, values) in cases(app, key, person).items():
        if args.only and args.only not in name:
            continue
        post(callback, values)  # PostgreSQL's buffers warm: we measure our code, not the disk
        cold, warm, sql = [], [], []
        groups: list[list[tuple[str, Any]]] = []
        for _ in range(args.runs):
            services.cache.cache.clear()
            replayer.captured.clear()
            cold.append(post(callback, values))
            groups = replayer.groups()
            sql.append(replayer.replay(groups, pool))
            warm.append(post(callback, values))
        statements = [s for g in groups for s in g]
        verdicts = replayer.verdicts(statements) if postgres else []
        seq = sorted({v for _s, v in verdicts if v.startswith("seq")})
        plan = "; ".join(seq) if seq else ("index" if verdicts else "-")
        ratio = statistics.median(cold) / max(statistics.median(sql), 1e-6)
        results[name] = {"cold_p50": statistics.median(cold), "cold_p95": p95(cold),
                         "warm_p50": statistics.median(warm), "warm_p95": p95(warm),
                         "sql_p50": statistics.median(sql), "sql_p95": p95(sql),
                         "ratio": ratio, "statements": len(statements), "plan": plan}
        print(f"{name:28} {statistics.median(cold):8.1f} {p95(cold):8.1f} "
              f"{statistics.median(warm):8.1f} {p95(warm):8.1f} {statistics.median(sql):7.1f} "
              f"{p95(sql):7.1f} {ratio:5.2f} {len(statements):5d}  {plan}", flush=True)
        if args.explain:
            for text, verdict in verdicts:
                print(f"    {verdict:50} {text}")
        if args.analyze and postgres:
            summaries[name] = replayer.analyze(statements)
    pool.shutdown()
    if args.analyze:
        write_analyze(args.analyze, summaries)
    print(json.dumps({"runs": args.runs, "database": services.engine.url.database,
                      "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}))


def write_analyze(path: Path, summaries: dict[str, list[dict[str, Any]]]) -> None:
    lines = []
    for name, rows in summaries.items():
        lines.append(f"### {name}\n")
        lines.append("| statement | ms | planning ms | buffers hit/read | temp blocks | "
                     "indexes | big seq scans |")
        lines.append("|---|---:|---:|---:|---:|---|---|")
        for r in rows:
            text = r["statement"].replace("|", "\\|")
            lines.append(f"| `{text}` | {r['ms']:.1f} | {r['planning_ms']:.1f} | "
                         f"{r['hit']:,}/{r['read']:,} | {r['temp']:,} | "
                         f"{', '.join(r['indexes']) or '-'} | {', '.join(r['seq']) or '-'} |")
        lines.append("")
    path.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
