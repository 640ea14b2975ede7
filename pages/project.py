"""Project detail at /projects/<key>: facts, burn-up with the due date, items, people, documents
and the digest of the latest meeting minutes.

An unknown key (or one outside the viewer's scope) gets the friendly not-found page.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html, no_update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from components.attrs import attrs
from components.documents import latest_meeting_card
from components.feedback import empty_figure, error_alert, not_found
from components.forecast_figures import probability_badge
from components.forecast_trust import evidence_note
from components.plain import child
from components.plotting import alternative, graph, table_outputs, table_toggle
from components.project_figures import items_status_figure, project_burnup_figure
from components.report_button import export_panel
from components.tables import documents_list, health_badge, items_table, people_table
from components.words import day, plural
from data import detail_queries as dq
from data import forecast_queries as fq
from data.viewer import Viewer
from models import evidence, forecast_words
from models.copilot import documents as docs
from models.drivers import EFFECT_NOTE, driver_sentence
from pages.common import Callback, PageServices, cached_view, clamp_int
from pages.live import LIVE, refresh_on

PATH_TEMPLATE = "/projects/<key>"
TITLE = "Project"
ITEMS_PAGE = 15
DOCS_PAGE = 5
MEETING_POINTS = 5  # points of each part of the latest meeting's digest (the rest: a link)
KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
TEAM_RANGE = (3, 5)  # people fewer, people more
CONE_WEEKS = (12, 52)  # the cone reaches the P95 date, within these many periods


def _fact(label: str, value: Any) -> dbc.Col:
    return dbc.Col([html.Div(label, className="kpi-label text-body-secondary"),
                    html.Div(value if value not in (None, "") else "—", className="text-nowrap")],
                   xs=6, md=4, xl=2)


def header(d: Any) -> html.Div:
    return html.Div([
        html.H1([d.name, html.Small(f" {d.key} ", className="text-body-secondary"),
                 child(health_badge(d.health))], id="project-title", className="h2 page-title"),
        html.P(d.description, className="text-body-secondary"),
        dbc.Row([
            _fact("Status", d.status), _fact("Priority", d.priority),
            _fact("Portfolio", d.portfolio), _fact("Owner", d.owner),
            _fact("Start", d.start_date and day(d.start_date)),
            _fact("Due", d.due_date and day(d.due_date)),
        ], className="mb-2"),
        html.Div(html.Div(f"{d.progress:.0%} of {plural(d.scope_points, 'point')} done",
                          className="progress-bar", style={"width": f"{d.progress:.0%}"}),
                 className="progress mb-3", style={"height": "1.4rem"}, id="project-progress",
                 role="progressbar", **attrs({"aria-valuenow": str(round(d.progress * 100)),
                                        "aria-valuemin": "0", "aria-valuemax": "100",
                                        "aria-label": "Share of the scope done"})),
    ])


def forecast_card(f: Any, late_due: dt.date | None = None) -> dbc.Card:
    """P(on time), the dates the simulation gives and, in plain words, what drives it; for a
    late project (``late_due``: its passed due date) why P(on time) is 0 % in its place. Each
    number says where it comes from, and a sentence says when the two contradict each other
    (``models.forecast_words``)."""
    if f is None:
        body: list[Any] = [html.P("No forecast yet (closed, or not scored).",
                                  className="text-body-secondary mb-0")]
    else:
        dates = [("P50", f.p50_date), ("P85", f.p85_date), ("P95", f.p95_date)]
        source = forecast_words.probability_source(f.method, f.model_version)
        body = [
            html.Div([html.Span("Chance of finishing on time ",
                                className="kpi-label text-body-secondary"),
                      child(probability_badge(f.p_on_time))], id="project-p-on-time"),
            # how much evidence, and whether it was shrunk (a late project: why it is 0 %)
            evidence_note(evidence.reworded(f.evidence), late_due),
            html.Small(f"P(on time) from {source} · as of {day(f.as_of)}",
                       className="text-body-secondary d-block", id="project-p-source"),
            html.Div([html.Span("Finish dates ", className="kpi-label text-body-secondary"),
                      *_dated(dates)],
                     className="mt-1 text-nowrap-sm", id="project-dates",
                     title="The dates by which the work is done in 50, 85 and 95 of 100 "
                           "simulated futures"),
            html.Small(f"Finish dates from {forecast_words.DATES_SOURCE}.",
                       className="text-body-secondary d-block", id="project-dates-source"),
            # P(on time) and the simulated dates contradict each other: say so, and why
            *([html.P(disagree, className="small mt-1 mb-0 forecast-disagree",
                      id="project-forecast-disagree")]
              if (disagree := forecast_words.disagreement_sentence(f)) else []),
            # a late project's why is the note above (its one driver would say it again)
            *(_why(f.drivers) if late_due is None else []),
        ]
    return dbc.Card(dbc.CardBody([html.H2("Forecast", className="h5"), *body]),
                    className="mb-3")


def _dated(dates: list[tuple[str, dt.date | None]]) -> list[Any]:
    """"P50 8 Apr 2028 · P85 …", each date kept whole on a narrow screen."""
    shown = [html.Span(f"{n} {day(d)}", className="text-nowrap") for n, d in dates if d]
    return [part for i, span in enumerate(shown) for part in ((" · ", span) if i else (span,))]


def _why(drivers: list[dict[str, Any]]) -> list[Any]:
    """What drives P(on time), in plain words with each effect (``models.drivers``)."""
    return [html.H2("Why", className="h6 mt-2 mb-1"),
            html.Ul([html.Li(driver_sentence(d)) for d in drivers[:4]], className="small mb-1",
                    id="project-drivers"),
            html.Small(EFFECT_NOTE, className="text-body-secondary")
            if any(d.get("effect") is not None for d in drivers[:4]) else None]


def what_if_panel() -> dbc.Card:
    return dbc.Card(dbc.CardBody([
        html.H2("What if", className="h5"),
        html.P("Change the scope (points) or the team (people, from −3 to +5): the burn-up "
               "redraws the forecast beside today's.", className="small text-body-secondary mb-2"),
        dbc.Row([
            dbc.Col([dbc.Label("Scope change (points)", html_for="project-whatif-scope",
                               className="small"),
                     dbc.Input(id="project-whatif-scope", type="number", value=0, step=1,
                               debounce=400, size="sm")], xs=6),
            dbc.Col([dbc.Label("Team change (people)", html_for="project-whatif-team",
                               className="small"),
                     dbc.Input(id="project-whatif-team", type="number", value=0, step=1,
                               debounce=400, size="sm")], xs=6),
        ], className="g-2"),
        html.Div(id="project-whatif-result", className="small mt-2", role="status",
                 **attrs({"aria-live": "polite"})),
    ]), className="mb-3")


def valid_key(key: Any) -> str | None:
    return key if isinstance(key, str) and KEY_PATTERN.fullmatch(key) else None


def layout(services: PageServices, viewer: Viewer, key: Any = None, **_query: Any) -> html.Div:
    key = valid_key(key)
    if key is None:
        return not_found("project")
    try:
        detail = _detail(services, viewer, key)
    except SQLAlchemyError:
        return html.Div([html.H1(key, className="h2"), error_alert()])
    if detail is None:
        return not_found("project")
    return html.Div([
        dcc.Store(id="project-key", data=key),
        html.Div(header(detail), id="project-header"),
        export_panel("project"),
        html.Div(id="project-alert"),
        dbc.Row([
            dbc.Col(graph("project-burnup", f"Chart: burn-up of {detail.name} with the forecast "
                                            "and the due date"), lg=8),
            dbc.Col([what_if_panel(), html.Div(id="project-forecast")], lg=4),
        ]),
        dbc.Row([
            dbc.Col(graph("project-status", f"Chart: work items of {detail.name} by status"),
                    lg=5),
            dbc.Col([html.H2("People", className="h4"),
                     dcc.Loading(html.Div(id="project-people"), delay_show=300)], lg=7),
        ]),
        dbc.Row([
            dbc.Col([html.H2("Work items", className="h4"),
                     dcc.Loading(html.Div(id="project-items"), delay_show=300),
                     dbc.Pagination(id="project-items-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=7),
            dbc.Col([html.H2("Documents", className="h4"),
                     dcc.Loading(html.Div(id="project-meeting"), delay_show=300),
                     dcc.Loading(html.Div(id="project-docs"), delay_show=300),
                     dbc.Pagination(id="project-docs-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=5),
        ]),
    ])


def _box(title: str, p: float | None, p85: dt.date | None, box_id: str) -> html.Div:
    return html.Div([
        html.Div(title, className="kpi-label text-body-secondary"),
        html.Div("—" if p is None else f"{p:.0%}", className="kpi-value", id=f"{box_id}-p"),
        html.Div("chance of finishing on time", className="small"),
        html.Div(f"P85 date {day(p85)}" if p85 else "P85 date —",
                 className="small text-nowrap", id=f"{box_id}-p85"),
    ], className="whatif-box", id=box_id)


def what_if_text(result: Any, stored_p85: dt.date | None, changed: bool) -> html.Div | html.Span:
    """Today's forecast (the number in the forecast card) beside the scenario's
    (``models.whatif.Scenario``: ``baseline`` is the stored P(on time))."""
    if result is None or result.baseline is None or result.p_on_time is None:
        return html.Span("Not enough history for a what-if yet.",
                         className="text-body-secondary")
    boxes = html.Div([
        _box("Now", result.baseline, stored_p85, "project-whatif-now"),
        _box("With the change" if changed else "With no change", result.p_on_time,
             result.p85 if changed else stored_p85, "project-whatif-new"),
    ], className="whatif-compare")
    line = html.Div(f"P(on time): {result.baseline:.0%} → {result.p_on_time:.0%}",
                    id="project-whatif-p", className="visually-hidden")
    return html.Div([boxes, line], id="project-whatif-lines")


def _periods(today: dt.date, forecast: Any) -> int:
    """Cone periods (weeks or more) reaching at least the P95 date."""
    last = max((d for d in (getattr(forecast, "p95_date", None),
                            getattr(forecast, "p85_date", None)) if d), default=None)
    weeks = math.ceil((last - today).days / 7) + 1 if last and last > today else 0
    return min(CONE_WEEKS[1], max(CONE_WEEKS[0], weeks))


def down_charts() -> tuple[Any, ...]:
    blank = empty_figure("Data unavailable.")
    return blank, None, None, None, error_alert()


def _detail(services: PageServices, viewer: Viewer, key: str) -> Any:
    """The project's header facts, read once per data version for the layout and every
    callback of the page (they load together)."""
    today = services.today()
    return services.cached("project.detail", viewer, {"key": key, "today": today},
                           lambda s: dq.project_detail(s, viewer.scope, key, today))


def _forecast(services: PageServices, viewer: Viewer, key: str) -> Any:
    """The stored forecast, read once per data version for the card and the what-if."""
    return services.cached("project.forecast", viewer, {"key": key},
                           lambda s: fq.project_forecast(s, viewer.scope, key))


def refresh_project(services: PageServices, viewer: Viewer, key: Any, live: Any) -> None:
    """Go on only for a live event about this project (or about everything)."""
    if isinstance(live, dict):  # (a call not fired by the store is let through at once)
        refresh_on(live, project_id=lambda: getattr(
            _detail(services, viewer, key), "id", None) if valid_key(key) else None)


def show_header(services: PageServices, viewer: Viewer, key: Any, live: Any = None) -> Any:
    """The title, health, status and dates, drawn again when a live event names this project
    (the layout draws them first)."""
    refresh_project(services, viewer, key, live)
    key = valid_key(key)
    detail = _detail(services, viewer, key) if key else None
    return header(detail) if detail is not None else not_found("project")


def charts(services: PageServices, viewer: Viewer, key: Any, live: Any = None) -> tuple[Any, ...]:
    """Items by status, people and the forecast card."""
    refresh_project(services, viewer, key, live)
    key = valid_key(key)
    today, scope = services.today(), viewer.scope
    if key is None:
        return down_charts()

    def build(session: Session) -> tuple[Any, ...]:
        detail = _detail(services, viewer, key)
        if detail is None:
            return down_charts()
        people = dq.project_people(session, scope, key, today)
        forecast = _forecast(services, viewer, key)
        status = items_status_figure(dq.items_by_status(session, scope, key))
        return (
            status,
            alternative(status),
            people_table(people, "project-people-table"),
            forecast_card(forecast, detail.due_date if detail.health == "late" else None),
            None,
        )

    return cached_view(services, "project.charts", viewer, {"key": key, "today": today},
                       build)


def _number(value: Any, low: int, high: int, what: str) -> tuple[int, str | None]:
    """A what-if input as a bounded whole number, or the reason it is not one."""
    if value is None or value == "":
        return 0, None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0, f"{what} must be a number."
    if isinstance(value, float) and (math.isnan(value) or value != int(value)):
        return 0, f"{what} must be a whole number."
    if not low <= value <= high:
        return 0, f"{what} must be between {low:,} and {high:,}."
    return int(value), None


def scenario(services: PageServices, viewer: Viewer, key: Any, scope_delta: Any,
             team_delta: Any, live: Any = None) -> tuple[Any, Any, Any]:
    """The burn-up with the forecast cone, redrawn with a what-if cone when scope (points) or
    team (people) change, and today's P(on time) beside the scenario's. A scenario the
    forecasting refuses (``ValueError``) shows its message and today's forecast alone."""
    refresh_project(services, viewer, key, live)
    key = valid_key(key)
    if key is None:
        return no_update, no_update, None
    scope_points, scope_problem = _number(scope_delta, -10_000, 10_000, "Scope change")
    team, team_problem = _number(team_delta, -TEAM_RANGE[0], TEAM_RANGE[1], "Team change")
    problem = scope_problem or team_problem
    today = services.today()
    loaded = services.forecasting.holder.get()
    # The forecasting stack (pandas, the scorer) loads with the first what-if, not at start-up.
    from models import features as feat  # noqa: PLC0415
    from models import teams, whatif  # noqa: PLC0415

    def build(session: Session) -> tuple[Any, Any, Any]:
        detail = _detail(services, viewer, key)
        if detail is None:
            return empty_figure("Data unavailable."), None, None
        forecast = _forecast(services, viewer, key)
        periods = _periods(today, forecast)

        def team_of(portfolio: int) -> Any:
            """The portfolio's outcome window, once per data version for every scenario."""
            return services.memo("project.team", viewer, {"portfolio": portfolio, "today": today},
                                 lambda: teams.load(session, [portfolio], today)
                                 .get(portfolio, feat.Team()))

        @functools.cache
        def history() -> Any:
            """The project's history, loaded once per data version for every scenario of the
            page (a change typed in the what-if then simulates only the change)."""
            return services.memo("project.whatif.history", viewer, {"key": key, "today": today},
                                 lambda: whatif.load(session, detail.id, today, team_of))

        cone = (services.memo("project.cone", viewer,
                              {"key": key, "today": today, "periods": periods},
                              lambda: whatif.project_cone(session, detail.id, today, periods,
                                                          found=history()))
                if forecast else [])
        changes = bool(scope_points or team) and not problem
        refusal = problem
        result: Any = None
        changed: list[Any] = []
        if not problem:
            try:
                found = (whatif.scenario(session, detail.id, today, loaded, scope_points, team,
                                         found=history())
                         if changes else whatif.unchanged(forecast))
                result = what_if_text(found, forecast.p85_date if forecast else None, changes)
                if changes and forecast:
                    changed = whatif.project_cone(session, detail.id, today, periods,
                                                  scope_delta=scope_points, team_delta=team,
                                                  found=history())
            except whatif.InvalidScenario as exc:  # the forecasting refuses it, and says why
                refusal = str(exc)
        dates = {"P85": forecast.p85_date, "P95": forecast.p95_date} if forecast else {}
        points = dq.project_burnup(session, viewer.scope, key)
        new_scope = (max(float(detail.done_points), float(detail.scope_points + scope_points))
                     if changed else None)
        figure = project_burnup_figure(points, detail.due_date, cone, dates, changed, new_scope)
        if refusal:
            result = dbc.Alert(refusal, color="warning", className="py-2 mb-0",
                               id="project-whatif-refused")
        return figure, alternative(figure), result

    version = loaded.version if loaded else None
    return cached_view(services, "project.whatif", viewer,
                       {"key": key, "today": today, "scope": scope_points, "team": team,
                        "problem": problem, "model": version}, build)


