"""The one place figures and graphs are created: shared layout, one graph helper, text alternatives.

Plotly validates every property on assignment; for figures our builders assemble from known-good
values that is most of their cost (about 9 ms a chart against 2 ms), so builders create figures
through ``new_figure`` with validation off. Validation off also leaves a template *name*
unresolved, so the layout carries the template object itself.

Every ``dcc.Graph`` of the app comes from ``graph``: a reduced mode bar (download as PNG and
reset, nothing that sends a chart anywhere), an accessible name on its container, and a text
alternative beside it (``alternative``: the builder's one-line summary and the chart's data as a
table behind a toggle, where a chart that filters the page has a button per row that applies the
same filter a click on the bar would).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import Any, overload

import plotly.graph_objects as go
from dash import Input, Output, State, dcc, html

from components.attrs import attrs
from components.theme import TEMPLATE
from components.words import day

LAYOUT: dict[str, Any] = {"margin": {"l": 56, "r": 16, "t": 64, "b": 48}, "height": 340,
                          "template": TEMPLATE}
GRAPH_CONFIG: Any = {  # dcc.Graph's stub types this as its own Config
    "displaylogo": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "showLink": False,
    "modeBarButtons": [["toImage", "resetScale2d"]],
    "toImageButtonOptions": {"format": "png", "scale": 2},
    "responsive": True,
}
LOADING = "Loading…"
SHOW_TABLE = "Show the data as a table"
HIDE_TABLE = "Hide the data table"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]00:00(?::00)?)?")  # plotly's x of a day
ALT_ROWS = 60  # a text alternative lists at most this many rows, and says so when it cuts


def new_figure(*traces: Any) -> go.Figure:
    fig = go.Figure(_validate=False)
    for trace in traces:
        fig.add_trace(trace)
    return fig


def trace(kind: str, **props: Any) -> dict[str, Any]:
    """A trace as plain data, for builders that hand ``titled`` a list of traces: no plotly
    object is made for it until the figure (a burn-up's seven traces took 7 ms as objects)."""
    return {"type": kind, **props}


PlainFigure = dict[str, Any]  # {"data": [...], "layout": {...}}: what dcc.Graph receives


@overload
def titled(fig: list[dict[str, Any]], title: str, subtitle: str, summary: str,
           **layout: Any) -> PlainFigure: ...


@overload
def titled(fig: go.Figure, title: str, subtitle: str, summary: str,
           **layout: Any) -> go.Figure: ...


def titled(fig: go.Figure | list[dict[str, Any]], title: str, subtitle: str, summary: str,
           **layout: Any) -> go.Figure | PlainFigure:
    """The chart's title (what it shows) and subtitle (for which filters), its one-line summary
    for screen readers (kept in ``layout.meta``), and the shared layout.

    The layout is merged as plain data, as ``update_layout`` would merge it, and the figure is
    rebuilt from data without validation: plotly's property machinery took 2-12 ms a chart here,
    the merge takes a fraction of a millisecond. ``fig`` may be the traces as plain data
    (``trace``): the figure is then plain data too (``PlainFigure``), as Dash sends and the
    cache keeps it, with no plotly object made and copied twice on the way (2.5 ms of a
    burn-up's 3.5 ms)."""
    if isinstance(fig, list):
        data, base = fig, {}
    else:
        data, base = [t.to_plotly_json() for t in fig.data], fig.layout.to_plotly_json()
    merged = _merged(base, {
        "title": {"text": title, "subtitle": {"text": subtitle}},
        "meta": {"summary": summary, "title": title, "subtitle": subtitle},
        **LAYOUT, **layout,
    })
    if isinstance(fig, list):
        return {"data": data, "layout": merged}
    return go.Figure({"data": data, "layout": merged}, _validate=False)


def _merged(base: dict[str, Any], updates: dict[str, Any]) -> dict[str, Any]:
    """``updates`` over ``base`` by ``update_layout``'s rules: nested dicts merge; a list of
    objects (shapes, annotations) over an existing one merges element by element (the update
    cycled over the existing elements, its extra elements appended); a template and anything
    else replace."""
    out = dict(base)
    for key, value in updates.items():
        old = out.get(key)
        if isinstance(value, go.layout.Template):
            out[key] = value.to_plotly_json()
        elif isinstance(value, dict) and isinstance(old, dict):
            out[key] = _merged(old, value)
        elif _objects(value) and _objects(old) and old:
            if value:
                out[key] = [_merged(item, value[i % len(value)]) for i, item in enumerate(old)]
                out[key] += list(value[len(old):])
        else:
            out[key] = value
    return out


def _objects(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, dict) for v in value)


