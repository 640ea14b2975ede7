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
