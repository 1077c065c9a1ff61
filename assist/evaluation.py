"""Retrieval evaluation over the generic formats: knowledge JSONL/YAML/… and cases JSONL.

A case is ``{"query": ...}`` or ``{"turns": [{"speaker", "text"}, ...]}`` plus ``"gold_ids"``
(empty for an out-of-scope question, which must get "no answer"). recall@k is the share of a
case's gold ids found in the top k, out of at most k (so recall@1 is "the first result is
right"); MRR@k uses the first gold id found. A "no answer" on an in-scope case counts as a miss.
Queries go through the scrubber, as in production, and every system sees the same scrubbed
conversation. Systems compared in one run:

- ``assist``: our retriever (hybrid, conversation-aware query, entity tracking, no-answer threshold);
- ``hybrid``: the same without the no-answer threshold (what the threshold costs and buys);
- ``lexical`` / ``dense``: the same conversation-aware query, one ranking only, no threshold;
- ``langchain``: a naive LangChain pipeline: Chroma with the same embeddings, the last customer
  utterance as the query.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from assist.baselines import NaiveLangChain
from assist.conversation import ConversationState, Speaker
from assist.errors import InputError
from assist.knowledge.retriever import NoAnswerThreshold, Retriever
from assist.privacy.scrubber import Scrubber
from assist.stats import percentile

SYSTEMS = ("assist", "hybrid", "lexical", "dense", "langchain")


@dataclass(frozen=True)
class Case:
    turns: tuple[tuple[Speaker, str], ...]
    gold_ids: tuple[str, ...]
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class RetrievalReport:
    system: str
    cases: int
    out_of_scope: int
    k: int
    recall_at_1: float
    recall_at_k: float
    mrr_at_k: float
    no_answer_on_out_of_scope: float | None  # share of out-of-scope cases answered "no answer" (higher is better)
    no_answer_on_in_scope: float | None  # share of in-scope cases wrongly answered "no answer" (lower is better)
    latency_p50_ms: float
    latency_p95_ms: float

    def as_dict(self) -> dict:
        data = asdict(self)
        data[f"recall_at_{self.k}"] = data.pop("recall_at_k")
        data[f"mrr_at_{self.k}"] = data.pop("mrr_at_k")
        return data


@dataclass(frozen=True)
class Outcome:
    """One system's answer to one case: the ranked ids, whether it answered, and the scores behind the decision."""

    ranked: list[str]
    scores: list[float]
    answered: bool
    lexical_top: float
    dense_top: float
    ms: float


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
            tags = tuple(str(t) for t in data.get("tags", []))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: invalid case ({type(exc).__name__}: expected 'query' or 'turns' and 'gold_ids')") from None
        if not any(speaker is Speaker.CUSTOMER for speaker, _ in turns):
            raise InputError(f"{path}:{number}: a case needs at least one customer turn")
        cases.append(Case(turns, gold, tags))
    if not cases:
        raise InputError(f"{path}: no cases")
    return cases


def replay(retriever: Retriever, scrubber: Scrubber, case: Case, language: str) -> ConversationState:
    """The case's conversation as production sees it: each turn scrubbed in its own language, entities tracked."""
    state = ConversationState(language=language)
    for speaker, text in case.turns:
        retriever.record(state, speaker, text, scrubber)
    return state


def run_systems(
    retriever: Retriever,
    scrubber: Scrubber,
    cases: Sequence[Case],
    *,
    k: int = 5,
    language: str = "fr",
    systems: Sequence[str] = SYSTEMS,
    progress: Callable[[int, int], None] | None = None,
    states: Sequence[ConversationState] | None = None,
) -> dict[str, list[Outcome]]:
    """Every system's outcome on every case (the scrubbed conversation is built once per case, or given as `states`).
    A reranked retriever's outcome lists its best k in reranked order, before its selection, scored by the reranker's
    probabilities."""
    unknown = set(systems) - set(SYSTEMS)
    if unknown:
        raise InputError(f"unknown system(s) {', '.join(sorted(unknown))} (expected {', '.join(SYSTEMS)})")
    outcomes: dict[str, list[Outcome]] = {system: [] for system in systems}
    naive = NaiveLangChain(retriever.index) if "langchain" in systems else None
    for number, case in enumerate(cases, start=1):
        state = states[number - 1] if states is not None else replay(retriever, scrubber, case, language)
        for system in systems:
            retriever.index.clear_query_cache()  # every system pays for its own embeddings
            started = time.perf_counter()
            if system == "langchain":
                last = next(t for t in reversed(state.turns) if t.speaker is Speaker.CUSTOMER)
                found = naive.ranked(last.text.text, k)
                ranked, scores, answered, lexical_top, dense_top = [i for i, _ in found], [v for _, v in found], True, 0.0, 0.0
            else:
                result = retriever.retrieve(state, k=k, mode="hybrid" if system == "assist" else system)
                hits = result.ranked
                ranked = [hit.entry.id for hit in hits]
                scores = [hit.score if hit.rerank_score is None else hit.rerank_score for hit in hits]
                answered = result.answered if system == "assist" else bool(hits)
                lexical_top = max((h.lexical_score or 0.0 for h in hits), default=0.0)
                dense_top = max((h.dense_score or 0.0 for h in hits), default=0.0)
            outcomes[system].append(Outcome(ranked, scores, answered, lexical_top, dense_top, (time.perf_counter() - started) * 1000))
        if progress:
            progress(number, len(cases))
    return outcomes


