"""Single flight: simultaneous cold requests for one key compute it once (real Redis, threads).

Requests are threads of this process; with Redis the lock lives in Redis, so the same holds for
threads of different worker processes (a second ``QueryCache`` below plays the other worker).
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from flask import Flask

from dashboard.cache import QueryCache

THREADS = 12


def make_cache(url: str | None, **kwargs) -> QueryCache:
    cache = QueryCache(**kwargs)
    cache.init_app(Flask(__name__), url, timeout=300)
    return cache


class Counted:
    """A slow computation that counts how often it runs, and how many run at once."""

    def __init__(self, seconds: float = 0.3, fail: bool = False) -> None:
        self.seconds, self.fail = seconds, fail
        self.calls = self.running = self.most_at_once = 0
        self.lock = threading.Lock()

    def __call__(self) -> dict:
        with self.lock:
            self.calls += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        time.sleep(self.seconds)
        with self.lock:
            self.running -= 1
        if self.fail:
            raise RuntimeError("the read failed")
        return {"rows": [1, 2, 3]}


def _together(caches: list[QueryCache], name: str, compute) -> list:
    """THREADS requests released at the same instant, spread over the given caches."""
    start = threading.Barrier(THREADS)

    def one(i: int):
        start.wait()
        try:
            return caches[i % len(caches)].get_or_compute(name, 1, {"page": 1}, compute)
        except RuntimeError as exc:
            return str(exc)

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(one, range(THREADS)))


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_simultaneous_cold_requests_compute_once(backend, request):
    url = request.getfixturevalue("redis_url") if backend == "redis" else None
    caches = [make_cache(url)] if url is None else [make_cache(url), make_cache(url)]
    compute = Counted()
    results = _together(caches, "slow", compute)
    assert compute.calls == 1
    assert results == [{"rows": [1, 2, 3]}] * THREADS
    assert caches[0].get_or_compute("slow", 1, {"page": 1}, compute) == {"rows": [1, 2, 3]}
    assert compute.calls == 1  # warm now


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_different_keys_still_compute_in_parallel(backend, request):
    url = request.getfixturevalue("redis_url") if backend == "redis" else None
    cache = make_cache(url)
    compute = Counted()
    start = threading.Barrier(4)

    def one(page: int):
        start.wait()
        return cache.get_or_compute("slow", 1, {"page": page}, compute)

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(one, range(4)))
    assert compute.calls == 4 and compute.most_at_once == 4


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_a_failed_computation_frees_the_key_for_the_next(backend, request):
    url = request.getfixturevalue("redis_url") if backend == "redis" else None
    cache = make_cache(url)
    failing = Counted(seconds=0.2, fail=True)
    results = _together([cache], "flaky", failing)
    # each waiter finds nothing cached after the failure and tries itself, one at a time
    assert results == ["the read failed"] * THREADS
    assert failing.most_at_once == 1
    fine = Counted(seconds=0.0)
    assert cache.get_or_compute("flaky", 1, {"page": 1}, fine) == {"rows": [1, 2, 3]}
    assert fine.calls == 1


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_waiters_give_up_waiting_after_flight_wait(backend, request):
    url = request.getfixturevalue("redis_url") if backend == "redis" else None
    cache = make_cache(url, flight_wait=0.1)
    compute = Counted(seconds=1.0)
    results = _together([cache], "stuck", compute)
    assert results == [{"rows": [1, 2, 3]}] * THREADS
    assert compute.calls > 1  # nobody waited a second for the first one


def test_a_dead_redis_still_computes():
    cache = make_cache("redis://127.0.0.1:1/0")
    compute = Counted(seconds=0.0)
    assert cache.get_or_compute("x", 1, {}, compute) == {"rows": [1, 2, 3]}
    assert compute.calls == 1 and cache.degraded
