"""Held-out split unseen6: being written (see the helper's commit)."""

from __future__ import annotations

from typing import Any

SPLIT = "unseen6"
QUESTIONS: list[dict[str, Any]] = []
