"""The Export button of a page, its progress bar and result, and the table of reports.

Pure layout from plain rows; the Reports page's callbacks drive them. Ids are prefixed by the
page (``overview-export``, ``project-export``...).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.words import moment, plural

HIDDEN = {"height": "1.2rem", "visibility": "hidden"}
SHOWN = {"height": "1.2rem", "visibility": "visible"}
POLL_MS = 700


def export_panel(prefix: str, label: str = "Export PDF") -> html.Div:
    """A button that asks for a PDF report of what the page shows, with its progress."""
    return html.Div([
        dbc.Button(label, id=f"{prefix}-export", color="secondary", outline=True, size="sm",
                   className="me-2", title="A print-quality PDF status report of this view"),
        dcc.Store(id=f"{prefix}-export-job"),
        dcc.Interval(id=f"{prefix}-export-poll", interval=POLL_MS, disabled=True),
        dbc.Progress(id=f"{prefix}-export-progress", value=0, label="", striped=True,
                     animated=True, className="mt-1", style=HIDDEN),
        html.Div(id=f"{prefix}-export-result", className="small mt-1", role="status"),
    ], className="export-panel d-print-none mb-2")


def size_label(size: int | None) -> str:
    if size is None:
        return "—"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def download_link(report_id: int, prefix: str = "reports") -> html.A:
    return html.A("Download PDF", href=f"/reports/{report_id}/download",
                  id=f"{prefix}-download-{report_id}", className="report-download",
                  target="_blank", rel="noopener")


def export_result(row: Any, prefix: str) -> Any:
    """What the panel says about a report: its progress, a download link, or the error."""
    if row is None:
        return dbc.Alert("That report is not available.", color="warning", className="py-1 mb-0")
    if row.status == "failed":
        return dbc.Alert(row.message or "The report could not be made.", color="danger",
                         className="py-1 mb-0", id=f"{prefix}-export-error")
    if row.status == "done":
        return html.Span([f"Ready: {plural(row.pages, 'page')}, {size_label(row.size_bytes)}. ",
                          download_link(row.id, prefix), " · ",
                          html.A("all reports", href="/reports")])
    return html.Span(row.message or "Working…", className="text-muted")


def reports_table(rows: Sequence[Any], table_id: str = "reports-table") -> Any:
    """Generated reports, newest first: what, scope, who, when, size and the download."""
    if not rows:
        return html.P("No reports yet: use “Export PDF” on the overview or a project page.",
                      className="text-muted fst-italic")
    header = html.Thead(html.Tr([html.Th(c) for c in (
        "Report", "Scope", "Requested by", "When", "Pages", "Size", "")]))
    body = html.Tbody([html.Tr([
        html.Td(r.title),
        html.Td(r.scope_label, dir="auto"),
        html.Td(r.created_by + (" (schedule)" if r.trigger == "schedule" else "")),
        html.Td(moment(r.created_at)),
        html.Td(r.pages or "—"),
        html.Td(size_label(r.size_bytes)),
        html.Td(download_link(r.id)),
    ]) for r in rows])
    return dbc.Table([header, body], id=table_id, size="sm", hover=True, responsive=True)


def running_list(rows: Sequence[Any]) -> Any:
    """Reports being made now, each with its progress."""
    if not rows:
        return None
    return html.Div([html.Div([
        html.Small(f"{r.title} · {r.scope_label} · {r.message}"),
        dbc.Progress(value=r.progress, label=f"{r.progress}%", style={"height": "1rem"}),
    ], className="mb-2") for r in rows], id="reports-running")
