"""Where each number of a forecast comes from, in words, and the one sentence said when the two
disagree (docs/metrics.md, Finish dates).

P(on time) comes from the classifier (or the shipped prior, or the simulation when there is
neither); the P50/P85/P95 dates always come from the Monte Carlo simulation of the remaining
work (``models.scoring``). The project page, the project report (and its narrative's fact
sheet) and the copilot's project forecast label both with these words, and when
``data.metrics.forecast_disagreement`` says they contradict each other, say so with
``disagreement_sentence``. Pure: no database, no scikit-learn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from data.metrics import forecast_disagreement

PROBABILITY_SOURCES = {
    "classifier": "the classifier",
    "prior": "the shipped prior",
    "monte_carlo": "the Monte Carlo simulation",
}
DATES_SOURCE = "a Monte Carlo simulation of the remaining work"
WHY_THEY_DIFFER = ("{source} weighs the portfolio's record and the schedule, the simulation "
                   "replays the recent pace on the remaining points")


def probability_source(method: str | None, version: str | None = None) -> str:
    """"the classifier (model v0001)": what P(on time) comes from."""
    name = PROBABILITY_SOURCES.get(method or "", str(method or "unknown").replace("_", " "))
    return f"{name} (model {version})" if version and method != "monte_carlo" else name


def sources_sentence(method: str | None, version: str | None = None) -> str:
    """"P(on time) from the classifier (model v0001); finish dates from a Monte Carlo
    simulation of the remaining work." """
    return (f"P(on time) from {probability_source(method, version)}; finish dates from "
            f"{DATES_SOURCE}.")


def day(value: dt.date) -> str:
    """A day as a person reads it: "2 Jun 2029". A copy of ``components.words.day`` for the
    sentences models write (models import no components; a test holds the two equal)."""
    return f"{value.day} {value:%b %Y}"


def iso(value: dt.date) -> str:
    """A day as a machine reads it: "2029-06-02" (the report narrative's facts for its
    model)."""
    return value.isoformat()


def disagreement_sentence(forecast: Any, due: dt.date | None = None,
                          write_day: Callable[[dt.date], str] = day) -> str | None:
    """One plain sentence when P(on time) and the simulated dates contradict each other
    (``data.metrics.forecast_disagreement``), naming both and why they can differ; ``None``
    when they agree. ``forecast``: a stored forecast row (``p_on_time``, ``p50_date``,
    ``p85_date``, ``method``; ``due_date`` unless ``due`` is given). Its days read "2 Jun 2029"
    (the project page, the report, the copilot); the narrative's facts for its model pass
    ``write_day=iso``."""
    due = due if due is not None else getattr(forecast, "due_date", None)
    p, p50, p85 = forecast.p_on_time, forecast.p50_date, forecast.p85_date
    method = getattr(forecast, "method", None)
    kind = forecast_disagreement(p, p50, p85, due, method)
    if kind is None or p is None or due is None or p50 is None:
        return None
    source = PROBABILITY_SOURCES.get(method or "", "the model")
    first = source[0].upper() + source[1:]
    if kind == "p50_after":
        dates = (f"the simulation of the remaining work puts the expected finish (P50, "
                 f"{write_day(p50)}) after the due date ({write_day(due)})")
    elif kind == "p85_after":
        assert p85 is not None
        dates = (f"the simulation of the remaining work puts the P85 date ({write_day(p85)}) "
                 f"after the due date ({write_day(due)})")
    else:
        dates = (f"the simulation of the remaining work expects it by then (P50 "
                 f"{write_day(p50)}, due {write_day(due)})")
    return (f"{first} gives {p:.0%} for finishing by the due date, yet {dates}: they can "
            f"differ because {WHY_THEY_DIFFER.format(source=source)}.")
