"""Scoring one copilot answer against its expected answer: exact, partial, wrong, clarified or
refused.

The answer contract (read with ``getattr`` so today's copilot, which lacks the new fields, is
scored too): ``kind`` ("answer" | "clarify" | "refuse"), ``interpretation``, ``choices``,
``result`` (``subject``, ``count``, ``items``, ``value``, ``groups``) and ``text`` (Markdown).
The structured ``result`` is preferred; without one the Markdown is read instead (a count is the
first number of the first line, a list is the identifiers named anywhere in the text), so the
figures stay honest for a copilot that only writes prose.

Rules: a clarification or a refusal is never "wrong" (it is reported apart), except that it is
"exact" where one was expected. Where a clarification or refusal was expected, any answer is
wrong. A list is exact when it is the whole expected set (``items`` must carry every match, the
Markdown may show fewer), partial when it is a strict subset, wrong when it names anything else
or states a different count. A ranking is exact when its first k items have the expected measure
values in order (ties may come in any order), partial when only the first one is right.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

VERDICTS = ("exact", "partial", "wrong", "clarified", "refused")
KEY = re.compile(r"\b[A-Z][A-Z0-9]{0,11}-\d{1,6}\b")
# Refusals of a copilot without a ``kind`` field, recognised by how it words them.
REFUSAL = re.compile(
    r"^\W*(?:i don't know|i do not know|i can't|i cannot|i'm not able|i am not able|sorry|"
    r"i only (?:understand|speak|answer)|that is not in the data|no data (?:on|about))",
    re.IGNORECASE)
ENGLISH_NOTE = re.compile(r"\benglish\b", re.IGNORECASE)
SUBJECT_WORDS = (r"projects?|people|persons?|members?|work items?|items?|tasks?|documents?|"
                 r"portfolios?|skills?|owners?|notes?|minutes|specs?")
COMPATIBLE = {"owners": {"owners", "people"}, "people": {"people", "owners"}}
# Skill names that are ordinary English words are not looked for in prose.
PROSE_WORDS = {"c", "go", "product", "research", "testing", "automation", "security",
               "analytics", "hardware"}


@dataclass
class Verdict:
    grade: str  # one of VERDICTS
    got: str = ""  # what was read from the answer, for --show-wrong


@dataclass
class Vocabulary:
    """Names the prose fallback looks for, per subject."""

    people: list[str]
    owners: list[str]
    portfolios: list[str]
    skills: list[str]

    def names(self, subject: str) -> list[str]:
        if subject in ("people", "owners"):
            return sorted(set(self.people) | set(self.owners), key=len, reverse=True)
        if subject == "portfolios":
            return sorted(self.portfolios, key=len, reverse=True)
        if subject == "skills":
            return [s for s in sorted(self.skills, key=len, reverse=True)
                    if s not in PROSE_WORDS]
        return []


def _plain(text: str) -> str:
    """Markdown to text: links keep their label, emphasis goes."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text or "")
    return text.replace("**", "").replace("__", "").replace("`", "")


def kind_of(answer: Any) -> str:
    kind = getattr(answer, "kind", None)
    if kind in ("answer", "clarify", "refuse"):
        return kind
    text = _plain(getattr(answer, "text", "") or "").strip()
    return "refuse" if REFUSAL.search(text) else "answer"


def result_of(answer: Any) -> dict[str, Any]:
    result = getattr(answer, "result", None)
    return result if isinstance(result, dict) else {}


MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
LONG_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}}\b|"
                       rf"\b(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}\b", re.IGNORECASE)
NOUNS = {"projects": r"projects?", "people": r"people|persons?|members?|engineers?|folks",
         "owners": r"owners?|people", "work_items": r"work items?|items?|tasks?",
         "documents": r"documents?|docs?|notes?|minutes|specs?|specifications?",
         "portfolios": r"portfolios?", "skills": r"skills?"}
LIST_MARKER = re.compile(r"^\s*(?:\d+\.|[-*\u2022])\s")


