"""Pages of rows: no list query is unbounded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 25


def clamp_page_size(page_size: int | None) -> int:
    if not page_size or page_size < 1:
        return DEFAULT_PAGE_SIZE
    return min(int(page_size), MAX_PAGE_SIZE)


def page_count(total: int, page_size: int) -> int:
    """Pages needed for ``total`` rows; an empty result still has one (empty) page."""
    return max(1, -(-total // page_size))


def clamp_page(page: int | None, total: int, page_size: int) -> int:
    """A requested page number moved into 1..page_count (bad or missing means the first)."""
    return min(max(1, int(page or 1)), page_count(total, page_size))


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return page_count(self.total, self.page_size)

    @property
    def has_next(self) -> bool:
        return self.page < self.pages
