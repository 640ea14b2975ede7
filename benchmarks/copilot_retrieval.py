"""Retrieval quality on real meetings: recall@1/5/10 and MRR, project-scoped and corpus-wide.

    python benchmarks/copilot_retrieval.py --data ../shared/data/qmsum [--ollama HOST]

DIR holds ``meetings/*.json`` (QMSum layout: ``meeting_transcripts`` turns and
``specific_query_list`` with gold turn spans) and optionally ``splits.csv`` (id,split). Meetings
of one series (ES2002a..d) become the meeting minutes of one project. Everything goes through
the product: a JSON file in the import format, ``data.importer.import_path`` into a fresh SQLite
database, ``DocumentIndex.rebuild``, then ``DocumentIndex.search`` per query. A retrieved passage
is relevant when it overlaps a gold span of the query's own meeting.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import json
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

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
    "hybrid (default)": RankWeights(),
    "hybrid, no doc prior": RankWeights(document=0.0),
    "lexical BM25 only": RankWeights(vector=0.0, document=0.0),
    "BM25 + doc prior": RankWeights(vector=0.0),
    "vector only": RankWeights(lexical=0.0, vector=1.0, document=0.0, min_vector=-1.0),
}
KS = (1, 5, 10)


@dataclass
class Meeting:
    id: str
    series: str
    split: str
    turns: list[dict]
    queries: list[dict]

    @property
    def body(self) -> str:
        return "\n".join(f"{t['speaker']}: {' '.join(t['content'].split())}" for t in self.turns)

    def line_starts(self) -> list[int]:
        starts, offset = [], 0
        for line in self.body.split("\n"):
            starts.append(offset)
            offset += len(line) + 1
        return starts


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
                                data["meeting_transcripts"], data.get("specific_query_list", [])))
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


def evaluate(index: DocumentIndex, meetings: list[Meeting], doc_ids: dict[str, int],
             project_ids: dict[str, int], weights: RankWeights, embedding: str,
             scoped: bool) -> dict[str, list[int | None]]:
    """Rank of the first relevant passage (None when not in the top 10), per split."""
    by_doc = {doc_ids[m.id]: m for m in meetings}
    starts = {m.id: m.line_starts() for m in meetings}
    ranks: dict[str, list[int | None]] = defaultdict(list)
    for m in meetings:
        for q in m.queries:
            gold = [(int(a), int(b)) for a, b in q["relevant_text_span"]]
            hits = index.search(q["query"], Scope.everything(), k=10, weights=weights,
                                embedding=embedding,
                                project_ids=[project_ids[m.series]] if scoped else None)
            rank = None
            for i, hit in enumerate(hits):
                if by_doc.get(hit.doc_id) is not m:
                    continue
                first = bisect.bisect_right(starts[m.id], hit.start) - 1
                last = bisect.bisect_left(starts[m.id], hit.end) - 1
                if any(first <= b and a <= last for a, b in gold):
                    rank = i
                    break
            ranks[m.split].append(rank)
            if m.split != "all":
                ranks["all"].append(rank)
    return ranks


def metrics(ranks: list[int | None]) -> dict[str, float]:
    n = max(len(ranks), 1)
    out = {f"R@{k}": sum(1 for r in ranks if r is not None and r < k) / n for k in KS}
    out["MRR"] = sum(1 / (r + 1) for r in ranks if r is not None) / n
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--ollama", default=os.environ.get("OLLAMA_HOST", ""),
                        help="Ollama host(s) for the embedding option (skipped if unreachable)")
    parser.add_argument("--embed-model", default="nomic-embed-text")
    parser.add_argument("--work", type=Path, default=None, help="keep the database/index here")
    parser.add_argument("--chunk-words", type=int, default=None, help="passage size (words)")
    parser.add_argument("--overlap", type=float, default=None, help="passage overlap (0-1)")
    parser.add_argument("--quick", action="store_true", help="default ranking only")
    args = parser.parse_args(argv)

    meetings = load_meetings(args.data)
    work = args.work or Path(tempfile.mkdtemp(prefix="copilot-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{work / 'bench.db'}")
    upgrade(engine)
    session_factory = make_sessionmaker(engine)
    started = time.perf_counter()
    import_file(meetings, work / "import.json")
    with session_factory.begin() as session:
        if not session.scalar(select(Project.id).limit(1)):
            print(import_path(session, work / "import.json"))
    imported = time.perf_counter() - started

    router = None
    hosts = tuple(h if "://" in h else f"http://{h}" for h in args.ollama.replace(",", " ").split())
    if hosts:
        router = LlmRouter(LlmConfig(hosts=hosts, models={"chat": "", "embed": args.embed_model},
                                     read_timeout=120))
        if not router.available():
            print(f"Ollama not reachable at {', '.join(hosts)}: its option is skipped")
            router = None
    sizes = {k: v for k, v in (("chunk_words", args.chunk_words), ("overlap", args.overlap))
             if v is not None}
    index = DocumentIndex(work / "index", ollama_embed=router.embed if router else None,
                          ollama_model=args.embed_model if router else None, **sizes)
    started = time.perf_counter()
    with session_factory() as session:
        stats = index.rebuild(session)
        doc_ids = {t: i for t, i in session.execute(select(Document.title, Document.id))}
        project_ids = {k: i for k, i in session.execute(select(Project.key, Project.id))}
    print(f"{len(meetings)} meetings in {len(project_ids)} projects, "
          f"{sum(len(m.queries) for m in meetings)} queries; import {imported:.1f} s, "
          f"index {stats.chunks} passages in {time.perf_counter() - started:.1f} s")

    embeddings = ["offline"] + (["ollama"] if router and index.ollama_ready() else [])
    header = f"| {'embedding':9} | {'ranking':20} | {'scope':8} | {'split':5} | {'n':>4} | " + \
        " | ".join(f"{k:>5}" for k in ("R@1", "R@5", "R@10", "MRR")) + " |"
    print(header)
    print("|" + "|".join("-" * len(c) for c in header.split("|")[1:-1]) + "|")
    for embedding in embeddings:
        for name, weights in VARIANTS.items():
            if args.quick and name != "hybrid (default)":
                continue
            if embedding == "ollama" and weights.vector == 0:
                continue
            for scoped in (True, False):
                t0 = time.perf_counter()
                ranks = evaluate(index, meetings, doc_ids, project_ids, weights, embedding,
                                 scoped)
                per_query = (time.perf_counter() - t0) / max(len(ranks.get("all", [1])), 1)
                for split in sorted(ranks, key=lambda s: (s != "all", s)):
                    m = metrics(ranks[split])
                    print(f"| {embedding:9} | {name:20} | {'project' if scoped else 'corpus':8} "
                          f"| {split:5} | {len(ranks[split]):>4} | "
                          + " | ".join(f"{m[k]:5.3f}" for k in ("R@1", "R@5", "R@10", "MRR"))
                          + " |" + (f"  ({per_query * 1000:.0f} ms/query)"
                                    if split == "all" else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
