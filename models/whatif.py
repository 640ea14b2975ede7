"""For the project page: what-if on P(on time), and the Monte Carlo cone for the burn-up.

One P(on time) per project (``docs/metrics.md``): the baseline of a what-if is exactly the stored
``project_forecasts.p_on_time`` the page header shows, and a scenario moves from it by the model's
own change on the logit scale:

    logit(p_scenario) = logit(p_stored) + logit(m(edited)) − logit(m(today))

where ``m`` is the model that produced the stored number (the classifier, the shipped prior, or
the Monte Carlo for a forecast that came from it), evaluated on today's state and on the edited
one. With no change the scenario is the stored number to the last digit, and the scenario moves
in the direction and by the amount the model says, whatever happened since the last scoring.

The edit is made to the as-of-today state (scope points; team size, with throughput scaled in
proportion), then the same ``derive`` the model was trained on turns it into features.
Impossible inputs (a team below one person, scope below the points already done) are refused
with ``InvalidScenario``. Portfolio statistics come from ``portfolio_outcomes`` (one key read,
``models.teams``), never from a scan of the portfolio's snapshots per request.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from data import forecast_queries as fq
from models import features as feat
from models import history, montecarlo, teams
from models.registry import LoadedModel
from models.scoring import Scorer, model_probability
from models.shrink import logit, sigmoid

TRIALS = montecarlo.BATCH_TRIALS  # the job's trials and seed: today's simulation = the stored
MAX_TEAM_DELTA = 50
MAX_SCOPE_DELTA = 1_000_000


class InvalidScenario(ValueError):
    """A scenario that cannot happen; the message says why, in a manager's words."""


@dataclass(frozen=True)
class Scenario:
    """A what-if's answer. ``p_on_time`` is the one to show; ``baseline`` is the stored value.

    ``p_classifier``/``p_monte_carlo`` are the raw model and simulation probabilities of the
    edited project (kept for pages written before the shift existed)."""

    scope_delta: float
    team_delta: float
    p_classifier: float | None
    p_monte_carlo: float | None
    p85: dt.date | None
    p_on_time: float | None = None
    baseline: float | None = None
    method: str | None = None  # which model moved the baseline
    model_today: float | None = None
    p95: dt.date | None = None


@dataclass(frozen=True)
class Loaded:
    """A project's history, its portfolio window and today's state."""

    history: feat.History
    team: feat.Team
    state: feat.State


def load(session: Session, project_id: int, today: dt.date,
         team_of: Callable[[int], feat.Team] | None = None) -> Loaded | None:
    """The project's history, its portfolio's window and today's state. ``team_of`` lets the
    page memoise the window per data version (``teams.load`` otherwise)."""
    found = history.load_histories(session, [project_id])
    if project_id not in found:
        return None
    h = found[project_id]
    if team_of is not None:
        team = team_of(h.portfolio_id)
    else:
        team = teams.load(session, [h.portfolio_id], today).get(h.portfolio_id, feat.Team())
    return Loaded(h, team, feat.state_as_of(h, today, team))


def check(state: feat.State, scope_delta: float, team_delta: float) -> None:
    """Refuse what cannot happen (and absurd sizes), with a message naming the limit."""
    for name, value in (("Scope change", scope_delta), ("Team change", team_delta)):
        if not isinstance(value, int | float) or not math.isfinite(value):
            raise InvalidScenario(f"{name} must be a number.")
    if abs(scope_delta) > MAX_SCOPE_DELTA or abs(team_delta) > MAX_TEAM_DELTA:
        raise InvalidScenario("That change is far outside anything the forecast can judge.")
    if state.scope + scope_delta < state.done:
        raise InvalidScenario(
            f"Scope cannot go below the {state.done:g} points already done "
            f"(the most it can shrink is {state.scope - state.done:g} points).")
    team = state.team if state.team > 0 else 1.0
    if team + team_delta < 1:
        raise InvalidScenario(
            f"The team would have {team + team_delta:g} people; a project needs at least one "
            f"(it has {team:g}).")


def edited_state(state: feat.State, scope_delta: float = 0.0, team_delta: float = 0) -> feat.State:
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


def shifted(stored: float, model_today: float, model_edited: float) -> float:
    """The stored probability moved by the model's change on the logit scale."""
    if model_edited == model_today:
        return stored
    return float(sigmoid(logit(stored) + logit(model_edited) - logit(model_today)))


