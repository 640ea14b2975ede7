"""Forecast quality: how accurate the on-time forecasts are, and a button to retrain them.

Scores come from the model registry (held-out projects of the current version, and every
version for the trend); the at-risk list and counts from stored forecasts. Retraining runs as a
Dash background callback in another process, reporting progress, so no request ever waits on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html

from components import forecast_figures as ff
from components.feedback import empty_figure, error_alert
from components.graphs import graph
from components.kpis import kpi_card
from data import events, queries
from data import forecast_queries as fq
from data.forecast_commands import EVENT_TYPE
from data.viewer import Viewer
from models.training import MIN_FINISHED, MIN_PER_OUTCOME
from pages.common import Callback, PageServices, as_dict, triggered

PATH = "/forecasts"
TITLE = "Forecast quality"
AT_RISK_ROWS = 10
GRAPHS = ("forecasts-scores", "forecasts-reliability", "forecasts-trend", "forecasts-importance")


def _graph(graph_id: str) -> dbc.Col:
    return dbc.Col(dcc.Loading(graph(graph_id, empty_figure("Loading…"))),
                   lg=6, className="mb-3")


def layout(services: PageServices, viewer: Viewer, **_query: Any) -> html.Div:
    hidden = None if viewer.is_admin else {"display": "none"}  # retraining is an admin's
    return html.Div([
        dbc.Row([
            dbc.Col(html.H2(TITLE), md=6),
            dbc.Col([
                dbc.Button("Retrain and rescore", id="forecasts-retrain", color="primary",
                           className="me-2", style=hidden, disabled=not viewer.is_admin),
                dbc.Button("Cancel", id="forecasts-cancel", color="secondary", outline=True,
                           disabled=True, style=hidden),
            ], md=6, className="text-md-end"),
        ], className="mb-2 align-items-center"),
        dbc.Progress(id="forecasts-progress", value=0, label="", striped=True, animated=True,
                     className="mb-2", style={"height": "1.4rem", "visibility": "hidden"}),
        html.Div(id="forecasts-job-status", className="mb-2"),
        dcc.Store(id="forecasts-job"),
        html.Div(id="forecasts-status"),
        dcc.Loading(html.Div(id="forecasts-summary")),
        dbc.Row([
            dbc.Col([html.H4("Scores on held-out projects"),
                     dcc.Loading(html.Div(id="forecasts-metrics"))], lg=6, className="mb-3"),
            _graph("forecasts-scores"),
        ]),
        dbc.Row([_graph("forecasts-reliability"), _graph("forecasts-trend")]),
        dbc.Row([
            _graph("forecasts-importance"),
            dbc.Col([html.H4("Least likely to finish on time"),
                     dcc.Loading(html.Div(id="forecasts-at-risk"))], lg=6, className="mb-3"),
        ]),
    ])


def status_note(current: dict | None, settled: int, on_time: int) -> dbc.Alert:
    """What the forecasts rest on: the model in use, or why Monte Carlo stands in."""
    late = settled - on_time
    enough = settled >= MIN_FINISHED and min(on_time, late) >= MIN_PER_OUTCOME
    if current is None:
        if not enough:
            return dbc.Alert(
                f"Only {settled} finished projects ({on_time} on time, {late} late): the "
                f"classifier needs {MIN_FINISHED}, with at least {MIN_PER_OUTCOME} of each "
                "outcome. Forecasts use Monte Carlo until then.",
                color="warning", id="forecasts-fallback")
        return dbc.Alert("No model trained yet: press “Retrain and rescore”.", color="info",
                         id="forecasts-fallback")
    trained = str(current.get("trained_at", ""))[:16].replace("T", " ")
    return dbc.Alert(
        f"Model {current.get('version')} trained {trained} on {current.get('n_projects')} "
        f"finished projects; scores below are on the {current.get('n_test_projects')} that "
        "finished last, which it did not see.", color="light", id="forecasts-model")


def summary_row(summary: fq.ForecastSummary, at_risk: int) -> dbc.Row:
    mean = summary.mean_p_on_time
    return dbc.Row([
        kpi_card("Open projects", summary.open_projects, "forecasts-kpi-open"),
        kpi_card("With a forecast", summary.forecast, "forecasts-kpi-forecast", "primary"),
        kpi_card("By the classifier", summary.classifier, "forecasts-kpi-classifier"),
        kpi_card("At risk", at_risk, "forecasts-kpi-at-risk",
                 "warning" if at_risk else None),
        kpi_card("Mean P(on time)", "—" if mean is None else f"{mean:.0%}",
                 "forecasts-kpi-mean"),
    ], className="g-3 mb-3")


def down() -> tuple[Any, ...]:
    blank = empty_figure("Data unavailable.")
    return (error_alert(), None, None, blank, blank, blank, blank, None, None)


def refresh(services: PageServices, viewer: Viewer, job: Any) -> tuple[Any, ...]:
    """The model in use, the forecast counts, its scores and the least likely projects."""
    trigger, _value = triggered()
    job = as_dict(job)
    if job and trigger == "forecasts-job":
        services.publish(events.Event(EVENT_TYPE))  # new forecasts: tell the subscribers
    today, scope = services.today(), viewer.scope
    note = _job_note(job)
    registry = services.forecasting.registry
    history = registry.history()
    current_version = registry.current_version()
    current = next((v for v in history if v.get("version") == current_version), None)
    methods = (current or {}).get("methods", {})
    settled, on_time = services.cached("forecasts.settled", viewer, {"today": today},
                                       lambda s: fq.settled_count(s, scope, today))
    summary = services.cached("forecasts.summary", viewer, {},
                              lambda s: fq.forecast_summary(s, scope))
    health = services.cached("health.counts", viewer, {"today": today},
                             lambda s: queries.health_counts(s, scope, today))
    risky = services.cached(
        "forecasts.at_risk", viewer, {"size": AT_RISK_ROWS, "today": today},
        lambda s: fq.forecast_page(s, scope, 1, AT_RISK_ROWS).items)
    return (
        status_note(current, settled, on_time),
        summary_row(summary, health["at_risk"]),
        ff.quality_table(methods, "forecasts-quality"),
        ff.scores_figure(methods),
        ff.reliability_figure((current or {}).get("reliability", {})),
        ff.trend_figure(history),
        ff.importance_figure((current or {}).get("importance", [])),
        ff.at_risk_table(risky, "forecasts-at-risk-table"),
        note,
    )


def retrain(services: PageServices, viewer: Viewer,
            set_progress: Callable[[tuple[int, str]], None], _clicks: Any) -> dict[str, Any]:
    """The background callback's body (in another process): progress as (percent, text)."""

    def progress(fraction: float, message: str) -> None:
        set_progress((round(fraction * 100), message))

    result = services.forecasting.retrain(services.today(), progress)
    return {**result, "finished_at": dt.datetime.now().isoformat(timespec="seconds")}