def round_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 5, 10) if f * power >= raw * (1 - 1e-9))


def count_axis(title: str, top: float) -> dict[str, Any]:
    """A y axis of counts from zero with round ticks (whole numbers when counts are small)."""
    step = max(1.0, round_step(top))
    return {"title": {"text": title}, "rangemode": "tozero", "tick0": 0, "dtick": step,
            "tickformat": ",d", "range": [0, max(step, top * 1.08)]}


def graph(graph_id: str, label: str, figure: go.Figure | dict[str, Any] | None = None,
          height: int | None = None, loading: bool = True) -> html.Div:
    """A chart as every page shows it: labelled for screen readers, a reduced mode bar, and an
    (initially empty) text alternative with the id ``<graph_id>-alt`` for its callback to fill."""
    from components.feedback import empty_figure  # feedback builds figures through this module

    inner: Any = dcc.Graph(id=graph_id, figure=figure or empty_figure(LOADING, height),
                           config=GRAPH_CONFIG, className="chart-graph")
    if loading:
        inner = dcc.Loading(inner, delay_show=300)
    return html.Div(
        [inner,
         html.P(id=f"{graph_id}-alt", className="chart-summary small mb-1"),
         html.Button(SHOW_TABLE, id=f"{graph_id}-table-toggle", type="button", n_clicks=0,
                     className="btn btn-link btn-sm p-0 chart-table-toggle",
                     **attrs({"aria-expanded": "false", "aria-controls": f"{graph_id}-table"})),
         html.Div(id=f"{graph_id}-table", className="chart-alt")],
        className="chart", role="figure", **attrs({"aria-label": label,
                                             "aria-describedby": f"{graph_id}-alt"}),
    )


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, dt.date):  # a datetime too: its day
        return day(value)
    if isinstance(value, str) and ISO_DAY.fullmatch(value):  # a date axis read back as JSON
        try:
            return day(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return str(value)


def figure_table(fig: go.Figure | dict[str, Any]) -> tuple[list[str], list[list[Any]],
                                                           list[Any]]:
    """The chart's data as (columns, rows, customdata per row): one row per category (bars,
    lines: the x values, or y for horizontal bars; heatmaps: one row per y) and one column per
    named trace. Traces without a name (decoration) are left out."""
    data = fig["data"] if isinstance(fig, dict) else [t.to_plotly_json() for t in fig.data]
    traces = [t for t in data if t.get("type") == "heatmap"
              or (t.get("name") and t.get("showlegend") is not False)]
    if not traces:
        return [], [], []
    if traces[0].get("type") == "heatmap":
        t = traces[0]
        cols = [_cell(x) for x in t.get("x", [])]
        rows = [[y, *[_cell(v) for v in z]] for y, z in zip(t.get("y", []), t.get("z", []),
                                                             strict=False)]
        return ["", *cols], rows, [None] * len(rows)
    horizontal = traces[0].get("orientation") == "h"
    cat, val = ("y", "x") if horizontal else ("x", "y")
    order: list[Any] = []
    values: dict[tuple[int, Any], Any] = {}
    custom: dict[Any, Any] = {}
    for i, t in enumerate(traces):
        cats = list(t.get(cat) or [])
        for j, (c, v) in enumerate(zip(cats, t.get(val) or [], strict=False)):
            key = _cell(c)
            if key not in custom:
                order.append(key)
                cd = t.get("customdata")
                custom[key] = list(cd)[j] if cd is not None and j < len(cd) else None
            values[(i, key)] = v
    if horizontal:
        order = order[::-1]  # horizontal bars read top to bottom
    rows = [[c, *[_cell(values.get((i, c))) for i in range(len(traces))]] for c in order]
    return ["", *[t["name"] for t in traces]], rows, [custom[c] for c in order]


def alternative(fig: go.Figure | dict[str, Any], graph_id: str = "") -> str:
    """The chart's one-line text alternative (its builder's summary), shown under it and
    named by ``aria-describedby``."""
    layout = fig["layout"] if isinstance(fig, dict) else fig.layout.to_plotly_json()
    return str((layout.get("meta") or {}).get("summary", ""))


def data_table(fig: go.Figure | dict[str, Any], graph_id: str,
               filter_label: str | None = None, first_cells: Sequence[Any] | None = None,
               row_values: Sequence[Any] | None = None,
               filter_store: str | None = None) -> html.Div:
    """The chart's data as a table (built when the viewer opens it, so a page draws fast).

    With ``filter_label`` and ``filter_store`` every row gets a button that puts
    ``{"chart": graph_id, "value": v}`` (``v``: the row's customdata joined by ``|``) into the
    ``filter_store`` ``dcc.Store`` (``assets/ui.js``), so a keyboard applies the same filter as a
    click on the bar (``clicked_value`` reads it back). ``first_cells`` replaces the first
    column's text (e.g. with links to a person's page); ``row_values`` replaces the rows'
    customdata as the buttons' filter values.
    """
    layout = fig["layout"] if isinstance(fig, dict) else fig.layout.to_plotly_json()
    meta = layout.get("meta") or {}
    columns, rows, custom = figure_table(fig)
    if row_values is not None:
        custom = list(row_values)
    if not rows:
        return html.Div(html.P("No data to show.", className="small text-body-secondary"))
    filters = bool(filter_label and filter_store)
    body = []
    for i, row in enumerate(rows[:ALT_ROWS]):
        first = first_cells[i] if first_cells is not None and i < len(first_cells) else row[0]
        cells: list[Any] = [html.Th(first, scope="row", className="text-nowrap")]
        cells += [html.Td(v, className="text-end") for v in row[1:]]
        if filters:
            cells.append(html.Td(html.Button(
                filter_label, type="button", className="btn btn-outline-primary btn-sm py-0",
                **attrs({"aria-label": f"{filter_label}: {row[0]}",
                         "data-filter-store": filter_store, "data-filter-chart": graph_id,
                         "data-filter-value": _joined(custom[i] if i < len(custom) else None)
                         }))))
        body.append(html.Tr(cells))
    head = [html.Th(c, scope="col") for c in columns]
    if filters:
        head.append(html.Th(html.Span("Filter", className="visually-hidden"), scope="col"))
    return html.Div([
        html.Div(html.Table([html.Caption(meta.get("title", "Chart data")),
                             html.Thead(html.Tr(head)), html.Tbody(body)],
                            className="table table-sm chart-table mb-1"),
                 className="table-responsive", tabIndex="0", role="region",
                 **attrs({"aria-label": f"{meta.get('title', 'Chart')}: data"})),
        html.P(f"First {ALT_ROWS} of {len(rows)} rows.", className="small text-body-secondary")
        if len(rows) > ALT_ROWS else None,
    ])


def table_toggle(clicks: Any, figure: Any, graph_id: Any,
                 rows_of: Callable[[go.Figure], Sequence[Any] | None] | None = None,
                 **table: Any) -> tuple[Any, str, str]:
    """What a chart's "show the data" button does: (table or nothing, aria-expanded, label).
    Odd clicks open the table, even ones close it. ``rows_of`` reads the rows' filter values
    from the parsed figure (``data_table``'s ``row_values``)."""
    opened = isinstance(clicks, int) and not isinstance(clicks, bool) and clicks % 2 == 1
    if not opened or not isinstance(figure, dict) or not isinstance(graph_id, str) or \
            not graph_id.endswith("-table-toggle"):
        return None, "false", SHOW_TABLE
    try:  # the figure comes back from the browser: plotly's own validation parses it
        parsed = go.Figure(figure)
    except (ValueError, TypeError):
        return html.P("This chart's data could not be read.", className="small"), "true", \
            HIDE_TABLE
    if rows_of is not None:
        table["row_values"] = rows_of(parsed)
    return data_table(parsed, graph_id.removesuffix("-table-toggle"), **table), "true", HIDE_TABLE


def table_outputs(graph_id: str) -> tuple[list[Any], list[Any]]:
    """Outputs and inputs of a chart's table toggle (for a page's ``Callback``)."""
    toggle = f"{graph_id}-table-toggle"
    return ([Output(f"{graph_id}-table", "children"), Output(toggle, "aria-expanded"),
             Output(toggle, "children")],
            [Input(toggle, "n_clicks"), State(graph_id, "figure"), State(toggle, "id")])


def _joined(custom: Any) -> str:
    values = custom if isinstance(custom, list | tuple) else [custom]
    return "|".join("" if v is None else str(v) for v in values)


def clicked_value(graph_id: str, stored: Any) -> list[str] | None:
    """The customdata of the table row whose filter button put ``stored`` into the filter
    store, when it was one of ``graph_id``'s (``None`` otherwise)."""
    if not (isinstance(stored, dict) and stored.get("chart") == graph_id):
        return None
    value = stored.get("value")
    return value.split("|")[:10] if isinstance(value, str) and len(value) <= 200 else None
