"""What the benchmarks over question sets written blind share: the demo they are asked of, and
the split of each set into a dev half (odd ids, whose misses may be read and worked on) and a
held-out half (even ids, whose figures only are printed)."""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.copilot.answer import Copilot  # noqa: E402

DEV, HELD_OUT = "dev (odd ids)", "held out (even ids)"


def _questions_script() -> Any:
    """``copilot_questions.py`` (a script beside its package of the same name)."""
    spec = importlib.util.spec_from_file_location(
        "copilot_questions_script", Path(__file__).with_name("copilot_questions.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def demo_copilot(work: Path) -> tuple[Copilot, Any]:
    """The copilot without a model over the demo the sets were written against (40 projects,
    seed 7, today 17 June 2026), built afresh in ``work``; and the demo's engine."""
    shutil.rmtree(work, ignore_errors=True)  # the demo loads into an empty database only
    work.mkdir(parents=True)
    script = _questions_script()
    demo = script.prepare(work, 40, 7, print)
    return Copilot(demo.factory, index=demo.index, today=lambda: script.TODAY), demo.engine


def half(question_id: str) -> str:
    return DEV if int(question_id.rsplit("-", 1)[1]) % 2 else HELD_OUT


def share(values: list[bool]) -> str:
    return f"{sum(values):3d}/{len(values):3d} {100 * sum(values) / max(len(values), 1):5.1f}%"


def shown(name: str, show: str) -> bool:
    """Whether ``--show`` asks for the misses of this half."""
    return show == "all" or (show == "dev" and name == DEV) or (
        show == "held-out" and name == HELD_OUT)


def arguments(doc: str, argv: list[str] | None, prefix: str) -> tuple[argparse.Namespace, Path]:
    """The options every such benchmark takes (``--work``, ``--show``), and its work folder."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=None, help="a folder to (re)build the "
                        "demo in; emptied first")
    parser.add_argument("--show", choices=("none", "dev", "held-out", "all"), default="none",
                        help="list the misses of a half")
    args = parser.parse_args(argv)
    return args, args.work or Path(tempfile.mkdtemp(prefix=prefix))


GRADES = ("right", "partial", "wrong", "hedged", "asked", "refused")
# how an answer of passages that may not answer says so: the closest passages, or the latest
# document's lacking the topic before the other passages that match best
HEDGES = ("No passage mentions", "Nothing in the latest")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_>`]", " ", text).split()).lower()


def grade(q: dict[str, Any], answer: Any) -> str:
    """Right: a document the writer expected is cited and one of its phrases said; partial: one
    of the two; hedged: neither, in an answer that says its passages may not answer (``HEDGES``;
    for a question no document answers, any such answer); wrong: neither, said as found; or the
    answer asked back or refused."""
    if answer.kind == "clarify":
        return "asked"
    if answer.kind == "refuse":
        return "refused"
    cited = {c.doc_id for c in answer.citations if c.kind == "document"} & set(q["must_cite"])
    said = any(_plain(p) in _plain(answer.text) for p in q["must_say"])
    if cited or said:
        return "right" if cited and said else "partial"
    return "hedged" if any(h in (answer.text or "") for h in HEDGES) else "wrong"


def report(name: str, rows: list[tuple[dict, str, Any]], half_name: str, show: str) -> None:
    """Grades per kind of one half of a set; with ``--show`` asking for this half, its misses."""
    print(f"\n== {name}: {len(rows)} questions ==")
    print(f"{'kind':16}" + "".join(f"{g:>10}" for g in GRADES))
    kinds = sorted({q["kind"] for q, _g, _a in rows})
    for kind in [*kinds, "all"]:
        counts = Counter(g for q, g, _a in rows if kind in ("all", q["kind"]))
        print(f"{kind:16}" + "".join(f"{counts[g]:10d}" for g in GRADES))
    if shown(half_name, show):
        for q, g, answer in rows:
            if g != "right":
                first = " ".join((answer.text or "").split())[:160]
                print(f"- {q['id']} [{g}] {q['question']!r}\n    cite {q['must_cite']}, say "
                      f"{q['must_say']}\n    understood: {answer.interpretation}\n    got: "
                      f"{first}")


def grade_set(copilot: Copilot, title: str, questions: list[dict[str, Any]], show: str) -> None:
    """Ask a set as a viewer of everything and print each half's grades (``grade``)."""
    from data.scope import Scope  # noqa: PLC0415

    halves: dict[str, list[tuple[dict, str, Any]]] = {DEV: [], HELD_OUT: []}
    for q in questions:
        answer = copilot.ask(q["question"], Scope.everything())
        halves[half(q["id"])].append((q, grade(q, answer), answer))
    for name, rows in halves.items():
        report(f"{title}, {name}", rows, name, show)


def run(doc: str, argv: list[str] | None, prefix: str,
        sets: list[tuple[str, list[dict[str, Any]]]]) -> int:
    """A blind-set benchmark's main: the demo built afresh, each set asked and graded."""
    args, work = arguments(doc, argv, prefix)
    copilot, _engine = demo_copilot(work)
    for title, questions in sets:
        grade_set(copilot, title, questions, args.show)
    return 0
