"""Resources: load heatmap, who is over-allocated this week, and skills supply against demand,
filtered by portfolio, role and skill; every name links to the person's page."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from components.feedback import empty_figure, error_alert
from components.plotting import alternative, graph, table_outputs, table_toggle
from components.project_figures import heatmap_figure, skills_figure
from components.tables import overallocated_table, person_link
from components.words import plural
from data import queries
from data import resource_queries as rq
from data.scope import Scope
from data.viewer import Viewer
from pages.common import Callback, PageServices, as_list, cached_view, clamp_int, is_row_id
from pages.live import LIVE, refresh_on

PATH = "/resources"
TITLE = "Resources"
PEOPLE_PAGE = 25
FILTERS = ("portfolio", "role", "skill")
MAX_VALUES = 50


def _options(services: PageServices, viewer: Viewer) -> tuple[Any, list[str], list[str]]:
    try:
        return services.cached(
            "resources.options", viewer, {},
            lambda s: (queries.portfolios(s, viewer.scope), rq.roles(s, viewer.scope),
                       rq.skill_names(s, viewer.scope, services.today())))
    except SQLAlchemyError:
        return [], [], []


def _dropdown(name: str, label: str, options: list[Any]) -> dbc.Col:
    control_id = f"resources-filter-{name}"
    return dbc.Col([html.Label(label, htmlFor=control_id, className="form-label small mb-0"),
                    dcc.Dropdown(id=control_id, multi=True, options=options, value=[],
                                 placeholder="Any")], xs=12, md=4, className="mb-2")


def layout(services: PageServices, viewer: Viewer, **_query: Any) -> html.Div:
    portfolios, roles, skills = _options(services, viewer)
    return html.Div([
        html.H1("Resources", className="h2 page-title"),
        dbc.Row([
            _dropdown("portfolio", "Portfolio", [{"label": n, "value": i} for i, n in portfolios]),
            _dropdown("role", "Role", [{"label": r, "value": r} for r in roles]),
            _dropdown("skill", "Skill", [{"label": s, "value": s} for s in skills]),
        ], className="g-2 mb-2"),
        html.Div(id="resources-alert"),
        dbc.Row([
            dbc.Col([graph("resources-heatmap", "Chart: weekly load of each person, busiest "
                                                "first; 100% is full capacity"),
                     dbc.Pagination(id="resources-heatmap-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=7),
            dbc.Col([html.H2("Over-allocated this week", className="h4"),
                     dcc.Loading(html.Div(id="resources-over"), delay_show=300),
                     dbc.Pagination(id="resources-over-page", max_value=1, active_page=1,
                                    fully_expanded=False, size="sm")], lg=5),
        ]),
        graph("resources-skills", "Chart: open work needing each skill beside the people who "
                                  "have it"),
    ])


def parse_filters(portfolio: Any, role: Any, skill: Any) -> rq.PeopleFilters:
    """Drop-down values from the browser as typed filters (anything odd is dropped)."""
    ids = tuple(dict.fromkeys(v for v in as_list(portfolio)[:MAX_VALUES] if is_row_id(v)))
    texts = [tuple(dict.fromkeys(str(v)[:80] for v in as_list(x)[:MAX_VALUES]
                                 if isinstance(v, str) and v)) for x in (role, skill)]
    return rq.PeopleFilters(ids, texts[0], texts[1])


def subtitle(filters: rq.PeopleFilters) -> str:
    parts = [plural(len(filters.portfolio), "portfolio") if filters.portfolio else "",
             "role " + ", ".join(filters.role) if filters.role else "",
             "skill " + ", ".join(filters.skill) if filters.skill else ""]
    chosen = "; ".join(p for p in parts if p)
    # the portfolio filter widens the people to the weeks on screen (rq.allocation_heatmap)
    the = "the portfolio" if len(filters.portfolio) == 1 else "the portfolios"
    who = (f"People allocated to {the} in the weeks shown" if filters.portfolio
           else "People allocated this week")
    return who + (f" (filtered: {chosen})" if chosen else "")


def heatmap(services: PageServices, viewer: Viewer, page: Any, portfolio: Any, role: Any,
            skill: Any, live: Any = None) -> tuple[Any, ...]:
    """Each person's weekly load, busiest this week first, a page of people at a time."""
    refresh_on(live)
    today, number = services.today(), clamp_int(page, 1, 100_000, 1)
    filters = parse_filters(portfolio, role, skill)

    def build(session: Session) -> tuple[Any, ...]:
        result = rq.allocation_heatmap(session, viewer.scope, today, number, PEOPLE_PAGE,
                                       filters=filters)
        fig = heatmap_figure(result, subtitle(filters))
        return fig, alternative(fig), result.pages, None

    out: tuple[Any, ...] = cached_view(services, "resources.heatmap", viewer,
                                       {"today": today, "page": number,
                                        "filters": filters.as_key()}, build)
    return out


