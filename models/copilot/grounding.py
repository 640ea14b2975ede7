"""Whether a model's answer is grounded in the tool results: every number and date it states
comes from them (or from the question), and it carries at least one of the answer's key facts
(the count, the value, or one of the items). An answer that fails is replaced by the data
answer, so a model can phrase the facts but never change them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from models.copilot.tools import ToolResult

_KEY = re.compile(r"\b[A-Za-z][A-Za-z0-9]{0,11}-\d{1,6}\b")
_ISO = re.compile(r"\b\d{4}-\d\d-\d\d\b")
_NUMBER = re.compile(r"(?<![\w.\-/])\d[\d,]*(?:\.\d+)?(?![\w\-/]|\.\d)")
_LIST_MARKER = re.compile(r"(?m)^\s*\d+[.)]\s")


def _numbers(text: str) -> set[float]:
    text = _LIST_MARKER.sub(" ", _ISO.sub(" ", _KEY.sub(" ", text)))
    out: set[float] = set()
    for raw in _NUMBER.findall(text):
        try:
            out.add(round(float(raw.replace(",", "")), 4))
        except ValueError:
            continue
    return out


def _flatten(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(f"{k} {_flatten(v)}" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return " ".join(_flatten(v) for v in value)
    if isinstance(value, float):
        return f"{value} {round(value * 100)} {round(value * 100, 1)}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def unsupported(text: str, source: str) -> list[str]:
    """The numbers and ISO dates ``text`` states that ``source`` does not hold (0 and 1 pass:
    "one project", "no project"). Project keys and list markers are not numbers. Used for the
    copilot's answers and for the reports' narratives alike."""
    allowed = _numbers(source)
    missing = [f"{n:g}" for n in sorted(_numbers(text)) if n not in allowed and n not in {0.0, 1.0}]
    dates = set(_ISO.findall(source))
    return missing + [d for d in _ISO.findall(text) if d not in dates]


def grounded(text: str, floor: Any, results: list[ToolResult], measure: str = "") -> bool:
    """The model's ``text`` against the data answer ``floor`` and every tool result; a cause
    must come with one cause's numbers, a quote with the quoted words."""
    source = " ".join([floor.question, floor.interpretation, floor.text,
                       *(r.text for r in results), *(_flatten(r.result) for r in results),
                       *(_flatten(r.data) for r in results)])
    if unsupported(text, source):
        return False
    if measure == "cause":
        return _has_a_cause(text, results)
    if measure == "text":
        return _has_the_quote(text, floor)
    return _has_key_fact(text, floor.result)


def _has_a_cause(text: str, results: list[ToolResult]) -> bool:
    """At least one cause line of the ``why`` tool with all of its numbers."""
    stated = _numbers(text)
    lines = [line for r in results if r.name == "why" for line in r.text.splitlines()
             if line.startswith("- ")]
    with_numbers = [_numbers(line) for line in lines if _numbers(line) - {0.0, 1.0}]
    if not with_numbers:
        return True
    return any(numbers <= stated for numbers in with_numbers)


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_>“”\"]", " ", text).split()).casefold()


def _has_the_quote(text: str, floor: Any) -> bool:
    """The first quoted passage's opening words (what a document answer is for)."""
    quotes = [c.snippet for c in floor.citations if getattr(c, "snippet", "")]
    if not quotes:
        return True
    first = _plain(quotes[0].split(" … ")[0])[:60]
    return first in _plain(text)


def _has_key_fact(text: str, result: dict[str, Any]) -> bool:
    if not result:
        return True
    folded = text.casefold()
    facts: list[str] = []
    if result.get("count") is not None:
        facts.append(str(result["count"]))
    value = result.get("value")
    if isinstance(value, float) and value <= 1.0:
        facts += [f"{round(value * 100)}%", f"{round(value * 100)} %", str(value)]
    elif value is not None:
        facts.append(str(value))
    facts += [str(i) for i in (result.get("items") or [])[:3]]
    facts += [str(k) for k in (result.get("groups") or {})][:3]
    if not facts:
        return True
    return any(re.search(rf"(?<![\w.]){re.escape(f.casefold())}(?![\w])", folded) for f in facts)
