"""Typed settings read from the environment; every one has an embedded default."""

from __future__ import annotations

from pathlib import Path

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
    copilot_deadline: float = Field(default=60.0, gt=0, description="Seconds for one answer.")
    copilot_rate_limit: int = Field(default=20, ge=0, description="Questions/user/minute; 0=off.")
    copilot_ollama_embeddings: bool = Field(default=True, description="Also index with Ollama.")
    copilot_index_on_start: bool = Field(default=True, description="Sync the index at start.")
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

    @field_validator("redis_url", "ollama_host", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return value or None

    @property
    def ollama_hosts(self) -> list[str]:
        """``OLLAMA_HOST`` as URLs: "a:11434, http://b:11434" -> two hosts with schemes."""
        hosts = (self.ollama_host or "").replace(",", " ").split()
        return [h if "://" in h else f"http://{h}" for h in hosts]

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
