"""Search time at scale: a generated corpus of about 50,000 passages, through the product.

    python benchmarks/retrieval_scale.py [--passages 50000] [--queries 300] [--work DIR]
        [--vectors random|minilm|lsa]

Generates meeting minutes (speaker turns drawn from a Zipf vocabulary with per-project topic
words) for many projects in several portfolios, stores them in SQLite, builds the index
(``DocumentIndex.rebuild``) and times ``DocumentIndex.search`` for questions scoped to
everything, to one portfolio and to one project: p50/p95/p99 in milliseconds.

``--vectors random`` (default) stores random 384-dimension unit vectors for the passages (as
many numbers as MiniLM's, which would take about an hour of CPU to compute for 50,000 passages
here) while every query is embedded by the real MiniLM model when installed: the timing covers
the query embedding, BM25, the vector product and the fusion at full size. ``minilm`` embeds
the passages for real; ``lsa`` uses the fallback embedding.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from dashboard.migrate import upgrade  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.schema import Document, Portfolio, Priority, Project, Status  # noqa: E402
from data.scope import Scope  # noqa: E402
from models.copilot import minilm  # noqa: E402
from models.copilot.retrieval import DocumentIndex  # noqa: E402

SPEAKERS = ["Mei", "Tom", "Priya", "Lars", "Ana", "Kofi", "Sven", "Yuki"]
TURNS_PER_DOC = 60  # about 10 passages of ~120 words


def vocabulary(rng: np.random.Generator, size: int) -> np.ndarray:
    letters = np.array(list("abcdefghiklmnoprstuvwy"))
    lengths = rng.integers(3, 10, size)
    return np.array(["".join(rng.choice(letters, n)) for n in lengths])


def generate(session, rng: np.random.Generator, passages: int) -> int:
    words = vocabulary(rng, 20000)
    zipf = 1.0 / np.arange(1, len(words) + 1) ** 1.1
    zipf /= zipf.sum()
    docs = max(1, passages * 10 // 83)  # about 8.3 passages per document
    projects = max(1, docs // 8)
    status = session.scalar(select(Status.id).limit(1))
    priority = session.scalar(select(Priority.id).limit(1))
    portfolio_ids = [session.execute(insert(Portfolio).values(name=f"Portfolio {i}")
                                     .returning(Portfolio.id)).scalar_one() for i in range(10)]
    rows = [{"key": f"G-{i}", "name": f"Generated {i}", "portfolio_id": portfolio_ids[i % 10],
             "status_id": status, "priority_id": priority, "owner": SPEAKERS[i % 8],
             "start_date": dt.date(2025, 1, 1), "due_date": dt.date(2026, 12, 31)}
            for i in range(projects)]
    session.execute(insert(Project), rows)
    project_ids = list(session.scalars(select(Project.id).order_by(Project.id)))
    base = dt.datetime(2025, 1, 6, 10)
    batch = []
    for d in range(docs):
        project = d % projects
        topic = words[rng.integers(2000, len(words), 12)]
        lengths = rng.integers(5, 30, TURNS_PER_DOC)
        drawn = rng.choice(words, size=int(lengths.sum()), p=zipf)
        mixed = rng.random(len(drawn)) < 0.08
        drawn[mixed] = rng.choice(topic, int(mixed.sum()))
        turns, at = [], 0
        for i, n in enumerate(lengths):
            turns.append(f"{SPEAKERS[(d + i) % 8]}: " + " ".join(drawn[at:at + n]) + ".")
            at += n
        batch.append({"project_id": project_ids[project], "kind": "meeting_minutes",
                      "title": f"G-{project} sync {d}", "body": "\n".join(turns),
                      "created_at": base + dt.timedelta(hours=d)})
        if len(batch) == 1000:
            session.execute(insert(Document), batch)
            batch = []
    if batch:
        session.execute(insert(Document), batch)
    return docs


def random_vectors(texts: list[str]) -> np.ndarray:
    rng = np.random.default_rng(len(texts))
    out = rng.standard_normal((len(texts), minilm.DIM)).astype(np.float32)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def percentiles(values: list[float]) -> str:
    p = np.percentile(np.array(values) * 1000, [50, 95, 99])
    return f"{p[0]:.1f} / {p[1]:.1f} / {p[2]:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=50000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--vectors", choices=("random", "minilm", "lsa"), default="random")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="retrieval-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{work / 'scale.db'}")
    upgrade(engine)
    factory = make_sessionmaker(engine)
    rng = np.random.default_rng(args.seed)
    started = time.perf_counter()
    with factory.begin() as session:
        if not session.scalar(select(Document.id).limit(1)):
            docs = generate(session, rng, args.passages)
            print(f"generated {docs} documents in {time.perf_counter() - started:.0f} s")
    embedding = "lsa" if args.vectors == "lsa" else "minilm"
    if embedding == "minilm" and not minilm.available():
        print("the embeddings extra is not installed: LSA vectors")
        embedding = "lsa"
    index = DocumentIndex(work / "index", session_factory=factory, embedding=embedding)
    started = time.perf_counter()
    with factory() as session:
        if index.manifest().chunks == 0:
            real = DocumentIndex._embedder
            if args.vectors == "random" and embedding == "minilm":
                DocumentIndex._embedder = lambda self, manifest: random_vectors  # type: ignore
            try:
                stats = index.rebuild(session)
            finally:
                DocumentIndex._embedder = real  # type: ignore[method-assign]
            print(f"indexed {stats.documents} documents as {stats.chunks} passages in "
                  f"{stats.seconds:.0f} s ({args.vectors} vectors)")
        else:
            index.sync(session)
    lex = index.lexical()
    print(f"{len(lex.ids)} passages; lexical index and vectors loaded in "
          f"{time.perf_counter() - started:.0f} s (vectors: {index.manifest().embedding})")
    with factory() as session:
        portfolio = session.scalar(select(Portfolio.id).order_by(Portfolio.id))
        project = session.scalar(select(Project.id).order_by(Project.id).offset(3))
    texts = lex.texts
    questions = []
    for _ in range(args.queries):
        source = texts[int(rng.integers(len(texts)))].split()
        start = int(rng.integers(max(len(source) - 8, 1)))
        questions.append("What did we say about " + " ".join(
            w for w in source[start:start + int(rng.integers(2, 7))] if ":" not in w) + "?")
    index.search(questions[0], Scope.everything())  # warm
    scopes = {"everything": (Scope.everything(), None),
              "one portfolio": (Scope.of(portfolio), None),
              "one project": (Scope.everything(), [project])}
    load = os.getloadavg()[0]
    print(f"vectors: {index.manifest().embedding}"
          f"{' (random passage vectors)' if args.vectors == 'random' else ''}, questions "
          f"embedded by {index.manifest().embedding}; load average {load:.1f} on "
          f"{os.cpu_count()} cores. Wall time is what a user waits on this machine now; CPU "
          "time is the work one search does (what it takes on an idle core).")
    print("| scope | searches | wall p50 / p95 / p99 ms | CPU p50 / p95 / p99 ms |")
    print("|---|---|---|---|")
    for name, (scope, project_ids) in scopes.items():
        index.clear_query_cache()  # each scope pays for embedding its questions
        wall, cpu = [], []
        for q in questions:
            t0, c0 = time.perf_counter(), time.thread_time()
            index.search(q, scope, k=5, project_ids=project_ids)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
        print(f"| {name} | {len(wall)} | {percentiles(wall)} | {percentiles(cpu)} |")
    hits = index.search(questions[0], Scope.everything())
    print(f"sample: {questions[0]!r} -> {[h.id for h in hits]} ({hits.mode})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
