"""Projects: a keyset-paginated, sortable, filterable list; every page comes from the database.

The whole view lives in the address: filters, sort, and the keyset page (``page`` for the
"26–50 of 200" label, ``after``/``before`` the cursor, ``last=1``), so reload and Back return
to the same rows. Controls write the address without reloading the page (the location's
``refresh=False``) and the view store at once; Back and Forward re-render the page from the
address.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, dcc, html, no_update

from components.attrs import attrs
from components.feedback import error_alert
from components.filters import filter_bar, filter_notice
from components.tables import project_table, sort_header
from components.words import plural
from data.filters import ProjectFilters, from_query
from data.project_queries import SORTS, project_count, project_page
from data.viewer import Viewer
from models.drivers import with_worded_drivers
from pages.common import (
    FILTER_COUNT,
    FILTER_FIELDS,
    Callback,
    PageServices,
    as_dict,
    clamp_int,
    filter_inputs,
    filter_options,
    filters_from_controls,
    plain_output,
    search_string,
    triggered,
)
from pages.live import LIVE, refresh_on

PATH = "/projects"
TITLE = "Projects"
PAGE_SIZE = 25
NAV = ["first", "prev", "next", "last"]
MAX_PAGE = 1_000_000
CURSOR_TEXT = 200


def parse_view(query: dict[str, Any]) -> tuple[str, bool, list[str]]:
    """Sort column and direction from the URL; an unknown column falls back to the key."""
    sort = query.get("sort") or "key"
    problems = []
    if not isinstance(sort, str) or sort not in SORTS:
        problems.append(f"sort: unknown column {str(sort)[:40]!r}")
        sort = "key"
    return sort, query.get("desc") == "1", problems


def _page(value: Any, default: int = 1) -> int:
    """A page number (or count) kept in a store: a sane int, or ``default``."""
    return clamp_int(value, 0, 1_000_000, default) if isinstance(value, int) else default


def parse_cursor(value: Any) -> list[str] | None:
    """``<sort value>~<key>`` from the address as [value, key] (still text: the query parses
    the value for its column and refuses one of the wrong type)."""
    if not isinstance(value, str) or "~" not in value or len(value) > CURSOR_TEXT:
        return None
    sort_value, key = value.rsplit("~", 1)
    return [sort_value, key] if key else None


def cursor_text(cursor: Any) -> str | None:
    if isinstance(cursor, list | tuple) and len(cursor) == 2:
        return f"{'' if cursor[0] is None else cursor[0]}~{cursor[1]}"
    return None


def view_from_query(query: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The list's whole view from URL parameters, and what in them was ignored."""
    filters, problems = from_query(query)
    sort, descending, sort_problems = parse_view(query)
    view: dict[str, Any] = {"filters": filters.to_query(), "sort": sort, "desc": descending,
                            "page": clamp_int(query.get("page"), 1, MAX_PAGE, 1)}
    for move in ("after", "before"):
        cursor = parse_cursor(query.get(move))
        if cursor:
            view[move] = cursor
            break
    else:
        if query.get("last") == "1":
            view["last"] = True
    return view, problems + sort_problems


def view_search(view: dict[str, Any]) -> str:
    """The address of a view (the inverse of ``view_from_query``)."""
    filters, _ = from_query(as_dict(view.get("filters")))
    sort = view.get("sort") if view.get("sort") in SORTS else "key"
    page = _page(view.get("page"))
    extra: dict[str, Any] = {"sort": sort if sort != "key" else None,
                             "desc": "1" if view.get("desc") is True else None,
                             "page": page if page > 1 else None}
    for move in ("after", "before"):
        if view.get(move):
            extra[move] = cursor_text(view[move])
    if view.get("last"):
        extra["last"] = "1"
    return search_string(filters, **extra)


