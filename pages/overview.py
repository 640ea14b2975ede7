"""Portfolio overview: KPIs, insights and cross-filtering charts; the URL holds the filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html, no_update
from sqlalchemy.orm import Session

from components import figures
from components.feedback import empty_figure, error_alert
from components.filters import filter_bar, filter_notice
from components.graphs import graph
from components.insights import insights_card
from components.kpis import kpi_row
from data import insights, queries
from data.filters import ProjectFilters, from_query
from data.viewer import Viewer
from pages.common import (
    FILTER_COUNT,
    Callback,
    PageServices,
    as_dict,
    cached_view,
    filter_inputs,
    filter_options,
    filters_from_controls,
    search_string,
    triggered,
)

PATH = "/"
TITLE = "Overview"
GRAPHS = ["status-priority", "throughput", "burnup", "portfolios", "due"]
CLICKABLE = ["status-priority", "portfolios", "due"]


def _graph(name: str, width: int = 6) -> dbc.Col:
    return dbc.Col(dcc.Loading(graph(f"overview-{name}", empty_figure("Loading…"))),
                   lg=width, className="mb-3")


def layout(services: PageServices, viewer: Viewer, **query: Any) -> html.Div:
    filters, problems = from_query(query)
    return html.Div([
        dcc.Location(id="overview-location", refresh="callback-nav"),
        dcc.Store(id="overview-filters", data=filters.to_query()),
        html.H2("Portfolio overview", className="mb-3"),
        filter_bar("overview", filters, filter_options(services, viewer)),
        filter_notice(problems),
        html.Div(id="overview-alert"),
        dcc.Loading(html.Div(id="overview-kpis")),
        html.Div(id="overview-insights"),
        dbc.Row([_graph("status-priority"), _graph("portfolios")]),
        dbc.Row([_graph("throughput"), _graph("burnup")]),
        dbc.Row([_graph("due", 12)]),
        html.Small("Click a bar to filter the page by it; click it again to clear that filter.",
                   className="text-muted"),
    ])


def clicked_filters(filters: ProjectFilters, trigger: str, click: Any) -> ProjectFilters:
    """The filters after a click on one of the charts (toggling what was clicked)."""
    points = as_dict(click).get("points")
    point = points[0] if isinstance(points, list) and points and isinstance(points[0], dict) \
        else {}
    data = point.get("customdata")
    data = data if isinstance(data, list) else []
    try:
        if trigger == "overview-status-priority" and len(data) == 2:
            return filters.focused(status=str(data[0]), priority=str(data[1]))
        if trigger == "overview-portfolios" and data:
            return filters.focused(portfolio=int(data[0]))
        if trigger == "overview-due" and data:
            start = dt.date.fromisoformat(str(data[0])[:10]).replace(day=1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            return filters.focused(due_from=start, due_to=end)
    except (TypeError, ValueError, OverflowError):
        pass
    return filters


def to_url(services: PageServices, viewer: Viewer, *values: Any) -> Any:
    """Controls and chart clicks write the filters into the address (which reloads the data)."""
    filters = filters_from_controls(*values[:FILTER_COUNT])
    trigger, value = triggered()
    if trigger in {f"overview-{g}" for g in CLICKABLE}:
        filters = clicked_filters(filters, trigger, value)
    filters, _ = from_query(filters.to_query())  # a clicked value is checked like a typed one
    search = search_string(filters)
    return search if search != (values[-1] or "") else no_update


def down() -> tuple[Any, ...]:
    blank = empty_figure("Data unavailable.")
    return (None, *[blank] * len(GRAPHS), error_alert())


def refresh(services: PageServices, viewer: Viewer, query: Any) -> tuple[Any, ...]:
    """KPIs and the five charts for the filters in the address."""
    today = services.today()
    filters, _ = from_query(as_dict(query))
    scope = viewer.scope

    def build(_session: Session) -> tuple[Any, ...]:  # three independent scans: let them overlap
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

    return cached_view(services, "overview", viewer,
                       {"today": today, "filters": filters.as_key()}, build)


def show_insights(services: PageServices, viewer: Viewer, query: Any) -> Any:
    """The observations for the same filters as the KPIs beside them."""
    today = services.today()
    filters, _ = from_query(as_dict(query))
    found = services.cached("overview.insights", viewer,
                            {"today": today, "filters": filters.as_key()},
                            lambda s: insights.compute(s, viewer.scope, today, filters))
    return insights_card(found)


CALLBACKS = [
    Callback(to_url, [Output("overview-location", "search")],
             [*filter_inputs("overview"), *[Input(f"overview-{g}", "clickData") for g in CLICKABLE],
              State("overview-location", "search")],
             options={"prevent_initial_call": True}),
    Callback(refresh, [Output("overview-kpis", "children"),
                       *[Output(f"overview-{g}", "figure") for g in GRAPHS],
                       Output("overview-alert", "children")],
             [Input("overview-filters", "data")], fallback=down),
    Callback(show_insights, [Output("overview-insights", "children")],
             [Input("overview-filters", "data")], fallback=error_alert),
]
