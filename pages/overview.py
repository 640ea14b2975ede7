"""Portfolio overview: KPIs and cross-filtering charts; the URL holds the view's filters."""

from __future__ import annotations

import datetime as dt

import dash_bootstrap_components as dbc
from dash import Input, Output, State, ctx, dcc, html, no_update

from components import figures
from components.feedback import empty_figure, error_alert
from components.filters import filter_bar, filter_notice
from components.kpis import kpi_row
from dashboard.auth import current_scope
from data import queries
from data.filters import from_query
from pages.common import (
    cached_view,
    filter_inputs,
    filter_options,
    filters_from_controls,
    guarded,
    search_string,
)

PATH = "/"
TITLE = "Overview"
GRAPHS = ["status-priority", "throughput", "burnup", "portfolios", "due"]
CLICKABLE = {"status-priority", "portfolios", "due"}


def _graph(name: str, width: int = 6) -> dbc.Col:
    return dbc.Col(dcc.Loading(dcc.Graph(id=f"overview-{name}", figure=empty_figure("Loading…"),
                                         config={"displaylogo": False})),
                   lg=width, className="mb-3")


def layout(**query) -> html.Div:
    filters, problems = from_query(query)
    portfolios, owners = filter_options(current_scope())
    return html.Div([
        dcc.Location(id="overview-location", refresh="callback-nav"),
        dcc.Store(id="overview-filters", data=filters.to_query()),
        html.H2("Portfolio overview", className="mb-3"),
        filter_bar("overview", filters, portfolios, owners),
        filter_notice(problems),
        html.Div(id="overview-alert"),
        dcc.Loading(html.Div(id="overview-kpis")),
        html.Div(id="overview-insights"),  # the copilot's insights card (pages/copilot_sidebar)
        dbc.Row([_graph("status-priority"), _graph("portfolios")]),
        dbc.Row([_graph("throughput"), _graph("burnup")]),
        dbc.Row([_graph("due", 12)]),
        html.Small("Click a bar to filter the page by it; click it again to clear that filter.",
                   className="text-muted"),
    ])


def clicked_filters(filters, trigger: str, click: dict):
    """The filters after a click on one of the charts (toggling what was clicked)."""
    point = (click or {}).get("points", [{}])[0]
    data = point.get("customdata") or []
    if trigger == "overview-status-priority" and len(data) == 2:
        return filters.focused(status=str(data[0]), priority=str(data[1]))
    if trigger == "overview-portfolios" and data:
        return filters.focused(portfolio=int(data[0]))
    if trigger == "overview-due" and data:
        start = dt.date.fromisoformat(str(data[0])[:10]).replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return filters.focused(due_from=start, due_to=end)
    return filters


def register_callbacks(app, services) -> None:
    @app.callback(
        Output("overview-location", "search"),
        *filter_inputs("overview"),
        *[Input(f"overview-{g}", "clickData") for g in CLICKABLE],
        State("overview-location", "search"),
        prevent_initial_call=True,
    )
    def to_url(*values):
        filters = filters_from_controls(*values[:7])
        trigger = ctx.triggered_id
        if trigger in {f"overview-{g}" for g in CLICKABLE}:
            filters = clicked_filters(filters, trigger, ctx.triggered[0]["value"])
        search = search_string(filters)
        return search if search != (values[-1] or "") else no_update

    def down():
        blank = empty_figure("Data unavailable.")
        return (None, *[blank] * len(GRAPHS), error_alert())

    @app.callback(
        Output("overview-kpis", "children"),
        *[Output(f"overview-{g}", "figure") for g in GRAPHS],
        Output("overview-alert", "children"),
        Input("overview-filters", "data"),
    )
    @guarded(down)
    def refresh(query):
        scope, today = current_scope(), services.today()
        filters, _ = from_query(query or {})

        def build(_session):  # three independent scans: let them overlap
            cells, activity, due = services.gather(
                lambda s: queries.portfolio_cube(s, scope, today, filters),
                lambda s: queries.weekly_activity(s, scope, today, filters=filters),
                lambda s: queries.due_timeline(s, scope, today, filters=filters),
            )
            scope_now = sum(c.scope_points for c in cells)
            done_now = sum(c.done_points for c in cells)
            return (
                kpi_row(queries.kpis_from(cells), "overview"),
                figures.status_priority_figure(queries.status_priority_from(cells)),
                figures.throughput_figure(queries.throughput_from(activity)),
                figures.burnup_figure(queries.burnup_from(activity, scope_now, done_now)),
                figures.portfolio_figure(queries.portfolio_counts_from(cells)),
                figures.due_timeline_figure(due),
                None,
            )

        return cached_view(services, "overview", scope,
                           {"today": today, "filters": filters.as_key()}, build)
