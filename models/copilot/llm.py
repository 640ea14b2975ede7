"""Talking to Ollama: several hosts, health checks, failover, load spread and hard time limits.

The official client never times out by default, so every client here gets explicit httpx
timeouts, and every call (a stream, an embedding, a health check) is also bounded by a wall-clock
deadline. httpx's read timeout restarts with every byte, so a server that trickles a byte a second
would never trip it: each call therefore runs in a helper thread that hands chunks over a queue,
and the caller stops waiting at the deadline and shuts the connection's socket down (which wakes
the helper's blocked read). A stalled or trickling server costs the user at most the deadline,
after which the orchestrator answers without a model. A host that refuses connections is put
aside for a cool-down; one that lacks the model is skipped for that call only.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the client and httpx load with the first model call: 0.2 s of start-up
    import httpx
    import ollama

log = logging.getLogger(__name__)
TASKS = ("chat", "fast", "analysis", "report", "embed")
T = TypeVar("T")


class LlmError(Exception):
    """No model could answer; ``kind`` is unreachable, timeout, model_not_found or error."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class LlmConfig:
    hosts: tuple[str, ...] = ()
    models: dict[str, str] = field(default_factory=lambda: {
        "chat": "llama3:8b", "fast": "llama3.2:3b-instruct-q4_K_M",
        "analysis": "mistral:7b-instruct-v0.2-q4_K_M", "embed": "nomic-embed-text"})
    connect_timeout: float = 2.0
    read_timeout: float = 30.0
    deadline: float = 60.0
    health_ttl: float = 15.0
    cooldown: float = 30.0


@dataclass
class HostState:
    url: str
    healthy: bool | None = None
    checked_at: float = 0.0
    down_until: float = 0.0
    in_flight: int = 0
    version: str | None = None


@dataclass(frozen=True)
class UsageEvent:
    """One model call, as the AI usage view shows it."""

    task: str
    model: str
    host: str
    ok: bool
    error: str | None
    latency_ms: float
    prompt_tokens: int = 0
    output_tokens: int = 0
    tokens_per_s: float = 0.0
    at: float = field(default_factory=time.time)


@dataclass
class ChatEvent:
    """A piece of a streamed reply: a token, the tool calls of a turn, or the end."""

    kind: str  # "token" | "tool_calls" | "done"
    text: str = ""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    model: str = ""
    host: str = ""
    stats: dict[str, int] = field(default_factory=dict)


