"""How far to trust the forecasts, in words: which basis gives them (the model trained here,
the shipped prior or Monte Carlo alone), how many open projects' forecasts rest on strong or
thin evidence, and, on a project page, what one forecast rests on and whether it was pulled
toward its portfolio's on-time record (the base rate).

Pure builders: rows are duck-typed (``data.forecast_queries.TrustCount``, a forecast's stored
``evidence`` dict of ``models.evidence.describe``); the trust words' meanings are passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import dash_bootstrap_components as dbc
from dash import html

from components.words import day, plural

BASIS_LABELS = {"classifier": "Model trained here", "prior": "Shipped prior",
                "monte_carlo": "Monte Carlo only"}
BASIS_WORDS = {"classifier": "the model trained here", "prior": "the shipped prior",
               "monte_carlo": "a Monte Carlo simulation alone"}
TRUST_ORDER = ("high", "medium", "low")
SHRUNK_BELOW = 0.95  # a weight under this is worth saying (models.evidence says the same)


def basis_line(method: str, version: str | None, message: str) -> html.P:
    """Which forecasts the app gives now (``models.prior.basis_in_use``)."""
    label = BASIS_LABELS.get(method, method)
    return html.P([dbc.Badge(f"{label}{f' {version}' if version else ''}", color="secondary",
                             className="me-2 fw-normal"), message],
                  className="mb-2", id="forecasts-basis")


def trust_sentences(counts: Sequence[Any]) -> list[str]:
    """Counts by basis and trust word as two or three plain sentences."""
    total = sum(c.projects for c in counts)
    if not total:
        return ["No open project has a forecast yet."]
    by_basis: dict[str, int] = {}
    by_trust: dict[str | None, int] = {}
    for c in counts:
        by_basis[c.basis] = by_basis.get(c.basis, 0) + c.projects
        by_trust[c.trust] = by_trust.get(c.trust, 0) + c.projects
    sources = [f"{n:,} from {BASIS_WORDS.get(b, b)}" for b, n in sorted(
        by_basis.items(), key=lambda kv: list(BASIS_WORDS).index(kv[0])
        if kv[0] in BASIS_WORDS else len(BASIS_WORDS))]
    out = [f"{plural(total, 'open project has', 'open projects have')} a forecast: "
           + ", ".join(sources) + "."]
    levels = [f"{by_trust.get(t, 0):,} {t}" for t in TRUST_ORDER]
    late = by_trust.pop("late", 0)  # 0 % by their passed due date, not by the model's evidence
    if late:
        out.append(f"{plural(late, 'project is late', 'projects are late')}: "
                   f"{'its' if late == 1 else 'their'} chance is 0% because the due date has "
                   "passed. How much evidence the "
                   f"other {total - late:,} rest on: " + ", ".join(levels) + " trust.")
    else:
        out.append("How much evidence they rest on: " + ", ".join(levels) + " trust.")
    low = by_trust.get("low", 0)
    if low:
        out.append(f"{plural(low, 'forecast rests', 'forecasts rest')} on little evidence: "
                   f"read {'it' if low == 1 else 'them'} as rough.")
    unknown = by_trust.get(None, 0)
    if unknown:
        out.append(f"{plural(unknown, 'forecast was', 'forecasts were')} scored before the "
                   "evidence was recorded; the next refresh adds it.")
    return out


def trust_section(basis: Any, counts: Sequence[Any], meanings: Mapping[str, str],
                  counted: str | None = None) -> html.Div:
    """The basis in use, the trust counts and what the trust words mean (``counted``: what the
    portfolio count in them counts, ``models.evidence.PORTFOLIO_RECORD``)."""
    return html.Div([
        basis_line(basis.method, basis.version, basis.message),
        html.Ul([html.Li(s) for s in trust_sentences(counts)], className="mb-1",
                id="forecasts-trust-counts"),
        html.Details([html.Summary("What “trust” means", className="small"),
                      html.Ul([*(html.Li(meanings[t]) for t in TRUST_ORDER if t in meanings),
                               *([html.Li(counted, id="forecasts-trust-counted")]
                                 if counted else [])],
                              className="small mb-0")], id="forecasts-trust-meaning"),
    ], id="forecasts-trust")


def _pct(value: Any) -> str | None:
    return f"{value:.0%}" if isinstance(value, int | float) and not isinstance(value, bool) \
        else None


def late_note(due: Any) -> html.Div:
    """Beside a late project's P(on time): why it is 0 % (docs/metrics.md: a late project's
    P(on time) is stored as 0), in place of the model's view, which it does not use."""
    when = f" ({day(due)})" if isinstance(due, dt.date) else ""
    return html.Div([
        html.Span("Late", className="badge trust-badge trust-low me-1"),
        html.Span(f"Its due date{when} has passed, so the chance of finishing on time is 0%; "
                  "the model's view of the work left does not count for a late project.",
                  id="project-evidence-note"),
    ], className="small mt-1", id="project-evidence")


def evidence_note(evidence: Mapping[str, Any] | None, late_due: Any = None) -> html.Div | None:
    """Beside one project's P(on time): the trust word, what it rests on, and whether (and how
    far) it was pulled toward the base rate; for a late project (``late_due``: its due date,
    passed) why the chance is 0 % instead, never the model's own view beside it."""
    if late_due is not None:
        return late_note(late_due)
    if not isinstance(evidence, Mapping) or not evidence.get("trust"):
        return None
    trust = str(evidence["trust"])
    weight, raw, base = evidence.get("weight"), _pct(evidence.get("raw")), \
        _pct(evidence.get("base_rate"))
    if isinstance(weight, int | float) and weight < SHRUNK_BELOW and raw and base:
        shrunk = (f"Shrunk toward the base rate: the model alone said {raw}; its portfolio's "
                  f"on-time record is {base}, and thin evidence pulled the forecast "
                  f"{1 - weight:.0%} of the way there.")
    elif isinstance(weight, int | float) and raw:
        shrunk = f"Not shrunk: the model kept {weight:.0%} of its own view ({raw})."
    else:
        shrunk = None
    return html.Div([
        html.Span(f"Trust: {trust}", className=f"badge trust-badge trust-{trust} me-1"),
        html.Span(str(evidence.get("note") or ""), id="project-evidence-note"),
        html.Div(shrunk, className="mt-1", id="project-evidence-shrunk") if shrunk else None,
    ], className="small mt-1", id="project-evidence")
