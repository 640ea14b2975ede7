"""Talking to Ollama: several hosts, health checks, failover, load spread and hard time limits.

The official client never times out by default, so every client here gets explicit httpx
timeouts, and a stream is also bounded by an overall deadline: a stalled server costs the user at
most the deadline, after which the orchestrator answers without a model. A host that refuses
connections is put aside for a cool-down; one that lacks the model is skipped for that call only.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import ollama

log = logging.getLogger(__name__)
TASKS = ("chat", "fast", "analysis", "embed")


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
        self._clients: dict[tuple[str, float], ollama.Client] = {}

    # --- hosts ----------------------------------------------------------------------------------

    def model(self, task: str) -> str:
        return self.config.models.get(task) or self.config.models["chat"]

    def _check(self, host: HostState, now: float) -> bool:
        """GET /api/version (the client has no call for it) with the connect timeout."""
        try:
            response = httpx.get(f"{host.url}/api/version", timeout=self.config.connect_timeout)
            response.raise_for_status()
            host.version = response.json().get("version")
            host.healthy = True
        except (httpx.HTTPError, ValueError):
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

    def _client(self, host: str, read_timeout: float) -> ollama.Client:
        key = (host, round(read_timeout, 1))
        with self._lock:
            client = self._clients.get(key)
            if client is None:
                timeout = httpx.Timeout(read_timeout, connect=self.config.connect_timeout)
                client = ollama.Client(host=host, timeout=timeout)
                self._clients[key] = client
            return client

    # --- calls ----------------------------------------------------------------------------------

    def chat_stream(self, task: str, messages: Sequence[dict[str, Any]],
                    tools: Sequence[dict[str, Any]] | None = None,
                    deadline: float | None = None) -> Iterator[ChatEvent]:
        """Stream one assistant turn; raises ``LlmError`` when no host can produce it in time."""
        model = self.model(task)
        deadline = deadline or time.monotonic() + self.config.deadline
        errors: list[LlmError] = []
        for host in self.healthy_hosts():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            started = time.monotonic()
            host.in_flight += 1
            first = True
            try:
                client = self._client(host.url, min(self.config.read_timeout, remaining))
                stream = client.chat(model=model, messages=list(messages),
                                     tools=list(tools) if tools else None, stream=True)
                for event in self._events(stream, model, host.url, deadline):
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
        raise _worst(errors, model)

    def _events(self, stream, model: str, host: str, deadline: float) -> Iterator[ChatEvent]:
        """Translate the client's chunks, turning its errors (raised mid-iteration) into ours."""
        try:
            for chunk in stream:
                if time.monotonic() > deadline:
                    raise LlmError("timeout", f"{model} on {host} passed the deadline")
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
        raise LlmError("error", f"{host} closed the stream early")

    def _record_done(self, task: str, model: str, host: str, started: float,
                     event: ChatEvent) -> None:
        stats = event.stats
        output, eval_ns = stats.get("output", 0), stats.get("eval_ns", 0)
        rate = output / (eval_ns / 1e9) if eval_ns else 0.0
        self.record(UsageEvent(task, model, host, True, None, _ms(started),
                               stats.get("prompt", 0), output, round(rate, 1)))

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Embeddings from the embedding model, failing over between hosts."""
        model = self.model("embed")
        errors: list[LlmError] = []
        for host in self.healthy_hosts():
            started = time.monotonic()
            try:
                client = self._client(host.url, self.config.read_timeout)
                result = client.embed(model=model, input=texts)
                self.record(UsageEvent("embed", model, host.url, True, None, _ms(started),
                                       result.prompt_eval_count or 0))
                return [list(v) for v in result.embeddings]
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
