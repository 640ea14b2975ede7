"""Who is looking: the one place that turns a request into the viewer's scope.

Access control comes later; until then every viewer sees every portfolio.
"""

from __future__ import annotations

from data.scope import Scope


def current_scope() -> Scope:
    return Scope.everything()
