"""Settings' derived flags are values, not methods: ``embedded`` decides whether a missing
SECRET_KEY is generated (the demo) or refused (a served database), see dashboard.security."""

from __future__ import annotations

import pytest

from dashboard.security import UnsafeConfiguration, secret_key
from dashboard.settings import Settings


def test_embedded_is_a_flag_set_by_the_database_url(tmp_path):
    demo = Settings(data_dir=tmp_path)
    served = Settings(data_dir=tmp_path, database_url="postgresql://postgres@127.0.0.1:1/none")
    assert demo.embedded is True
    assert served.embedded is False


def test_a_served_database_without_secret_key_is_refused(tmp_path):
    served = Settings(data_dir=tmp_path, database_url="postgresql://postgres@127.0.0.1:1/none")
    with pytest.raises(UnsafeConfiguration):
        secret_key(served)
    assert not (tmp_path / "secret_key").exists()  # no key generated for a served database


def test_the_offline_embedding_is_chosen_by_copilot_embedding(tmp_path, monkeypatch):
    """COPILOT_EMBEDDING picks the index's offline vectors; anything else is refused by name."""
    from pydantic import ValidationError

    from models.copilot.runtime import CopilotRuntime

    monkeypatch.setenv("COPILOT_EMBEDDING", "lsa")
    settings = Settings(data_dir=tmp_path)
    assert settings.copilot_embedding == "lsa"
    runtime = CopilotRuntime(settings, session_factory=None)  # type: ignore[arg-type]
    assert runtime.index.embedding == "lsa"
    assert Settings(data_dir=tmp_path, copilot_embedding="auto").copilot_embedding == "auto"
    monkeypatch.setenv("COPILOT_EMBEDDING", "word2vec")
    with pytest.raises(ValidationError, match="copilot_embedding"):
        Settings(data_dir=tmp_path)
