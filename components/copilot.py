"""The copilot sidebar: pure layout from plain dicts (an answer as ``Answer.to_dict()`` gives it).

Answers render through ``dcc.Markdown`` with raw HTML off, and every piece of Markdown goes
through the one sanitizer (``models.copilot.safety``) right here, where it is rendered: final
answers, streamed tokens and history alike (the history store lives in the browser). Citations
are links to the project (with the passage id in the query) plus an expandable quote.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.markdown import safe_href, sanitize_markdown

PREFIX = "copilot"


def badge(model_running: bool, models: str = "") -> dbc.Badge:
    """Tells at a glance whether answers are phrased by a model or come from data only."""
    if model_running:
        return dbc.Badge(f"Model: {models}" if models else "Model running", color="success",
                         id=f"{PREFIX}-badge-state", className="ms-2")
    return dbc.Badge("No model — answers from data only", color="secondary",
                     id=f"{PREFIX}-badge-state", className="ms-2",
                     title="No Ollama host answers; questions are answered by tools and search.")


def markdown(text: Any, **kwargs: Any) -> dcc.Markdown:
    """The only way this sidebar renders Markdown: sanitized, raw HTML off."""
    return dcc.Markdown(sanitize_markdown(text if isinstance(text, str) else ""), **kwargs)


def citation_item(cite: dict[str, Any], i: int) -> html.Li:
    href = cite.get("href")
    parts: list[Any] = [dcc.Link(str(cite.get("label") or cite.get("project_key", "source")),
                                 href=href if isinstance(href, str) and safe_href(href) else "/",
                                 className="copilot-citation",
                                 id={"type": f"{PREFIX}-citation", "index": i})]
    if cite.get("snippet"):
        parts.append(html.Details([html.Summary("passage", className="small"),
                                   html.Blockquote(cite["snippet"],
                                                   className="small text-muted mb-1")],
                                  className="d-inline ms-2"))
    return html.Li(parts, className="small")


def citations(cites: list[dict[str, Any]], base: int = 0) -> html.Div | None:
    if not cites:
        return None
    return html.Div([html.Div("Sources", className="kpi-label text-muted mt-1"),
                     html.Ul([citation_item(c, base + i) for i, c in enumerate(cites)],
                             className="ps-3 mb-1")])


def how_i_got_this(answer: dict[str, Any]) -> html.Details:
    """The tools, their arguments, the model and the time, folded away under the answer."""
    model = answer.get("model") or "no model"
    bits = [model, f"{answer.get('latency_ms', 0):.0f} ms"]
    if answer.get("cached"):
        bits.append("from cache")
    calls = [html.Li([html.Code(c["name"]), " ",
                      ", ".join(f"{k}={v}" for k, v in (c.get("args") or {}).items()),
                      f" — {c['error']}" if c.get("error") else ""])
             for c in answer.get("tool_calls", [])]
    body: list[Any] = [html.Div(" · ".join(bits))]
    if calls:
        body.append(html.Ul(calls, className="ps-3 mb-1"))
    if answer.get("note"):
        body.append(html.Div(answer["note"]))
    return html.Details([html.Summary(f"How I got this · {model}", className="small"),
                         html.Div(body, className="small text-muted")],
                        className="copilot-meta")


def meta_line(answer: dict[str, Any]) -> html.Details:
    """Kept for callers of the first sidebar: the same folded details."""
    return how_i_got_this(answer)


def choices(answer: dict[str, Any], index: int) -> html.Div | None:
    """A clarification's readings as buttons; each asks the question for that reading."""
    labels = answer.get("choices") or []
    if not labels:
        return None
    return html.Div([dbc.Button(label, id={"type": f"{PREFIX}-choice",
                                           "index": f"{index}-{i}"},
                                color="secondary", outline=True, size="sm",
                                className="me-1 mb-1 copilot-choice")
                     for i, label in enumerate(labels[:8])], className="mb-1")


def exchange(entry: dict[str, Any], index: int) -> html.Div:
    """One question and its answer, as kept in the session history: what was understood, the
    answer, its sources, and how it was found (folded)."""
    answer = entry.get("answer") or {}
    understood = answer.get("interpretation")
    return html.Div([
        html.Div(entry.get("question", ""), className="fw-semibold copilot-question"),
        html.Div(understood, className="small text-muted fst-italic copilot-interpretation")
        if understood else None,
        markdown(answer.get("text", ""), className="copilot-answer", link_target="_self"),
        choices(answer, index),
        citations(answer.get("citations", []), base=index * 100),
        how_i_got_this(answer),
    ], className="copilot-exchange border-bottom pb-2 mb-2")


