"""A person at /people/<name or id>: their projects, load by week and skills.

Every person's name in the app links here. Someone outside the viewer's portfolios (or who does
not exist) gets the friendly not-found page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import unquote

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from components.feedback import empty_figure, error_alert, not_found
from components.plotting import alternative, graph, table_outputs, table_toggle
from components.project_figures import person_load_figure
from components.tables import health_badge, project_link, simple_table
from components.words import day, percent, plural
from data import metrics
from data import people_queries as pq
from data.viewer import Viewer
from pages.common import Callback, PageServices, cached_view

PATH_TEMPLATE = "/people/<person>"
TITLE = "Person"
MAX_IDENT = 120


def parse_ident(value: Any) -> str | None:
    """The address's person part: an id or a name (URL-decoded, trimmed, bounded)."""
    if not isinstance(value, str):
        return None
    text = unquote(value).strip()
    if not text or len(text) > MAX_IDENT or any(ord(c) < 32 for c in text):
        return None
    return text


PROJECTS_HEADING = "Projects from today on"
PROJECTS_CAPTION = ("Projects with an allocation from today on: {current} (allocated today, as "
                    "each project's People table counts its team) and {upcoming} upcoming, "
                    "marked with the day they start.")


def projects_caption(rows: list[pq.PersonProject], today: dt.date) -> str:
    """How many projects they are on today and how many they start later (a project with
    both an allocation today and a later one counts as current)."""
    current = {r.key for r in rows if r.period_start <= today}
    upcoming = {r.key for r in rows} - current
    return PROJECTS_CAPTION.format(current=plural(len(current), "current project"),
                                   upcoming=f"{len(upcoming):,}")


def _project_cell(r: pq.PersonProject, today: dt.date) -> Any:
    """The project's link; an allocation that starts after today says so, with its start."""
    if r.period_start <= today:
        return project_link(r.key, r.name)
    return html.Span([project_link(r.key, r.name), " ",
                      html.Span(f"upcoming, starts {day(r.period_start)}",
                                className="badge text-bg-light fw-normal text-nowrap")])


def projects_table(rows: list[pq.PersonProject], today: dt.date) -> Any:
    table = simple_table(
        ["Project", "Health", "Share of their week", "From", "Until", "Open items for them"],
        [[_project_cell(r, today), health_badge(r.health), percent(r.share),
          html.Span(day(r.period_start), className="text-nowrap"),
          html.Span(day(r.period_end), className="text-nowrap"), r.open_items]
         for r in rows],
        "person-projects-table", "No current or upcoming allocations on projects you can see.")
    if not rows:
        return table
    return html.Div([html.P(projects_caption(rows, today), id="person-projects-caption",
                            className="small text-body-secondary mb-1"), table])


def layout(services: PageServices, viewer: Viewer, person: Any = None,
           **_query: Any) -> html.Div:
    ident = parse_ident(person)
    if ident is None:
        return not_found("person")
    try:
        found = services.cached("person.find", viewer, {"ident": ident},
                                lambda s: pq.find_person(s, viewer.scope, ident))
    except SQLAlchemyError:
        return html.Div([html.H1(ident, className="h2"), error_alert()])
    if found is None:
        return not_found("person")
    skills = (html.Ul([html.Li(dbc.Badge(s, color="secondary", className="fw-normal"),
                               className="d-inline me-1") for s in found.skills],
                      className="list-unstyled mb-0", id="person-skills")
              if found.skills else html.P("No skills recorded.", id="person-skills"))
    return html.Div([
        dcc.Store(id="person-id", data=found.id),
        html.H1([found.name, html.Small(f" {found.role}", className="text-body-secondary")],
                id="person-title", className="h2 page-title"),
        dbc.Row([
            dbc.Col([html.Div("Capacity", className="kpi-label text-body-secondary"),
                     html.Div(f"{found.weekly_capacity:g} hours a week")], xs=6, md=3),
            dbc.Col([html.Div("Skills", className="kpi-label text-body-secondary"), skills],
                    xs=12, md=9),
        ], className="mb-3"),
        html.Div(id="person-alert"),
        graph("person-load", f"Chart: weekly load of {found.name}; 100% is full capacity"),
        html.H2(PROJECTS_HEADING, className="h4"),
        dcc.Loading(html.Div(id="person-projects"), delay_show=300),
    ])


def down() -> tuple[Any, ...]:
    return empty_figure("Data unavailable."), None, None, error_alert()


def details(services: PageServices, viewer: Viewer, person_id: Any) -> tuple[Any, ...]:
    """Their load by week (``data.metrics``) and their current and upcoming projects."""
    if not isinstance(person_id, int) or isinstance(person_id, bool):
        return down()
    today = services.today()

    def build(session: Session) -> tuple[Any, ...]:
        found = pq.find_person(session, viewer.scope, str(person_id))
        if found is None:
            return down()
        load = pq.person_load(session, viewer.scope, found.id, today)
        fig = person_load_figure(load.weeks, load.loads, found.name,
                                 metrics.this_week(today)[0])
        rows = pq.person_projects(session, viewer.scope, found.id, today)
        return fig, alternative(fig), projects_table(rows, today), None

    return cached_view(services, "person.details", viewer, {"id": person_id, "today": today},
                       build)


def show_table(services: PageServices, viewer: Viewer, clicks: Any, figure: Any,
               toggle_id: Any) -> tuple[Any, str, str]:
    """A chart's data as a table, built only when the viewer opens it."""
    return table_toggle(clicks, figure, toggle_id)


CALLBACKS = [
    Callback(show_table, *table_outputs("person-load"), options={"prevent_initial_call": True}),
    Callback(details, [Output("person-load", "figure"), Output("person-load-alt", "children"),
                       Output("person-projects", "children"), Output("person-alert", "children")],
             [Input("person-id", "data")], fallback=down),
]
