"""How managers ask: the copilot's question benchmark, scored against the benchmark's own SQL.

    python -m benchmarks.copilot_questions
        [--split dev|paraphrase|unseen|unseen2|unseen3|unseen4|unseen5|unseen6|unseen7|unseen8|
                 unseen9|unseen10|unseen11|unseen12|unseen13|unseen14|unseen15|unseen16|unseen17|
                 unseen18|unseen19|unseen20|unseen21|unseen22|unseen23|
                 unseen24|unseen25|unseen26|unseen27|unseen28|unseen29|unseen30|
                 unseen31|unseen32|unseen33|unseen34|unseen35|unseen36|
                 unseen37|unseen38|unseen39|unseen40|unseen41|unseen42|unseen43|
                 unseen44|unseen45|unseen46|unseen47|unseen48|unseen49|unseen50|
                 unseen51|unseen52|unseen53|unseen54|unseen55|unseen56|unseen57|
                 unseen58|unseen59|unseen60|unseen61|unseen62|unseen63|unseen64|
                 unseen65|unseen66|unseen67|unseen68|unseen69|unseen70|
                 unseen71|unseen72|unseen73|unseen74|
                 unseen75|unseen76|unseen77|unseen78|unseen79|unseen80|unseen81|unseen82|unseen83|unseen84|
                 unseen85|unseen86|unseen87|unseen88|unseen89|unseen90|unseen91|unseen92|unseen93|all]
        [--ollama URL|stub] [--show-wrong] [--json PATH]

Loads the seeded demo (200 projects, seed 7) as of a fixed day into a fresh SQLite database,
scores forecasts into it (``models.jobs.retrain_and_score``, the job that writes the stored
P(on time) the definitions refer to) before its documents are written, as ``python -m dashboard
demo`` does (so the status notes dated today state the health the badges show), builds the
document index, then asks every question of
the chosen splits (``copilot_questions/dev.py``, ``paraphrase.py``, ``unseen.py`` to
``unseen4.py``; all of them by default) and grades each answer exact, partial, wrong, clarified
or refused (``copilot_questions/scoring.py``) against the answer worked out by the benchmark's own
SQL (``copilot_questions/facts.py`` and ``expect.py``, never the app's queries).

The unseen splits are for reporting only: whoever works on the copilot's parser does not open
``copilot_questions/unseen.py`` or ``unseen2.py`` (a second set written by someone else, in the
way people type into a chat box), ``unseen3.py`` or ``unseen4.py`` (a fourth set, written without
sight of the parser or of any score: casual, abbreviated and misspelt questions, relative
periods, questions asked from a project page), nor looks at them question by question. Targets
(unseen split, without a model): at least 90 % exact, at most 2 % wrong, p95 answer time under
300 ms with the index warm. With ``--ollama`` the same questions are asked again through a model
(``stub`` starts the loopback server of ``tests/ollama_stub.py``); the figures should not move.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # the copilot_questions package beside this file

from copilot_questions import expect, scoring  # noqa: E402
from copilot_questions.records import CATEGORIES, SPLITS, questions  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from dashboard.migrate import upgrade  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.demo import load_demo  # noqa: E402
from data.scope import Scope  # noqa: E402
from models.copilot.answer import Copilot, PageContext  # noqa: E402
from models.copilot.llm import LlmConfig, LlmRouter  # noqa: E402
from models.copilot.retrieval import DocumentIndex  # noqa: E402
from models.jobs import retrain_and_score  # noqa: E402
from tests.ollama_stub import OllamaStub  # noqa: E402

TODAY = dt.date(2026, 6, 17)
TARGETS = {"exact": 90.0, "wrong": 2.0, "p95_ms": 300.0}


@dataclass
class Outcome:
    question: dict[str, Any]
    expected: expect.Expected
    grade: str
    got: str
    ms: float
    interpretation: str
    first_line: str


@dataclass
class Demo:
    engine: Engine
    factory: sessionmaker[Session]
    index: DocumentIndex


def prepare(work: Path, projects: int, seed: int, log: Callable[[str], None]) -> Demo:
    """The demo database with stored forecasts and a warm document index."""
    engine = make_engine(f"sqlite:///{work / 'demo.db'}")
    upgrade(engine)
    started = time.perf_counter()
    factory = make_sessionmaker(engine)
    jobs: list[Any] = []  # as `python -m dashboard demo`: forecasts stored before the documents
    load_demo(engine, projects, seed=seed, today=TODAY, forecast=lambda _engine: jobs.append(
        retrain_and_score(factory, work / "models", TODAY)))
    job = jobs[0]
    index = DocumentIndex(work / "index")
    with factory() as session:
        stats = index.sync(session)
    index.search("warm up the lexical index", Scope.everything())
    log(f"demo: {projects} projects (seed {seed}) as of {TODAY}; forecasts: {job.scored} open "
        f"projects by {job.method}; {stats.documents} documents indexed "
        f"({time.perf_counter() - started:.1f} s)")
    return Demo(engine, factory, index)


Ready = list[tuple[dict[str, Any], expect.Expected]]


def resolve(demo: Demo, records: list[dict[str, Any]]
            ) -> tuple[Ready, list[tuple[dict[str, Any], str]], scoring.Vocabulary]:
    """Each question's expected answer from the database; stale ones (naming what the demo no
    longer has) are set aside and reported."""
    ready, stale = [], []
    with demo.engine.connect() as conn:
        facts = expect.Facts(conn, TODAY)
        for q in records:
            try:
                ready.append((q, expect.resolve(q["expect"], facts)))
            except expect.Stale as exc:
                stale.append((q, str(exc)))
        vocab = scoring.Vocabulary(sorted(facts.people), facts.owners, facts.portfolios,
                                   facts.skills)
    return ready, stale, vocab


def ask_all(copilot: Copilot, ready: Ready, vocab: scoring.Vocabulary) -> list[Outcome]:
    copilot.ask("How many projects are there?", Scope.everything())  # warm caches, untimed
    out = []
    for q, expected in ready:
        started = time.perf_counter()
        answer = copilot.ask(q["question"], Scope.everything(),
                             PageContext.from_path(q.get("page")))
        ms = (time.perf_counter() - started) * 1000
        verdict = scoring.score(expected, answer, vocab)
        text = " ".join((answer.text or "").split("\n", 1)[0].split())
        out.append(Outcome(q, expected, verdict.grade, verdict.got, ms,
                           str(getattr(answer, "interpretation", "") or ""), text[:200]))
    return out


def _pct(part: int, whole: int) -> str:
    return f"{part:4d} {100 * part / whole:5.1f}%" if whole else f"{part:4d}    - "


def percentile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def table(outcomes: list[Outcome], title: str) -> str:
    lines = [title, f"{'category':<14}{'n':>4}  " + "".join(f"{g:>12}"
                                                           for g in scoring.VERDICTS)]
    groups = [(c, [o for o in outcomes if o.question["category"] == c]) for c in CATEGORIES]
    for name, rows in [*groups, ("all", outcomes)]:
        if not rows:
            continue
        cells = "".join(f"{_pct(sum(o.grade == g for o in rows), len(rows)):>12}"
                        for g in scoring.VERDICTS)
        lines.append(("-" * (18 + 12 * len(scoring.VERDICTS)) + "\n" if name == "all" else "")
                     + f"{name:<14}{len(rows):>4}  {cells}")
    times = [o.ms for o in outcomes]
    lines.append(f"answer time: p50 {percentile(times, 50):.0f} ms, "
                 f"p95 {percentile(times, 95):.0f} ms, max {max(times, default=0):.0f} ms")
    return "\n".join(lines)


def targets(outcomes: list[Outcome], split: str = "unseen") -> str:
    n = len(outcomes) or 1
    exact = 100 * sum(o.grade == "exact" for o in outcomes) / n
    wrong = 100 * sum(o.grade == "wrong" for o in outcomes) / n
    p95 = percentile([o.ms for o in outcomes], 95)

    def mark(ok: bool) -> str:
        return "met" if ok else "NOT met"

    return (f"targets ({split}, no model): exact {exact:.1f} % (>= {TARGETS['exact']:.0f} %: "
            f"{mark(exact >= TARGETS['exact'])}), wrong {wrong:.1f} % (<= {TARGETS['wrong']:.0f} "
            f"%: {mark(wrong <= TARGETS['wrong'])}), p95 {p95:.0f} ms (< {TARGETS['p95_ms']:.0f} "
            f"ms: {mark(p95 < TARGETS['p95_ms'])})")


def show_wrong(outcomes: list[Outcome]) -> str:
    lines = []
    for o in outcomes:
        if o.grade != "wrong":
            continue
        page = f" (on {o.question['page']})" if o.question.get("page") else ""
        lines += [f"[{o.question['id']}] {o.question['question']}{page}",
                  f"    expected: {o.expected.show()}",
                  f"    got:      {o.got}",
                  f"    answer:   {o.first_line}"]
        if o.interpretation:
            lines.append(f"    understood: {o.interpretation}")
    return "\n".join(lines)


def new_questions(rows: list[Outcome], split: str) -> list[Outcome]:
    """The questions of a split that no earlier split asks word for word (writers working
    apart sometimes think of the same short question, and the earlier one was read)."""
    earlier = {q["question"].casefold() for s in SPLITS[:SPLITS.index(split)]
               for q in questions(s)}
    return [o for o in rows if o.question["question"].casefold() not in earlier]


def report(outcomes: list[Outcome], splits: list[str], label: str, wrong: bool) -> None:
    for split in splits:
        rows = [o for o in outcomes if o.question["split"] == split]
        print(table(rows, f"\n== {split} split, {len(rows)} questions, {label} =="))
        if split.startswith("unseen") and label == "no model":
            print(targets(rows, split))
            fresh = new_questions(rows, split)
            if len(fresh) < len(rows):  # what its writer could not have copied from the others
                print(targets(fresh, f"{split}, the {len(fresh)} questions no earlier split has"))
        if wrong:
            print(f"\n-- wrong answers ({split}, {label}) --\n{show_wrong(rows)}")


def moved(plain: list[Outcome], model: list[Outcome], each: bool) -> str:
    """How many questions a model changed the grade of (the target: none)."""
    pairs = [(a, b) for a, b in zip(plain, model, strict=True) if a.grade != b.grade]
    lines = [f"\nwith a model, {len(pairs)} of {len(plain)} questions scored differently "
             f"({sum(a.grade == 'exact' for a, _ in pairs)} exact ones lost)"]
    if each:
        lines += [f"  [{a.question['id']}] {a.grade} -> {b.grade}" for a, b in pairs]
    return "\n".join(lines)


def with_model(url: str) -> tuple[LlmRouter, OllamaStub | None]:
    """An LLM router on ``url``; ``stub`` starts the loopback Ollama stub (returned to close)."""
    stub = None
    if url == "stub":
        stub = OllamaStub().__enter__()
        # a client that hangs up (a timeout, the end of a stream) is normal here: no tracebacks
        stub._server.handle_error = lambda _request, _address: None
        url = stub.url
    return LlmRouter(LlmConfig(hosts=(url,))), stub


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all",
                        help="dev, paraphrase, unseen, unseen2 … unseen93 or all (the "
                             "unseen splits are held out: report only)")
    parser.add_argument("--ollama", metavar="URL", help="also ask through a model ('stub': the "
                                                        "loopback Ollama stub)")
    parser.add_argument("--show-wrong", action="store_true", help="print every wrong answer")
    parser.add_argument("--json", type=Path, help="write every question's outcome here")
    parser.add_argument("--projects", type=int, default=200,
                        help="demo size (the questions name the 200-project demo's entities)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--resolve-only", action="store_true",
                        help="print each question's expected answer (from the benchmark's SQL) "
                             "and ask nothing: for whoever writes a split")
    args = parser.parse_args(argv)
    splits = list(SPLITS) if args.split == "all" else [args.split]
    records = [q for s in splits for q in questions(s)]
    with tempfile.TemporaryDirectory(prefix="copilot-questions-",
                                     ignore_cleanup_errors=True) as work:
        demo = prepare(Path(work), args.projects, args.seed, print)
        ready, stale, vocab = resolve(demo, records)
        for q, why in stale:
            print(f"stale, not asked: [{q['id']}] {q['question']} ({why})")
        if args.resolve_only:
            for q, expected in ready:
                print(f"[{q['id']}] {q['question']}\n    -> {expected.show()}")
            demo.engine.dispose()
            print(f"\n{len(ready)} resolved, {len(stale)} stale")
            return 1 if stale else 0
        runs = {"no model": ask_all(Copilot(demo.factory, index=demo.index,
                                            today=lambda: TODAY), ready, vocab)}
        report(runs["no model"], splits, "no model", args.show_wrong)
        if args.ollama:
            llm, stub = with_model(args.ollama)
            try:
                runs["model"] = ask_all(Copilot(demo.factory, index=demo.index, llm=llm,
                                                today=lambda: TODAY), ready, vocab)
            finally:
                if stub is not None:
                    stub.close()
            report(runs["model"], splits, f"model at {args.ollama}", args.show_wrong)
            print(moved(runs["no model"], runs["model"], args.show_wrong))
        demo.engine.dispose()
    if args.json:
        args.json.write_text(json.dumps({label: [
            {"id": o.question["id"], "split": o.question["split"],
             "category": o.question["category"], "grade": o.grade, "got": o.got,
             "expected": o.expected.show(), "ms": round(o.ms, 1), "answer": o.first_line}
            for o in outs] for label, outs in runs.items()}, indent=1))
    print(f"\n{len(ready)} questions asked, {len(stale)} stale; splits: "
          + ", ".join(f"{s} {sum(q['split'] == s for q, _ in ready)}" for s in splits))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
