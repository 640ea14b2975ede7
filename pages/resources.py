"""Resources: load heatmap, who is over-allocated this week, and skills supply against demand."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html
from sqlalchemy.orm import Session

from components.feedback import empty_figure, error_alert
from components.graphs import graph
from components.project_figures import heatmap_figure, skills_figure
from components.tables import overallocated_table
from data import resource_queries as rq
from data.viewer import Viewer
from pages.common import Callback, PageServices, cached_view, clamp_int

PATH = "/resources"
TITLE = "Resources"
PEOPLE_PAGE = 25


def layout(services: PageServices, viewer: Viewer, **_query: Any) -> html.Div:
    return html.Div([
        html.H2("Resources", className="mb-3"),
        html.Div(id="resources-alert"),
        dbc.Row([
            dbc.Col([dcc.Loading(graph("resources-heatmap", empty_figure("Loading…"))),
                     dbc.Pagination(id="resources-heatmap-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=7),
            dbc.Col([html.H4("Over-allocated this week"),
                     dcc.Loading(html.Div(id="resources-over")),
                     dbc.Pagination(id="resources-over-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=5),
        ]),
        dcc.Loading(graph("resources-skills", empty_figure("Loading…"))),
    ])


def heatmap(services: PageServices, viewer: Viewer, page: Any) -> tuple[Any, ...]:
    """Each person's weekly load, busiest this week first, a page of people at a time."""
    today, number = services.today(), clamp_int(page, 1, 100_000, 1)

    def build(session: Session) -> tuple[Any, ...]:
        result = rq.allocation_heatmap(session, viewer.scope, today, number, PEOPLE_PAGE)
        return heatmap_figure(result), result.pages, None

    return cached_view(services, "resources.heatmap", viewer, {"today": today, "page": number},
                       build)


def over(services: PageServices, viewer: Viewer, page: Any) -> tuple[Any, int]:
    """People over-allocated this week (``data.metrics``: load above 100 % on some day)."""
    today, number = services.today(), clamp_int(page, 1, 100_000, 1)
    result = services.cached("resources.over", viewer, {"today": today, "page": number},
                             lambda s: rq.overallocated(s, viewer.scope, today, number))
    return overallocated_table(result.items, "resources-over-table"), result.pages


def skills(services: PageServices, viewer: Viewer, _id: Any) -> Any:
    """Open work per skill against the people who have it."""
    return cached_view(services, "resources.skills", viewer, {},
                       lambda session: skills_figure(rq.skills_coverage(session, viewer.scope)))


CALLBACKS = [
    Callback(heatmap, [Output("resources-heatmap", "figure"),
                       Output("resources-heatmap-page", "max_value"),
                       Output("resources-alert", "children")],
             [Input("resources-heatmap-page", "active_page")],
             fallback=lambda: (empty_figure("Data unavailable."), 1, error_alert())),
    Callback(over, [Output("resources-over", "children"),
                    Output("resources-over-page", "max_value")],
             [Input("resources-over-page", "active_page")],
             fallback=lambda: (error_alert(), 1)),
    Callback(skills, [Output("resources-skills", "figure")], [Input("resources-skills", "id")],
             fallback=lambda: empty_figure("Data unavailable.")),
]
