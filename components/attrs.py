"""HTML attributes Dash's typed components take only as ``**kwargs`` (``aria-*``, ``data-*``)."""

from __future__ import annotations

from typing import Any


def attrs(values: dict[str, Any]) -> Any:
    """``**attrs({"aria-label": ...})``: hyphenated attributes, typed loosely on purpose (the
    components' stubs list every keyword's type, and a hyphenated one is none of them)."""
    return values
