"""The copilot sidebar on every page: ask, watch the answer stream in, stop it, keep a history.

An answer runs as a job in the runtime's thread pool; a fast interval polls its progress from the
shared cache (so any worker can serve the poll when Redis is configured) and stops polling when
the answer is complete. The page's path goes with the question, so "this project" works.
"""

from __future__ import annotations

import logging
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, State, html, no_update
from flask import request
from sqlalchemy.exc import SQLAlchemyError

from components import copilot as ui
from components.feedback import error_alert
from dashboard.auth import current_scope
from models.copilot import insights
from models.copilot.cache import AnswerCache
from models.copilot.runtime import CopilotRuntime

log = logging.getLogger(__name__)
HISTORY_LIMIT = 20
P = ui.PREFIX
INSIGHTS_ID = "overview-insights"  # a Div the overview places where the card should go


def layout():
    return ui.sidebar()


def insights_slot():
    """What a page includes to get the insights card (filled by a callback registered here)."""
    return html.Div(id=INSIGHTS_ID)


def get_runtime(services) -> CopilotRuntime:
    """One runtime per app, kept on its services (created by ``register_callbacks``)."""
    runtime = getattr(services, "copilot", None)
    if runtime is None:
        runtime = CopilotRuntime(services.settings, services.Session,
                                 backend=services.cache.cache, today=services.today,
                                 data_version=services.cache.version)
        services.copilot = runtime
    return runtime


def _user() -> str:
    """Who asks, for the rate limit (the client address until sign-in exists)."""
    return f"addr:{request.remote_addr or 'unknown'}"


def _history_messages(entries: list[dict[str, Any]]) -> list[dict[str, str]]:
    messages: list[dict[str, str]] = []
    for entry in (entries or [])[-3:]:
        messages.append({"role": "user", "content": entry.get("question", "")})
        messages.append({"role": "assistant",
                         "content": (entry.get("answer") or {}).get("text", "")})
    return messages


def register_callbacks(app, services) -> None:
    runtime = get_runtime(services)
    if runtime.on_event not in services.subscribers:
        services.subscribers.append(runtime.on_event)

    @app.callback(
        Output(f"{P}-job", "data"),
        Output(f"{P}-poll", "disabled"),
        Output(f"{P}-stop", "disabled"),
        Output(f"{P}-question", "value"),
        Output(f"{P}-live", "children"),
        Output(f"{P}-alert", "children"),
        Input(f"{P}-ask", "n_clicks"),
        Input(f"{P}-question", "n_submit"),
        State(f"{P}-question", "value"),
        State(f"{P}-history-store", "data"),
        State("shell-url", "pathname"),
        prevent_initial_call=True,
    )
    def ask(_clicks, _submits, question, entries, pathname):
        question = (question or "").strip()
        if not question:
            return (no_update,) * 6
        runtime.ensure_indexed()
        if not runtime.limiter.allow(_user()):
            alert = dbc.Alert("Too many questions in a minute; please wait a moment.",
                                 color="warning", className="small py-1")
            return no_update, no_update, no_update, no_update, no_update, alert
        job_id = runtime.start(question, current_scope(), pathname, _history_messages(entries))
        return ({"id": job_id, "question": question}, False, False, "",
                ui.live(question, ""), None)

    @app.callback(
        Output(f"{P}-live", "children", allow_duplicate=True),
        Output(f"{P}-history-store", "data"),
        Output(f"{P}-poll", "disabled", allow_duplicate=True),
        Output(f"{P}-stop", "disabled", allow_duplicate=True),
        Output(f"{P}-job", "data", allow_duplicate=True),
        Input(f"{P}-poll", "n_intervals"),
        State(f"{P}-job", "data"),
        State(f"{P}-history-store", "data"),
        prevent_initial_call=True,
    )
    def poll(_n, job, entries):
        if not job:  # also heals a late, out-of-order "still writing" response
            return None, no_update, True, True, no_update
        state = runtime.job(job["id"])
        if state is None:  # expired or lost (e.g. a worker without the shared cache)
            return None, no_update, True, True, None
        if not state["done"]:
            return ui.live(job["question"], state["text"]), no_update, False, False, no_update
        entries = [*(entries or []), {"question": job["question"], "answer": state["answer"]}]
        return None, entries[-HISTORY_LIMIT:], True, True, None

    @app.callback(
        Output(f"{P}-stop", "disabled", allow_duplicate=True),
        Input(f"{P}-stop", "n_clicks"),
        State(f"{P}-job", "data"),
        prevent_initial_call=True,
    )
    def stop(_clicks, job):
        if job:
            runtime.stop(job["id"])
        return True

    @app.callback(
        Output(f"{P}-history", "children"),
        Input(f"{P}-history-store", "data"),
    )
    def show_history(entries):
        return ui.history(entries)

    @app.callback(
        Output(f"{P}-history-store", "data", allow_duplicate=True),
        Input(f"{P}-clear", "n_clicks"),
        prevent_initial_call=True,
    )
    def clear(_clicks):
        return []

    @app.callback(Output(f"{P}-badge", "children"), Input(f"{P}-health", "n_intervals"))
    def health(_n):
        runtime.ensure_indexed()  # the first page view starts indexing, in the background
        running = runtime.copilot.model_available()
        return ui.badge(running, runtime.llm.model("chat") if running else "")

    @app.callback(Output(INSIGHTS_ID, "children"), Input(INSIGHTS_ID, "id"))
    def show_insights(_id):
        scope, today = current_scope(), services.today()
        try:
            found = services.cached("copilot.insights", scope, {"today": today},
                                    lambda s: [i.as_dict() for i in
                                               insights.compute(s, scope, today)])
        except SQLAlchemyError:
            log.exception("insights failed")
            return error_alert()
        summary = None
        if runtime.copilot.model_available():
            key = "copilot:insights:" + AnswerCache.key({"insights": found})
            summary = runtime.backend.get(key)
            if summary is None:
                summary = insights.summarize(runtime.llm, [insights.Insight(**i) for i in found])
                runtime.backend.set(key, summary or "", timeout=services.settings.cache_timeout)
        return ui.insights_card(found, summary or None)
