"""Conversations and turns. Turns hold only scrubbed text; the raw utterance never outlives the scrubber call."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum

from assist.errors import InputError
from assist.privacy.scrubbed import ScrubbedText
from assist.privacy.vault import Vault


class Speaker(str, Enum):
    CUSTOMER = "customer"
    AGENT = "agent"


@dataclass(frozen=True)
class Turn:
    id: str
    index: int
    speaker: Speaker
    text: ScrubbedText
    redactions: dict[str, int]
    at: datetime
    language: str = "fr"
    entity: str | None = None  # a knowledge entity (a business, an offer) the turn mentions: public, never customer data
    entities: tuple[str, ...] = ()  # every entity it mentions, `entity` first ("Gonville Hotel or University Arms?")


@dataclass
class ConversationState:
    """What a conversation is: its id, language, scrubbed turns and its vault (memory only, never logged)."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    language: str = "fr"
    metadata: dict[str, str | None] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    vault: Vault = field(default_factory=Vault, repr=False)
    closed: bool = False
    steps_done: dict[str, str] = field(default_factory=dict)  # campaign script step id -> the agent turn that performed it
    mentions_said: dict[str, str] = field(default_factory=dict)  # mandatory mention id -> the agent turn that said it
    alerts: list[str] = field(default_factory=list)  # escalation reasons raised during the call, for the summary
    topics: list[str] = field(default_factory=list)  # titles of the approved answers found for the customer's turns
    objections: list[str] = field(default_factory=list)  # campaign objection responses offered, in order
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)  # one turn at a time

    def append(
        self,
        speaker: Speaker,
        text: ScrubbedText,
        redactions: dict[str, int],
        language: str | None = None,
        entity: str | None = None,
        entities: Sequence[str] = (),
    ) -> Turn:
        if self.closed:
            raise InputError(f"conversation {self.id} is closed")
        at = datetime.now(timezone.utc)
        entities = tuple(dict.fromkeys([entity, *entities] if entity else entities))
        entity = entities[0] if entities else None
        turn = Turn(f"{self.id}:{len(self.turns)}", len(self.turns), speaker, text, redactions, at, language or self.language, entity, entities)
        self.turns.append(turn)
        return turn

    def close(self) -> None:
        self.closed = True
        self.vault.destroy()


def check_utterance(text: object, max_chars: int) -> str:
    """Reject what cannot be a live utterance, with a message that never quotes it."""
    if not isinstance(text, str):
        raise InputError(f"the utterance must be text, got {type(text).__name__}")
    if not text.strip():
        raise InputError("the utterance is empty")
    if len(text) > max_chars:
        raise InputError(f"the utterance is {len(text)} characters; the limit is {max_chars}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("the utterance is not valid UTF-8") from None
    return text
