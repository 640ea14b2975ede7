"""Retrieval quality on real meetings, through the product, per ranking option and passage size.

    python benchmarks/copilot_retrieval.py --data ../shared/data/qmsum [--sizes 120,200]
        [--embedding auto|minilm|lsa] [--ollama HOST] [--work DIR] [--quick]

DIR holds ``meetings/*.json`` (QMSum layout: ``meeting_transcripts`` turns and
``specific_query_list`` with gold turn spans) and optionally ``splits.csv`` (id,split). Meetings
of one series (ES2002a..d) become the meeting minutes of one project, and ALL meetings of the
folder go into one index. Everything goes through the product: the import format,
``data.importer.import_path`` into a fresh SQLite database, ``DocumentIndex.rebuild``, then
``DocumentIndex.search``. A passage is relevant when it overlaps a gold span of the query's own
meeting (passages carry their turn range).

For each passage size, embedding and ranking option it prints, per scope (project: the series'
four meetings; corpus: everything; meeting: the gold meeting only, the ceiling of locating the
passage once the meeting is known) and split: recall@1/5/10, MRR, the mean words of the top-5
passages, recall at equal words read (share of gold spans hit by the passages read in order
until 750 words), the median and p95 time per query, the share of questions the copilot would
answer by asking which project (no project holds three of the first five passages: asks) and
the recall@5 of the others (R@5 sure), and how often the first passage is from the
question's own meeting (meeting@1). Options are chosen on ``train`` only; ``val`` is the
unseen part.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from dashboard.migrate import upgrade  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.importer import import_path  # noqa: E402
from data.schema import Document, Project  # noqa: E402
from data.scope import Scope  # noqa: E402
from models.copilot.llm import LlmConfig, LlmRouter  # noqa: E402
from models.copilot.retrieval import DocumentIndex, RankWeights  # noqa: E402

VARIANTS = {
    "hybrid+speaker (default)": RankWeights(),
    "hybrid 50/50": RankWeights(speaker=0.0),
    "hybrid RRF": RankWeights(rrf=True, speaker=0.0),
    "hybrid+doc prior": RankWeights(document=0.3, speaker=0.0),
    "BM25 only": RankWeights(vector=0.0, speaker=0.0),
    "BM25+speaker": RankWeights(vector=0.0),
    "vector only": RankWeights(lexical=0.0, speaker=0.0, min_vector=-1.0),
}
KS = (1, 5, 10)
WORDS_READ = 750


@dataclass
class Meeting:
    id: str
    series: str
    split: str
    turns: list[dict]
    queries: list[dict]
    general: list[dict]

    @property
    def body(self) -> str:
        return "\n".join(f"{t['speaker']}: {' '.join(t['content'].split())}" for t in self.turns)


def load_meetings(root: Path) -> list[Meeting]:
    splits: dict[str, str] = {}
    if (root / "splits.csv").exists():
        with open(root / "splits.csv", newline="") as handle:
            splits = {row[0]: row[1] for row in csv.reader(handle) if len(row) >= 2}
    meetings = []
    for path in sorted((root / "meetings").glob("*.json")):
        data = json.loads(path.read_text())
        series = re.sub(r"[a-z]$", "", path.stem) or path.stem
        meetings.append(Meeting(path.stem, series, splits.get(path.stem, "all"),
                                data["meeting_transcripts"], data.get("specific_query_list", []),
                                data.get("general_query_list", [])))
    return meetings


def import_file(meetings: list[Meeting], path: Path) -> None:
    """The meetings in our import format: one project per series, one document per meeting."""
    base = dt.datetime(2025, 1, 6, 10, 0)
    series = sorted({m.series for m in meetings})
    projects = [{"key": s[:32], "name": f"Remote control design {s}", "status": "active",
                 "priority": "medium", "portfolio": "Meeting series",
                 "start_date": "2025-01-01", "due_date": "2025-12-31"} for s in series]
    documents = [{"project": m.series[:32], "kind": "meeting_minutes", "title": m.id,
                  "body": m.body, "created_at": (base + dt.timedelta(days=i)).isoformat()}
                 for i, m in enumerate(meetings)]
    path.write_text(json.dumps({"projects": projects, "documents": documents}))


class EmbedCache:
    """Passage vectors kept between runs (``--embed-cache``), keyed by a hash of the text:
    embedding 6,000 passages with MiniLM takes minutes. Used while indexing only, so query
    times always include embedding the question."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            data = np.load(path)
            self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()

    def wrap(self, embed):
        def cached(texts: list[str]) -> np.ndarray:
            keys = [self.key(t) for t in texts]
            missing = [i for i, k in enumerate(keys) if k not in self.vectors]
            if missing:
                for i, vec in zip(missing, embed([texts[i] for i in missing]), strict=True):
                    self.vectors[keys[i]] = np.asarray(vec, dtype=np.float32)
            return np.stack([self.vectors[k] for k in keys])
        return cached

    def save(self) -> None:
        if self.path is not None and self.vectors:
            keys = sorted(self.vectors)
            np.savez(self.path, keys=np.array(keys), vectors=np.stack([self.vectors[k]
                                                                       for k in keys]))

    @contextlib.contextmanager
    def indexing(self):
        real = DocumentIndex._embedder

        def embedder(index, manifest):
            fn = real(index, manifest)
            return self.wrap(fn) if manifest.embedding == "minilm" else fn

        DocumentIndex._embedder = embedder  # type: ignore[method-assign]
        try:
            yield
        finally:
            DocumentIndex._embedder = real  # type: ignore[method-assign]
            self.save()


