"""Everything the copilot needs at run time, built from settings by the app factory or the CLI.

Settings are duck-typed (``ollama_hosts``, ``chroma_path``, ``redis_url``...) so ``models`` never
imports the web layer.

Answers run as jobs in this process's threads, at most a few at once; each job has a wall-clock
deadline, and its state (streamed text, then the answer) lives in the shared store (Redis when
configured), so whichever worker serves the next poll finds it. A job whose worker died or hangs
is reported as such once its deadline has passed; a slot held past the deadline is taken back, so
stuck answers never block the next question for long. A failing store, database or vector store
ends a job with a message that says what is wrong, never an exception in the request.

Indexing: by default a background thread, first when the copilot is first used, then after
document writes, coalesced so a burst of writes causes one sync. Writes from other processes (the
CLI) are found by ``maybe_sync``: a cheap fingerprint of the documents table (and the data
version) is compared before every search, at most every few seconds, and a full content-hash pass
runs every ``FULL_CHECK`` seconds for same-length edits. A missing or corrupt vector store is
rebuilt in the background while searches use word search. A deployment with a job queue passes
``sync_requester`` instead, and the index is synced once per deployment by a worker.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from data import document_queries as dq
from data import users
from data.scope import Scope
from models.copilot.cache import (
    STORE_ERRORS,
    AnswerCache,
    LocalStore,
    RateLimiter,
    make_store,
)
from models.copilot.llm import LlmConfig, LlmRouter, UsageEvent
from models.copilot.usage import UsageLog

if TYPE_CHECKING:  # imported on first use: the language tools and Chroma take seconds to load
    from models.copilot.answer import Copilot, PageContext
    from models.copilot.retrieval import DocumentIndex, Hits

log = logging.getLogger(__name__)
DOCUMENT_EVENTS = ("document", "data.imported", "project")
JOB_TTL = 600
GRACE = 1.0  # seconds past the deadline before a poll declares a job lost
LocalBackend = LocalStore  # the name older callers use

MESSAGES = {
    "database": "I can't reach the database right now, so I can't look anything up. "
                "Please try again in a moment.",
    "store": "The copilot's shared store (Redis) can't be reached right now, so the answer "
             "can't be delivered. Please try again in a moment.",
    "index": "The document index can't be reached right now. Please try again in a moment.",
    "busy": "The copilot is busy with other questions; please ask again in a moment.",
    "lost": "This answer was interrupted (it took too long, or the server answering it "
            "restarted). Please ask again.",
    "error": "The copilot failed while answering ({what}). Please try again.",
}

CHECK_EVERY = 10.0  # seconds between two cheap "did the documents change?" checks
FULL_CHECK = 300.0  # seconds between two full content-hash passes
REBUILD_BACKOFF = 30.0  # seconds before a failed rebuild is tried again


def failure_kind(exc: BaseException) -> str:
    """Which service a failure came from, for a message the user can act on."""
    if isinstance(exc, SQLAlchemyError):
        return "database"
    if isinstance(exc, STORE_ERRORS) and type(exc).__module__.startswith("redis"):
        return "store"
    module = type(exc).__module__
    if module.startswith(("chromadb", "httpx", "httpcore")):
        return "index"
    return "error"


def chroma_client(settings: Any) -> Any | None:
    """The Chroma server named by ``CHROMA_HOST`` (``host:port`` or a URL), or ``None`` for the
    embedded directory. Opened when the index is first used, never when the app is built."""
    host = getattr(settings, "chroma_host", None)
    if not host:
        return None
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    url = host if "://" in host else f"http://{host}"
    scheme, _, rest = url.partition("://")
    name, _, port = rest.rstrip("/").partition(":")
    return chromadb.HttpClient(host=name, port=int(port or 8000), ssl=scheme == "https",
                               settings=ChromaSettings(anonymized_telemetry=False))


def llm_config(settings: Any) -> LlmConfig:
    """The model hosts, the model of each task and the time limits, from settings. Reports'
    narratives ("report") use the fast model: they must come within a few seconds."""
    return LlmConfig(
        hosts=tuple(settings.ollama_hosts),
        models={"chat": settings.ollama_chat_model, "fast": settings.ollama_fast_model,
                "analysis": settings.ollama_analysis_model,
                "report": settings.ollama_fast_model, "embed": settings.ollama_embed_model},
        connect_timeout=settings.ollama_connect_timeout,
        read_timeout=settings.ollama_read_timeout, deadline=settings.copilot_deadline,
        cooldown=float(getattr(settings, "ollama_cooldown", 30.0)),
        health_ttl=float(getattr(settings, "ollama_health_ttl", 15.0)),
    )


class Slots:
    """At most ``size`` answers at once; a slot held longer than ``hold`` seconds is taken back
    (its thread is stuck somewhere no deadline reaches), so a fifth question is never blocked
    forever by four stuck ones."""

    def __init__(self, size: int, hold: float) -> None:
        self.size = size
        self.hold = hold
        self._held: dict[str, float] = {}
        self._cond = threading.Condition()

    def acquire(self, owner: str, timeout: float) -> bool:
        end = time.monotonic() + timeout
        with self._cond:
            while True:
                now = time.monotonic()
                for stuck in [k for k, until in self._held.items() if until <= now]:
                    log.warning("copilot job %s held its slot past its deadline", stuck[:8])
                    del self._held[stuck]
                if len(self._held) < self.size:
                    self._held[owner] = now + self.hold
                    return True
                if now >= end:
                    return False
                self._cond.wait(min(end, min(self._held.values())) - now)

    def release(self, owner: str) -> None:
        with self._cond:
            self._held.pop(owner, None)
            self._cond.notify()

    def in_use(self) -> int:
        with self._cond:
            now = time.monotonic()
            return sum(1 for until in self._held.values() if until > now)


class CopilotRuntime:
    def __init__(self, settings: Any, session_factory: sessionmaker[Session],
                 backend: Any = None, today: Callable[[], dt.date] = dt.date.today,
                 data_version: Callable[[], Any] = lambda: 0,
                 observe: Callable[[UsageEvent], None] | None = None,
                 sync_requester: Callable[[], None] | None = None,
                 model_metrics: Callable[[], dict[str, Any] | None] | None = None) -> None:
        self.settings = settings
        self.model_metrics = model_metrics
        self.Session = session_factory
        self.backend = (backend if backend is not None
                        else make_store(getattr(settings, "redis_url", None)))
        self._fallback = LocalStore()  # job state this process could not share
        self._ended: dict[str, threading.Event] = {}  # jobs of this process, set when they end
        data_dir = Path(settings.data_dir)
        self.usage = UsageLog(data_dir / "copilot" / "usage.jsonl")
        self.observe = observe
        self.sync_requester = sync_requester
        self.deadline = float(settings.copilot_deadline)
        hosts = tuple(settings.ollama_hosts)
        self.llm = LlmRouter(llm_config(settings), record=self.record)
        self._index: DocumentIndex | None = None
        self._index_lock = threading.Lock()
        self._copilot: Copilot | None = None
        self._copilot_lock = threading.Lock()
        self._copilot_args = (self.llm if hosts else None, today)
        self.limiter = RateLimiter(self.backend, settings.copilot_rate_limit)
        self.slots = Slots(int(getattr(settings, "copilot_slots", 4)), self.deadline + GRACE)
        self._sync_wanted = threading.Event()
        self._rebuild_wanted = threading.Event()
        self._check_wanted = threading.Event()
        self._sync_thread: threading.Thread | None = None
        self._started = False
        self._closed = False
        self.last_sync: dict[str, Any] = {}
        self.data_version = data_version
        self._seen: tuple[Any, str] | None = None  # (data version, fingerprint) last synced
        self._last_check = 0.0
        self._last_full = 0.0
        self._rebuild_failed_at = -REBUILD_BACKOFF
        self._check_lock = threading.Lock()
        self._thread_lock = threading.Lock()
        self._loop_running = False

    @property
    def copilot(self) -> Copilot:
        """Built on first use: its language tools (word lists, lemmatizer, scikit-learn's text
        module) take seconds to import, which no page load should wait for."""
        with self._copilot_lock:
            if self._copilot is None:
                from models.copilot.answer import Copilot  # noqa: PLC0415 - deferred, see above

                llm, today = self._copilot_args
                self._copilot = Copilot(
                    self.Session, llm=llm,
                    cache=AnswerCache(self.backend, self.settings.cache_timeout),
                    record=self.record, today=today, data_version=self.data_version,
                    model_metrics=self.model_metrics)
                if self._index is not None:
                    self._copilot.index = self._index
                self._copilot.open_index = lambda: self.index  # by the first document question
            return self._copilot

    def record(self, event: UsageEvent) -> None:
        self.usage.record(event)
        if self.observe is not None:
            try:
                self.observe(event)
            except Exception:  # noqa: BLE001 - metrics must never break an answer
                log.exception("copilot metrics hook failed")

    # --- the index ------------------------------------------------------------------------------

    @property
    def index(self) -> DocumentIndex:
        """Opened on first use, so building an app never touches Chroma."""
        with self._index_lock:
            if self._index is None:
                from models.copilot.retrieval import DocumentIndex  # noqa: PLC0415 - deferred

                embed = None
                if self.settings.ollama_hosts and self.settings.copilot_ollama_embeddings:
                    embed = self.llm.embed
                self._index = DocumentIndex(
                    Path(self.settings.chroma_path), session_factory=self.Session,
                    embedding=self.settings.copilot_embedding,
                    ollama_embed=embed, ollama_model=self.settings.ollama_embed_model,
                    on_broken=self.request_rebuild, before_search=self.maybe_sync,
                    memory_documents=getattr(self.settings, "copilot_memory_documents", 0),
                    server=(lambda: chroma_client(self.settings))
                    if getattr(self.settings, "chroma_host", None) else None)
                self.copilot.index = self._index
            return self._index

    def prepare(self, after: Callable[[], Any] | None = None) -> threading.Thread:
        """In the background, load the copilot, the names each scope signed in now asks with
        and the document index (Chroma's import takes seconds and holds the interpreter while
        it runs), then call ``after``: a starting worker's first questions then find them ready
        (at 100,000 projects one scope's names take 5 s of CPU, about 30 s under full load)."""
        def run() -> None:
            try:
                copilot = self.copilot
                with self.Session() as session:
                    scopes = users.active_scopes(session)
                    for scope in scopes:
                        copilot.vocabulary(session, scope)
                self.index  # noqa: B018 - opened here, not by the first document question
                log.info("copilot prepared for %d signed-in scopes", len(scopes))
                if after is not None:
                    after()
            except Exception:  # noqa: BLE001 - the first question loads what it needs
                log.exception("could not prepare the copilot")

        thread = threading.Thread(target=run, name="copilot-prepare", daemon=True)
        thread.start()
        return thread

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
        """Ask for a sync: the job queue's when there is one, else the background indexer's;
        many requests in a burst make one sync. ``check_only``: the indexer syncs only if the
        documents changed (see ``maybe_sync``)."""
        if self._closed:
            return
        if self.sync_requester is not None:
            try:
                self.sync_requester()
            except Exception:  # noqa: BLE001 - the next write (or the schedule) retries
                log.exception("could not queue a copilot index sync")
            return
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

    def close(self) -> None:
        """Stop asking the indexer for more syncs (a running one finishes on its own)."""
        self._closed = True
        self._sync_wanted.clear()

    def on_event(self, event: Any) -> None:
        """An event subscriber: document-related writes keep the index current."""
        if any(event.type.startswith(prefix) for prefix in DOCUMENT_EVENTS):
            self.request_sync()

    # --- answering as jobs ----------------------------------------------------------------------

    def _job_key(self, job_id: str) -> str:
        return f"copilot:job:{job_id}"

    def _put(self, job_id: str, state: dict[str, Any]) -> None:
        """Publish a job's state; when the shared store fails, keep it in this process (a poll
        served here still finds it; one served elsewhere says the store is down)."""
        key = self._job_key(job_id)
        try:
            self.backend.set(key, state, timeout=JOB_TTL)
        except Exception as exc:  # noqa: BLE001 - never let a store failure escape
            log.warning("copilot job store unavailable: %s", exc)
            self._fallback.set(key, state, timeout=JOB_TTL)
            return
        if self._fallback.get(key) is not None:
            self._fallback.set(key, state, timeout=JOB_TTL)

    def job(self, job_id: str) -> dict[str, Any] | None:
        """The job's state for a poll; ``None`` if unknown. Never raises."""
        key = self._job_key(job_id)
        shared, failed = None, False
        try:
            shared = self.backend.get(key)
        except Exception as exc:  # noqa: BLE001
            log.warning("copilot job store unavailable: %s", exc)
            failed = True
        local = self._fallback.get(key)
        state = shared if isinstance(shared, dict) else None
        if isinstance(local, dict) and (state is None or (local["done"] and not state["done"])):
            state = local
        if state is None:
            return _failed("", "store") if failed else None
        if not state["done"] and time.time() > float(state.get("deadline", 0) or 0) + GRACE:
            return _failed(state.get("question", ""), "lost")
        return state

    def stop(self, job_id: str) -> None:
        try:
            self.backend.set(self._job_key(job_id) + ":stop", True, timeout=JOB_TTL)
        except Exception as exc:  # noqa: BLE001 - the job still ends at its deadline
            log.warning("copilot job store unavailable, stop not recorded: %s", exc)
            self._fallback.set(self._job_key(job_id) + ":stop", True, timeout=JOB_TTL)

    def _stopped(self, job_id: str) -> bool:
        key = self._job_key(job_id) + ":stop"
        try:
            if self.backend.get(key):
                return True
        except Exception:  # noqa: BLE001
            pass
        return bool(self._fallback.get(key))

    def start(self, question: str, scope: Scope, path: str | None,
              history: list[dict[str, str]]) -> str:
        """Answer in the background; progress is published under the returned job id."""
        self.ensure_indexed()  # the first question starts indexing, in the background
        job_id = uuid.uuid4().hex
        deadline = time.time() + self.deadline
        self._put(job_id, {"text": "", "done": False, "answer": None, "question": question,
                           "deadline": deadline})
        self._ended[job_id] = threading.Event()
        threading.Thread(target=self._run, name=f"copilot-{job_id[:8]}", daemon=True,
                         args=(job_id, question, scope, _context(path), history,
                               time.monotonic() + self.deadline)).start()
        return job_id

    def wait(self, job_id: str, timeout: float) -> dict[str, Any] | None:
        """The job's state (``job``) once it has ended, when a job started by this process ends
        within ``timeout`` seconds; as it is after ``timeout`` otherwise."""
        ended = self._ended.get(job_id)
        if ended is not None:
            ended.wait(timeout)
        return self.job(job_id)

    def _run(self, job_id: str, question: str, scope: Scope, context: PageContext,
             history: list[dict[str, str]], deadline: float) -> None:
        try:
            # Wait for a slot at most a quarter of the deadline: the rest is the answer's.
            if not self.slots.acquire(job_id, timeout=self.deadline / 4):
                self._finish(job_id, _failed(question, "busy"))
                return
            try:
                self._answer(job_id, question, scope, context, history, deadline)
            finally:
                self.slots.release(job_id)
        finally:
            ended = self._ended.pop(job_id, None)
            if ended is not None:
                ended.set()

    def _finish(self, job_id: str, state: dict[str, Any]) -> None:
        self._put(job_id, state)

    def _answer(self, job_id: str, question: str, scope: Scope, context: PageContext,
                history: list[dict[str, str]], deadline: float) -> None:
        text, last_push = "", 0.0
        base = {"question": question, "deadline": time.time() + deadline - time.monotonic()}
        try:
            for kind, value in self.copilot.stream(question, scope, context, history,
                                                   lambda: self._stopped(job_id),
                                                   deadline=deadline - 0.3):
                if kind == "token":
                    text += value
                elif kind == "reset":
                    text = ""
                if kind == "answer":
                    self._finish(job_id, {**base, "text": value.text, "done": True,
                                          "answer": value.to_dict()})
                    return
                if time.monotonic() - last_push > 0.1:
                    self._put(job_id, {**base, "text": text, "done": False, "answer": None})
                    last_push = time.monotonic()
        except Exception as exc:  # noqa: BLE001 - the page must learn that the job ended
            kind = failure_kind(exc)
            log.exception("copilot answer failed (%s)", kind)
            self._finish(job_id, _failed(question, kind, type(exc).__name__))


def _context(path: str | None) -> PageContext:
    from models.copilot.answer import PageContext  # noqa: PLC0415 - deferred with the copilot

    return PageContext.from_path(path)


def _failed(question: str, kind: str, what: str = "") -> dict[str, Any]:
    message = MESSAGES.get(kind, MESSAGES["error"]).format(what=what or "unexpected error")
    from models.copilot.answer import Answer  # noqa: PLC0415 - deferred with the copilot

    answer = Answer(question, message, note="error")
    return {"text": answer.text, "done": True, "answer": answer.to_dict(),
            "question": question, "error": kind}