class LlmRouter:
    """Picks a healthy host for each call and fails over before the first token arrives."""

    def __init__(self, config: LlmConfig,
                 record: Callable[[UsageEvent], None] | None = None) -> None:
        self.config = config
        self.hosts = [HostState(h.rstrip("/")) for h in config.hosts]
        self.record = record or (lambda _event: None)
        self._lock = threading.Lock()
        self._turn = itertools.count()
        self._clients: dict[str, ollama.Client] = {}

    # --- hosts ----------------------------------------------------------------------------------

    def model(self, task: str) -> str:
        return self.config.models.get(task) or self.config.models["chat"]

    def _check(self, host: HostState, now: float) -> bool:
        """GET /api/version (the client has no call for it), bounded by the connect timeout."""
        import httpx  # noqa: PLC0415 - deferred (see the imports)
        timeout = self.config.connect_timeout
        try:
            (response,) = bounded(
                lambda: [httpx.get(f"{host.url}/api/version", timeout=timeout)],
                time.monotonic() + timeout + 0.5, f"health check of {host.url}")
            response.raise_for_status()
            host.version = response.json().get("version")
            host.healthy = True
        except (httpx.HTTPError, LlmError, ValueError):
            host.healthy = False
            host.down_until = now + self.config.cooldown
        host.checked_at = now
        return bool(host.healthy)

    def healthy_hosts(self) -> list[HostState]:
        """Hosts believed up, least busy first (ties rotate, so load spreads)."""
        now = time.monotonic()
        for host in self.hosts:
            stale = now - host.checked_at > self.config.health_ttl
            if (host.healthy is None or stale) and now >= host.down_until:
                self._check(host, now)
        up = [h for h in self.hosts if h.healthy and now >= h.down_until]
        if not up:
            return []
        shift = next(self._turn) % len(up)
        rotated = up[shift:] + up[:shift]
        return sorted(rotated, key=lambda h: h.in_flight)

    def available(self) -> bool:
        return bool(self.healthy_hosts())

    def status(self) -> list[dict[str, Any]]:
        return [{"host": h.url, "healthy": bool(h.healthy), "version": h.version,
                 "in_flight": h.in_flight} for h in self.hosts]

    def _mark_down(self, host: HostState) -> None:
        host.healthy = False
        host.down_until = time.monotonic() + self.config.cooldown

    def _client(self, host: str) -> ollama.Client:
        import httpx  # noqa: PLC0415 - deferred (see the imports)
        import ollama  # noqa: PLC0415
        with self._lock:
            client = self._clients.get(host)
            if client is None:
                timeout = httpx.Timeout(self.config.read_timeout,
                                        connect=self.config.connect_timeout)
                client = ollama.Client(host=host, timeout=timeout,
                                       event_hooks={"response": [_attach_response]})
                self._clients[host] = client
            return client

    # --- calls ----------------------------------------------------------------------------------

    def chat_stream(self, task: str, messages: Sequence[dict[str, Any]],
                    tools: Sequence[dict[str, Any]] | None = None,
                    deadline: float | None = None) -> Iterator[ChatEvent]:
        """Stream one assistant turn; raises ``LlmError`` when no host can produce it in time.

        ``deadline`` (``time.monotonic()`` based) bounds the whole call, failovers included;
        it defaults to ``config.deadline`` seconds from now."""
        model = self.model(task)
        deadline = deadline or time.monotonic() + self.config.deadline
        errors: list[LlmError] = []
        for host in self.healthy_hosts():
            if deadline - time.monotonic() <= 0:
                break
            started = time.monotonic()
            host.in_flight += 1
            first = True
            try:
                chat = functools.partial(
                    self._client(host.url).chat, model=model, messages=list(messages),
                    tools=list(tools) if tools else None, stream=True)
                chunks = bounded(chat, deadline, f"{model} on {host.url}")
                for event in self._events(chunks, model, host.url):
                    if first and event.kind != "done":
                        first = False
                    if event.kind == "done":
                        self._record_done(task, model, host.url, started, event)
                    yield event
                return
            except LlmError as exc:
                errors.append(exc)
                self.record(UsageEvent(task, model, host.url, False, exc.kind, _ms(started)))
                if not first:
                    raise
            finally:
                host.in_flight -= 1
            if errors[-1].kind == "unreachable":
                self._mark_down(host)
        if not errors and self.hosts and time.monotonic() >= deadline:
            raise LlmError("timeout", f"{model}: the deadline passed before any host answered")
        raise _worst(errors, model)

    def _events(self, stream: Iterable[Any], model: str, host: str) -> Iterator[ChatEvent]:
        """Translate the client's chunks, turning its errors (raised mid-iteration) into ours."""
        import httpx  # noqa: PLC0415 - deferred (see the imports)
        import ollama  # noqa: PLC0415
        try:
            for chunk in stream:
                message = chunk.message
                if message.tool_calls:
                    calls = [{"name": c.function.name, "arguments": dict(c.function.arguments)}
                             for c in message.tool_calls]
                    yield ChatEvent("tool_calls", tool_calls=calls, model=model, host=host)
                if message.content:
                    yield ChatEvent("token", text=message.content, model=model, host=host)
                if chunk.done:
                    yield ChatEvent("done", model=model, host=host, stats={
                        "prompt": chunk.prompt_eval_count or 0,
                        "output": chunk.eval_count or 0, "eval_ns": chunk.eval_duration or 0})
                    return
        except ollama.ResponseError as exc:
            if exc.status_code == 404 or "not found" in str(exc).lower():
                raise LlmError("model_not_found", f"model {model} not found on {host}") from exc
            raise LlmError("error", f"{host}: {exc}") from exc
        except httpx.TimeoutException as exc:
            raise LlmError("timeout", f"{host} did not answer in time") from exc
        except (httpx.TransportError, ConnectionError) as exc:
            raise LlmError("unreachable", f"{host} unreachable: {exc}") from exc
        except (ValueError, AttributeError) as exc:  # a garbled line from a broken server
            raise LlmError("error", f"{host} sent a malformed reply: {exc}") from exc
        raise LlmError("error", f"{host} closed the stream early")

    def _record_done(self, task: str, model: str, host: str, started: float,
                     event: ChatEvent) -> None:
        stats = event.stats
        output, eval_ns = stats.get("output", 0), stats.get("eval_ns", 0)
        rate = output / (eval_ns / 1e9) if eval_ns else 0.0
        self.record(UsageEvent(task, model, host, True, None, _ms(started),
                               stats.get("prompt", 0), output, round(rate, 1)))

    def embed(self, texts: list[str], deadline: float | None = None) -> list[list[float]]:
        """Embeddings from the embedding model, failing over between hosts, within the
        deadline (``config.deadline`` seconds from now unless given)."""
        import httpx  # noqa: PLC0415 - deferred (see the imports)
        import ollama  # noqa: PLC0415
        model = self.model("embed")
        deadline = deadline or time.monotonic() + self.config.deadline
        errors: list[LlmError] = []
        for host in self.healthy_hosts():
            if deadline - time.monotonic() <= 0:
                errors.append(LlmError("timeout", f"{model}: the deadline passed"))
                break
            started = time.monotonic()
            try:
                client = self._client(host.url)

                def one_call(c: ollama.Client = client) -> list[Any]:
                    return [c.embed(model=model, input=texts)]

                (result,) = bounded(one_call, deadline, f"{model} on {host.url}")
                self.record(UsageEvent("embed", model, host.url, True, None, _ms(started),
                                       result.prompt_eval_count or 0))
                return [list(v) for v in result.embeddings]
            except LlmError as exc:
                errors.append(exc)
            except ollama.ResponseError as exc:
                kind = "model_not_found" if exc.status_code == 404 else "error"
                errors.append(LlmError(kind, f"{host.url}: {exc}"))
            except httpx.TimeoutException:
                errors.append(LlmError("timeout", f"{host.url} did not answer in time"))
            except (httpx.TransportError, ConnectionError) as exc:
                errors.append(LlmError("unreachable", f"{host.url}: {exc}"))
                self._mark_down(host)
            self.record(UsageEvent("embed", model, host.url, False, errors[-1].kind,
                                   _ms(started)))
        raise _worst(errors, model)


