"""Live conversations held by the service, behind two small interfaces.

`ConversationStore` keeps each conversation's state; `EventBus` carries its events to the consoles watching it.
The defaults live in this process. Several workers need both shared, which a later release provides:

- the store keeps, per conversation, the scrubbed turns, the script state, the next turn number and each turn's
  result as JSON, plus the vault sealed with a per-conversation key (so a worker can restore details for the
  agent without the vault ever being stored in clear), and serialises turns with a per-conversation lock;
- the bus becomes a pub/sub channel per conversation (e.g. Redis or PostgreSQL LISTEN/NOTIFY), which also carries
  "a newer utterance arrived" so the worker generating for an older turn stops.

Until then, run one worker per process and route a conversation's requests to the worker that opened it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Protocol

from assist.conversation import ConversationState
from assist.suggest.models import Suggestion


@dataclass
class LiveConversation:
    """A conversation as the service sees it: the assistant's state plus what the API needs around it."""

    state: ConversationState
    owner: str  # the agent's pseudonymous agent_ref
    campaign: str | None
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    # What the agent was shown, customer's details restored: held while the call is open, forgotten when it closes.
    results: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)  # turn id -> the turn's response (for replays)
    suggestions: dict[str, Suggestion] = field(default_factory=dict, repr=False)  # shown to the agent, by id (for actions)
    suggestion_turns: dict[str, str | None] = field(default_factory=dict)  # suggestion id -> its turn id
    actions: dict[str, str] = field(default_factory=dict)  # suggestion id -> the agent's final action on it
    latest: dict[str, Any] | None = field(default=None, repr=False)  # the last customer turn's suggestions event
    last_active: float = field(default_factory=time.monotonic)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)  # turns are taken one at a time, in order
    _digest_key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    _digests: dict[int, str] = field(default_factory=dict, repr=False)  # turn index -> digest

    @property
    def id(self) -> str:
        return self.state.id

    def digest(self, speaker: str, text: str) -> str:
        """A keyed digest of a turn, to recognise a replayed post (the key dies with the conversation)."""
        return hmac.new(self._digest_key, f"{speaker}\x00{text}".encode(), hashlib.sha256).hexdigest()

    def recorded(self, index: int, digest: str) -> None:
        self._digests.setdefault(index, digest)

    def digest_at(self, index: int) -> str | None:
        return self._digests.get(index)

    def forget(self) -> None:
        """At close: drop every restored copy (answers kept for replays, the latest suggestions, the turn digests).
        Suggestions stay, scrubbed, so the agent can still record what they did with them."""
        self.results.clear()
        self.latest = None
        self._digests.clear()
        self._digest_key = b""
        self.suggestions = {key: replace(s, display_text=s.text.text) for key, s in self.suggestions.items()}

    @property
    def next_seq(self) -> int:
        return len(self.state.turns)

    def touch(self) -> None:
        self.last_active = time.monotonic()


class ConversationStore(Protocol):
    def add(self, conversation: LiveConversation) -> None: ...
    def get(self, conversation_id: str) -> LiveConversation | None: ...
    def of_owner(self, owner: str) -> list[LiveConversation]: ...
    def open_conversations(self) -> list[LiveConversation]: ...
    def __len__(self) -> int: ...


class InMemoryConversationStore:
    """Open conversations, plus the most recent closed ones (read-only: their vaults are destroyed)."""

    def __init__(self, keep_closed: int = 200):
        self._items: OrderedDict[str, LiveConversation] = OrderedDict()
        self._keep_closed = keep_closed

    def add(self, conversation: LiveConversation) -> None:
        self._items[conversation.id] = conversation
        self._evict()

    def get(self, conversation_id: str) -> LiveConversation | None:
        return self._items.get(conversation_id)

    def of_owner(self, owner: str) -> list[LiveConversation]:
        return [c for c in self._items.values() if c.owner == owner]

    def open_conversations(self) -> list[LiveConversation]:
        return [c for c in self._items.values() if not c.state.closed]

    def __len__(self) -> int:
        return len(self._items)

    def _evict(self) -> None:
        closed = [key for key, c in self._items.items() if c.state.closed]
        for key in closed[: max(0, len(closed) - self._keep_closed)]:
            del self._items[key]


class EventBus(Protocol):
    def subscribe(self, conversation_id: str) -> asyncio.Queue: ...
    def unsubscribe(self, conversation_id: str, queue: asyncio.Queue) -> None: ...
    def publish(self, conversation_id: str, event: dict[str, Any]) -> None: ...


class InProcessEventBus:
    """Each watcher gets its own bounded queue. A watcher that falls too far behind is dropped (it gets `None`):
    its socket closes, and the console reconnects and catches up from a fresh snapshot."""

    def __init__(self, max_pending: int = 1000):
        self._queues: dict[str, set[asyncio.Queue]] = {}
        self._max = max_pending

    def subscribe(self, conversation_id: str) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(maxsize=self._max + 1)
        self._queues.setdefault(conversation_id, set()).add(queue)
        return queue

    def unsubscribe(self, conversation_id: str, queue: asyncio.Queue) -> None:
        watchers = self._queues.get(conversation_id)
        if watchers is not None:
            watchers.discard(queue)
            if not watchers:
                del self._queues[conversation_id]

    def publish(self, conversation_id: str, event: dict[str, Any]) -> None:
        for queue in list(self._queues.get(conversation_id, ())):
            if queue.qsize() >= self._max:
                self.unsubscribe(conversation_id, queue)
                queue.put_nowait(None)  # too slow: disconnect, it will resynchronise
            else:
                queue.put_nowait(event)

