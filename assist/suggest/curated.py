"""Curated suggestions: verbatim approved lines, ranked for this moment. Fast, no LLM."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from assist.knowledge.index import LEXICAL_WEIGHT, RRF_K, Hit
from assist.privacy.scrubbed import ScrubbedText
from assist.suggest.models import Explanation, Source, Suggestion, SuggestionType

_BEST_POSSIBLE = (1.0 + LEXICAL_WEIGHT) / (RRF_K + 1)


def confidence(hit: Hit) -> float:
    """Fused score relative to the best possible (first in both rankings): 0..1."""
    return min(1.0, hit.score / _BEST_POSSIBLE)


def curated_suggestions(
    hits: Sequence[Hit], *, count: int, query: ScrubbedText, snapshot: str, language: str, redactions: dict[str, int], timings_ms: dict[str, float],
    search_filters: Mapping[str, Any] | None = None,
) -> list[Suggestion]:
    suggestions = []
    for hit in hits[:count]:
        sources = tuple(Source.from_hit(h, used=h is hit, why_not="another suggestion shows it") for h in hits)
        explanation = Explanation(
            sources=sources,
            knowledge_snapshot=snapshot,
            query=query,
            language=language,
            redactions=redactions,
            timings_ms=timings_ms,
            confidence=confidence(hit),
            confidence_method="rrf score / best possible rrf score",
            citation_method="verbatim",
            search_filters=dict(search_filters or {}),
        )
        text = ScrubbedText.from_trusted_source(hit.entry.text)  # approved knowledge, not customer text
        suggestions.append(Suggestion(uuid.uuid4().hex, SuggestionType.CURATED, text, hit.entry.text, (hit.entry.id,), explanation))
    return suggestions
