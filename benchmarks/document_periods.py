"""How the copilot reads the period of a document question, on questions written blind.

    python benchmarks/document_periods.py [--work DIR] [--show dev]

The questions (``document_periods_unseen.py``) were written by a session that never read the
copilot's code: each says on which dates the documents asked about were written, as a careful
reader understands it on Wednesday 17 June 2026, or that it names no such period (none at all,
or only a deadline). They are asked without a model of the demo portfolio (40 projects, seed 7).
Odd ids are the dev half (their misses may be read and worked on); even ids are held out (only
their figures are printed, unless ``--show held-out``).

Per half: the share of questions whose period was read as written (the tool's ``start`` and
``end`` equal the expected dates; for the questions that name none, no dates at all), the share
of cited documents written in the expected period (the benchmark's own SQL), the share of
answers that stayed in the named project, and, where nothing was written in the period, the
share answered "nothing then" with the question offered without its period.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_sets import DEV, HELD_OUT, arguments, demo_copilot, half, share, shown  # noqa: E402
from document_periods_unseen import QUESTIONS  # noqa: E402
from sqlalchemy import text  # noqa: E402

from data.scope import Scope  # noqa: E402

DOCUMENT_TOOLS = {"search_documents", "latest_document", "latest_documents", "documents"}


def grade(q: dict[str, Any], answer: Any, written: dict[int, tuple[dt.date, str]]) -> dict:
    calls = [c for c in answer.tool_calls if c["name"] in DOCUMENT_TOOLS]
    args = calls[0]["args"] if calls else {}
    got = (args.get("start"), args.get("end"))
    asked = answer.kind == "clarify"
    if q.get("no_period"):
        period_ok = not asked and got == (None, None)
    else:
        period_ok = got == (q["start"], q["end"]) or (asked and bool(q.get("ambiguous")))
    docs = [c.doc_id for c in answer.citations if c.kind == "document" and c.doc_id]
    first = dt.date.fromisoformat(q["start"]) if q.get("start") else dt.date.min
    last = dt.date.fromisoformat(q["end"]) if q.get("end") else dt.date.max
    in_period = [first <= written[d][0] <= last for d in docs]
    in_project = [written[d][1] == q["project"] for d in docs] if q.get("project") else []
    empty = not q.get("no_period") and not any(
        first <= day <= last and (not q.get("project") or key == q["project"])
        for day, key in written.values())
    nothing_then = answer.kind == "refuse" and "Search all dates" in answer.choices
    return {"period": period_ok, "in_period": in_period, "in_project": in_project,
            "empty": empty, "nothing_then": nothing_then, "got": got, "kind": answer.kind,
            "interpretation": answer.interpretation}


def report(name: str, rows: list[tuple[dict, dict]], show: bool) -> None:
    named = [g for q, g in rows if not q.get("no_period")]
    unnamed = [g for q, g in rows if q.get("no_period")]
    print(f"\n== {name}: {len(rows)} questions ==")
    print(f"period read as written (a period named)  {share([g['period'] for g in named])}")
    print(f"no dates used (no period, or a deadline) {share([g['period'] for g in unnamed])}")
    print(f"cited documents written in the period    "
          f"{share([x for g in named for x in g['in_period']])}")
    print(f"cited documents of the named project     "
          f"{share([x for _q, g in rows for x in g['in_project']])}")
    print(f"nothing written then: said, all dates offered "
          f"{share([g['nothing_then'] for g in named if g['empty']])}")
    if show:
        for q, g in rows:
            if not g["period"] or not all(g["in_period"]) or not all(g["in_project"]) or (
                    g["empty"] and not g["nothing_then"]):
                want = "none" if q.get("no_period") else (q["start"], q["end"])
                print(f"- {q['id']} {q['question']!r}\n    want {want}, got {g['got']} "
                      f"({g['kind']}); {g['interpretation']}")


def main(argv: list[str] | None = None) -> int:
    args, work = arguments(__doc__, argv, "doc-periods-")
    copilot, engine = demo_copilot(work)
    with engine.connect() as conn:
        documents = {i: ((at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(
            str(at))).date(), key) for i, at, key in conn.execute(text(
                "SELECT d.id, d.created_at, p.key FROM documents d JOIN projects p "
                "ON p.id = d.project_id"))}
    halves: dict[str, list[tuple[dict, dict]]] = {DEV: [], HELD_OUT: []}
    for q in QUESTIONS:
        answer = copilot.ask(q["question"], Scope.everything())
        halves[half(q["id"])].append((q, grade(q, answer, documents)))
    for name, rows in halves.items():
        report(name, rows, shown(name, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
