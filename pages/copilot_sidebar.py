"""The copilot sidebar on every page: ask, watch the answer stream in, stop it, keep a history.

Not a page (no path): the factory puts its layout beside every page and registers its
callbacks. An answer runs as a job in the copilot runtime's threads; a fast interval polls its
progress from the shared cache (so any worker can serve the poll when Redis is configured) and
stops polling when the answer is complete. An answer complete within ``FAST_ANSWER`` seconds (the
tools' answers, with no model) comes back with the question's own response, with no poll. The
page's path goes with the question, so "this project" works.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, ctx, html, no_update

from components import copilot as ui
from data.viewer import Viewer
from pages.common import Callback, PageServices, as_dict, as_list

HISTORY_LIMIT = 20
QUESTION_LIMIT = 1000
FAST_ANSWER = 0.3  # seconds the question's request waits for a complete answer before polling
P = ui.PREFIX


def layout() -> html.Aside:
    return ui.sidebar()


def _history_messages(entries: list[Any]) -> list[dict[str, str]]:
    messages: list[dict[str, str]] = []
    for entry in entries[-3:]:
        entry = as_dict(entry)
        answer = as_dict(entry.get("answer"))
        # a follow-up ("and for Growth?") is remembered as the question it was answered as,
        # so the next follow-up builds on the whole question
        resolved = answer.get("resolved")
        question = resolved if isinstance(resolved, str) and resolved else entry.get("question")
        messages.append({"role": "user", "content": str(question or "")[:QUESTION_LIMIT]})
        messages.append({"role": "assistant", "content": str(answer.get("text") or "")[:2000]})
    return messages


def ask(services: PageServices, viewer: Viewer, _clicks: Any, _submits: Any, question: Any,
        entries: Any, pathname: Any) -> tuple[Any, ...]:
    """Start an answer job for the question (rate-limited per viewer); an answer complete
    within ``FAST_ANSWER`` goes into the history at once, a longer one is polled."""
    question = question.strip() if isinstance(question, str) else ""
    if not question:
        return (no_update,) * 7
    if len(question) > QUESTION_LIMIT:
        alert = dbc.Alert(f"Questions are limited to {QUESTION_LIMIT} characters.",
                          color="warning", className="small py-1")
        return (*(no_update,) * 5, alert, no_update)
    runtime = services.copilot
    if not runtime.limiter.allow(f"user:{viewer.username}"):
        alert = dbc.Alert("Too many questions in a minute; please wait a moment.",
                          color="warning", className="small py-1")
        return (*(no_update,) * 5, alert, no_update)
    path = pathname if isinstance(pathname, str) else "/"
    history = as_list(entries)
    job_id = runtime.start(question, viewer.scope, path,
                           _history_messages(history[-HISTORY_LIMIT:]))
    job = {"id": job_id, "question": question}
    state = runtime.wait(job_id, FAST_ANSWER)
    if state is not None and state["done"]:
        return job, True, True, "", None, None, _answered(history, question, state)
    return job, False, False, "", ui.live(question, ""), None, no_update


def _answered(entries: list[Any], question: str, state: dict[str, Any]) -> list[dict[str, Any]]:
    """The history with the complete answer added (the oldest dropped past the limit)."""
    kept = [as_dict(e) for e in entries][-(HISTORY_LIMIT - 1):]
    kept.append({"question": question, "answer": state["answer"]})
    return kept


def choose(services: PageServices, viewer: Viewer, clicks: Any, entries: Any,
           pathname: Any) -> tuple[Any, ...]:
    """A clarification's choice was clicked: ask the question it stands for."""
    trigger = ctx.triggered_id if ctx.triggered else None
    if not isinstance(trigger, dict) or not any(as_list(clicks)):
        return (no_update,) * 7
    question = chosen_question(as_list(entries), str(trigger.get("index", "")))
    if question is None:
        return (no_update,) * 7
    return ask(services, viewer, None, None, question, entries, pathname)


def chosen_question(entries: list[Any], index: str) -> str | None:
    """The question a choice button ("<entry>-<choice>") asks, from the history it was shown in."""
    entry_index, _, choice_index = index.partition("-")
    if not (entry_index.isdigit() and choice_index.isdigit()):
        return None
    kept = [as_dict(e) for e in entries][-HISTORY_LIMIT:]
    if int(entry_index) >= len(kept):
        return None
    answer = as_dict(kept[int(entry_index)].get("answer"))
    rewrites = as_list(answer.get("rewrites"))
    labels = as_list(answer.get("choices"))
    pick = int(choice_index)
    for options in (rewrites, labels):
        if pick < len(options) and isinstance(options[pick], str):
            return str(options[pick])[:QUESTION_LIMIT]
    return None


