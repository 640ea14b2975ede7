"""Writing forecasts: validate every row, replace them in one transaction, record an event."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from data import events
from data.errors import RowError, ValidationFailed
from data.schema import (
    FORECAST_METHODS,
    PortfolioOutcomes,
    Project,
    ProjectForecast,
    table_of,
    utcnow,
)

EVENT_TYPE = "forecast.updated"
CHUNK = 1000
MAX_EVENT_IDS = 1000
TABLE = "project_forecasts"


@dataclass(frozen=True)
class ForecastInput:
    """One project's forecast as the forecasting job produced it."""

    project_id: int
    method: str
    as_of: dt.date
    p_on_time: float | None = None
    mc_p_on_time: float | None = None
    p50_date: dt.date | None = None
    p85_date: dt.date | None = None
    p95_date: dt.date | None = None
    model_version: str | None = None
    drivers: list[dict[str, Any]] = field(default_factory=list)
    evidence: dict[str, Any] | None = None


def _problems(i: int, row: ForecastInput) -> Iterable[RowError]:
    def error(name: str, message: str) -> RowError:
        return RowError(TABLE, i, name, message)

    if row.method not in FORECAST_METHODS:
        yield error("method", f"unknown method {row.method!r} (expected one of: "
                              f"{', '.join(FORECAST_METHODS)})")
    for name in ("p_on_time", "mc_p_on_time"):
        value = getattr(row, name)
        if value is not None and (math.isnan(value) or not 0.0 <= value <= 1.0):
            yield error(name, f"must be a probability between 0 and 1, got {value}")
    dates = [row.p50_date, row.p85_date, row.p95_date]
    known = [d for d in dates if d is not None]
    if known != sorted(known):
        yield error("p85_date", "P50, P85 and P95 dates must not go backwards")
    if row.method in ("classifier", "prior") and not row.model_version:
        yield error("model_version", f"a {row.method} forecast names its model version")
    if row.evidence is not None and not isinstance(row.evidence, dict):
        yield error("evidence", "must be a JSON object")


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start:start + CHUNK])


def save_forecasts(
    session: Session,
    rows: Sequence[ForecastInput],
    *,
    replace_all: bool = False,
    remove: Sequence[int] = (),
    scored_at: dt.datetime | None = None,
) -> int:
    """Store ``rows`` (replacing earlier forecasts of their projects) or raise
    ``ValidationFailed`` with every problem. ``replace_all`` also drops the forecasts of
    projects not in ``rows`` (closed since, or no longer forecastable); ``remove`` drops
    those of the given projects only."""
    errors = [e for i, row in enumerate(rows) for e in _problems(i, row)]
    ids = [row.project_id for row in rows]
    seen: set[int] = set()
    for i, pid in enumerate(ids):
        if pid in seen:
            errors.append(RowError(TABLE, i, "project_id", f"project {pid} appears twice"))
        seen.add(pid)
    existing: set[int] = set()
    for batch in _chunks(sorted(seen)):
        existing.update(session.scalars(select(Project.id).where(Project.id.in_(batch))))
    errors += [RowError(TABLE, i, "project_id", f"no project with id {pid}")
               for i, pid in enumerate(ids) if pid not in existing]
    if errors:
        raise ValidationFailed(errors)
    table = table_of(ProjectForecast)
    if replace_all:
        session.execute(delete(table))
    else:
        for batch in _chunks(sorted(seen | set(remove))):
            session.execute(delete(table).where(table.c.project_id.in_(batch)))
    stamp = scored_at or utcnow()
    values = [{**asdict(row), "scored_at": stamp} for row in rows]
    for start in range(0, len(values), CHUNK):
        session.execute(insert(table), values[start:start + CHUNK])
    # a portfolio-wide refresh names no ids: the event stays small, listeners reload everything
    touched = seen | set(remove)
    events.record(session, EVENT_TYPE, sorted(touched) if len(touched) <= MAX_EVENT_IDS else ())
    return len(values)


@dataclass(frozen=True)
class PortfolioOutcomesInput:
    """One portfolio's latest finished projects (see ``data.schema.PortfolioOutcomes``)."""

    portfolio_id: int
    finished: int
    on_time: int
    outcomes: list[list[Any]] = field(default_factory=list)


def save_portfolio_outcomes(
    session: Session, rows: Sequence[PortfolioOutcomesInput], as_of: dt.date,
    *, replace_all: bool = True,
) -> int:
    """Store every portfolio's outcome window as of ``as_of`` (the forecast job's day).

    ``replace_all`` drops portfolios not in ``rows`` (they have no finished project any more).
    """
    table = table_of(PortfolioOutcomes)
    ids = sorted({r.portfolio_id for r in rows})
    if replace_all:
        session.execute(delete(table))
    else:
        for batch in _chunks(ids):
            session.execute(delete(table).where(table.c.portfolio_id.in_(batch)))
    stamp = utcnow()
    values = [{"portfolio_id": r.portfolio_id, "as_of": as_of, "finished": r.finished,
               "on_time": r.on_time, "outcomes": r.outcomes, "computed_at": stamp}
              for r in rows]
    for start in range(0, len(values), CHUNK):
        session.execute(insert(table), values[start:start + CHUNK])
    return len(values)
