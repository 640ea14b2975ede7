"""The Ollama client and host router against a loopback server speaking Ollama's protocol."""

from __future__ import annotations

import time

import pytest

from models.copilot.llm import LlmConfig, LlmError, LlmRouter, UsageEvent
from tests.ollama_stub import OllamaStub, dead_url, text_chunks, tool_call_chunks


def router(*hosts: str, events: list | None = None, **config) -> LlmRouter:
    return LlmRouter(LlmConfig(hosts=hosts, **config),
                     record=events.append if events is not None else None)


def test_streams_tokens_in_order_and_records_tokens_per_second():
    events: list[UsageEvent] = []
    with OllamaStub(reply=lambda r: text_chunks(r["model"], "the battery is lithium")) as stub:
        llm = router(stub.url, events=events)
        out = list(llm.chat_stream("chat", [{"role": "user", "content": "battery?"}]))
    tokens = [e.text for e in out if e.kind == "token"]
    assert tokens == ["the ", "battery ", "is ", "lithium"]
    assert out[-1].kind == "done" and out[-1].model == "llama3:8b"
    assert stub.chats()[0]["model"] == "llama3:8b" and stub.chats()[0]["stream"] is True
    (event,) = events
    assert event.ok and event.output_tokens == 4 and event.tokens_per_s == pytest.approx(100.0)


def test_models_are_chosen_per_task():
    with OllamaStub() as stub:
        llm = router(stub.url, models={"chat": "llama3:8b", "fast": "llama3.2:3b-instruct-q4_K_M"})
        list(llm.chat_stream("fast", [{"role": "user", "content": "title"}]))
        list(llm.chat_stream("unknown-task", [{"role": "user", "content": "x"}]))
    assert [c["model"] for c in stub.chats()] == ["llama3.2:3b-instruct-q4_K_M", "llama3:8b"]


def test_tool_calls_come_back_with_their_arguments():
    spec = {"type": "function", "function": {"name": "late_projects", "description": "late",
                                             "parameters": {"type": "object", "properties": {}}}}
    with OllamaStub(reply=lambda r: tool_call_chunks(r["model"], "late_projects",
                                                     {"limit": 3})) as stub:
        out = list(router(stub.url).chat_stream("chat", [{"role": "user", "content": "late?"}],
                                                tools=[spec]))
    calls = [e for e in out if e.kind == "tool_calls"]
    assert calls[0].tool_calls == [{"name": "late_projects", "arguments": {"limit": 3}}]
    assert stub.chats()[0]["tools"][0]["function"]["name"] == "late_projects"


def test_a_stalled_server_times_out_within_the_read_timeout():
    with OllamaStub(stall=5) as stub:
        llm = router(stub.url, read_timeout=0.5, deadline=3)
        started = time.monotonic()
        with pytest.raises(LlmError) as err:
            list(llm.chat_stream("chat", [{"role": "user", "content": "hello"}]))
    assert err.value.kind == "timeout"
    assert time.monotonic() - started < 2


def test_a_trickling_server_is_cut_at_the_deadline():
    """One chunk, then a byte a second of a line that never ends: httpx's read timeout never
    trips, the wall-clock deadline does, and tokens that had started are not failed over."""
    with OllamaStub(trickle=0.2) as stub:
        llm = router(stub.url, read_timeout=5, deadline=30)
        assert llm.available()  # the health check is cached: the deadline is the stream's
        got = []
        started = time.monotonic()
        with pytest.raises(LlmError) as err:
            for event in llm.chat_stream("chat", [{"role": "user", "content": "a b c d e f"}],
                                         deadline=time.monotonic() + 1.5):
                got.append(event)
        elapsed = time.monotonic() - started
    assert err.value.kind == "timeout"
    assert [e.text for e in got] == ["From "]  # the first chunk, then nothing whole
    assert 1.4 < elapsed < 2.5


def test_the_deadline_passing_before_any_host_answers_is_a_timeout():
    with OllamaStub() as stub:
        llm = router(stub.url)
        with pytest.raises(LlmError) as err:
            list(llm.chat_stream("chat", [{"role": "user", "content": "x"}],
                                 deadline=time.monotonic() - 1))
    assert err.value.kind == "timeout"


