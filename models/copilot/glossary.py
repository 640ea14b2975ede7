"""What a word means on this dashboard, quoted from ``docs/metrics.md``: the one place each
concept is defined, so the copilot's "what does at risk mean" is the docs' sentence, word for
word, never a second definition."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from models.copilot.tools import ToolContext, ToolResult

METRICS = Path(__file__).resolve().parents[2] / "docs" / "metrics.md"
# other words for a concept, as people ask ("utilisation" is the load)
ALIASES = {
    "load": ("utilisation", "utilization", "workload", "allocation", "busy"),
    "free and with room": ("free", "with room", "room", "capacity", "available", "availability",
                           "spare capacity", "bandwidth"),
    "over-allocated": ("overallocated", "over allocated", "overbooked", "overloaded"),
    "on-time rate": ("on time rate", "on-time record", "on time record", "delivery rate",
                     "on-time delivery"),
    "finish dates": ("p50", "p85", "p95", "expected finish", "finish date", "eta",
                     "expected finish date", "median date"),
    "p(on time)": ("chance", "chance of finishing on time", "probability", "p on time",
                   "likelihood"),
    "trust": ("confidence", "forecast trust"),
    "health": ("rag", "rag status", "status colour", "status color"),
    "throughput": ("velocity", "burn rate of work"),
    "progress": ("percent done", "% done", "percent complete", "completion"),
    "open work per person": ("short-staffed", "shortage", "skills shortage"),
    "blocked": ("stuck", "stalled", "frozen"),
    "finished on time / finished late": ("finished on time", "finished late", "delivered late"),
}
ROW = re.compile(r"^\|\s*\*\*(?P<name>[^*]+)\*\*(?P<rest>[^|]*)\|\s*(?P<text>[^|]+)\|")


@functools.lru_cache(maxsize=1)
def definitions() -> dict[str, tuple[str, str]]:
    """Each concept of docs/metrics.md's table: {key: (name as written, definition)}; empty
    when the docs are not installed beside the code."""
    try:
        lines = METRICS.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for line in lines:
        m = ROW.match(line)
        if m is None:
            continue
        name = (m["name"] + m["rest"]).replace("**", "").strip()
        key = re.sub(r"\s+\(.*?\)\s*$", "", m["name"]).strip().lower()  # not "P(on time)"
        found[key] = (name, m["text"].strip())
    return found


def _key(term: str) -> str | None:
    said = re.sub(r"^(?:the|a|an)\s+|[\"“”'‘’?.!]", "", term.strip().lower()).strip()
    said = re.sub(r"\s+(?:in|on)\s+(?:this|the)\s+(?:dashboard|app|tool|copilot|data)$|\s+here$",
                  "", said).strip()
    known = definitions()
    if said in known:
        return said
    for key, others in ALIASES.items():
        if said == key or said in others:
            return next((k for k in known if k.startswith(key.split(" and ")[0])), None)
    return next((k for k in known if said and (said == k.split(" / ")[0] or said in
                                               k.split(" and "))), None)


def known(term: str) -> bool:
    """Whether ``term`` names a concept the docs define."""
    return _key(term) is not None


def define(ctx: ToolContext, terms: list[str], **_: Any) -> ToolResult:
    """docs/metrics.md's definition of each term asked about ("late", "at risk")."""
    lines, missing = [], []
    for term in terms[:3]:
        key = _key(term)
        if key is None:
            missing.append(term)
            continue
        name, text = definitions()[key]
        lines.append(f"**{name}**: {text}")
    if not lines:
        return ToolResult("define", {}, "The dashboard's definitions do not name "
                          + ", ".join(f"“{t}”" for t in missing) + ".", error="not_found")
    lines.append("(From the dashboard's definitions, docs/metrics.md: every page, report and "
                 "answer uses them.)")
    return ToolResult("define", {}, "\n\n".join(lines), {"terms": terms}, [],
                      result={"subject": "definitions", "items": [t for t in terms
                                                                  if t not in missing]})
