"""Versioned audit entries. Entries are built from typed objects (suggestions, agent actions, settings), never
from raw text: text fields hold scrubbed text only, and an agent's edited text is kept as a hash and an edit distance.

An entry is stored as a *header* (ids, times, filter facets, the digest of the sealed payload) that is hashed into
the chain, plus the *payload*, sealed with its conversation's key so that it can be erased without breaking the chain.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import asdict
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz.distance import Levenshtein

if TYPE_CHECKING:  # the log does not import the suggestion stack at run time
    from assist.suggest.models import Suggestion

SCHEMA_VERSION = 1
Kind = Literal["suggestion", "oversight", "config", "erasure"]
Action = Literal["shown", "accepted", "edited", "ignored"]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class AuditEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = SCHEMA_VERSION
    entry_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    kind: Kind
    created_at: str = Field(default_factory=now)
    conversation_id: str | None = None
    turn_id: str | None = None
    agent_ref: str | None = Field(None, description="Pseudonymous agent reference, never a name.")
    data_class: str = Field("", description="Retention class; defaults to the kind.")
    facets: dict[str, Any] = Field(default_factory=dict, description="Non-personal filter fields kept in the header.")
    payload: dict[str, Any]

    def header(self, payload_digest: str, key_id: str) -> dict[str, Any]:
        """What the chain hashes: everything but the payload, which is represented by the digest of its sealed bytes."""
        data = self.model_dump(mode="json", exclude={"payload"})
        data["data_class"] = self.data_class or self.kind
        return {**data, "key_id": key_id, "payload_digest": payload_digest}


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 3) for key, value in values.items()}


def suggestion_entry(
    suggestion: Suggestion, *, conversation_id: str, turn_id: str | None, agent_ref: str | None = None, campaign: str | None = None, script_version: str | None = None
) -> AuditEntry:
    """Everything a reviewer needs about one suggestion. Text fields are `ScrubbedText` by type."""
    explanation = suggestion.explanation
    guards_fired = [g.name for g in explanation.guards if not g.passed]
    payload: dict[str, Any] = {
        "suggestion_id": suggestion.id,
        "suggestion_type": suggestion.type.value,
        "shown": True,
        "text": suggestion.text.text,
        "citations": list(suggestion.citations),
        "citation_method": explanation.citation_method,
        "query": explanation.query.text,
        "language": explanation.language,
        "knowledge_snapshot": explanation.knowledge_snapshot,
        "search_filters": explanation.search_filters,
        "sources": [{k: (round(v, 6) if isinstance(v, float) else v) for k, v in asdict(source).items()} for source in explanation.sources],
        "prompt": asdict(explanation.prompt) if explanation.prompt else None,
        "model": asdict(explanation.model) if explanation.model else None,
        "guards": [asdict(guard) for guard in explanation.guards],
        "no_answer_reason": None,
        "redactions": dict(explanation.redactions),
        "timings_ms": _rounded(explanation.timings_ms),
        "confidence": round(explanation.confidence, 4),
        "confidence_method": explanation.confidence_method,
        "rationale": explanation.rationale,
    }
    facets = {
        "suggestion_id": suggestion.id, "suggestion_type": suggestion.type.value, "guards_fired": guards_fired, "campaign": campaign, "script_version": script_version,
    }
    return AuditEntry(kind="suggestion", conversation_id=conversation_id, turn_id=turn_id, agent_ref=agent_ref, facets=facets, payload=payload)


def generation_failure_entry(
    *, conversation_id: str, turn_id: str, reason: str, guards: list[dict], prompt: dict | None, model: dict | None, timings_ms: dict[str, float],
    query: str, sources: list[dict], knowledge_snapshot: str, redactions: dict[str, int], search_filters: dict | None = None,
    agent_ref: str | None = None, campaign: str | None = None, script_version: str | None = None,
) -> AuditEntry:
    """A generative suggestion that was not shown: why (a guard fired, the model failed or timed out) and what the model
    was given. The rejected draft itself is not kept: it may hold personal data the guards caught."""
    fired = [g["name"] for g in guards if not g["passed"]]
    payload = {
        "suggestion_type": "generative", "shown": False, "reason": reason, "guards": guards, "prompt": prompt, "model": model,
        "query": query, "sources": sources, "knowledge_snapshot": knowledge_snapshot, "search_filters": dict(search_filters or {}),
        "redactions": dict(redactions), "timings_ms": _rounded(timings_ms),
    }
    facets = {"suggestion_type": "generative", "guards_fired": fired, "campaign": campaign, "script_version": script_version, "shown": False}
    return AuditEntry(kind="suggestion", conversation_id=conversation_id, turn_id=turn_id, agent_ref=agent_ref, facets=facets, payload=payload)


def oversight_entry(
    *, suggestion_id: str, action: Action, conversation_id: str, turn_id: str | None, agent_ref: str | None,
    suggested_text: str | None = None, final_text: str | None = None, shown_at: str | None = None,
) -> AuditEntry:
    """What the agent did with a suggestion. An edited text is never stored: only its hash and the edit distance."""
    payload: dict[str, Any] = {"suggestion_id": suggestion_id, "action": action, "at": now(), "shown_at": shown_at}
    if action == "edited":
        if final_text is None or suggested_text is None:
            raise ValueError("an 'edited' action needs the suggested and the final text")
        payload["final_text_sha256"] = hashlib.sha256(final_text.encode()).hexdigest()
        payload["edit_distance"] = Levenshtein.distance(suggested_text, final_text)
    facets = {"suggestion_id": suggestion_id, "action": action}
    return AuditEntry(kind="oversight", conversation_id=conversation_id, turn_id=turn_id, agent_ref=agent_ref, facets=facets, payload=payload)


def config_entry(change: str, values: dict[str, Any]) -> AuditEntry:
    """A configuration change (model, prompt, knowledge snapshot, signing key) that later suggestions depend on."""
    return AuditEntry(kind="config", facets={"change": change}, payload={"change": change, **values})


def erasure_entry(conversation_id: str, *, reason: str, keys_destroyed: int) -> AuditEntry:
    return AuditEntry(kind="erasure", conversation_id=conversation_id, facets={"reason": reason}, payload={"reason": reason, "keys_destroyed": keys_destroyed, "at": now()})
