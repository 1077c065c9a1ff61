"""Generated replies against DSTC11 track 5's gold responses (ROUGE-L F1, Google's `rouge-score`).

Each knowledge-seeking turn is replayed through an `Assistant` exactly as in production (every turn scrubbed, the
conversation-aware retriever, the generation gate, the guards). Scored per system:

- ``assist``: the generated reply the agent is shown; a withheld or not attempted reply counts as an empty one;
- ``assist_or_curated``: what the agent sees first: the generated reply, or else the best curated snippet;
- ``langchain``: the naive "retrieve then prompt" chain (`assist.baselines.NaiveRagChain`) with the same prompt and
  model, on the same scrubbed last utterance.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rouge_score import rouge_scorer

from assist.assistant import Assistant
from assist.baselines import NaiveRagChain
from assist.conversation import Speaker
from assist.evaluation import Case
from assist.stats import percentile


def evaluate_responses(
    assistant: Assistant, cases: Sequence[Case], responses: Sequence[str], *, baseline: NaiveRagChain | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> dict:
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    scores: dict[str, list[float]] = {"assist": [], "assist_or_curated": [], "langchain": []}
    shown, first_token_ms, total_ms = 0, [], []
    for done, (case, gold) in enumerate(zip(cases, responses), start=1):
        conversation = assistant.conversation(language="en")
        *history, (speaker, last) = case.turns
        for earlier_speaker, text in history:
            assistant.add_turn(conversation.state, earlier_speaker, text)
        if speaker is not Speaker.CUSTOMER:
            raise ValueError("a DSTC11 case ends with the customer's turn")
        result = conversation.customer(last)
        if "generate_ttft" in result.timings_ms:
            first_token_ms.append(result.timings_ms["generate_ttft"])
            total_ms.append(result.timings_ms["generate_total"])
        reply = result.generative.display_text if result.generative else ""
        shown += bool(reply)
        rouge = lambda text: scorer.score(gold, text)["rougeL"].fmeasure if text else 0.0  # noqa: E731
        scores["assist"].append(rouge(reply))
        scores["assist_or_curated"].append(rouge(reply or (result.curated[0].display_text if result.curated else "")))
        if baseline is not None:
            answer = baseline.reply(conversation.state.turns[-1].text, "en")
            scores["langchain"].append(rouge(conversation.restore(answer[0]) if answer else ""))
        conversation.close()
        progress(done, len(cases))
    mean = lambda values: round(sum(values) / len(values), 4) if values else None  # noqa: E731
    return {
        "turns": len(cases),
        "rouge_l": {system: mean(values) for system, values in scores.items() if values},
        "generative_shown": shown,
        "first_token_p50_ms": round(percentile(first_token_ms, 50), 1) if first_token_ms else None,
        "reply_p95_ms": round(percentile(total_ms, 95), 1) if total_ms else None,
    }
