"""Components as the data Dash sends for them, made without the component objects.

On its way to the browser a Dash component becomes ``{"type", "namespace", "props"}``. A page of
25 projects is about 500 components, and making the objects and then turning them into that data
took 18 ms of the projects page's 21 ms (its SQL: 5 ms). The cells of big tables are made here as
that data directly; the type and namespace come from the component's own class, so they cannot
drift from Dash's, and ``tests/unit/test_plain_components.py`` checks whole rows against the
same rows made of components. Dash's renderer draws either the same way.
"""

from __future__ import annotations

from typing import Any

from dash.development.base_component import Component

Plain = dict[str, Any]  # {"type": ..., "namespace": ..., "props": {...}}


def element(kind: type[Component], children: Any = None, **props: Any) -> Plain:
    """``kind(children, **props)`` as Dash would send it (``attrs`` for ``aria-*`` props)."""
    if children is not None:
        props["children"] = children
    return {"props": props, "type": kind._type, "namespace": kind._namespace}


def child(node: Plain | str | list[Plain]) -> Any:
    """A plain node among a component's children: Dash's typed stubs list components only, its
    renderer draws either."""
    return node
