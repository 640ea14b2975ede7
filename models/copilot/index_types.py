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