def score(system: str, cases: Sequence[Case], outcomes: Sequence[Outcome], k: int) -> RetrievalReport:
    recall1, recallk, mrr, wrongly_silent, rightly_silent = [], [], [], [], []
    for case, outcome in zip(cases, outcomes):
        if not case.gold_ids:
            rightly_silent.append(not outcome.answered)
            continue
        wrongly_silent.append(not outcome.answered)
        ranked = outcome.ranked[:k] if outcome.answered else []
        gold = set(case.gold_ids)
        recall1.append(len(gold & set(ranked[:1])) / 1)
        recallk.append(len(gold & set(ranked)) / min(len(gold), k))
        mrr.append(next((1 / rank for rank, entry_id in enumerate(ranked, start=1) if entry_id in gold), 0.0))
    mean = lambda values: round(sum(values) / len(values), 4) if values else None  # noqa: E731
    latencies = [o.ms for o in outcomes]
    return RetrievalReport(
        system=system,
        cases=len(recallk),
        out_of_scope=len(rightly_silent),
        k=k,
        recall_at_1=mean(recall1) or 0.0,
        recall_at_k=mean(recallk) or 0.0,
        mrr_at_k=mean(mrr) or 0.0,
        no_answer_on_out_of_scope=mean(rightly_silent),
        no_answer_on_in_scope=mean(wrongly_silent),
        latency_p50_ms=round(percentile(latencies, 50), 2),
        latency_p95_ms=round(percentile(latencies, 95), 2),
    )


def evaluate_retrieval(
    retriever: Retriever, scrubber: Scrubber, cases: Sequence[Case], *, k: int = 5, language: str = "fr",
    systems: Sequence[str] = SYSTEMS, progress: Callable[[int, int], None] | None = None,
) -> list[RetrievalReport]:
    outcomes = run_systems(retriever, scrubber, cases, k=k, language=language, systems=systems, progress=progress)
    return [score(system, cases, outcomes[system], k) for system in systems]


def calibrate(cases: Sequence[Case], outcomes: Sequence[Outcome], *, max_in_scope_loss: float = 0.02) -> NoAnswerThreshold:
    """The no-answer thresholds that silence the most out-of-scope cases while wrongly silencing at most
    `max_in_scope_loss` of the in-scope cases whose gold is in the results (so recall is protected)."""
    found = [o for c, o in zip(cases, outcomes) if c.gold_ids and set(c.gold_ids) & set(o.ranked)]
    outside = [o for c, o in zip(cases, outcomes) if not c.gold_ids]
    if not found or not outside:
        raise InputError("calibration needs both in-scope cases that are found and out-of-scope cases")
    lexical_grid = sorted({0.0} | {round(o.lexical_top, 2) + 0.01 for o in outside})
    dense_grid = sorted({-1.0} | {round(o.dense_top, 3) + 0.001 for o in outside})
    best = (NoAnswerThreshold(0.0, -1.0), 0)
    for lexical in lexical_grid:
        for dense in dense_grid:
            threshold = NoAnswerThreshold(lexical, dense)
            silenced = lambda o: o.lexical_top < lexical and o.dense_top < dense  # noqa: E731
            if sum(map(silenced, found)) / len(found) <= max_in_scope_loss:
                caught = sum(map(silenced, outside))
                if caught > best[1]:
                    best = (threshold, caught)
    return best[0]
