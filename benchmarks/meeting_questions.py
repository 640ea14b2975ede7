"""What the copilot answers about decisions, actions, risks and topics of meetings, on questions
written blind.

    python benchmarks/meeting_questions.py [--work DIR] [--show dev]

The questions (``meeting_questions_unseen.py``, and a second set with other wordings and more
risk questions, ``meeting_questions_unseen2.py``) were each written by a session that never
read the copilot's code, with the documents an answer must cite (any of them) and the phrases
it must quote (any of them), computed with that session's own SQL over the demo (40 projects,
seed 7, today 17 June 2026). They are asked without a model. Per half (odd ids: dev; even ids: held
out) and kind it prints how many answers were right (a cited document and a phrase of it),
partial (one of the two), wrong, asked back or refused.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_sets import DEV, HELD_OUT, arguments, demo_copilot, half, shown  # noqa: E402
from meeting_questions_unseen import QUESTIONS as FIRST  # noqa: E402
from meeting_questions_unseen2 import QUESTIONS as SECOND  # noqa: E402

from data.scope import Scope  # noqa: E402

GRADES = ("right", "partial", "wrong", "asked", "refused")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_>`]", " ", text).split()).lower()


def grade(q: dict[str, Any], answer: Any) -> str:
    if answer.kind == "clarify":
        return "asked"
    if answer.kind == "refuse":
        return "refused"
    cited = {c.doc_id for c in answer.citations if c.kind == "document"} & set(q["must_cite"])
    said = any(_plain(p) in _plain(answer.text) for p in q["must_say"])
    return "right" if cited and said else "partial" if cited or said else "wrong"


def report(name: str, rows: list[tuple[dict, str, Any]], show: bool) -> None:
    print(f"\n== {name}: {len(rows)} questions ==")
    print(f"{'kind':16}" + "".join(f"{g:>10}" for g in GRADES))
    kinds = sorted({q["kind"] for q, _g, _a in rows})
    for kind in [*kinds, "all"]:
        counts = Counter(g for q, g, _a in rows if kind in ("all", q["kind"]))
        print(f"{kind:16}" + "".join(f"{counts[g]:10d}" for g in GRADES))
    if show:
        for q, g, answer in rows:
            if g != "right":
                first = " ".join((answer.text or "").split())[:160]
                print(f"- {q['id']} [{g}] {q['question']!r}\n    cite {q['must_cite']}, say "
                      f"{q['must_say']}\n    understood: {answer.interpretation}\n    got: "
                      f"{first}")


def main(argv: list[str] | None = None) -> int:
    args, work = arguments(__doc__, argv, "meetings-")
    copilot, _engine = demo_copilot(work)
    for title, questions in (("first set", FIRST), ("second set", SECOND)):
        halves: dict[str, list[tuple[dict, str, Any]]] = {DEV: [], HELD_OUT: []}
        for q in questions:
            answer = copilot.ask(q["question"], Scope.everything())
            halves[half(q["id"])].append((q, grade(q, answer), answer))
        for name, rows in halves.items():
            report(f"{title}, {name}", rows, shown(name, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
