"""Portfolio overview: KPIs, insights and cross-filtering charts; the URL holds the filters.

Controls, chart clicks and the charts' table buttons (the keyboard's way to cross-filter) write
the filters into the address without reloading the page and into the filters store, which
redraws the KPIs and charts; a chart click also sets the controls, so they always show the view.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import Input, Output, State, dcc, html, no_update

from components import figures
from components.feedback import empty_figure, error_alert
from components.filters import describe, filter_bar, filter_notice
from components.insights import insights_card
from components.kpis import kpi_row
from components.plotting import alternative, clicked_value, graph, table_outputs, table_toggle
from components.report_button import export_panel
from data import insights, metrics, queries
from data.filters import ProjectFilters, from_query
from data.viewer import Viewer
from pages.common import (
    FILTER_COUNT,
    FILTER_FIELDS,
    Callback,
    PageServices,
    as_dict,
    filter_inputs,
    filter_options,
    filters_from_controls,
    plain_output,
    search_string,
    triggered,
)
from pages.live import LIVE, refresh_on

PATH = "/"
TITLE = "Overview"
GRAPHS = ["status-priority", "throughput", "burnup", "portfolios", "due"]
CLICKABLE = ["status-priority", "portfolios", "due"]
LABELS = {
    "status-priority": "Chart: projects by status and priority",
    "throughput": "Chart: work items finished per week",
    "burnup": "Chart: portfolio burn-up in story points",
    "portfolios": "Chart: projects by portfolio, open, late and done",
    "due": "Chart: open projects by due month and health",
}
FILTER_BUTTON = {"status-priority": "Show this status", "portfolios": "Show this portfolio",
                 "due": "Show this month"}


def _graph(name: str, width: int = 6) -> dbc.Col:
    return dbc.Col(graph(f"overview-{name}", LABELS[name]), lg=width, className="mb-2")


def layout(services: PageServices, viewer: Viewer, **query: Any) -> html.Div:
    filters, problems = from_query(query)
    return html.Div([
        dcc.Location(id="overview-location", refresh=False),
        dcc.Store(id="overview-filters", data=filters.to_query()),
        dcc.Store(id="overview-keyboard-filter"),
        html.H1("Portfolio overview", className="h2 page-title"),
        export_panel("overview"),
        filter_bar("overview", filters, filter_options(services, viewer)),
        filter_notice(problems),
        html.Div(id="overview-alert"),
        dcc.Loading(html.Div(id="overview-kpis"), delay_show=300),
        html.Div(id="overview-insights"),
        html.P("Click a bar to filter the page by it (again to clear), or use the buttons in "
               "a chart's data table.", className="small text-body-secondary"),
        dbc.Row([_graph("status-priority"), _graph("portfolios")]),
        dbc.Row([_graph("throughput"), _graph("burnup")]),
        dbc.Row([_graph("due", 12)]),
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
        if trigger == "overview-status-priority" and len(data) == 1:  # a table row: the status
            return filters.focused(status=str(data[0]))
        if trigger == "overview-portfolios" and data:
            return filters.focused(portfolio=int(data[0]))
        if trigger == "overview-due" and data:
            start = dt.date.fromisoformat(str(data[0])[:10]).replace(day=1)
            return filters.focused(due_from=start, due_to=metrics.month_end(start))
    except (TypeError, ValueError, OverflowError):
        pass
    return filters


def _controls(filters: ProjectFilters) -> list[Any]:
    """The filter controls' values (in ``filter_inputs`` order) showing ``filters``."""
    return [list(getattr(filters, name)) for name in FILTER_FIELDS] + [
        filters.due_from.isoformat() if filters.due_from else None,
        filters.due_to.isoformat() if filters.due_to else None,
        filters.search,
    ]


def to_url(services: PageServices, viewer: Viewer, *values: Any) -> tuple[Any, ...]:
    """Controls, chart clicks and table buttons write the filters into the address and the
    store; clicks and buttons also set the controls to match."""
    filters = filters_from_controls(*values[:FILTER_COUNT])
    current = values[-1] or ""
    trigger, value = triggered()
    chart = None
    if trigger == "overview-filter-clear":
        empty = ProjectFilters()
        return (search_string(empty) if current else no_update, empty.to_query(),
                *_controls(empty))
    if isinstance(trigger, str) and trigger in {f"overview-{g}" for g in CLICKABLE}:
        chart, click = trigger, value
    elif trigger == "overview-keyboard-filter":
        for g in CLICKABLE:
            row = clicked_value(f"overview-{g}", value)
            if row is not None:
                chart, click = f"overview-{g}", {"points": [{"customdata": row}]}
    if chart:
        filters = clicked_filters(filters, chart, click)
    filters, _ = from_query(filters.to_query())  # a clicked value is checked like a typed one
    search = search_string(filters)
    controls = _controls(filters) if chart else [no_update] * FILTER_COUNT
    if search == current:
        return (no_update, no_update, *controls)
    return (search, filters.to_query(), *controls)


