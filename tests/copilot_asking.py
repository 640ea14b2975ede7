"""Asking the copilot in integration tests, and the tests' own SQL beside it."""

from __future__ import annotations

from sqlalchemy import text

from data.scope import Scope
from models.copilot.answer import Answer, Copilot, PageContext
from tests.factories import TODAY


def ask(db, question: str, page: str | None = None) -> Answer:
    """The copilot's answer as of ``TODAY``, for a viewer who sees everything (``page``: the
    path it is asked from)."""
    return Copilot(db, today=lambda: TODAY).ask(question, Scope.everything(),
                                               PageContext.from_path(page))


def rows(db, query: str, **params) -> list:
    """The test's own reading of the database (``:today`` is ``TODAY``)."""
    with db() as s:
        return list(s.execute(text(query), {"today": TODAY, **params}))
