"""Held-out split unseen5: being written (see the helper's commit)."""

from __future__ import annotations

from typing import Any

SPLIT = "unseen5"
QUESTIONS: list[dict[str, Any]] = []
