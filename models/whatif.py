"""For the project page: what-if on P(on time), and the Monte Carlo cone for the burn-up.

What-if: the edit is made to the as-of-today state (scope points; team size, with throughput
scaled in proportion to it), then the same ``derive`` the model was trained on turns it into
features, so the classifier and the Monte Carlo answer for the edited project as for a real one.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

import pandas as pd
from sqlalchemy.orm import Session

from models import features as feat
from models import history, montecarlo
from models.registry import LoadedModel


@dataclass(frozen=True)
class Scenario:
    scope_delta: float
    team_delta: int
    p_classifier: float | None
    p_monte_carlo: float | None
    p85: dt.date | None


def edited_state(state: feat.State, scope_delta: float = 0.0, team_delta: int = 0) -> feat.State:
    """The state with ``scope_delta`` more points to do and ``team_delta`` more people."""
    team = max(state.team, 1.0)
    new_team = max(1.0, team + team_delta)
    speed = new_team / team
    fte = state.fte * speed if state.fte == state.fte else state.fte  # NaN stays NaN
    return replace(
        state,
        scope=max(state.done, state.scope + scope_delta),
        team=new_team,
        fte=fte,
        rates={k: v * speed for k, v in state.rates.items()},
    )


def what_if(
    session: Session,
    project_id: int,
    today: dt.date,
    loaded: LoadedModel | None,
    scope_delta: float = 0.0,
    team_delta: int = 0,
    trials: int = 2_000,
) -> Scenario | None:
    """The scenario's probabilities (``None`` for a method that cannot say), or ``None`` when
    the project does not exist. Pass ``scope_delta=0, team_delta=0`` for the baseline."""
    found = history.load_histories(session, [project_id])
    if project_id not in found:
        return None
    h = found[project_id]
    team = history.team_outcomes(session, [h.portfolio_id]).get(h.portfolio_id, [])
    state = feat.state_as_of(h, today, team)
    edited = edited_state(state, scope_delta, team_delta)
    p_classifier = None
    if loaded is not None and h.due is not None and h.start is not None:
        frame = pd.DataFrame([feat.derive(edited)], columns=list(feat.FEATURES))
        p_classifier = float(loaded.model.predict(frame)[0])
    speed = edited.team / max(state.team, 1.0)
    sim = montecarlo.forecast(h, today, team, trials=trials, seed=project_id,
                              scope_delta=edited.scope - state.scope, speed=speed)
    return Scenario(scope_delta, team_delta, p_classifier,
                    sim.p_on_time if sim else None, sim.p85 if sim else None)


def project_cone(
    session: Session, project_id: int, today: dt.date, periods: int = 12, trials: int = 2_000
) -> list[tuple[dt.date, float, float, float]]:
    """(period end, P15, P50, P85 of done points) for the burn-up's cone; [] without history."""
    found = history.load_histories(session, [project_id])
    if project_id not in found:
        return []
    h = found[project_id]
    team = history.team_outcomes(session, [h.portfolio_id]).get(h.portfolio_id, [])
    source = montecarlo.throughput(h, today, team)
    if source is None:
        return []
    state = feat.state_as_of(h, today)
    return montecarlo.burnup_cone(state.done, state.scope, source, today, periods, trials,
                                  seed=project_id)


def shifted(stored: float, base: float, changed: float) -> float:
    """The stored P(on time) moved by the model's change on the logit scale, so a what-if
    starts from the number the page shows and an unchanged scenario gives it back exactly."""
    if base == changed:
        return stored

    def logit(p: float) -> float:
        p = min(max(p, 1e-6), 1 - 1e-6)
        return math.log(p / (1 - p))

    value = logit(stored) + logit(changed) - logit(base)
    return 1 / (1 + math.exp(-value))