@dataclass
class Outcome:
    rank: int | None
    words: float  # mean words of the top-5 passages
    read_share: float  # share of gold spans hit within the first WORDS_READ words
    seconds: float
    asked: bool = False  # the copilot would ask which project (``Hits.unclear_projects``)
    meeting: bool = False  # the first passage is from the question's own meeting


def judge(hits, meeting_doc: int, gold: list[tuple[int, int]], seconds: float) -> Outcome:
    rank = None
    for i, hit in enumerate(hits):
        if hit.doc_id == meeting_doc and any(hit.first_turn <= b and a <= hit.last_turn
                                             for a, b in gold):
            rank = i
            break
    read, found = 0, set()
    for i, hit in enumerate(hits):
        if i and read + hit.words > WORDS_READ:
            break
        read += hit.words
        if hit.doc_id == meeting_doc:
            found |= {j for j, (a, b) in enumerate(gold)
                      if hit.first_turn <= b and a <= hit.last_turn}
    words = float(np.mean([h.words for h in hits[:5]])) if hits else 0.0
    return Outcome(rank, words, len(found) / max(len(gold), 1), seconds,
                   bool(hits.unclear_projects()), bool(hits) and hits[0].doc_id == meeting_doc)


def evaluate(index: DocumentIndex, meetings: list[Meeting], doc_ids: dict[str, int],
             project_ids: dict[str, int], weights: RankWeights, embedding: str, scope: str
             ) -> dict[str, list[Outcome]]:
    out: dict[str, list[Outcome]] = defaultdict(list)
    index.clear_query_cache()  # every pass pays for embedding its questions
    for m in meetings:
        for q in m.queries:
            gold = [(int(a), int(b)) for a, b in q["relevant_text_span"]]
            filters: dict = {}
            if scope == "project":
                filters["project_ids"] = [project_ids[m.series]]
            elif scope == "meeting":
                filters["doc_ids"] = [doc_ids[m.id]]
            started = time.perf_counter()
            hits = index.search(q["query"], Scope.everything(), k=10, weights=weights,
                                embedding=embedding, **filters)
            outcome = judge(hits, doc_ids[m.id], gold, time.perf_counter() - started)
            out[m.split].append(outcome)
            if m.split != "all":
                out["all"].append(outcome)
    return out


def metrics(outcomes: list[Outcome]) -> dict[str, float]:
    n = max(len(outcomes), 1)
    ranks = [o.rank for o in outcomes]
    out = {f"R@{k}": sum(1 for r in ranks if r is not None and r < k) / n for k in KS}
    out["MRR"] = sum(1 / (r + 1) for r in ranks if r is not None) / n
    out["words"] = float(np.mean([o.words for o in outcomes])) if outcomes else 0.0
    out["R@750w"] = float(np.mean([o.read_share for o in outcomes])) if outcomes else 0.0
    times = [o.seconds * 1000 for o in outcomes] or [0.0]
    out["p50ms"], out["p95ms"] = float(np.percentile(times, 50)), float(np.percentile(times, 95))
    out["asks"] = sum(o.asked for o in outcomes) / n
    out["meeting@1"] = sum(o.meeting for o in outcomes) / n
    sure = [o.rank for o in outcomes if not o.asked]
    out["R@5 sure"] = sum(1 for r in sure if r is not None and r < 5) / max(len(sure), 1)
    return out


# asks: share of questions the copilot answers with "which project?" (no project stands out
# among the first five passages); R@5 sure: recall@5 of the others; meeting@1: share whose
# first passage comes from the question's own meeting (the look-alike meetings of a series
# are what project-scoped recall loses to: compare with the meeting scope's R@5)
COLUMNS = ("R@1", "R@5", "R@10", "MRR", "words", "R@750w", "p50ms", "p95ms", "asks",
           "R@5 sure", "meeting@1")


