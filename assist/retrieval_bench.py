"""Retrieval at scale: ingest a large knowledge base into a fresh index, then time the retrieval of every
customer turn, replayed live (scrubbing excluded), for each search mode side by side, the full retriever included
(and, given a reranker, the full retriever reranking its wider pool)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from assist.conversation import ConversationState, Speaker
from assist.evaluation import Case, replay
from assist.knowledge.embeddings import Embedder
from assist.knowledge.index import KnowledgeIndex
from assist.knowledge.model import KnowledgeEntry
from assist.knowledge.reranker import Reranker
from assist.knowledge.retriever import Retriever
from assist.privacy.scrubber import Scrubber
from assist.stats import percentile


def bench_retrieval(
    entries: Sequence[KnowledgeEntry],
    cases: Sequence[Case],
    embedder: Embedder,
    scrubber: Scrubber,
    *,
    language: str = "en",
    reranker: Reranker | None = None,
    progress: Callable[[str, int, int], None] = lambda step, done, total: None,
) -> dict:
    with tempfile.TemporaryDirectory(prefix="assist-bench-") as tmp:
        index = KnowledgeIndex(Path(tmp), embedder)
        started = time.perf_counter()
        index.ingest(entries, progress=lambda done, total: progress("ingesting", done, total))
        ingest_s = time.perf_counter() - started
        started = time.perf_counter()
        again = index.ingest(entries)
        reingest_s = time.perf_counter() - started
        retriever = Retriever(index)
        reranked = Retriever(index, reranker=reranker) if reranker else None
        states = []
        for number, case in enumerate(cases, start=1):
            states.append(replay(retriever, scrubber, case, language))
            progress("scrubbing the conversations", number, len(cases))
        # Live replay: retrieval runs at every customer turn, in order, as in a call (a turn's utterance is embedded
        # once and reused as context by the next turn). Each mode replays every conversation from a cold cache.
        timings: dict[str, list[float]] = {}
        for mode in ("lexical", "dense", "assist") + (("reranked",) if reranked else ()):
            index.clear_query_cache()
            timings[mode] = []
            for number, state in enumerate(states, start=1):
                for end, turn in enumerate(state.turns, start=1):
                    if turn.speaker is not Speaker.CUSTOMER:
                        continue
                    live = ConversationState(id=state.id, language=state.language, turns=state.turns[:end])
                    started = time.perf_counter()
                    if mode == "reranked":
                        reranked.retrieve(live)
                    else:
                        retriever.retrieve(live, mode="hybrid" if mode == "assist" else mode)  # the same query, entity and filters
                    timings[mode].append((time.perf_counter() - started) * 1000)
                progress(f"searching ({mode})", number, len(states))
    return {
        "entries": len(entries),
        "chunks": index.chunk_count,
        "ingest_s": round(ingest_s, 1),
        "reingest_unchanged_s": round(reingest_s, 2),
        "reingest_unchanged_entries": again.unchanged,
        "conversations": len(states),
        "customer_turns": len(timings["assist"]),
        "retrieval_ms": {mode: {"p50": round(percentile(values, 50), 2), "p95": round(percentile(values, 95), 2)} for mode, values in timings.items()},
    }
