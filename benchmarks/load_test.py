"""A bounded load test: simulated managers browsing a running dashboard (loopback only).

    gunicorn -c dashboard/gunicorn_conf.py dashboard.wsgi:server   # with DATABASE_URL, REDIS_URL
    python benchmarks/load_test.py --base http://127.0.0.1:8071 \\
        --url postgresql://postgres@127.0.0.1/scale100k --users 50 --warmup 30 --duration 120

Each manager signs in through the real form (CSRF token, session cookie), then repeats, with
1-3 s of thinking between pages: the overview (its layout and the callbacks it fires, one time in
three with a status filter), the projects table (a sort, the next page through its cursor, one
time in four a search), or a project page (layout, charts, burn-up with the what-if, items,
documents; one time in two a what-if change), or the copilot (a question from a manager's
mix: counts, lists, a project's status, finish date, risks, decisions, people and what its
documents say, asked from the overview or the project's page; then polled every 200 ms, as
the sidebar does, until the answer is complete; ``--no-copilot`` leaves it out). Callback
bodies are built from the app's own ``/_dash-dependencies``, as the Dash renderer builds them.

Nothing is counted during the warm-up; then for ``--duration`` seconds every request is timed by
type; "copilot answer" is the time from the question to the complete answer (not a request).
Printed: requests per second, p50/p95/p99 per type, errors (status >= 400, an error
message in a callback response, a broken connection), the cache hit ratio from ``/metrics``
and each gunicorn worker's resident memory at the start and the end of the measured window
(``--master`` is gunicorn's pid; workers are its children). Loopback only: the script refuses
any other host.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
from sqlalchemy import create_engine, select

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
ERROR_MARKERS = ("Something went wrong", "cannot be reached", "Data unavailable")
PASSWORD = "load-test password 0123456789"  # noqa: S105 - a throwaway local user


class Stats:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.error_samples: list[str] = []
        self.counting = False

    def add(self, kind: str, ms: float, ok: bool, detail: str = "") -> None:
        if not self.counting:
            return
        self.times[kind].append(ms)
        if not ok:
            self.errors[kind] += 1
            if len(self.error_samples) < 8:
                self.error_samples.append(f"{kind}: {detail[:160]}")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Callbacks:
    """Bodies for callbacks, from ``/_dash-dependencies`` (what the renderer reads)."""

    def __init__(self, dependencies: list[dict[str, Any]]) -> None:
        self.specs = {d["output"]: d for d in dependencies}

    def key(self, prefix: str) -> str:
        for output in self.specs:
            if output.lstrip(".").startswith(prefix):
                return output
        raise SystemExit(f"no callback writes {prefix}")

    def body(self, prefix: str, values: dict[str, Any]) -> dict[str, Any]:
        key = self.key(prefix)
        spec = self.specs[key]
        text = key[2:-2] if key.startswith("..") else key
        outs = []
        for part in text.split("..."):
            ident, prop = part.split("@", 1)[0].rsplit(".", 1)
            outs.append({"id": ident, "property": prop})

        def item(s: dict[str, Any]) -> dict[str, Any]:
            return {"id": s["id"], "property": s["property"],
                    "value": values.get(f"{s['id']}.{s['property']}")}

        inputs = [item(s) for s in spec["inputs"]]
        return {"output": key, "outputs": outs if key.startswith("..") else outs[0],
                "inputs": inputs, "state": [item(s) for s in spec.get("state", [])],
                "changedPropIds": [f"{spec['inputs'][0]['id']}.{spec['inputs'][0]['property']}"]
                if spec["inputs"] else []}


ROUTER = "_pages_content.children"
COPILOT_POLL = 0.2  # seconds, the sidebar's dcc.Interval
COPILOT_ANSWER_LIMIT = 70.0  # the runtime's deadline (60 s) and its grace
NOT_REQUESTS = {"copilot answer"}  # timed, but not a request: kept out of the totals
# A manager's questions: portfolio-wide ones (their answer is cached per data version, as
# repeated morning questions are) and ones about a project (mostly new to the cache).
PORTFOLIO_QUESTIONS = (
    "How many projects are at risk?",
    "which projects are due this month",
    "Who is over-allocated next week?",
    "what's overdue right now?",
    "How are we doing overall?",
    "Which projects are most likely to miss their due date?",
)
PROJECT_QUESTIONS = (
    "What's the status of {key}?",
    "when will {key} finish",
    "Who is working on {key}?",
    "What are the open risks for {key}?",
    "What was decided in the last meeting of {key}?",
    "how much of {key} is done?",
    "What did the team say about {topic} in {key}?",
)
TOPICS = ("testing", "the launch", "the vendor", "performance", "security")


class Manager:
    def __init__(self, base: str, username: str, callbacks: Callbacks, keys: list[str],
                 stats: Stats, think: tuple[float, float], deadline: float,
                 with_copilot: bool = True) -> None:
        self.base, self.username, self.callbacks = base, username, callbacks
        self.with_copilot = with_copilot
        self.keys, self.stats, self.think, self.deadline = keys, stats, think, deadline
        self.client = httpx.AsyncClient(base_url=base, timeout=60.0, follow_redirects=False,
                                        headers={"Origin": base})

    async def sign_in(self) -> None:
        page = await self.client.get("/login")
        token = CSRF.search(page.text)
        if token is None:
            raise SystemExit("no CSRF token on /login")
        response = await self.client.post("/login", data={
            "username": self.username, "password": PASSWORD, "csrf_token": token.group(1),
            "next": "/"})
        if response.status_code not in (302, 303):
            raise SystemExit(f"sign-in failed for {self.username}: {response.status_code}")

    async def callback(self, kind: str, prefix: str, values: dict[str, Any]) -> Any:
        body = self.callbacks.body(prefix, values)
        start = time.perf_counter()
        try:
            response = await self.client.post("/_dash-update-component", json=body)
        except httpx.HTTPError as exc:
            self.stats.add(kind, (time.perf_counter() - start) * 1000, False, repr(exc))
            return None
        ms = (time.perf_counter() - start) * 1000
        text = response.text
        ok = response.status_code < 400 and not any(m in text for m in ERROR_MARKERS)
        self.stats.add(kind, ms, ok, f"{response.status_code} {text[:120]}")
        try:
            return response.json().get("response") if ok else None
        except ValueError:
            return None

    async def layout(self, kind: str, path: str) -> None:
        await self.callback(kind, ROUTER, {"_pages_location.pathname": path,
                                           "_pages_location.search": ""})

    async def overview(self) -> None:
        filters = {"status": "active"} if random.random() < 1 / 3 else {}
        await self.layout("overview layout", "/")
        await asyncio.gather(
            self.callback("overview charts", "overview-kpis.children",
                          {"overview-filters.data": filters}),
            self.callback("overview insights", "overview-insights.children",
                          {"overview-filters.data": filters}))

    async def projects(self) -> None:
        sort = random.choice(["key", "due", "progress", "name", "health", "p_on_time"])
        desc = random.random() < 0.5
        filters = {"search": random.choice(["payments", "ledger", "mobile", "data"])} \
            if random.random() < 0.25 else {}
        view = {"filters": filters, "sort": sort, "desc": desc}
        await self.layout("projects layout", "/projects")
        first = await self.callback("projects table", "projects-table.children",
                                    {"projects-view.data": view})
        cursor = (first or {}).get("projects-cursor", {}).get("data")
        if cursor and cursor.get("last"):
            await asyncio.sleep(random.uniform(*self.think))
            await self.callback("projects next page", "projects-table.children",
                                {"projects-view.data": {**view, "page": 2,
                                                        "after": cursor["last"]}})

    async def project(self) -> None:
        key = random.choice(self.keys)
        project = {"project-key.data": key}
        await self.layout("project layout", f"/projects/{key}")
        await asyncio.gather(
            self.callback("project charts", "project-status.figure", project),
            self.callback("project what-if", "project-burnup.figure",
                          {**project, "project-whatif-scope.value": 0,
                           "project-whatif-team.value": 0}),
            self.callback("project items", "project-items.children",
                          {**project, "project-items-page.active_page": 1}),
            self.callback("project docs", "project-docs.children",
                          {**project, "project-docs-page.active_page": 1}))
        if random.random() < 0.5:
            await asyncio.sleep(random.uniform(*self.think))
            await self.callback("project what-if change", "project-burnup.figure",
                                {**project, "project-whatif-scope.value": random.choice(
                                    [-10, 10, 20, 40]), "project-whatif-team.value": 1})

    async def copilot(self) -> None:
        if random.random() < 0.5:
            question, path = random.choice(PORTFOLIO_QUESTIONS), "/"
        else:
            key = random.choice(self.keys)
            question = random.choice(PROJECT_QUESTIONS).format(key=key,
                                                               topic=random.choice(TOPICS))
            path = f"/projects/{key}"
        start = time.perf_counter()
        started = await self.callback("copilot ask", "copilot-job.data...copilot-poll", {
            "copilot-ask.n_clicks": 1, "copilot-question.value": question,
            "copilot-history-store.data": [], "shell-url.pathname": path})
        job = ((started or {}).get("copilot-job") or {}).get("data")
        at_once = ((started or {}).get("copilot-history-store") or {}).get("data")
        if isinstance(job, dict) and at_once:  # complete within the question's own request
            answer = at_once[-1].get("answer") or {}
            self.stats.add("copilot answer", (time.perf_counter() - start) * 1000,
                           answer.get("note") != "error",
                           f"{question!r}: {str(answer.get('text'))[:100]}")
            return
        if not isinstance(job, dict):
            self.stats.add("copilot answer", (time.perf_counter() - start) * 1000, False,
                           f"no job for {question!r}: {str(started)[:100]}")
            return
        failures = 0
        while time.perf_counter() - start < COPILOT_ANSWER_LIMIT and failures < 3:
            await asyncio.sleep(COPILOT_POLL)
            polled = await self.callback("copilot poll", "copilot-live.children", {
                "copilot-poll.n_intervals": 1, "copilot-job.data": job,
                "copilot-history-store.data": []})
            if polled is None:  # counted as an error of the poll; the sidebar polls again
                failures += 1
                continue
            history = (polled.get("copilot-history-store") or {}).get("data")
            if history:
                answer = (history[-1].get("answer") or {})
                failed = answer.get("note") == "error"
                self.stats.add("copilot answer", (time.perf_counter() - start) * 1000,
                               not failed, f"{question!r}: {str(answer.get('text'))[:100]}")
                return
            if (polled.get("copilot-poll") or {}).get("disabled"):
                self.stats.add("copilot answer", (time.perf_counter() - start) * 1000, False,
                               f"job lost for {question!r}")
                return
        self.stats.add("copilot answer", (time.perf_counter() - start) * 1000, False,
                       f"no answer for {question!r} ({failures} failed polls)")

    async def run(self) -> None:
        await self.sign_in()
        pages = [self.overview, self.projects, self.project, self.project]
        if self.with_copilot:
            pages.append(self.copilot)
        while time.monotonic() < self.deadline:
            await random.choice(pages)()
            await asyncio.sleep(random.uniform(*self.think))
        await self.client.aclose()


def worker_memory(master: int | None) -> dict[int, float]:
    """Resident MB of each child of gunicorn's master (its workers)."""
    if master is None:
        return {}
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[1]) != master:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out[int(entry.name)] = int(line.split()[1]) / 1024
        except (OSError, IndexError, ValueError):
            continue
    return out