def evaluate(
    loaded: Loaded,
    today: dt.date,
    scorer: Scorer,
    stored: fq.StoredForecast | None,
    scope_delta: float = 0.0,
    team_delta: float = 0.0,
    trials: int = TRIALS,
) -> Scenario:
    """The scenario for an already loaded project (suggestions call this in a loop)."""
    h, state = loaded.history, loaded.state
    check(state, scope_delta, team_delta)
    edited = edited_state(state, scope_delta, team_delta)
    p_model_today = p_model = None
    if scorer.basis != "monte_carlo" and h.due is not None and h.start is not None:
        pair = model_probability(scorer, [feat.derive(state), feat.derive(edited)])
        if pair is not None:
            p_model_today, p_model = float(pair[0]), float(pair[1])
    speed = edited.team / max(state.team, 1.0)
    kwargs = {"trials": trials, "seed": h.project_id}
    sim = montecarlo.forecast(h, today, loaded.team, scope_delta=edited.scope - state.scope,
                              speed=speed, **kwargs)
    mc_p = sim.p_on_time if sim else None

    def mc_today() -> float | None:
        """Today's simulation; with no change it is ``sim`` (run only when it is needed)."""
        same = edited.scope == state.scope and speed == 1.0
        now = sim if same else montecarlo.forecast(h, today, loaded.team, **kwargs)
        return now.p_on_time if now else None

    method, base_today, base_edited = None, None, None
    if stored is not None and stored.method != "monte_carlo" and p_model is not None:
        method, base_today, base_edited = stored.method, p_model_today, p_model
    elif mc_p is not None and (mc_now := mc_today()) is not None:
        method, base_today, base_edited = "monte_carlo", mc_now, mc_p
    elif p_model is not None:
        method, base_today, base_edited = scorer.basis, p_model_today, p_model
    baseline = stored.p_on_time if stored is not None else None
    p: float | None
    # base_today and base_edited are set together (both or neither); the check says so to mypy
    if baseline is not None and base_today is not None and base_edited is not None:
        p = shifted(baseline, base_today, base_edited)
    else:
        p = baseline if base_edited is None else base_edited
    return Scenario(scope_delta, team_delta, p_model, mc_p, sim.p85 if sim else None, p,
                    baseline, method, base_today, sim.p95 if sim else None)


def unchanged(stored: fq.ForecastRow | None) -> Scenario | None:
    """The scenario of no change: the stored forecast itself, which ``evaluate`` returns for no
    change to the last digit (``shifted`` of two equal model values), without running a model;
    ``None`` without a stored forecast."""
    if stored is None:
        return None
    return Scenario(0.0, 0.0, None, None, stored.p85_date, stored.p_on_time, stored.p_on_time,
                    stored.method, None, stored.p95_date)


def scenario(
    session: Session,
    project_id: int,
    today: dt.date,
    loaded: LoadedModel | None,
    scope_delta: float = 0.0,
    team_delta: float = 0.0,
    trials: int = TRIALS,
    found: Loaded | None = None,
) -> Scenario | None:
    """A what-if from the stored P(on time); ``None`` when the project does not exist.

    Raises ``InvalidScenario`` for a team below one person or scope below the done points.
    ``found`` is the project already loaded (``load``), so a page loads it once."""
    found = found or load(session, project_id, today)
    if found is None:
        return None
    stored = fq.stored_forecast(session, project_id)
    return evaluate(found, today, Scorer.make(loaded), stored, scope_delta, team_delta, trials)


def what_if(
    session: Session,
    project_id: int,
    today: dt.date,
    loaded: LoadedModel | None,
    scope_delta: float = 0.0,
    team_delta: float = 0,
    trials: int = TRIALS,
) -> Scenario | None:
    """``scenario`` for pages written before it, with out-of-range edits clamped (never raises):
    ``p_classifier`` is the shifted probability, so its baseline is the stored number."""
    found = load(session, project_id, today)
    if found is None:
        return None
    state = found.state
    scope_delta = max(scope_delta, state.done - state.scope)
    team_delta = max(team_delta, 1 - max(state.team, 1.0))
    stored = fq.stored_forecast(session, project_id)
    result = evaluate(found, today, Scorer.make(loaded), stored, scope_delta, team_delta, trials)
    shown = result.p_on_time if result.method != "monte_carlo" else result.p_classifier
    return replace(result, p_classifier=shown)


def project_cone(
    session: Session, project_id: int, today: dt.date, periods: int = 12, trials: int = 2_000,
    scope_delta: float = 0.0, team_delta: float = 0.0, found: Loaded | None = None,
) -> list[montecarlo.ConeRow]:
    """(period end, P15, P50, P85, P5 of done points) for the burn-up's cone, reaching the P95
    completion date (where P5 meets the scope); [] without history. With a scope or team change
    the cone is the what-if's: the scope moved and the throughput scaled by the team's change,
    through the same ``edited_state`` as the what-if's probabilities."""
    found = found or load(session, project_id, today)
    if found is None:
        return []
    source = montecarlo.throughput(found.history, today, found.team)
    if source is None:
        return []
    state = edited = found.state
    if scope_delta or team_delta:
        edited = edited_state(state, scope_delta, team_delta)
        speed = edited.team / max(state.team, 1.0)
        source = replace(source, samples=tuple(v * speed for v in source.samples))
    return montecarlo.burnup_cone(edited.done, edited.scope, source, today, periods, trials,
                                  seed=project_id)
