"""The question records of a split, loaded and checked for shape.

A record is ``{"id", "split", "persona", "category", "question", "expect"}`` plus an optional
``page`` (the path the question is asked from, e.g. "/projects/PRJ-0042" for "this project").
"""

from __future__ import annotations

import importlib
from typing import Any

SPLITS = ("dev", "paraphrase", "unseen", *(f"unseen{n}" for n in range(2, 94)))
# Splits nobody working on the copilot has read question by question: only their figures are
# reported (each session's note). Scripts that look at questions (``copilot_invariance``) skip
# them.
HELD_OUT = ("unseen52", "unseen54", "unseen58", "unseen60", "unseen62", "unseen64", "unseen65",
            "unseen67", "unseen69", "unseen72", "unseen74", "unseen76", "unseen78",
            "unseen80", "unseen83", "unseen87", "unseen91", "unseen92", "unseen93")
CATEGORIES = ("counts", "lists", "periods", "rankings", "comparisons", "people", "skills",
              "changes", "causes", "forecasts", "typos", "languages", "unanswerable",
              "ambiguous", "documents")
PERSONAS = ("director", "team_lead", "resource_manager", "new_hire", "finance")
FIELDS = {"id", "split", "persona", "category", "question", "expect", "page"}


def questions(split: str) -> list[dict[str, Any]]:
    """The question records of a split, checked for shape (ids unique, known categories)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: one of {', '.join(SPLITS)}")
    records = list(importlib.import_module(f"{__package__}.{split}").QUESTIONS)
    seen: set[str] = set()
    for q in records:
        problems = [f"unknown field {k}" for k in set(q) - FIELDS]
        problems += [f"missing {k}" for k in FIELDS - {"page"} - set(q)]
        if q.get("split") != split:
            problems.append(f"split {q.get('split')!r} in {split}.py")
        if q.get("category") not in CATEGORIES:
            problems.append(f"category {q.get('category')!r}")
        if q.get("persona") not in PERSONAS:
            problems.append(f"persona {q.get('persona')!r}")
        if q.get("id") in seen:
            problems.append("duplicate id")
        seen.add(q.get("id"))
        if problems:
            raise ValueError(f"question {q.get('id')}: {'; '.join(problems)}")
    return records
