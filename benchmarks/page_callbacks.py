"""Server time of every page callback, cold and warm cache, against the same SQL run raw.

    python benchmarks/page_callbacks.py --url postgresql://postgres@127.0.0.1/scale [--runs 15]

Each callback is posted the way the Dash renderer posts it (Flask test client, so routing,
JSON encoding and figure building count). "cold" clears the app cache before every call, "warm"
repeats the call with the cache filled. "raw SQL" replays the exact statements and parameters
the callback issued on a plain DBAPI connection of the same engine. Targets (issue 3): p95 under
200 ms cold and 20 ms warm; cold within 1.5x of raw SQL.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from sqlalchemy import event, select

from dashboard.app import create_app
from dashboard.settings import Settings
from data.schema import Project, Status

NAV = ("first", "prev", "next", "last")
GRAPHS = ("status-priority", "throughput", "burnup", "portfolios", "due")
OVERVIEW = [("overview-kpis", "children"), *[(f"overview-{g}", "figure") for g in GRAPHS],
            *[(f"overview-{g}-alt", "children") for g in GRAPHS], ("overview-alert", "children")]
PROJECTS = [("projects-table", "children"), ("projects-count", "children"),
            ("projects-cursor", "data"), *[(f"projects-{n}", "disabled") for n in NAV],
            ("projects-export", "href"), ("projects-alert", "children")]
PEOPLE_FILTERS = [(f"resources-filter-{n}", "value", []) for n in ("portfolio", "role", "skill")]


def payload(outputs, inputs, state=()):
    many = len(outputs) > 1
    return {
        "output": ("..." .join(f"{i}.{p}" for i, p in outputs)).join(["..", ".."]) if many
        else f"{outputs[0][0]}.{outputs[0][1]}",
        "outputs": [{"id": i, "property": p} for i, p in outputs] if many
        else {"id": outputs[0][0], "property": outputs[0][1]},
        "inputs": [{"id": i, "property": p, "value": v} for i, p, v in inputs],
        "changedPropIds": [f"{i}.{p}" for i, p, _ in inputs[:1]],
        "state": [{"id": i, "property": p, "value": v} for i, p, v in state],
    }


def projects_view(filters=None, sort="key", desc=False):
    inputs = [("projects-view", "data", {"filters": filters or {}, "sort": sort, "desc": desc})]
    return payload(PROJECTS, inputs)


def cases(key: str) -> dict[str, dict]:
    return {
        "overview": payload(OVERVIEW, [("overview-filters", "data", {})]),
        "overview status=active": payload(OVERVIEW, [("overview-filters", "data",
                                                      {"status": "active"})]),
        "projects by key": projects_view(),
        "projects by due": projects_view(sort="due"),
        "projects by progress desc": projects_view(sort="progress", desc=True),
        "projects search": projects_view({"search": "payments"}),
        "project charts": payload([("project-status", "figure"),
                                   ("project-status-alt", "children"),
                                   ("project-people", "children"),
                                   ("project-forecast", "children"),
                                   ("project-alert", "children")],
                                  [("project-key", "data", key)]),
        "project burn-up and what-if": payload(
            [("project-burnup", "figure"), ("project-burnup-alt", "children"),
             ("project-whatif-result", "children")],
            [("project-key", "data", key), ("project-whatif-scope", "value", 0),
             ("project-whatif-team", "value", 0)]),
        "project items": payload([("project-items", "children"),
                                  ("project-items-page", "max_value")],
                                 [("project-key", "data", key),
                                  ("project-items-page", "active_page", 1)]),
        "project docs": payload([("project-docs", "children"), ("project-docs-page", "max_value")],
                                [("project-key", "data", key),
                                 ("project-docs-page", "active_page", 1)]),
        "resources heatmap": payload([("resources-heatmap", "figure"),
                                      ("resources-heatmap-alt", "children"),
                                      ("resources-heatmap-page", "max_value"),
                                      ("resources-alert", "children")],
                                     [("resources-heatmap-page", "active_page", 1),
                                      *PEOPLE_FILTERS]),
        "resources over-allocated": payload([("resources-over", "children"),
                                             ("resources-over-page", "max_value")],
                                            [("resources-over-page", "active_page", 1),
                                             *PEOPLE_FILTERS]),
        "resources skills": payload([("resources-skills", "figure"),
                                     ("resources-skills-alt", "children")], PEOPLE_FILTERS),
    }


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="database URL (a loaded scale database)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    app = create_app(Settings(database_url=args.url, forecast_on_start=False,
                              copilot_index_on_start=False))
    services = app.server.extensions["dashboard"]
    client = app.server.test_client()
    with services.read() as s:
        key = s.scalar(select(Project.key).join(Status, Project.status_id == Status.id)
                       .where(Status.code == "active").order_by(Project.id).limit(1))
    captured: list[tuple[str, object]] = []
    event.listen(services.engine, "before_cursor_execute",
                 lambda _c, _cur, stmt, params, *_: captured.append((stmt, params)))

    def post(body) -> float:
        start = time.perf_counter()
        response = client.post("/_dash-update-component", json=body)
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200 or "cannot be reached" in response.get_data(True):
            raise SystemExit(f"callback failed: {response.status_code} {response.data[:300]}")
        return elapsed

    def raw(statements) -> float:
        with services.engine.connect() as conn:
            cursor = conn.connection.driver_connection.cursor()
            start = time.perf_counter()
            for stmt, params in statements:
                cursor.execute(stmt, params)
                cursor.fetchall()
            return (time.perf_counter() - start) * 1000

    header = (f"{'callback':28} {'cold p50':>9} {'cold p95':>9} {'warm p50':>9} {'warm p95':>9}"
              f" {'raw p50':>8} {'raw p95':>8} {'cold/raw':>8} {'SQL':>4}")
    print(header)
    print("-" * len(header))
    for name, body in cases(key).items():
        post(body)  # let PostgreSQL's own buffers warm up: we measure our cache, not the disk
        cold, warm, sql = [], [], []
        for _ in range(args.runs):
            services.cache.cache.clear()
            captured.clear()
            cold.append(post(body))
            statements = list(captured)
            sql.append(raw(statements))
            warm.append(post(body))
        ratio = statistics.median(cold) / max(statistics.median(sql), 1e-6)
        print(f"{name:28} {statistics.median(cold):9.1f} {p95(cold):9.1f} "
              f"{statistics.median(warm):9.1f} {p95(warm):9.1f} {statistics.median(sql):8.1f} "
              f"{p95(sql):8.1f} {ratio:8.2f} {len(statements):4d}")
    print(json.dumps({"runs": args.runs, "database": services.engine.url.render_as_string()}))


if __name__ == "__main__":
    main()
