"""The few words every sentence builder shares: counts with their noun, numbers, days, periods.

One helper per job, so "1 portfolios" or "the last 7 days" in one place and "seven days" in
another cannot happen. Components import nothing of ours but components; the copilot has its
own ``models.copilot.tools.plural`` (the same rule, without thousands separators).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

# Work items' statuses (``data.schema.WORK_ITEM_STATUSES``) as every page, chart, table and
# report writes them: "To do", never "todo" in one place and "to do" in another.
ITEM_STATUS_LABELS = {"todo": "To do", "in_progress": "In progress", "done": "Done"}
OVER_ALLOCATED = "over-allocated"  # docs/metrics.md's word, beside a load above capacity

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten")


def day(value: dt.date) -> str:
    """A day as a person reads it, on every page, table, sentence, chart label and report:
    "2 Jun 2029" (no leading zero, the short month, the year; a datetime is written as its day).
    Machines keep ISO "2029-06-02": the CSV, URLs, plotly's x values, data attributes, stores,
    the copilot's tool texts. ``models.forecast_words.day`` is a copy for the sentences models
    write (models import no components; a test holds them equal)."""
    return f"{value.day} {value:%b %Y}"


def moment(value: dt.datetime) -> str:
    """A time a person reads (a report's "generated", the report list's "When"):
    "7 Dec 2026, 06:30", the day as ``day`` writes it."""
    return f"{day(value)}, {value:%H:%M}"


def plural(count: int, word: str, many: str | None = None) -> str:
    """``3`` and "portfolio" → "3 portfolios"; "1 portfolio"; ``many`` for irregular nouns
    ("person", "people") and phrases ("project is", "projects are")."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def whole(count: float) -> str:
    """A count as the pages write it, with thousands separated: ``1668`` → "1,668"."""
    return f"{round(count):,}"


def percent(share: float) -> str:
    """A share as a whole percent, the one way the app writes it: ``0.06`` → "6%" (no space,
    as the pages have always written it; the reports and the driver sentences wrote "6 %").
    ``models.drivers`` keeps a copy (models import no components; a test holds them equal)."""
    return f"{share:.0%}"


def load_words(load: float) -> str:
    """A person's load with the word for one above capacity (``data.metrics.OVER_ALLOCATED``:
    above 100%): "260% (over-allocated)", "80%"."""
    return percent(load) + (f" ({OVER_ALLOCATED})" if is_over(load) else "")


def is_over(load: float) -> bool:
    """Above 100% of capacity (``data.metrics.is_over_allocated``'s rule, on a load the data
    layer computed; the tolerance absorbs float sums such as 0.7 + 0.3)."""
    return load > 1 + 1e-9


def item_status(code: str) -> str:
    """"todo" → "To do"; an unknown code reads as itself with spaces."""
    return ITEM_STATUS_LABELS.get(code, code.replace("_", " "))


def items_by_status(counts: Sequence[tuple[str, int]]) -> str:
    """Work items counted by status, in the labels' order: "To do 12, In progress 3, Done 30"."""
    found = dict(counts)
    order = [c for c in ITEM_STATUS_LABELS if c in found] + [c for c in found
                                                             if c not in ITEM_STATUS_LABELS]
    return ", ".join(f"{item_status(c)} {found[c]:,}" for c in order)


def number_word(n: int) -> str:
    """Seven, not 7, up to ten (as the sentences write "the last seven days")."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else f"{n:,}"


def period_label(first: dt.date, last: dt.date) -> str:
    """Both ends of a period, short: "1–7 Dec 2026", "30 Nov – 6 Dec 2026", "7 Dec 2026 –
    3 Jan 2027"; one day alone when they are the same."""
    if first == last:
        return day(first)
    if first.year != last.year:
        return f"{day(first)} – {day(last)}"
    if first.month != last.month:
        return f"{first.day} {first:%b} – {day(last)}"
    return f"{first.day}–{day(last)}"


def names_and(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
