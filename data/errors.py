"""Exceptions of the data layer: bad input is reported as a list of row errors, never a traceback.

Commands validate everything before writing and raise ``ValidationFailed`` with *every* problem
found, each naming the file (or table), the row and the field, so a user can fix a file in one go.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class DataLayerError(Exception):
    """Base class of the data layer's own errors (callers can catch this one)."""


@dataclass(frozen=True)
class RowError:
    """One problem with the input.

    ``file`` is the file name (``projects.csv``, ``bundle.json``) or a table name for input that
    did not come from a file. ``row`` is the CSV record number (the header is row 1, so the first
    data row is 2) or, when ``table`` is set (JSON), the 0-based index in that table's array;
    ``None`` means the whole file. ``field`` is ``None`` when the problem is not one field's.
    """

    file: str
    row: int | None
    field: str | None
    message: str
    table: str | None = None

    def location(self) -> str:
        """Where the problem is, in the words a user would look for it."""
        if self.table is not None:
            where = f"{self.file} {self.table}"
            if self.row is not None:
                where += f"[{self.row}]"
        else:
            where = self.file
            if self.row is not None:
                where += f" row {self.row}"
        if self.field:
            where += f", field '{self.field}'"
        return where

    def __str__(self) -> str:
        return f"{self.location()}: {self.message}"


class ValidationFailed(DataLayerError):
    """Input was rejected; ``errors`` lists every problem found and nothing was written."""

    def __init__(self, errors: Iterable[RowError]) -> None:
        self.errors: list[RowError] = list(errors)
        super().__init__(self.errors)

    def __str__(self) -> str:
        count = len(self.errors)
        head = f"{count} error{'s' if count != 1 else ''} found; nothing was written:"
        return "\n".join([head, *(f"  {error}" for error in self.errors)])
