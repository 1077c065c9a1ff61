"""The knowledge index: dense vectors in Chroma, BM25 in memory, fused by a weighted sum of their standardised scores.

On disk (under one folder): ``chroma/`` (a Chroma `PersistentClient`) and ``entries.jsonl``
(the entries themselves, from which the lexical index is rebuilt at open). Ingestion is
incremental: unchanged entries (same content hash) are not re-embedded, and everything is
embedded before anything is written, so a failed ingestion leaves the index and its snapshot as
they were. Chroma keeps one collection per embedding model; searches run exactly over an
in-memory copy of its vectors, with filters as cached numpy masks.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from assist.errors import RetrievalError
from assist.knowledge.embeddings import Embedder
from assist.knowledge.lexical import PLACEHOLDER, LexicalIndex, top
from assist.knowledge.masks import Masks, field_value
from assist.knowledge.model import KnowledgeEntry, chunks_of, snapshot_id
from assist.privacy.scrubbed import ScrubbedText, require_scrubbed

CANDIDATES = 20
# Hybrid search scores each candidate (the best CANDIDATES of each ranking) by DENSE_WEIGHT times its cosine and
# 1 - DENSE_WEIGHT times its BM25 score, each standardised over the candidates (z-scores): the convex combination of
# Bruch et al., "An Analysis of Fusion Functions for Hybrid Retrieval" (2022). It keeps how far ahead a passage is,
# which reciprocal-rank fusion throws away: on the blind questions over the 500-article FAQ bank it took recall@1
# from 0.579 to 0.625 (evals/README.md). 0.7: the multilingual dense ranking is the stronger one.
DENSE_WEIGHT = 0.7
# BM25 scores are standardised by at least this spread: when one candidate barely matches and the others not at all,
# its z-score would otherwise be large whatever its score (sqrt(n - 1) for a lone match of 0.3). It cost the French
# held-out set 2 of 111 first answers and 1 in the top 5, and the FAQ bank's blind split nothing (evals/README.md).
BM25_SPREAD = 1.0
RANK_K = 60  # the constant of reciprocal ranks in `agreement`
CONTEXT_WEIGHT = 0.5  # an earlier utterance the query continues counts half in the dense query vector
MODES = ("hybrid", "lexical", "dense")
_CHROMA_KEYS = ("language", "kind", "brand", "campaign", "level", "entity")


@dataclass(frozen=True)
class Hit:
    """One retrieved entry with every score that ranked it (for the explanation and the audit log)."""

    entry: KnowledgeEntry
    chunk_id: str
    rank: int
    score: float  # hybrid: the fused standardised scores (about -2 to 3, relative to this search's candidates); lexical: BM25; dense: cosine
    lexical_rank: int | None = None
    lexical_score: float | None = None
    dense_rank: int | None = None
    dense_score: float | None = None
    rerank_score: float | None = None  # the learned reranker's probability of relevance, when one reordered the hits


@dataclass(frozen=True)
class IngestReport:
    added: int
    updated: int
    unchanged: int
    removed: int
    snapshot: str


class KnowledgeIndex:
    def __init__(self, path: Path | str, embedder: Embedder, collection: str = "knowledge"):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.path = Path(path)
        self._embedder = embedder
        self._query_vector = functools.lru_cache(maxsize=512)(self._embed_query)  # per index: each utterance is embedded once
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._client = client = chromadb.PersistentClient(path=str(self.path / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
            # embedding_function=None: we always pass our own vectors, so Chroma never loads (or downloads) its default model.
            # One collection per embedding model: switching models never mixes vectors of two spaces.
            name = f"{collection}-{re.sub(r'[^A-Za-z0-9_-]+', '-', embedder.name)}"[:63].strip("-_")
            self._collection = client.get_or_create_collection(
                name, embedding_function=None, metadata={"hnsw:space": "cosine", "embedding_model": embedder.name}
            )
        except Exception as exc:
            raise RetrievalError(f"cannot open the index at {self.path} ({type(exc).__name__}: {exc})") from None
        self._entries: dict[str, KnowledgeEntry] = {}
        self._load_manifest()
        self.stale = bool(self._entries) and self._collection.count() == 0
        self._load_vectors()

    def langchain_store(self):
        """This index's Chroma collection as a LangChain vector store (`langchain_chroma.Chroma`): the same vectors and
        embedding model, for a developer's own chain. Documents are chunks; `metadata["entry_id"]` maps each back."""
        from langchain_chroma import Chroma

        return Chroma(client=self._client, collection_name=self._collection.name, embedding_function=self._embedder)

    def reembed(self, progress: Callable[[int, int], None] | None = None) -> IngestReport:
        """Embed every entry again (after a change of embedding model)."""
        self.stale = True
        return self.ingest(list(self._entries.values()), progress=progress)

    # -- contents -----------------------------------------------------------------
    @property
    def entries(self) -> Mapping[str, KnowledgeEntry]:
        return self._entries

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    @property
    def snapshot(self) -> str:
        """Computed once per load or ingest, not per search: it hashes every entry."""
        return self._snapshot

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def chunk_count(self) -> int:
        return len(self._chunk_entry)

    def _manifest(self) -> Path:
        return self.path / "entries.jsonl"

    def _load_manifest(self) -> None:
        manifest = self._manifest()
        if manifest.exists():
            try:
                lines = manifest.read_text(encoding="utf-8").splitlines()
                self._entries = {e.id: e for e in (KnowledgeEntry.model_validate_json(line) for line in lines if line.strip())}
            except Exception as exc:
                raise RetrievalError(f"index manifest {manifest} is unreadable ({type(exc).__name__}); re-ingest with --replace") from None
        self._rebuild_lexical()

    def _rebuild_lexical(self) -> None:
        by_language: dict[str, list[KnowledgeEntry]] = {}
        for entry in self._entries.values():
            by_language.setdefault(entry.language, []).append(entry)
        self._lexical = {
            language: LexicalIndex([c.id for e in group for c in chunks_of(e)], [c.text for e in group for c in chunks_of(e)], language)
            for language, group in by_language.items()
        }
        self._chunk_entry = {c.id: e.id for e in self._entries.values() for c in chunks_of(e)}
        self._lexical_masks = {language: Masks([self._entry_of(cid) for cid in index.ids]) for language, index in self._lexical.items()}
        self._lexical_position = {cid: (language, n) for language, index in self._lexical.items() for n, cid in enumerate(index.ids)}
        self._dated = any(e.effective_from or e.effective_to for e in self._entries.values())
        self._snapshot = snapshot_id(list(self._entries.values()))

    # -- ingestion ----------------------------------------------------------------
    def ingest(
        self, entries: Iterable[KnowledgeEntry], *, replace: bool = False, progress: Callable[[int, int], None] | None = None
    ) -> IngestReport:
        """Add or update `entries`; with `replace`, also remove every entry not among them."""
        incoming = {e.id: e for e in entries}
        current = dict(self._entries)
        changed = [e for e in incoming.values() if self.stale or e.id not in current or current[e.id].content_hash != e.content_hash]
        removed = [i for i in current if i not in incoming] if replace else []
        chunks = [c for e in changed for c in chunks_of(e)]
        batch = 64
        vectors = []
        try:  # embed everything first: a failure here leaves the index and its snapshot untouched
            for start in range(0, len(chunks), batch):
                vectors.extend(self._embedder.passages([c.text for c in chunks[start : start + batch]]).tolist())
                if progress:
                    progress(min(start + batch, len(chunks)), len(chunks))
        except Exception as exc:
            raise RetrievalError(f"embedding failed, index unchanged ({type(exc).__name__})") from None
        try:
            for ids in (removed, [e.id for e in changed if e.id in current]):
                if ids:
                    self._collection.delete(where={"entry_id": {"$in": ids}})
            for start in range(0, len(chunks), 1000):
                part = chunks[start : start + 1000]
                self._collection.upsert(
                    ids=[c.id for c in part],
                    embeddings=vectors[start : start + 1000],
                    documents=[c.text for c in part],
                    metadatas=[self._chroma_metadata(incoming[c.entry_id]) for c in part],
                )
        except Exception as exc:
            raise RetrievalError(f"writing the dense index failed ({type(exc).__name__}: {exc})") from None
        added = sum(1 for e in changed if e.id not in current)
        for entry_id in removed:
            current.pop(entry_id)
        current.update(incoming)
        self._write_manifest(current)
        self._entries = current
        self.stale = False
        self._rebuild_lexical()
        self._load_vectors()
        return IngestReport(
            added=added, updated=len(changed) - added, unchanged=len(incoming) - len(changed), removed=len(removed), snapshot=self.snapshot
        )

    @staticmethod
    def _chroma_metadata(entry: KnowledgeEntry) -> dict[str, Any]:
        meta: dict[str, Any] = {"entry_id": entry.id, "content_hash": entry.content_hash}
        for key in _CHROMA_KEYS:
            value = field_value(entry, key)
            if isinstance(value, (str, int, float, bool)):
                meta[key] = value
        return meta

    def _write_manifest(self, entries: Mapping[str, KnowledgeEntry]) -> None:
        manifest = self._manifest()
        tmp = manifest.with_suffix(".jsonl.tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for entry in sorted(entries.values(), key=lambda e: e.id):
                out.write(entry.model_dump_json() + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, manifest)

    # -- search -------------------------------------------------------------------
    def search(
        self,
        query: ScrubbedText,
        k: int = 5,
        *,
        language: str | None = None,
        filters: Mapping[str, Any] | None = None,
        mode: str = "hybrid",
        dense_weight: float = DENSE_WEIGHT,
        context: ScrubbedText | None = None,
        candidates: int = CANDIDATES,
    ) -> list[Hit]:
        """Search `mode` ("hybrid": BM25 and dense scores fused, see DENSE_WEIGHT; "lexical"; "dense").

        `query` must be scrubbed; `language` restricts to entries in that language when there are any;
        `filters` maps a field (language, kind, brand, campaign, level, entity, any metadata key) to a value or a list of
        values; "effective_on" (an ISO date, default today) keeps entries effective that day. `context` (an earlier
        utterance the query continues) joins the lexical query and weighs CONTEXT_WEIGHT in the dense query vector,
        whose embedding is cached: a live turn embeds only its new utterance. `candidates`: how many each ranking
        contributes before fusion (a reranker asks for a wider pool).
        """
        query = require_scrubbed(query, "KnowledgeIndex.search")
        context = require_scrubbed(context, "KnowledgeIndex.search") if context is not None else None
        if mode not in MODES:
            raise RetrievalError(f"unknown search mode '{mode}' (expected one of {', '.join(MODES)})")
        if not query.text.strip() or not self._entries:
            return []
        if self.stale:
            raise RetrievalError(f"the index at {self.path} was built with another embedding model: run 'assist kb reembed'")
        filters = dict(filters or {})
        if language and language in self._lexical:
            filters["language"] = language
        if self._dated:  # entries outside their effective dates are not offered
            filters.setdefault("effective_on", date.today().isoformat())
        lexical_scores = self._lexical_scores(f"{context.text} {query.text}" if context else query.text, filters) if mode != "dense" else {}
        dense_scores = self._dense_scores(query.text, context.text if context else None, filters) if mode != "lexical" else None
        lexical = sorted((hit for language, scores in lexical_scores.items() for hit in top(self._lexical[language].ids, scores, candidates)),
                         key=lambda item: -item[1])[:candidates]  # fmt: skip
        dense = top(self._vector_ids, dense_scores, candidates, floor=-np.inf) if dense_scores is not None else []  # -inf: filtered out
        pool = list(dict.fromkeys([cid for cid, _ in dense] + [cid for cid, _ in lexical]))
        if mode == "hybrid" and pool:
            rows = [self._vector_row.get(cid) for cid in pool]
            cosines = np.array([dense_scores[row] if dense_scores is not None and row is not None else -np.inf for row in rows])
            finite = cosines[np.isfinite(cosines)]
            cosines = np.where(np.isfinite(cosines), cosines, finite.min() if len(finite) else 0.0)  # no vector: the weakest
            bm25 = np.array([self._lexical_score(lexical_scores, cid) for cid in pool])
            fused = dict(zip(pool, dense_weight * _standard(cosines) + (1 - dense_weight) * _standard(bm25, BM25_SPREAD)))
        else:
            fused = dict(lexical or dense)
        lexical_at = {cid: (rank, score) for rank, (cid, score) in enumerate(lexical, start=1)}
        dense_at = {cid: (rank, score) for rank, (cid, score) in enumerate(dense, start=1)}
        best: dict[str, Hit] = {}
        for chunk_id, score in sorted(fused.items(), key=lambda item: -item[1]):
            entry_id = self._chunk_entry.get(chunk_id)
            if entry_id is None or entry_id in best:
                continue
            lex, den = lexical_at.get(chunk_id, (None, None)), dense_at.get(chunk_id, (None, None))
            best[entry_id] = Hit(self._entries[entry_id], chunk_id, len(best) + 1, score, lex[0], lex[1], den[0], den[1])
            if len(best) == k:
                break
        return list(best.values())

    def _lexical_scores(self, text: str, filters: Mapping[str, Any]) -> dict[str, np.ndarray]:
        """Per language searched, the BM25 score of each of its chunks (in its lexical index's order)."""
        wanted = filters.get("language", list(self._lexical))
        languages = [wanted] if isinstance(wanted, str) else list(wanted)  # a value or a list of values, as every filter
        return {language: self._lexical[language].scores(text, self._lexical_masks[language](filters)) for language in languages if language in self._lexical}

    def _lexical_score(self, scores: Mapping[str, np.ndarray], chunk_id: str) -> float:
        language, position = self._lexical_position.get(chunk_id, (None, 0))
        return float(scores[language][position]) if language in scores else 0.0

    def query_vector(self, text: str) -> np.ndarray:
        """The query embedding of an utterance (placeholders left out), cached: retrieval has usually computed it already."""
        return self._query_vector(text)

    def dense_query(self, text: str, context: str | None = None) -> np.ndarray:
        """The vector a dense search compares with: the utterance's, plus CONTEXT_WEIGHT times the context's, normalised."""
        vector = self._query_vector(text)
        if context:
            vector = vector + CONTEXT_WEIGHT * self._query_vector(context)
            vector /= np.linalg.norm(vector)
        return vector

    def vectors_of(self, chunk_ids: Iterable[str]) -> np.ndarray:
        """The stored passage vectors of these chunks, in order."""
        rows = [self._vector_row[chunk_id] for chunk_id in chunk_ids]
        return self._vectors[rows] if rows else np.zeros((0, self._embedder.dimension), dtype=np.float32)

    def clear_query_cache(self) -> None:
        self._query_vector.cache_clear()

    def _embed_query(self, text: str) -> np.ndarray:
        vector = self._embedder.query(PLACEHOLDER.sub(" ", text))  # "<LOCATION_1>" says nothing about the topic
        vector.setflags(write=False)
        return vector

    def _entry_of(self, chunk_id: str) -> KnowledgeEntry:
        return self._entries[self._chunk_entry[chunk_id]]

    def _load_vectors(self) -> None:
        """Chroma stores the vectors; searches run exactly over an in-memory copy, where a filter is a cached mask
        (a filtered HNSW query in Chroma took 9-17 ms on 10,000 chunks, the exact product takes about 1 ms)."""
        try:
            stored = self._collection.get(include=["embeddings"])
        except Exception as exc:
            raise RetrievalError(f"cannot read the vectors of the index at {self.path} ({type(exc).__name__})") from None
        known = [(cid, vector) for cid, vector in zip(stored["ids"], stored["embeddings"]) if cid in self._chunk_entry]
        self._vector_ids = [cid for cid, _ in known]
        self._vector_row = {cid: row for row, cid in enumerate(self._vector_ids)}
        self._dense_masks = Masks([self._entry_of(cid) for cid in self._vector_ids])
        self._vectors = np.asarray([vector for _, vector in known], dtype=np.float32).reshape(len(known), self._embedder.dimension)

    def _dense_scores(self, text: str, context: str | None, filters: Mapping[str, Any]) -> np.ndarray | None:
        """The cosine of every stored vector with the query (-inf where a filter excludes it), in `_vector_ids` order."""
        if not self._vector_ids:
            return None
        try:
            vector = self.dense_query(text, context)
        except Exception as exc:
            raise RetrievalError(f"dense search failed ({type(exc).__name__})") from None
        scores = self._vectors @ vector
        mask = self._dense_masks(filters)
        return np.where(mask, scores, -np.inf) if mask is not None else scores


def _standard(values: np.ndarray, least_spread: float = 0.0) -> np.ndarray:
    """z-scores, dividing by at least `least_spread`; all zero when the values do not differ (a ranking that cannot
    tell the candidates apart says nothing)."""
    spread = max(float(values.std()), least_spread)
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros_like(values, dtype=float)


def agreement(hit: Hit) -> float:
    """How high both rankings put the hit, 0..1: DENSE_WEIGHT / (RANK_K + dense rank) + (1 - DENSE_WEIGHT) / (RANK_K +
    BM25 rank), over the same for first in both; a ranking that did not find it counts 0."""
    part = lambda rank: 1.0 / (RANK_K + rank) if rank else 0.0  # noqa: E731
    return (DENSE_WEIGHT * part(hit.dense_rank) + (1 - DENSE_WEIGHT) * part(hit.lexical_rank)) * (RANK_K + 1)
