"""Generated replies against DSTC11 track 5's gold responses (ROUGE-L F1, Google's `rouge-score`).

Each knowledge-seeking turn is replayed as a conversation (every turn scrubbed, as in production), our retriever
picks the passages and the generative suggester writes the reply, guards included. Scored per system:

- ``assist``: the reply the agent is shown; a withheld reply counts as an empty one;
- ``assist_or_curated``: what the agent sees first: the reply, or when it is withheld the best curated snippet;
- ``langchain``: the naive "retrieve then prompt" chain (`assist.baselines.NaiveRagChain`) with the same prompt and model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rouge_score import rouge_scorer

from assist.baselines import NaiveRagChain
from assist.conversation import ConversationState
from assist.evaluation import Case
from assist.knowledge.retriever import Retriever
from assist.privacy.scrubber import Scrubber
from assist.stats import percentile
from assist.suggest.generative import GenerativeSuggester


def evaluate_responses(
    retriever: Retriever, scrubber: Scrubber, generator: GenerativeSuggester, cases: Sequence[Case], responses: Sequence[str],
    *, baseline: NaiveRagChain | None = None, progress: Callable[[int, int], None] = lambda done, total: None,
) -> dict:
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    scores: dict[str, list[float]] = {"assist": [], "assist_or_curated": [], "langchain": []}
    shown, first_token_ms, total_ms = 0, [], []
    for done, (case, gold) in enumerate(zip(cases, responses), start=1):
        state = ConversationState(language="en")
        for speaker, text in case.turns:
            turn = retriever.record(state, speaker, text, scrubber)
        retrieval = retriever.retrieve(state, k=5)
        hits = retrieval.hits if retrieval.answered else []
        reply = ""
        if hits:
            tokens = generator.stream(state, hits, query=retrieval.query, snapshot=retriever.index.snapshot, redactions=turn.redactions,
                                      language=turn.language, language_of=retriever.language_of)  # fmt: skip
            outcome = _drain(tokens)
            first_token_ms.append(outcome.timings_ms.get("generate_ttft", 0.0))
            total_ms.append(outcome.timings_ms.get("generate_total", 0.0))
            if outcome.suggestion:
                shown += 1
                reply = outcome.suggestion.display_text
        rouge = lambda text: scorer.score(gold, text)["rougeL"].fmeasure if text else 0.0  # noqa: E731
        scores["assist"].append(rouge(reply))
        scores["assist_or_curated"].append(rouge(reply or (hits[0].entry.text if hits else "")))
        if baseline is not None:
            answer = baseline.reply(state.turns[-1].text, turn.language)
            scores["langchain"].append(rouge(answer[0] if answer else ""))
        state.close()
        progress(done, len(cases))
    mean = lambda values: round(sum(values) / len(values), 4) if values else None  # noqa: E731
    return {
        "turns": len(cases),
        "rouge_l": {system: mean(values) for system, values in scores.items() if values},
        "generative_shown": shown,
        "first_token_p50_ms": round(percentile(first_token_ms, 50), 1) if first_token_ms else None,
        "reply_p95_ms": round(percentile(total_ms, 95), 1) if total_ms else None,
    }


def _drain(tokens):
    while True:
        try:
            next(tokens)
        except StopIteration as finished:
            return finished.value
