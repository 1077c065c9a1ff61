"""Lexical retrieval with bm25s and Snowball stemming, per language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_FRENCH, STOPWORDS_SPANISH

_LANGUAGES = {"fr": ("french", STOPWORDS_FRENCH), "en": ("english", STOPWORDS_EN), "es": ("spanish", STOPWORDS_SPANISH)}
_WORD = re.compile(r"\w\w+", re.UNICODE)
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def fold(text: str) -> str:
    """Lowercase and strip accents, so 'facturé', 'facture' and 'FACTURE' meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class Analyzer:
    """Tokenise, drop stop words, stem: one instance per language."""

    def __init__(self, language: str):
        stemmer_name, stopwords = _LANGUAGES.get(language, _LANGUAGES["fr"])
        self._stemmer = Stemmer.Stemmer(stemmer_name)
        self._stopwords = {fold(word) for word in stopwords}

    def __call__(self, text: str) -> list[str]:
        words = [w for w in _WORD.findall(fold(PLACEHOLDER.sub(" ", text))) if w not in self._stopwords]
        return self._stemmer.stemWords(words)


class LexicalIndex:
    """BM25 over chunk texts; rebuilt in memory from the stored chunks (fast: thousands per second)."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str], language: str = "fr"):
        self._analyze = Analyzer(language)
        self._ids = list(ids)
        self._bm25 = bm25s.BM25()
        if self._ids:
            tokens = [self._analyze(text) or ["_empty_"] for text in texts]
            self._bm25.index(tokens, show_progress=False)

    @property
    def ids(self) -> list[str]:
        return self._ids

    def scores(self, query: str, mask: np.ndarray | None = None) -> np.ndarray:
        """The BM25 score of every chunk, in `ids` order (0 where the query does not match or `mask` is False)."""
        tokens = self._analyze(query)
        if not tokens or not self._ids:
            return np.zeros(len(self._ids), dtype=np.float32)
        weights = None if mask is None else mask.astype(np.float32)
        return np.asarray(self._bm25.get_scores(tokens, weight_mask=weights), dtype=np.float32)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """The best `k` matching chunks, best first."""
        return top(self._ids, self.scores(query, mask), k)


def top(ids: Sequence[str], scores: np.ndarray, k: int, floor: float = 0.0) -> list[tuple[str, float]]:
    """The `k` best (id, score) pairs with a score above `floor`, best first."""
    if not len(scores) or k <= 0:
        return []
    best = np.argpartition(-scores, min(k, len(scores)) - 1)[:k]
    return [(ids[i], float(scores[i])) for i in sorted(best, key=lambda i: -scores[i]) if scores[i] > floor]
