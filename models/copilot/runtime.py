"""Everything the copilot needs at run time, built from settings by the app factory or the CLI.

Settings are duck-typed (``ollama_hosts``, ``chroma_path``...) so ``models`` never imports the
web layer. Indexing runs in a background thread: first when the copilot is first used, then
after document writes, coalesced so a burst of writes causes one sync. Writes from other
processes (the CLI) are found by ``maybe_sync``: a cheap fingerprint of the documents table (and
the data version, when the app passes one) is compared before every search, at most every few
seconds, and a full content-hash pass runs every ``FULL_CHECK`` seconds for same-length edits.
A missing or corrupt vector store is rebuilt in the background while searches use word search.
Answers run as jobs in background threads (a few at once) and publish their progress (streamed
text, then the answer) in the shared cache for the page to poll.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from data import document_queries as dq
from data.scope import Scope
from models.copilot.answer import Answer, Copilot, PageContext
from models.copilot.cache import AnswerCache, RateLimiter
from models.copilot.llm import LlmConfig, LlmRouter
from models.copilot.retrieval import DocumentIndex, Hits
from models.copilot.usage import UsageLog

log = logging.getLogger(__name__)
DOCUMENT_EVENTS = ("document", "data.imported", "project")
JOB_TTL = 600
CHECK_EVERY = 10.0  # seconds between two cheap "did the documents change?" checks
FULL_CHECK = 300.0  # seconds between two full content-hash passes
REBUILD_BACKOFF = 30.0  # seconds before a failed rebuild is tried again


class LocalBackend:
    """A tiny in-process get/set store for when no shared cache is given (CLI, tests)."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            expires, value = self._data.get(key, (0.0, None))
            return value if expires == 0 or expires > time.time() else None

    def set(self, key: str, value: Any, timeout: int | None = None) -> bool:
        with self._lock:
            self._data[key] = (time.time() + timeout if timeout else 0.0, value)
        return True