def items(services: PageServices, viewer: Viewer, key: Any, page: Any,
          live: Any = None) -> tuple[Any, int]:
    refresh_project(services, viewer, key, live)
    key, number = valid_key(key), clamp_int(page, 1, 100_000, 1)
    if key is None:
        return None, 1

    def build(session: Session) -> tuple[Any, int]:
        result = dq.project_items(session, viewer.scope, key, number, ITEMS_PAGE)
        return items_table(result.items, "project-items-table"), result.pages

    return cached_view(services, "project.items", viewer, {"key": key, "page": number}, build)


def documents(services: PageServices, viewer: Viewer, key: Any, page: Any,
              live: Any = None) -> tuple[Any, int]:
    refresh_project(services, viewer, key, live)
    key, number = valid_key(key), clamp_int(page, 1, 100_000, 1)
    if key is None:
        return None, 1

    def build(session: Session) -> tuple[Any, int]:
        result = dq.project_documents(session, viewer.scope, key, number, DOCS_PAGE)
        return documents_list(result.items, "project-docs-list"), result.pages

    return cached_view(services, "project.docs", viewer, {"key": key, "page": number}, build)


def meeting(services: PageServices, viewer: Viewer, key: Any, live: Any = None) -> Any:
    """The digest of the project's newest meeting minutes (summary, decisions, actions, risks,
    each point linking to its passage), or one line saying there are none. A project the
    viewer may not see (or no such project) gets nothing."""
    refresh_project(services, viewer, key, live)
    key = valid_key(key)
    if key is None or _detail(services, viewer, key) is None:
        return None

    today = services.today()

    def build(session: Session) -> Any:
        latest = docs.project_digests(session, viewer.scope, key, limit=1, exact=True)
        return latest_meeting_card(latest[0] if latest else None, "project-meeting",
                                   MEETING_POINTS, today)

    return cached_view(services, "project.meeting", viewer, {"key": key, "today": today}, build)


