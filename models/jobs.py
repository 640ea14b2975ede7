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
import statistics
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy.orm import Session, sessionmaker
from threadpoolctl import threadpool_limits

from data.forecast_commands import ForecastInput, save_forecasts
from data.schema import utcnow
from models import features as feat
from models import forecast, history, montecarlo, training
from models.registry import LoadedModel, Registry

log = logging.getLogger(__name__)
Progress = Callable[[float, str], None]
LOCK_FILE = ".job.lock"
SCORE_CHUNK = 500


@dataclass
class JobResult:
    method: str  # "classifier" or "monte_carlo"
    scored: int
    finished_projects: int = 0
    version: str | None = None
    message: str = ""
    metrics: dict | None = field(default=None, repr=False)

    def as_dict(self) -> dict:
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
    trials: int = montecarlo.TRIALS,
    seed: int = 0,
) -> JobResult:
    """Train on settled projects (if there are enough), save the version, rescore open ones."""
    registry = Registry(models_dir)
    with job_lock(models_dir):
        progress(0.05, "Reading project history")
        with factory() as session:
            try:
                examples = training.build_examples(session, today)
                short = None
            except training.NotEnoughHistory as exc:
                short, settled = exc, len(history.settled_outcomes(session, today))
        if short is not None:
            progress(0.5, "Too little history: scoring with Monte Carlo")
            scored = _score(factory, today, None, None, trials, progress)
            return JobResult("monte_carlo", scored, settled, None, str(short))
        progress(0.35, f"Training on {examples.n_projects} finished projects")
        model, report = training.train_and_evaluate(examples, settings, seed)
        metrics = {**report, "trained_at": utcnow().isoformat(timespec="seconds"),
                   "as_of": today.isoformat()}
        version = registry.save(model, metrics)
        progress(0.7, f"Saved model {version}; scoring open projects")
        loaded = LoadedModel(version, model, {**metrics, "version": version})
        scored = _score(factory, today, loaded, None, trials, progress)
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
    trials: int = montecarlo.TRIALS,
) -> JobResult:
    """Refresh forecasts (all open projects, or ``project_ids``) with the current model."""
    with job_lock(models_dir):
        loaded = Registry(models_dir).load()
        scored = _score(factory, today, loaded, project_ids, trials, progress)
    method = "classifier" if loaded else "monte_carlo"
    return JobResult(method, scored, version=loaded.version if loaded else None,
                     message=f"Rescored {scored} projects")


def _score(
    factory: sessionmaker[Session],
    today: dt.date,
    loaded: LoadedModel | None,
    project_ids: Sequence[int] | None,
    trials: int,
    progress: Progress,
) -> int:
    with factory() as session:
        open_ids = history.open_project_ids(session)
        ids = open_ids if project_ids is None else sorted(set(project_ids) & set(open_ids))
        rows = score_projects(session, today, loaded, ids, trials, progress)
    gone = [] if project_ids is None else sorted(set(project_ids) - {r.project_id for r in rows})
    with factory.begin() as session:  # closed (or no longer forecastable) projects lose theirs
        save_forecasts(session, rows, replace_all=project_ids is None, remove=gone)
    progress(1.0, f"Scored {len(rows)} open projects")
    return len(rows)


def score_projects(
    session: Session,
    today: dt.date,
    loaded: LoadedModel | None,
    project_ids: Sequence[int],
    trials: int = montecarlo.TRIALS,
    progress: Progress = _quiet,
) -> list[ForecastInput]:
    """Forecasts as of ``today`` for the given projects (those with nothing to go on are left
    out): classifier probability and drivers when a model is loaded, Monte Carlo dates always."""
    out: list[ForecastInput] = []
    total = max(1, len(project_ids))
    for start in range(0, len(project_ids), SCORE_CHUNK):
        chunk = list(history.iter_histories(session, project_ids[start:start + SCORE_CHUNK]))
        teams = history.team_outcomes(session, {h.portfolio_id for h in chunk})
        out += _score_chunk(chunk, teams, today, loaded, trials)
        progress(0.7 + 0.25 * min(1.0, (start + SCORE_CHUNK) / total), "Scoring open projects")
    return out


def _score_chunk(
    chunk: list[feat.History],
    teams: dict[int, list[feat.TeamOutcome]],
    today: dt.date,
    loaded: LoadedModel | None,
    trials: int,
) -> list[ForecastInput]:
    sims = [montecarlo.forecast(h, today, teams.get(h.portfolio_id, []), trials, h.project_id)
            for h in chunk]
    rows = [feat.features_as_of(h, today, teams.get(h.portfolio_id, [])) for h in chunk]
    use_model = [loaded is not None and h.due is not None and h.start is not None for h in chunk]
    probs: dict[int, float] = {}
    drivers: dict[int, list[dict]] = {}
    picked = [i for i, ok in enumerate(use_model) if ok]
    if picked and loaded is not None:
        frame = pd.DataFrame.from_records([rows[i] for i in picked],
                                          columns=list(feat.FEATURES))
        for i, p, why in zip(picked, loaded.model.predict(frame), loaded.model.drivers(frame),
                             strict=True):
            probs[i], drivers[i] = float(p), why
            if chunk[i].due < today:  # already late: nothing left to estimate
                late = forecast.driver("days_left", rows[i]["days_left"], -float(p))
                probs[i], drivers[i] = 0.0, [late]
    out = []
    for i, (h, sim) in enumerate(zip(chunk, sims, strict=True)):
        if i not in probs and sim is None:
            continue
        mc_p = sim.p_on_time if sim else None
        out.append(ForecastInput(
            project_id=h.project_id,
            method="classifier" if i in probs else "monte_carlo",
            as_of=today,
            p_on_time=probs.get(i, mc_p),
            mc_p_on_time=mc_p,
            p50_date=sim.p50 if sim else None,
            p85_date=sim.p85 if sim else None,
            p95_date=sim.p95 if sim else None,
            model_version=loaded.version if i in probs and loaded else None,
            drivers=drivers.get(i) or mc_drivers(h, today, teams.get(h.portfolio_id, []), sim),
        ))
    return out


def mc_drivers(
    history_: feat.History,
    today: dt.date,
    team: Sequence[feat.TeamOutcome],
    sim: montecarlo.MonteCarloResult | None,
) -> list[dict]:
    """What a simulation rests on (no effect sizes): remaining work and typical throughput."""
    if sim is None:
        return []
    source = montecarlo.throughput(history_, today, team)
    per_period = statistics.median(source.samples) if source else 0.0
    return [
        {"feature": "remaining_points", "label": "Remaining points",
         "value": round(sim.remaining, 3), "effect": None},
        {"feature": "median_throughput",
         "label": f"Median points per {sim.period_days} days ({sim.source})",
         "value": round(per_period, 3), "effect": None},
    ]
