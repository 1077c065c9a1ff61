"""The live side of the service: open and close conversations, take turns in order, stream their events.

Turns are numbered from 0 (`seq`). A turn posted again with the same number and the same content is answered with
the first answer (a retry never records twice); a different content under a used number, or a number beyond the next
one, is a conflict: nothing is lost silently and nothing is recorded twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from assist.assistant import AlertRaised, Assistant, CuratedReady, GenerativeDone, Token
from assist.audit.schema import Action
from assist.conversation import Speaker
from assist.errors import AssistError, InputError
from assist.server import views
from assist.server.live import ConversationStore, EventBus, LiveConversation
from assist.suggest.models import Suggestion

log = logging.getLogger("assist.server")


class Conflict(Exception):
    """The request contradicts the conversation's state (409): a turn out of order, a closed call, a second action."""


class NotFound(Exception):
    """No such conversation or suggestion for this caller (404)."""


class LiveService:
    def __init__(self, assistant: Assistant, store: ConversationStore, bus: EventBus):
        self.assistant = assistant
        self.store = store
        self.bus = bus
        self._tasks: set[asyncio.Task] = set()  # generations still streaming after their turn was answered

    # -- conversations ------------------------------------------------------------------
    def campaigns(self) -> list[dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for entry in self.assistant.index.entries.values():
            campaign = entry.metadata.get("campaign")
            if campaign and entry.kind.value == "script_step" and campaign not in found:
                found[campaign] = {"id": str(campaign), "title": str(entry.metadata.get("script_title") or campaign), "language": entry.language}
        return sorted(found.values(), key=lambda c: c["id"])

    def open(self, owner: str, *, language: str | None, campaign: str | None, conversation_id: str | None) -> LiveConversation:
        if campaign and campaign not in {c["id"] for c in self.campaigns()}:
            raise InputError(f"unknown campaign '{campaign}' (GET /api/campaigns lists them)")
        if conversation_id and (self.store.get(conversation_id) is not None or self._logged(conversation_id)):
            raise Conflict(f"conversation {conversation_id} already exists")  # one id, one call: in the log too
        conversation = self.assistant.conversation(conversation_id, language=language, agent_ref=owner, campaign=campaign or None)
        live = LiveConversation(conversation.state, owner, campaign or None)
        self.store.add(live)
        return live

    def _logged(self, conversation_id: str) -> bool:
        from assist.audit.log import Filters

        return next(iter(self.assistant.audit.entries(Filters(conversation_id=conversation_id, limit=1))), None) is not None

    def get(self, conversation_id: str, owner: str) -> LiveConversation:
        live = self.store.get(conversation_id)
        if live is None or live.owner != owner:  # someone else's conversation does not exist, as far as this caller knows
            raise NotFound(f"no conversation {conversation_id}")
        return live

    def view(self, live: LiveConversation) -> dict[str, Any]:
        state = live.state
        return {
            "id": live.id,
            "language": state.language,
            "campaign": live.campaign,
            "closed": state.closed,
            "created_at": live.created_at,
            "turns": [views.turn_view(t, state.vault.restore) for t in state.turns],
            "script": self._script(live),
            "latest": live.latest,
            "alerts": [a for r in live.results.values() if r.get("suggestions") for a in r["suggestions"]["escalations"]],
        }

    def brief(self, live: LiveConversation) -> dict[str, Any]:
        return {"id": live.id, "language": live.state.language, "campaign": live.campaign, "closed": live.state.closed,
                "created_at": live.created_at, "turns": len(live.state.turns)}

    def _script(self, live: LiveConversation) -> dict[str, Any] | None:
        tracker = self.assistant.script_tracker(live.state)
        return views.script_view(tracker.progress(live.state), tracker.script.version) if tracker else None

    def _script_version(self, live: LiveConversation) -> str | None:
        tracker = self.assistant.script_tracker(live.state)
        return tracker.script.version if tracker else None

    # -- turns ----------------------------------------------------------------------------
    async def post_turn(self, live: LiveConversation, speaker: Speaker, text: str, seq: int | None) -> tuple[dict[str, Any], bool]:
        """Record a turn; a customer's comes back with its curated suggestions (the generated reply follows as events).
        Returns the response and whether it is a replay of an earlier post. A caller that goes away mid-turn (a
        dropped connection) does not cut the turn short: it completes, and a retry with its `seq` gets its answer."""
        return await asyncio.shield(self._spawn(self._post_turn(live, speaker, text, seq)))

    async def _post_turn(self, live: LiveConversation, speaker: Speaker, text: str, seq: int | None) -> tuple[dict[str, Any], bool]:
        async with live.lock:
            if live.state.closed:
                raise Conflict(f"conversation {live.id} is closed")
            digest = live.digest(speaker.value, text)
            if seq is not None and seq < live.next_seq:
                if live.digest_at(seq) != digest:
                    raise Conflict(f"turn {seq} is already recorded with other content; the next turn is {live.next_seq}")
                turn = live.state.turns[seq]
                if turn.id in live.results:
                    return live.results[turn.id], True
                # recorded, but its answer failed (e.g. the audit log was down): the turn stands, without suggestions
                return {"turn": views.turn_view(turn, live.state.vault.restore), "suggestions": None, "script": self._script(live), "replayed": True}, True
            if seq is not None and seq > live.next_seq:
                raise Conflict(f"turn {seq} is out of order: the next turn is {live.next_seq}")
            live.touch()
            before = live.next_seq
            try:
                if speaker is Speaker.AGENT:
                    return await self._agent_turn(live, text, digest), False
                return await self._customer_turn(live, text, digest), False
            finally:
                for index in range(before, live.next_seq):  # recorded, then failed: the turn is still known by its digest
                    live.recorded(index, digest)

    async def _agent_turn(self, live: LiveConversation, text: str, digest: str) -> dict[str, Any]:
        """Recorded at once; the script's progress (embeddings of what the agent said) follows as a `progress` event."""
        turn = await self.assistant.aagent(live.state, text)
        live.recorded(turn.index, digest)
        turn_view = views.turn_view(turn, live.state.vault.restore)
        response = {"turn": turn_view, "suggestions": None, "script": self._script(live), "replayed": False}
        live.results[turn.id] = response
        self.bus.publish(live.id, {"type": "turn", "turn": turn_view})
        if response["script"] is not None:
            self._spawn(self._track(live, turn))
        return response

    async def _track(self, live: LiveConversation, turn) -> None:
        try:
            progress, embedded = await self.assistant.atrack_agent(live.state, turn)
        except AssistError as exc:
            log.warning("script tracking failed (%s)", type(exc).__name__)
            return
        if progress is not None:
            script = views.script_view(progress, self._script_version(live))
            self.bus.publish(live.id, {"type": "progress", "turn_id": turn.id, "script": script, "method": "embeddings" if embedded else "words (machine busy)"})

    def _spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _customer_turn(self, live: LiveConversation, text: str, digest: str) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future = loop.create_future()
        posted = time.perf_counter()

        async def run() -> None:
            turn_id = None
            try:
                async for event in self.assistant.astream(live.state, text):
                    if isinstance(event, CuratedReady):
                        turn_id = event.result.turn_id
                        ready.set_result(self._curated_ready(live, event, digest, posted))
                    elif isinstance(event, Token):
                        self.bus.publish(live.id, {"type": "token", "turn_id": turn_id, "text": event.text})
                    elif isinstance(event, AlertRaised):
                        self._alert_raised(live, event)
                    elif isinstance(event, GenerativeDone):
                        self._generative_done(live, event)
            except BaseException as exc:
                if not ready.done():
                    ready.set_exception(exc)
                elif isinstance(exc, asyncio.CancelledError):
                    raise
                else:
                    log.error("the generated reply failed after the curated suggestions were sent (%s)", type(exc).__name__)

        self._spawn(run())
        return await ready

    def _register(self, live: LiveConversation, suggestions: list[Suggestion | None], turn_id: str | None) -> None:
        for suggestion in suggestions:
            if suggestion is not None:
                live.suggestions[suggestion.id] = suggestion
                live.suggestion_turns[suggestion.id] = turn_id

    def _curated_ready(self, live: LiveConversation, event: CuratedReady, digest: str, posted: float) -> dict[str, Any]:
        result = event.result
        turn = live.state.turns[-1]
        live.recorded(turn.index, digest)
        self._register(live, result.all, result.turn_id)
        generating = self.assistant.generator is not None and bool(result.curated or result.objection)
        suggestions = views.suggestions_event(live.id, result, self.assistant.index, script_version=self._script_version(live), generating=generating)
        suggestions["timings_ms"]["service_curated"] = round((time.perf_counter() - posted) * 1000, 1)
        turn_view = views.turn_view(turn, live.state.vault.restore)
        response = {"turn": turn_view, "suggestions": suggestions, "script": suggestions["script"], "replayed": False}
        live.results[turn.id] = response
        live.latest = dict(suggestions)
        self.bus.publish(live.id, {"type": "turn", "turn": turn_view})
        self.bus.publish(live.id, suggestions)
        return response

    def _alert_raised(self, live: LiveConversation, event: AlertRaised) -> None:
        self._register(live, [event.alert], event.result.turn_id)
        alert = views.suggestion_view(event.alert, self.assistant.index, event.result.turn_id)
        escalations = [views.escalation_view(e) for e in event.result.escalations]
        if live.latest and live.latest["turn_id"] == event.result.turn_id:
            live.latest = {**live.latest, "alert": alert, "escalations": escalations}
        self.bus.publish(live.id, {"type": "alert", "turn_id": event.result.turn_id, "alert": alert, "escalations": escalations})

    def _generative_done(self, live: LiveConversation, event: GenerativeDone) -> None:
        turn_id = event.result.turn_id
        view = None
        if event.suggestion is not None:
            self._register(live, [event.suggestion], turn_id)
            view = views.suggestion_view(event.suggestion, self.assistant.index, turn_id)
        if live.latest and live.latest["turn_id"] == turn_id:
            replies = ([view] if view else []) + live.latest["replies"]
            live.latest = {**live.latest, "replies": replies, "generating": False}
        self.bus.publish(live.id, {"type": "generative", "turn_id": turn_id, "suggestion": view, "error": event.error})

    # -- agent actions and closing ----------------------------------------------------------
    async def act(self, live: LiveConversation, suggestion_id: str, action: Action, final_text: str | None) -> None:
        suggestion = live.suggestions.get(suggestion_id)
        if suggestion is None:
            raise NotFound(f"no suggestion {suggestion_id} in conversation {live.id}")
        if action == "edited" and not (final_text and final_text.strip()):
            raise InputError("an 'edited' action needs the final text the agent sent")
        async with live.lock:
            if suggestion_id in live.actions:
                raise Conflict(f"suggestion {suggestion_id} was already {live.actions[suggestion_id]}")
            turn_id = live.suggestion_turns.get(suggestion_id)
            await self.assistant.arecord_action(live.state, suggestion, action, final_text=final_text, turn_id=turn_id)
            live.actions[suggestion_id] = action
        self.bus.publish(live.id, {"type": "action", "suggestion_id": suggestion_id, "action": action})

    async def close(self, live: LiveConversation, *, summary: bool) -> dict[str, Any] | None:
        async with live.lock:
            if live.state.closed:
                raise Conflict(f"conversation {live.id} is already closed")
            view = None
            if summary and live.state.turns:
                try:
                    written = await self.assistant.asummary(live.state)
                    self._register(live, [written], None)
                    view = views.suggestion_view(written, self.assistant.index, None)
                except AssistError as exc:  # the call still closes: the summary is a help, not a condition
                    log.warning("the post-call summary failed (%s)", type(exc).__name__)
            self._close_state(live)
        self.bus.publish(live.id, {"type": "closed", "summary": view})
        return view

    def _close_state(self, live: LiveConversation) -> None:
        with live.state.lock:
            live.state.close()  # the vault is destroyed
        self.assistant.cancel(live.state)
        live.forget()  # and every restored copy of the customer's details with it

    def close_idle(self, idle_s: float) -> int:
        """Close conversations nobody touched for `idle_s` seconds (a call that ended without a close)."""
        now = time.monotonic()
        stale = [c for c in self.store.open_conversations() if now - c.last_active > idle_s]
        for live in stale:
            self._close_state(live)
            self.bus.publish(live.id, {"type": "closed", "summary": None})
        return len(stale)

    async def shutdown(self) -> None:
        for live in self.store.open_conversations():
            self._close_state(live)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