# --- wall-clock deadlines ---------------------------------------------------------------------

_local = threading.local()
_END = object()


class _Call:
    """One bounded call: the HTTP response it is reading (once headers arrived), so the caller
    can cut the connection when it gives up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.response: httpx.Response | None = None
        self.finished = False
        self.cancelled = False

    def attach(self, response: httpx.Response) -> None:
        with self._lock:
            self.response = response
            cut = self.cancelled
        if cut:
            _shut(response)

    def finish(self) -> None:
        with self._lock:
            self.finished = True

    def cancel(self) -> None:
        """Give up: shut the socket down so a read blocked on a trickling server returns now
        (closing alone would not wake it); a finished call's pooled connection is left alone."""
        with self._lock:
            if self.finished or self.cancelled:
                return
            self.cancelled = True
            response = self.response
        if response is not None:
            _shut(response)


def _attach_response(response: httpx.Response) -> None:
    """httpx response hook: runs in the thread that sent the request (the helper's)."""
    call = getattr(_local, "call", None)
    if call is not None:
        call.attach(response)


def _shut(response: httpx.Response) -> None:
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def bounded(produce: Callable[[], Iterable[T]], deadline: float, what: str) -> Iterator[T]:
    """Iterate ``produce()`` in a helper thread; raise ``LlmError("timeout")`` as soon as the
    wall clock passes ``deadline`` (``time.monotonic()``), however slowly the items come, and
    cut the underlying connection. Errors raised by ``produce`` are re-raised here."""
    items: queue.Queue[tuple[bool, Any]] = queue.Queue()
    call = _Call()

    def pump() -> None:
        _local.call = call
        try:
            for item in produce():
                items.put((True, item))
                if call.cancelled:
                    return
            call.finish()
            items.put((True, _END))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who re-raises
            items.put((False, exc))
        finally:
            _local.call = None

    threading.Thread(target=pump, name="llm-call", daemon=True).start()
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LlmError("timeout", f"{what} passed the deadline")
            try:
                ok, item = items.get(timeout=remaining)
            except queue.Empty:
                raise LlmError("timeout", f"{what} passed the deadline") from None
            if not ok:
                raise item
            if item is _END:
                return
            yield item
    finally:
        call.cancel()


def _ms(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)


def _worst(errors: list[LlmError], model: str) -> LlmError:
    if not errors:
        return LlmError("unreachable", "no Ollama host is reachable")
    for kind in ("model_not_found", "timeout", "error", "unreachable"):
        for exc in errors:
            if exc.kind == kind:
                if kind == "model_not_found" and len(errors) > 1:
                    return LlmError(kind, f"model {model} not found on any reachable host")
                return exc
    return errors[-1]  # pragma: no cover - every kind is listed above