def _numbers(line: str) -> list[float]:
    """Standalone numbers of a line, leaving out keys (PRJ-0042), dates and times."""
    line = LONG_DATE.sub(" ", KEY.sub(" ", line))
    line = re.sub(r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b", " ", line)
    return [float(m.replace(",", "")) for m in
            re.findall(r"(?<![\w.\-/])\d[\d,]*(?:\.\d+)?(?![\w\-/]|\.\d)", line)]


def _stated_count(text: str, subject: str, strict: bool = False) -> int | None:
    """The count a prose answer states: '12 late projects' (or 'no late projects') in its first
    line, else a label such as 'Documents: 3' anywhere, else (unless ``strict``, and unless the
    first line is a list item) the first number of the first line."""
    plain = _plain(text).strip()
    first = LONG_DATE.sub(" ", KEY.sub(" ", plain.split("\n", 1)[0]))
    match = re.search(rf"(?<![\w.\-])(\d[\d,]*)\s+(?:[\w-]+\s+){{0,2}}(?:{SUBJECT_WORDS})\b",
                      first, re.IGNORECASE)
    if match:
        return int(match.group(1).replace(",", ""))
    if re.search(rf"\b(?:no|zero)\s+(?:[\w-]+\s+){{0,2}}(?:{SUBJECT_WORDS})\b|"
                 r"\b(?:none|nobody|no one)\b", first, re.IGNORECASE):
        return 0
    nouns = NOUNS.get(subject)
    label = nouns and re.search(rf"^\W*(?:{nouns})\s*:\s*(\d+)\b", plain,
                                re.IGNORECASE | re.MULTILINE)
    if label:
        return int(label.group(1))
    if strict or LIST_MARKER.match(first):
        return None
    numbers = _numbers(first)
    return int(numbers[0]) if numbers and numbers[0].is_integer() else None


def _mentions(text: str, subject: str, vocab: Vocabulary) -> list[str]:
    """Identifiers of a subject named in prose, in order of first mention."""
    plain = _plain(text)
    if subject == "projects":
        found = KEY.findall(plain)
    else:
        spans: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        for name in vocab.names(subject):
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", plain, re.IGNORECASE):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # part of a longer name already found
                taken.append(m.span())
                spans.append((m.start(), name))
        found = [name for _, name in sorted(spans)]
    return list(dict.fromkeys(found))


def _norm(items: Iterable[Any]) -> list[str]:
    return [str(i).strip().casefold() for i in items]


def _group_key(name: Any) -> str:
    """'On hold', 'on_hold' and 'on-hold' are one group."""
    return " ".join(re.sub(r"[_\-]", " ", str(name)).casefold().split())


def score(expected: Any, answer: Any, vocab: Vocabulary) -> Verdict:
    """Grade one answer (see the module docstring)."""
    kind = kind_of(answer)
    etype = expected.type
    if etype in ("clarify", "refuse"):
        if kind in ("clarify", "refuse"):
            return Verdict("exact", kind)
        return Verdict("wrong", "answered: " + _first_line(answer))
    if etype == "language":
        return _language(expected, answer, kind, vocab)
    if kind == "clarify":
        return Verdict("clarified", "choices: " + ", ".join(map(str, getattr(answer, "choices",
                                                                                [])[:6])))
    if kind == "refuse":
        return Verdict("refused", _first_line(answer))
    return _answer(expected, answer, vocab)


def _first_line(answer: Any) -> str:
    return _plain(getattr(answer, "text", "") or "").strip().split("\n", 1)[0][:160]


def _language(expected: Any, answer: Any, kind: str, vocab: Vocabulary) -> Verdict:
    text = getattr(answer, "text", "") or ""
    if expected.inner is None:
        if kind in ("refuse", "clarify"):
            return Verdict("exact", kind)
        if ENGLISH_NOTE.search(text) and not _numbers(_plain(text)):
            return Verdict("exact", "English notice")
        return Verdict("wrong", "answered: " + _first_line(answer))
    if kind in ("refuse", "clarify"):
        return Verdict("refused" if kind == "refuse" else "clarified", _first_line(answer))
    inner = _answer(expected.inner, answer, vocab)
    if inner.grade == "exact" and not ENGLISH_NOTE.search(text):
        return Verdict("partial", inner.got + " (no English-only notice)")
    return inner


def _answer(expected: Any, answer: Any, vocab: Vocabulary) -> Verdict:
    result = result_of(answer)
    text = getattr(answer, "text", "") or ""
    subject = result.get("subject")
    if (subject and expected.subject and expected.type in ("count", "list", "top")
            and subject not in COMPATIBLE.get(expected.subject, {expected.subject})):
        return Verdict("wrong", f"subject {subject}")
    return {"count": _count, "list": _list, "top": _top, "value": _value, "groups": _groups,
            "cause": _cause, "about": _about, "text": _text}[expected.type](expected, result,
                                                                            text, vocab)


def _count(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    got = result.get("count")
    if got is None and isinstance(result.get("value"), int | float):
        got = result["value"]
    if got is None and isinstance(result.get("items"), list):
        got = len(result["items"])
    if got is None and not result:
        got = _stated_count(text, expected.subject)
    if got is None:
        return Verdict("wrong", "no count")
    return Verdict("exact" if int(got) == expected.count else "wrong", f"count {got}")


def _list(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    if "items" in result:
        items, count = [str(i) for i in result["items"]], result.get("count")
    elif result and result.get("count") is not None:
        items, count = [], result["count"]
    else:
        items = _mentions(text, expected.subject, vocab)
        count = _stated_count(text, expected.subject, True)
    want, got = set(_norm(expected.items)), set(_norm(items))
    shown = f"{count if count is not None else '?'} / {items[:12]}"
    if not want:  # "none": only an explicit zero (or an explicitly empty list) is right
        empty = count == 0 or ("items" in result and count is None)
        return Verdict("exact" if empty and not got else "wrong", shown)
    if count is not None and int(count) != len(want):
        return Verdict("wrong", shown)
    if got - want:
        return Verdict("wrong", f"{shown}; not expected: {sorted(got - want)[:6]}")
    if got == want:
        return Verdict("exact", shown)
    if got:
        return Verdict("partial", shown)
    return Verdict("wrong", shown)


def _top(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    items = [str(i) for i in result["items"]] if "items" in result else _mentions(
        text, expected.subject, vocab)
    values = {k.casefold(): v for k, v in expected.ranked}
    k = min(expected.k, len(expected.ranked))
    want = [v for _, v in expected.ranked[:k]]
    got = [values.get(i.casefold()) for i in items[:k]]
    shown = str(items[:max(k, 3)])
    if not items or got[0] is None:
        return Verdict("wrong", shown)
    if len(items) >= k and len(set(_norm(items[:k]))) == k and all(
            g is not None and math.isclose(g, w, abs_tol=1e-9) for g, w in zip(got, want,
                                                                                strict=True)):
        return Verdict("exact", shown)
    if math.isclose(got[0], want[0], abs_tol=1e-9) and all(g is not None for g in got):
        return Verdict("partial", shown)
    return Verdict("wrong", shown)


def _same_value(got: Any, want: Any, tolerance: float) -> bool:
    if isinstance(want, dt.date):
        try:
            return dt.date.fromisoformat(str(got)[:10]) == want
        except ValueError:
            return False
    if isinstance(want, str):
        return str(got).strip().casefold() == want.casefold()
    try:
        number = float(got)
    except (TypeError, ValueError):
        return False
    scale = (1.0, 100.0) if tolerance else (1.0,)  # a share may come as 0.42 or as 42 (%)
    return any(math.isclose(number / s, float(want), abs_tol=tolerance or 1e-9) for s in scale)


def _date_forms(day: dt.date) -> list[str]:
    return [day.isoformat(), f"{day.day} {day:%B %Y}", f"{day:%d %B %Y}", f"{day:%B} {day.day}",
            f"{day.day} {day:%b} {day:%Y}", f"{day:%b} {day.day}"]


def _value(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    want, tol = expected.value, expected.tolerance
    if "value" in result:
        got = result["value"]
        if _same_value(got, want, tol):
            return Verdict("exact", f"value {got}")
        if any(_same_value(got, v, tol) for v in expected.partial_values):
            return Verdict("partial", f"value {got}")
        return Verdict("wrong", f"value {got}")
    plain = _plain(text)
    if isinstance(want, dt.date):
        if any(f.casefold() in plain.casefold() for f in _date_forms(want)):
            return Verdict("exact", "date in text")
        if any(f.casefold() in plain.casefold() for v in expected.partial_values
               for f in _date_forms(v)):
            return Verdict("partial", "other forecast date in text")
        return Verdict("wrong", _short(plain))
    if isinstance(want, str):
        found = re.search(rf"(?<!\w){re.escape(want)}(?!\w)", plain, re.IGNORECASE)
        return Verdict("exact" if found else "wrong", _short(plain))
    if tol:  # a share: look for it as a percentage
        pcts = [float(p) for p in re.findall(r"(\d+(?:\.\d+)?)\s*%", plain)]
        if any(abs(p - 100 * want) <= 100 * tol + 0.5 for p in pcts):
            return Verdict("exact", f"percentages {pcts[:5]}")
        return Verdict("wrong", f"percentages {pcts[:5]}")
    first = LONG_DATE.sub(" ", KEY.sub(" ", plain.split("\n", 1)[0]))
    if expected.unit:  # '401 points': the number that carries the unit asked for
        with_unit = [float(n.replace(",", "")) for n in re.findall(
            rf"(?<![\w.\-])(\d[\d,]*)\s+(?:[\w-]+\s+)?(?:{expected.unit})\b", first,
            re.IGNORECASE)]
        if with_unit:
            ok = any(math.isclose(n, float(want), abs_tol=1e-9) for n in with_unit)
            return Verdict("exact" if ok else "wrong", f"{expected.unit}: {with_unit[:5]}")
    numbers = _numbers(first)
    if numbers and math.isclose(numbers[0], float(want), abs_tol=1e-9):
        return Verdict("exact", f"numbers {numbers[:5]}")
    return Verdict("wrong", f"numbers {numbers[:5]}")


def _groups(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    want = {_group_key(k): v for k, v in expected.groups.items()}
    if isinstance(result.get("groups"), dict):
        got = {_group_key(k): v for k, v in result["groups"].items()}
    else:
        got = _groups_in_text(text, expected.groups)
    right = contradicted = missing = 0
    for name, value in want.items():
        if name not in got:
            missing += value != 0
            continue
        if _same_value(got[name], value, 0.01 if not float(value).is_integer() else 0.0):
            right += 1
        else:
            contradicted += 1
    shown = str(dict(list(got.items())[:8]))
    if contradicted or not right and missing:
        return Verdict("wrong", shown)
    if not missing:
        return Verdict("exact", shown)
    return Verdict("partial", shown)


def _groups_in_text(text: str, groups: dict[str, float]) -> dict[str, float]:
    """'Data Platform: 3' or '- Devices (2 late)': the first number after a group's name on a
    line naming it."""
    out: dict[str, float] = {}
    for line in _plain(text).split("\n"):
        folded = _group_key(line)
        for name in map(_group_key, groups):
            match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded)
            if not match or name in out:
                continue
            numbers = _numbers(folded[match.end():])
            if numbers:
                out[name] = numbers[0]
    return out


def _cause(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    plain = _plain(text)
    named = expected.key in KEY.findall(plain) or expected.key in [
        str(i) for i in result.get("items", [])]
    if not named:
        return Verdict("wrong", f"{expected.key} not named; {KEY.findall(plain)[:4]}")
    hits = [c for c, pattern in expected.causes if re.search(pattern, plain, re.IGNORECASE)]
    return Verdict("exact" if hits else "partial", f"causes found: {hits}")


def _about(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    """Any answer about the project: it names it, and no other project."""
    keys = list(dict.fromkeys([str(i) for i in result.get("items", []) if KEY.fullmatch(str(i))]
                              + KEY.findall(_plain(text))))
    if expected.key not in keys:
        return Verdict("wrong", f"projects named: {keys[:4]}")
    return Verdict("exact" if keys == [expected.key] else "partial", f"projects named: {keys[:4]}")


def _text(expected: Any, result: dict, text: str, vocab: Vocabulary) -> Verdict:
    plain = " ".join(_plain(text).split()).casefold()
    hits = [t for t in expected.texts if " ".join(t.split()).casefold() in plain]
    if len(hits) == len(expected.texts):
        return Verdict("exact", "quoted")
    cited = expected.evidence and all(e.casefold() in plain for e in expected.evidence)
    if hits or cited:  # some of it, or the right document without the passage asked for
        return Verdict("partial", ("right document, not quoted: " if cited else "") + _short(plain))
    return Verdict("wrong", _short(plain))


def _short(text: str) -> str:
    return " ".join(text.split())[:160]
