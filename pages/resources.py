"""Resources: allocation heatmap, who is over-allocated, and skills supply against demand."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html

from components.feedback import empty_figure, error_alert
from components.project_figures import heatmap_figure, skills_figure
from components.tables import overallocated_table
from dashboard.auth import current_scope
from data import resource_queries as rq
from pages.common import cached_view, guarded

PATH = "/resources"
TITLE = "Resources"
PEOPLE_PAGE = 25


def layout(**_query) -> html.Div:
    return html.Div([
        html.H2("Resources", className="mb-3"),
        html.Div(id="resources-alert"),
        dbc.Row([
            dbc.Col([dcc.Loading(dcc.Graph(id="resources-heatmap",
                                           figure=empty_figure("Loading…"))),
                     dbc.Pagination(id="resources-heatmap-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=7),
            dbc.Col([html.H4("Over-allocated this week"),
                     dcc.Loading(html.Div(id="resources-over")),
                     dbc.Pagination(id="resources-over-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=5),
        ]),
        dcc.Loading(dcc.Graph(id="resources-skills", figure=empty_figure("Loading…"))),
    ])


def register_callbacks(app, services) -> None:
    @app.callback(
        Output("resources-heatmap", "figure"),
        Output("resources-heatmap-page", "max_value"),
        Output("resources-alert", "children"),
        Input("resources-heatmap-page", "active_page"),
    )
    @guarded(lambda: (empty_figure("Data unavailable."), 1, error_alert()))
    def heatmap(page):
        scope, today = current_scope(), services.today()
        def build(session):
            result = rq.allocation_heatmap(session, scope, today, page or 1, PEOPLE_PAGE)
            return heatmap_figure(result), result.pages, None

        return cached_view(services, "resources.heatmap", scope,
                           {"today": today, "page": page or 1}, build)

    @app.callback(
        Output("resources-over", "children"),
        Output("resources-over-page", "max_value"),
        Input("resources-over-page", "active_page"),
    )
    @guarded(lambda: (error_alert(), 1))
    def over(page):
        scope, today = current_scope(), services.today()
        result = services.cached(
            "resources.over", scope, {"today": today, "page": page or 1},
            lambda s: rq.overallocated(s, scope, today, page or 1))
        return overallocated_table(result.items, "resources-over-table"), result.pages

    @app.callback(
        Output("resources-skills", "figure"),
        Input("resources-skills", "id"),
    )
    @guarded(lambda: empty_figure("Data unavailable."))
    def skills(_id):
        scope = current_scope()
        return cached_view(services, "resources.skills", scope, {},
                           lambda session: skills_figure(rq.skills_coverage(session, scope)))
