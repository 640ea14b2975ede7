"""The index's plain values: a passage found, the list of them with how they were found, the
manifest that names the current vector store, and what a sync or rebuild did."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

FORMAT = 3
MINILM, LSA = "minilm", "lsa"


@dataclass(frozen=True)
class Passage:
    id: str
    doc_id: int
    project_id: int
    project_key: str
    kind: str
    title: str
    date: str
    start: int
    end: int
    text: str
    score: float
    first_turn: int = 0
    last_turn: int = 0
    words: int = 0


STANDS_OUT = 0.6  # share of the first passages one project must hold to be the answer's


class Hits(list[Passage]):
    """Passages, best first, plus how they were found: ``mode`` is ``hybrid`` or ``lexical``;
    ``note`` (when set) must be shown beside them; ``projects`` lists where the evidence comes
    from, in order of first appearance (for corpus-wide questions)."""

    def __init__(self, passages: Sequence[Passage] = (), *, mode: str = "hybrid",
                 note: str | None = None) -> None:
        super().__init__(passages)
        self.mode = mode
        self.note = note

    @property
    def projects(self) -> list[str]:
        return list(dict.fromkeys(p.project_key for p in self))

    def unclear_projects(self, first: int = 5) -> list[str]:
        """The projects to ask about when a search across projects found none that stands
        out: no project holds at least ``STANDS_OUT`` of the ``first`` passages. Empty when
        one does (or when there is one project). Measured on real meetings searched across
        every project (``benchmarks/copilot_retrieval.py``, QMSum train and val): below that
        share the best project was the right one for 6-25 % of questions, at or above it for
        about half."""
        keys = [p.project_key for p in self[:first]]
        counts = {key: keys.count(key) for key in keys}
        if len(counts) < 2 or max(counts.values()) >= STANDS_OUT * len(keys):
            return []
        return list(counts)  # in order of first appearance


@dataclass
class IndexStats:
    added: int = 0
    removed: int = 0
    documents: int = 0
    chunks: int = 0
    rebuilt: bool = False
    seconds: float = 0.0


@dataclass
class Manifest:
    generation: int = 0
    version: int = 0
    store: str = ""
    embedding: str = LSA
    fitted_on: int = 0
    chunks: int = 0
    docs: dict[str, str] = field(default_factory=dict)
    ollama_docs: dict[str, str] = field(default_factory=dict)
    ollama_model: str | None = None
    format: int = FORMAT
