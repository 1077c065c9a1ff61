"""Suggestions and their explanations, as typed objects. The audit entry is written from these."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from assist.knowledge.index import Hit
from assist.llm.base import ModelInfo
from assist.privacy.scrubbed import ScrubbedText


class SuggestionType(str, Enum):
    CURATED = "curated"
    GENERATIVE = "generative"


@dataclass(frozen=True)
class Source:
    """A retrieved candidate, with its rank, its scores and whether this suggestion used it."""

    entry_id: str
    chunk_id: str
    title: str
    kind: str
    rank: int
    score: float
    lexical_rank: int | None
    lexical_score: float | None
    dense_rank: int | None
    dense_score: float | None
    level: int
    used: bool
    why_not: str = ""

    @classmethod
    def from_hit(cls, hit: Hit, used: bool, why_not: str = "") -> Source:
        return cls(
            entry_id=hit.entry.id,
            chunk_id=hit.chunk_id,
            title=hit.entry.title,
            kind=hit.entry.kind.value,
            rank=hit.rank,
            score=hit.score,
            lexical_rank=hit.lexical_rank,
            lexical_score=hit.lexical_score,
            dense_rank=hit.dense_rank,
            dense_score=hit.dense_score,
            level=int(hit.entry.metadata.get("level", 1)),
            used=used,
            why_not="" if used else why_not,
        )


@dataclass(frozen=True)
class GuardResult:
    name: str
    passed: bool
    detail: str = ""


@dataclass(frozen=True)
class PromptRef:
    id: str
    version: int
    hash: str


@dataclass(frozen=True)
class Explanation:
    """Why this suggestion was shown: sources, prompt, model, guards, redactions and timings."""

    sources: tuple[Source, ...]
    knowledge_snapshot: str
    query: ScrubbedText
    language: str
    redactions: dict[str, int]
    timings_ms: dict[str, float]
    confidence: float
    confidence_method: str
    prompt: PromptRef | None = None
    model: ModelInfo | None = None
    guards: tuple[GuardResult, ...] = ()
    citation_method: str = ""
    search_filters: dict[str, Any] = field(default_factory=dict)  # knowledge filters the search applied: kinds, campaign, entity


@dataclass(frozen=True)
class Suggestion:
    """`text` is scrubbed (what the log keeps); `display_text` has the customer's details restored, for the agent only."""

    id: str
    type: SuggestionType
    text: ScrubbedText
    display_text: str = field(repr=False)
    citations: tuple[str, ...]
    explanation: Explanation


@dataclass(frozen=True)
class Escalation:
    reason: str
    entry_id: str


@dataclass
class TurnSuggestions:
    """Everything shown for one customer turn."""

    turn_id: str
    curated: list[Suggestion]
    generative: Suggestion | None = None
    generative_error: str = ""
    escalation: Escalation | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)
    no_answer: bool = False  # nothing approved matches this turn well enough: no suggestion rather than a weak guess
    language: str = "fr"  # the detected language of the customer's turn
    entity: str | None = None  # what the conversation is about, when the knowledge names it

    @property
    def all(self) -> list[Suggestion]:
        return ([self.generative] if self.generative else []) + self.curated

    @property
    def best(self) -> Suggestion | None:
        return (self.all or [None])[0]
