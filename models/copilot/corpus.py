"""The passages of every document, kept in memory and refreshed from the database by content hash.

This is the part of the index that needs nothing but the database: the lexical search, the
fallback when the vector store is broken, and the passage lookup of citations all read from it.
A refresh reads every document's content hash (one streamed query) and re-splits only the
documents whose hash changed.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from data import document_queries as dq
from models.copilot.lexical import LexicalIndex
from models.copilot.passages import LIMIT_WORDS, TARGET_WORDS, passage_id, split_passages


@dataclass(frozen=True)
class DocPassages:
    hash: str
    ids: list[str]
    texts: list[str]
    metas: list[dict[str, Any]]


def document_passages(doc: dq.IndexedDocument, content_hash: str, target: int = TARGET_WORDS,
                      limit: int = LIMIT_WORDS) -> DocPassages:
    """A document's passages with the metadata every passage carries (flat, for Chroma too)."""
    ids, texts, metas = [], [], []
    for span in split_passages(doc.body, target, limit):
        ids.append(passage_id(doc.id, span.index))
        texts.append(span.text)
        metas.append({
            "doc_id": doc.id, "project_id": doc.project_id, "project_key": doc.project_key,
            "portfolio_id": doc.portfolio_id, "kind": doc.kind, "title": doc.title,
            "date": doc.created_at.date().isoformat(), "day": doc.created_at.toordinal(),
            "start": span.start, "end": span.end, "first_turn": span.first_turn,
            "last_turn": span.last_turn, "words": span.words, "chunk": span.index,
        })
    return DocPassages(content_hash, ids, texts, metas)


class PassageCorpus:
    """Every document's passages, the content hashes they came from, and a BM25 index of them."""

    def __init__(self, target: int = TARGET_WORDS, limit: int = LIMIT_WORDS) -> None:
        self.target = target
        self.limit = limit
        self.docs: dict[int, DocPassages] = {}
        self._lexical: LexicalIndex | None = None
        self._lock = threading.Lock()  # swaps docs and their BM25 index together
        self._refresh_lock = threading.Lock()  # one refresh at a time
        self.loaded = False

    def hashes(self) -> dict[int, str]:
        return {k: v.hash for k, v in self.docs.items()}

    def refresh(self, session: Session, hashes: dict[int, str] | None = None) -> tuple[list[int],
                                                                                       list[int]]:
        """Bring the passages up to date; returns (changed or new doc ids, removed doc ids).

        The new BM25 index is built before it replaces the old one, so searches running
        meanwhile use the previous passages instead of waiting.
        """
        current = hashes if hashes is not None else dict(dq.document_hashes(session))
        with self._refresh_lock:
            docs = dict(self.docs)
            changed = [k for k, v in current.items() if k not in docs or docs[k].hash != v]
            removed = [k for k in docs if k not in current]
            for i in range(0, len(changed), dq.IN_BATCH):
                for doc in dq.documents_by_ids(session, changed[i:i + dq.IN_BATCH]):
                    docs[doc.id] = document_passages(doc, current[doc.id], self.target,
                                                     self.limit)
            for key in removed:
                docs.pop(key, None)
            if changed or removed or not self.loaded:
                lexical = _build(docs)
                with self._lock:
                    self.docs, self._lexical, self.loaded = docs, lexical, True
        return changed, removed

    def load(self, docs: dict[int, DocPassages]) -> None:
        """Take passages read elsewhere (the vector store's copy)."""
        lexical = _build(docs)
        with self._lock:
            self.docs, self._lexical, self.loaded = docs, lexical, True

    def version(self) -> str:
        return _version(self.docs)

    def lexical(self) -> LexicalIndex:
        """The BM25 index of the current passages."""
        with self._lock:
            if self._lexical is None:
                self._lexical = _build(self.docs)
            return self._lexical

    def passages(self, doc_ids: list[int]) -> tuple[list[str], list[str], list[dict[str, Any]]]:
        ids, texts, metas = [], [], []
        for key in doc_ids:
            part = self.docs.get(key)
            if part is not None:
                ids += part.ids
                texts += part.texts
                metas += part.metas
        return ids, texts, metas


def _version(docs: dict[int, DocPassages]) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    for key in sorted(docs):
        digest.update(f"{key}:{docs[key].hash};".encode())
    return digest.hexdigest()[:16]


def _build(docs: dict[int, DocPassages]) -> LexicalIndex:
    ids, texts, metas = [], [], []
    for key in sorted(docs):
        part = docs[key]
        ids += part.ids
        texts += part.texts
        metas += part.metas
    return LexicalIndex(ids, texts, metas, _version(docs))