def header() -> None:
    cols = ["size", "embedding", "ranking", "scope", "split", "n", *COLUMNS]
    print("| " + " | ".join(cols) + " |")
    print("|" + "|".join("---" for _ in cols) + "|")


def row(size: int, embedding: str, name: str, scope: str, split: str,
        outcomes: list[Outcome]) -> None:
    m = metrics(outcomes)
    cells = [str(size), embedding, name, scope, split, str(len(outcomes))]
    cells += [f"{m[c]:.0f}" if c in ("words", "p50ms", "p95ms") else f"{m[c]:.3f}"
              for c in COLUMNS]
    print("| " + " | ".join(cells) + " |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--sizes", default="120", help="passage target sizes in words, e.g. "
                        "120,200 (the limit is max(250, size))")
    parser.add_argument("--embedding", default="auto", choices=("auto", "minilm", "lsa"))
    parser.add_argument("--ollama", default=os.environ.get("OLLAMA_HOST", ""),
                        help="Ollama host(s) for the embedding option (skipped if unreachable)")
    parser.add_argument("--embed-model", default="nomic-embed-text")
    parser.add_argument("--work", type=Path, default=None, help="keep the database/index here")
    parser.add_argument("--quick", action="store_true", help="default ranking only")
    parser.add_argument("--variants", default="", help="comma-separated ranking names to run "
                        "(default: all)")
    parser.add_argument("--scopes", default="project,corpus,meeting")
    parser.add_argument("--embed-cache", type=Path, default=None,
                        help="an .npz file keeping MiniLM passage vectors between runs")
    args = parser.parse_args(argv)

    meetings = load_meetings(args.data)
    work = args.work or Path(tempfile.mkdtemp(prefix="copilot-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{work / 'bench.db'}")
    upgrade(engine)
    session_factory = make_sessionmaker(engine)
    import_file(meetings, work / "import.json")
    with session_factory.begin() as session:
        if not session.scalar(select(Project.id).limit(1)):
            import_path(session, work / "import.json")
    with session_factory() as session:
        doc_ids = {t: i for t, i in session.execute(select(Document.title, Document.id))}
        project_ids = {k: i for k, i in session.execute(select(Project.key, Project.id))}

    router = None
    hosts = tuple(h if "://" in h else f"http://{h}" for h in args.ollama.replace(",", " ").split())
    if hosts:
        router = LlmRouter(LlmConfig(hosts=hosts, models={"chat": "", "embed": args.embed_model},
                                     read_timeout=120))
        if not router.available():
            print(f"Ollama not reachable at {', '.join(hosts)}: its option is skipped")
            router = None
    counts = defaultdict(int)
    for m in meetings:
        counts[m.split] += len(m.queries)
    print(f"{len(meetings)} meetings in {len(project_ids)} projects, all in one index; queries: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    header()
    for size in (int(s) for s in args.sizes.split(",")):
        index = DocumentIndex(work / f"index-{size}-{args.embedding}",
                              session_factory=session_factory, target_words=size,
                              limit_words=max(250, size), embedding=args.embedding,
                              ollama_embed=router.embed if router else None,
                              ollama_model=args.embed_model if router else None)
        started = time.perf_counter()
        with session_factory() as session, EmbedCache(args.embed_cache).indexing():
            fresh = index.manifest().chunks == 0
            stats = index.rebuild(session) if fresh else index.sync(session)
        how = "rebuilt" if stats.rebuilt else "kept"
        print(f"<!-- size {size}: {index.manifest().chunks} passages, "
              f"{index.manifest().embedding} vectors, indexed in "
              f"{time.perf_counter() - started:.0f} s ({how}) -->", flush=True)
        embeddings = ["offline"] + (["ollama"] if router and index.ollama_ready() else [])
        for embedding in embeddings:
            label = index.manifest().embedding if embedding == "offline" else embedding
            for name, weights in VARIANTS.items():
                if args.quick and name != "hybrid+speaker (default)":
                    continue
                if args.variants and name not in args.variants.split(","):
                    continue
                if embedding == "ollama" and weights.vector == 0:
                    continue
                for scope in args.scopes.split(","):
                    ranks = evaluate(index, meetings, doc_ids, project_ids, weights,
                                     "ollama" if embedding == "ollama" else "offline", scope)
                    for split in sorted(ranks, key=lambda s: (s != "all", s)):
                        row(size, label, name, scope, split, ranks[split])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