def down() -> tuple[Any, ...]:
    blank = empty_figure("Data unavailable.")
    return (None, *[blank] * len(GRAPHS), *[None] * len(GRAPHS), error_alert())


def show_table(services: PageServices, viewer: Viewer, clicks: Any, figure: Any,
               toggle_id: Any) -> tuple[Any, str, str]:
    """A chart's data as a table, built when the viewer opens it; on the charts that filter the
    page each row has a button applying that filter (the keyboard's cross-filter)."""
    graph = toggle_id.removesuffix("-table-toggle") if isinstance(toggle_id, str) else ""
    name = graph.removeprefix("overview-")
    return table_toggle(clicks, figure, toggle_id,
                        rows_of=_statuses if name == "status-priority" else None,
                        filter_label=FILTER_BUTTON.get(name),
                        filter_store="overview-keyboard-filter")


def _statuses(figure: go.Figure) -> list[list[Any]] | None:
    """The status of each row of the status × priority chart (its customdata's first value);
    None when the figure the browser sent back has no such data."""
    try:
        custom = figure.data[0].customdata
        return [[list(c)[0]] for c in custom] if custom is not None else None
    except (TypeError, IndexError):
        return None


def refresh(services: PageServices, viewer: Viewer, query: Any,
            live: Any = None) -> tuple[Any, ...]:
    """KPIs and the five charts (with their text alternatives) for the filters in the address;
    again when a live event says projects changed (``pages.live``)."""
    refresh_on(live)
    today = services.today()
    filters, _ = from_query(as_dict(query))
    scope = viewer.scope
    subtitle = describe(filters, filter_options(services, viewer))

    def build() -> tuple[Any, ...]:  # three independent scans, in sessions of their own
        cells, activity, due = services.gather(
            lambda s: queries.portfolio_cube(s, scope, today, filters),
            lambda s: queries.weekly_activity(s, scope, today, filters=filters),
            lambda s: queries.due_timeline(s, scope, today, filters=filters),
        )
        scope_now = sum(c.scope_points for c in cells)
        done_now = sum(c.done_points for c in cells)
        built = {
            "status-priority": figures.status_priority_figure(
                queries.status_priority_from(cells), subtitle),
            "throughput": figures.throughput_figure(queries.throughput_from(activity), today,
                                                    subtitle),
            "burnup": figures.burnup_figure(
                queries.burnup_from(activity, scope_now, done_now), subtitle),
            "portfolios": figures.portfolio_figure(queries.portfolio_counts_from(cells),
                                                   subtitle),
            "due": figures.due_timeline_figure(due, subtitle),
        }
        alts = [alternative(built[g]) for g in GRAPHS]
        return plain_output((kpi_row(queries.kpis_from(cells), "overview"),
                             *[built[g] for g in GRAPHS], *alts, None))

    return services.memo("overview", viewer, {"today": today, "filters": filters.as_key()},
                         build)


def show_insights(services: PageServices, viewer: Viewer, query: Any, live: Any = None) -> Any:
    """The observations for the same filters as the KPIs beside them."""
    refresh_on(live)
    today = services.today()
    filters, _ = from_query(as_dict(query))
    found = services.cached("overview.insights", viewer,
                            {"today": today, "filters": filters.as_key()},
                            lambda s: insights.compute(s, viewer.scope, today, filters))
    return insights_card(found)


CALLBACKS = [
    *[Callback(show_table, *table_outputs(f"overview-{g}"),
               options={"prevent_initial_call": True}) for g in GRAPHS],
    Callback(to_url, [Output("overview-location", "search"), Output("overview-filters", "data"),
                      *[Output(i.component_id, i.component_property)
                        for i in filter_inputs("overview")]],
             [*filter_inputs("overview"),
              *[Input(f"overview-{g}", "clickData") for g in CLICKABLE],
              Input("overview-keyboard-filter", "data"),
              Input("overview-filter-clear", "n_clicks"),
              State("overview-location", "search")],
             options={"prevent_initial_call": True}),
    Callback(refresh, [Output("overview-kpis", "children"),
                       *[Output(f"overview-{g}", "figure") for g in GRAPHS],
                       *[Output(f"overview-{g}-alt", "children") for g in GRAPHS],
                       Output("overview-alert", "children")],
             [Input("overview-filters", "data"), LIVE], fallback=down),
    Callback(show_insights, [Output("overview-insights", "children")],
             [Input("overview-filters", "data"), LIVE], fallback=error_alert),
]