class CopilotRuntime:
    def __init__(self, settings: Any, session_factory: sessionmaker[Session],
                 backend: Any = None, today: Callable[[], dt.date] = dt.date.today,
                 data_version: Callable[[], Any] = lambda: 0) -> None:
        self.settings = settings
        self.Session = session_factory
        self.backend = backend if backend is not None else LocalBackend()
        data_dir = Path(settings.data_dir)
        self.usage = UsageLog(data_dir / "copilot" / "usage.jsonl")
        hosts = tuple(settings.ollama_hosts)
        self.llm = LlmRouter(LlmConfig(
            hosts=hosts,
            models={"chat": settings.ollama_chat_model, "fast": settings.ollama_fast_model,
                    "analysis": settings.ollama_analysis_model,
                    "embed": settings.ollama_embed_model},
            connect_timeout=settings.ollama_connect_timeout,
            read_timeout=settings.ollama_read_timeout, deadline=settings.copilot_deadline,
        ), record=self.usage.record)
        self._index: DocumentIndex | None = None
        self._index_lock = threading.Lock()
        self.copilot = Copilot(session_factory, llm=self.llm if hosts else None,
                               cache=AnswerCache(self.backend, settings.cache_timeout),
                               record=self.usage.record, today=today,
                               data_version=data_version)
        self.limiter = RateLimiter(self.backend, settings.copilot_rate_limit)
        self._slots = threading.BoundedSemaphore(4)  # answers computed at once per process
        self._sync_wanted = threading.Event()
        self._rebuild_wanted = threading.Event()
        self._check_wanted = threading.Event()
        self._sync_thread: threading.Thread | None = None
        self._started = False
        self.last_sync: dict[str, Any] = {}
        self.data_version = data_version
        self._seen: tuple[Any, str] | None = None  # (data version, fingerprint) last synced
        self._last_check = 0.0
        self._last_full = 0.0
        self._rebuild_failed_at = -REBUILD_BACKOFF
        self._check_lock = threading.Lock()
        self._thread_lock = threading.Lock()
        self._loop_running = False

    # --- the index ------------------------------------------------------------------------------

    @property
    def index(self) -> DocumentIndex:
        """Opened on first use, so building an app never touches Chroma."""
        with self._index_lock:
            if self._index is None:
                embed = None
                if self.settings.ollama_hosts and self.settings.copilot_ollama_embeddings:
                    embed = self.llm.embed
                self._index = DocumentIndex(
                    Path(self.settings.chroma_path), session_factory=self.Session,
                    embedding=getattr(self.settings, "copilot_embedding", "auto"),
                    ollama_embed=embed, ollama_model=self.settings.ollama_embed_model,
                    on_broken=self.request_rebuild, before_search=self.maybe_sync)
                self.copilot.index = self._index
            return self._index

    def sync_now(self, rebuild: bool = False) -> Any:
        with self.Session() as session:
            seen = self._observe(session)
            stats = self.index.rebuild(session) if rebuild else self.index.sync(session)
        self._seen = seen
        self._last_full = time.monotonic()
        self.last_sync = {"at": time.time(), **stats.__dict__}
        return stats

    def _observe(self, session: Any) -> tuple[Any, str]:
        try:
            version = self.data_version()
        except Exception:  # noqa: BLE001 - no version: the fingerprint alone decides
            version = None
        return version, dq.documents_fingerprint(session).key()

    def maybe_sync(self, force: bool = False) -> bool:
        """Ask the background indexer to check whether documents changed since the last sync
        (any process may have written them) and sync if so. Never blocks: cheap enough to call
        before every search (the index does). True when a check was requested."""
        now = time.monotonic()
        with self._check_lock:
            if not force and now - self._last_check < CHECK_EVERY:
                return False
            self._last_check = now
        self._check_wanted.set()
        self.request_sync(check_only=True)
        return True

    def _changed(self) -> bool:
        """Did the documents change since the last sync (or is a full hash pass due)?"""
        try:
            with self.Session() as session:
                seen = self._observe(session)
        except Exception:  # noqa: BLE001 - the database is down: nothing to sync from
            log.exception("document change check failed")
            return False
        return seen != self._seen or time.monotonic() - self._last_full > FULL_CHECK

    def request_rebuild(self) -> None:
        """The vector store is missing or corrupt: rebuild it in the background (once; a
        failing rebuild is retried at most every ``REBUILD_BACKOFF`` seconds)."""
        if self._rebuild_wanted.is_set() or \
                time.monotonic() - self._rebuild_failed_at < REBUILD_BACKOFF:
            return
        self._rebuild_wanted.set()
        self.request_sync()

    def search(self, query: str, scope: Scope, **filters: Any) -> Hits:
        """Passages for a question (see ``DocumentIndex.search``). Without ``project_ids`` it
        searches everything the viewer may see; ``Hits.projects`` says where the evidence comes
        from and ``Hits.note`` must be shown when set."""
        self.ensure_indexed()
        return self.index.search(query, scope, **filters)

    def index_status(self) -> dict[str, Any]:
        """For /ai-usage: counts, embedding, health (state, detail, rebuilds, last error) and
        the last sync."""
        status = self.index.status()
        status["last_sync"] = dict(self.last_sync)
        status["syncing"] = self._loop_running
        return status

    def ensure_indexed(self) -> None:
        """Start the first sync lazily (never while the app is being built)."""
        if not self._started:
            self._started = True
            if self.settings.copilot_index_on_start:
                self.request_sync()

    def request_sync(self, check_only: bool = False) -> None:
        """Ask the background indexer for a sync; many requests in a burst make one sync.
        ``check_only``: sync only if the documents changed (see ``maybe_sync``)."""
        with self._thread_lock:
            if not check_only:
                self._sync_wanted.set()
            if not self._loop_running:
                self._loop_running = True
                self._sync_thread = threading.Thread(target=self._sync_loop, daemon=True,
                                                     name="copilot-indexer")
                self._sync_thread.start()

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Wait for the background indexer to finish what was asked (tests, the CLI)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._thread_lock:
                if not self._loop_running:
                    return True
            time.sleep(0.02)
        return False

    def _sync_loop(self) -> None:
        while True:
            with self._thread_lock:
                if not (self._sync_wanted.is_set() or self._check_wanted.is_set()):
                    self._loop_running = False
                    return
                forced = self._sync_wanted.is_set()
                self._sync_wanted.clear()
                self._check_wanted.clear()
                rebuild = self._rebuild_wanted.is_set()
                self._rebuild_wanted.clear()
            try:
                if forced or rebuild or self._changed():
                    self.sync_now(rebuild=rebuild)
            except Exception:  # noqa: BLE001 - the next write retries; answers still work
                log.exception("copilot index %s failed", "rebuild" if rebuild else "sync")
                if rebuild:
                    self._rebuild_failed_at = time.monotonic()

    def on_event(self, event: Any) -> None:
        """An event subscriber: document-related writes keep the index current."""
        if any(event.type.startswith(prefix) for prefix in DOCUMENT_EVENTS):
            self.request_sync()

    # --- answering as jobs ----------------------------------------------------------------------

    def _job_key(self, job_id: str) -> str:
        return f"copilot:job:{job_id}"

    def job(self, job_id: str) -> dict[str, Any] | None:
        return self.backend.get(self._job_key(job_id))

    def stop(self, job_id: str) -> None:
        self.backend.set(self._job_key(job_id) + ":stop", True, timeout=JOB_TTL)

    def start(self, question: str, scope: Scope, path: str | None,
              history: list[dict[str, str]]) -> str:
        """Answer in the background; progress is published under the returned job id."""
        job_id = uuid.uuid4().hex
        self.backend.set(self._job_key(job_id), {"text": "", "done": False, "answer": None},
                         timeout=JOB_TTL)
        threading.Thread(target=self._run, name=f"copilot-{job_id[:8]}", daemon=True,
                         args=(job_id, question, scope, PageContext.from_path(path),
                               history)).start()
        return job_id

    def _run(self, job_id: str, question: str, scope: Scope, context: PageContext,
             history: list[dict[str, str]]) -> None:
        with self._slots:
            self._answer(job_id, question, scope, context, history)

    def _answer(self, job_id: str, question: str, scope: Scope, context: PageContext,
                history: list[dict[str, str]]) -> None:
        key = self._job_key(job_id)
        text, last_push = "", 0.0

        def stopped() -> bool:
            return bool(self.backend.get(key + ":stop"))

        try:
            for kind, value in self.copilot.stream(question, scope, context, history, stopped):
                if kind == "token":
                    text += value
                elif kind == "reset":
                    text = ""
                if kind == "answer":
                    self.backend.set(key, {"text": value.text, "done": True,
                                           "answer": value.to_dict()}, timeout=JOB_TTL)
                    return
                if time.monotonic() - last_push > 0.1:
                    self.backend.set(key, {"text": text, "done": False, "answer": None},
                                     timeout=JOB_TTL)
                    last_push = time.monotonic()
        except Exception:  # noqa: BLE001 - the page must learn that the job ended
            log.exception("copilot answer failed")
            failed = Answer(question, "Something went wrong while answering; please try again.",
                            note="error")
            self.backend.set(key, {"text": failed.text, "done": True,
                                   "answer": failed.to_dict()}, timeout=JOB_TTL)
