"""Document retrieval: passages in Chroma (vectors) plus an in-memory BM25 index (words).

Every passage carries its project, portfolio, kind and date, so a search is scoped by the same
portfolios the viewer's reads are. Ranking is hybrid: BM25 (normalized by the best hit), plus the
vector's cosine, plus a small prior for the document whose passages match best overall; hits that
overlap a better hit of the same document are dropped so the top k cover k different places.

The index follows the database incrementally (``sync``) by comparing document signatures with a
manifest; ``rebuild`` refits the offline embedding and writes a new generation of collections,
switching the manifest only when it is complete, so searches never see half an index.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from sqlalchemy.orm import Session

from data import copilot_queries as cq
from data.scope import Scope
from models.copilot.embeddings import (
    EmbedFn,
    LsaEmbeddingFunction,
    LsaModel,
    OllamaEmbeddingFunction,
    load_model,
    register_ollama_embedder,
)
from models.copilot.lexical import LexicalIndex, document_prior
from models.copilot.text import chunk_text

log = logging.getLogger(__name__)
FORMAT = 2
BATCH = 500
CANDIDATES = 200
OFFLINE, OLLAMA = "offline", "ollama"


@dataclass(frozen=True)
class Passage:
    id: str
    doc_id: int
    project_id: int
    project_key: str
    kind: str
    title: str
    date: str
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class RankWeights:
    """How the signals add up; the benchmark reports lexical-only and vector-only too."""

    lexical: float = 1.0
    vector: float = 1.0
    document: float = 0.3  # the document whose passages match best overall gets a lift
    min_vector: float = 0.7  # a hit without a shared word needs at least this cosine


@dataclass
class IndexStats:
    added: int = 0
    removed: int = 0
    documents: int = 0
    chunks: int = 0
    rebuilt: bool = False
    seconds: float = 0.0


@dataclass
class Manifest:
    generation: int = 0
    version: int = 0
    fitted_on: int = 0
    chunks: int = 0
    docs: dict[str, str] = field(default_factory=dict)
    ollama_docs: dict[str, str] = field(default_factory=dict)
    ollama_model: str | None = None
    format: int = FORMAT


def _where(scope: Scope, project_ids: Sequence[int] | None, kinds: Sequence[str] | None,
           since: dt.date | None) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if scope.portfolio_ids is not None:
        clauses.append({"portfolio_id": {"$in": sorted(scope.portfolio_ids) or [-1]}})
    if project_ids is not None:
        clauses.append({"project_id": {"$in": sorted(project_ids) or [-1]}})
    if kinds:
        clauses.append({"kind": {"$in": list(kinds)}})
    if since is not None:
        clauses.append({"day": {"$gte": since.toordinal()}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class DocumentIndex:
    """The passage index under ``path``: Chroma collections, the LSA model and a manifest."""

    def __init__(self, path: Path, *, chunk_words: int = 600, overlap: float = 0.75,
                 ollama_embed: EmbedFn | None = None, ollama_model: str | None = None,
                 weights: RankWeights = RankWeights()) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.chunk_words = chunk_words
        self.overlap = overlap
        self.weights = weights
        self.ollama_model = ollama_model if ollama_embed else None
        self._ollama_key = f"{self.path.resolve()}:{ollama_model}"
        self._ollama_embed = ollama_embed
        if ollama_embed:
            register_ollama_embedder(self._ollama_key, ollama_embed)
        self.client = chromadb.PersistentClient(
            path=str(self.path / "chroma"),
            settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True),
        )
        self._lock = threading.Lock()  # guards the in-memory lexical index
        self._write_lock = threading.Lock()  # one writer; searches go on meanwhile
        self._lexical: LexicalIndex | None = None

    # --- manifest and collections ---------------------------------------------------------------

    @property
    def _manifest_path(self) -> Path:
        return self.path / "manifest.json"

    def manifest(self) -> Manifest:
        try:
            data = json.loads(self._manifest_path.read_text())
            manifest = Manifest(**data)
        except (OSError, ValueError, TypeError):
            return Manifest(format=-1)
        return manifest

    def _write_manifest(self, manifest: Manifest) -> None:
        tmp = self._manifest_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(manifest.__dict__))
        tmp.replace(self._manifest_path)

    def _model_path(self, generation: int) -> Path:
        return self.path / f"lsa-{generation}.joblib"

    def _collection(self, kind: str, generation: int, create: bool = False):
        name = f"passages_{kind}_{generation}"
        if kind == OFFLINE:
            ef = LsaEmbeddingFunction(str(self._model_path(generation)))
        else:
            ef = OllamaEmbeddingFunction(self._ollama_key, self.ollama_model or "")
        if create:
            return self.client.get_or_create_collection(name, embedding_function=ef,
                                                        configuration={"hnsw": {"space": "cosine"}})
        return self.client.get_collection(name, embedding_function=ef)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer at a time, across threads and across worker processes."""
        with self._write_lock, open(self.path / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- writing --------------------------------------------------------------------------------

    def _chunks(self, doc: cq.DocumentRecord) -> tuple[list[str], list[str], list[dict]]:
        ids, texts, metas = [], [], []
        for chunk in chunk_text(f"{doc.title}\n{doc.body}", self.chunk_words, self.overlap):
            ids.append(f"d{doc.id}-c{chunk.index}")
            texts.append(chunk.text)
            offset = len(doc.title) + 1  # offsets refer to the body, not the title line
            metas.append({
                "doc_id": doc.id, "project_id": doc.project_id, "project_key": doc.project_key,
                "portfolio_id": doc.portfolio_id, "kind": doc.kind, "title": doc.title,
                "date": doc.created_at.date().isoformat(), "day": doc.created_at.toordinal(),
                "start": max(chunk.start - offset, 0), "end": max(chunk.end - offset, 0),
                "chunk": chunk.index,
            })
        return ids, texts, metas

    def _add(self, collection, ids, texts, metas, embed: Callable[[list[str]], Any]) -> None:
        for i in range(0, len(ids), BATCH):
            batch = texts[i:i + BATCH]
            collection.upsert(ids=ids[i:i + BATCH], documents=batch, metadatas=metas[i:i + BATCH],
                              embeddings=[list(map(float, v)) for v in embed(batch)])

    def _documents(self, session: Session, ids: Sequence[int]) -> Iterator[cq.DocumentRecord]:
        for i in range(0, len(ids), BATCH):
            yield from cq.documents_by_ids(session, ids[i:i + BATCH])

    def rebuild(self, session: Session) -> IndexStats:
        """Refit the offline embedding on every passage and index everything anew."""
        started = time.perf_counter()
        with self._writing():
            old = self.manifest()
            signatures = dict(cq.document_signatures(session))
            ids, texts, metas = [], [], []
            for doc in self._documents(session, sorted(signatures)):
                i, t, m = self._chunks(doc)
                ids += i
                texts += t
                metas += m
            generation = max(old.generation, 0) + 1
            model = LsaModel.fit(_sample(texts, 20000))
            model.save(self._model_path(generation))
            offline = self._collection(OFFLINE, generation, create=True)
            self._add(offline, ids, texts, metas, model.embed)
            manifest = Manifest(generation=generation, version=old.version + 1,
                                fitted_on=len(ids), chunks=len(ids),
                                docs={str(k): v for k, v in signatures.items()})
            if self._ollama_embed is not None:
                try:
                    coll = self._collection(OLLAMA, generation, create=True)
                    self._add(coll, ids, texts, metas, self._ollama_embed)
                    manifest.ollama_docs = dict(manifest.docs)
                    manifest.ollama_model = self.ollama_model
                except Exception as exc:  # noqa: BLE001 - the offline index stands on its own
                    log.warning("Ollama embeddings skipped: %s", exc)
            self._write_manifest(manifest)
            self._drop_generation(old.generation)
        return IndexStats(added=len(signatures), documents=len(signatures), chunks=len(ids),
                          rebuilt=True, seconds=time.perf_counter() - started)

    def _drop_generation(self, generation: int) -> None:
        if generation <= 0:
            return
        for kind in (OFFLINE, OLLAMA):
            with contextlib.suppress(Exception):  # absent already
                self.client.delete_collection(f"passages_{kind}_{generation}")
        self._model_path(generation).unlink(missing_ok=True)

    def sync(self, session: Session) -> IndexStats:
        """Bring the index up to date with the database, re-indexing only what changed."""
        started = time.perf_counter()
        manifest = self.manifest()
        if manifest.format != FORMAT or not self._model_path(manifest.generation).exists():
            return self.rebuild(session)
        with self._writing():
            manifest = self.manifest()
            current = {str(k): v for k, v in cq.document_signatures(session)}
            changed = [k for k, v in current.items() if manifest.docs.get(k) != v]
            removed = [k for k in manifest.docs if k not in current]
            lagging = []
            if self._ollama_embed is not None:
                lagging = [k for k, v in current.items()
                           if manifest.ollama_docs.get(k) != v and k not in changed]
            if not (changed or removed or lagging):
                return IndexStats(documents=len(current), chunks=manifest.chunks,
                                  seconds=time.perf_counter() - started)
            self._apply(session, manifest, current, changed, removed, lagging)
            manifest.docs = current
            manifest.version += 1
            self._write_manifest(manifest)
        if manifest.chunks > 2 * manifest.fitted_on + 200:
            # The vocabulary and topics were learnt on a much smaller corpus: fit them again.
            return self.rebuild(session)
        return IndexStats(added=len(changed), removed=len(removed), documents=len(current),
                          chunks=manifest.chunks, seconds=time.perf_counter() - started)

    def _apply(self, session: Session, manifest: Manifest, current: dict[str, str],
               changed: list[str], removed: list[str], lagging: list[str]) -> None:
        generation = manifest.generation
        offline = self._collection(OFFLINE, generation)
        model = load_model(self._model_path(generation))
        stale = [int(k) for k in changed + removed]
        for i in range(0, len(stale), BATCH):
            where = {"doc_id": {"$in": stale[i:i + BATCH]}}
            manifest.chunks -= len(offline.get(where=where, include=[])["ids"])
            offline.delete(where=where)
        ids, texts, metas = [], [], []
        for doc in self._documents(session, [int(k) for k in changed]):
            i, t, m = self._chunks(doc)
            ids += i
            texts += t
            metas += m
        self._add(offline, ids, texts, metas, model.embed)
        manifest.chunks += len(ids)
        if self._ollama_embed is None:
            return
        try:
            coll = self._collection(OLLAMA, generation, create=True)
            for i in range(0, len(stale), BATCH):
                coll.delete(where={"doc_id": {"$in": stale[i:i + BATCH]}})
                for key in stale[i:i + BATCH]:
                    manifest.ollama_docs.pop(str(key), None)
            extra = {"ids": [], "texts": [], "metas": []}
            for doc in self._documents(session, [int(k) for k in lagging]):
                i, t, m = self._chunks(doc)
                extra["ids"] += i
                extra["texts"] += t
                extra["metas"] += m
            coll.delete(where={"doc_id": {"$in": [int(k) for k in lagging] or [-1]}})
            self._add(coll, ids + extra["ids"], texts + extra["texts"], metas + extra["metas"],
                      self._ollama_embed)
            for key in changed + lagging:
                manifest.ollama_docs[key] = current[key]
            manifest.ollama_model = self.ollama_model
        except Exception as exc:  # noqa: BLE001 - the offline index stands on its own
            log.warning("Ollama embeddings not updated: %s", exc)

    # --- reading --------------------------------------------------------------------------------

    def _lexical_index(self, manifest: Manifest) -> LexicalIndex:
        with self._lock:
            if self._lexical is not None and self._lexical.version == manifest.version:
                return self._lexical
            ids, texts, metas = [], [], []
            try:
                coll = self._collection(OFFLINE, manifest.generation)
                offset = 0
                while True:
                    got = coll.get(include=["documents", "metadatas"], limit=5000, offset=offset)
                    ids += got["ids"]
                    texts += got["documents"]
                    metas += got["metadatas"]
                    if len(got["ids"]) < 5000:
                        break
                    offset += 5000
            except Exception as exc:  # noqa: BLE001 - no collection yet: an empty index
                log.info("no passages indexed yet: %s", exc)
            self._lexical = LexicalIndex(ids, texts, metas, manifest.version)
            return self._lexical

    def ollama_ready(self, manifest: Manifest | None = None) -> bool:
        manifest = manifest or self.manifest()
        return (self._ollama_embed is not None and manifest.ollama_model == self.ollama_model
                and set(manifest.ollama_docs) == set(manifest.docs))

    def search(self, query: str, scope: Scope, *, k: int = 5,
               project_ids: Sequence[int] | None = None, kinds: Sequence[str] | None = None,
               since: dt.date | None = None, embedding: str = "auto",
               weights: RankWeights | None = None) -> list[Passage]:
        """The best ``k`` non-overlapping passages the viewer may see, best first."""
        weights = weights or self.weights
        manifest = self.manifest()
        if manifest.format != FORMAT:
            return []
        lex = self._lexical_index(manifest)
        if not lex.ids:
            return []
        keep = lex.mask(scope, project_ids, kinds, since)
        if not keep.any():
            return []
        lexical = lex.scores(query, keep)
        vector = np.zeros(len(lex.ids))
        if weights.vector > 0:
            vector = self._vector_scores(query, manifest, lex, keep, embedding,
                                         _where(scope, project_ids, kinds, since))
        top = lexical.max()
        combined = weights.lexical * (lexical / top if top > 0 else lexical)
        combined += weights.vector * vector
        if weights.document > 0 and top > 0:
            combined += weights.document * document_prior(lex.doc, lexical, keep)
        evidence = keep & ((lexical > 0) | (vector >= weights.min_vector))
        return self._pick(lex, np.where(evidence, combined, -np.inf), k)

    def _vector_scores(self, query: str, manifest: Manifest, lex: LexicalIndex, keep: np.ndarray,
                       embedding: str, where: dict | None) -> np.ndarray:
        scores = np.zeros(len(lex.ids))
        use_ollama = embedding == OLLAMA or (embedding == "auto" and self.ollama_ready(manifest))
        try:
            if use_ollama:
                coll = self._collection(OLLAMA, manifest.generation)
                vec = self._ollama_embed([query])[0]  # type: ignore[misc]
            else:
                coll = self._collection(OFFLINE, manifest.generation)
                vec = load_model(self._model_path(manifest.generation)).embed([query])[0]
            n = int(min(CANDIDATES, keep.sum()))
            got = coll.query(query_embeddings=[list(map(float, vec))], n_results=n, where=where,
                             include=["distances"])
        except Exception as exc:  # noqa: BLE001 - words alone still find passages
            log.warning("vector search unavailable (%s): %s", "ollama" if use_ollama else
                        "offline", exc)
            return scores
        for pid, distance in zip(got["ids"][0], got["distances"][0], strict=True):
            row = lex.row.get(pid)
            if row is not None:
                scores[row] = 1.0 - distance
        return scores

    def _pick(self, lex: LexicalIndex, scores: np.ndarray, k: int) -> list[Passage]:
        order = np.argsort(-scores, kind="stable")
        picked: list[Passage] = []
        for row in order:
            if not np.isfinite(scores[row]) or len(picked) >= k:
                break
            meta = lex.metas[row]
            if any(p.doc_id == meta["doc_id"] and p.start < meta["end"] and meta["start"] < p.end
                   for p in picked):
                continue
            picked.append(Passage(
                id=lex.ids[row], doc_id=meta["doc_id"], project_id=meta["project_id"],
                project_key=meta["project_key"], kind=meta["kind"], title=meta["title"],
                date=meta["date"], start=meta["start"], end=meta["end"], text=lex.texts[row],
                score=round(float(scores[row]), 4)))
        return picked

    def passage(self, passage_id: str, scope: Scope) -> Passage | None:
        """One passage by id, only when the viewer may see its project (a citation opens it)."""
        manifest = self.manifest()
        lex = self._lexical_index(manifest)
        row = lex.row.get(passage_id)
        if row is None:
            return None
        keep = lex.mask(scope, None, None, None)
        if not keep[row]:
            return None
        scores = np.full(len(lex.ids), -np.inf)
        scores[row] = 0.0
        return self._pick(lex, scores, 1)[0]

    def status(self) -> dict[str, Any]:
        manifest = self.manifest()
        return {"documents": len(manifest.docs), "passages": manifest.chunks,
                "generation": manifest.generation, "version": manifest.version,
                "ollama": self.ollama_ready(manifest)}


def _sample(texts: list[str], limit: int) -> list[str]:
    """At most ``limit`` texts, evenly spread, to bound the fitting time on huge corpora."""
    if len(texts) <= limit:
        return texts
    step = len(texts) / limit
    return [texts[int(i * step)] for i in range(limit)]
