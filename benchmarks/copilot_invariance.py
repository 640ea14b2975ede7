"""Does the copilot's answer survive the way a question is wrapped? A metamorphic benchmark.

    python -m benchmarks.copilot_invariance [--split S ...] [--show N] [--json PATH]

The question splits score one wording per question. People wrap the same request in many ways:
politely ("could you tell me …"), with who they are and why they ask ("I'm new on the team. …",
"For the Monday review: …", "As the new resource manager here, …", "… (it's for my weekly
report)"), with a sign-off ("… thanks!"), typed in lower case without punctuation, dictated with
fillers, or with two letters of a long word swapped. None of these changes what is asked, so none
should change the answer. This script takes every question of the chosen splits that the copilot
answers exactly, wraps it in each of these ways, asks again (no model) and reports how the grades
moved: still exact, now a clarification or refusal (safe), or now wrong (what a manager would
forward).

It reads no held-out split: by default it runs the splits the copilot has already been tuned on,
so it measures robustness to wording, not a score on new questions. Language questions are
skipped (an English wrapper around a German question is not how people ask).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import importlib.util  # noqa: E402

from copilot_questions.records import HELD_OUT, SPLITS, questions  # noqa: E402

from models.copilot.answer import Copilot  # noqa: E402


def _cli() -> Any:
    """The question benchmark's script (its package of the same name shadows it on import)."""
    spec = importlib.util.spec_from_file_location("copilot_questions_cli",
                                                  ROOT / "benchmarks" / "copilot_questions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


CLI = _cli()
TODAY, Outcome, ask_all, prepare, resolve = (CLI.TODAY, CLI.Outcome, CLI.ask_all, CLI.prepare,
                                             CLI.resolve)


def _body(q: str) -> str:
    """The question as it reads inside a longer sentence: first letter lowered unless it starts
    a name or a key ("PRJ-0042", "Mei")."""
    first = q.split(" ", 1)[0]
    if first.lower() in {"i", "i'm", "i'd"} or first[:1].isupper() and first[1:2].isupper():
        return q
    return q[:1].lower() + q[1:] if first.lower() in _COMMON_STARTS else q


_COMMON_STARTS = {"how", "what", "which", "who", "whom", "whose", "when", "where", "why", "is",
                  "are", "do", "does", "did", "can", "could", "will", "would", "should", "has",
                  "have", "list", "show", "give", "tell", "find", "count", "rank", "compare",
                  "name", "any", "anyone", "anybody", "top", "the", "a", "our", "my", "all",
                  "was", "were", "summarise", "summarize", "get", "pull", "in", "on", "for",
                  "since", "over", "between", "from", "by", "at", "of", "to", "with", "last",
                  "this", "next", "please", "so", "hey", "hi", "and", "but", "quick", "need",
                  "i", "we", "it", "there"}


def _statement(q: str) -> str:
    return q.rstrip(" ?.!")


WRAPPERS: dict[str, Callable[[str], str]] = {
    "polite": lambda q: f"Could you tell me: {_body(q)}",
    "who I am": lambda q: f"I'm new on the team and still finding my way. {q}",
    "why I ask": lambda q: f"For the Monday review: {_body(q)}",
    "sign-off": lambda q: f"{_statement(q)}? Thanks a lot!",
    "lower case": lambda q: re.sub(r"[?.!]+\s*$", "", q.lower()),
    "dictated": lambda q: "um so " + re.sub(r"[?.!,;:]", "", _body(q)),
    "hedged": lambda q: f"Sorry to bother you, quick one. {q}",
    "role clause": lambda q: f"As the new resource manager here, {_body(q)}",
    "aside": lambda q: f"{_statement(q)} (it's for my weekly report)?",
    "typo": lambda q: _typo(q),
}


def _typo(q: str) -> str:
    """Two inner letters of the question's longest lower-case word swapped ("proejcts")."""
    words = [w for w in re.findall(r"[a-z]{6,}", q) if not re.search(rf"\b{w}\b", q.title())]
    if not words:
        return q
    word = max(words, key=len)
    mid = len(word) // 2
    typo = word[:mid - 1] + word[mid] + word[mid - 1] + word[mid + 1:]
    return re.sub(rf"\b{word}\b", typo, q, count=1)


def wrapped(records: list[dict], name: str) -> list[dict]:
    out = []
    for q in records:
        w = dict(q)
        w["question"] = WRAPPERS[name](q["question"])
        w["id"] = f"{q['id']}~{name}"
        out.append(w)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", nargs="*", default=[s for s in SPLITS if s not in HELD_OUT],
                        choices=list(SPLITS))
    parser.add_argument("--wrapper", nargs="*", default=list(WRAPPERS), choices=list(WRAPPERS))
    parser.add_argument("--show", type=int, default=0, help="print up to N questions made wrong")
    parser.add_argument("--json", type=Path, help="write every moved question here")
    args = parser.parse_args(argv)
    records = [q for s in args.split for q in questions(s) if q["category"] != "languages"]
    with tempfile.TemporaryDirectory(prefix="copilot-invariance-",
                                     ignore_cleanup_errors=True) as work:
        demo = prepare(Path(work), 200, 7, print)
        copilot = Copilot(demo.factory, index=demo.index, today=lambda: TODAY)
        ready, _stale, vocab = resolve(demo, records)
        base = {o.question["id"]: o for o in ask_all(copilot, ready, vocab)}
        exact = [q for q, _ in ready if base[q["id"]].grade == "exact"]
        print(f"{len(exact)} of {len(ready)} questions answered exactly; each wrapped "
              f"{len(args.wrapper)} ways")
        moved: list[tuple[str, Any]] = []
        print(f"\n{'wrapper':<12}{'n':>6}{'exact':>9}{'clarified':>11}{'refused':>9}"
              f"{'partial':>9}{'wrong':>8}")
        totals: Counter[str] = Counter()
        for name in args.wrapper:
            ready_w, _s, _v = resolve(demo, wrapped(exact, name))
            outs = ask_all(copilot, ready_w, vocab)
            grades = Counter(o.grade for o in outs)
            totals.update(grades)
            n = len(outs) or 1
            print(f"{name:<12}{len(outs):>6}" + "".join(
                f"{100 * grades[g] / n:>{w}.1f}%" for g, w in
                (("exact", 8), ("clarified", 10), ("refused", 8), ("partial", 8),
                 ("wrong", 7))))
            moved += [(name, o) for o in outs if o.grade != "exact"]
        n = sum(totals.values()) or 1
        print(f"{'all':<12}{n:>6}" + "".join(
            f"{100 * totals[g] / n:>{w}.1f}%" for g, w in
            (("exact", 8), ("clarified", 10), ("refused", 8), ("partial", 8), ("wrong", 7))))
        wrong = [(name, o) for name, o in moved if o.grade in ("wrong", "partial")]
        for _name, o in wrong[:args.show]:
            print(f"\n[{o.question['id']}] {o.question['question']}"
                  + (f" (on {o.question['page']})" if o.question.get("page") else "")
                  + f"\n    expected: {o.expected.show()}\n    got:      {o.got}"
                  + f"\n    answer:   {o.first_line}")
        demo.engine.dispose()
    if args.json:
        args.json.write_text(json.dumps([
            {"id": o.question["id"], "wrapper": name, "question": o.question["question"],
             "grade": o.grade, "got": o.got, "expected": o.expected.show(),
             "answer": o.first_line, "understood": o.interpretation} for name, o in moved],
            indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
