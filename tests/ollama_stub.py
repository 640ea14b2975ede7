"""A loopback server that speaks Ollama's HTTP protocol, for tests through the official client.

It streams ``/api/chat`` as NDJSON (tokens and tool calls), answers ``/api/embed``, ``/api/tags``
and ``/api/version``, and records every request it received. It can misbehave the ways a real
server does: lack a model, stall before answering (``stall``), trickle (``trickle``: the first
chunk, then one byte every so many seconds of a line that never ends), or fail mid-stream
(``fail_after``: the connection drops after that many chunks). A stub closed and started again on
the same ``port`` plays a server that went away and came back; the fault attributes can be
changed while it runs. What the
"model" says is decided by ``reply(request) -> list[chunk]``; the default echoes what the
orchestrator gave it (tool results) so answers stay grounded and checkable.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Chunk = dict[str, Any]


def text_chunks(model: str, text: str, *, words_per_chunk: int = 1) -> list[Chunk]:
    words = text.split(" ")
    pieces = [" ".join(words[i:i + words_per_chunk]) for i in range(0, len(words),
                                                                    words_per_chunk)]
    chunks = [{"model": model, "message": {"role": "assistant",
                                           "content": p + (" " if i < len(pieces) - 1 else "")},
               "done": False} for i, p in enumerate(pieces)]
    chunks.append({"model": model, "message": {"role": "assistant", "content": ""}, "done": True,
                   "done_reason": "stop", "prompt_eval_count": 42,
                   "eval_count": len(pieces), "eval_duration": 10_000_000 * len(pieces)})
    return chunks


def tool_call_chunks(model: str, name: str, arguments: dict[str, Any]) -> list[Chunk]:
    return [
        {"model": model, "message": {"role": "assistant", "content": "", "tool_calls": [
            {"function": {"name": name, "arguments": arguments}}]}, "done": False},
        {"model": model, "message": {"role": "assistant", "content": ""}, "done": True,
         "done_reason": "stop", "prompt_eval_count": 40, "eval_count": 5,
         "eval_duration": 50_000_000},
    ]


def echo_reply(request: dict[str, Any]) -> list[Chunk]:
    """Summarize the last tool result or the facts block: a grounded, deterministic 'model'."""
    messages = request.get("messages", [])
    tool_results = [m["content"] for m in messages if m.get("role") == "tool"]
    source = tool_results[-1] if tool_results else messages[-1].get("content", "")
    return text_chunks(request.get("model", ""), f"From the data: {source[:300]}")


def embedding(text: str, dim: int = 32) -> list[float]:
    vec = [0.0] * dim
    for word in text.lower().split():
        digest = hashlib.sha1(word.encode(), usedforsecurity=False).digest()
        vec[digest[0] % dim] += 1.0
    if not any(vec):
        vec[0] = 1.0
    return vec


class OllamaStub:
    """``with OllamaStub() as stub: stub.url`` — one server on 127.0.0.1, a free port."""

    def __init__(self, models: tuple[str, ...] = ("llama3:8b", "llama3.2:3b-instruct-q4_K_M",
                                                  "mistral:7b-instruct-v0.2-q4_K_M",
                                                  "nomic-embed-text"),
                 reply: Callable[[dict[str, Any]], list[Chunk]] = echo_reply,
                 chunk_delay: float = 0.0, stall: float = 0.0, trickle: float = 0.0,
                 fail_after: int | None = None, port: int = 0) -> None:
        self.models = set(models)
        self.reply = reply
        self.chunk_delay = chunk_delay
        self.stall = stall
        self.trickle = trickle
        self.fail_after = fail_after
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self._connections: list[Any] = []
        self._closed = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def chats(self) -> list[dict[str, Any]]:
        return [body for path, body in self.requests if path == "/api/chat"]

    def __enter__(self) -> OllamaStub:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop listening and cut kept-alive connections too: the host is really gone."""
        self._closed.set()
        self._server.shutdown()
        self._server.server_close()
        for connection in self._connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
                connection.close()

    def _stall(self) -> None:
        """A server that accepted the request and went quiet (until it is closed)."""
        if self.stall:
            self._closed.wait(self.stall)

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                stub._connections.append(self.connection)

            def log_message(self, *_args) -> None:  # keep test output clean
                pass

            def _json(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                stub.requests.append((self.path, {}))
                if self.path == "/api/version":
                    self._json(200, {"version": "0.6.3-stub"})
                elif self.path == "/api/tags":
                    self._json(200, {"models": [{"name": m, "model": m} for m in
                                                sorted(stub.models)]})
                else:
                    self._json(404, {"error": "not found"})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                stub.requests.append((self.path, body))
                model = body.get("model", "")
                if self.path in ("/api/chat", "/api/embed") and model not in stub.models:
                    self._json(404, {"error": f"model '{model}' not found"})
                    return
                if self.path == "/api/embed":
                    stub._stall()
                    texts = body.get("input")
                    texts = [texts] if isinstance(texts, str) else texts
                    self._json(200, {"model": model, "prompt_eval_count": len(texts),
                                     "embeddings": [embedding(t) for t in texts]})
                elif self.path == "/api/chat":
                    self._chat(body)
                else:
                    self._json(404, {"error": "not found"})

            def _chat(self, body: dict[str, Any]) -> None:
                stub._stall()
                chunks = stub.reply(body)
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/x-ndjson")
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for n, chunk in enumerate(chunks):
                        if stub.fail_after is not None and n >= stub.fail_after:
                            self._drop()  # mid-stream: no last chunk, no terminator
                            return
                        self._send((json.dumps(chunk) + "\n").encode())
                        if stub.trickle:
                            self._trickle()
                            return
                        if stub.chunk_delay:
                            time.sleep(stub.chunk_delay)
                    self.wfile.write(b"0\r\n\r\n")
                except OSError:
                    self.close_connection = True  # the client hung up (a stop or a timeout)

            def _send(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _trickle(self) -> None:
                """One byte at a time of a line that never ends, until the client hangs up."""
                while not stub._closed.wait(stub.trickle):
                    self._send(b" ")

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)

        return Handler


def dead_url() -> str:
    """An address on loopback where nothing listens (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