async def cache_counts(client: httpx.AsyncClient) -> dict[str, float]:
    text = (await client.get("/metrics")).text
    found: dict[str, float] = defaultdict(float)
    for line in text.splitlines():
        m = re.match(r'dashboard_cache_requests_total\{result="(\w+)"\} ([0-9.e+]+)', line)
        if m:
            found[m.group(1)] += float(m.group(2))
    return found


def prepare_users(url: str, count: int) -> tuple[list[str], list[str]]:
    """Managers (role manager, every portfolio) and a sample of open project keys."""
    from data import users  # noqa: PLC0415 - only the set-up touches the database
    from data.db import normalize_url  # noqa: PLC0415
    from data.schema import Portfolio, Project, ProjectForecast, User  # noqa: PLC0415

    engine = create_engine(normalize_url(url))
    names = [f"load-manager-{i:03d}" for i in range(count)]
    with engine.begin() as conn:
        from sqlalchemy.orm import Session  # noqa: PLC0415

        session = Session(bind=conn)
        portfolios = list(session.scalars(select(Portfolio.id)))
        existing = set(session.scalars(select(User.username).where(User.username.in_(names))))
        for name in names:
            if name not in existing:
                users.create_user(session, name, PASSWORD, "manager", portfolios=portfolios)
        session.flush()
        keys = list(session.scalars(
            select(Project.key).join(ProjectForecast, ProjectForecast.project_id == Project.id)
            .order_by(Project.id).limit(5000)))
    engine.dispose()
    random.Random(1).shuffle(keys)
    return names, keys[:2000]


