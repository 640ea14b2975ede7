"""Projects: a server-side paginated, searchable list (never the whole table in the browser)."""

from __future__ import annotations

import logging

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html
from sqlalchemy.exc import SQLAlchemyError

from components.feedback import error_alert
from components.tables import project_table
from dashboard.auth import current_scope
from data import queries

PATH = "/projects"
TITLE = "Projects"
PAGE_SIZE = 25
log = logging.getLogger(__name__)


def layout(**_query) -> html.Div:
    return html.Div(
        [
            html.H2("Projects"),
            dbc.Row(
                [
                    dbc.Col(dbc.Input(id="projects-search", type="search", debounce=True,
                                      placeholder="Search name or key"), md=4),
                    dbc.Col(html.Div(id="projects-count", className="text-muted pt-2"), md=8),
                ],
                className="mb-3",
            ),
            html.Div(id="projects-alert"),
            dcc.Loading(html.Div(id="projects-table")),
            dbc.Pagination(id="projects-pagination", max_value=1, active_page=1,
                           fully_expanded=False, first_last=True, previous_next=True),
        ]
    )


def register_callbacks(app, services) -> None:
    @app.callback(
        Output("projects-table", "children"),
        Output("projects-pagination", "max_value"),
        Output("projects-count", "children"),
        Output("projects-alert", "children"),
        Input("projects-pagination", "active_page"),
        Input("projects-search", "value"),
    )
    def show_page(active_page, search):
        scope = current_scope()
        args = {"page": active_page or 1, "search": search or "", "size": PAGE_SIZE}
        try:
            page = services.cached(
                "projects.page", scope, args,
                lambda s: queries.project_page(s, scope, active_page or 1, PAGE_SIZE, search))
        except SQLAlchemyError:
            log.exception("project list failed")
            return None, 1, "", error_alert()
        noun = "project" if page.total == 1 else "projects"
        count = f"{page.total:,} {noun} · page {page.page} of {page.pages}"
        return project_table(page.items, "projects-list"), page.pages, count, None
