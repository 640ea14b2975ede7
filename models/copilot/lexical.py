"""The lexical half of retrieval: BM25 over every passage, held in memory.

It is built from the database's documents (not from the vector store), so word search keeps
working when the Chroma directory is missing or corrupt, and every worker process ranks the
same passages the same way. IDF is taken over the passages being searched (a project's, a
viewer's), not the whole corpus. It also knows who speaks in each passage, so a question naming
a person can favour what that person said.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer

from data.scope import Scope
from models.copilot.passages import speaker
from models.copilot.text import tokens


def speaker_shares(text: str) -> dict[str, float]:
    """Who speaks in a passage, as shares of its words (transcript lines ``Name: ...``)."""
    words: dict[str, int] = {}
    total = 0
    for line in text.split("\n"):
        n = len(line.split())
        total += n
        who = speaker(line)
        if who:
            words[who] = words.get(who, 0) + n
    return {k: v / total for k, v in words.items()} if total else {}


class LexicalIndex:
    """BM25 weights of every passage, with metadata arrays for scoping masks."""

    def __init__(self, ids: list[str], texts: list[str], metas: list[dict[str, Any]],
                 version: object,
                 k1: float = 1.2, b: float = 0.75) -> None:
        self.version = version
        self.ids = ids
        self.texts = texts
        self.metas = metas
        self.row = {pid: i for i, pid in enumerate(ids)}
        self.portfolio = np.array([m["portfolio_id"] for m in metas], dtype=np.int64)
        self.project = np.array([m["project_id"] for m in metas], dtype=np.int64)
        self.doc = np.array([m["doc_id"] for m in metas], dtype=np.int64)
        self.day = np.array([m["day"] for m in metas], dtype=np.int64)
        self.kind = np.array([m["kind"] for m in metas], dtype=object)
        self._speakers(texts)
        self.vectorizer = CountVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None)
        if not texts:
            self.weights = sp.csc_matrix((0, 0))
            return
        try:
            counts = self.vectorizer.fit_transform(
                [f"{m.get('title', '')}\n{t}" for m, t in zip(metas, texts, strict=True)]
            ).tocoo().astype(np.float64)
        except ValueError:  # no word at all in the corpus
            self.weights = sp.csc_matrix((len(texts), 0))
            return
        n = counts.shape[0]
        length = np.bincount(counts.row, weights=counts.data, minlength=n)
        norm = k1 * (1 - b + b * length[counts.row] / max(length.mean(), 1e-9))
        data = counts.data * (k1 + 1) / (counts.data + norm)
        # Term saturation only: IDF is computed at query time over the passages searched, so
        # a word common in this project but rare elsewhere does not dominate a scoped search.
        self.weights = sp.csc_matrix((data, (counts.row, counts.col)), shape=counts.shape)

    def _speakers(self, texts: list[str]) -> None:
        names: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, text in enumerate(texts):
            for who, share in speaker_shares(text).items():
                col = names.setdefault(who.lower(), len(names))
                rows.append(i)
                cols.append(col)
                vals.append(share)
        self.speaker_names = names
        self.speaker_matrix = sp.csc_matrix((vals, (rows, cols)),
                                            shape=(len(texts), max(len(names), 1)))

    def speaker_share(self, names: Sequence[str]) -> np.ndarray:
        """Per passage, the share of its words said by any of ``names``."""
        cols = sorted({self.speaker_names[n.lower()] for n in names
                       if n.lower() in self.speaker_names})
        if not cols:
            return np.zeros(len(self.ids))
        return np.asarray(self.speaker_matrix[:, cols].sum(axis=1)).ravel()

    def mask(self, scope: Scope, project_ids: Sequence[int] | None,
             kinds: Sequence[str] | None, since: dt.date | None,
             until: dt.date | None = None, doc_ids: Sequence[int] | None = None) -> np.ndarray:
        keep = np.ones(len(self.ids), dtype=bool)
        if scope.portfolio_ids is not None:
            keep &= np.isin(self.portfolio, list(scope.portfolio_ids))
        if project_ids is not None:
            keep &= np.isin(self.project, list(project_ids))
        if doc_ids is not None:
            keep &= np.isin(self.doc, list(doc_ids))
        if kinds:
            keep &= np.isin(self.kind, list(kinds))
        if since is not None:
            keep &= self.day >= since.toordinal()
        if until is not None:
            keep &= self.day <= until.toordinal()
        return keep

    def scores(self, query: str, keep: np.ndarray) -> np.ndarray:
        """BM25 of every passage in ``keep`` (others score 0), IDF taken over ``keep``."""
        out = np.zeros(len(self.ids))
        if not self.ids or self.weights.shape[1] == 0:
            return out
        vocab = self.vectorizer.vocabulary_
        cols = sorted({vocab[t] for t in tokens(query) if t in vocab})
        if not cols:
            return out
        rows = np.flatnonzero(keep)
        sub = self.weights[:, cols].tocsr()[rows]
        n = len(rows)
        df = np.diff(sub.tocsc().indptr)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        out[rows] = sub @ idf
        return out


def document_prior(doc: np.ndarray, signal: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Each passage gets its document's mean signal over its passages, scaled to [0, 1]."""
    prior = np.zeros(len(doc))
    rows = np.flatnonzero(keep)
    if not len(rows):
        return prior
    docs, inverse = np.unique(doc[rows], return_inverse=True)
    sums = np.bincount(inverse, weights=signal[rows], minlength=len(docs))
    counts = np.bincount(inverse, minlength=len(docs))
    means = sums / np.maximum(counts, 1)
    if means.max() > 0:
        prior[rows] = means[inverse] / means.max()
    return prior