def layout(services: PageServices, viewer: Viewer, **query: Any) -> html.Div:
    view, problems = view_from_query(query)
    filters, _ = from_query(query)
    return html.Div([
        dcc.Location(id="projects-location", refresh=False),
        dcc.Location(id="projects-goto", refresh="callback-nav"),
        dcc.Store(id="projects-view", data=view),
        dcc.Store(id="projects-cursor", data={}),
        dbc.Row([
            dbc.Col(html.H1("Projects", className="h2 page-title"), xs=8),
            dbc.Col(html.A("Export CSV", href="/download/projects.csv" + view_search(
                {**view, "page": 1, "after": None, "before": None, "last": None}),
                id="projects-export",
                className="btn btn-outline-secondary btn-sm float-end"), xs=4),
        ], className="mb-2 align-items-center"),
        filter_bar("projects", filters, filter_options(services, viewer)),
        filter_notice(problems),
        html.Div(id="projects-alert"),
        dcc.Loading(html.Div(id="projects-table"), delay_show=300),
        html.Nav(dbc.Row([
            dbc.Col(dbc.ButtonGroup([
                dbc.Button(label, id=f"projects-{name}", color="secondary", outline=True,
                           size="sm", disabled=True)
                for name, label in zip(NAV, ["« First", "‹ Previous", "Next ›", "Last »"],
                                       strict=True)
            ]), width="auto"),
            dbc.Col(html.Div(id="projects-count", className="text-body-secondary pt-1",
                             role="status")),
        ], className="align-items-center"), **attrs({"aria-label": "Pages of projects"})),
    ])


