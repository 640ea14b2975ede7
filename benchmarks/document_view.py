"""Server time of the document view (/documents/<id>) through Dash's page router, cold and warm.

    python benchmarks/document_view.py [--words 2500 25000] [--runs 10]

Writes one meeting per size into a fresh SQLite database (turns of the test fixture meeting,
repeated), then posts the page router's request the way the browser does, with a cited passage
and with a search. "cold" clears the app cache before each call (split, digest and render);
"warm" repeats it with the document cached (render only). Prints median and p95 in ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.schema import Document, Portfolio, Priority, Project, Status

ROOT = Path(__file__).resolve().parents[1]
MEETING = (ROOT / "tests" / "fixtures" / "meetings" / "checkout_sync.txt").read_text()
ROUTER = ".._pages_content.children..._pages_store.data.."


def body(pathname: str, search: str) -> dict:
    return {"output": ROUTER,
            "outputs": [{"id": "_pages_content", "property": "children"},
                        {"id": "_pages_store", "property": "data"}],
            "inputs": [{"id": "_pages_location", "property": "pathname", "value": pathname},
                       {"id": "_pages_location", "property": "search", "value": search}],
            "changedPropIds": ["_pages_location.pathname"], "state": []}


def seed(url: str, sizes: list[int]) -> list[tuple[int, int]]:
    engine = make_engine(url)
    upgrade(engine)
    words = len(MEETING.split())
    out = []
    with make_sessionmaker(engine).begin() as s:
        portfolio = Portfolio(name="Bench")
        s.add(portfolio)
        s.flush()
        active = s.scalars(select(Status.id).where(Status.code == "active")).one()
        medium = s.scalars(select(Priority.id).where(Priority.code == "medium")).one()
        project = Project(key="B-1", name="Bench", portfolio_id=portfolio.id,
                          status_id=active, priority_id=medium)
        s.add(project)
        s.flush()
        for size in sizes:
            doc = Document(project_id=project.id, kind="meeting_minutes", title=f"{size} words",
                           body=MEETING * max(1, round(size / words)),
                           created_at=dt.datetime(2026, 5, 4, 10))
            s.add(doc)
            s.flush()
            out.append((size, doc.id))
    engine.dispose()
    return out


def timed(client, app, pathname: str, search: str, runs: int, cold: bool) -> list[float]:
    cache = app.server.extensions["dashboard"].cache
    times = []
    for _ in range(runs):
        if cold:
            cache.cache.clear()
        start = time.perf_counter()
        response = client.post("/_dash-update-component", json=body(pathname, search))
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200 and b"document-title" in response.data, \
            response.data[:200]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[2500, 25000])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="docview-bench-"))
    settings = Settings(data_dir=folder, forecast_on_start=False, copilot_index_on_start=False)
    docs = seed(settings.database_url, args.words)
    app = create_app(settings, resolve_viewer=everyone_is_system, start=False)
    client = app.server.test_client()
    client.get("/healthz")
    print(f"{'words':>7} {'search':<18} {'cold med':>9} {'cold p95':>9} {'warm med':>9} "
          f"{'warm p95':>9}  (ms, {args.runs} runs)")
    for size, doc_id in docs:
        for search in (f"?passage=d{doc_id}-p3", "?q=fallback+switch"):
            cold = timed(client, app, f"/documents/{doc_id}", search, args.runs, True)
            warm = timed(client, app, f"/documents/{doc_id}", search, args.runs, False)

            def p95(xs: list[float]) -> float:
                return sorted(xs)[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]

            print(f"{size:>7} {search[:18]:<18} {statistics.median(cold):>9.1f} "
                  f"{p95(cold):>9.1f} {statistics.median(warm):>9.1f} {p95(warm):>9.1f}")
    app.server.extensions["dashboard"].stop()


if __name__ == "__main__":
    main()
