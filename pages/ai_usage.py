"""AI usage: per-model latency, tokens/s, errors and calls, the hosts' health and the index."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, dcc, html

from components.copilot import badge
from components.feedback import empty_note
from components.words import moment, plural
from data.viewer import Viewer
from pages.common import Callback, PageServices
from pages.live import DOCUMENTS, LIVE, refresh_on

PATH = "/ai-usage"
TITLE = "AI usage"
ADMIN_ONLY = True
COLUMNS = [("task", "Task"), ("model", "Model"), ("calls", "Calls"), ("errors", "Errors"),
           ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"), ("tokens", "Tokens out"),
           ("tokens_per_s", "Tokens/s")]


def layout(services: PageServices, viewer: Viewer, **_query: Any) -> html.Div:
    return html.Div([
        html.H1("AI usage", className="h2"),
        html.P("Copilot calls over the last 24 hours, per task and model. 'answer' rows are "
               "whole answers (model 'cache' = served from the answer cache, 'none' = answered "
               "from data without a model).", className="text-muted"),
        html.Div(id="ai-usage-hosts", className="mb-3"),
        html.Div(id="ai-usage-table", className="mb-3"),
        html.Div(id="ai-usage-index"),
        dcc.Interval(id="ai-usage-refresh", interval=10_000),
    ])


def usage_table(rows: list[dict[str, Any]]) -> dbc.Table | html.P:
    if not rows:
        return empty_note("No copilot activity yet.")
    head = html.Thead(html.Tr([html.Th(label) for _key, label in COLUMNS]))
    body = html.Tbody([html.Tr([html.Td(row[key]) for key, _label in COLUMNS]) for row in rows])
    return dbc.Table([head, body], id="ai-usage-models", size="sm", striped=True, hover=True)


def hosts_view(status: list[dict[str, Any]], running: bool, model: str) -> html.Div:
    items = [html.Li(f"{h['host']}: {'up' if h['healthy'] else 'down'}"
                     + (f" (Ollama {h['version']})" if h.get("version") else "")
                     + (f", {h['in_flight']} in flight" if h["in_flight"] else ""))
             for h in status]
    return html.Div([html.H5(["Model hosts", badge(running, model if running else "")]),
                     html.Ul(items) if items else empty_note("No Ollama host is configured.")])


def refresh(services: PageServices, viewer: Viewer, _n: Any,
            live: Any = None) -> tuple[Any, Any, Any]:
    """Hosts, per-model usage and the document index, as this worker sees them (at once when
    a live event says documents changed)."""
    refresh_on(live, DOCUMENTS)
    runtime = services.copilot
    running = runtime.copilot.model_available()
    hosts = hosts_view(runtime.llm.status(), running, runtime.llm.model("chat"))
    index = runtime.index.status()
    synced = runtime.last_sync.get("at")
    when = moment(dt.datetime.fromtimestamp(synced)) if synced else "—"
    index_view = html.P(
        f"Index: {plural(index['documents'], 'document')}, {plural(index['passages'], 'passage')} "
        f"(generation {index['generation']}, Ollama embeddings: "
        f"{'yes' if index['ollama'] else 'no'}); last sync by this worker: {when}.",
        id="ai-usage-index-line")
    return hosts, usage_table(runtime.usage.summary()), index_view


CALLBACKS = [
    Callback(refresh, [Output("ai-usage-hosts", "children"), Output("ai-usage-table", "children"),
                       Output("ai-usage-index", "children")],
             [Input("ai-usage-refresh", "n_intervals"), LIVE], admin_only=True),
]