def show_table(services: PageServices, viewer: Viewer, clicks: Any, figure: Any,
               toggle_id: Any) -> tuple[Any, str, str]:
    """A chart's data as a table, built only when the viewer opens it."""
    return table_toggle(clicks, figure, toggle_id)


CALLBACKS = [
    *[Callback(show_table, *table_outputs(g), options={"prevent_initial_call": True})
      for g in ("project-burnup", "project-status")],
    Callback(show_header, [Output("project-header", "children")],
             [Input("project-key", "data"), LIVE], options={"prevent_initial_call": True}),
    Callback(charts, [Output("project-status", "figure"),
                      Output("project-status-alt", "children"),
                      Output("project-people", "children"), Output("project-forecast", "children"),
                      Output("project-alert", "children")],
             [Input("project-key", "data"), LIVE], fallback=down_charts),
    Callback(scenario, [Output("project-burnup", "figure"),
                        Output("project-burnup-alt", "children"),
                        Output("project-whatif-result", "children")],
             [Input("project-key", "data"), Input("project-whatif-scope", "value"),
              Input("project-whatif-team", "value"), LIVE],
             fallback=lambda: (empty_figure("Data unavailable."), None, error_alert())),
    Callback(items, [Output("project-items", "children"),
                     Output("project-items-page", "max_value")],
             [Input("project-key", "data"), Input("project-items-page", "active_page"), LIVE],
             fallback=lambda: (error_alert(), 1)),
    Callback(meeting, [Output("project-meeting", "children")],
             [Input("project-key", "data"), LIVE], fallback=error_alert),
    Callback(documents, [Output("project-docs", "children"),
                         Output("project-docs-page", "max_value")],
             [Input("project-key", "data"), Input("project-docs-page", "active_page"), LIVE],
             fallback=lambda: (error_alert(), 1)),
]