def _job_note(job: dict[str, Any]) -> Any:
    if not job:
        return None
    color = "success" if job.get("ok") else "danger"
    return dbc.Alert(str(job.get("message", ""))[:500], color=color, dismissable=True,
                     id="forecasts-job-message", className="py-2")


CALLBACKS = [
    Callback(refresh, [Output("forecasts-status", "children"),
                       Output("forecasts-summary", "children"),
                       Output("forecasts-metrics", "children"),
                       *(Output(g, "figure") for g in GRAPHS),
                       Output("forecasts-at-risk", "children"),
                       Output("forecasts-job-status", "children")],
             [Input("forecasts-job", "data")], fallback=down),
    Callback(retrain, [Output("forecasts-job", "data")], [Input("forecasts-retrain", "n_clicks")],
             admin_only=True, options={
                 "background": True,
                 "progress": [Output("forecasts-progress", "value"),
                              Output("forecasts-progress", "label")],
                 "running": [
                     (Output("forecasts-retrain", "disabled"), True, False),
                     (Output("forecasts-cancel", "disabled"), False, True),
                     (Output("forecasts-progress", "style"),
                      {"height": "1.4rem", "visibility": "visible"},
                      {"height": "1.4rem", "visibility": "hidden"}),
                 ],
                 "cancel": [Input("forecasts-cancel", "n_clicks")],
                 "prevent_initial_call": True,
             }),
]