@pytest.mark.parametrize("fault", ["stall", "trickle", "fail_mid_stream", "refuse"])
def test_every_fault_ends_within_the_deadline_and_the_host_recovers(fault):
    """Each misbehaving server costs one call at most the deadline plus a second; the same host,
    healed, answers the next call without a restart of anything."""
    options = {"stall": {"stall": 30}, "trickle": {"trickle": 0.3},
               "fail_mid_stream": {"fail_after": 2}, "refuse": {}}[fault]
    stub = OllamaStub(**options).__enter__()
    port = stub.port
    if fault == "refuse":
        stub.close()
    deadline = 2.0
    llm = router(stub.url, read_timeout=20, deadline=deadline, connect_timeout=0.5,
                 cooldown=0.5, health_ttl=0)
    started = time.monotonic()
    with pytest.raises(LlmError) as err:
        list(llm.chat_stream("chat", [{"role": "user", "content": "one two three four"}]))
    assert time.monotonic() - started < deadline + 1
    assert err.value.kind == {"stall": "timeout", "trickle": "timeout",
                              "fail_mid_stream": "unreachable", "refuse": "unreachable"}[fault]
    if fault == "refuse":
        stub = OllamaStub(port=port).__enter__()
    else:
        stub.stall, stub.trickle, stub.fail_after = 0.0, 0.0, None
    time.sleep(0.6)  # past the cool-down of a host put aside
    try:
        out = list(llm.chat_stream("chat", [{"role": "user", "content": "back"}]))
    finally:
        stub.close()
    assert out[-1].kind == "done" and out[-1].host == stub.url


def test_embeddings_are_bounded_by_the_deadline_too():
    with OllamaStub(stall=30) as stub:
        llm = router(stub.url, read_timeout=20, deadline=1)
        started = time.monotonic()
        with pytest.raises(LlmError) as err:
            llm.embed(["x"])
    assert err.value.kind == "timeout" and time.monotonic() - started < 2


def test_a_missing_model_is_reported_as_such():
    with OllamaStub(models=("other",)) as stub:
        with pytest.raises(LlmError) as err:
            list(router(stub.url).chat_stream("chat", [{"role": "user", "content": "x"}]))
        with pytest.raises(LlmError) as embed_err:
            router(stub.url).embed(["text"])
    assert err.value.kind == "model_not_found" and "llama3:8b" in str(err.value)
    assert embed_err.value.kind == "model_not_found"


def test_a_dead_host_fails_over_to_a_live_one_and_is_put_aside():
    events: list[UsageEvent] = []
    dead = dead_url()
    with OllamaStub() as stub:
        llm = router(dead, stub.url, events=events)
        out = list(llm.chat_stream("chat", [{"role": "user", "content": "hi"}]))
        assert out[-1].host == stub.url
        status = {s["host"]: s["healthy"] for s in llm.status()}
        assert status == {dead: False, stub.url: True}
        assert llm.embed(["one", "two"]) and len(llm.embed(["x"])[0]) == 32


def test_a_host_that_dies_after_its_health_check_fails_over_mid_call():
    events: list[UsageEvent] = []
    first, second = OllamaStub(), OllamaStub()
    with first, second:
        llm = router(first.url, second.url, events=events)
        assert len(llm.healthy_hosts()) == 2
        first.close()  # healthy a moment ago, refuses connections now
        for _ in range(2):  # whichever host the rotation picks first, the answer comes back
            out = list(llm.chat_stream("chat", [{"role": "user", "content": "hi"}]))
            assert out[-1].host == second.url
    assert any(e.error == "unreachable" for e in events)
    assert {s["host"]: s["healthy"] for s in llm.status()}[first.url] is False


def test_load_spreads_over_healthy_hosts():
    with OllamaStub() as a, OllamaStub() as b:
        llm = router(a.url, b.url)
        for _ in range(4):
            list(llm.chat_stream("chat", [{"role": "user", "content": "hi"}]))
    assert len(a.chats()) == 2 and len(b.chats()) == 2


def test_no_reachable_host_means_no_model():
    llm = router(dead_url(), connect_timeout=0.5)
    assert llm.available() is False
    with pytest.raises(LlmError) as err:
        list(llm.chat_stream("chat", [{"role": "user", "content": "x"}]))
    assert err.value.kind == "unreachable"
    with pytest.raises(LlmError):
        llm.embed(["x"])
    assert router().available() is False  # no host configured at all


def test_health_checks_are_cached_between_calls():
    with OllamaStub() as stub:
        llm = router(stub.url, health_ttl=60)
        for _ in range(3):
            assert llm.available()
    assert stub.paths().count("/api/version") == 1
