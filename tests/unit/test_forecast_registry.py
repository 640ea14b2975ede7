"""Versioned model artifacts: save, load the same model back, switch versions, load lazily."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from models import forecast
from models.registry import CURRENT, ModelHolder, Registry
from tests.unit.test_forecast_metrics import _known_probabilities


@pytest.fixture(scope="module")
def model() -> forecast.Forecaster:
    X, y, _ = _known_probabilities(400, seed=5)
    return forecast.fit(X, y, np.arange(400), forecast.ClassifierSettings(max_iter=20, folds=2))


def test_round_trip_keeps_predictions_metrics_and_versions(tmp_path, model):
    registry = Registry(tmp_path / "models")
    assert registry.versions() == [] and registry.current_version() is None
    assert registry.load() is None and registry.history() == []
    X, _, _ = _known_probabilities(50, seed=6)

    first = registry.save(model, {"methods": {"classifier": {"brier": 0.2}}, "n_projects": 40})
    assert first == "v0001" and registry.current_version() == "v0001"
    loaded = registry.load()
    assert loaded.version == "v0001" and loaded.metrics["n_projects"] == 40
    assert np.array_equal(loaded.model.predict(X), model.predict(X))
    assert loaded.model.drivers(X.head(2)) == model.drivers(X.head(2))

    second = registry.save(model, {"methods": {"classifier": {"brier": 0.1}}})
    assert second == "v0002" and registry.current_version() == "v0002"
    assert [m["version"] for m in registry.history()] == ["v0001", "v0002"]
    assert registry.load("v0001").metrics["methods"]["classifier"]["brier"] == 0.2
    (registry.root / "v0003").mkdir()  # an unfinished save is not a version
    assert registry.versions() == ["v0001", "v0002"]
    assert registry.save(model, {}) == "v0004"  # and its number is not reused
    (registry.root / CURRENT).write_text("v0999")  # pointing at nothing
    assert registry.current_version() is None
    (registry.root / "v0001" / "metrics.json").write_text("{broken")
    assert [m["version"] for m in registry.history()] == ["v0002", "v0004"]  # skipped, logged


def test_holder_loads_in_the_background_and_follows_current(tmp_path, model):
    registry = Registry(tmp_path / "models")
    holder = ModelHolder(registry, check_every=0)
    assert holder.get() is None  # nothing saved: nothing to load, no error
    registry.save(model, {"n": 1})
    assert holder.get() is None or holder.get().version == "v0001"  # never blocks
    assert holder.wait(10).version == "v0001" and not holder.loading
    registry.save(model, {"n": 2})
    holder.get()  # sees the new CURRENT, reloads in the background
    assert holder.wait(10).version == "v0002" and holder.get().metrics["n"] == 2
    (registry.root / CURRENT).unlink()
    assert holder.get() is None


def test_a_broken_artifact_is_reported_not_raised(tmp_path, model, caplog):
    registry = Registry(tmp_path / "models")
    version = registry.save(model, {})
    (registry.root / version / "model.joblib").write_bytes(b"not a pickle")
    holder = ModelHolder(registry)
    with caplog.at_level(logging.ERROR):
        holder.start()
        assert holder.wait(10) is None
    assert holder.error and "loading the forecast model failed" in caplog.text
