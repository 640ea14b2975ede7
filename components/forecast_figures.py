"""Forecast-quality figures and tables: plain dicts and rows in, plotly figures or layout out.

The inputs are the registry's metrics JSON (``methods``, ``reliability``, ``importance``) and
forecast rows from ``data.forecast_queries`` (duck-typed: components never import data).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import dcc, html

from components.feedback import empty_figure, empty_note, scroll_region
from components.plain import Plain, child, element
from components.plotting import new_figure, titled
from components.theme import BLUE, GREY, ORANGE, PURPLE, VERMILLION
from components.words import day, moment, number_word, period_label, plural

METHOD_LABELS = {
    "classifier": "Classifier",
    "monte_carlo": "Monte Carlo",
    "base_rate": "Base rate",
    "done_vs_elapsed": "Done ≥ elapsed",
}
METHOD_COLORS = {"classifier": BLUE, "monte_carlo": ORANGE, "base_rate": GREY,
                 "done_vs_elapsed": PURPLE}
LEGEND_BELOW = {"orientation": "h", "y": -0.25, "x": 0, "xanchor": "left"}
HELD_OUT = "Held-out projects the model did not see"
SCORE_COLUMNS = [("brier", "Brier ↓"), ("bss", "Skill ↑"), ("auc", "AUC ↑"),
                 ("log_loss", "Log loss ↓"), ("ece", "Calibration error ↓")]
NO_MODEL = "No trained model yet."
LABEL_WIDTH = 26  # characters per line of a feature name


def _num(value, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def quality_table(methods: Mapping[str, Mapping], table_id: str) -> html.Div | html.P:
    """Scores of every method on the held-out projects; the best value per column in bold."""
    if not methods:
        return empty_note(NO_MODEL)
    best: dict[str, float] = {}
    for key, _label in SCORE_COLUMNS:
        values = [v for m in methods.values() if (v := m.get(key)) is not None]
        if values:
            best[key] = min(values) if key in ("brier", "log_loss", "ece") else max(values)
    body = []
    for name, scores in methods.items():
        cells = [html.Td(METHOD_LABELS.get(name, name))]
        for key, _label in SCORE_COLUMNS:
            value = scores.get(key)
            text = _num(value)
            cells.append(html.Td(html.B(text) if value is not None and value == best.get(key)
                                 else text, className="text-end"))
        body.append(html.Tr(cells, id=f"{table_id}-{name}"))
    head = html.Thead(html.Tr([html.Th("Method")] + [html.Th(label, className="text-end")
                                                      for _k, label in SCORE_COLUMNS]))
    return scroll_region(dbc.Table([head, html.Tbody(body)], id=table_id, size="sm", hover=True,
                                   className="mb-0"), "Scores of each method")


def scores_figure(methods: Mapping[str, Mapping]) -> go.Figure:
    """Brier score (lower is better) and ROC AUC (higher is better) against the baselines."""
    if not methods:
        return empty_figure(NO_MODEL)
    names = list(methods)
    # short lines, never slanted: slanted names ran into the axis title and the legend
    labels = ["<br>".join(textwrap.wrap(METHOD_LABELS.get(n, n), 10)) for n in names]
    fig = new_figure()
    fig.add_bar(x=labels, y=[methods[n].get("brier") for n in names], name="Brier (lower is "
                "better)", marker_color=VERMILLION,
                hovertemplate="%{x}: Brier score %{y:.3f} (lower is better)<extra></extra>")
    fig.add_bar(x=labels, y=[methods[n].get("auc") for n in names], name="ROC AUC (higher is "
                "better)", marker_color=BLUE,
                hovertemplate="%{x}: ROC AUC %{y:.3f} (higher is better)<extra></extra>")
    def brier(name: str) -> float:
        value = methods[name].get("brier")
        return float(value) if value is not None else 9.0

    best = min(names, key=brier)
    summary = (f"Lowest Brier score (best): {METHOD_LABELS.get(best, best)}, "
               f"{_num(methods[best].get('brier'))}.")
    return titled(fig, "Accuracy against simple baselines", HELD_OUT, summary,
                  barmode="group", legend={**LEGEND_BELOW, "y": -0.4},
                  xaxis={"title": {"text": "Method"}, "tickangle": 0},
                  yaxis={"title": {"text": "Score (0 to 1)"}, "range": [0, 1], "dtick": 0.2})


def reliability_figure(curves: Mapping[str, Sequence[Mapping]],
                       sentences: Sequence[str] = ()) -> go.Figure:
    """Reliability diagram: forecast probability against how often it came true (each point a
    bin of forecasts, several per held-out project); ``sentences`` say it in words
    (``models.forecast_words.accuracy_sentences``)."""
    if not any(curves.values()):
        return empty_figure(NO_MODEL)
    fig = new_figure()
    fig.add_scatter(x=[0, 1], y=[0, 1], mode="lines", name="Perfectly calibrated",
                    line={"dash": "dot", "color": GREY},
                    hovertemplate="Perfectly calibrated: %{x:.0%} likely, %{y:.0%} on time"
                                  "<extra></extra>")
    for name, bins in curves.items():
        if not bins:
            continue
        fig.add_scatter(
            x=[b["mean_p"] for b in bins], y=[b["observed"] for b in bins],
            mode="lines+markers", name=METHOD_LABELS.get(name, name),
            marker={"size": [6 + min(18, b["n"] ** 0.5) for b in bins],
                    "color": METHOD_COLORS.get(name)},
            customdata=[b["n"] for b in bins],
            hovertemplate="Forecast about %{x:.0%} likely: %{y:.0%} finished on time "
                          "(%{customdata} forecasts)<extra>%{fullData.name}</extra>",
        )
    return titled(fig, "How often forecasts came true", HELD_OUT,
                  " ".join(sentences) or "Too few held-out projects to say.",
                  legend=LEGEND_BELOW,
                  xaxis={"title": {"text": "Forecast chance of finishing on time"},
                         "range": [0, 1], "tickformat": ".0%", "dtick": 0.2},
                  yaxis={"title": {"text": "Share that finished on time"}, "range": [0, 1],
                         "tickformat": ".0%", "dtick": 0.2})


def trained_when(value: Any) -> str:
    """When a model was trained, as a person reads it ("17 Jun 2026, 10:11"), from the ISO
    time its metrics store; anything else as it is."""
    try:
        return moment(dt.datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def trend_figure(versions: Sequence[Mapping]) -> go.Figure:
    """Held-out Brier score and AUC of each model version, oldest first."""
    points = [v for v in versions if v.get("methods", {}).get("classifier")]
    if not points:
        return empty_figure(NO_MODEL)
    if len(points) < 2:
        return empty_figure("One model version so far: the trend appears after the next "
                            "retrain.")
    x = [v.get("version", "?") for v in points]
    trained = [trained_when(v.get("trained_at", "")) for v in points]
    fig = new_figure()
    for key, label, color in (("brier", "Brier", VERMILLION), ("auc", "ROC AUC", BLUE)):
        fig.add_scatter(x=x, y=[v["methods"]["classifier"].get(key) for v in points],
                        mode="lines+markers", name=label, line={"color": color},
                        customdata=trained,
                        hovertemplate=f"Model %{{x}}: {label} %{{y:.3f}}, trained %{{customdata}}"
                                      "<extra></extra>")
    baseline = [v["methods"].get("base_rate", {}).get("brier") for v in points]
    fig.add_scatter(x=x, y=baseline, mode="lines", name="Brier of base rate",
                    line={"dash": "dot", "color": GREY},
                    hovertemplate="Model %{x}: base rate's Brier %{y:.3f}<extra></extra>")
    summary = (f"{len(points)} model versions; the latest, {x[-1]}, has a Brier score of "
               f"{_num(points[-1]['methods']['classifier'].get('brier'))}.")
    return titled(fig, "Accuracy over model versions", HELD_OUT, summary, legend=LEGEND_BELOW,
                  yaxis={"title": {"text": "Score (0 to 1)"}, "range": [0, 1], "dtick": 0.2},
                  xaxis={"type": "category", "title": {"text": "Model version"}})


def importance_figure(rows: Sequence[Mapping], top: int = 12) -> go.Figure:
    """Permutation importance: how much worse the Brier score gets without each feature."""
    shown = [r for r in rows if r.get("importance") is not None][:top]
    if not shown:
        return empty_figure(NO_MODEL)
    shown = shown[::-1]
    fig = new_figure()
    # long feature names on two or three short lines: a narrow chart keeps room for its bars
    labels = ["<br>".join(textwrap.wrap(str(r["label"]), LABEL_WIDTH)) for r in shown]
    fig.add_bar(y=labels, x=[r["importance"] for r in shown],
                error_x={"type": "data", "array": [r.get("std", 0) for r in shown]},
                orientation="h", marker_color=BLUE, name="Brier increase",
                hovertemplate="%{y}: the Brier score worsens by %{x:.3f} without it"
                              "<extra></extra>")
    summary = f"The forecast leans most on: {shown[-1]['label']}."
    return titled(fig, "What the forecast leans on", "Brier increase when a feature is shuffled",
                  summary, height=max(340, 40 * len(shown) + 150),
                  xaxis={"title": {"text": "Brier score increase"}, "rangemode": "tozero"},
                  yaxis={"automargin": True})


def driver_text(driver: Mapping) -> str:
    """A driver in plain words: the sentence the page put under ``text`` (``models.drivers``;
    components import nothing of ours), else its label."""
    return str(driver.get("text") or driver.get("label") or driver.get("feature") or "")


PROBABILITY_CLASSES = (("prob-low", 0.5), ("prob-mid", 0.8))


def probability_badge(p: float | None) -> Plain | str:
    """P(on time) on a colour by band: below 50 % (at risk), below 80 %, 80 % and above."""
    if p is None:
        return "—"
    tone = next((name for name, below in PROBABILITY_CLASSES if p < below), "prob-high")
    return element(html.Span, f"{p:.0%}", className=f"badge forecast-p {tone}")


def at_risk_table(rows: Sequence, table_id: str) -> html.Div | html.P:
    """Open projects least likely to finish on time, with their P85 date and top drivers."""
    if not rows:
        return empty_note("No forecasts stored yet.")
    head = ["Project", "P(on time)", "Due", "P85 date", "P(on time) from", "Main drivers"]
    body = [
        html.Tr([
            html.Td([dcc.Link(r.name, href=f"/projects/{r.key}"),
                     html.Small(f" {r.key}", className="text-body-secondary text-nowrap")]),
            html.Td(child(probability_badge(r.p_on_time))),
            html.Td(day(r.due_date) if r.due_date else "—", className="text-nowrap"),
            html.Td(day(r.p85_date) if r.p85_date else "—", className="text-nowrap"),
            html.Td(METHOD_LABELS.get(r.method, r.method)),
            html.Td(html.Ul([html.Li(driver_text(d)) for d in r.drivers[:3]],
                            className="mb-0 ps-3 small")),
        ])
        for r in rows
    ]
    return scroll_region(dbc.Table([html.Thead(html.Tr([html.Th(h, scope="col") for h in head])),
                                    html.Tbody(body)],
                                   id=table_id, size="sm", hover=True, striped=True),
                         "Projects least likely to finish on time")




def manager_summary(health: Mapping[str, int], newly_late: int, due_soon_at_risk: int,
                    late_window: tuple[dt.date, dt.date], soon_window: tuple[dt.date, dt.date],
                    accuracy: Sequence[str], new_versions: Sequence[str],
                    evidence: Any = None) -> dbc.Card:
    """What a manager acts on, in words: how many projects are at risk and late (the counts of
    ``data.queries.health_counts``), what changed in the last days, and how far the forecasts
    have proved right. ``late_window``: the due dates of the projects that passed them in the
    last days (``data.metrics.became_late_in``); ``soon_window``: the next days
    (``data.metrics.next_days``); each sentence names its days (docs/metrics.md, Periods)."""
    open_total = sum(health.get(h, 0) for h in ("on_track", "at_risk", "late"))
    at_risk, late = health.get("at_risk", 0), health.get("late", 0)
    lead = html.P([
        html.Strong(f"{plural(at_risk, 'open project is', 'open projects are')} at risk"),
        f" of missing {'its' if at_risk == 1 else 'their'} due date and "
        f"{plural(late, 'is', 'are')} already late, of {open_total:,} open projects.",
    ], className="lead mb-2", id="forecasts-manager-lead")
    late_days = (late_window[1] - late_window[0]).days + 1
    soon_days = (soon_window[1] - soon_window[0]).days + 1
    changes = [
        f"{plural(newly_late, 'project', 'projects')} passed "
        f"{'its' if newly_late == 1 else 'their'} due date unfinished in the last "
        f"{number_word(late_days)} days (due {period_label(*late_window)}).",
        f"{plural(due_soon_at_risk, 'project', 'projects')} at risk "
        f"{'is' if due_soon_at_risk == 1 else 'are'} due in the next {number_word(soon_days)} "
        f"days ({period_label(*soon_window)}).",
    ]
    if new_versions:
        changes.append(f"The forecasts were retrained in the last {number_word(late_days)} "
                       f"days (model {new_versions[-1]}).")
    trust = list(accuracy) or ["Not enough settled projects yet to say how often the "
                               "forecasts came true."]
    return dbc.Card(dbc.CardBody([
        lead,
        html.H2("Since last week", className="h6 mb-1"),
        html.Ul([html.Li(c) for c in changes], className="mb-2", id="forecasts-changes"),
        html.H2("How far to trust the forecasts", className="h6 mb-1"),
        html.Ul([html.Li(t) for t in trust], className="mb-2", id="forecasts-accuracy"),
        evidence,  # where the numbers come from and how much evidence they rest on
    ]), className="mb-3", id="forecasts-manager-card")
