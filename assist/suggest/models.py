"""Suggestions and their explanations, as typed objects. The audit entry is written from these."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from assist.knowledge.index import Hit
from assist.llm.base import ModelInfo
from assist.privacy.scrubbed import ScrubbedText
from assist.suggest.escalation import Escalation
from assist.suggest.script import ScriptProgress


class SuggestionType(str, Enum):
    CURATED = "curated"  # a verbatim approved answer ranked for this moment
    GENERATIVE = "generative"  # a reply written by the LLM from cited passages
    SCRIPT_STEP = "script_step"  # the next step of the campaign script
    OBJECTION_RESPONSE = "objection_response"  # the script's answer to the objection the customer just raised
    REMINDER = "reminder"  # a mandatory mention the agent has not said yet
    ESCALATION = "escalation"  # an alert: this case needs a level-2 expert, and why
    SUMMARY = "summary"  # the post-call summary


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
    rerank_score: float | None = None

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
            rerank_score=hit.rerank_score,
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
    rationale: str = ""  # why this suggestion now, in words: the rule that fired, the script step reached


@dataclass(frozen=True)
class Suggestion:
    """`text` is scrubbed (what the log keeps); `display_text` has the customer's details restored, for the agent only."""

    id: str
    type: SuggestionType
    text: ScrubbedText
    display_text: str = field(repr=False)
    citations: tuple[str, ...]
    explanation: Explanation


@dataclass
class TurnSuggestions:
    """Everything shown for one customer turn."""

    turn_id: str
    curated: list[Suggestion]
    generative: Suggestion | None = None
    generative_error: str = ""
    escalations: list[Escalation] = field(default_factory=list)  # every reason found in this turn, most serious first
    alert: Suggestion | None = None  # the escalation alert shown (and audited) for them
    script: ScriptProgress | None = None  # in a campaign: where the call stands
    next_step: Suggestion | None = None
    objection: Suggestion | None = None
    reminders: list[Suggestion] = field(default_factory=list)  # mandatory mentions still due
    timings_ms: dict[str, float] = field(default_factory=dict)
    no_answer: bool = False  # nothing approved matches this turn well enough: no suggestion rather than a weak guess
    language: str = "fr"  # the detected language of the customer's turn
    entity: str | None = None  # what the conversation is about, when the knowledge names it

    @property
    def escalation(self) -> Escalation | None:
        return self.escalations[0] if self.escalations else None

    @property
    def replies(self) -> list[Suggestion]:
        """What the agent could say next, best first: the generative reply, the objection response, the curated lines."""
        return [s for s in (self.generative, self.objection) if s] + self.curated

    @property
    def all(self) -> list[Suggestion]:
        return self.replies + [s for s in (self.next_step, self.alert) if s] + self.reminders

    @property
    def best(self) -> Suggestion | None:
        return (self.replies or [None])[0]
