"""Versioned model artifacts on disk: ``<dir>/v0001/{model.joblib,metrics.json}`` and ``CURRENT``.

Why files: every worker process (and the background job's process) shares ``settings.data_dir``,
a new version is complete before ``CURRENT`` points at it (written to a temporary file, then
renamed), and old versions stay for the accuracy trend. Artifacts are pickles: load them only
from this directory, which the app itself writes.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the model class (scikit-learn) and joblib load with the first model
    from models.forecast import Forecaster

log = logging.getLogger(__name__)
CURRENT = "CURRENT"
MODEL_FILE = "model.joblib"
METRICS_FILE = "metrics.json"
_VERSION = re.compile(r"^v(\d{4,})$")


@dataclass(frozen=True)
class LoadedModel:
    version: str
    model: Forecaster
    metrics: dict[str, Any]


class Registry:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def versions(self) -> list[str]:
        """Saved versions, oldest first (only complete ones: both files present)."""
        if not self.root.is_dir():
            return []
        found = [p.name for p in self.root.iterdir() if p.is_dir() and _VERSION.match(p.name)
                 and (p / MODEL_FILE).exists() and (p / METRICS_FILE).exists()]
        return sorted(found, key=lambda v: int(v[1:]))

    def save(self, model: Forecaster, metrics: dict[str, Any]) -> str:
        """Write a new version and make it current; returns its name (``v0001``, ...)."""
        self.root.mkdir(parents=True, exist_ok=True)
        existing = [int(m.group(1)) for p in self.root.iterdir() if (m := _VERSION.match(p.name))]
        number = max(existing, default=0) + 1
        while True:  # another process may take the same number: mkdir decides
            version = f"v{number:04d}"
            try:
                (self.root / version).mkdir()
                break
            except FileExistsError:
                number += 1
        folder = self.root / version
        import joblib  # noqa: PLC0415 - deferred with scikit-learn

        joblib.dump(model, folder / MODEL_FILE)
        _write_atomic(folder / METRICS_FILE, json.dumps({**metrics, "version": version},
                                                         indent=2, default=str))
        _write_atomic(self.root / CURRENT, version)
        return version

    def current_version(self) -> str | None:
        try:
            version = (self.root / CURRENT).read_text().strip()
        except OSError:
            return None
        return version if version in self.versions() else None

    def metrics(self, version: str) -> dict[str, Any]:
        result: dict[str, Any] = json.loads((self.root / version / METRICS_FILE).read_text())
        return result

    def current_metrics(self) -> dict[str, Any] | None:
        """The metrics of the version in use (the copilot's ``forecast_model``), or ``None``."""
        version = self.current_version()
        if version is None:
            return None
        try:
            return self.metrics(version)
        except (OSError, ValueError):
            log.warning("unreadable metrics for model %s", version)
            return None

    def history(self) -> list[dict[str, Any]]:
        """Every version's metrics, oldest first (the accuracy trend)."""
        out = []
        for version in self.versions():
            try:
                out.append(self.metrics(version))
            except (OSError, ValueError):
                log.warning("unreadable metrics for model %s", version)
        return out

    def load(self, version: str | None = None) -> LoadedModel | None:
        """The given (default: current) version, or ``None`` when there is none."""
        version = version or self.current_version()
        if version is None:
            return None
        folder = self.root / version
        import joblib  # noqa: PLC0415 - deferred with scikit-learn

        model = joblib.load(folder / MODEL_FILE)
        return LoadedModel(version, model, self.metrics(version))


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


class ModelHolder:
    """The current model for request handlers: loaded in a thread, never on a request.

    ``get()`` returns what is loaded (or ``None``) immediately; when ``CURRENT`` names another
    version than the loaded one (a retrain finished, perhaps in another process) it starts a
    reload in the background and keeps serving the previous model meanwhile.
    """

    def __init__(self, registry: Registry, check_every: float = 2.0) -> None:
        self.registry = registry
        self.check_every = check_every
        self._loaded: LoadedModel | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._checked = 0.0
        self.error: str | None = None

    def start(self) -> threading.Thread | None:
        """Begin loading the current version in a daemon thread (no-op while one runs)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return None
            self._thread = threading.Thread(target=self._load, name="model-loader",
                                            daemon=True)
            self._thread.start()
            return self._thread

    def _load(self) -> None:
        try:
            loaded = self.registry.load()
            self.error = None
        except Exception as exc:  # noqa: BLE001 - a bad artifact must not take the app down
            log.exception("loading the forecast model failed")
            self.error = f"{type(exc).__name__}: {exc}"
            return
        self._loaded = loaded

    @property
    def loading(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> LoadedModel | None:
        """Block until the running load finishes (jobs and tests, never requests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self._loaded

    def get(self) -> LoadedModel | None:
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self._checked = now
            current = self.registry.current_version()
            loaded = self._loaded.version if self._loaded else None
            if current != loaded and not self.loading:
                if current is None:
                    self._loaded = None
                else:
                    self.start()
        return self._loaded
