"""Do the demo's status notes say what the health badge says?

    PYTHONPATH=. python benchmarks/note_health.py [--projects 200] [--seed 7]
        [--today 2026-06-17|today] [--url URL] [--forecasts-after-load]

Builds the demo into an empty database (a fresh SQLite file by default) as the app does:
``--today today`` runs ``python -m dashboard demo`` itself; a fixed day runs what it runs
(``load_demo`` with the command's ``demo_forecasts``, which stores forecasts before the
documents are written); then the app's start-up fill-in (``fill_in_forecasts``: forecasts for
open projects that have none; nothing when the demo stored them). ``--forecasts-after-load``
builds it as before the status notes followed the badge: the demo without forecasts, then the
fill-in stores them. Then it reads, for every open project,
the health its latest status note states ("Status of ... on <day>: <health>.") and compares it
with the badge, twice: as the app reads it (``data.detail_queries.project_detail``, i.e.
``data.metrics.health``) and with this script's own SQL of docs/metrics.md. It prints the
disagreements among the notes dated today, among every open project's latest note, and every
status note whose health is a word outside the vocabulary (on track, at risk, late, done).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from dashboard import cli  # noqa: E402
from dashboard.background import fill_in_forecasts, models_dir  # noqa: E402
from dashboard.migrate import upgrade  # noqa: E402
from dashboard.settings import Settings  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.demo import load_demo  # noqa: E402
from data.detail_queries import project_detail  # noqa: E402
from data.metrics import HEALTH  # noqa: E402
from data.scope import Scope  # noqa: E402
from models.registry import Registry  # noqa: E402

VOCABULARY = {"on track": "on_track", "at risk": "at_risk", "late": "late", "done": "closed",
              "cancelled": "closed"}
# the new-user audit's reading of the old words: "off track" as late or at risk, "starting" as
# no verdict at all; counted apart, to compare with the audit's figure
AUDIT = {"off track": {"late", "at_risk"}, "starting": set(HEALTH)}
STATED = re.compile(r"^Status of .+? on \d{1,2} \w+ \d{4}: ([^.\n]+)\.", re.M)


def stated(body: str) -> str | None:
    """The health a status note states (its first sentence), or None for a note without one
    (a note that a project was put on hold or cancelled)."""
    match = STATED.search(body)
    return match.group(1).strip().lower() if match else None


def word_badge(word: str) -> str | None:
    """The badge a note's word means; None when the word is outside the vocabulary."""
    return VOCABULARY.get(word.split(",")[0])  # "done, 5 days after the due date": done


def audit_disagrees(word: str, badge: str) -> bool:
    """The audit's count: a word of the vocabulary naming another health, or "off track"
    beside an on-track badge."""
    if word in AUDIT:
        return badge not in AUDIT[word]
    return word_badge(word) != badge


def day(value: Any) -> dt.date:
    """A date from a DATE or TIMESTAMP value (SQLite returns text, PostgreSQL datetimes)."""
    return dt.date.fromisoformat(str(value)[:10])


def own_badges(conn: Any, today: dt.date) -> dict[int, str]:
    """docs/metrics.md written out again over the base tables (no rollups, no data.metrics)."""
    out = {}
    for pid, closed, start, due, p, scope, done in conn.execute(text("""
            SELECT p.id, s.is_closed, p.start_date, p.due_date, f.p_on_time,
                   (SELECT coalesce(sum(w.story_points), 0) FROM work_items w
                     WHERE w.project_id = p.id),
                   (SELECT coalesce(sum(w.story_points), 0) FROM work_items w
                     WHERE w.project_id = p.id AND w.status = 'done')
            FROM projects p JOIN statuses s ON s.id = p.status_id
            LEFT JOIN project_forecasts f ON f.project_id = p.id""")):
        start, due = (day(start) if start else None), (day(due) if due else None)
        if closed:
            out[pid] = "closed"
        elif due is not None and due < today:
            out[pid] = "late"
        elif p is not None:
            out[pid] = "at_risk" if p < 0.5 else "on_track"
        else:
            behind = False
            if start and due and start <= today <= due and (due - start).days > 0:
                progress = done / scope if scope else 0.0
                behind = progress < (today - start).days / (due - start).days - 0.15
            out[pid] = "at_risk" if behind else "on_track"
    return out