async def main_async(args: argparse.Namespace) -> None:
    host = urlparse(args.base).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only: --base must be http://127.0.0.1:PORT")
    names, keys = prepare_users(args.url, args.users)
    async with httpx.AsyncClient(base_url=args.base, timeout=30.0) as probe:
        deps = (await probe.get("/_dash-dependencies")).json() \
            if (await probe.get("/healthz")).status_code == 200 else None
    if deps is None or isinstance(deps, dict):  # the gate wants a signed-in user for it
        first = Manager(args.base, names[0], Callbacks([]), keys, Stats(), (0, 0), 0)
        await first.sign_in()
        deps = (await first.client.get("/_dash-dependencies")).json()
        await first.client.aclose()
    callbacks = Callbacks(deps)
    stats = Stats()
    began = time.monotonic()
    deadline = began + args.warmup + args.duration
    managers = [Manager(args.base, n, callbacks, keys, stats, (args.think_min, args.think_max),
                        deadline, args.copilot) for n in names]
    tasks = []
    for m in managers:  # arrivals spread over the first five seconds
        tasks.append(asyncio.create_task(m.run()))
        await asyncio.sleep(5 / len(managers))
    await asyncio.sleep(max(0.0, began + args.warmup - time.monotonic()))
    # a client of its own: a manager's closes at the deadline, sometimes before the last read
    async with httpx.AsyncClient(base_url=args.base, timeout=30.0) as metrics_client:
        memory_start = worker_memory(args.master)
        cache_start = await cache_counts(metrics_client)
        stats.counting = True
        measured_from = time.monotonic()
        await asyncio.sleep(max(0.0, deadline - time.monotonic()))
        cache_end = await cache_counts(metrics_client)
        stats.counting = False
        measured = time.monotonic() - measured_from
        memory_end = worker_memory(args.master)
    await asyncio.gather(*tasks, return_exceptions=True)
    report(stats, measured, memory_start, memory_end, cache_start, cache_end, args)


