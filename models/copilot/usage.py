"""Usage metrics: one JSON line per model call or answer, under the data directory.

A file is shared by every worker process on the machine, survives restarts and needs no schema.
It is rotated at a size limit; the AI usage view aggregates the most recent lines.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Any

from models.copilot.llm import UsageEvent

MAX_BYTES = 5_000_000


class UsageLog:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def record(self, event: UsageEvent) -> None:
        line = json.dumps(asdict(event)) + "\n"
        with self._lock:
            try:
                if self.path.exists() and self.path.stat().st_size > MAX_BYTES:
                    self.path.replace(self.path.with_suffix(".1.jsonl"))
                with self.path.open("a", encoding="utf-8") as handle:
                    handle.write(line)
            except OSError:
                pass  # metrics must never break an answer

    def events(self, since: float | None = None, limit: int = 20000) -> list[UsageEvent]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()[-limit:]
        except OSError:
            return []
        out = []
        for line in lines:
            try:
                event = UsageEvent(**json.loads(line))
            except (ValueError, TypeError):
                continue
            if since is None or event.at >= since:
                out.append(event)
        return out

    def summary(self, hours: float = 24.0) -> list[dict[str, Any]]:
        """Per task and model: calls, errors, latency percentiles, tokens and tokens/s."""
        groups: dict[tuple[str, str], list[UsageEvent]] = defaultdict(list)
        for event in self.events(since=time.time() - hours * 3600):
            groups[(event.task, event.model)].append(event)
        rows = []
        for (task, model), events in sorted(groups.items()):
            latencies = sorted(e.latency_ms for e in events)
            rates = [e.tokens_per_s for e in events if e.tokens_per_s > 0]
            rows.append({
                "task": task, "model": model, "calls": len(events),
                "errors": sum(1 for e in events if not e.ok),
                "p50_ms": round(statistics.median(latencies), 1),
                "p95_ms": round(latencies[min(len(latencies) - 1,
                                              int(0.95 * len(latencies)))], 1),
                "tokens": sum(e.output_tokens for e in events),
                "tokens_per_s": round(statistics.mean(rates), 1) if rates else 0.0,
            })
        return rows
