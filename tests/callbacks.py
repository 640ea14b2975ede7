"""Crafting callback POSTs for any registered callback, straight from ``app.callback_map``, so
tests that enumerate callbacks cover new ones without being edited."""

from __future__ import annotations

import json
from typing import Any

PAGES_ROUTER = ".._pages_content.children..._pages_store.data.."


def output_pairs(key: str) -> list[tuple[str, str]]:
    text = key[2:-2] if key.startswith("..") and key.endswith("..") else key
    pairs = []
    for part in text.split("..."):
        ident, prop = part.split("@", 1)[0].rsplit(".", 1)
        pairs.append((ident, prop))
    return pairs


def is_pattern(spec_id: str) -> bool:
    return spec_id.startswith("{")


def body_for(app, key: str, values: dict[str, Any] | None = None,
             changed: list[str] | None = None) -> dict[str, Any]:
    """A well-formed body for the callback ``key``; ``values`` maps "id.prop" to a value (for
    a pattern-matching input: a list of (id dict, value) pairs)."""
    values = values or {}
    spec = app.callback_map[key]
    outs = [{"id": i, "property": p} for i, p in output_pairs(key)]

    def item(s: dict[str, Any]) -> Any:
        name = f"{s['id']}.{s['property']}"
        if is_pattern(s["id"]):
            return [{"id": ident, "property": s["property"], "value": value}
                    for ident, value in values.get(name, [])]
        return {"id": s["id"], "property": s["property"], "value": values.get(name)}

    inputs = [item(s) for s in spec["inputs"]]
    first = spec["inputs"][0] if spec["inputs"] else None
    if changed is None:
        changed = [] if first is None or is_pattern(first["id"]) else \
            [f"{first['id']}.{first['property']}"]
    return {"output": key, "outputs": outs if key.startswith("..") else outs[0],
            "inputs": inputs, "state": [item(s) for s in spec.get("state", [])],
            "changedPropIds": changed}


def post(client, app, key: str, values: dict[str, Any] | None = None,
         changed: list[str] | None = None, **kwargs: Any):
    return client.post("/_dash-update-component", json=body_for(app, key, values, changed),
                       **kwargs)


def page_body(app, pathname: str, search: str = "") -> dict[str, Any]:
    """The body Dash's page router posts when the address changes."""
    return body_for(app, PAGES_ROUTER, {"_pages_location.pathname": pathname,
                                        "_pages_location.search": search})


def response_text(response) -> str:
    return json.dumps(response.get_json(silent=True)) if response.is_json else \
        response.get_data(as_text=True)