def report(stats: Stats, seconds: float, memory_start: dict[int, float],
           memory_end: dict[int, float], cache_start: dict[str, float],
           cache_end: dict[str, float], args: argparse.Namespace) -> None:
    requests = {k: v for k, v in stats.times.items() if k not in NOT_REQUESTS}
    total = sum(len(v) for v in requests.values())
    errors = sum(stats.errors.values())
    print(f"{args.users} managers, {args.warmup:.0f} s warm-up, {seconds:.0f} s measured: "
          f"{total:,} requests ({total / seconds:.1f}/s), {errors} errors; load average "
          f"{' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    print(f"{'request':26} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for kind in sorted(stats.times):
        values = stats.times[kind]
        print(f"{kind:26} {len(values):6d} {statistics.median(values):8.0f} "
              f"{pct(values, 0.95):8.0f} {pct(values, 0.99):8.0f} {stats.errors[kind]:6d}")
    every = [v for values in requests.values() for v in values]  # requests only
    if every:
        print(f"{'all':26} {len(every):6d} {statistics.median(every):8.0f} "
              f"{pct(every, 0.95):8.0f} {pct(every, 0.99):8.0f} {errors:6d}")
    delta = {k: cache_end.get(k, 0) - cache_start.get(k, 0) for k in cache_end}
    looked = sum(delta.get(k, 0) for k in ("hit", "miss", "waited"))
    if looked:
        print(f"cache: {delta.get('hit', 0):.0f} hits, {delta.get('waited', 0):.0f} waited for "
              f"another request's result, {delta.get('miss', 0):.0f} misses: hit ratio "
              f"{(delta.get('hit', 0) + delta.get('waited', 0)) / looked:.0%}")
    for pid in sorted(set(memory_start) | set(memory_end)):
        a, b = memory_start.get(pid), memory_end.get(pid)
        growth = f"{(b - a) / a:+.0%}" if a and b else "(worker restarted)"
        print(f"worker {pid}: {a or 0:.0f} MB -> {b or 0:.0f} MB {growth}")
    for sample in stats.error_samples:
        print("error:", sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8071")
    parser.add_argument("--url", required=True, help="the served database (users are made)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--warmup", type=float, default=30)
    parser.add_argument("--duration", type=float, default=120)
    parser.add_argument("--think-min", type=float, default=1.0)
    parser.add_argument("--think-max", type=float, default=3.0)
    parser.add_argument("--master", type=int, help="gunicorn master pid (worker memory)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--copilot", action=argparse.BooleanOptionalAction, default=True,
                        help="one action in five is a copilot question (--no-copilot: pages only)")
    args = parser.parse_args()
    if args.duration > 300 or args.warmup > 120:
        raise SystemExit("bounded: at most 120 s of warm-up and 300 s measured")
    random.seed(args.seed)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