def over(services: PageServices, viewer: Viewer, page: Any, portfolio: Any, role: Any,
         skill: Any, live: Any = None) -> tuple[Any, int]:
    """People over-allocated this week (``data.metrics``: load above 100 % on some day)."""
    refresh_on(live)
    today, number = services.today(), clamp_int(page, 1, 100_000, 1)
    filters = parse_filters(portfolio, role, skill)
    result = services.cached("resources.over", viewer,
                             {"today": today, "page": number, "filters": filters.as_key()},
                             lambda s: rq.overallocated(s, viewer.scope, today, number,
                                                        filters=filters))
    return overallocated_table(result.items, "resources-over-table"), result.pages


def _narrowed(scope: Scope, portfolios: tuple[int, ...]) -> Scope:
    """The viewer's scope cut down to the chosen portfolios (never widened)."""
    if not portfolios:
        return scope
    chosen = frozenset(portfolios)
    return Scope(chosen if scope.portfolio_ids is None else scope.portfolio_ids & chosen)


def skills(services: PageServices, viewer: Viewer, portfolio: Any, role: Any,
           skill: Any, live: Any = None) -> tuple[Any, Any]:
    """Open work per skill against the people who have it (in the chosen portfolios)."""
    refresh_on(live)
    filters = parse_filters(portfolio, role, skill)
    scope = _narrowed(viewer.scope, filters.portfolio)

    def build(session: Session) -> tuple[Any, Any]:
        # every skill in view (the chart draws the top ones and names the rest), filtered
        # before any cut: a chosen skill outside the top is still shown
        rows = rq.skills_coverage(session, scope, limit=rq.ALL_SKILLS, today=services.today())
        if filters.skill:
            rows = [r for r in rows if r.skill in filters.skill]
        text = (plural(len(filters.portfolio), "portfolio") if filters.portfolio
                else "All portfolios you can see")
        fig = skills_figure(rows, text)
        return fig, alternative(fig)

    out: tuple[Any, Any] = cached_view(services, "resources.skills", viewer,
                                       {"filters": filters.as_key()}, build)
    return out


def show_table(services: PageServices, viewer: Viewer, clicks: Any, figure: Any,
               toggle_id: Any) -> tuple[Any, str, str]:
    """A chart's data as a table, built when opened; people's names link to their page."""
    names = None
    if toggle_id == "resources-heatmap-table-toggle" and isinstance(figure, dict):
        trace = (figure.get("data") or [{}])[0]
        names = [person_link(str(n)) for n in trace.get("y") or []]
    return table_toggle(clicks, figure, toggle_id, first_cells=names)


FILTER_INPUTS = [Input(f"resources-filter-{name}", "value") for name in FILTERS]
CALLBACKS = [
    *[Callback(show_table, *table_outputs(g), options={"prevent_initial_call": True})
      for g in ("resources-heatmap", "resources-skills")],
    Callback(heatmap, [Output("resources-heatmap", "figure"),
                       Output("resources-heatmap-alt", "children"),
                       Output("resources-heatmap-page", "max_value"),
                       Output("resources-alert", "children")],
             [Input("resources-heatmap-page", "active_page"), *FILTER_INPUTS, LIVE],
             fallback=lambda: (empty_figure("Data unavailable."), None, 1, error_alert())),
    Callback(over, [Output("resources-over", "children"),
                    Output("resources-over-page", "max_value")],
             [Input("resources-over-page", "active_page"), *FILTER_INPUTS, LIVE],
             fallback=lambda: (error_alert(), 1)),
    Callback(skills, [Output("resources-skills", "figure"), Output("resources-skills-alt",
                                                                    "children")],
             [*FILTER_INPUTS, LIVE],
             fallback=lambda: (empty_figure("Data unavailable."), None)),
]
