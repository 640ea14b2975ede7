"""Embedding functions registered with Chroma, so it never falls back to its downloading default.

Offline, the index uses a real sentence embedding (all-MiniLM-L6-v2, see ``minilm``) when the
optional ``embeddings`` extra is installed, and otherwise latent semantic analysis fitted on our
own corpus: TF-IDF over stemmed words reduced by truncated SVD, persisted beside the index. The
Ollama one asks an embedding model through our client (timeouts, failover) and is used only when
a host answers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from models.copilot.text import tokens

HASH_DIM = 256


class LsaModel:
    """Texts to unit vectors. Tiny corpora (too few texts for SVD) use feature hashing."""

    def __init__(self, vectorizer: TfidfVectorizer | HashingVectorizer,
                 svd: TruncatedSVD | None, fitted_on: int) -> None:
        self.vectorizer = vectorizer
        self.svd = svd
        self.fitted_on = fitted_on

    @classmethod
    def fit(cls, texts: Sequence[str], dim: int = 100, seed: int = 0) -> LsaModel:
        texts = list(texts)
        if len(texts) >= 8:
            vectorizer = TfidfVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None,
                                         sublinear_tf=True, min_df=1, dtype=np.float32)
            matrix = vectorizer.fit_transform(texts)
            k = min(dim, matrix.shape[0] - 1, matrix.shape[1] - 1)
            if k >= 2:
                svd = TruncatedSVD(n_components=k, random_state=seed).fit(matrix)
                return cls(vectorizer, svd, len(texts))
        hashing = HashingVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None,
                                    n_features=HASH_DIM, alternate_sign=False)
        return cls(hashing, None, len(texts))

    @property
    def dim(self) -> int:
        return self.svd.n_components if self.svd is not None else HASH_DIM

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        matrix = self.vectorizer.transform(list(texts))
        dense = self.svd.transform(matrix) if self.svd is not None else matrix.toarray()
        out = normalize(np.asarray(dense, dtype=np.float32))
        # A text with no known word would be the zero vector, which cosine space rejects.
        empty = ~out.any(axis=1)
        out[empty, 0] = 1.0
        embedded: np.ndarray = out
        return embedded

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        joblib.dump(self, tmp)
        tmp.replace(path)  # atomic: another process never loads half a model

    @staticmethod
    def load(path: Path) -> LsaModel:
        model: LsaModel = joblib.load(path)  # what save() wrote (the file is ours)
        return model


_models: dict[str, tuple[float, LsaModel]] = {}
_models_lock = threading.Lock()


def load_model(path: Path) -> LsaModel:
    """The model at ``path``, reloaded only when the file changed (a rebuild replaced it)."""
    key = str(Path(path).resolve())
    mtime = Path(path).stat().st_mtime
    with _models_lock:
        cached = _models.get(key)
        if cached is None or cached[0] != mtime:
            cached = (mtime, LsaModel.load(Path(path)))
            _models[key] = cached
        return cached[1]


@register_embedding_function
class LsaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of the persisted ``LsaModel``: offline, deterministic, no downloads."""

    def __init__(self, model_path: str) -> None:
        self.model_path = str(model_path)

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's signature
        return list(load_model(Path(self.model_path)).embed(list(input)))

    @staticmethod
    def name() -> str:
        return "portfolio-lsa"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"model_path": self.model_path}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LsaEmbeddingFunction:
        return LsaEmbeddingFunction(config["model_path"])


@register_embedding_function
class MiniLmEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of the packaged all-MiniLM-L6-v2 (run by ``minilm``): offline, no download."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's signature
        from models.copilot import minilm

        return list(minilm.load().embed(list(input)))

    @staticmethod
    def name() -> str:
        return "portfolio-minilm"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLmEmbeddingFunction:
        return MiniLmEmbeddingFunction()


EmbedFn = Callable[[list[str]], list[list[float]]]
_ollama_embedders: dict[str, EmbedFn] = {}


def register_ollama_embedder(key: str, embed: EmbedFn) -> None:
    """Make our Ollama client (with its timeouts and failover) available to Chroma by key."""
    _ollama_embedders[key] = embed


@register_embedding_function
class OllamaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Embeddings from an Ollama model through the app's client; fails fast when none answers."""

    def __init__(self, key: str, model: str) -> None:
        self.key = key
        self.model = model

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's signature
        embed = _ollama_embedders.get(self.key)
        if embed is None:
            raise RuntimeError(f"no Ollama client registered for {self.key!r}")
        vectors = np.asarray(embed(list(input)), dtype=np.float32)
        return list(normalize(vectors))

    @staticmethod
    def name() -> str:
        return "portfolio-ollama"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"key": self.key, "model": self.model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OllamaEmbeddingFunction:
        return OllamaEmbeddingFunction(config["key"], config["model"])