def _text(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def clean_entry(entry: Any) -> dict[str, Any]:
    """A history entry as this module renders it, whatever the browser's store held: text is
    text (a dict there would render as a component of the sender's choosing), lists are short."""
    entry = entry if isinstance(entry, dict) else {}
    answer: dict[str, Any] = entry["answer"] if isinstance(entry.get("answer"), dict) else {}
    cites: list[Any] = answer["citations"] if isinstance(answer.get("citations"), list) else []
    calls: list[Any] = answer["tool_calls"] if isinstance(answer.get("tool_calls"), list) else []
    return {
        "question": _text(entry.get("question"), 1000),
        "answer": {
            "text": _text(answer.get("text"), 8000),
            "citations": [{k: _text(c.get(k), 2000) for k in
                           ("label", "href", "project_key", "snippet")}
                          for c in cites[:12] if isinstance(c, dict)],
            "tool_calls": [{"name": _text(c.get("name"), 60),
                            "args": {str(k)[:40]: _text(str(v), 100) for k, v in
                                     list(c.get("args", {}).items())[:10]}
                            if isinstance(c.get("args"), dict) else {}}
                           for c in calls[:10] if isinstance(c, dict)],
            "model": _text(answer.get("model"), 80) or None,
            "latency_ms": _number(answer.get("latency_ms")),
            "cached": answer.get("cached") is True,
            "note": _text(answer.get("note"), 300),
            # what was understood and a clarification's readings: without them the line that
            # says what was answered and the clickable choices never show
            "kind": _text(answer.get("kind"), 20),
            "interpretation": _text(answer.get("interpretation"), 500),
            "choices": [_text(c, 300) for c in (answer["choices"] if isinstance(
                answer.get("choices"), list) else [])[:8]],
        },
    }


def history(entries: list[dict[str, Any]]) -> list[html.Div]:
    """Newest first, so the latest answer is in view without scrolling."""
    return [exchange(clean_entry(e), i) for i, e in reversed(list(enumerate(entries or [])))]


def live(question: str, text: str) -> html.Div:
    """The answer being written: the question and the streamed text so far."""
    return html.Div([
        html.Div(question, className="fw-semibold"),
        markdown(text or "…", id=f"{PREFIX}-stream", className="copilot-answer"),
        dbc.Spinner(size="sm", spinner_class_name="ms-1"),
    ], className="copilot-live")


def sidebar() -> html.Aside:
    return html.Aside(dbc.Card([
        dbc.CardHeader([html.Span("Copilot", className="fw-semibold"),
                        html.Span(badge(False), id=f"{PREFIX}-badge")],
                       className="d-flex align-items-center"),
        dbc.CardBody([
            dbc.Textarea(id=f"{PREFIX}-question", rows=2, maxLength=1000,
                         placeholder="Ask about projects, people or documents…",
                         className="mb-2"),
            html.Div([
                dbc.Button("Ask", id=f"{PREFIX}-ask", color="primary", size="sm",
                           className="me-2"),
                dbc.Button("Stop", id=f"{PREFIX}-stop", color="secondary", size="sm",
                           outline=True, disabled=True, className="me-2"),
                dbc.Button("Clear", id=f"{PREFIX}-clear", color="link", size="sm"),
            ], className="mb-2"),
            html.Div(id=f"{PREFIX}-alert"),
            html.Div(id=f"{PREFIX}-live"),
            html.Div(id=f"{PREFIX}-history", className="copilot-history"),
        ]),
        dcc.Store(id=f"{PREFIX}-history-store", storage_type="session", data=[]),
        dcc.Store(id=f"{PREFIX}-job"),
        dcc.Interval(id=f"{PREFIX}-poll", interval=200, disabled=True),
        dcc.Interval(id=f"{PREFIX}-health", interval=30_000),
    ], className="copilot-card"), id=f"{PREFIX}-sidebar", className="copilot-sidebar")


def insights_card(insights: list[dict[str, Any]], summary: str | None = None) -> dbc.Card:
    """The overview's observations, each linking to its evidence; a model's summary on top."""
    if not insights:
        body: list[Any] = [html.P("Nothing unusual to report.", className="text-muted mb-0")]
    else:
        body = [markdown(summary, className="fst-italic", id="copilot-insights-summary")
                ] if summary else []
        body.append(html.Ul([html.Li(markdown(i["text"], link_target="_self",
                                                  className="copilot-answer"),
                                     className=f"copilot-insight-{i['kind']}")
                             for i in insights], className="ps-3 mb-0"))
    return dbc.Card([dbc.CardHeader("Insights"), dbc.CardBody(body)], className="mb-3",
                    id="copilot-insights-card")