def _job(value: Any) -> dict[str, str] | None:
    job = as_dict(value)
    if isinstance(job.get("id"), str) and isinstance(job.get("question"), str):
        return {"id": job["id"][:64], "question": job["question"][:QUESTION_LIMIT]}
    return None


def poll(services: PageServices, viewer: Viewer, _n: Any, job: Any,
         entries: Any) -> tuple[Any, ...]:
    """The answer so far; when it is complete, move it into the history and stop polling."""
    job = _job(job)
    if job is None:  # also heals a late, out-of-order "still writing" response
        return None, no_update, True, True, no_update
    state = services.copilot.job(job["id"])
    if state is None:  # expired or lost (e.g. a worker without the shared cache)
        return None, no_update, True, True, None
    if not state["done"]:
        return ui.live(job["question"], state["text"]), no_update, False, False, no_update
    return None, _answered(as_list(entries), job["question"], state), True, True, None


def stop(services: PageServices, viewer: Viewer, _clicks: Any, job: Any) -> bool:
    found = _job(job)
    if found:
        services.copilot.stop(found["id"])
    return True


def show_history(services: PageServices, viewer: Viewer, entries: Any) -> Any:
    return ui.history([as_dict(e) for e in as_list(entries)][-HISTORY_LIMIT:])


def clear(services: PageServices, viewer: Viewer, _clicks: Any) -> list[Any]:
    return []


def health(services: PageServices, viewer: Viewer, _n: Any) -> Any:
    """Whether answers are phrased by a model right now."""
    runtime = services.copilot
    running = runtime.copilot.model_available()
    return ui.badge(running, runtime.llm.model("chat") if running else "")


CALLBACKS = [
    Callback(ask, [Output(f"{P}-job", "data"), Output(f"{P}-poll", "disabled"),
                   Output(f"{P}-stop", "disabled"), Output(f"{P}-question", "value"),
                   Output(f"{P}-live", "children"), Output(f"{P}-alert", "children"),
                   Output(f"{P}-history-store", "data", allow_duplicate=True)],
             [Input(f"{P}-ask", "n_clicks"), Input(f"{P}-question", "n_submit"),
              State(f"{P}-question", "value"), State(f"{P}-history-store", "data"),
              State("shell-url", "pathname")],
             options={"prevent_initial_call": True}),
    Callback(choose, [Output(f"{P}-job", "data", allow_duplicate=True),
                      Output(f"{P}-poll", "disabled", allow_duplicate=True),
                      Output(f"{P}-stop", "disabled", allow_duplicate=True),
                      Output(f"{P}-question", "value", allow_duplicate=True),
                      Output(f"{P}-live", "children", allow_duplicate=True),
                      Output(f"{P}-alert", "children", allow_duplicate=True),
                      Output(f"{P}-history-store", "data", allow_duplicate=True)],
             [Input({"type": f"{P}-choice", "index": ALL}, "n_clicks"),
              State(f"{P}-history-store", "data"), State("shell-url", "pathname")],
             options={"prevent_initial_call": True}),
    Callback(poll, [Output(f"{P}-live", "children", allow_duplicate=True),
                    Output(f"{P}-history-store", "data"),
                    Output(f"{P}-poll", "disabled", allow_duplicate=True),
                    Output(f"{P}-stop", "disabled", allow_duplicate=True),
                    Output(f"{P}-job", "data", allow_duplicate=True)],
             [Input(f"{P}-poll", "n_intervals"), State(f"{P}-job", "data"),
              State(f"{P}-history-store", "data")],
             options={"prevent_initial_call": True}),
    Callback(stop, [Output(f"{P}-stop", "disabled", allow_duplicate=True)],
             [Input(f"{P}-stop", "n_clicks"), State(f"{P}-job", "data")],
             options={"prevent_initial_call": True}),
    Callback(show_history, [Output(f"{P}-history", "children")],
             [Input(f"{P}-history-store", "data")]),
    Callback(clear, [Output(f"{P}-history-store", "data", allow_duplicate=True)],
             [Input(f"{P}-clear", "n_clicks")], options={"prevent_initial_call": True}),
    Callback(health, [Output(f"{P}-badge", "children")], [Input(f"{P}-health", "n_intervals")]),
]
