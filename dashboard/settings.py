"""Typed settings read from the environment; every one has an embedded default."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read once by the factory (never at import time); tests pass overrides as keywords.

    Environment variables use the names below in upper case (``DATABASE_URL``, ``REDIS_URL``...).
    """

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    data_dir: Path = Field(default=Path("var"), description="Where embedded state lives.")
    database_url: str = Field(default="", description="SQLAlchemy URL; SQLite file if empty.")
    redis_url: str | None = Field(default=None, description="Cache (and later pub/sub) server.")
    cache_timeout: int = Field(default=300, ge=0, description="Seconds a cached read lives.")
    ollama_host: str | None = Field(default=None, description="Copilot LLM server(s).")
    chroma_path: Path | None = Field(default=None, description="Vector store directory.")
    secret_key: str = Field(default="dev-only-change-me")
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

    # PDF reports (issue 14): the weekly schedule and SMTP delivery.
    report_schedule: str = Field(default="mon 07:00",
                                 description="Weekly reports: 'mon 07:00', 'fri 16:30' or 'off'.")
    report_timer: bool = Field(
        default=True, description="Run the schedule in this process (off under Celery beat).")
    smtp_host: str | None = Field(default=None, description="Mail server; unset: no mail.")
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "dashboard@localhost"
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_timeout: float = Field(default=10.0, gt=0)

    @field_validator("redis_url", "ollama_host", "smtp_host", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return value or None

    @property
    def ollama_hosts(self) -> list[str]:
        """``OLLAMA_HOST`` as URLs: "a:11434, http://b:11434" -> two hosts with schemes."""
        hosts = (self.ollama_host or "").replace(",", " ").split()
        return [h if "://" in h else f"http://{h}" for h in hosts]

    def model_post_init(self, _context) -> None:
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'dashboard.db').resolve()}"
        if self.chroma_path is None:
            self.chroma_path = self.data_dir / "chroma"
