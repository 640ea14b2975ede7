"""Checking tool arguments against their JSON schema before anything runs.

Arguments come from a model (or, through it, from document text), so they are untrusted: unknown
fields, wrong types, out-of-range numbers and malformed keys are rejected with a message the model
can act on. Numbers and booleans sent as strings are accepted, as small models often do that.
"""

from __future__ import annotations

import re
from typing import Any


def _coerce(name: str, value: Any, spec: dict[str, Any], errors: list[str]) -> Any:
    kind = spec.get("type")
    if value is None:
        errors.append(f"{name}: must not be null")
        return None
    if kind == "integer":
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            value = int(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(f"{name}: must be a whole number")
            return None
    elif kind == "number":
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", value):
            value = float(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            errors.append(f"{name}: must be a number")
            return None
        value = float(value)
    elif kind == "array":
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            value = [value]  # small models often send one value where a list is asked for
        if not isinstance(value, list):
            errors.append(f"{name}: must be a list")
            return None
        if len(value) > spec.get("maxItems", 50):
            errors.append(f"{name}: at most {spec.get('maxItems', 50)} values")
            return None
        items = [_coerce(f"{name}[{i}]", v, spec.get("items", {}), errors)
                 for i, v in enumerate(value)]
        return None if any(v is None for v in items) else items
    elif kind == "boolean":
        if isinstance(value, str) and value.lower() in ("true", "false"):
            value = value.lower() == "true"
        if not isinstance(value, bool):
            errors.append(f"{name}: must be true or false")
            return None
    elif kind == "string":
        if not isinstance(value, str):
            errors.append(f"{name}: must be text")
            return None
        value = value.strip()
        if len(value) > spec.get("maxLength", 500):
            errors.append(f"{name}: is too long")
            return None
        if "pattern" in spec and not re.fullmatch(spec["pattern"], value):
            errors.append(f"{name}: '{value[:40]}' is not in the expected form")
            return None
    if "enum" in spec and value not in spec["enum"]:
        errors.append(f"{name}: must be one of {', '.join(map(str, spec['enum']))}")
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        low, high = spec.get("minimum"), spec.get("maximum")
        if (low is not None and value < low) or (high is not None and value > high):
            errors.append(f"{name}: must be between {low} and {high}")
            return None
    return value


def validate(schema: dict[str, Any], args: Any) -> tuple[dict[str, Any], list[str]]:
    """Clean arguments and every problem found (empty when the call may run)."""
    if args is None:
        args = {}
    if not isinstance(args, dict):
        return {}, ["arguments must be an object"]
    props: dict[str, Any] = schema.get("properties", {})
    errors: list[str] = []
    clean: dict[str, Any] = {}
    for name in args:
        if name not in props:
            errors.append(f"{name}: unknown argument")
    for name in schema.get("required", []):
        if args.get(name) in (None, ""):
            errors.append(f"{name}: is required")
    for name, spec in props.items():
        if name in args and args[name] not in (None, ""):
            value = _coerce(name, args[name], spec, errors)
            if value is not None:
                clean[name] = value
    return clean, errors
