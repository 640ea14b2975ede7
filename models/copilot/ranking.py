"""How retrieval signals add up, measured on real meetings (``benchmarks/copilot_retrieval.py``).

On QMSum's train split, with 120-word passages: BM25 alone, recall@5 0.63 project-scoped; BM25
and MiniLM cosine mixed half and half (each scaled to [0, 1] over the candidates) 0.69; a
passage lifted by the share of its words said by a person the question names, +0.02 to +0.04;
reciprocal-rank fusion, a document prior, window context and a learnt re-ranker did not pay on
the unseen split, so they are off (the weights stay for the benchmark to compare).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from models.copilot.lexical import LexicalIndex, document_prior

MIN_VECTOR = {"minilm": 0.5, "lsa": 0.7, "ollama": 0.6}


@dataclass(frozen=True)
class RankWeights:
    """The mix; the benchmark reports lexical-only and vector-only too."""

    lexical: float = 0.5
    vector: float = 0.5
    document: float = 0.0  # lift passages of the document that matches best overall
    speaker: float = 0.3  # lift what the people named in the question said
    rrf: bool = False  # reciprocal-rank fusion instead of the weighted sum
    min_vector: float | None = None  # a hit without a shared word needs this cosine


def speakers_named(query: str, lex: LexicalIndex) -> list[str]:
    """Speakers of the indexed documents whom the question names ("what did Mei commit to",
    "what did Marketing think"): a full speaker label, or a capitalised first name."""
    lowered = query.lower()
    found = []
    for name in lex.speaker_names:
        if len(name) < 3:
            continue
        if re.search(rf"\b{re.escape(name)}\b", lowered):
            found.append(name)
            continue
        first = name.split()[0]
        if len(first) >= 3 and re.search(rf"\b{re.escape(first.capitalize())}\b", query):
            found.append(name)
    return found


def _minmax(values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    out = np.zeros(len(values))
    if not rows.any():
        return out
    lo, hi = values[rows].min(), values[rows].max()
    out[rows] = (values[rows] - lo) / (hi - lo) if hi - lo > 1e-9 else 1.0
    return out


def _rrf(*signals: np.ndarray, keep: np.ndarray, k: int = 60) -> np.ndarray:
    out = np.zeros(len(keep))
    rows = np.flatnonzero(keep)
    for signal in signals:
        order = rows[np.argsort(-signal[rows], kind="stable")]
        ranks = np.empty(len(keep))
        ranks[order] = np.arange(len(order))
        out[rows] += 1.0 / (k + ranks[rows])
    return out


def rank(lexical: np.ndarray, vector: np.ndarray, keep: np.ndarray, doc: np.ndarray,
         speaker_share: np.ndarray | None, weights: RankWeights, *, vectors_used: bool,
         embedding: str = "minilm") -> np.ndarray:
    """One score per passage; ``-inf`` where there is no evidence or the viewer may not look."""
    top = lexical.max() if len(lexical) else 0.0
    words = lexical / top if top > 0 else lexical
    candidates = keep & (vector != 0)
    if not vectors_used or weights.vector <= 0:
        combined = words.copy()
    elif weights.rrf:
        combined = _rrf(words, vector, keep=keep)
    else:
        combined = weights.lexical * words + weights.vector * _minmax(vector, candidates)
    if weights.document > 0:
        combined = combined + weights.document * document_prior(doc, combined, keep)
    if speaker_share is not None and weights.speaker > 0:
        combined = combined * (1 - weights.speaker
                               + weights.speaker * 2 * np.clip(speaker_share, 0, 0.5))
    floor = weights.min_vector if weights.min_vector is not None else MIN_VECTOR.get(
        embedding, 0.5)
    evidence = keep & ((lexical > 0) | (candidates & (vector >= floor)))
    return np.where(evidence, combined, -np.inf)


def pick(lex: LexicalIndex, scores: np.ndarray, k: int, make: Callable[..., Any]) -> list[Any]:
    """The ``k`` best passages (passages never overlap, so each is a different place)."""
    if k <= 0 or not len(scores):
        return []
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    order = top[np.argsort(-scores[top], kind="stable")]
    out = []
    for row in order:
        if not np.isfinite(scores[row]):
            break
        meta = lex.metas[row]
        out.append(make(
            id=lex.ids[row], doc_id=meta["doc_id"], project_id=meta["project_id"],
            project_key=meta["project_key"], kind=meta["kind"], title=meta["title"],
            date=meta["date"], start=meta["start"], end=meta["end"], text=lex.texts[row],
            score=round(float(scores[row]), 4), first_turn=meta.get("first_turn", 0),
            last_turn=meta.get("last_turn", 0), words=meta.get("words", 0)))
    return out
