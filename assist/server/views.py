"""JSON views of turns, suggestions and script progress for the agent's console (details restored for the agent)."""

from __future__ import annotations

from typing import Any

from assist.conversation import Turn
from assist.errors import InputError
from assist.knowledge.index import KnowledgeIndex
from assist.suggest.escalation import Escalation
from assist.suggest.models import Suggestion, TurnSuggestions
from assist.suggest.script import ScriptProgress

SNIPPET_CHARS = 600
SOURCES_SHOWN = 3


def turn_view(turn: Turn, restore) -> dict[str, Any]:
    """`restore` puts the customer's details back; once the conversation is closed the scrubbed text is all there is."""
    try:
        text = restore(turn.text.text)
    except InputError:  # the vault was destroyed with the conversation
        text = turn.text.text
    return {"id": turn.id, "index": turn.index, "speaker": turn.speaker.value, "text": text, "at": turn.at.isoformat(timespec="milliseconds"), "language": turn.language}


def suggestion_view(suggestion: Suggestion, index: KnowledgeIndex, turn_id: str | None) -> dict[str, Any]:
    sources = sorted(suggestion.explanation.sources, key=lambda s: (not s.used, s.rank))[:SOURCES_SHOWN]
    cited = [s for s in sources if s.used] or sources
    return {
        "id": suggestion.id,
        "type": suggestion.type.value,
        "text": suggestion.display_text,
        "citations": list(suggestion.citations),
        "sources": [
            {"entry_id": s.entry_id, "title": s.title, "kind": s.kind, "snippet": _snippet(index, s.entry_id), "score": round(s.score, 4), "used": s.used}
            for s in cited
        ],
        "rationale": suggestion.explanation.rationale,
        "confidence": round(suggestion.explanation.confidence, 4),
        "turn_id": turn_id,
    }


def _snippet(index: KnowledgeIndex, entry_id: str) -> str:
    entry = index.entries.get(entry_id)
    if entry is None:
        return ""
    text = entry.text.strip()
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"


def script_view(progress: ScriptProgress | None, version: str | None) -> dict[str, Any] | None:
    if progress is None:
        return None
    step = lambda entry: {"id": entry.id, "title": entry.title} if entry is not None else None  # noqa: E731
    return {
        "campaign": progress.campaign,
        "version": version or "",
        "current_step": step(progress.current_step),
        "next_step": step(progress.next_step),
        "steps_done": len(progress.steps_done),
        "total_steps": progress.total_steps,
        "mentions_due": [{"id": m.id, "title": m.title} for m in progress.mentions_due],
    }


def escalation_view(escalation: Escalation) -> dict[str, Any]:
    return {"reason": escalation.reason.value, "detail": escalation.detail}


def suggestions_event(conversation_id: str, result: TurnSuggestions, index: KnowledgeIndex, *, script_version: str | None, generating: bool) -> dict[str, Any]:
    view = lambda s: suggestion_view(s, index, result.turn_id) if s is not None else None  # noqa: E731
    return {
        "type": "suggestions",
        "conversation_id": conversation_id,
        "turn_id": result.turn_id,
        "replies": [view(s) for s in result.replies],
        "next_step": view(result.next_step),
        "reminders": [view(s) for s in result.reminders],
        "alert": view(result.alert),
        "escalations": [escalation_view(e) for e in result.escalations],
        "script": script_view(result.script, script_version),
        "no_answer": result.no_answer,
        "language": result.language,
        "generating": generating,
        "timings_ms": {key: round(value, 1) for key, value in result.timings_ms.items()},
    }