def navigate(services: PageServices, viewer: Viewer, *values: Any) -> tuple[Any, ...]:
    """Filters, sort headers, the pager and "clear all" write the view into the address and
    the store ("clear all" also empties the controls)."""
    *controls, _sorts, _first, _prev, _next, _last, _clear, view_value, cursor_state, \
        current = values
    keep = [no_update] * FILTER_COUNT
    view, state = as_dict(view_value), as_dict(cursor_state)
    filters = filters_from_controls(*controls[:FILTER_COUNT])
    sort, descending, _ = parse_view({"sort": view.get("sort"),
                                      "desc": "1" if view.get("desc") is True else None})
    page = _page(view.get("page"))
    new: dict[str, Any] = {"filters": filters.to_query(), "sort": sort, "desc": descending,
                           "page": 1}
    trigger, clicked = triggered()
    if trigger == "projects-filter-clear":
        cleared = {"filters": {}, "sort": sort, "desc": descending, "page": 1}
        search = view_search(cleared)
        return ((search if search != (current or "") else no_update), cleared,
                *_empty_controls())
    if isinstance(trigger, dict):
        if not clicked:
            return no_update, no_update, *keep  # a header re-rendered, nobody clicked it
        column = trigger.get("column")
        if column in SORTS:
            new["desc"] = not descending if column == sort else False
            new["sort"] = column
    elif trigger in {f"projects-{n}" for n in NAV}:
        if filters.to_query() != as_dict(view.get("filters")):
            pass  # a filter changed under the pager: start again from page 1
        elif trigger == "projects-next" and state.get("last"):
            new.update(page=page + 1, after=state["last"])
        elif trigger == "projects-prev" and state.get("first") and page > 2:
            new.update(page=page - 1, before=state["first"])
        elif trigger == "projects-last":
            total = _page(state.get("total"), 0)
            new.update(page=max(1, -(-total // PAGE_SIZE)), last=True)
    elif filters.to_query() == as_dict(view.get("filters")):
        return no_update, no_update, *keep  # a control re-rendered with the value it had
    search = view_search(new)
    return (search if search != (current or "") else no_update), new, *keep


def _empty_controls() -> list[Any]:
    return [[] for _ in FILTER_FIELDS] + [None, None, ""]


def drill_down(services: PageServices, viewer: Viewer, _clicks: Any) -> Any:
    """A click on a row opens that project."""
    trigger, clicked = triggered()
    if not clicked or not isinstance(trigger, dict) or not isinstance(trigger.get("key"), str):
        return no_update
    return f"/projects/{trigger['key']}"


def down() -> tuple[Any, ...]:
    return None, "", {}, True, True, True, True, no_update, error_alert()


def show_page(services: PageServices, viewer: Viewer, view_value: Any,
              live: Any = None) -> tuple[Any, ...]:
    """One keyset page of the view, the pager's state and the export link for the view (read
    again, at the same place in the same view, when a live event says projects changed)."""
    refresh_on(live)
    view = as_dict(view_value)
    today = services.today()
    filters, _ = from_query(as_dict(view.get("filters")))
    sort, descending, _ = parse_view({"sort": view.get("sort"),
                                      "desc": "1" if view.get("desc") is True else None})
    kwargs: dict[str, Any] = {}
    after, before = parse_cursor(cursor_text(view.get("after"))), parse_cursor(
        cursor_text(view.get("before")))
    if after:
        kwargs["after"] = after
    elif before:
        kwargs["before"] = before
    elif view.get("last") is True:
        kwargs["last"] = True
    args = {"today": today, "filters": filters.as_key(), "sort": sort, "desc": descending,
            **kwargs}
    # The rendered page is cached too: building its ~475 components took longer than the
    # cached read of its rows.
    return services.memo("projects.view", viewer, {**args, "page": _page(view.get("page"))},
                         lambda: plain_output(_render(services, viewer, view, filters, args,
                                                      kwargs)))


def _render(services: PageServices, viewer: Viewer, view: dict[str, Any],
            filters: ProjectFilters, args: dict[str, Any], kwargs: dict[str, Any]
            ) -> tuple[Any, ...]:
    today, sort, descending = args["today"], args["sort"], args["desc"]

    def read(**moves: Any) -> Any:  # the rendered view is cached; its rows need not be too
        with services.read() as session:
            return project_page(session, viewer.scope, today, filters, sort=sort,
                                descending=descending, page_size=PAGE_SIZE, with_total=False,
                                **{**kwargs, **moves})

    try:
        page = read()
    except ValueError:  # a cursor value of the wrong type for this column: start over
        kwargs = {}
        page = read(after=None, before=None, last=False)
    # The total counts every project of the view (a scan at 100,000): once per filters and
    # data version, not once per sort and page.
    page = replace(page, total=services.cached(
        "projects.total", viewer, {"today": today, "filters": filters.as_key()},
        lambda s: project_count(s, viewer.scope, today, filters)))
    number = _page(view.get("page")) if kwargs else 1
    if not page.has_before:
        number = 1
    start = min((number - 1) * PAGE_SIZE, max(0, page.total - len(page.items)))
    if kwargs.get("last"):
        start = max(0, page.total - len(page.items))
    header = sort_header("projects", sort, descending)
    table = project_table(with_worded_drivers(page.items), "projects-list", header,
                          row_prefix="projects-row")
    shown = (f"{start + 1:,}–{start + len(page.items):,} of {plural(page.total, 'project')}"
             if page.items else "0 projects")
    cursor = {"total": page.total,
              "first": list(page.items[0].cursor) if page.items else None,
              "last": list(page.items[-1].cursor) if page.items else None}
    export = "/download/projects.csv" + search_string(
        filters, sort=sort if sort != "key" else None, desc="1" if descending else None)
    return (table, shown, cursor, not page.has_before, not page.has_before,
            not page.has_after, not page.has_after, export, None)


CALLBACKS = [
    Callback(navigate, [Output("projects-location", "search"), Output("projects-view", "data"),
                        *[Output(i.component_id, i.component_property)
                          for i in filter_inputs("projects")]],
             [*filter_inputs("projects"),
              Input({"type": "projects-sort", "column": ALL}, "n_clicks"),
              *[Input(f"projects-{name}", "n_clicks") for name in NAV],
              Input("projects-filter-clear", "n_clicks"),
              State("projects-view", "data"), State("projects-cursor", "data"),
              State("projects-location", "search")],
             options={"prevent_initial_call": True}),
    Callback(drill_down, [Output("projects-goto", "href")],
             [Input({"type": "projects-row", "key": ALL}, "n_clicks")],
             options={"prevent_initial_call": True}),
    Callback(show_page, [Output("projects-table", "children"),
                         Output("projects-count", "children"),
                         Output("projects-cursor", "data"),
                         *[Output(f"projects-{name}", "disabled") for name in NAV],
                         Output("projects-export", "href"),
                         Output("projects-alert", "children")],
             [Input("projects-view", "data"), LIVE], fallback=down),
]
