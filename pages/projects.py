"""Projects: a keyset-paginated, sortable, filterable list; every page comes from the database."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, dcc, html, no_update

from components.feedback import error_alert
from components.filters import filter_bar, filter_notice
from components.tables import project_table, sort_header
from data.filters import from_query
from data.project_queries import SORTS, project_page
from data.viewer import Viewer
from pages.common import (
    FILTER_COUNT,
    Callback,
    PageServices,
    as_dict,
    filter_inputs,
    filter_options,
    filters_from_controls,
    search_string,
    triggered,
)

PATH = "/projects"
TITLE = "Projects"
PAGE_SIZE = 25
NAV = ["first", "prev", "next", "last"]


def parse_view(query: dict[str, Any]) -> tuple[str, bool, list[str]]:
    """Sort column and direction from the URL; an unknown column falls back to the key."""
    sort = query.get("sort") or "key"
    problems = []
    if not isinstance(sort, str) or sort not in SORTS:
        problems.append(f"sort: unknown column {str(sort)[:40]!r}")
        sort = "key"
    return sort, query.get("desc") == "1", problems


def layout(services: PageServices, viewer: Viewer, **query: Any) -> html.Div:
    filters, problems = from_query(query)
    sort, descending, sort_problems = parse_view(query)
    view = {"filters": filters.to_query(), "sort": sort, "desc": descending}
    export = "/download/projects.csv" + search_string(filters, sort=sort,
                                                       desc="1" if descending else None)
    return html.Div([
        dcc.Location(id="projects-location", refresh="callback-nav"),
        dcc.Store(id="projects-view", data=view),
        dcc.Store(id="projects-cursor", data={}),
        dbc.Row([
            dbc.Col(html.H2("Projects"), md=8),
            dbc.Col(html.A("Export CSV", href=export, id="projects-export",
                           className="btn btn-outline-secondary btn-sm float-end"), md=4),
        ], className="mb-2 align-items-center"),
        filter_bar("projects", filters, filter_options(services, viewer)),
        filter_notice(problems + sort_problems),
        html.Div(id="projects-alert"),
        dcc.Loading(html.Div(id="projects-table")),
        dbc.Row([
            dbc.Col(dbc.ButtonGroup([
                dbc.Button(label, id=f"projects-{name}", color="secondary", outline=True,
                           size="sm", disabled=True)
                for name, label in zip(NAV, ["« First", "‹ Previous", "Next ›", "Last »"],
                                       strict=True)
            ]), width="auto"),
            dbc.Col(html.Div(id="projects-count", className="text-muted pt-1")),
        ], className="align-items-center"),
    ])


def to_url(services: PageServices, viewer: Viewer, *values: Any) -> Any:
    """Filter controls and sort headers write the view into the address."""
    view, current = as_dict(values[-2]), values[-1] or ""
    filters = filters_from_controls(*values[:FILTER_COUNT])
    sort, descending, _ = parse_view({"sort": view.get("sort"),
                                      "desc": "1" if view.get("desc") is True else None})
    trigger, clicked = triggered()
    if isinstance(trigger, dict):
        if not clicked:
            return no_update  # a header re-rendered, nobody clicked it
        column = trigger.get("column")
        if column in SORTS:
            descending = not descending if column == sort else False
            sort = column
    search = search_string(filters, sort=sort if sort != "key" else None,
                           desc="1" if descending else None)
    return search if search != current else no_update


def drill_down(services: PageServices, viewer: Viewer, _clicks: Any) -> Any:
    """A click on a row opens that project."""
    trigger, clicked = triggered()
    if not clicked or not isinstance(trigger, dict) or not isinstance(trigger.get("key"), str):
        return no_update
    return f"/projects/{trigger['key']}"


def down() -> tuple[Any, ...]:
    return None, "", {}, True, True, True, True, error_alert()


def _cursor(value: Any) -> list[Any] | None:
    """A keyset cursor from the browser: [sort value, key] of scalars, or nothing."""
    if (isinstance(value, list) and len(value) == 2 and isinstance(value[1], str)
            and isinstance(value[0], str | int | float) and not isinstance(value[0], bool)):
        return value
    return None


def show_page(services: PageServices, viewer: Viewer, view: Any, *rest: Any) -> tuple[Any, ...]:
    """One keyset page of the view, and the pager's state."""
    view, state = as_dict(view), as_dict(rest[-1])
    today = services.today()
    filters, _ = from_query(as_dict(view.get("filters")))
    sort, descending, _ = parse_view({"sort": view.get("sort"),
                                      "desc": "1" if view.get("desc") is True else None})
    trigger, _value = triggered()
    move = trigger if trigger in {f"projects-{n}" for n in NAV} else None
    kwargs: dict[str, Any] = {}
    if move == "projects-next" and _cursor(state.get("last")):
        kwargs["after"] = _cursor(state.get("last"))
    elif move == "projects-prev" and _cursor(state.get("first")):
        kwargs["before"] = _cursor(state.get("first"))
    elif move == "projects-last":
        kwargs["last"] = True
    args = {"today": today, "filters": filters.as_key(), "sort": sort, "desc": descending,
            **kwargs}
    try:
        page = services.cached("projects.page", viewer, args, lambda s: project_page(
            s, viewer.scope, today, filters, sort=sort, descending=descending,
            page_size=PAGE_SIZE, **kwargs))
    except ValueError:  # a cursor value of the wrong type for this column: start over
        kwargs = {}
        page = services.cached("projects.page", viewer, {**args, "after": None}, lambda s:
                               project_page(s, viewer.scope, today, filters, sort=sort,
                                            descending=descending, page_size=PAGE_SIZE))
    start_at = state["start"] if isinstance(state.get("start"), int) else 0
    start = {"projects-next": start_at + PAGE_SIZE,
             "projects-prev": max(0, start_at - PAGE_SIZE),
             "projects-last": max(0, page.total - len(page.items))}.get(move or "", 0)
    if not page.has_before:
        start = 0
    header = sort_header("projects", sort, descending)
    table = project_table(page.items, "projects-list", header, row_prefix="projects-row")
    shown = (f"{start + 1:,}–{start + len(page.items):,} of {page.total:,} projects"
             if page.items else "0 projects")
    cursor = {"start": start,
              "first": list(page.items[0].cursor) if page.items else None,
              "last": list(page.items[-1].cursor) if page.items else None}
    return (table, shown, cursor, not page.has_before, not page.has_before,
            not page.has_after, not page.has_after, None)


CALLBACKS = [
    Callback(to_url, [Output("projects-location", "search")],
             [*filter_inputs("projects"),
              Input({"type": "projects-sort", "column": ALL}, "n_clicks"),
              State("projects-view", "data"), State("projects-location", "search")],
             options={"prevent_initial_call": True}),
    Callback(drill_down, [Output("projects-location", "href")],
             [Input({"type": "projects-row", "key": ALL}, "n_clicks")],
             options={"prevent_initial_call": True}),
    Callback(show_page, [Output("projects-table", "children"),
                         Output("projects-count", "children"),
                         Output("projects-cursor", "data"),
                         *[Output(f"projects-{name}", "disabled") for name in NAV],
                         Output("projects-alert", "children")],
             [Input("projects-view", "data"),
              *[Input(f"projects-{name}", "n_clicks") for name in NAV],
              State("projects-cursor", "data")], fallback=down),
]
