"""Portfolio outcome windows: computed once by the forecast job, read by primary key after.

The forecast job reads every portfolio's projects past the due date in one set-based statement
(``history.team_outcomes``) and stores the latest ``TEAM_WINDOW`` of each in
``portfolio_outcomes``. A what-if or a one-project refresh then needs one indexed read for its
portfolio, not a scan of all its projects' snapshots; if the job has never run (or the
portfolio's row is missing) they fall back to reading that one portfolio.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from data import forecast_queries as fq
from data.forecast_commands import PortfolioOutcomesInput
from models import features as feat
from models import history


def window(team: feat.Team, today: dt.date) -> list[feat.TeamOutcome]:
    """The outcomes a project scored at the end of ``today`` averages over."""
    return team.known(today, exclude=-1, last=feat.TEAM_WINDOW + 1)


def to_rows(teams: dict[int, feat.Team], today: dt.date, portfolios: Iterable[int] = ()
            ) -> list[PortfolioOutcomesInput]:
    """Each portfolio's window as plain rows for ``data.forecast_commands`` (``portfolios``
    without a finished project get an empty row, so nobody falls back to reading theirs).

    One outcome more than the window is kept, so a project that is itself in its portfolio's
    window (it is excluded from its own features) still sees a full window.
    """
    out = []
    for portfolio in sorted(set(teams) | set(portfolios)):
        team = teams.get(portfolio, feat.Team())
        known = window(team, today)
        every = team.known(today, exclude=-1)
        out.append(PortfolioOutcomesInput(
            portfolio_id=portfolio, finished=len(every),
            on_time=sum(1 for t in every if t.on_time),
            outcomes=[[t.project_id, t.known_on.isoformat(), t.on_time, t.delivery_ratio,
                       t.pace, t.delivered, t.planned_days] for t in known]))
    return out


def from_rows(rows: Iterable[list[Any]]) -> feat.Team:
    return feat.Team([
        feat.TeamOutcome(int(pid), dt.date.fromisoformat(known), bool(on_time), ratio, pace,
                         delivered, planned)
        for pid, known, on_time, ratio, pace, delivered, planned in rows])


def load(session: Session, portfolio_ids: Iterable[int], today: dt.date) -> dict[int, feat.Team]:
    """Windows of a few portfolios: stored ones (one key read each), else read afresh."""
    out: dict[int, feat.Team] = {}
    missing = []
    for portfolio in sorted(set(portfolio_ids)):
        stored = fq.portfolio_outcomes(session, portfolio)
        if stored is None:
            missing.append(portfolio)
        else:
            out[portfolio] = from_rows(stored[1])
    if missing:
        out.update(history.team_outcomes(session, missing, before=today + dt.timedelta(days=1)))
    return out
