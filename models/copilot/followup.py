"""Follow-up questions: "and for Data Platform?", "what about last month", "same for Hugo
Lopez" reuse the previous question with the new filter put in place of the old one.

A question is a follow-up when it opens with a follow-up cue ("and", "what about", "how about",
"same for") or when it names only filters (a portfolio, a person, a project, a skill, a period,
a status or health word) and asks nothing of its own (no subject, no measure). The previous
question is rewritten, not re-planned from memory: the merged question is routed like any other,
so the interpretation line shows exactly what was answered, and the confidence gate still
applies to it.
"""

from __future__ import annotations

import re

from models.copilot.periods import Period
from models.copilot.resolve import Mention

CUES = re.compile(r"^\s*(?:and\s+(?:what|how)\s+about|what\s+about|how\s+about|and\s+for|"
                  r"and\s+in|and\s+(?:the\s+)?same\s+for|same\s+(?:for|but(?:\s+for)?)|"
                  r"now\s+for|then\s+for|and)\b[\s,:]*", re.IGNORECASE)
MAX_FOLLOWUP_WORDS = 8
SWAPPABLE = {"portfolio", "person", "project", "skill", "role"}


def cue(question: str) -> str | None:
    """The rest of the question after a follow-up cue, or ``None`` when it has none."""
    found = CUES.match(question)
    if not found:
        return None
    rest = question[found.end():].strip(" ?.!")
    return rest if rest else None


def merge(previous: str, prev_mentions: list[Mention], prev_periods: list[Period],
          prev_spans: list[tuple[int, int]], new_text: str, new_mentions: list[Mention],
          new_periods: list[Period], new_spans: list[tuple[int, int]],
          new_filters: list[tuple[str, tuple[int, int]]],
          prev_filters: list[tuple[str, tuple[int, int]]]) -> str:
    """The previous question (normalized text) with the follow-up's filters put in place of
    the same kind of filter, or added at the end.

    ``*_spans`` are the character spans of each mention's tokens; ``*_filters`` are
    (family, span) of status, health and priority words."""
    edits: list[tuple[int, int, str]] = []
    additions: list[str] = []
    used_prev: set[int] = set()
    for m, span in zip(new_mentions, new_spans, strict=True):
        kind = _kind(m.kind)
        if kind not in SWAPPABLE:
            continue
        text = new_text[span[0]:span[1]]
        target = next((i for i, p in enumerate(prev_mentions)
                       if _kind(p.kind) == kind and i not in used_prev), None)
        if target is not None:
            used_prev.add(target)
            edits.append((*prev_spans[target], text))
        else:
            additions.append(_joined(kind, text))
    for i, p in enumerate(new_periods):
        text = new_text[p.span[0]:p.span[1]]
        if i < len(prev_periods):
            edits.append((*prev_periods[i].span, text))
        else:
            additions.append(text)
    for family, span in new_filters:
        text = new_text[span[0]:span[1]]
        target_span = next((s for f, s in prev_filters if f == family), None)
        if target_span is not None:
            edits.append((*target_span, text))
        else:
            additions.append(text)
    out = previous
    for start, end, text in sorted(edits, key=lambda e: -e[0]):
        out = out[:start] + text + out[end:]
    if additions:
        out = out.rstrip(" ?.!") + " " + " ".join(additions) + "?"
    return " ".join(out.split())


def _kind(kind: str) -> str:
    return {"first_name": "person", "last_name": "person", "project_part": "project"}.get(kind,
                                                                                        kind)


def _joined(kind: str, text: str) -> str:
    return {"portfolio": f"in {text}", "person": f"for {text}", "project": f"for {text}",
            "skill": f"with {text}", "role": f"who are {text}"}.get(kind, text)
