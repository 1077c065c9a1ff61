"""The audit entry schema (versioned). Entries are built from typed suggestions, never from raw text."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assist.suggest.models import Suggestion

SCHEMA_VERSION = 1


class AuditEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = SCHEMA_VERSION
    entry_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    kind: Literal["suggestion", "oversight", "config"]
    created_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="microseconds"))
    conversation_id: str | None = None
    turn_id: str | None = None
    payload: dict[str, Any]


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 3) for key, value in values.items()}


def suggestion_entry(suggestion: Suggestion, *, conversation_id: str, turn_id: str, agent_ref: str | None = None) -> AuditEntry:
    """Everything a reviewer needs about one suggestion. Text fields are `ScrubbedText` by type."""
    explanation = suggestion.explanation
    payload: dict[str, Any] = {
        "suggestion_id": suggestion.id,
        "suggestion_type": suggestion.type.value,
        "text": suggestion.text.text,
        "citations": list(suggestion.citations),
        "citation_method": explanation.citation_method,
        "query": explanation.query.text,
        "language": explanation.language,
        "agent_ref": agent_ref,
        "knowledge_snapshot": explanation.knowledge_snapshot,
        "sources": [
            {k: (round(v, 6) if isinstance(v, float) else v) for k, v in asdict(source).items()} for source in explanation.sources
        ],
        "prompt": asdict(explanation.prompt) if explanation.prompt else None,
        "model": asdict(explanation.model) if explanation.model else None,
        "guards": [asdict(guard) for guard in explanation.guards],
        "redactions": dict(explanation.redactions),
        "timings_ms": _rounded(explanation.timings_ms),
        "confidence": round(explanation.confidence, 4),
        "confidence_method": explanation.confidence_method,
    }
    return AuditEntry(kind="suggestion", conversation_id=conversation_id, turn_id=turn_id, payload=payload)


def generation_failure_entry(*, conversation_id: str, turn_id: str, reason: str, guards: list[dict], prompt: dict | None, model: dict | None, timings_ms: dict[str, float]) -> AuditEntry:
    """A generative suggestion that was not shown: why (a guard fired, the model failed or timed out)."""
    payload = {"suggestion_type": "generative", "shown": False, "reason": reason, "guards": guards, "prompt": prompt, "model": model, "timings_ms": _rounded(timings_ms)}
    return AuditEntry(kind="suggestion", conversation_id=conversation_id, turn_id=turn_id, payload=payload)
