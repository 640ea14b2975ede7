"""Project detail at /projects/<key>: facts, burn-up with the due date, items, people, documents.

An unknown key (or one outside the viewer's scope) gets the friendly not-found page.
"""

from __future__ import annotations

import re

import dash_bootstrap_components as dbc
import flask
from dash import Input, Output, dcc, html
from sqlalchemy.exc import SQLAlchemyError

from components.feedback import empty_figure, error_alert
from components.forecast_figures import driver_text, probability_badge
from components.project_figures import items_status_figure, project_burnup_figure
from components.tables import documents_list, health_badge, items_table, people_table
from dashboard.auth import current_scope
from dashboard.background import forecasting
from data import detail_queries as dq
from data import forecast_queries as fq
from models import whatif
from pages import not_found
from pages.common import app_services, cached_view, guarded

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


def forecast_card(f) -> dbc.Card:
    """P(on time), the dates the simulation gives and what drives the probability."""
    if f is None:
        body = [html.P("No forecast yet (closed, or not scored).", className="text-muted mb-0")]
    else:
        dates = [("P50", f.p50_date), ("P85", f.p85_date), ("P95", f.p95_date)]
        body = [
            html.Div([html.Span("P(on time) ", className="kpi-label text-muted"),
                      probability_badge(f.p_on_time)], id="project-p-on-time"),
            html.Small(f"{f.method.replace('_', ' ')}"
                       + (f" · model {f.model_version}" if f.model_version else "")
                       + f" · as of {f.as_of.isoformat()}", className="text-muted d-block"),
            html.Div(" · ".join(f"{n} {d.isoformat()}" for n, d in dates if d),
                     className="mt-1", id="project-dates"),
            html.Ul([html.Li(driver_text(d)) for d in f.drivers[:4]], className="small mt-2",
                    id="project-drivers"),
        ]
    return dbc.Card(dbc.CardBody([html.H5("Forecast"), *body]), className="mb-3")


def what_if_panel() -> dbc.Card:
    return dbc.Card(dbc.CardBody([
        html.H5("What if"),
        dbc.Label("Scope change (points)", html_for="project-whatif-scope"),
        dbc.Input(id="project-whatif-scope", type="number", value=0, step=1, min=-10000,
                  max=10000, debounce=True, size="sm"),
        dbc.Label("Team change (people)", html_for="project-whatif-team", className="mt-2"),
        dcc.Slider(id="project-whatif-team", min=-3, max=5, step=1, value=0,
                   marks={i: str(i) for i in range(-3, 6)}),
        dcc.Loading(html.Div(id="project-whatif-result", className="small mt-2")),
    ]), className="mb-3")


def layout(key: str | None = None, **_query) -> html.Div:
    if not key or not KEY_PATTERN.match(key):
        return not_found.page("project")
    scope = current_scope()
    svc = app_services()
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
            dbc.Col([html.Div(id="project-forecast"), what_if_panel()], lg=4),
        ]),
        dcc.Loading(dcc.Graph(id="project-status", figure=empty_figure("Loading…"))),
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


def what_if_text(base, new) -> html.Div:
    """Baseline against scenario, for each method that can say."""
    if base is None or new is None:
        return html.Span("Not enough history for a what-if yet.", className="text-muted")

    def pct(p):
        return "—" if p is None else f"{p:.0%}"

    lines = [html.Div(f"{name}: {pct(a)} → {pct(b)}") for name, a, b in (
        ("Classifier", base.p_classifier, new.p_classifier),
        ("Monte Carlo", base.p_monte_carlo, new.p_monte_carlo)) if a is not None or b is not None]
    if new.p85:
        lines.append(html.Div(f"P85 date: {new.p85.isoformat()}"))
    return html.Div(lines, id="project-whatif-lines")


def register_callbacks(app, services) -> None:
    def down_charts():
        blank = empty_figure("Data unavailable.")
        return blank, blank, None, None, error_alert()

    @app.callback(
        Output("project-burnup", "figure"),
        Output("project-status", "figure"),
        Output("project-people", "children"),
        Output("project-forecast", "children"),
        Output("project-alert", "children"),
        Input("project-key", "data"),
    )
    @guarded(down_charts)
    def charts(key):
        scope, today = current_scope(), services.today()

        def build(session):
            detail = dq.project_detail(session, scope, key, today)
            if detail is None:
                return down_charts()
            people = dq.project_people(session, scope, key, today)
            forecast = fq.project_forecast(session, scope, key)
            cone = whatif.project_cone(session, detail.id, today) if forecast else []
            return (
                project_burnup_figure(dq.project_burnup(session, scope, key), detail.due_date,
                                      cone),
                items_status_figure(dq.items_by_status(session, scope, key)),
                people_table(people, "project-people-table"),
                forecast_card(forecast),
                None,
            )

        return cached_view(services, "project.charts", scope, {"key": key, "today": today},
                           build)

    @app.callback(
        Output("project-whatif-result", "children"),
        Input("project-key", "data"),
        Input("project-whatif-scope", "value"),
        Input("project-whatif-team", "value"),
    )
    @guarded(error_alert)
    def scenario(key, scope_delta, team_delta):
        scope, today = current_scope(), services.today()
        try:
            scope_delta = max(-10_000.0, min(10_000.0, float(scope_delta or 0)))
            team_delta = max(-3, min(5, int(team_delta or 0)))
        except (TypeError, ValueError):
            return dbc.Alert("Scope and team changes must be numbers.", color="warning")
        runtime = forecasting(flask.current_app)
        loaded = runtime.holder.get() if runtime else None

        def build(session):
            detail = dq.project_detail(session, scope, key, today)
            if detail is None:
                return None
            base = whatif.what_if(session, detail.id, today, loaded)
            new = whatif.what_if(session, detail.id, today, loaded, scope_delta, team_delta)
            return what_if_text(base, new)

        version = loaded.version if loaded else None
        return cached_view(services, "project.whatif", scope,
                           {"key": key, "today": today, "scope": scope_delta,
                            "team": team_delta, "model": version}, build)

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
