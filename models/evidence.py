"""How much history a forecast rests on, stored with it (``project_forecasts.evidence``).

A manager needs to know whether "62 %" comes from twenty past-due projects of the same team and
half the schedule of the project's own progress, or from a model that has never seen this team
and a project that has not started. ``trust`` sums it up in one word:

- **high**: the classifier kept at least 80 % of its own view (little shrinkage), the portfolio
  has at least 10 projects past the due date and at least 30 % of the schedule has elapsed;
- **low**: the forecast was pulled more than half-way to the base rate, the portfolio has fewer
  than 3 projects past the due date, or it comes from the prior or a Monte Carlo without the
  project's own throughput;
- **medium**: everything in between.

*Projects past the due date* (docs/metrics.md, Trust) are what the model's portfolio features
average over (``models.features``: ``team_history``): the portfolio's other projects, cancelled
ones apart, whose due date is before the forecast's day, done (on time or late) or still open
(so late), the latest ``TEAM_WINDOW`` of them. A project done early counts from its due date on.
The words here say exactly that; ``note`` words a stored evidence dict again, so a forecast
stored with older words reads the same as a new one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from models.features import TEAM_WINDOW

HIGH_WEIGHT, HIGH_HISTORY, HIGH_ELAPSED = 0.8, 10, 0.3
LOW_WEIGHT, LOW_HISTORY = 0.5, 3


PAST_DUE = "past the due date (done or still open)"
SETTLED = "done, or open past the due date"
"""What a settled project is, in brackets after "N settled projects" (docs/metrics.md, Settled)."""
INSTALLATION_MODEL = "the installation's model, trained on {n} settled projects across all " \
    "portfolios ({settled})"
"""The model a forecast comes from: one for the installation, whoever reads (docs/metrics.md)."""
"""What the portfolio count is, after "N projects of its portfolio" (docs/metrics.md, Trust)."""

TRUST_MEANING = {
    "high": (f"high: the model kept at least {HIGH_WEIGHT:.0%} of its own view, the portfolio has "
             f"at least {HIGH_HISTORY} projects {PAST_DUE} and at least {HIGH_ELAPSED:.0%} of "
             "the schedule has passed"),
    "medium": "medium: in between",
    "low": (f"low: pulled more than half-way to the portfolio's on-time record, fewer than "
            f"{LOW_HISTORY} projects of the portfolio {PAST_DUE}, or it comes from the shipped "
            "prior or from a simulation without the project's own pace: read it as rough"),
}
PORTFOLIO_RECORD = (f"Projects past the due date: the portfolio's other projects (cancelled ones "
                    f"apart) whose due date has passed, done or still open, the latest "
                    f"{TEAM_WINDOW} at most. A project done early counts once its due date has "
                    "passed.")
"""What the trust's portfolio count counts, said once beside the trust words."""
"""What each trust word means, in a manager's words (the Forecasts page and the docs say the
same)."""


def _num(value: float | None, digits: int = 3) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value), digits)


def trust(basis: str, weight: float | None, history: int, elapsed: float | None,
          mc_source: str | None = None) -> str:
    if basis == "prior" or (basis == "monte_carlo" and mc_source != "project"):
        return "low"
    if history < LOW_HISTORY or (weight is not None and weight < LOW_WEIGHT):
        return "low"
    elapsed = 0.0 if elapsed is None or math.isnan(elapsed) else elapsed
    if basis == "classifier" and (weight or 0) >= HIGH_WEIGHT and history >= HIGH_HISTORY \
            and elapsed >= HIGH_ELAPSED:
        return "high"
    return "medium"


def describe(
    basis: str,
    features: dict[str, float],
    *,
    raw: float | None = None,
    base: float | None = None,
    weight: float | None = None,
    novelty: float | None = None,
    training_projects: int | None = None,
    mc_source: str | None = None,
    blend_weight: float = 0.0,
    prior_weight: float = 0.0,
) -> dict[str, Any]:
    """The JSON stored beside a forecast (every number rounded, ``None`` when unknown)."""
    n = int(features.get("team_history") or 0)
    elapsed = features.get("elapsed_frac")
    word = trust(basis, weight, n, elapsed, mc_source)
    out = {
        "basis": basis,
        "trust": word,
        "finished_in_portfolio": n,
        "training_projects": training_projects,
        "elapsed": _num(elapsed),
        "raw": _num(raw, 4),
        "base_rate": _num(base, 4),
        "weight": _num(weight),
        "novelty": _num(novelty),
        "mc_source": mc_source,
        "blend_weight": _num(blend_weight),
        "prior_weight": _num(prior_weight),
    }
    out["note"] = note(out)
    return out


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) else float(value)


def portfolio_part(n: int) -> str:
    """"14 projects of its portfolio past the due date (done or still open)"."""
    latest = f", the latest {TEAM_WINDOW}" if n >= TEAM_WINDOW else ""
    return (f"{n} project{'s' if n != 1 else ''} of its portfolio past the due date (done or "
            f"still open{latest})")


def note(evidence: Mapping[str, Any]) -> str:
    """What a forecast rests on, in one sentence, from its stored evidence (``describe``)."""
    parts = [portfolio_part(int(evidence.get("finished_in_portfolio") or 0))]
    training = evidence.get("training_projects")
    prior_weight = _number(evidence.get("prior_weight")) or 0.0
    elapsed, weight = _number(evidence.get("elapsed")), _number(evidence.get("weight"))
    if training:
        # the training set, worded as the Forecasts page's model note words it
        parts.append(INSTALLATION_MODEL.format(n=training, settled=SETTLED))
        if prior_weight > 0:
            parts.append(f"weighted {prior_weight:.0%} toward the prior fitted on public sprint "
                         "data")
    elif evidence.get("basis") == "prior":
        parts.append("coefficients fitted on public sprint data (no model trained here yet)")
    if elapsed is not None:
        parts.append(f"{max(0.0, min(1.0, elapsed)):.0%} of its schedule elapsed")
    if weight is not None and weight < 0.95:
        parts.append(f"pulled {1 - weight:.0%} of the way toward the base rate")
    return "Rests on " + ", ".join(parts) + "."


def reworded(evidence: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A stored evidence dict with its note worded as ``note`` words it now (forecasts stored
    before the words changed read like new ones until the next rescore rewrites them)."""
    if not isinstance(evidence, Mapping) or "finished_in_portfolio" not in evidence:
        return dict(evidence) if isinstance(evidence, Mapping) else None
    return {**evidence, "note": note(evidence)}
