"""The forecasting jobs: retrain + rescore, or rescore with the current model.

Called from the CLI (``python -m dashboard forecast``), the page's background callback and the
app's start-up; each reports progress through ``progress(fraction, message)`` and takes a file
lock in the models directory, so two processes never train or write forecasts at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from threadpoolctl import threadpool_limits

from data.forecast_commands import ForecastInput, save_forecasts, save_portfolio_outcomes
from data.schema import utcnow
from models import features as feat
from models import forecast, history, montecarlo, scoring, teams, training
from models.registry import LoadedModel, Registry

log = logging.getLogger(__name__)
Progress = Callable[[float, str], None]
LOCK_FILE = ".job.lock"
SCORE_CHUNK = 1000


@dataclass
class JobResult:
    method: str  # "classifier", "prior" or "monte_carlo"
    scored: int
    finished_projects: int = 0
    version: str | None = None
    message: str = ""
    metrics: dict[str, Any] | None = field(default=None, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"method": self.method, "scored": self.scored, "version": self.version,
                "finished_projects": self.finished_projects, "message": self.message}


class JobBusy(RuntimeError):
    """Another process is training or scoring right now."""


def _quiet(_fraction: float, _message: str) -> None:
    return None


@contextlib.contextmanager
def job_lock(models_dir: Path) -> Iterator[None]:
    models_dir.mkdir(parents=True, exist_ok=True)
    with (models_dir / LOCK_FILE).open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise JobBusy("another forecasting job is running") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def fork_safe() -> None:
    """Call first in a forked child (Dash's DiskcacheManager): OpenMP's thread pool does not
    survive ``fork`` and would hang the first fit, so the child uses one thread."""
    threadpool_limits(1, user_api="openmp")


def retrain_and_score(
    factory: sessionmaker[Session],
    models_dir: Path,
    today: dt.date,
    progress: Progress = _quiet,
    *,
    settings: forecast.ClassifierSettings = forecast.DEFAULT_SETTINGS,
    trials: int = montecarlo.BATCH_TRIALS,
    seed: int = 0,
    use_prior: bool = True,
) -> JobResult:
    """Train on settled projects (if there are enough), save the version, rescore open ones.

    Too few settled projects: score with the shipped prior (``use_prior``) or Monte Carlo."""
    registry = Registry(models_dir)
    with job_lock(models_dir):
        progress(0.05, "Reading project history")
        with factory() as session:
            try:
                examples = training.build_examples(session, today, seed=seed)
                short = None
            except training.NotEnoughHistory as exc:
                short, settled = exc, len(history.settled_outcomes(session, today))
        if short is not None:
            scorer = scoring.Scorer.make(None, use_prior)
            progress(0.5, f"Too little history: scoring with {scorer.basis.replace('_', ' ')}")
            scored = _score(factory, today, scorer, None, trials, progress)
            return JobResult(scorer.basis, scored, settled, scorer.version, str(short))
        progress(0.35, f"Training on {examples.n_projects} settled projects (done, or open past "
                 "the due date)")
        model, report = training.train_and_evaluate(examples, settings, seed)
        metrics = {**report, "trained_at": utcnow().isoformat(timespec="seconds"),
                   "as_of": today.isoformat()}
        version = registry.save(model, metrics)
        progress(0.7, f"Saved model {version}; scoring open projects")
        loaded = LoadedModel(version, model, {**metrics, "version": version})
        scored = _score(factory, today, scoring.Scorer(loaded), None, trials, progress)
        quality = metrics["methods"]["classifier"]
        return JobResult("classifier", scored, examples.n_projects, version,
                         f"Model {version}: Brier {quality['brier']}, AUC {quality['auc']}",
                         metrics)


def rescore(
    factory: sessionmaker[Session],
    models_dir: Path,
    today: dt.date,
    project_ids: Sequence[int] | None = None,
    progress: Progress = _quiet,
    *,
    trials: int = montecarlo.BATCH_TRIALS,
    loaded: LoadedModel | None = None,
    use_prior: bool = True,
) -> JobResult:
    """Refresh forecasts (all open projects, or ``project_ids``) with the current model.

    ``loaded``: the model already in memory (the app's holder), so a one-project refresh does
    not read the artifact from disk again."""
    with job_lock(models_dir):
        if loaded is None:
            loaded = Registry(models_dir).load()
        scorer = scoring.Scorer.make(loaded, use_prior)
        scored = _score(factory, today, scorer, project_ids, trials, progress)
    return JobResult(scorer.basis, scored, version=scorer.version,
                     message=f"Rescored {scored} projects")


def _score(
    factory: sessionmaker[Session],
    today: dt.date,
    scorer: scoring.Scorer,
    project_ids: Sequence[int] | None,
    trials: int,
    progress: Progress,
) -> int:
    with factory() as session:
        open_ids = history.open_project_ids(session)
        ids = open_ids if project_ids is None else sorted(set(project_ids) & set(open_ids))
        if project_ids is None:  # everything: read every portfolio once, and keep the windows
            windows = history.team_outcomes(session, None, before=today + dt.timedelta(days=1))
        else:
            windows = None
        rows = score_projects(session, today, scorer, ids, trials, progress, windows)
    gone = [] if project_ids is None else sorted(set(project_ids) - {r.project_id for r in rows})
    with factory.begin() as session:  # closed (or no longer forecastable) projects lose theirs
        save_forecasts(session, rows, replace_all=project_ids is None, remove=gone)
        if windows is not None:
            portfolios = history.portfolio_ids(session)
            save_portfolio_outcomes(session, teams.to_rows(windows, today, portfolios), today)
    progress(1.0, f"Scored {len(rows)} open projects")
    return len(rows)


def score_projects(
    session: Session,
    today: dt.date,
    scorer: scoring.Scorer | LoadedModel | None,
    project_ids: Sequence[int],
    trials: int = montecarlo.BATCH_TRIALS,
    progress: Progress = _quiet,
    windows: dict[int, feat.Team] | None = None,
) -> list[ForecastInput]:
    """Forecasts as of ``today`` for the given projects (those with nothing to go on are left
    out), in chunks: histories read four queries per chunk, portfolio windows read once."""
    if not isinstance(scorer, scoring.Scorer):
        scorer = scoring.Scorer.make(scorer)
    out: list[ForecastInput] = []
    total = max(1, len(project_ids))
    for start in range(0, len(project_ids), SCORE_CHUNK):
        chunk = list(history.iter_histories(session, project_ids[start:start + SCORE_CHUNK]))
        if windows is None:
            found = teams.load(session, {h.portfolio_id for h in chunk}, today)
        else:
            found = windows
        out += scoring.score_chunk(chunk, found, today, scorer, trials)
        progress(0.7 + 0.25 * min(1.0, (start + SCORE_CHUNK) / total), "Scoring open projects")
    return out
