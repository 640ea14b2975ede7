"""Forecast quality: how accurate the on-time forecasts are, and a button to retrain them.

Scores come from the model registry (held-out projects of the current version, and every
version for the trend); the at-risk list and counts from stored forecasts. Retraining runs as a
Dash background callback in another process, reporting progress, so no request ever waits on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html

from components import forecast_figures as ff
from components.feedback import empty_figure, error_alert
from components.forecast_trust import trust_section
from components.kpis import kpi_card
from components.plotting import alternative, graph, table_outputs, table_toggle
from components.words import plural
from data import events, metrics, queries
from data import forecast_queries as fq
from data.filters import ProjectFilters
from data.forecast_commands import EVENT_TYPE
from data.scope import Scope
from data.viewer import Viewer
from models import evidence, forecast_words
from models.drivers import with_worded_drivers
from models.evidence import SETTLED
from models.features import FEATURE_LABELS, MIN_FINISHED, MIN_PER_OUTCOME
from pages.common import Callback, PageServices, as_dict, triggered
from pages.live import FORECASTS, LIVE, refresh_on

if TYPE_CHECKING:
    from models import prior

PATH = "/forecasts"
TITLE = "Forecasts"
AT_RISK_ROWS = 10
SOON_DAYS = 28  # "at risk, due in the next 28 days"
RECENT_DAYS = 7  # "passed the due date in the last seven days"
GRAPHS = ("forecasts-scores", "forecasts-reliability", "forecasts-trend", "forecasts-importance")


LABELS = {
    "forecasts-scores": "Chart: accuracy of the forecasts against simple baselines",
    "forecasts-reliability": "Chart: how often forecasts of each likelihood came true",
    "forecasts-trend": "Chart: accuracy of each model version",
    "forecasts-importance": "Chart: what the forecast leans on most",
}


def _graph(graph_id: str) -> dbc.Col:
    return dbc.Col(graph(graph_id, LABELS[graph_id]), lg=6, className="mb-3")


def layout(services: PageServices, viewer: Viewer, **_query: Any) -> html.Div:
    hidden = None if viewer.is_admin else {"display": "none"}  # retraining is an admin's
    return html.Div([
        html.H1("Forecasts", className="h2 page-title"),
        dcc.Loading(html.Div(id="forecasts-manager"), delay_show=300),
        dcc.Loading(html.Div(id="forecasts-summary"), delay_show=300),
        html.H2("Least likely to finish on time", className="h4"),
        dcc.Loading(html.Div(id="forecasts-at-risk"), delay_show=300),
        html.Hr(),
        dbc.Row([
            dbc.Col(html.H2("How the forecasts are made and scored", className="h4"), md=7),
            dbc.Col([
                dbc.Button("Retrain and rescore", id="forecasts-retrain", color="primary",
                           size="sm", className="me-2", style=hidden,
                           disabled=not viewer.is_admin),
                dbc.Button("Cancel", id="forecasts-cancel", color="secondary", outline=True,
                           size="sm", disabled=True, style=hidden),
            ], md=5, className="text-md-end"),
        ], className="mb-2 align-items-center"),
        dbc.Progress(id="forecasts-progress", value=0, label="", striped=True, animated=True,
                     className="mb-2", style={"height": "1.4rem", "visibility": "hidden"}),
        html.Div(id="forecasts-job-status", className="mb-2", role="status"),
        dcc.Store(id="forecasts-job"),
        html.Div(id="forecasts-status"),
        dbc.Row([
            dbc.Col([html.H3("Scores on held-out projects", className="h5"),
                     dcc.Loading(html.Div(id="forecasts-metrics"), delay_show=300)], lg=6,
                    className="mb-3"),
            _graph("forecasts-scores"),
        ]),
        dbc.Row([_graph("forecasts-reliability"), _graph("forecasts-trend")]),
        dbc.Row([_graph("forecasts-importance")]),
    ])


def status_note(current: dict | None, settled: int, on_time: int,
                basis: prior.Basis | None = None) -> dbc.Alert:
    """What the forecasts rest on: the model in use, or what stands in until there is one.
    The model is the installation's, one for every portfolio, so ``settled`` and ``on_time``
    count the settled projects of all portfolios (docs/metrics.md, Settled), whoever reads."""
    late = settled - on_time
    enough = settled >= MIN_FINISHED and min(on_time, late) >= MIN_PER_OUTCOME
    if current is None:
        if not enough:
            until = ("P(on time) comes from the shipped prior and the dates from Monte Carlo"
                     if basis is not None and basis.method == "prior"
                     else "forecasts use Monte Carlo")
            return dbc.Alert(
                f"Only {plural(settled, 'settled project')} across all portfolios ({SETTLED}: "
                f"{on_time} on time, {late} late): the installation's classifier needs "
                f"{MIN_FINISHED}, with at least {MIN_PER_OUTCOME} of each outcome. Until then "
                f"{until}.",
                color="warning", id="forecasts-fallback")
        return dbc.Alert("No model trained yet: press “Retrain and rescore”.", color="info",
                         id="forecasts-fallback")
    trained = ff.trained_when(current.get("trained_at", ""))
    rows = current.get("n_test_rows")
    forecasts = (f"{plural(rows, 'forecast')} made for " if isinstance(rows, int) and rows
                 else "")
    return dbc.Alert(
        f"The installation's model {current.get('version')}, trained {trained} on "
        f"{current.get('n_projects')} settled projects across all portfolios ({SETTLED}); "
        f"scores below are on {forecasts}the {current.get('n_test_projects')} that settled "
        "last, which it did not see.",
        color="light", id="forecasts-model")


def summary_row(summary: fq.ForecastSummary, at_risk: int) -> dbc.Row:
    mean = summary.mean_p_on_time
    return dbc.Row([
        kpi_card("Open projects", summary.open_projects, "forecasts-kpi-open"),
        kpi_card("With a forecast", summary.forecast, "forecasts-kpi-forecast"),
        kpi_card("By the classifier", summary.classifier, "forecasts-kpi-classifier"),
        kpi_card("At risk", at_risk, "forecasts-kpi-at-risk",
                 "at_risk" if at_risk else None, href="/projects?health=at_risk&sort=p_on_time"),
        kpi_card("Mean P(on time)", "—" if mean is None else f"{mean:.0%}",
                 "forecasts-kpi-mean"),
    ], className="g-3 mb-3")


def down() -> tuple[Any, ...]:
    blank = empty_figure("Data unavailable.")
    return (error_alert(), None, None, blank, blank, blank, blank, None, None,
            None, None, None, None, None)


def refresh(services: PageServices, viewer: Viewer, job: Any, live: Any = None) -> tuple[Any, ...]:
    """The model in use, the forecast counts, its scores and the least likely projects (again
    when a live event says forecasts or projects changed)."""
    refresh_on(live, FORECASTS)
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
    # docs/metrics.md, Periods: "the last seven days" are today and the six before; a project
    # passed its due date in them when it became late (the day after its due date) in them
    recent = metrics.last_days(today, RECENT_DAYS)
    late_window = metrics.became_late_in(today, RECENT_DAYS)
    soon_window = metrics.next_days(today, SOON_DAYS)

    def reads() -> tuple[Any, ...]:  # independent scans, in sessions of their own
        return tuple(services.gather(
            # the installation's model learns from every portfolio: its count is all of theirs
            lambda s: fq.settled_count(s, Scope.everything(), today),
            lambda s: fq.forecast_summary(s, scope),
            lambda s: fq.trust_summary(s, scope, today),
            lambda s: queries.health_counts(s, scope, today),
            lambda s: fq.forecast_page(s, scope, 1, AT_RISK_ROWS, with_total=False).items,
            lambda s: queries.health_counts(s, scope, today, ProjectFilters(
                due_from=late_window[0], due_to=late_window[1]))["late"],
            lambda s: queries.health_counts(s, scope, today, ProjectFilters(
                due_from=soon_window[0], due_to=soon_window[1]))["at_risk"],
        ))

    (settled, on_time), summary, trust, health, risky, newly_late, due_soon = services.memo(
        "forecasts.reads", viewer, {"today": today, "size": AT_RISK_ROWS}, reads)
    # the shipped prior pulls in pandas and scikit-learn: loaded with the first Forecasts page
    from models import prior  # noqa: PLC0415

    basis = prior.basis_in_use(current_version, settled, on_time, MIN_FINISHED,
                               MIN_PER_OUTCOME, float((current or {}).get("prior_weight") or 0))
    reliability = (current or {}).get("reliability", {})
    held_out = forecast_words.held_out_sentence((current or {}).get("n_test_rows"),
                                                (current or {}).get("n_test_projects"))
    accuracy = forecast_words.accuracy_sentences(reliability, "classifier", held_out=held_out)
    retrained = [v for v in history
                 if str(v.get("trained_at", ""))[:10] >= recent[0].isoformat()]
    figs = {
        "forecasts-scores": ff.scores_figure(methods),
        "forecasts-reliability": ff.reliability_figure(reliability, accuracy),
        "forecasts-trend": ff.trend_figure(history),
        "forecasts-importance": ff.importance_figure(_labelled(
            (current or {}).get("importance", []))),
    }
    return (
        status_note(current, settled, on_time, basis),
        summary_row(summary, health["at_risk"]),
        ff.quality_table(methods, "forecasts-quality"),
        *figs.values(),
        ff.at_risk_table(with_worded_drivers(risky), "forecasts-at-risk-table"),
        note,
        ff.manager_summary(health, newly_late, due_soon, late_window, soon_window,
                           accuracy,
                           [str(v.get("version")) for v in retrained],
                           trust_section(basis, trust, evidence.TRUST_MEANING,
                                         evidence.PORTFOLIO_RECORD)),
        *[alternative(f) for f in figs.values()],
    )


def _labelled(importance: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each feature under its label of today (a model keeps the labels it was trained with)."""
    return [{**row, "label": FEATURE_LABELS.get(str(row.get("feature")), row.get("label"))}
            if isinstance(row, dict) else row for row in importance]


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


def show_table(services: PageServices, viewer: Viewer, clicks: Any, figure: Any,
               toggle_id: Any) -> tuple[Any, str, str]:
    """A chart's data as a table, built only when the viewer opens it."""
    return table_toggle(clicks, figure, toggle_id)


CALLBACKS = [
    *[Callback(show_table, *table_outputs(g), options={"prevent_initial_call": True})
      for g in GRAPHS],
    Callback(refresh, [Output("forecasts-status", "children"),
                       Output("forecasts-summary", "children"),
                       Output("forecasts-metrics", "children"),
                       *(Output(g, "figure") for g in GRAPHS),
                       Output("forecasts-at-risk", "children"),
                       Output("forecasts-job-status", "children"),
                       Output("forecasts-manager", "children"),
                       *(Output(f"{g}-alt", "children") for g in GRAPHS)],
             [Input("forecasts-job", "data"), LIVE], fallback=down),
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
