"""Document retrieval: reading-sized passages, ranked by words and meaning, scoped by portfolio.

Two halves with different homes. The passages and their BM25 index live in memory, built from
the database by content hash (``corpus.PassageCorpus``): they need nothing else, so word search
always works. The vectors live in Chroma under ``path`` (a store directory named in a manifest):
an offline sentence embedding (all-MiniLM-L6-v2 when the ``embeddings`` extra is installed,
otherwise LSA fitted on our corpus) and, when a host answers, Ollama's embedding model.

Before each use the store is checked (manifest readable, store files present, queries working).
When it is missing or corrupt the index logs it once, records it in ``health``, asks its owner to
rebuild it (``on_broken``) and answers from word search meanwhile, with ``Hits.note`` saying so.
A rebuild writes a new store directory and switches the manifest only when it is complete, so
searches never see half an index.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from sqlalchemy.orm import Session, sessionmaker

from data import document_queries as dq
from data.scope import Scope
from models.copilot import index_health as ih
from models.copilot import index_types, minilm
from models.copilot.corpus import DocPassages, PassageCorpus, document_passages
from models.copilot.embeddings import (
    EmbedFn,
    LsaEmbeddingFunction,
    LsaModel,
    MiniLmEmbeddingFunction,
    OllamaEmbeddingFunction,
    load_model,
    register_ollama_embedder,
)
from models.copilot.index_types import LSA, MINILM, Hits, IndexStats, Manifest, Passage
from models.copilot.lexical import LexicalIndex
from models.copilot.passages import LIMIT_WORDS, TARGET_WORDS
from models.copilot.ranking import RankWeights, pick, rank, speakers_named

log = logging.getLogger(__name__)
BATCH = 256
COUNT_TTL = 60.0  # seconds between counts of the documents table (see DocumentIndex._too_large)
PART_DOCUMENTS = 500  # documents a search over part of the corpus reads at most
TOO_LARGE_NOTE = ("Searching every document at once is not available here: there are "
                  "{count:,}, more than this server keeps in memory. Name a project (or ask "
                  "from its page) and I will search its documents.")
OFFLINE, OLLAMA = "offline", "ollama"

__all__ = ["DocumentIndex", "Hits", "IndexStats", "Manifest", "Passage", "RankWeights"]


class StoreProblem(Exception):
    def __init__(self, state: str, detail: str) -> None:
        super().__init__(detail)
        self.state = state
        self.detail = detail


class DocumentIndex:
    """The passage index under ``path``: in-memory passages + BM25, Chroma vectors, a manifest."""

    def __init__(self, path: Path, *, session_factory: sessionmaker[Session] | None = None,
                 target_words: int = TARGET_WORDS, limit_words: int = LIMIT_WORDS,
                 embedding: str = "auto", ollama_embed: EmbedFn | None = None,
                 ollama_model: str | None = None, weights: RankWeights | None = None,
                 on_broken: Callable[[], None] | None = None,
                 before_search: Callable[[], Any] | None = None,
                 server: Callable[[], Any] | None = None, memory_documents: int = 0) -> None:
        self.path = Path(path)
        self.server = server  # a Chroma server's client factory (CHROMA_HOST), else a directory
        self.Session = session_factory
        self.weights = weights or RankWeights()
        self.embedding = embedding
        self.on_broken = on_broken
        self.before_search = before_search  # e.g. a non-blocking "did documents change?" check
        self.health = ih.IndexHealth()
        self.corpus = PassageCorpus(target_words, limit_words)
        # Past this many documents (0: no limit) a process that has not loaded the whole corpus
        # (a web worker: the indexer has it) searches only the projects a question is about.
        self.memory_documents = memory_documents
        self._count: tuple[float, int] = (-COUNT_TTL, 0)
        self.ollama_model = ollama_model if ollama_embed else None
        self._ollama_key = f"{self.path.resolve()}:{ollama_model}"
        self._ollama_embed = ollama_embed
        if ollama_embed:
            register_ollama_embedder(self._ollama_key, ollama_embed)
        self._clients: dict[str, Any] = {}
        self._client_lock = threading.Lock()
        self._write_lock = threading.Lock()  # one writer; searches go on meanwhile
        self._corpus_lock = threading.Lock()
        self._vectors: dict[str, tuple[tuple[Any, ...], np.ndarray]] = {}
        self._manifest_cache: tuple[tuple[Any, ...], Manifest] | None = None
        self._query_cache: dict[tuple[Any, ...], np.ndarray] = {}
        self._vector_lock = threading.Lock()

    # --- manifest, store and collections --------------------------------------------------------

    @property
    def _manifest_path(self) -> Path:
        return self.path / "manifest.json"

    def manifest(self, fresh: bool = False) -> Manifest:
        """The manifest, re-read only when its file changed (it lists every document's hash,
        megabytes at scale, and is consulted before every search). Writers ask for a ``fresh``
        copy they may change; others must treat it as read-only."""
        try:
            info = self._manifest_path.stat()
            key = (info.st_ino, info.st_mtime_ns, info.st_size)
            cached = self._manifest_cache
            if not fresh and cached is not None and cached[0] == key:
                return cached[1]
            manifest = Manifest(**json.loads(self._manifest_path.read_text()))
        except (OSError, ValueError, TypeError):
            return Manifest(format=-1)
        if not fresh:
            self._manifest_cache = (key, manifest)
        return manifest

    def _write_manifest(self, manifest: Manifest) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        tmp = self._manifest_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(manifest.__dict__))
        tmp.replace(self._manifest_path)

    def _model_path(self, generation: int) -> Path:
        return self.path / f"lsa-{generation}.joblib"

    @property
    def client(self) -> Any:
        """The Chroma client of the current store (tests list its collections)."""
        return self._client(self.manifest().store or "store-none")

    def _client(self, store: str) -> Any:
        with self._client_lock:
            if store not in self._clients and self.server is not None:
                self._clients[store] = self.server()
            if store not in self._clients:
                (self.path / store).mkdir(parents=True, exist_ok=True)
                self._clients[store] = chromadb.PersistentClient(
                    path=str(self.path / store),
                    settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True))
            return self._clients[store]

    def _collection(self, manifest: Manifest, kind: str, create: bool = False) -> Any:
        name = f"passages_{kind}_{manifest.generation}"
        if self.server is not None:  # one server holds every store's collections
            name = f"{manifest.store}_{name}"
        if kind == OLLAMA:
            ef: Any = OllamaEmbeddingFunction(self._ollama_key, self.ollama_model or "")
        elif manifest.embedding == MINILM:
            ef = MiniLmEmbeddingFunction()
        else:
            ef = LsaEmbeddingFunction(str(self._model_path(manifest.generation)))
        client = self._client(manifest.store)
        if create:
            return client.get_or_create_collection(name, embedding_function=ef,
                                                   configuration={"hnsw": {"space": "cosine"}})
        return client.get_collection(name, embedding_function=ef)

    def _check_store(self) -> Manifest:
        """The manifest of a usable store, or ``StoreProblem`` saying what is wrong (cheap:
        a file read and two stats; run before every vector search)."""
        if not self._manifest_path.exists():
            if self.path.exists() and any(self.path.glob("store-*")):
                raise StoreProblem(ih.MISSING, "the manifest is gone")
            raise StoreProblem(ih.MISSING if self.health.state != ih.EMPTY else ih.EMPTY,
                               f"no index under {self.path}")
        manifest = self.manifest()
        if manifest.format != index_types.FORMAT or not manifest.store:
            raise StoreProblem(ih.CORRUPT, "the manifest cannot be read")
        if not (self.path / manifest.store / "chroma.sqlite3").exists():
            raise StoreProblem(ih.MISSING, f"the vector store {manifest.store} is gone")
        if manifest.embedding == LSA and manifest.chunks and \
                not self._model_path(manifest.generation).exists():
            raise StoreProblem(ih.MISSING, "the embedding model file is gone")
        return manifest

    def _broken(self, problem: StoreProblem) -> None:
        """Record what is wrong (logged once per change) and ask for a rebuild."""
        if self.health.state == ih.REBUILDING:
            return
        self.health.set(problem.state, problem.detail)
        if self.on_broken is not None:
            self.on_broken()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer at a time, across threads and across worker processes."""
        self.path.mkdir(parents=True, exist_ok=True)
        with self._write_lock, open(self.path / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- the passages (database side) -----------------------------------------------------------

    def _ensure_corpus(self) -> None:
        """Load the passages on first use: from the database when we have one, otherwise from
        the store's copy (a fresh process searching an index built elsewhere)."""
        if self.corpus.loaded:
            return
        with self._corpus_lock:
            if self.corpus.loaded:
                return
            if self.Session is not None:
                with self.Session() as session:
                    self.corpus.refresh(session)
                return
            with contextlib.suppress(StoreProblem, Exception):
                manifest = self._check_store()
                self._load_from_store(manifest)

    def _load_from_store(self, manifest: Manifest) -> None:
        coll = self._collection(manifest, OFFLINE)
        by_doc: dict[int, tuple[list[Any], list[Any], list[Any]]] = {}
        offset = 0
        while True:
            got = coll.get(include=["documents", "metadatas"], limit=5000, offset=offset)
            for pid, text, meta in zip(got["ids"], got["documents"], got["metadatas"],
                                       strict=True):
                ids, texts, metas = by_doc.setdefault(int(meta["doc_id"]), ([], [], []))
                ids.append(pid)
                texts.append(text)
                metas.append(meta)
            if len(got["ids"]) < 5000:
                break
            offset += 5000
        docs = {}
        for doc_id, (ids, texts, metas) in by_doc.items():
            order = sorted(range(len(ids)), key=lambda i: metas[i]["chunk"])
            docs[doc_id] = DocPassages(manifest.docs.get(str(doc_id), ""), [ids[i] for i in order],
                                       [texts[i] for i in order], [metas[i] for i in order])
        self.corpus.load(docs)

    def lexical(self) -> LexicalIndex:
        self._ensure_corpus()
        return self.corpus.lexical()

    # --- writing --------------------------------------------------------------------------------

    def _choose_embedding(self) -> str:
        if self.embedding in (MINILM, "auto") and minilm.available():
            return MINILM
        if self.embedding == MINILM:
            log.warning("the embeddings extra is not installed: using LSA vectors")
        return LSA

    def _embedder(self, manifest: Manifest) -> Callable[[list[str]], Any]:
        if manifest.embedding == MINILM:
            return minilm.load().embed
        return load_model(self._model_path(manifest.generation)).embed

    def _add(self, collection: Any, ids: list[str], texts: list[str], metas: list[dict[str, Any]],
             embed: Callable[[list[str]], Any]) -> None:
        # The passage's own words only: its title is in the lexical half (and in its metadata).
        for i in range(0, len(ids), BATCH):
            batch = texts[i:i + BATCH]
            collection.upsert(ids=ids[i:i + BATCH], documents=batch,
                              metadatas=metas[i:i + BATCH],
                              embeddings=np.asarray(embed(batch), dtype=np.float32))

    def rebuild(self, session: Session) -> IndexStats:
        """Index every document anew into a new store; the manifest switches when complete."""
        started = time.perf_counter()
        hashes = dict(dq.document_hashes(session))
        self.corpus.refresh(session, hashes)
        with self._writing():
            self.health.set(ih.REBUILDING, "writing a new vector store")
            try:
                stats = self._rebuild_locked(hashes)
            except Exception as exc:
                self.health.set(ih.CORRUPT, "rebuild failed", error=repr(exc))
                raise
        stats.seconds = time.perf_counter() - started
        self.health.rebuilt(stats.seconds, self.manifest().embedding)
        self._warm()
        return stats

    def _warm(self) -> None:
        """Read the vectors into memory now, so the next search does not wait for them."""
        try:
            self._vector_matrix(self._check_store(), OFFLINE, self.corpus.lexical())
        except Exception as exc:  # noqa: BLE001 - the next search tries again
            log.info("vectors not preloaded: %s", exc)

    def _rebuild_locked(self, hashes: dict[int, str]) -> IndexStats:
        old = self.manifest(fresh=True)
        ids, texts, metas = self.corpus.passages(sorted(hashes))
        manifest = Manifest(generation=max(old.generation, 0) + 1,
                            version=max(old.version, 0) + 1,
                            store=f"store-{uuid.uuid4().hex[:12]}",
                            embedding=self._choose_embedding(), fitted_on=len(ids),
                            chunks=len(ids), docs={str(k): v for k, v in hashes.items()})
        if manifest.embedding == LSA:
            LsaModel.fit(_sample(texts, 20000)).save(self._model_path(manifest.generation))
        self._add(self._collection(manifest, OFFLINE, create=True), ids, texts, metas,
                  self._embedder(manifest))
        if self._ollama_embed is not None:
            try:
                coll = self._collection(manifest, OLLAMA, create=True)
                self._add(coll, ids, texts, metas, self._ollama_embed)
                manifest.ollama_docs = dict(manifest.docs)
                manifest.ollama_model = self.ollama_model
            except Exception as exc:  # noqa: BLE001 - the offline vectors stand on their own
                log.warning("Ollama embeddings skipped: %s", exc)
        self._write_manifest(manifest)
        self._drop_store(old)
        return IndexStats(added=len(hashes), documents=len(hashes), chunks=len(ids),
                          rebuilt=True)

    def _drop_store(self, old: Manifest) -> None:
        if old.store:
            with self._client_lock:
                self._clients.pop(old.store, None)
            shutil.rmtree(self.path / old.store, ignore_errors=True)
        if old.generation > 0:
            self._model_path(old.generation).unlink(missing_ok=True)

    def sync(self, session: Session) -> IndexStats:
        """Bring passages and vectors up to date, re-indexing only documents whose content hash
        changed; a missing or unreadable store is rebuilt instead."""
        started = time.perf_counter()
        hashes = dict(dq.document_hashes(session))
        self.corpus.refresh(session, hashes)
        try:
            self._check_store()
        except StoreProblem as problem:
            if problem.state != ih.EMPTY:
                self.health.set(problem.state, problem.detail)
            return self.rebuild(session)
        with self._writing():
            manifest = self.manifest(fresh=True)
            current = {str(k): v for k, v in hashes.items()}
            changed = [k for k, v in current.items() if manifest.docs.get(k) != v]
            removed = [k for k in manifest.docs if k not in current]
            lagging = []
            if self._ollama_embed is not None:
                lagging = [k for k, v in current.items()
                           if manifest.ollama_docs.get(k) != v and k not in changed]
            if changed or removed or lagging:
                self._apply(manifest, current, changed, removed, lagging)
                manifest.docs = current
                manifest.version += 1
                self._write_manifest(manifest)
        self.health.set(ih.OK)
        if manifest.embedding == LSA and manifest.chunks > 2 * manifest.fitted_on + 200:
            # The vocabulary and topics were learnt on a much smaller corpus: fit them again.
            return self.rebuild(session)
        self._warm()
        return IndexStats(added=len(changed), removed=len(removed), documents=len(current),
                          chunks=manifest.chunks, seconds=time.perf_counter() - started)

    def _apply(self, manifest: Manifest, current: dict[str, str], changed: list[str],
               removed: list[str], lagging: list[str]) -> None:
        offline = self._collection(manifest, OFFLINE)
        stale = [int(k) for k in changed + removed]
        for i in range(0, len(stale), BATCH):
            where = {"doc_id": {"$in": stale[i:i + BATCH]}}
            manifest.chunks -= len(offline.get(where=where, include=[])["ids"])
            offline.delete(where=where)
        ids, texts, metas = self.corpus.passages([int(k) for k in changed])
        self._add(offline, ids, texts, metas, self._embedder(manifest))
        manifest.chunks += len(ids)
        if self._ollama_embed is None:
            return
        try:
            coll = self._collection(manifest, OLLAMA, create=True)
            for i in range(0, len(stale), BATCH):
                coll.delete(where={"doc_id": {"$in": stale[i:i + BATCH]}})
                for key in stale[i:i + BATCH]:
                    manifest.ollama_docs.pop(str(key), None)
            late = [int(k) for k in lagging]
            if late:
                coll.delete(where={"doc_id": {"$in": late}})
            e_ids, e_texts, e_metas = self.corpus.passages(late)
            self._add(coll, ids + e_ids, texts + e_texts, metas + e_metas, self._ollama_embed)
            for doc_key in changed + lagging:
                manifest.ollama_docs[doc_key] = current[doc_key]
            manifest.ollama_model = self.ollama_model
        except Exception as exc:  # noqa: BLE001 - the offline vectors stand on their own
            log.warning("Ollama embeddings not updated: %s", exc)

    # --- reading --------------------------------------------------------------------------------

    def ollama_ready(self, manifest: Manifest | None = None) -> bool:
        manifest = manifest or self.manifest()
        return (self._ollama_embed is not None and manifest.ollama_model == self.ollama_model
                and set(manifest.ollama_docs) == set(manifest.docs))

    def search(self, query: str, scope: Scope, *, k: int = 5,
               project_ids: Sequence[int] | None = None, kinds: Sequence[str] | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               doc_ids: Sequence[int] | None = None, speakers: Sequence[str] | None = None,
               embedding: str = "auto", weights: RankWeights | None = None) -> Hits:
        """The best ``k`` passages the viewer may see, best first (see ``Hits``).

        Without ``project_ids`` the search runs across everything the scope may see. People
        named in the question who speak in the documents (or ``speakers``) lift what they said.
        """
        weights = weights or self.weights
        if self.before_search is not None:
            self.before_search()
        partial = self._too_large()
        if partial and project_ids is None and doc_ids is None:
            return Hits(mode="lexical", note=TOO_LARGE_NOTE.format(count=self._count[1]))
        lex = self._part(scope, project_ids, doc_ids) if partial else self.lexical()
        if not lex.ids:
            return Hits()
        keep = lex.mask(scope, project_ids, kinds, since, until, doc_ids)
        if not keep.any():
            return Hits()
        lexical = lex.scores(query, keep)
        vector, note, used = np.zeros(len(lex.ids)), None, LSA
        if weights.vector > 0:
            found = self._vector_scores(query, lex, keep, embedding, partial)
            if found is None:
                note = ih.BUILDING_NOTE if self.health.state == ih.EMPTY else ih.FALLBACK_NOTE
            else:
                vector, used = found
        named = list(speakers) if speakers is not None else speakers_named(query, lex)
        share = lex.speaker_share(named) if named else None
        scores = rank(lexical, vector, keep, lex.doc, share, weights,
                      vectors_used=note is None and weights.vector > 0, embedding=used)
        return Hits(pick(lex, scores, k, Passage), mode="lexical" if note else "hybrid",
                    note=note)

    def _too_large(self) -> bool:
        """Whether searches read part of the corpus: the whole is not loaded here and has more
        documents than ``memory_documents`` (counted at most every ``COUNT_TTL`` seconds)."""
        if not self.memory_documents or self.corpus.loaded or self.Session is None:
            return False
        checked, count = self._count
        if time.monotonic() - checked > COUNT_TTL:
            with self.Session() as session:
                count = dq.document_count(session)
            self._count = (time.monotonic(), count)
        return count > self.memory_documents

    def _part(self, scope: Scope, project_ids: Sequence[int] | None,
              doc_ids: Sequence[int] | None) -> LexicalIndex:
        """The passages of the projects (or documents) asked about, read for this search: at
        most ``PART_DOCUMENTS`` documents, newest first. Words are weighed within them."""
        assert self.Session is not None  # noqa: S101 - _too_large checked it
        with self.Session() as session:
            found = dq.documents_of(session, scope, project_ids, doc_ids, PART_DOCUMENTS)
        part = PassageCorpus(self.corpus.target, self.corpus.limit)
        part.load({doc.id: document_passages(
            doc, dq.content_hash(doc.title, doc.body, doc.kind, doc.created_at, doc.project_id,
                                 doc.portfolio_id), self.corpus.target, self.corpus.limit)
            for doc in found})
        return part.lexical()

    def _vector_scores(self, query: str, lex: LexicalIndex, keep: np.ndarray, embedding: str,
                       partial: bool = False) -> tuple[np.ndarray, str] | None:
        """Cosine of every passage in ``keep`` (others 0) and the embedding that gave them;
        ``None`` when the store is unusable. The vectors are read from the store once per
        index version and scored exactly in memory: a filtered HNSW query was slower (p95
        80 ms at 6,000 passages with a project filter) than a dense product over all rows."""
        try:
            manifest = self._check_store()
        except StoreProblem as problem:
            self._broken(problem)
            return None
        use_ollama = embedding == OLLAMA or (embedding == "auto" and self.ollama_ready(manifest))
        kind, used = (OLLAMA, OLLAMA) if use_ollama else (OFFLINE, manifest.embedding)
        try:
            matrix = self._vector_matrix(manifest, kind, lex, partial)
            if use_ollama:
                try:
                    vec = self._ollama_embed([query])[0]  # type: ignore[misc]
                except Exception as exc:  # noqa: BLE001 - the offline vectors answer instead
                    log.warning("Ollama query embedding unavailable: %s", exc)
                    kind, used = OFFLINE, manifest.embedding
                    matrix = self._vector_matrix(manifest, kind, lex, partial)
                    vec = self._embedder(manifest)([query])[0]
            else:
                vec = self._query_vector(manifest, query)
        except Exception as exc:  # noqa: BLE001 - a broken store: words alone still answer
            self._broken(StoreProblem(ih.CORRUPT, f"vector search failed: {exc}"))
            return None
        q = np.asarray(vec, dtype=np.float32)
        q = q / max(float(np.linalg.norm(q)), 1e-12)
        scores = np.zeros(len(lex.ids))
        if matrix.shape[1] == len(q):
            rows = np.flatnonzero(keep)
            if len(rows) * 4 < len(keep):  # a project or two: only their rows
                scores[rows] = matrix[rows] @ q
            else:  # reading every row once is cheaper than gathering most of them
                scores = np.where(keep, matrix @ q, 0.0)
        if self.health.state != ih.REBUILDING:
            self.health.set(ih.OK)
        return scores, used

    def clear_query_cache(self) -> None:
        """Forget remembered question embeddings (benchmarks time the embedding too)."""
        with self._vector_lock:
            self._query_cache.clear()

    def _query_vector(self, manifest: Manifest, query: str) -> np.ndarray:
        """The offline embedding of a question, remembered for the last few hundred."""
        key = (manifest.embedding, manifest.generation, query)
        with self._vector_lock:
            if key in self._query_cache:
                return self._query_cache[key]
        vec = np.asarray(self._embedder(manifest)([query])[0], dtype=np.float32)
        with self._vector_lock:
            if len(self._query_cache) >= 512:
                self._query_cache.pop(next(iter(self._query_cache)))
            self._query_cache[key] = vec
        return vec

    def _vector_matrix(self, manifest: Manifest, kind: str, lex: LexicalIndex,
                       partial: bool = False) -> np.ndarray:
        """The store's vectors aligned with the lexical rows (zeros where none), cached; for
        ``partial`` rows (a search over part of the corpus), those rows' vectors, not cached."""
        key = (manifest.store, manifest.generation, manifest.version, kind, lex.version,
               len(lex.ids))
        with self._vector_lock:
            cached = self._vectors.get(kind)
            if cached is not None and cached[0] == key:
                return cached[1]
        coll = self._collection(manifest, kind)
        matrix: np.ndarray | None = None
        offset = 0
        while True:
            got = (coll.get(ids=list(lex.ids), include=["embeddings"]) if partial else
                   coll.get(include=["embeddings"], limit=5000, offset=offset))
            vectors = got["embeddings"]
            for pid, vec in zip(got["ids"], vectors if vectors is not None else [],
                                strict=True):
                if matrix is None:
                    matrix = np.zeros((len(lex.ids), len(vec)), dtype=np.float32)
                row = lex.row.get(pid)
                if row is not None:
                    matrix[row] = vec
            if partial or len(got["ids"]) < 5000:
                break
            offset += 5000
        if matrix is None:
            matrix = np.zeros((len(lex.ids), 1), dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix = matrix / np.maximum(norms, 1e-12)
        if partial:
            return matrix
        with self._vector_lock:
            self._vectors[kind] = (key, matrix)
        return matrix

    def passage(self, passage_id: str, scope: Scope) -> Passage | None:
        """One passage by id, only when the viewer may see its project (a citation opens it)."""
        lex = self.lexical()
        row = lex.row.get(passage_id)
        if row is None or not lex.mask(scope, None, None, None)[row]:
            return None
        scores = np.full(len(lex.ids), -np.inf)
        scores[row] = 0.0
        found: Passage = pick(lex, scores, 1, Passage)[0]
        return found

    def status(self) -> dict[str, Any]:
        """What /ai-usage shows: counts, the embedding in use and the health record."""
        manifest = self.manifest()
        health = self.health.snapshot()
        if manifest.format != index_types.FORMAT and self.health.state == ih.OK:
            health["state"], health["fallback"] = ih.MISSING, True
        readable = manifest.format == index_types.FORMAT
        return {"documents": len(manifest.docs), "passages": manifest.chunks,
                "generation": manifest.generation, "version": manifest.version,
                "ollama": self.ollama_ready(manifest) if readable else False,
                "embedding": manifest.embedding if readable else None, "health": health}


def _sample(texts: list[str], limit: int) -> list[str]:
    """At most ``limit`` texts, evenly spread, to bound the fitting time on huge corpora."""
    if len(texts) <= limit:
        return texts
    step = len(texts) / limit
    return [texts[int(i * step)] for i in range(limit)]
