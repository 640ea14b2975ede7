"""Project detail at /projects/<key>: facts, burn-up with the due date, items, people, documents.

An unknown key (or one outside the viewer's scope) gets the friendly not-found page.
"""

from __future__ import annotations

import re

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html
from sqlalchemy.exc import SQLAlchemyError

from components.feedback import empty_figure, error_alert
from components.project_figures import items_status_figure, project_burnup_figure
from components.tables import documents_list, health_badge, items_table, people_table
from dashboard.auth import current_scope
from data import detail_queries as dq
from pages import not_found
from pages.common import cached_view, guarded, services

PATH_TEMPLATE = "/projects/<key>"
TITLE = "Project"
ITEMS_PAGE = 15
DOCS_PAGE = 5
KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")


def _fact(label: str, value) -> dbc.Col:
    return dbc.Col([html.Div(label, className="kpi-label text-muted"),
                    html.Div(value if value not in (None, "") else "—")], xs=6, md=2)


def header(d) -> html.Div:
    return html.Div([
        html.H2([f"{d.key} · {d.name} ", health_badge(d.health)], id="project-title"),
        html.P(d.description, className="text-muted"),
        dbc.Row([
            _fact("Status", d.status), _fact("Priority", d.priority),
            _fact("Portfolio", d.portfolio), _fact("Owner", d.owner),
            _fact("Start", d.start_date and d.start_date.isoformat()),
            _fact("Due", d.due_date and d.due_date.isoformat()),
        ], className="mb-2"),
        dbc.Progress(value=round(d.progress * 100),
                     label=f"{d.progress:.0%} of {d.scope_points} points done",
                     className="mb-3", style={"height": "1.4rem"}, id="project-progress"),
    ])


def layout(key: str | None = None, **_query) -> html.Div:
    if not key or not KEY_PATTERN.match(key):
        return not_found.page("project")
    scope = current_scope()
    svc = services()
    today = svc.today()
    try:
        detail = svc.cached("project.detail", scope, {"key": key, "today": today},
                            lambda s: dq.project_detail(s, scope, key, today))
    except SQLAlchemyError:
        return html.Div([html.H2(key), error_alert()])
    if detail is None:
        return not_found.page("project")
    return html.Div([
        dcc.Store(id="project-key", data=key),
        header(detail),
        html.Div(id="project-alert"),
        dbc.Row([
            dbc.Col(dcc.Loading(dcc.Graph(id="project-burnup", figure=empty_figure("Loading…"))),
                    lg=8),
            dbc.Col(dcc.Loading(dcc.Graph(id="project-status", figure=empty_figure("Loading…"))),
                    lg=4),
        ]),
        dbc.Row([
            dbc.Col([html.H4("Work items"), dcc.Loading(html.Div(id="project-items")),
                     dbc.Pagination(id="project-items-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=7),
            dbc.Col([html.H4("People"), dcc.Loading(html.Div(id="project-people")),
                     html.H4("Documents", className="mt-3"),
                     dcc.Loading(html.Div(id="project-docs")),
                     dbc.Pagination(id="project-docs-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=5),
        ]),
    ])


def register_callbacks(app, services) -> None:
    def down_charts():
        blank = empty_figure("Data unavailable.")
        return blank, blank, None, error_alert()

    @app.callback(
        Output("project-burnup", "figure"),
        Output("project-status", "figure"),
        Output("project-people", "children"),
        Output("project-alert", "children"),
        Input("project-key", "data"),
    )
    @guarded(down_charts)
    def charts(key):
        scope, today = current_scope(), services.today()

        def build(session):
            detail = dq.project_detail(session, scope, key, today)
            people = dq.project_people(session, scope, key, today)
            return (
                project_burnup_figure(dq.project_burnup(session, scope, key),
                                      detail.due_date if detail else None),
                items_status_figure(dq.items_by_status(session, scope, key)),
                people_table(people, "project-people-table"),
                None,
            )

        return cached_view(services, "project.charts", scope, {"key": key, "today": today},
                           build)

    @app.callback(
        Output("project-items", "children"),
        Output("project-items-page", "max_value"),
        Input("project-key", "data"),
        Input("project-items-page", "active_page"),
    )
    @guarded(lambda: (error_alert(), 1))
    def items(key, page):
        scope = current_scope()
        result = services.cached("project.items", scope, {"key": key, "page": page or 1},
                                 lambda s: dq.project_items(s, scope, key, page or 1, ITEMS_PAGE))
        return items_table(result.items, "project-items-table"), result.pages

    @app.callback(
        Output("project-docs", "children"),
        Output("project-docs-page", "max_value"),
        Input("project-key", "data"),
        Input("project-docs-page", "active_page"),
    )
    @guarded(lambda: (error_alert(), 1))
    def documents(key, page):
        scope = current_scope()
        result = services.cached("project.docs", scope, {"key": key, "page": page or 1},
                                 lambda s: dq.project_documents(s, scope, key, page or 1,
                                                                DOCS_PAGE))
        return documents_list(result.items, "project-docs-list"), result.pages
