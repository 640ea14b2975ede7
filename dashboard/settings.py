"""Typed settings read from the environment; every one has an embedded default."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import FrameType
from typing import Any, Literal

from pydantic import Field, PrivateAttr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read once by the factory (never at import time); tests pass overrides as keywords.

    Environment variables use the names below in upper case (``DATABASE_URL``, ``REDIS_URL``...).
    """

    model_config = SettingsConfigDict(env_file=None, extra="ignore")
    _embedded: bool = PrivateAttr(default=True)

    data_dir: Path = Field(default=Path("var"), description="Where embedded state lives.")
    database_url: str = Field(default="", description="SQLAlchemy URL; SQLite file if empty.")
    redis_url: str | None = Field(default=None, description="Cache (and later pub/sub) server.")
    cache_timeout: int = Field(default=300, ge=0, description="Seconds a cached read lives.")
    ollama_host: str | None = Field(default=None, description="Copilot LLM server(s).")
    chroma_path: Path | None = Field(default=None, description="Vector store directory.")
    secret_key: str = Field(default="", description="Signs session cookies; required unless "
                            "the embedded demo database is used (then one is generated).")
    host: str = "127.0.0.1"
    port: int = Field(default=8050, ge=1, le=65535)
    debug: bool = False
    demo_projects: int = Field(default=200, ge=1)
    demo_seed: int = 7
    forecast_on_start: bool = Field(
        default=True, description="Score open projects without a forecast when the app starts.")
    # Copilot: OLLAMA_HOST may list several hosts, separated by commas or spaces.
    ollama_chat_model: str = "llama3:8b"
    ollama_fast_model: str = "llama3.2:3b-instruct-q4_K_M"
    ollama_analysis_model: str = "mistral:7b-instruct-v0.2-q4_K_M"
    ollama_embed_model: str = "nomic-embed-text"
    ollama_connect_timeout: float = Field(default=2.0, gt=0, description="Seconds to connect.")
    ollama_read_timeout: float = Field(default=30.0, gt=0, description="Seconds between chunks.")
    ollama_cooldown: float = Field(default=30.0, ge=0,
                                   description="Seconds a refusing host is left aside.")
    ollama_health_ttl: float = Field(default=15.0, ge=0,
                                     description="Seconds a host's health check is trusted.")
    copilot_deadline: float = Field(default=60.0, gt=0, description="Seconds for one answer.")
    copilot_rate_limit: int = Field(default=20, ge=0, description="Questions/user/minute; 0=off.")
    copilot_ollama_embeddings: bool = Field(default=True, description="Also index with Ollama.")
    copilot_index_on_start: bool = Field(default=True, description="Sync the index at start.")
    copilot_embedding: Literal["auto", "minilm", "lsa"] = Field(
        default="auto", description="Offline passage vectors: all-MiniLM-L6-v2 when its "
        "package is installed (auto), or LSA fitted on the corpus (faster to build).")
    copilot_slots: int = Field(default=4, ge=1, le=64, description="Answers at once/process.")
    copilot_memory_documents: int = Field(
        default=50_000, ge=0, description="Documents up to which each process keeps every "
        "passage in memory; past it, searches read the projects asked about (0 = no limit).")
    # Production: workers, background jobs, services, observability.
    jobs: Literal["auto", "threads", "celery"] = Field(
        default="auto", description="Where background work runs: threads in this process "
        "(embedded), or a Celery worker through Redis; auto = celery under gunicorn with Redis.")
    web_concurrency: int = Field(default=1, ge=1, description="gunicorn worker processes.")
    web_threads: int = Field(default=8, ge=1, description="Threads per gunicorn worker.")
    chroma_host: str | None = Field(default=None, description="Chroma server host:port.")
    db_pool_size: int = Field(default=5, ge=1, description="Connections kept per process.")
    db_max_overflow: int = Field(default=10, ge=0, description="Extra connections at peaks.")
    db_pool_timeout: float = Field(default=10.0, gt=0, description="Seconds to wait for one.")
    db_pool_recycle: int = Field(default=1800, ge=-1, description="Reconnect after seconds.")
    db_pgbouncer: bool = Field(default=False, description="Behind PgBouncer (transaction "
                               "mode): no server-side prepared statements, no client pool.")
    db_statement_timeout: int = Field(default=0, ge=0,
                                      description="PostgreSQL statement_timeout (ms); 0=off.")
    log_format: Literal["text", "json"] = "text"
    log_level: str = "INFO"
    metrics: bool = Field(default=True, description="Serve Prometheus metrics at /metrics.")
    index_every: int = Field(default=900, ge=0, description="Seconds between index syncs.")
    forecast_every: int = Field(default=6 * 3600, ge=0,
                                description="Seconds between full forecast rescoring.")
    warm_every: int = Field(default=300, ge=0, description="Seconds between cache warmings.")
    reports_every: int = Field(default=60, ge=0, description="Seconds between schedule checks.")
    heartbeat_every: int = Field(default=10, ge=1, description="Seconds between job-queue "
                                 "heartbeats (/readyz wants one within 45 s).")
    # Sign-in and the hardened server (issue 9; docs/security.md).
    session_idle_minutes: int = Field(default=120, ge=1, le=7 * 24 * 60,
                                      description="A session ends after this long unused.")
    session_max_hours: int = Field(default=12, ge=1, le=24 * 30,
                                   description="A session ends this long after sign-in.")
    secure_cookies: bool = Field(default=False, description="Cookies only over HTTPS.")
    allowed_hosts: str = Field(default="", description="Host names served (comma-separated); "
                               "empty: loopback names and HOST; '*' any.")
    max_request_bytes: int = Field(default=1_000_000, ge=10_000,
                                   description="Largest request body accepted (413 above).")
    import_max_bytes: int = Field(default=50_000_000, ge=1_000,
                                  description="Largest import (file or folder) accepted.")
    login_limit_account: str = Field(default="5 per minute;30 per hour",
                                     description="Failed sign-ins allowed per account.")
    login_limit_address: str = Field(default="20 per minute;200 per hour",
                                     description="Failed sign-ins allowed per address.")
    proxy_hops: int = Field(default=0, ge=0, le=5, description="Reverse proxies in front "
                            "(their X-Forwarded-For/-Proto are trusted).")

    # Live updates (issue 13): the event bus and the websocket.
    live: bool = Field(default=True, description="Serve the live-updates websocket at /live.")
    live_prefix: str = Field(default="pd", pattern=r"^[A-Za-z0-9_.-]{1,40}$",
                             description="Redis channel prefix of the live events.")
    live_poll_seconds: float = Field(default=0.25, gt=0, le=10, description="Without Redis: "
                                     "how often each process reads new live events.")
    live_max_connections: int = Field(default=200, ge=1, description="Websockets per process.")
    live_max_per_user: int = Field(default=8, ge=1, description="Websockets per user/process.")
    live_ping_seconds: float = Field(default=25.0, gt=0, description="Heartbeat: a client "
                                     "that does not answer a ping within this is closed.")
    live_recheck_seconds: float = Field(default=60.0, gt=0, description="How often an open "
                                        "socket's sign-in session is checked again.")
    live_fallback_ms: int = Field(default=5000, ge=500, description="Polling interval (ms) "
                                  "of the version endpoint when websockets are unavailable.")

    # PDF reports (issue 14): the weekly schedule and SMTP delivery.
    report_schedule: str = Field(default="mon 07:00",
                                 description="Weekly reports: 'mon 07:00', 'fri 16:30' or 'off'.")
    report_timer: bool = Field(
        default=True, description="Run the schedule in this process (off under Celery beat).")
    report_narrative: bool = Field(default=True, description="With OLLAMA_HOST: a short "
                                   "narrative by the model, from the report's facts, in each "
                                   "report (dropped when the model is down, slow or ungrounded).")
    report_narrative_seconds: float = Field(default=8.0, gt=0, le=60, description="Seconds the "
                                            "narrative may take; past them, none.")
    smtp_host: str | None = Field(default=None, description="Mail server; unset: no mail.")
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "dashboard@localhost"
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_timeout: float = Field(default=10.0, gt=0)

    @field_validator("redis_url", "ollama_host", "chroma_host", "smtp_host", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return value or None

    @property
    def ollama_hosts(self) -> list[str]:
        """``OLLAMA_HOST`` as URLs: "a:11434, http://b:11434" -> two hosts with schemes."""
        hosts = (self.ollama_host or "").replace(",", " ").split()
        return [h if "://" in h else f"http://{h}" for h in hosts]

    @property
    def uses_celery(self) -> bool:
        """Background work on the Celery queue (Redis is its broker). ``auto`` is resolved by
        the entry points: the production ones (wsgi.py, worker.py) pick Celery when Redis is
        configured, ``python -m dashboard run`` keeps threads."""
        return self.jobs == "celery"

    def check_workers(self, workers: int) -> None:
        """Several processes must share the cache, the data version's readers and the copilot's
        jobs: refuse to run them without Redis."""
        if workers > 1 and not self.redis_url:
            raise WorkerConfigError(
                f"{workers} worker processes need REDIS_URL (a shared cache and job store); "
                "set it, or run one worker")
        if self.jobs == "celery" and not self.redis_url:
            raise WorkerConfigError("JOBS=celery needs REDIS_URL (the Celery broker)")

    def engine_options(self) -> dict[str, Any]:
        """Pool settings for a server database (docs/operations.md); SQLite keeps its own."""
        if not self.database_url.startswith(("postgresql", "postgres")):
            return {}
        connect: dict[str, Any] = {"connect_timeout": 5}
        options = ["-c jit=off"]  # JIT compiles longer than these reads run (data/db.py)
        if self.db_statement_timeout:
            options.append(f"-c statement_timeout={self.db_statement_timeout}")
        connect["options"] = " ".join(options)
        if self.db_pgbouncer:
            from sqlalchemy.pool import NullPool

            # PgBouncer pools; psycopg must not prepare statements on a server connection
            # that the next transaction may not get.
            connect["prepare_threshold"] = None
            connect.pop("options", None)  # PgBouncer rejects startup options
            return {"poolclass": NullPool, "connect_args": connect, "pool_pre_ping": True}
        return {"pool_size": self.db_pool_size, "max_overflow": self.db_max_overflow,
                "pool_timeout": self.db_pool_timeout, "pool_recycle": self.db_pool_recycle,
                "pool_pre_ping": True, "connect_args": connect}

    @property
    def embedded(self) -> bool:
        """The demo set-up: the SQLite file under DATA_DIR (no DATABASE_URL given)."""
        return self._embedded

    @property
    def allowed_host_names(self) -> list[str]:
        names = [h.strip().lower() for h in self.allowed_hosts.replace(" ", ",").split(",")]
        names = [h for h in names if h]
        if not names:
            names = ["127.0.0.1", "localhost", "::1"]
            if self.host not in ("0.0.0.0", "::", ""):
                names.append(self.host.lower())
        return names

    def model_post_init(self, _context) -> None:
        self._embedded = not self.database_url
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'dashboard.db').resolve()}"
        if self.chroma_path is None:
            self.chroma_path = self.data_dir / "chroma"


class WorkerConfigError(RuntimeError):
    """The process layout cannot work with these settings."""


def gunicorn_workers() -> int | None:
    """How many worker processes the gunicorn server running this code has, or ``None`` when
    not under gunicorn. Our gunicorn config exports the number; a plain ``gunicorn -w N`` is
    found by walking up to the gunicorn object (worker, arbiter or application) that is loading
    this app and reading its config."""
    if "gunicorn" not in sys.modules:
        return None
    exported = os.environ.get("DASHBOARD_GUNICORN_WORKERS", "")
    if exported.isdigit():
        return int(exported)
    from gunicorn.config import Config

    frame: FrameType | None = sys._getframe()
    while frame is not None:
        cfg = getattr(frame.f_locals.get("self"), "cfg", None)
        if isinstance(cfg, Config):
            return int(cfg.workers)
        frame = frame.f_back
    return None
