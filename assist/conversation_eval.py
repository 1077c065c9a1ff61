"""Conversation evaluation: replay labelled calls turn by turn through an `Assistant` and score what it suggested.

Format: ``evals/conversations/README.md`` (one conversation per JSONL line, labels on turns). Scored:

- escalation alerts on customer turns: recall on labelled turns, false-alarm rate on the others (level-2 topic
  alerts, which come from the knowledge and not from the customer's words, are counted apart);
- mandatory mentions and script steps recognised in the agent's turns, and the mentions still due when the call
  ends (the reminders) against the mentions the agent never said;
- objection responses offered on the customer's objections;
- curated answers (recall@3 on turns whose answer is in the knowledge);
- generative replies: citation precision and recall against the labelled knowledge ids, and the language of every
  suggestion shown. The same turns go through a naive LangChain "retrieve then prompt" chain as the baseline
  (Chroma with the same embeddings, the last customer utterance, the same prompt and model, no guards).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assist.assistant import Assistant
from assist.errors import InputError
from assist.knowledge.lexical import Analyzer, fold
from assist.suggest.escalation import EscalationReason
from assist.suggest.guards import INJECTION, SENTENCE_END, support
from assist.suggest.escalation_check import LLMEscalationCheck
from assist.suggest.escalation_model import NONE, SemanticEscalationCheck


def load_conversations(path: Path) -> list[dict]:
    conversations = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            valid = isinstance(item["turns"], list) and all(t["speaker"] in ("agent", "customer") and isinstance(t["text"], str) for t in item["turns"])
        except (json.JSONDecodeError, KeyError, TypeError):
            valid = False
        if not valid:
            raise InputError(f"{path}:{number}: not a conversation (expected 'turns' with speaker agent|customer and text)")
        conversations.append(item)
    return conversations


@dataclass
class _Counts:
    values: Counter = field(default_factory=Counter)

    def add(self, **keys: int) -> None:
        self.values.update(keys)

    def ratio(self, part: str, whole: str) -> float | None:
        return round(self.values[part] / self.values[whole], 4) if self.values[whole] else None


def evaluate(assistant: Assistant, conversations: list[dict], *, baseline: Callable[[Any, list[dict]], tuple[str, list[str]] | None] | None = None,
             language_of: Callable[[str, str], str] | None = None, progress: Callable[[int, int], None] = lambda done, total: None,
             details: list[dict] | None = None, second_opinion: LLMEscalationCheck | SemanticEscalationCheck | None = None) -> dict:  # fmt: skip
    """Replay every conversation; `baseline(state, turns)` returns a baseline's reply and the ids it cites (None: no reply).
    `details`, when given, receives one record per customer turn (ids and labels, no text) for error analysis.
    `second_opinion` (the embedding classifier or the LLM's check) is scored on the same turns, alone and combined with
    the rules, as production runs it: only where the rules found nothing, never on a turn addressing the assistant."""
    language_of = language_of or assistant.retriever.language_of
    c = _Counts()
    categories: Counter = Counter()
    for done, item in enumerate(conversations, start=1):
        conversation = assistant.conversation(language=item.get("language", "fr"), campaign=item.get("campaign"))
        tracker = assistant.script_tracker(conversation.state)
        mentions = {m.id for m in tracker.script.mentions} if tracker else set()
        for position, turn in enumerate(item["turns"]):
            if turn["speaker"] == "agent":
                conversation.agent(turn["text"])
                if tracker:
                    said = set(tracker.lines_in(conversation.turns[-1].text))
                    gold_mentions, gold_step = set(turn.get("mentions", [])), turn.get("step")
                    predicted_mentions = said & mentions
                    c.add(mention_tp=len(predicted_mentions & gold_mentions), mention_predicted=len(predicted_mentions), mention_gold=len(gold_mentions))
                    predicted_steps = said - mentions
                    c.add(step_turns=bool(gold_step), step_found=bool(gold_step) and gold_step in predicted_steps,
                          step_predicted=len(predicted_steps), step_correct=len(predicted_steps & {gold_step}))  # fmt: skip
                continue
            result = conversation.customer(turn["text"])
            spoken = item.get("language", "fr")
            alerts = [e for e in result.escalations if e.reason is not EscalationReason.LEVEL_2_TOPIC]
            if turn.get("escalation"):
                c.add(escalation_gold=1, escalation_found=bool(alerts), escalation_category=any(e.reason.value == turn["escalation"] for e in alerts))
                categories.update([f"{turn['escalation']}:{'found' if alerts else 'missed'}"])
            else:
                c.add(no_escalation=1, false_alarm=bool(alerts), hard_negative=bool(turn.get("hard_negative")),
                      hard_negative_alarm=bool(turn.get("hard_negative")) and bool(alerts))  # fmt: skip
            c.add(level_2_alert=any(e.reason is EscalationReason.LEVEL_2_TOPIC for e in result.escalations))
            if second_opinion is not None:
                last = conversation.turns[-1].text
                opinion = second_opinion.check(last) if not INJECTION.search(fold(last.text)) else None
                flagged = opinion is not None
                key = "gold" if turn.get("escalation") else "other"
                c.add(**{f"llm_{key}": 1, f"llm_{key}_flagged": flagged, f"either_{key}_flagged": bool(alerts) or flagged,
                         f"either_{key}_right": bool(alerts) and any(e.reason.value == turn.get("escalation") for e in alerts)
                         or (not alerts and flagged and opinion.reason.value == turn.get("escalation"))})  # fmt: skip
            if turn.get("objection"):
                c.add(objection_gold=1, objection_found=bool(result.objection) and result.objection.citations[0] == turn["objection"])
            elif result.objection:
                c.add(objection_false=1)
            gold = set(turn.get("gold_ids", []))
            if gold:
                c.add(answer_turns=1, answer_at_3=bool(gold & {s.citations[0] for s in result.curated}))
            shown = [s for s in result.replies if s.citations]
            c.add(suggestions=len(shown), wrong_language=sum(
                (language_of(s.display_text, spoken) if s.type.value == "generative" else _entry_language(assistant, s.citations[0])) != spoken for s in shown
            ))  # fmt: skip
            if result.generative:
                cited = set(result.generative.citations)
                c.add(generated=1, generated_labelled=bool(gold), cited_all=len(cited), cited_supported=_supported(assistant, result.generative.text.text, cited, spoken))
                if gold:
                    c.add(cited=len(cited), cited_correct=len(cited & gold), gold_cited=bool(cited & gold))
            elif assistant.generator is not None:
                c.add(withheld=1)
            baseline_answer = baseline(conversation.state, item["turns"]) if baseline is not None else None
            cited_by_baseline = baseline_answer[1] if baseline_answer else None
            if details is not None:
                details.append({
                    "conversation": item.get("id"), "turn": position, "gold_ids": sorted(gold), "escalation": turn.get("escalation"),
                    "alerts": [e.reason.value for e in result.escalations], "objection": turn.get("objection"),
                    "objection_offered": result.objection.citations[0] if result.objection else None,
                    "curated": [s.citations[0] for s in result.curated],
                    "ranks": [[h.entry_id, h.lexical_rank, h.dense_rank] for h in (result.curated[0].explanation.sources if result.curated else ())][:5],
                    "cited": list(result.generative.citations) if result.generative else None, "generative_error": result.generative_error,
                    "baseline_cited": cited_by_baseline,
                })
            if baseline is not None:
                if baseline_answer is not None:
                    c.add(baseline_replies=1, baseline_cited_all=len(set(cited_by_baseline)),
                          baseline_wrong_language=bool(baseline_answer[0]) and language_of(baseline_answer[0], spoken) != spoken,
                          baseline_cited_supported=_supported(assistant, baseline_answer[0], set(cited_by_baseline), spoken))  # fmt: skip
                    if gold:
                        c.add(baseline_labelled=1, baseline_cited=len(cited_by_baseline), baseline_cited_correct=len(set(cited_by_baseline) & gold))
        if assistant.generator is not None:
            summary = conversation.summary()
            c.add(summaries=1, summaries_by_model=summary.explanation.confidence == 1.0)
        if tracker:
            due = {m.id for m in conversation.progress().mentions_due}
            missing = set(item.get("mentions_missing", []))
            c.add(reminder_gold=len(missing), reminder_predicted=len(due), reminder_tp=len(due & missing))
        conversation.close()
        progress(done, len(conversations))
    return {
        "conversations": len(conversations),
        "escalation": {
            "turns": c.values["escalation_gold"], "recall": c.ratio("escalation_found", "escalation_gold"),
            "category_accuracy": c.ratio("escalation_category", "escalation_gold"),
            "false_alarm_rate": c.ratio("false_alarm", "no_escalation"), "false_alarms": c.values["false_alarm"],
            "hard_negative_false_alarms": f"{c.values['hard_negative_alarm']}/{c.values['hard_negative']}",
            "level_2_topic_alerts": c.values["level_2_alert"], "by_category": dict(sorted(categories.items())),
        },
        "second_opinion": None if second_opinion is None else {
            "kind": "llm" if isinstance(second_opinion, LLMEscalationCheck) else "classifier",
            "recall": c.ratio("llm_gold_flagged", "llm_gold"), "false_alarm_rate": c.ratio("llm_other_flagged", "llm_other"),
            "rules_then_second_recall": c.ratio("either_gold_flagged", "llm_gold"), "category_right": c.ratio("either_gold_right", "llm_gold"),
            "rules_then_second_false_alarms": c.values["either_other_flagged"], "rules_then_second_false_alarm_rate": c.ratio("either_other_flagged", "llm_other"),
        },
        "mentions": {"precision": c.ratio("mention_tp", "mention_predicted"), "recall": c.ratio("mention_tp", "mention_gold"), "said": c.values["mention_gold"]},
        "reminders_at_end": {"precision": c.ratio("reminder_tp", "reminder_predicted"), "recall": c.ratio("reminder_tp", "reminder_gold"),
                             "missing": c.values["reminder_gold"], "flagged": c.values["reminder_predicted"]},  # fmt: skip
        "steps": {"recall": c.ratio("step_found", "step_turns"), "precision": c.ratio("step_correct", "step_predicted"), "turns": c.values["step_turns"]},
        "objections": {"recall": c.ratio("objection_found", "objection_gold"), "turns": c.values["objection_gold"], "false": c.values["objection_false"]},
        "curated": {"recall_at_3": c.ratio("answer_at_3", "answer_turns"), "turns": c.values["answer_turns"]},
        "generative": {
            "shown": c.values["generated"], "withheld": c.values["withheld"],
            "citations_supported": c.ratio("cited_supported", "cited_all"), "citation_precision": c.ratio("cited_correct", "cited"),
            "citation_recall": c.ratio("gold_cited", "answer_turns"), "labelled_turns": c.values["generated_labelled"],
        },
        "summaries": {"calls": c.values["summaries"], "written_by_the_model": c.values["summaries_by_model"]},  # the rest fell back
        "language": {"suggestions": c.values["suggestions"], "wrong_language": c.values["wrong_language"]},
        "baseline_langchain": None if baseline is None else {
            "replies": c.values["baseline_replies"], "citations_supported": c.ratio("baseline_cited_supported", "baseline_cited_all"),
            "citation_precision": c.ratio("baseline_cited_correct", "baseline_cited"), "wrong_language": c.values["baseline_wrong_language"],
            "labelled_turns": c.values["baseline_labelled"],
        },
    }


def _supported(assistant: Assistant, text: str, cited: set[str], language: str) -> int:
    """How many of the cited passages support the reply: at least half of its content words (stemmed) are in the
    passage, and so is at least a third of each of its sentences. Stricter than the generation guard."""
    analyzer, supported = Analyzer(language), 0
    sentences = [sentence for sentence in SENTENCE_END.split(text) if analyzer(sentence)]
    for entry_id in cited:
        passage = assistant.index.entries.get(entry_id)
        if passage is not None and text and support(text, passage, analyzer) >= 0.5 and all(support(s, passage, analyzer) >= 1 / 3 for s in sentences):
            supported += 1
    return supported


def _entry_language(assistant: Assistant, entry_id: str) -> str:
    entry = assistant.index.entries.get(entry_id)
    return entry.language if entry else "?"


def langchain_baseline(assistant: Assistant) -> Callable[[Any, list[dict]], tuple[str, list[str]] | None]:
    """The naive "retrieve then prompt" chain (`assist.baselines.NaiveRagChain`) on the last customer utterance."""
    from assist.baselines import NaiveRagChain

    chain = NaiveRagChain(assistant.index, assistant.generator)

    def reply(state, _turns) -> tuple[str, list[str]] | None:
        return chain.reply(state.turns[-1].text, state.turns[-1].language)

    return reply


def labelled_turns(conversations: list[dict], scrub: Callable[[str, str], str]) -> tuple[list[str], list[str]]:
    """Every customer turn, scrubbed (`scrub(text, language)`), with its escalation label or "none": training data for
    the escalation classifier. Prompt injections are left out (production never shows them to a second opinion)."""
    texts, labels = [], []
    for item in conversations:
        for turn in item["turns"]:
            if turn["speaker"] == "customer" and not turn.get("injection"):
                texts.append(scrub(turn["text"], item.get("language", "fr")))
                labels.append(turn.get("escalation") or NONE)
    return texts, labels


def load_utterances(path: Path) -> list[dict]:
    """Standalone labelled customer utterances, extra training data for the escalation classifier: one JSON object per
    line, ``{"text", "label": <escalation reason> | "none", "language"}``. Every bad line is named at once."""
    reasons = {NONE} | {r.value for r in EscalationReason if r is not EscalationReason.LEVEL_2_TOPIC}
    utterances, problems = [], []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            problems.append(f"{path}:{number}: not JSON")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            problems.append(f"{path}:{number}: 'text' must be a non-empty string")
        elif not isinstance(item.get("label"), str) or item["label"] not in reasons:
            problems.append(f"{path}:{number}: 'label' must be one of {', '.join(sorted(reasons))}")
        elif not isinstance(item.get("language", "fr"), str):
            problems.append(f"{path}:{number}: 'language' must be a language code")
        else:
            utterances.append(item)
    if problems:
        raise InputError("; ".join(problems[:10]) + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""))
    return utterances
