"""Data questions about the demo portfolio, answered by the copilot without a model.

    python benchmarks/copilot_questions.py [--projects 200] [--seed 7]

Loads the seeded demo into a fresh SQLite database, works out each question's exact answer with
its own SQL (independent of the copilot's queries), asks the copilot (no LLM), and counts an
answer exact when every expected value appears in it (counts: in its first line). Target: 90 %.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from dashboard.migrate import upgrade  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.demo import load_demo  # noqa: E402
from data.scope import Scope  # noqa: E402
from models.copilot.answer import Copilot  # noqa: E402
from models.copilot.retrieval import DocumentIndex  # noqa: E402

TODAY = dt.date(2026, 6, 17)


def rows(conn, sql: str, **params) -> list:
    return conn.execute(text(sql), params).all()


def one(conn, sql: str, **params):
    return conn.execute(text(sql), params).scalar()


def questions(conn) -> list[tuple[str, list[str], bool]]:
    """(question, expected values, whether they must be in the first line)."""
    qs: list[tuple[str, list[str], bool]] = []
    count = "SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id "
    qs.append(("How many projects are there?", [str(one(conn, count))], True))
    for code, words in [("active", "active"), ("on_hold", "on hold"), ("proposed", "proposed"),
                        ("cancelled", "cancelled"), ("done", "done")]:
        n = one(conn, count + "WHERE s.code = :c", c=code)
        qs.append((f"How many {words} projects are there?", [str(n)], True))
    pri = count + "JOIN priorities r ON r.id = p.priority_id WHERE r.code = :p"
    qs.append(("How many critical priority projects do we have?",
               [str(one(conn, pri, p="critical"))], True))
    qs.append(("How many high priority projects are active?",
               [str(one(conn, pri + " AND s.code = 'active'", p="high"))], True))
    late = count + "WHERE s.is_closed = 0 AND p.due_date < :t"
    qs.append(("How many projects are late?", [str(one(conn, late, t=TODAY))], True))
    overdue = rows(conn, "SELECT p.key FROM projects p JOIN statuses s ON s.id = p.status_id "
                         "WHERE s.is_closed = 0 AND p.due_date < :t ORDER BY p.due_date, p.key "
                         "LIMIT 5", t=TODAY)
    qs.append(("Which projects are late?", [k for (k,) in overdue], False))
    for (name,) in rows(conn, "SELECT name FROM portfolios ORDER BY name LIMIT 3"):
        n = one(conn, count + "JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = :n",
                n=name)
        qs.append((f"How many projects are in {name}?", [str(n)], True))
        n = one(conn, late + " AND p.portfolio_id = (SELECT id FROM portfolios WHERE name = :n)",
                t=TODAY, n=name)
        qs.append((f"How many late projects are in {name}?", [str(n)], True))
    owner, n = rows(conn, "SELECT owner, count(*) FROM projects GROUP BY owner "
                          "ORDER BY count(*) DESC, owner LIMIT 1")[0]
    qs.append((f"How many projects are owned by {owner}?", [str(n)], True))
    picked = rows(conn, "SELECT p.key, s.label, p.owner, p.due_date, p.id FROM projects p "
                        "JOIN statuses s ON s.id = p.status_id ORDER BY p.key LIMIT 200")[::23]
    for key, label, *_rest in picked[:5]:
        qs.append((f"What is the status of {key}?", [label], False))
    for key, _label, owner, *_rest in picked[3:6]:
        qs.append((f"Who owns {key}?", [owner], False))
    for key, _label, _owner, due, _pid in picked[5:8]:
        qs.append((f"When is {key} due?", [str(due)], False))
    for key, *_rest, pid in picked[1:4]:
        total, done = rows(conn, "SELECT coalesce(sum(story_points), 0), coalesce(sum(CASE "
                                 "WHEN status = 'done' THEN story_points END), 0) "
                                 "FROM work_items WHERE project_id = :p", p=pid)[0]
        pct = round(100.0 * done / total, 1) if total else 0.0
        qs.append((f"What is the progress of {key}?", [f"{pct}%"], False))
    for key, *_rest, pid in picked[4:6]:
        n = one(conn, "SELECT count(*) FROM work_items WHERE project_id = :p AND "
                      "status != 'done'", p=pid)
        qs.append((f"How many open work items does {key} have?", [f"{n} open"], False))
        n = one(conn, "SELECT count(*) FROM documents WHERE project_id = :p", p=pid)
        qs.append((f"How many documents does {key} have?", [f"Documents: {n}"], False))
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    for weeks in (4, 8):
        first = dt.datetime.combine(monday - dt.timedelta(weeks=weeks - 1), dt.time())
        end = dt.datetime.combine(monday + dt.timedelta(weeks=1), dt.time())
        items, points = rows(conn, "SELECT count(*), coalesce(sum(story_points), 0) FROM "
                                   "work_items WHERE done_at >= :a AND done_at < :b",
                             a=first, b=end)[0]
        qs.append((f"How many work items were finished in the last {weeks} weeks?",
                   [f"{items} work items"], True))
        qs.append((f"How many points were completed in the last {weeks} weeks?",
                   [f"{points} points"], True))
    people = over_allocated(conn)
    qs.append(("Who is over-allocated next month?",
               [f"{len(people)} people over-allocated", *people[:5]], False))
    for (key,) in rows(conn, "SELECT p.key FROM projects p WHERE EXISTS (SELECT 1 FROM "
                             "documents d WHERE d.project_id = p.id AND d.kind = "
                             "'meeting_minutes') ORDER BY p.key LIMIT 3"):
        body = one(conn, "SELECT d.body FROM documents d JOIN projects p ON p.id = d.project_id "
                         "WHERE p.key = :k AND d.kind = 'meeting_minutes' "
                         "ORDER BY d.created_at DESC LIMIT 1", k=key)
        decision = re.search(r"decided to ([^.\n]+)", body).group(1)
        qs.append((f"What did the team decide in the last meeting of {key}?", [decision], False))
    return qs


def over_allocated(conn) -> list[str]:
    """People above 100 % on some day of next month, highest peak first, by a day-by-day count
    (not the copilot's sweep over period boundaries)."""
    first = (TODAY.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    load: dict[tuple[str, dt.date], float] = defaultdict(float)
    for name, share, start, end in rows(
            conn, "SELECT r.name, a.share, a.period_start, a.period_end FROM allocations a "
                  "JOIN resources r ON r.id = a.resource_id "
                  "WHERE a.period_start <= :l AND a.period_end >= :f", f=first, l=last):
        start, end = dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(end))
        day = max(start, first)
        while day <= min(end, last):
            load[(name, day)] += share
            day += dt.timedelta(days=1)
    peak: dict[str, float] = defaultdict(float)
    for (name, _day), total in load.items():
        peak[name] = max(peak[name], total)
    return sorted((n for n, p in peak.items() if p > 1.0 + 1e-9), key=lambda n: (-peak[n], n))


def exact(answer: str, expected: list[str], first_line: bool) -> bool:
    haystack = answer.split("\n", 1)[0] if first_line else answer
    plain = haystack.replace("**", "")
    return all(re.search(rf"(?<![\w.]){re.escape(e)}(?![\w]|\.\d)", plain) for e in expected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="copilot-questions-"))
    engine = make_engine(f"sqlite:///{work / 'demo.db'}")
    upgrade(engine)
    load_demo(engine, args.projects, seed=args.seed, today=TODAY)
    session_factory = make_sessionmaker(engine)
    index = DocumentIndex(work / "index")
    with session_factory() as session:
        stats = index.sync(session)
    copilot = Copilot(session_factory, index=index, today=lambda: TODAY)
    with engine.connect() as conn:
        qs = questions(conn)
    good, started = 0, time.perf_counter()
    for question, expected, first_line in qs:
        answer = copilot.ask(question, Scope.everything())
        ok = exact(answer.text, expected, first_line)
        good += ok
        if args.verbose or not ok:
            print(f"{'OK  ' if ok else 'MISS'} {question}\n     expected {expected}\n     "
                  f"tools {[(c['name'], c['args']) for c in answer.tool_calls]}\n     "
                  + answer.text.replace("\n", "\n     ")[:600])
    elapsed = time.perf_counter() - started
    print(f"\n{good} of {len(qs)} questions answered exactly without a model "
          f"({100 * good / len(qs):.1f} %); {stats.documents} documents indexed; "
          f"{1000 * elapsed / len(qs):.0f} ms per question")
    return 0 if good / len(qs) >= 0.9 else 1


if __name__ == "__main__":
    raise SystemExit(main())
