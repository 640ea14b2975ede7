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

    @field_validator("redis_url", "ollama_host", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return value or None

    def model_post_init(self, _context) -> None:
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'dashboard.db').resolve()}"
        if self.chroma_path is None:
            self.chroma_path = self.data_dir / "chroma"
