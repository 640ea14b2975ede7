"""The orchestrator: a question in, a grounded Answer out (streamed when a model is running).

The question becomes a typed plan (``router``), whose tool calls run over the ``data/`` queries
in the viewer's scope; the answer is made of their results, so it is exact with or without a
model. With a model, the plan's results (marked as data) go into the prompt, the model may call
more tools (validated) and writes the prose, streamed to the page; a model answer whose numbers
are not in the tool results, or that lacks the answer's key facts, is replaced by the data
answer, and so is any model failure. Citations are checked against the viewer's scope one last
time.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from data import people_queries
from data.project_queries import names_signature, visible_keys
from data.scope import Scope
from models.copilot import router, toolbox
from models.copilot.cache import AnswerCache
from models.copilot.grounding import grounded
from models.copilot.llm import LlmError, LlmRouter, UsageEvent
from models.copilot.plan import Plan
from models.copilot.resolve import Vocabulary
from models.copilot.safety import SYSTEM_PROMPT, untrusted
from models.copilot.tools import NONE_IN_PERIOD, Citation, ToolContext, ToolResult

DONT_KNOW = ("I don't know: I found nothing about that in the projects and documents you can "
             "see.")
MAX_CITATIONS = 12
ANALYSIS_INTENTS = {"forecast", "cause"}
VOCABULARIES = 16  # names of this many (scope, data version) pairs are kept in memory
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
    kind: str = "answer"  # answer | clarify | refuse
    interpretation: str = ""
    choices: list[str] = field(default_factory=list)
    rewrites: list[str] = field(default_factory=list)  # the question each choice asks
    result: dict[str, Any] = field(default_factory=dict)
    resolved: str = ""  # a follow-up's standalone question ("and for Growth?" -> "... Growth?")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answer:
        data = dict(data)
        data["citations"] = [Citation(**c) for c in data.get("citations", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


class Copilot:
    def __init__(self, session_factory: sessionmaker[Session], *, index: Any = None,
                 llm: LlmRouter | None = None, cache: AnswerCache | None = None,
                 record: Callable[[UsageEvent], None] | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 data_version: Callable[[], Any] = lambda: 0, max_tool_rounds: int = 2,
                 model_metrics: Callable[[], dict[str, Any] | None] | None = None) -> None:
        self.Session = session_factory
        self.index = index
        # opens the index when ``index`` is not set yet (the runtime opens it on first use)
        self.open_index: Callable[[], Any] | None = None
        self.llm = llm
        self.cache = cache
        self.record = record or (lambda _event: None)
        self.today = today
        self.data_version = data_version
        self.max_tool_rounds = max_tool_rounds
        self.model_metrics = model_metrics  # the forecast model's (``Registry.current_metrics``)
        self._vocabularies: OrderedDict[tuple[Any, ...], Vocabulary] = OrderedDict()
        self._lock = threading.Lock()
        self._loading = threading.Lock()

    def model_available(self) -> bool:
        return self.llm is not None and bool(self.llm.hosts) and self.llm.available()

    def ask(self, question: str, scope: Scope, context: PageContext = PageContext(),
            history: Sequence[dict[str, str]] = ()) -> Answer:
        answer: Answer | None = None
        for kind, value in self.stream(question, scope, context, history):
            if kind == "answer":
                answer = value
        if answer is None:  # pragma: no cover - stream always ends with an answer
            raise RuntimeError("the copilot gave no answer")
        return answer

    def vocabulary(self, session: Session, scope: Scope) -> Vocabulary:
        """The names the viewer may see, loaded once per scope and data version."""
        key = (scope.cache_key(), self.data_version(), names_signature(session))
        with self._lock:
            found = self._vocabularies.get(key)
            if found is not None:
                self._vocabularies.move_to_end(key)
                return found
        # One load at a time: the first questions after a start or a write arrive together, and
        # each would otherwise load its own copy (5 s and 230 MB at 100,000 projects).
        with self._loading:
            with self._lock:
                found = self._vocabularies.get(key)
            if found is not None:
                return found
            vocab = Vocabulary.load(session, scope)
            with self._lock:
                self._vocabularies[key] = vocab
                while len(self._vocabularies) > VOCABULARIES:
                    self._vocabularies.popitem(last=False)
        return vocab

    def _cache_key(self, question: str, scope: Scope, context: PageContext,
                   use_model: bool, previous: str | None = None) -> str:
        index_version = self.index.manifest().version if self.index is not None else None
        return AnswerCache.key({
            "q": question.lower(), "scope": scope.cache_key(), "page": context.project_key,
            "previous": (previous or "").lower(),
            "data": self.data_version(), "index": index_version, "model": use_model,
            "today": self.today().isoformat(),
        })

    def plan(self, session: Session, question: str, scope: Scope,
             context: PageContext = PageContext(), previous: str | None = None) -> Plan:
        vocab = self.vocabulary(session, scope)
        if context.project_key:  # a first name here is most likely one of this team's
            key = context.project_key
            vocab = vocab.on_page(lambda: people_queries.project_people(session, scope, key))
        return router.route(question, vocab, self.today(), context.project_key, previous)

    def stream(self, question: str, scope: Scope, context: PageContext = PageContext(),
               history: Sequence[dict[str, str]] = (),
               stop: Callable[[], bool] = lambda: False,
               deadline: float | None = None) -> Iterator[Event]:
        """``deadline`` (``time.monotonic()``) bounds the model's part; the data-only answer is
        ready before the model is asked, so it can always be given when the model runs late."""
        started = time.monotonic()
        question = " ".join((question or "").split())[:1000]
        if not question:
            yield "answer", Answer(question, "Ask me about your projects, people or documents.",
                                   kind="clarify")
            return
        use_model = self.model_available()
        previous = previous_question(history)
        key = self._cache_key(question, scope, context, use_model, previous)
        hit = self.cache.get(key) if self.cache else None
        if hit is not None:
            cached = Answer.from_dict(hit)
            cached.cached, cached.latency_ms = True, _ms(started)
            self.record(UsageEvent("answer", "cache", "", True, None, cached.latency_ms))
            yield "answer", cached
            return
        with self.Session() as session:
            ctx = ToolContext(session, scope, self.today(), self.index, self.open_index,
                              self.model_metrics)
            plan = self.plan(session, question, scope, context, previous)
            plan, results = _settled(plan, ctx)
            floor = _data_answer(question, plan, results)
            floor.resolved = plan.resolved
            answer: Answer | None = None
            note = ""
            if use_model and plan.kind == "answer":
                streamed: list[str] = []
                try:
                    task = "analysis" if ANALYSIS_INTENTS & set(plan.intents) else "chat"
                    answer = yield from self._with_model(question, history, context, ctx,
                                                         plan, results, stop, streamed, task,
                                                         deadline)
                except LlmError as exc:
                    note = f"Answered from data only: the model failed ({exc.kind})."
                    if streamed:
                        yield "reset", ""
                if answer is not None and not answer.stopped and not grounded(
                        answer.text, floor, results, plan.measure):
                    note = ("Answered from data only: the model's answer did not match the "
                            "tool results.")
                    answer = None
                    if streamed:
                        yield "reset", ""
                if answer is not None and plan.unanswered:  # said by the data, not left to
                    answer.text += "\n\n" + unanswered(plan.unanswered)  # the model
                if answer is not None and plan.language != "en":
                    answer.text += ("\n\n*The copilot's tools read English; a model wrote "
                                    "this answer from their facts.*")
            elif plan.kind == "answer":
                note = "Answered from data only: no model is running."
            if answer is None and use_model and plan.kind == "answer" and not note:
                note = "Answered from data only: the model gave no answer."
            if answer is None:
                answer = floor
                answer.note = note or answer.note
                answer.tool_calls = _calls(results)  # the model's own calls, too
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
                    context: PageContext, ctx: ToolContext, plan: Plan,
                    results: list[ToolResult], stop: Callable[[], bool], streamed: list[str],
                    task: str = "chat",
                    deadline: float | None = None) -> Generator[Event, None, Answer | None]:
        assert self.llm is not None  # noqa: S101 - the caller checked
        deadline = deadline or time.monotonic() + self.llm.config.deadline
        facts = "\n\n".join(untrusted(f"result of {r.name}", r.text) for r in results) or \
            "(none)"
        page = f"The user is on {context.path}" + (
            f'; "this project" means {context.project_key}' if context.project_key else "")
        messages: list[dict[str, Any]] = [{"role": "system", "content": SYSTEM_PROMPT}]
        messages += [{"role": m["role"], "content": m["content"][:2000]}
                     for m in list(history)[-6:] if m.get("role") in ("user", "assistant")]
        messages.append({"role": "user", "content": (
            f"{page}.\nQuestion: {question}\n\nFacts found so far:\n{facts}\n\n"
            f"Understood as: {plan.interpretation}\nAnswer in the language of the question, "
            "with the numbers of the facts only.")})
        model, stopped = None, False
        text: list[str] = []
        for round_ in range(self.max_tool_rounds + 1):
            calls: list[dict[str, Any]] = []
            text = []
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
        floor = _data_answer(question, plan, results[:len(plan.calls)])
        return Answer(question, body + (" …(stopped)" if stopped else ""),
                      _citations(results), _calls(results), model, stopped=stopped,
                      kind=floor.kind, interpretation=floor.interpretation,
                      choices=floor.choices, rewrites=floor.rewrites, result=floor.result,
                      resolved=plan.resolved)


def _settled(plan: Plan, ctx: ToolContext) -> tuple[Plan, list[ToolResult]]:
    """The plan to answer with and its tool results. A question back between readings the
    data gives one answer to is no question: that answer is given, with the reading stated; a
    question back about words the documents mention, or a refusal of a thing they name, is
    answered with those passages (a refusal's reason said first)."""
    searched = plan.in_documents
    while searched is not None:  # "who follows up on the acquirer's sandbox", "did we pull
        # the plug on paid social": what the documents have, though the data does not; each
        # search in turn, until one finds passages
        found = [toolbox.call(name, args, ctx) for name, args in searched.calls]
        if any(r.citations and not r.error for r in found):
            return _closest_said(searched, found), found
        searched = searched.in_documents
    if plan.kind != "clarify" or not plan.readings:
        results = [toolbox.call(name, args, ctx) for name, args in plan.calls]
        return _closest_said(plan, results), results
    runs = [[toolbox.call(name, args, ctx) for name, args in p.calls] for p in plan.readings]
    outcomes = [_result(p, rs) for p, rs in zip(plan.readings, runs, strict=True)]
    if all(o == outcomes[0] for o in outcomes) and all(
            r.evidence and not r.error for rs in runs for r in rs):
        return plan.readings[0], runs[0]  # its interpretation names the reading
    plan.choices = [f"{label}: {_size(o)}" if _size(o) else label
                    for label, o in zip(plan.choices, outcomes, strict=True)]
    return plan, []


def _closest_said(plan: Plan, results: list[ToolResult]) -> Plan:
    """The plan, its reading saying so when its passages lack words asked about: the closest
    (``search_documents`` with ``closest``), or the best matches (with ``hedge``)."""
    lacking = [r for r in results if not r.error and r.result.get("missing")]
    missing = [w for r in lacking for w in r.result["missing"]]
    if missing:
        plan.interpretation += "; none mentions " + " or ".join(f"“{w}”" for w in missing) + (
            ", so these are the closest" if any(r.result.get("closest") for r in lacking)
            else "")
    return plan


def _size(outcome: dict[str, Any]) -> str:
    """What each reading would answer: its count ('12'), else the size of its list ('5
    portfolios')."""
    if outcome.get("subject") == "work_items" and "value" in outcome:
        return str(outcome["value"])  # story points when they were asked for, else items
    if "count" in outcome:
        return str(outcome["count"])
    items = outcome.get("items")
    return f"{len(items)} {outcome.get('subject', '')}".strip() if items is not None else ""


def previous_question(history: Sequence[dict[str, str]]) -> str | None:
    """The last question of the conversation (the user's last message), for follow-ups."""
    for message in reversed(list(history)):
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            return " ".join(message["content"].split())[:1000] or None
    return None


def _data_answer(question: str, plan: Plan, results: list[ToolResult]) -> Answer:
    """The answer made of the plan and its tool results alone (also the model's floor)."""
    if plan.kind != "answer":
        lines = [plan.message]
        if plan.choices:
            lines += [f"- {c}" for c in plan.choices]
        return Answer(question, "\n".join(lines), [], [], None,
                      kind=plan.kind, interpretation=plan.interpretation,
                      choices=list(plan.choices), rewrites=list(plan.rewrites),
                      result={})
    found = [r for r in results if r.evidence]
    problems = [r.text for r in results if r.error]
    share = _share(plan, results)
    if found:
        text = "\n\n".join(([plan.message] if plan.message else []) + ([share[0]] if share else [])
                           + [r.text for r in found] + ([unanswered(plan.unanswered)]
                                                        if plan.unanswered else []))
    else:
        text = "\n\n".join([DONT_KNOW, *problems])
    kind = "answer" if found else "refuse"
    unclear = [key for r in found for key in r.result.get("unclear_projects", [])]
    choices, rewrites = [f"Only {key}" for key in unclear], [in_project(question, key)
                                                              for key in unclear]
    if plan.broader and any(r.error == NONE_IN_PERIOD for r in results):  # nothing
        # written in the period asked (not: no index yet): offer every date
        choices, rewrites = ["Search all dates"], [plan.broader]
    return Answer(question, text, _citations(found), _calls(results), None,
                  kind=kind, interpretation=plan.interpretation,
                  result=share[1] if share else _result(plan, results),
                  choices=choices, rewrites=rewrites)


def unanswered(part: str) -> str:
    """What an answer says of the part of a two-part question it leaves out."""
    return (f"**Not answered:** “{part}”. I answer it best asked on its own, naming who or "
            f"what it is about.")


def _share(plan: Plan, results: list[ToolResult]) -> tuple[str, dict[str, Any]] | None:
    """"What percentage of the open projects are at risk": the second count over the first."""
    if plan.measure != "share" or len(results) != 2 or any(r.error for r in results):
        return None
    whole, part = (r.result.get("count") for r in results)
    if not isinstance(whole, int) or not isinstance(part, int) or whole <= 0:
        return None
    return (f"**{part / whole:.0%}** ({part:,} of {whole:,})",
            {"subject": plan.subject, "value": part / whole, "count": part})


def in_project(question: str, key: str) -> str:
    """The question asked of one project's documents: "... supplier?" -> "... supplier in
    A-2?"."""
    body = question.rstrip().rstrip("?.!").rstrip()
    return f"{body} in {key}?"


def _result(plan: Plan, results: list[ToolResult]) -> dict[str, Any]:
    found = [r for r in results if r.evidence]
    if not found:
        return {}
    if plan.measure == "groups" and len(plan.calls) > 1 and len(results) == len(plan.calls):
        # one call per portfolio ("work items finished last month, Payments vs Security") or
        # per period ("this month vs last month")
        groups = {_group_label(args): r.result.get("count", r.result.get("value"))
                  for (_name, args), r in zip(plan.calls, results, strict=True)}
        return {"subject": plan.subject, "groups": groups}
    if len(found) == 1:
        return dict(found[0].result)
    items: list[Any] = []
    for r in found:
        items += [i for i in r.result.get("items", []) if i not in items]
    return {"subject": found[0].result.get("subject", plan.subject), "items": items}


def _group_label(args: dict[str, Any]) -> str:
    """A compared group's name: its portfolio, or else its period ("2026-05-01 – 2026-05-31")."""
    if args.get("portfolio"):
        return ", ".join(args["portfolio"])
    days = [str(v) for k, v in sorted(args.items()) if k in ("end", "start")
            or k.endswith(("_from", "_to"))]
    return " – ".join(sorted(days)) or "?"


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
    keys = visible_keys(session, scope, {c.project_key for c in citations})
    return [c for c in citations if c.project_key.upper() in keys]


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)
