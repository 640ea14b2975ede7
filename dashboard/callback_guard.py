"""What a Dash callback POST must look like before Dash touches it.

Dash indexes the body without checking it: an unknown ``output``, a missing ``inputs`` list or a
wrong count of values is a ``KeyError`` or ``IndexError`` deep inside, i.e. a 500. Here the body
is checked against the registered callback (``app.callback_map``): the outputs, inputs and state
named must be exactly the callback's, so only the *values* are the sender's to choose; each
callback parses those (``pages.common``). Dash's own location props must be text.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

import dash

MAX_MATCHES = 1000  # components one pattern-matching input may list
TEXT_PROPS = {"pathname", "search", "hash", "href"}  # dcc.Location's, read by Dash's router
ROUTER_LOCATION = "_pages_location"


@dataclass(frozen=True)
class CallbackRules:
    callback_map: Mapping[str, Any]
    admin_outputs: frozenset[str]

    @classmethod
    def of(cls, app: dash.Dash, admin_outputs: Collection[str]) -> CallbackRules:
        return cls(app.callback_map, frozenset(admin_outputs))


def output_ids(output: str) -> list[str]:
    """``"..a.b...c.d.."`` or ``"a.b@hash"`` -> ``["a.b", "c.d"]`` (hash kept apart)."""
    text = output[2:-2] if output.startswith("..") and output.endswith("..") else output
    return [part.split("@", 1)[0] for part in text.split("...")]


def main_outputs(output: str) -> set[str]:
    """The outputs a callback writes as its own (not a shared ``allow_duplicate`` one)."""
    text = output[2:-2] if output.startswith("..") and output.endswith("..") else output
    return {part for part in text.split("...") if "@" not in part}


def _spec_id(spec_id: str) -> Any:
    return json.loads(spec_id) if spec_id.startswith("{") else spec_id


def _check_item(item: Any, spec: Mapping[str, Any], where: str) -> str | None:
    if not isinstance(item, dict) or item.get("property") != spec["property"]:
        return f"{where}: expected {{id, property: {spec['property']!r}, value}}"
    wanted = _spec_id(spec["id"])
    if isinstance(wanted, dict):
        got = item.get("id")
        if not isinstance(got, dict) or got.keys() != wanted.keys():
            return f"{where}: id does not match {spec['id']}"
        for key, value in wanted.items():
            if not isinstance(value, list) and got[key] != value:
                return f"{where}: id does not match {spec['id']}"
            if isinstance(value, list) and not isinstance(got[key], str | int | float):
                return f"{where}: id does not match {spec['id']}"
    elif item.get("id") != wanted:
        return f"{where}: expected id {wanted!r}"
    value = item.get("value")
    if spec["property"] in TEXT_PROPS and not isinstance(value, str | None):
        return f"{where}: {spec['property']} must be text"
    if spec["id"] == ROUTER_LOCATION and spec["property"] == "pathname" and not (
            isinstance(value, str) and value.startswith("/") and len(value) <= 2000):
        return f"{where}: a pathname starts with '/'"  # Dash's page router needs one
    return None


def _check_values(values: Any, specs: list[Mapping[str, Any]], kind: str) -> str | None:
    if not isinstance(values, list) or len(values) != len(specs):
        return f"{kind}: expected a list of {len(specs)}"
    for i, (value, spec) in enumerate(zip(values, specs, strict=True)):
        where = f"{kind}[{i}]"
        ident = _spec_id(spec["id"])
        if isinstance(ident, dict) and any(v in (["ALL"], ["ALLSMALLER"])
                                           for v in ident.values()):
            if not isinstance(value, list) or len(value) > MAX_MATCHES:
                return f"{where}: expected a list of matching components"
            for j, item in enumerate(value):
                problem = _check_item(item, spec, f"{where}[{j}]")
                if problem:
                    return problem
        else:
            problem = _check_item(value, spec, where)
            if problem:
                return problem
    return None


def _check_outputs(outputs: Any, output: str) -> str | None:
    ids = output_ids(output)
    many = output.startswith("..")
    items = outputs if many else [outputs]
    if not isinstance(items, list) or len(items) != len(ids):
        return f"outputs: expected {len(ids)}"
    for item, wanted in zip(items, ids, strict=True):
        if not isinstance(item, dict) or not isinstance(item.get("property"), str):
            return "outputs: expected {id, property}"
        ident = item.get("id")
        prop = item["property"].split("@", 1)[0]
        shown = json.dumps(ident, sort_keys=True, separators=(",", ":")) \
            if isinstance(ident, dict) else ident
        if not isinstance(shown, str) or (f"{shown}.{prop}" != wanted
                                          and not wanted.startswith("{")):
            return f"outputs: expected {wanted}"
    return None


def _broken_text(value: Any, depth: int = 0) -> bool:
    """A string with a lone surrogate (JSON may carry ``"\\ud800"``): not Unicode text, so no
    database bind, page or log line could take it."""
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if depth > 200:
        return True  # deeper than any page's components: refused rather than walked
    if isinstance(value, dict):
        return any(_broken_text(k, depth + 1) or _broken_text(v, depth + 1)
                   for k, v in value.items())
    if isinstance(value, list):
        return any(_broken_text(v, depth + 1) for v in value)
    return False


def check_body(body: Any, callback_map: Mapping[str, Any]) -> str | None:
    """None when ``body`` is a well-formed call of a registered callback, else the problem."""
    if not isinstance(body, dict):
        return "expected a JSON object"
    if _broken_text(body):
        return "text must be valid Unicode (a lone surrogate was sent)"
    output = body.get("output")
    if not isinstance(output, str) or output not in callback_map:
        return "unknown output"
    spec = callback_map[output]
    if "callback" not in spec:
        return "a clientside callback runs in the browser"
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or len(changed) > 100 or not all(
            isinstance(c, str) for c in changed):
        return "changedPropIds: expected a list of names"
    if not spec.get("no_output"):
        problem = _check_outputs(body.get("outputs"), output)
        if problem:
            return problem
    return (_check_values(body.get("inputs"), spec.get("inputs", []), "inputs")
            or _check_values(body.get("state", []), spec.get("state", []), "state"))
