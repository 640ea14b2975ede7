"""One number per concept: the demo's figure for each concept as every page states it.

    python benchmarks/vocabulary.py [--projects 200] [--seed 7] [--today 2026-06-17]

Loads the seeded demo into a fresh SQLite database, scores forecasts as the app does at start-up,
then calls each page's callbacks as plain functions (the overview, Insights, the projects table,
the Forecasts page, Resources, a project page and its what-if), the CSV export and the copilot,
and prints one row per concept with what each place says. A concept reads the same everywhere
when its row has one value; the last column says so.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from plotly.utils import PlotlyJSONEncoder  # noqa: E402

from dashboard.app import create_app  # noqa: E402
from dashboard.migrate import upgrade  # noqa: E402
from dashboard.settings import Settings  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.demo import load_demo  # noqa: E402
from data.project_queries import project_page  # noqa: E402
from data.resource_queries import overallocated  # noqa: E402
from data.viewer import Viewer  # noqa: E402
from models import jobs  # noqa: E402
from pages import forecasts, overview, project, projects  # noqa: E402

SYSTEM = Viewer.system()


def plain(value: Any) -> str:
    return json.dumps(value, cls=PlotlyJSONEncoder, ensure_ascii=False)


def find(tree: Any, wanted: str) -> Any:
    if isinstance(tree, dict):
        props = tree.get("props", tree)
        if props.get("id") == wanted:
            return props
        return next((f for f in (find(v, wanted) for v in tree.values()) if f is not None), None)
    if isinstance(tree, list):
        return next((f for f in (find(v, wanted) for v in tree) if f is not None), None)
    return None


def kpi(tree: Any, wanted: str) -> int | None:
    found = find(json.loads(plain(tree)), wanted)
    return None if found is None else int(str(found["children"]).replace(",", ""))


def insight(text: str, pattern: str) -> int:
    found = re.search(pattern, text)
    return int(found.group(1).replace(",", "")) if found else 0


def table_total(services: Any, **filters: str) -> int:
    out = projects.show_page(services, SYSTEM, {"filters": filters, "sort": "key",
                                                "desc": False})
    found = re.search(r"of ([\d,]+) projects", out[1])
    return int(found.group(1).replace(",", "")) if found else 0


def copilot_count(services: Any, question: str) -> int | str:
    answer = services.copilot.copilot.ask(question, SYSTEM.scope)
    result = getattr(answer, "result", None) or {}
    if result.get("count") is not None:
        return int(result["count"])
    first = re.search(r"\d[\d,]*", answer.text.replace("*", ""))
    return int(first.group(0).replace(",", "")) if first else "—"


def copilot_percent(services: Any, question: str) -> str:
    answer = services.copilot.copilot.ask(question, SYSTEM.scope)
    value = (getattr(answer, "result", None) or {}).get("value")
    if isinstance(value, float):
        return f"{round(100 * value)} %"
    found = re.search(r"(\d+)\s?%", answer.text)
    return f"{found.group(1)} %" if found else "—"


def csv_health(services: Any) -> Counter[str]:
    client = services.flask_app.test_client()
    body = client.get("/download/projects.csv").get_data(as_text=True)
    return Counter(row["health"] for row in csv.DictReader(io.StringIO(body)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 6, 17))
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vocabulary-"))
    settings = Settings(data_dir=folder, forecast_on_start=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, args.projects, seed=args.seed, today=args.today)
    jobs.retrain_and_score(make_sessionmaker(engine), folder / "models", args.today)
    app = create_app(settings, resolve_viewer=lambda _request: SYSTEM, start=False)
    services = app.server.extensions["dashboard"]
    services.today = lambda: args.today
    services.flask_app = app.server

    kpis = overview.refresh(services, SYSTEM, {})[0]
    text = plain(overview.show_insights(services, SYSTEM, {}))
    summary = forecasts.refresh(services, SYSTEM, None)[1]
    health = csv_health(services)
    with services.read() as session:  # the Resources page's list, all its pages
        over_total = overallocated(session, SYSTEM.scope, args.today).total
    rows: list[tuple[str, dict[str, Any]]] = [
        ("Late projects", {
            "overview KPI": kpi(kpis, "overview-kpi-late"),
            "Insights": insight(text, r"([\d,]+) projects? past due"),
            "projects table (health=late)": table_total(services, health="late"),
            "CSV export": health["late"],
            "copilot": copilot_count(services, "How many projects are late?"),
        }),
        ("At-risk projects", {
            "overview KPI": kpi(kpis, "overview-kpi-at-risk"),
            "Insights": insight(text, r"([\d,]+) projects? at risk"),
            "projects table (health=at_risk)": table_total(services, health="at_risk"),
            "Forecasts page KPI": kpi(summary, "forecasts-kpi-at-risk"),
            "CSV export": health["at_risk"],
            "copilot": copilot_count(services, "How many projects are at risk?"),
        }),
        ("On-track projects", {
            "projects table (health=on_track)": table_total(services, health="on_track"),
            "CSV export": health["on_track"],
            "copilot": copilot_count(services, "How many projects are on track?"),
        }),
        ("Open projects", {
            "Forecasts page KPI": kpi(summary, "forecasts-kpi-open"),
            "projects table (open statuses)": sum(
                table_total(services, status=code) for code in ("proposed", "active",
                                                                "on_hold")),
            "CSV export": sum(v for k, v in health.items() if k != "closed"),
            "copilot": copilot_count(services, "How many open projects are there?"),
        }),
        ("Over-allocated people this week", {
            "Resources page": over_total,
            "copilot": copilot_count(services, "How many people are over-allocated this week?"),
        }),
    ]
    with services.read() as session:  # the least likely open project
        first = project_page(session, SYSTEM.scope, args.today, sort="p_on_time",
                             page_size=1).items[0]
    key = first.key
    card = plain(find(json.loads(plain(project.charts(services, SYSTEM, key)[3])),
                      "project-p-on-time"))
    what_if = plain(project.scenario(services, SYSTEM, key, 0, 0))
    header = re.search(r"(\d+)\s?%", card)
    baseline = re.search(r"P\(on time\): (\d+)%", what_if)
    rows.append((f"P(on time) of {key}", {
        "project page header": f"{header.group(1)} %" if header else "—",
        "what-if baseline": f"{baseline.group(1)} %" if baseline else "—",
        "projects table": f"{round(100 * first.p_on_time)} %",
        "copilot": copilot_percent(services, f"What are the chances {key} finishes on time?"),
    }))

    print(f"Demo: {args.projects} projects, seed {args.seed}, as of {args.today}\n")
    print(f"{'concept':34} {'where':34} {'says':>8}")
    for concept, places in rows:
        values = {str(v) for v in places.values()}
        for i, (where, value) in enumerate(places.items()):
            print(f"{concept if i == 0 else '':34} {where:34} {value!s:>8}")
        print(f"{'':34} {'→ one number' if len(values) == 1 else '→ DIFFERENT':34}\n")
    services.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
