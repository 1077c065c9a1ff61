"""Retrieval evaluation over the generic formats: knowledge JSONL and cases JSONL.

A case is ``{"query": ...}`` or ``{"turns": [{"speaker", "text"}, ...]}`` plus ``"gold_ids"``.
recall@k is the share of a case's gold ids found in the top k, out of at most k (so recall@1 is
"the first result is right"); MRR@k uses the first gold id found. Cases with no gold ids
(out of scope) are counted apart. Queries go through the scrubber, as in production.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from assist.assistant import conversation_query
from assist.conversation import ConversationState, Speaker
from assist.errors import InputError
from assist.knowledge.index import KnowledgeIndex
from assist.privacy.scrubber import Scrubber
from assist.stats import percentile


@dataclass(frozen=True)
class Case:
    turns: tuple[tuple[Speaker, str], ...]
    gold_ids: tuple[str, ...]


@dataclass(frozen=True)
class RetrievalReport:
    cases: int
    out_of_scope: int
    k: int
    recall_at_1: float
    recall_at_k: float
    mrr_at_k: float
    latency_p50_ms: float
    latency_p95_ms: float

    def as_dict(self) -> dict:
        data = asdict(self)
        data[f"recall_at_{self.k}"] = data.pop("recall_at_k")
        data[f"mrr_at_{self.k}"] = data.pop("mrr_at_k")
        return data


def load_cases(path: Path) -> list[Case]:
    cases = []
    try:
        lines = path.read_bytes().decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            gold = tuple(str(g) for g in data.get("gold_ids", []))
            if "turns" in data:
                turns = tuple((Speaker(t["speaker"]), str(t["text"])) for t in data["turns"])
            else:
                turns = ((Speaker.CUSTOMER, str(data["query"])),)
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: invalid case ({type(exc).__name__}: expected 'query' or 'turns' and 'gold_ids')") from None
        if not any(speaker is Speaker.CUSTOMER for speaker, _ in turns):
            raise InputError(f"{path}:{number}: a case needs at least one customer turn")
        cases.append(Case(turns, gold))
    if not cases:
        raise InputError(f"{path}: no cases")
    return cases


def evaluate_retrieval(
    index: KnowledgeIndex, scrubber: Scrubber, cases: Sequence[Case], *, k: int = 5, language: str = "fr", progress: Callable[[int, int], None] | None = None
) -> RetrievalReport:
    recall1, recallk, mrr, latencies = [], [], [], []
    out_of_scope = 0
    for number, case in enumerate(cases, start=1):
        started = time.perf_counter()
        state = ConversationState(language=language)
        for speaker, text in case.turns:
            state.append(speaker, scrubber.scrub(text, state.vault, language).scrubbed, {})
        ranked = [hit.entry.id for hit in index.search(conversation_query(state), k=k, language=language)]
        latencies.append((time.perf_counter() - started) * 1000)
        if progress:
            progress(number, len(cases))
        if not case.gold_ids:
            out_of_scope += 1
            continue
        gold = set(case.gold_ids)
        recall1.append(len(gold & set(ranked[:1])) / 1)
        recallk.append(len(gold & set(ranked[:k])) / min(len(gold), k))
        mrr.append(next((1 / rank for rank, entry_id in enumerate(ranked[:k], start=1) if entry_id in gold), 0.0))
    scored = len(recallk)
    mean = lambda values: round(sum(values) / len(values), 4) if values else 0.0  # noqa: E731
    return RetrievalReport(
        cases=scored,
        out_of_scope=out_of_scope,
        k=k,
        recall_at_1=mean(recall1),
        recall_at_k=mean(recallk),
        mrr_at_k=mean(mrr),
        latency_p50_ms=round(percentile(latencies, 50), 2),
        latency_p95_ms=round(percentile(latencies, 95), 2),
    )
