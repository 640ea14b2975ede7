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
from collections.abc import Callable, Mapping, Sequence
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


def _count(count: int, word: str, many: str | None = None) -> str:
    """``components.words.plural``'s rule: "180 forecasts", "1 project"."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def held_out_sentence(rows: Any, projects: Any) -> str | None:
    """What the calibration counts count: forecasts (the model's held-out rows, several per
    project, from days along its schedule), not projects (``n_test_rows``, ``n_test_projects``
    of the model's metrics)."""
    if not isinstance(rows, int) or not isinstance(projects, int) or not rows or not projects:
        return None
    return (f"These count {_count(rows, 'forecast', 'forecasts')} made for the "
            f"{_count(projects, 'project', 'projects')} of all portfolios that settled last "
            "(done, or open past the due date; several per project, on days along its "
            "schedule), which the installation's model did not see.")


def accuracy_sentences(curves: Mapping[str, Sequence[Mapping[str, Any]]], method: str | None = None,
                       min_forecasts: int = 5, held_out: str | None = None) -> list[str]:
    """The reliability diagram in words: "Of the 23 forecasts that called a project about 80 %
    likely to finish on time, the project finished on time in 78 %." A bin counts forecasts,
    several per held-out project (``held_out`` says how many of each, first). One sentence for
    the likeliest bin and one for the least likely (bins of at least ``min_forecasts``), of the
    method in use (the classifier when it has bins, else the first method that has)."""
    name = method if method and curves.get(method) else next(
        (m for m in ("classifier", "monte_carlo", *curves) if curves.get(m)), None)
    if name is None:
        return []
    bins = [b for b in curves[name] if b.get("n", 0) >= min_forecasts
            and b.get("mean_p") is not None and b.get("observed") is not None]
    if not bins:
        return []
    picked = [max(bins, key=lambda b: b["mean_p"])]
    low = min(bins, key=lambda b: b["mean_p"])
    if low is not picked[0] and low["mean_p"] < 0.5:
        picked.append(low)
    return ([held_out] if held_out else []) + [
        f"Of the {_count(b['n'], 'forecast', 'forecasts')} that called a project about "
        f"{b['mean_p']:.0%} likely to finish on time, the project finished on time in "
        f"{b['observed']:.0%}." for b in picked]
