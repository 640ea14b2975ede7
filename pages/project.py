"""Project detail at /projects/<key>: facts, burn-up with the due date, items, people, documents.

An unknown key (or one outside the viewer's scope) gets the friendly not-found page.
"""

from __future__ import annotations

import re
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from components.feedback import empty_figure, error_alert, not_found
from components.forecast_figures import driver_text, probability_badge
from components.graphs import graph
from components.project_figures import items_status_figure, project_burnup_figure
from components.tables import documents_list, health_badge, items_table, people_table
from data import detail_queries as dq
from data import forecast_queries as fq
from data.viewer import Viewer
from models import whatif
from pages.common import Callback, PageServices, cached_view, clamp_int

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


def valid_key(key: Any) -> str | None:
    return key if isinstance(key, str) and KEY_PATTERN.fullmatch(key) else None


def layout(services: PageServices, viewer: Viewer, key: Any = None, **_query: Any) -> html.Div:
    key = valid_key(key)
    if key is None:
        return not_found("project")
    today = services.today()
    try:
        detail = services.cached("project.detail", viewer, {"key": key, "today": today},
                                 lambda s: dq.project_detail(s, viewer.scope, key, today))
    except SQLAlchemyError:
        return html.Div([html.H2(key), error_alert()])
    if detail is None:
        return not_found("project")
    return html.Div([
        dcc.Store(id="project-key", data=key),
        header(detail),
        html.Div(id="project-alert"),
        dbc.Row([
            dbc.Col(dcc.Loading(graph("project-burnup", empty_figure("Loading…"))),
                    lg=8),
            dbc.Col([html.Div(id="project-forecast"), what_if_panel()], lg=4),
        ]),
        dcc.Loading(graph("project-status", empty_figure("Loading…"))),
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


def what_if_text(stored: float | None, base: Any, new: Any) -> html.Div:
    """The stored P(on time) (the number in the forecast card) against the scenario's."""
    if stored is None or base is None or new is None:
        return html.Span("Not enough history for a what-if yet.", className="text-muted")
    model_base = base.p_classifier if base.p_classifier is not None else base.p_monte_carlo
    model_new = new.p_classifier if new.p_classifier is not None else new.p_monte_carlo
    if model_base is None or model_new is None:
        return html.Span("Not enough history for a what-if yet.", className="text-muted")
    changed = whatif.shifted(stored, model_base, model_new)
    lines = [html.Div(f"P(on time): {stored:.0%} → {changed:.0%}", id="project-whatif-p")]
    if new.p85:
        lines.append(html.Div(f"P85 date: {new.p85.isoformat()}"))
    return html.Div(lines, id="project-whatif-lines")


def down_charts() -> tuple[Any, ...]:
    blank = empty_figure("Data unavailable.")
    return blank, blank, None, None, error_alert()


def charts(services: PageServices, viewer: Viewer, key: Any) -> tuple[Any, ...]:
    """Burn-up with the forecast cone, items by status, people and the forecast card."""
    key = valid_key(key)
    today, scope = services.today(), viewer.scope
    if key is None:
        return down_charts()

    def build(session: Session) -> tuple[Any, ...]:
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

    return cached_view(services, "project.charts", viewer, {"key": key, "today": today},
                       build)


def scenario(services: PageServices, viewer: Viewer, key: Any, scope_delta: Any,
             team_delta: Any) -> Any:
    """What-if: the stored P(on time) moved by a change of scope (points) and team (people)."""
    key = valid_key(key)
    if key is None:
        return None
    if not isinstance(scope_delta, int | float | None) or isinstance(scope_delta, bool):
        return dbc.Alert("Scope change must be a number of points.", color="warning")
    scope_points = clamp_int(scope_delta or 0, -10_000, 10_000, 0)
    team = clamp_int(team_delta or 0, -3, 5, 0)
    today = services.today()
    loaded = services.forecasting.holder.get()

    def build(session: Session) -> Any:
        detail = dq.project_detail(session, viewer.scope, key, today)
        if detail is None:
            return None
        forecast = fq.project_forecast(session, viewer.scope, key)
        base = whatif.what_if(session, detail.id, today, loaded)
        new = whatif.what_if(session, detail.id, today, loaded, scope_points, team)
        return what_if_text(forecast.p_on_time if forecast else None, base, new)

    version = loaded.version if loaded else None
    return cached_view(services, "project.whatif", viewer,
                       {"key": key, "today": today, "scope": scope_points, "team": team,
                        "model": version}, build)


def items(services: PageServices, viewer: Viewer, key: Any, page: Any) -> tuple[Any, int]:
    key, number = valid_key(key), clamp_int(page, 1, 100_000, 1)
    if key is None:
        return None, 1
    result = services.cached("project.items", viewer, {"key": key, "page": number},
                             lambda s: dq.project_items(s, viewer.scope, key, number,
                                                        ITEMS_PAGE))
    return items_table(result.items, "project-items-table"), result.pages


def documents(services: PageServices, viewer: Viewer, key: Any, page: Any) -> tuple[Any, int]:
    key, number = valid_key(key), clamp_int(page, 1, 100_000, 1)
    if key is None:
        return None, 1
    result = services.cached("project.docs", viewer, {"key": key, "page": number},
                             lambda s: dq.project_documents(s, viewer.scope, key, number,
                                                            DOCS_PAGE))
    return documents_list(result.items, "project-docs-list"), result.pages


CALLBACKS = [
    Callback(charts, [Output("project-burnup", "figure"), Output("project-status", "figure"),
                      Output("project-people", "children"), Output("project-forecast", "children"),
                      Output("project-alert", "children")],
             [Input("project-key", "data")], fallback=down_charts),
    Callback(scenario, [Output("project-whatif-result", "children")],
             [Input("project-key", "data"), Input("project-whatif-scope", "value"),
              Input("project-whatif-team", "value")], fallback=error_alert),
    Callback(items, [Output("project-items", "children"),
                     Output("project-items-page", "max_value")],
             [Input("project-key", "data"), Input("project-items-page", "active_page")],
             fallback=lambda: (error_alert(), 1)),
    Callback(documents, [Output("project-docs", "children"),
                         Output("project-docs-page", "max_value")],
             [Input("project-key", "data"), Input("project-docs-page", "active_page")],
             fallback=lambda: (error_alert(), 1)),
]
