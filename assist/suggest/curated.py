"""Suggestions that need no LLM, ready in milliseconds: verbatim approved lines ranked for this moment, the next
script step, the script's answer to an objection, reminders of mandatory mentions, and escalation alerts."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assist.knowledge.index import Hit, agreement
from assist.knowledge.model import KnowledgeEntry
from assist.privacy.scrubbed import ScrubbedText
from assist.suggest.escalation import Escalation
from assist.suggest.models import Explanation, Source, Suggestion, SuggestionType
from assist.suggest.script import ScriptProgress

_METHOD = "reciprocal ranks in the dense and BM25 rankings / the same for first in both"


@dataclass(frozen=True)
class TurnContext:
    """What every suggestion of one customer turn shares in its explanation."""

    query: ScrubbedText
    snapshot: str
    language: str
    redactions: dict[str, int]
    timings_ms: dict[str, float]
    hits: Sequence[Hit] = ()
    search_filters: dict[str, Any] = field(default_factory=dict)


def confidence(hit: Hit) -> float:
    """How high both rankings put the hit (1: first in both), 0..1."""
    return min(1.0, agreement(hit))


def _suggestion(
    kind: SuggestionType, text: str, citations: tuple[str, ...], context: TurnContext, *, confidence: float, method: str, rationale: str = "",
    sources: tuple[Source, ...] | None = None,
) -> Suggestion:
    explanation = Explanation(
        sources=sources if sources is not None else tuple(Source.from_hit(h, used=h.entry.id in citations, why_not="not this suggestion") for h in context.hits),
        knowledge_snapshot=context.snapshot,
        query=context.query,
        language=context.language,
        redactions=context.redactions,
        timings_ms=dict(context.timings_ms),  # as they stood when this suggestion was made
        confidence=confidence,
        confidence_method=method,
        citation_method="verbatim" if citations else "",
        search_filters=dict(context.search_filters),
        rationale=rationale,
    )
    scrubbed = ScrubbedText.from_trusted_source(text)  # approved knowledge or our own wording, never customer text
    return Suggestion(uuid.uuid4().hex, kind, scrubbed, text, citations, explanation)


def curated_suggestions(hits: Sequence[Hit], *, count: int, context: TurnContext) -> list[Suggestion]:
    suggestions = []
    for hit in hits[:count]:
        sources = tuple(Source.from_hit(h, used=h is hit, why_not="another suggestion shows it") for h in hits)
        suggestions.append(_suggestion(
            SuggestionType.CURATED, hit.entry.text, (hit.entry.id,), context, confidence=confidence(hit),
            method=_METHOD, sources=sources,
        ))
    return suggestions


def next_step_suggestion(progress: ScriptProgress, context: TurnContext) -> Suggestion | None:
    step = progress.next_step
    if step is None:
        return None
    current = progress.current_step
    rationale = (
        f"campaign {progress.campaign}: {len(progress.steps_done)} of {progress.total_steps} steps performed"
        + (f", the furthest is step {current.metadata.get('step')} '{current.title}'" if current else "")
        + f"; next is step {step.metadata.get('step')} '{step.title}'"
    )
    return _suggestion(SuggestionType.SCRIPT_STEP, step.text, (step.id,), context, confidence=1.0, method="script order", rationale=rationale, sources=())


def objection_suggestion(entry: KnowledgeEntry, context: TurnContext) -> Suggestion:
    hit = next((h for h in context.hits if h.entry.id == entry.id), None)
    rationale = f"the customer's turn matches the objection '{entry.metadata.get('objection') or entry.title}' of the script"
    return _suggestion(
        SuggestionType.OBJECTION_RESPONSE, entry.text, (entry.id,), context, confidence=confidence(hit) if hit else 0.0,
        method=_METHOD, rationale=rationale,
    )


def reminder_suggestions(progress: ScriptProgress, context: TurnContext) -> list[Suggestion]:
    return [
        _suggestion(
            SuggestionType.REMINDER, mention.text, (mention.id,), context, confidence=1.0, method="not yet said by the agent",
            rationale=f"mandatory mention '{mention.title}' of campaign {progress.campaign} has not been said", sources=(),
        )
        for mention in progress.mentions_due
    ]


_ALERT = {"fr": "Escalade vers un expert de niveau 2 recommandée", "en": "Escalation to a level-2 expert recommended", "es": "Se recomienda escalar a un experto de nivel 2"}


def escalation_suggestion(escalations: Sequence[Escalation], context: TurnContext) -> Suggestion | None:
    """One alert for the turn, naming every reason and the words (scrubbed) or the level-2 entry that raised it."""
    if not escalations:
        return None
    reasons = "; ".join(e.label + (f" ('{e.trigger}')" if e.trigger else "") for e in escalations)
    text = f"{_ALERT.get(context.language, _ALERT['fr'])} : {', '.join(e.reason.value for e in escalations)}"
    citations = tuple(e.entry_id for e in escalations if e.entry_id)
    method = " and ".join(dict.fromkeys("escalation rules" if e.source == "rules" else f"escalation {e.source}" for e in escalations))
    return _suggestion(SuggestionType.ESCALATION, text, citations, context, confidence=1.0, method=method, rationale=reasons)
