"""Forecast-quality figures and tables: plain dicts and rows in, plotly figures or layout out.

The inputs are the registry's metrics JSON (``methods``, ``reliability``, ``importance``) and
forecast rows from ``data.forecast_queries`` (duck-typed: components never import data).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import dcc, html

from components.feedback import empty_figure, empty_note
from components.plotting import LAYOUT as BASE_LAYOUT
from components.plotting import new_figure

LAYOUT = {**BASE_LAYOUT, "margin": {"l": 50, "r": 20, "t": 40, "b": 40}, "height": 340}
METHOD_LABELS = {
    "classifier": "Classifier",
    "monte_carlo": "Monte Carlo",
    "base_rate": "Base rate",
    "done_vs_elapsed": "Done ≥ elapsed",
}
METHOD_COLORS = {"classifier": "#0d6efd", "monte_carlo": "#fd7e14", "base_rate": "#adb5bd",
                 "done_vs_elapsed": "#6f42c1"}
SCORE_COLUMNS = [("brier", "Brier ↓"), ("bss", "Skill ↑"), ("auc", "AUC ↑"),
                 ("log_loss", "Log loss ↓"), ("ece", "Calibration error ↓")]
NO_MODEL = "No trained model yet."


def _num(value, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def quality_table(methods: Mapping[str, Mapping], table_id: str) -> dbc.Table | html.P:
    """Scores of every method on the held-out projects; the best value per column in bold."""
    if not methods:
        return empty_note(NO_MODEL)
    best: dict[str, float] = {}
    for key, _label in SCORE_COLUMNS:
        values = [m.get(key) for m in methods.values() if m.get(key) is not None]
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
    return dbc.Table([head, html.Tbody(body)], id=table_id, size="sm", hover=True,
                     responsive=True, className="mb-0")


def scores_figure(methods: Mapping[str, Mapping]) -> go.Figure:
    """Brier score (lower is better) and ROC AUC (higher is better) against the baselines."""
    if not methods:
        return empty_figure(NO_MODEL)
    names = list(methods)
    labels = [METHOD_LABELS.get(n, n) for n in names]
    fig = new_figure()
    fig.add_bar(x=labels, y=[methods[n].get("brier") for n in names], name="Brier (lower is "
                "better)", marker_color="#dc3545")
    fig.add_bar(x=labels, y=[methods[n].get("auc") for n in names], name="ROC AUC (higher is "
                "better)", marker_color="#198754")
    fig.update_layout(barmode="group", title="Held-out accuracy against the baselines",
                      yaxis={"range": [0, 1]}, legend={"orientation": "h", "y": -0.15},
                      **LAYOUT)
    return fig


def reliability_figure(curves: Mapping[str, Sequence[Mapping]]) -> go.Figure:
    """Reliability diagram: forecast probability against how often it came true."""
    if not any(curves.values()):
        return empty_figure(NO_MODEL)
    fig = new_figure()
    fig.add_scatter(x=[0, 1], y=[0, 1], mode="lines", name="Perfectly calibrated",
                    line={"dash": "dot", "color": "#6c757d"})
    for name, bins in curves.items():
        if not bins:
            continue
        fig.add_scatter(
            x=[b["mean_p"] for b in bins], y=[b["observed"] for b in bins],
            mode="lines+markers", name=METHOD_LABELS.get(name, name),
            marker={"size": [6 + min(18, b["n"] ** 0.5) for b in bins],
                    "color": METHOD_COLORS.get(name)},
            customdata=[b["n"] for b in bins],
            hovertemplate="forecast %{x:.2f} · came true %{y:.2f} · %{customdata} rows",
        )
    fig.update_layout(title="Calibration (reliability diagram)",
                      xaxis={"title": "Forecast P(on time)", "range": [0, 1]},
                      yaxis={"title": "Observed share on time", "range": [0, 1]},
                      legend={"orientation": "h", "y": -0.2}, **LAYOUT)
    return fig


def trend_figure(versions: Sequence[Mapping]) -> go.Figure:
    """Held-out Brier score and AUC of each model version, oldest first."""
    points = [v for v in versions if v.get("methods", {}).get("classifier")]
    if not points:
        return empty_figure(NO_MODEL)
    x = [v.get("version", "?") for v in points]
    trained = [str(v.get("trained_at", "")) for v in points]
    fig = new_figure()
    for key, label, color in (("brier", "Brier", "#dc3545"), ("auc", "ROC AUC", "#198754")):
        fig.add_scatter(x=x, y=[v["methods"]["classifier"].get(key) for v in points],
                        mode="lines+markers", name=label, line={"color": color},
                        customdata=trained, hovertemplate="%{x}: %{y:.3f}<br>%{customdata}")
    baseline = [v["methods"].get("base_rate", {}).get("brier") for v in points]
    fig.add_scatter(x=x, y=baseline, mode="lines", name="Brier of base rate",
                    line={"dash": "dot", "color": "#adb5bd"})
    fig.update_layout(title="Accuracy over model versions", yaxis={"range": [0, 1]},
                      xaxis={"type": "category"}, legend={"orientation": "h", "y": -0.2},
                      **LAYOUT)
    return fig


def importance_figure(rows: Sequence[Mapping], top: int = 12) -> go.Figure:
    """Permutation importance: how much worse the Brier score gets without each feature."""
    shown = [r for r in rows if r.get("importance") is not None][:top]
    if not shown:
        return empty_figure(NO_MODEL)
    shown = shown[::-1]
    fig = new_figure()
    fig.add_bar(y=[r["label"] for r in shown], x=[r["importance"] for r in shown],
                error_x={"type": "data", "array": [r.get("std", 0) for r in shown]},
                orientation="h", marker_color="#0d6efd")
    fig.update_layout(title="Feature importance (Brier increase when shuffled)",
                      **{**LAYOUT, "margin": {"l": 230, "r": 20, "t": 40, "b": 40}})
    return fig


def driver_text(driver: Mapping) -> str:
    """'Projected share done by due date 0.66 (−18 pts)'; Monte Carlo context has no effect."""
    value = driver.get("value")
    label = driver.get("label", driver.get("feature"))
    shown = f"{label} {_num(value, 2)}"
    effect = driver.get("effect")
    if effect is None:
        return shown
    return f"{shown} ({'+' if effect >= 0 else '−'}{abs(effect) * 100:.0f} pts)"


def probability_badge(p: float | None) -> dbc.Badge | str:
    if p is None:
        return "—"
    color = "danger" if p < 0.5 else "warning" if p < 0.8 else "success"
    return dbc.Badge(f"{p:.0%}", color=color, className="forecast-p")


def at_risk_table(rows: Sequence, table_id: str) -> dbc.Table | html.P:
    """Open projects least likely to finish on time, with their P85 date and top drivers."""
    if not rows:
        return empty_note("No forecasts stored yet.")
    head = ["Project", "P(on time)", "Due", "P85 date", "Method", "Main drivers"]
    body = [
        html.Tr([
            html.Td(dcc.Link(r.key, href=f"/projects/{r.key}")),
            html.Td(probability_badge(r.p_on_time)),
            html.Td(r.due_date.isoformat() if r.due_date else "—"),
            html.Td(r.p85_date.isoformat() if r.p85_date else "—"),
            html.Td(METHOD_LABELS.get(r.method, r.method)),
            html.Td(html.Ul([html.Li(driver_text(d)) for d in r.drivers[:3]],
                            className="mb-0 ps-3 small")),
        ])
        for r in rows
    ]
    return dbc.Table([html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(body)],
                     id=table_id, size="sm", hover=True, responsive=True, striped=True)
