"""Portfolio overview: KPIs and the charts a manager reads first thing in the morning."""

from __future__ import annotations

import logging

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html, no_update
from sqlalchemy.exc import SQLAlchemyError

from components import figures
from components.feedback import empty_figure, error_alert
from components.kpis import kpi_row
from dashboard.auth import current_scope
from data import queries

PATH = "/"
TITLE = "Overview"
log = logging.getLogger(__name__)


def _graph(graph_id: str) -> dbc.Col:
    return dbc.Col(
        dcc.Loading(dcc.Graph(id=graph_id, figure=empty_figure("Loading…"))), lg=6, className="mb-3"
    )


def layout(**_query) -> html.Div:
    return html.Div(
        [
            dbc.Row(
                [
                    dbc.Col(html.H2("Portfolio overview"), md=8),
                    dbc.Col(
                        dcc.Dropdown(id="overview-portfolio", placeholder="All portfolios"),
                        md=4,
                    ),
                ],
                className="mb-3 align-items-center",
            ),
            html.Div(id="overview-alert"),
            dcc.Loading(html.Div(id="overview-kpis")),
            dbc.Row(
                [
                    _graph("overview-status-priority"),
                    _graph("overview-throughput"),
                    _graph("overview-portfolios"),
                ]
            ),
        ]
    )


def register_callbacks(app, services) -> None:
    @app.callback(Output("overview-portfolio", "options"), Input("overview-portfolio", "id"))
    def portfolio_options(_id):
        scope = current_scope()
        try:
            rows = services.cached("portfolios", scope, {},
                                   lambda s: queries.portfolios(s, scope))
        except SQLAlchemyError:
            log.exception("portfolio list failed")
            return no_update
        return [{"label": name, "value": pid} for pid, name in rows]

    @app.callback(
        Output("overview-kpis", "children"),
        Output("overview-status-priority", "figure"),
        Output("overview-throughput", "figure"),
        Output("overview-portfolios", "figure"),
        Output("overview-alert", "children"),
        Input("overview-portfolio", "value"),
    )
    def refresh(portfolio_id):
        scope = current_scope()
        today = services.today()
        filters = queries.OverviewFilters(portfolio_id=portfolio_id)
        args = {"today": today, "portfolio_id": portfolio_id}
        try:
            kpis = services.cached("overview.kpis", scope, args,
                                   lambda s: queries.overview_kpis(s, scope, today, filters))
            by_status = services.cached(
                "overview.status_priority", scope, args,
                lambda s: queries.status_priority_counts(s, scope, filters))
            throughput = services.cached(
                "overview.throughput", scope, args,
                lambda s: queries.weekly_throughput(s, scope, today, filters=filters))
            by_portfolio = services.cached(
                "overview.portfolios", scope, args,
                lambda s: queries.portfolio_counts(s, scope, today, filters))
        except SQLAlchemyError:
            log.exception("overview read failed")
            blank = empty_figure("Data unavailable.")
            return None, blank, blank, blank, error_alert()
        return (
            kpi_row(kpis, "overview"),
            figures.status_priority_figure(by_status),
            figures.throughput_figure(throughput),
            figures.portfolio_figure(by_portfolio),
            None,
        )