def build(url: str | None, projects: int, seed: int, today: dt.date | None, work: Path,
          after: bool) -> tuple[Any, dt.date]:
    """The demo as the app builds it (see the module's docstring); and its today."""
    url = url or f"sqlite:///{work / 'notes.db'}"
    settings = Settings(data_dir=work, database_url=url, secret_key="note-health-" + "x" * 20)
    engine = make_engine(url)
    upgrade(engine)
    if today is None and not after:
        os.environ.update(DATA_DIR=str(work), DATABASE_URL=url, SECRET_KEY=settings.secret_key)
        assert cli.main(["demo", "--projects", str(projects), "--seed", str(seed)]) == 0
        today = dt.date.today()
    else:
        today = today or dt.date.today()
        forecast = None if after else cli.demo_forecasts(settings, today)
        load_demo(engine, projects, seed=seed, today=today, forecast=forecast)
    job = fill_in_forecasts(make_sessionmaker(engine), Registry(models_dir(settings)), today)
    print(f"demo: {projects} projects, seed {seed}, today {today}; the app's start-up fill-in: "
          + (f"{job.scored} open projects by {job.method}" if job else "nothing to do"))
    return engine, today


def compare(engine: Any, today: dt.date) -> dict[str, int]:
    factory = make_sessionmaker(engine)
    with engine.connect() as conn:
        own = own_badges(conn, today)
        notes = [(pid, key, kind, body, created) for pid, key, kind, body, created in
                 conn.execute(text("""
                    SELECT d.project_id, p.key, d.kind, d.body, d.created_at
                    FROM documents d JOIN projects p ON p.id = d.project_id
                    WHERE d.kind = 'status_note' ORDER BY d.project_id, d.created_at, d.id"""))]
    latest: dict[int, tuple[str, str, dt.date]] = {}
    outside: Counter[str] = Counter()
    for pid, key, _kind, body, created in notes:
        word = stated(body)
        if word is None:
            continue
        if word_badge(word) is None:
            outside[word] += 1
        latest[pid] = (key, word, day(created))
    open_ids = [pid for pid, badge in own.items() if badge != "closed" and pid in latest]
    app: dict[int, str] = {}
    with factory() as session:
        for pid in open_ids:
            detail = project_detail(session, Scope.everything(), latest[pid][0], today)
            assert detail is not None
            app[pid] = detail.health
    figures: dict[str, int] = {}
    for label, ids in (("dated today", [i for i in open_ids if latest[i][2] == today]),
                       ("latest, any date", open_ids)):
        pairs: Counter[tuple[str, str]] = Counter()
        both_disagree = audit = 0
        for pid in ids:
            key, word, _day = latest[pid]
            if app[pid] != own[pid]:
                print(f"  !! {key}: app's badge {app[pid]} but own SQL {own[pid]}")
            if word_badge(word) != app[pid]:
                pairs[(word, app[pid])] += 1
            both_disagree += word_badge(word) != own[pid]
            audit += audit_disagrees(word, app[pid])
        wrong = sum(pairs.values())
        print(f"open projects whose latest note is {label}: {len(ids)}; note differs from the "
              f"badge: {wrong} (app's query), {both_disagree} (own SQL); read as the audit "
              f"did ('off track' = late or at risk, 'starting' = no verdict): {audit}")
        for (word, badge), n in sorted(pairs.items()):
            print(f"    note '{word}' beside badge {badge}: {n}")
        figures[label] = wrong
    every = [(pid, stated(body)) for pid, _k, _kind, body, _c in notes
             if pid in app and stated(body) is not None]
    older = sum(word_badge(word) != app[pid] for pid, word in every if word is not None)
    print(f"every status note of those projects, any date: {len(every)}; differs from today's "
          f"badge: {older} (a note of an earlier day may: it states the health of its day)")
    figures["every note"] = older
    total = sum(1 for _p, _k, _kind, body, _c in notes if stated(body) is not None)
    print(f"status notes stating a health: {total}; outside the vocabulary: "
          f"{sum(outside.values())} {dict(outside)}")
    figures["outside vocabulary"] = sum(outside.values())
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--today", default="2026-06-17", help="a day, or 'today'")
    parser.add_argument("--url", default=None, help="an empty database (default: a new SQLite)")
    parser.add_argument("--forecasts-after-load", action="store_true",
                        help="load the demo without forecasts, then store them")
    args = parser.parse_args(argv)
    day = None if args.today == "today" else dt.date.fromisoformat(args.today)
    with tempfile.TemporaryDirectory(prefix="note-health-") as work:
        engine, today = build(args.url, args.projects, args.seed, day, Path(work),
                              args.forecasts_after_load)
        compare(engine, today)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
