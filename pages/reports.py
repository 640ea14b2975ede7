"""Reports: the PDF status reports the viewer may open, and the Export buttons of the overview
and project pages (their callbacks live here, so those pages only place the button).

Export queues a report in the reports runtime (``services.reports``) and polls its row for
progress; the finished report appears with a download link, a failed one with its error.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from components.feedback import error_alert
from components.report_button import (
    HIDDEN,
    SHOWN,
    export_result,
    reports_table,
    running_list,
)
from data import reports as store
from data.filters import from_query
from data.viewer import Viewer
from pages.common import Callback, PageServices, as_dict, clamp_int, triggered

PATH = "/reports"
TITLE = "Reports"
PAGE_SIZE = 25
REFRESH_MS = 3000
KEY_PATTERN_MAX = 32


def layout(services: PageServices, viewer: Viewer, **query: Any) -> html.Div:
    page = clamp_int(query.get("page"), 1, 10_000, 1)
    return html.Div([
        html.H1(TITLE, className="h2 mb-1"),
        html.P("Print-quality PDF status reports built from the data. Export one from the "
               "overview (for its filters) or a project page; weekly reports per portfolio "
               "arrive here too.", className="text-muted"),
        dcc.Interval(id="reports-refresh", interval=REFRESH_MS),
        html.Div(id="reports-running-list"),
        dcc.Loading(html.Div(id="reports-list")),
        dbc.Pagination(id="reports-pagination", max_value=1, active_page=page,
                       fully_expanded=False, size="sm"),
    ])


def list_reports(services: PageServices, viewer: Viewer, _tick: Any,
                 page: Any) -> tuple[Any, Any, int]:
    """Finished reports the viewer may open (a page of them) and those being made."""
    number = clamp_int(page, 1, 10_000, 1)
    with services.read() as session:
        done = store.reports_page(session, viewer.scope, number, PAGE_SIZE)
        running = store.reports_page(session, viewer.scope, 1, 10,
                                     statuses=("queued", "running"))
    return reports_table(done.items), running_list(running.items), done.pages


def start_or_poll(services: PageServices, viewer: Viewer, prefix: str, _clicks: Any,
                  _ticks: Any, job: Any, what: Any) -> tuple[Any, ...]:
    """A click queues a report of what the page shows; a tick reads its progress."""
    trigger, _value = triggered()
    if trigger == f"{prefix}-export":
        if prefix == "project":
            key = what if isinstance(what, str) and 0 < len(what) <= KEY_PATTERN_MAX else None
            report_id = services.reports.request_project(viewer, key) if key else None
        else:
            filters, _problems = from_query(as_dict(what))
            report_id = services.reports.request_portfolio(viewer, filters)
        if report_id is None:
            return (None, True, 0, "", HIDDEN,
                    export_result(None, prefix), False)
        return ({"id": report_id}, False, 2, "Queued", SHOWN,
                html.Span("Queued…", className="text-muted"), True)
    report_id = as_dict(job).get("id")
    if not isinstance(report_id, int) or isinstance(report_id, bool):
        raise PreventUpdate
    row = services.reports.status(viewer, report_id)
    finished = row is None or row.status in ("done", "failed")
    progress = 100 if row is not None and row.status == "done" else (row.progress if row else 0)
    label = f"{progress}%" if not finished else ""
    return (job, finished, progress, label, HIDDEN if finished else SHOWN,
            export_result(row, prefix), not finished)


def overview_export(services: PageServices, viewer: Viewer, *values: Any) -> tuple[Any, ...]:
    """Export on the overview: a portfolio report for the page's filters."""
    return start_or_poll(services, viewer, "overview", *values)


def project_export(services: PageServices, viewer: Viewer, *values: Any) -> tuple[Any, ...]:
    """Export on a project page: that project's report."""
    return start_or_poll(services, viewer, "project", *values)


EXPORTS = {"overview": overview_export, "project": project_export}


def export_callback(prefix: str, source: State) -> Callback:
    return Callback(
        EXPORTS[prefix],
        [Output(f"{prefix}-export-job", "data"), Output(f"{prefix}-export-poll", "disabled"),
         Output(f"{prefix}-export-progress", "value"),
         Output(f"{prefix}-export-progress", "label"),
         Output(f"{prefix}-export-progress", "style"),
         Output(f"{prefix}-export-result", "children"),
         Output(f"{prefix}-export", "disabled")],
        [Input(f"{prefix}-export", "n_clicks"), Input(f"{prefix}-export-poll", "n_intervals"),
         State(f"{prefix}-export-job", "data"), source],
        fallback=lambda: (None, True, 0, "", HIDDEN, error_alert(), False),
        options={"prevent_initial_call": True},
    )


CALLBACKS = [
    Callback(list_reports, [Output("reports-list", "children"),
                            Output("reports-running-list", "children"),
                            Output("reports-pagination", "max_value")],
             [Input("reports-refresh", "n_intervals"),
              Input("reports-pagination", "active_page")],
             fallback=lambda: (error_alert(), None, 1)),
    export_callback("overview", State("overview-filters", "data")),
    export_callback("project", State("project-key", "data")),
]
