"""The orchestrator: a question in, a grounded Answer out (streamed when a model is running).

Facts always come from the router's tool calls first, so the common questions are exact with or
without a model. With a model, those facts (marked as data) go into the prompt, the model may call
more tools, and its tokens stream to the page; any model failure falls back to the data-only
answer within the deadline. Citations are checked against the viewer's scope one last time.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from data import copilot_queries as cq
from data.scope import Scope
from models.copilot import router, toolbox
from models.copilot.cache import AnswerCache
from models.copilot.llm import LlmError, LlmRouter, UsageEvent
from models.copilot.safety import SYSTEM_PROMPT, sanitize_markdown, untrusted
from models.copilot.tools import Citation, ToolContext, ToolResult

DONT_KNOW = ("I don't know: I found nothing about that in the projects and documents you can "
             "see.")
MAX_CITATIONS = 12
ANALYSIS_INTENTS = {"at_risk", "forecast"}
Event = tuple[str, Any]  # ("token", str) | ("reset", "") | ("answer", Answer)


@dataclass(frozen=True)
class PageContext:
    """Where the user asks from: on /projects/<key>, "this project" means <key>."""

    path: str = "/"
    project_key: str | None = None

    @classmethod
    def from_path(cls, path: str | None) -> PageContext:
        path = path or "/"
        match = re.match(r"^/projects/([A-Za-z0-9][A-Za-z0-9_.\-]{0,31})/?$", path)
        return cls(path, match.group(1).upper() if match else None)


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    model: str | None = None
    latency_ms: float = 0.0
    cached: bool = False
    note: str = ""
    stopped: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answer:
        data = dict(data)
        data["citations"] = [Citation(**c) for c in data.get("citations", [])]
        return cls(**data)


class Copilot:
    def __init__(self, session_factory: sessionmaker[Session], *, index: Any = None,
                 llm: LlmRouter | None = None, cache: AnswerCache | None = None,
                 record: Callable[[UsageEvent], None] | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 data_version: Callable[[], Any] = lambda: 0, max_tool_rounds: int = 2) -> None:
        self.Session = session_factory
        self.index = index
        self.llm = llm
        self.cache = cache
        self.record = record or (lambda _event: None)
        self.today = today
        self.data_version = data_version
        self.max_tool_rounds = max_tool_rounds

    def model_available(self) -> bool:
        return self.llm is not None and bool(self.llm.hosts) and self.llm.available()

    def ask(self, question: str, scope: Scope, context: PageContext = PageContext(),
            history: Sequence[dict[str, str]] = ()) -> Answer:
        answer = None
        for kind, value in self.stream(question, scope, context, history):
            if kind == "answer":
                answer = value
        assert answer is not None
        return answer

    def _cache_key(self, question: str, scope: Scope, context: PageContext,
                   use_model: bool) -> str:
        index_version = self.index.manifest().version if self.index is not None else None
        return AnswerCache.key({
            "q": question.lower(), "scope": scope.cache_key(), "page": context.project_key,
            "data": self.data_version(), "index": index_version, "model": use_model,
            "today": self.today().isoformat(),
        })

    def stream(self, question: str, scope: Scope, context: PageContext = PageContext(),
               history: Sequence[dict[str, str]] = (),
               stop: Callable[[], bool] = lambda: False,
               deadline: float | None = None) -> Iterator[Event]:
        """``deadline`` (``time.monotonic()``) bounds the model's part; the data-only answer is
        ready before the model is asked, so it can always be given when the model runs late."""
        started = time.monotonic()
        question = " ".join((question or "").split())[:1000]
        if not question:
            yield "answer", Answer(question, "Ask me about your projects, people or documents.")
            return
        use_model = self.model_available()
        key = self._cache_key(question, scope, context, use_model)
        hit = self.cache.get(key) if self.cache else None
        if hit is not None:
            answer = Answer.from_dict(hit)
            answer.cached, answer.latency_ms = True, _ms(started)
            self.record(UsageEvent("answer", "cache", "", True, None, answer.latency_ms))
            yield "answer", answer
            return
        with self.Session() as session:
            ctx = ToolContext(session, scope, self.today(), self.index)
            plan = router.route(session, scope, question, context.project_key)
            results = [toolbox.call(name, args, ctx) for name, args in plan.calls]
            answer, note = None, ""
            if use_model:
                streamed: list[str] = []
                try:
                    # "why will it be late" questions go to the structured-analysis model
                    task = "analysis" if ANALYSIS_INTENTS & set(plan.intents) else "chat"
                    answer = yield from self._with_model(question, history, context, ctx,
                                                         results, stop, streamed, task,
                                                         deadline)
                except LlmError as exc:
                    note = f"Answered from data only: the model failed ({exc.kind})."
                    if streamed:
                        yield "reset", ""
            else:
                note = "Answered from data only: no model is running."
            if answer is None:
                note = note or "Answered from data only: the model gave no answer."
                answer = _without_model(question, results, note)
            answer.citations = _visible(session, scope, answer.citations)
        answer.latency_ms = _ms(started)
        # A fallback because the model failed is not what this key means (a model was up):
        # caching it would keep serving the degraded answer after the model recovers.
        if self.cache and not answer.stopped and not (use_model and answer.model is None):
            self.cache.set(key, answer.to_dict())
        self.record(UsageEvent("answer", answer.model or "none", "", True, None,
                               answer.latency_ms))
        yield "answer", answer

    def _with_model(self, question: str, history: Sequence[dict[str, str]],
                    context: PageContext, ctx: ToolContext, results: list[ToolResult],
                    stop: Callable[[], bool], streamed: list[str],
                    task: str = "chat", deadline: float | None = None) -> Iterator[Event]:
        assert self.llm is not None
        deadline = deadline or time.monotonic() + self.llm.config.deadline
        facts = "\n\n".join(untrusted(f"result of {r.name} {r.args}", r.text) for r in results)
        page = f"The user is on {context.path}"
        if context.project_key:
            page += f'; "this project" means {context.project_key}'
        messages: list[dict[str, Any]] = [{"role": "system", "content": SYSTEM_PROMPT}]
        messages += [{"role": m["role"], "content": m["content"][:2000]}
                     for m in list(history)[-6:] if m.get("role") in ("user", "assistant")]
        messages.append({"role": "user", "content": f"{page}.\nQuestion: {question}\n\n"
                                                    f"Facts found so far:\n{facts}"})
        model, stopped = None, False
        for round_ in range(self.max_tool_rounds + 1):
            calls: list[dict[str, Any]] = []
            text: list[str] = []
            offer = toolbox.specs() if round_ < self.max_tool_rounds else None
            for event in self.llm.chat_stream(task, messages, tools=offer, deadline=deadline):
                if stop():
                    stopped = True
                    break
                model = event.model
                if event.kind == "token":
                    text.append(event.text)
                    streamed.append(event.text)
                    yield "token", event.text
                elif event.kind == "tool_calls":
                    calls += event.tool_calls
            if stopped or not calls:
                break
            messages.append({"role": "assistant", "content": "".join(text), "tool_calls": [
                {"function": {"name": c["name"], "arguments": c["arguments"]}} for c in calls]})
            for call in calls[:4]:
                result = toolbox.call(call["name"], call["arguments"], ctx)
                results.append(result)
                messages.append({"role": "tool", "tool_name": call["name"],
                                 "content": untrusted(f"result of {call['name']}", result.text)})
        body = "".join(text).strip()
        if not any(r.evidence for r in results):
            body = DONT_KNOW
        elif not body and not stopped:
            return None
        answer = Answer(question, sanitize_markdown(body) + (" …(stopped)" if stopped else ""),
                        _citations(results), _calls(results), model, stopped=stopped)
        return answer


def _without_model(question: str, results: list[ToolResult], note: str) -> Answer:
    found = [r for r in results if r.evidence]
    problems = [r.text for r in results if r.error in ("not_found", "invalid_arguments")]
    text = "\n\n".join([r.text for r in found] + problems) if found else DONT_KNOW
    if not found and problems:
        text = "\n\n".join([DONT_KNOW, *problems])
    return Answer(question, sanitize_markdown(text), _citations(found), _calls(results),
                  None, note=note)


def _citations(results: list[ToolResult]) -> list[Citation]:
    seen: dict[str, Citation] = {}
    for result in results:
        for cite in result.citations:
            seen.setdefault(cite.href, cite)
    return list(seen.values())[:MAX_CITATIONS]


def _calls(results: list[ToolResult]) -> list[dict[str, Any]]:
    return [{"name": r.name, "args": r.args, "error": r.error} for r in results]


def _visible(session: Session, scope: Scope, citations: list[Citation]) -> list[Citation]:
    """Drop any citation whose project the viewer may not see (a last line of defence)."""
    keys = cq.visible_keys(session, scope, {c.project_key for c in citations})
    return [c for c in citations if c.project_key.upper() in keys]


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)
