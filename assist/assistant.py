"""The `Assistant`: one customer turn end to end.

    utterance → scrub → conversation state → query → hybrid retrieval → curated suggestions (+ audit)
              → grounded generative suggestion, streamed and guarded (+ audit) → restored for the agent

Five lines::

    from assist import Assistant
    with Assistant.from_settings() as assistant:
        conversation = assistant.conversation()
        result = conversation.customer("Bonjour, ma facture est bien plus élevée que d'habitude")
        print(result.best.display_text)
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, replace

from assist.audit.log import AuditLog, Filters
from assist.audit.schema import Action, config_entry, generation_failure_entry, oversight_entry, suggestion_entry
from assist.config import Settings
from assist.conversation import ConversationState, Speaker, Turn, check_utterance
from assist.errors import AssistError, ConfigError, InputError, ModelError
from assist.knowledge.entities import entity_names
from assist.knowledge.index import Hit, KnowledgeIndex
from assist.knowledge.lexical import fold
from assist.knowledge.model import KnowledgeEntry
from assist.knowledge.reranker import Reranker
from assist.knowledge.retriever import SHORT_QUERY_WORDS, NoAnswerThreshold, Retriever
from assist.privacy.scrubber import Scrubber
from assist.privacy.vault import Vault
from assist.suggest.curated import (
    TurnContext, curated_suggestions, escalation_suggestion, next_step_suggestion, objection_suggestion, reminder_suggestions,
)
from assist.suggest.escalation import EscalationDetector, EscalationReason
from assist.suggest.escalation_check import LLMEscalationCheck
from assist.suggest.escalation_model import SHIPPED as SHIPPED_CLASSIFIER
from assist.suggest.escalation_model import EscalationClassifier, SemanticEscalationCheck
from assist.suggest.generative import GenerationOutcome, GenerativeSuggester
from assist.suggest.guards import INJECTION
from assist.suggest.models import GuardResult, Source, Suggestion, TurnSuggestions
from assist.suggest.script import CampaignScript, ScriptProgress, ScriptTracker, objection_in
from assist.suggest.summary import CallFacts, Summarizer


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CuratedReady:
    """First event of a turn: approved lines, within tens of milliseconds."""

    result: TurnSuggestions


@dataclass(frozen=True)
class Token:
    """A piece of the generative reply, already restored for the agent's screen."""

    text: str


@dataclass(frozen=True)
class GenerativeDone:
    suggestion: Suggestion | None
    error: str
    result: TurnSuggestions


@dataclass(frozen=True)
class AlertRaised:
    """An escalation alert found after the curated suggestions were sent (the LLM's second opinion)."""

    alert: Suggestion
    result: TurnSuggestions


Event = CuratedReady | AlertRaised | Token | GenerativeDone


@dataclass(frozen=True)
class _Curated:
    """The curated phase of a turn, handed to the generative phase."""

    result: TurnSuggestions
    turn: Turn
    hits: list[Hit]
    context: TurnContext
    cancelled: threading.Event  # set when a newer utterance (or closing the conversation) makes this turn obsolete
    reply_hits: list[Hit]  # what a generated reply may be written from (Retriever.grounding)
    reply_context: TurnContext


class Assistant:
    def __init__(
        self,
        *,
        scrubber: Scrubber,
        retriever: Retriever,
        audit: AuditLog,
        generator: GenerativeSuggester | None = None,
        escalation: EscalationDetector | None = None,
        summarizer: Summarizer | None = None,
        escalation_check: LLMEscalationCheck | SemanticEscalationCheck | None = None,
        curated_count: int = 3,
        language: str = "fr",
        max_utterance_chars: int = 4000,
        generation_timeout_s: float = 8.0,
        generation_needs_agreement: bool = True,
        max_parallel_turns: int = 64,
        work_threads: int = 3,
        max_generations: int = 1,
        tracking_backlog: int = 2,
        llm_alive: Callable[[], bool] = lambda: True,
    ):
        """`llm_alive` tells whether the model can still answer (the embedded model's child process may die); an
        endpoint elsewhere is taken as alive, and each turn that cannot reach it keeps its curated suggestions."""
        self.scrubber = scrubber
        self.retriever = retriever
        self.index = retriever.index
        self.audit = audit
        self.generator = generator
        self.escalation = escalation or EscalationDetector()
        self.summarizer = summarizer
        self.escalation_check = escalation_check
        self._curated_count = curated_count
        self._language = language
        self._max_chars = max_utterance_chars
        self._generation_timeout_s = generation_timeout_s
        self._needs_agreement = generation_needs_agreement
        # Admission control: a model that is already busy is not queued for (the reply would come too late and slow
        # every other turn on the same machine); the turn keeps its curated suggestions.
        self._max_generations = max_generations
        self._tracking_backlog = tracking_backlog
        self._llm_alive = llm_alive
        self._tracking_waiting = 0
        self._generation_slots = threading.BoundedSemaphore(max_generations)
        self._trackers: dict[tuple[str, str], ScriptTracker | None] = {}
        self._inflight: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self._resources = ExitStack()
        # The async API runs CPU work (scrub, search, script tracking, audit) on a few threads, about one per core:
        # more would only fight for the interpreter lock and delay every turn. Generations, which mostly wait on the
        # model server, stream from a second, larger pool: one thread per turn in flight.
        self._work = ThreadPoolExecutor(max_workers=work_threads, thread_name_prefix="assist-work")
        # Agent turns (scrubbing, script tracking) and agent actions have their own thread: a customer turn never queues behind them.
        self._side = ThreadPoolExecutor(max_workers=1, thread_name_prefix="assist-side")
        self._streams = ThreadPoolExecutor(max_workers=max_parallel_turns, thread_name_prefix="assist-stream")

    # -- assembly at the edge -------------------------------------------------------
    @classmethod
    def from_settings(cls, settings: Settings | None = None, *, progress: Callable[[str], None] = lambda step: None, generate: bool = True) -> Assistant:
        """Build every part from settings: the embedded defaults unless an endpoint is configured (no LLM at all with `generate=False`)."""
        from assist.knowledge.embeddings import Embedder
        from assist.knowledge.loaders import load_path
        from assist.llm.embedded import MODEL_NAME, EmbeddedLlamaServer
        from assist.llm.openai_compat import OpenAICompatibleModel
        from assist.prompts import PromptLibrary
        from assist.resources import knowledge_dir, prompts_dir

        settings = settings or Settings()
        resources = ExitStack()
        try:
            progress("loading the PII engine (spaCy fr_core_news_md)")
            scrubber = Scrubber.create(max_chars=settings.max_utterance_chars)
            progress(f"loading the embedding model ({settings.embedding_model})")
            index = KnowledgeIndex(settings.data_dir / "index", Embedder(settings.embedding_model))
            if len(index) == 0:
                progress("indexing the bundled knowledge")
                index.ingest(load_path(knowledge_dir(), scrubber))
            elif index.stale:
                progress(f"re-embedding the knowledge with {settings.embedding_model}")
                index.reembed()
            reranker = Reranker.load(settings.reranker, index.embedder.name) if settings.reranker else None
            retriever = Retriever(index, no_answer=NoAnswerThreshold(settings.no_answer_lexical, settings.no_answer_dense), reranker=reranker)
            scrubber.protect(entity_names(index.entries.values()))  # public business names
            llm, llm_alive = None, (lambda: True)
            if generate and settings.llm_base_url:
                llm = OpenAICompatibleModel(settings.llm_base_url, settings.llm_model, settings.llm_api_key, timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries)
                progress(f"checking the LLM endpoint {settings.llm_base_url}")
                try:
                    llm.check()
                except ModelError as exc:  # keep going: curated suggestions do not need it, and each turn tries it again
                    log.warning("%s; curated suggestions only until it answers", exc)
                    progress(f"{exc}: curated suggestions only until it answers")
            elif generate:
                progress("starting the embedded LLM (llama.cpp, Gemma 3 270M)")
                try:
                    server = resources.enter_context(EmbeddedLlamaServer(
                        settings.data_dir / "models", threads=settings.llm_threads, context=settings.llm_context, nice=settings.llm_nice or 0
                    ))
                    llm = OpenAICompatibleModel(server.base_url, MODEL_NAME, server.api_key, timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries, provider="embedded-llama.cpp")
                    llm_alive = server.alive
                except (ModelError, ConfigError) as exc:  # e.g. the model package is missing: curated suggestions still work
                    log.warning("%s; curated suggestions only", exc)
                    progress(f"{exc}: curated suggestions only")
            library = PromptLibrary.from_dir(prompts_dir())
            summarizer = Summarizer(llm, library)
            check = LLMEscalationCheck(llm, library) if llm is not None and settings.escalation_llm else _escalation_model(settings, retriever)
            generator = None
            if llm is not None:
                generator = GenerativeSuggester(llm, library, prompt_id=settings.reply_prompt, passages=settings.passages_for_llm)
                generator.template(settings.language)  # fail now on a missing prompt, not at the first turn
            audit = AuditLog.open_sqlite(settings.data_dir / "audit.sqlite3")
        except BaseException:
            resources.close()
            raise
        assistant = cls(
            scrubber=scrubber, retriever=retriever, audit=audit, generator=generator, summarizer=summarizer, escalation_check=check, curated_count=settings.curated_count,
            language=settings.language, max_utterance_chars=settings.max_utterance_chars, generation_timeout_s=settings.generation_timeout_s,
            generation_needs_agreement=settings.generation_needs_agreement,
            max_generations=settings.llm_concurrency or (4 if settings.llm_base_url else 1), llm_alive=llm_alive,
        )
        assistant._resources = resources
        assistant.record_configuration()
        return assistant

    def record_configuration(self) -> None:
        """Log the model, prompt and knowledge snapshot when they differ from the last recorded ones."""
        current: dict = {"knowledge_snapshot": self.index.snapshot, "model": None, "prompt": None,
                         "escalation_second_opinion": getattr(self.escalation_check, "identity", "llm" if self.escalation_check else None)}
        if self.generator is not None:
            template = self.generator.template(self._language)
            current["model"] = self.generator.model.info.__dict__
            current["prompt"] = {"id": template.id, "version": template.version, "hash": template.hash}
        last = None
        for stored in self.audit.entries(Filters(kind="config")):
            if stored.header.get("facets", {}).get("change") == "runtime":
                last = stored.payload
        if last is None or {k: last.get(k) for k in current} != current:
            self.audit.append(config_entry("runtime", current))

    @property
    def llm_status(self) -> str:
        """'off' (no model configured: curated suggestions only), 'down' (configured but gone) or 'on'."""
        if self.generator is None:
            return "off"
        return "on" if self._llm_alive() else "down"

    def close(self) -> None:
        """Sign what the log holds, then release the model server and the log."""
        with self._lock:
            inflight, self._inflight = list(self._inflight.values()), {}
        for event in inflight:  # generations stop at their next token
            event.set()
        try:
            for pool in (self._work, self._side, self._streams):  # let work in flight finish its audit entries
                pool.shutdown(wait=True, cancel_futures=True)
            self.audit.checkpoint()
        finally:
            self._resources.close()
            self.audit.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- conversations --------------------------------------------------------------
    def conversation(
        self, conversation_id: str | None = None, *, language: str | None = None, agent_ref: str | None = None, campaign: str | None = None
    ) -> Conversation:
        """`agent_ref` is a pseudonymous agent id (never a name); `campaign` tags the audit entries."""
        state = ConversationState(language=language or self._language, metadata={"agent_ref": agent_ref, "campaign": campaign})
        if conversation_id:
            state.id = conversation_id
        return Conversation(self, state)

    def add_turn(self, state: ConversationState, speaker: Speaker, text: str, *, track: bool = True) -> Turn:
        """Scrub and record one turn. The raw `text` goes nowhere but the scrubber (and the entity matcher).

        An agent turn in a campaign also moves the script on: the steps and mandatory mentions it says are recorded
        (with `track=False`, later, by `track_agent`)."""
        check_utterance(text, self._max_chars)
        with state.lock:  # turns of one conversation are recorded one at a time (placeholders, script state)
            if state.closed:
                raise InputError(f"conversation {state.id} is closed")
            turn = self.retriever.record(state, Speaker(speaker), text, self.scrubber)  # each utterance in its own language
        if track and turn.speaker is Speaker.AGENT:
            self.track_agent(state, turn)
        return turn

    def track_agent(self, state: ConversationState, turn: Turn, *, embed: bool = True) -> ScriptProgress | None:
        """Move the campaign script on with what an agent turn said; returns where the call now stands.
        `embed=False` skips the embeddings (mentions are still checked by their required terms, steps by their words)."""
        tracker = self.script_tracker(state)
        if tracker is None:
            return None
        said = tracker.lines_in(turn.text, embed=embed)  # the slow part (embeddings), outside the conversation's lock
        with state.lock:
            tracker.record(state, said, turn.id)
            return tracker.progress(state)

    def warm_up(self) -> None:
        """Load what the first turns would otherwise wait for: every campaign's script tracker (its lines embedded),
        the PII engine and the query embedding path. Nothing is recorded."""
        campaigns = {str(e.metadata["campaign"]) for e in self.index.entries.values() if e.metadata.get("campaign")}
        for campaign in sorted(campaigns):
            self.script_tracker(ConversationState(metadata={"campaign": campaign}))
        probe = self.scrubber.scrub("Bonjour, je voudrais comprendre ma facture.", Vault(), self._language)
        self.index.embedder.queries([probe.scrubbed.text])

    def script_tracker(self, state: ConversationState) -> ScriptTracker | None:
        """The tracker of the conversation's campaign script, if its campaign has one in the knowledge."""
        campaign = state.metadata.get("campaign")
        if not campaign:
            return None
        key = (campaign, self.index.snapshot)
        if key not in self._trackers:
            try:
                script = CampaignScript.from_entries(campaign, self.index.entries.values())
                self._trackers[key] = ScriptTracker(script, self.index.embedder, script.steps[0].language)
            except ConfigError:
                self._trackers[key] = None  # a campaign tag without a script: audit tagging only
        return self._trackers[key]

    def curated(self, state: ConversationState, text: str) -> _Curated:
        """Everything that needs no LLM, for one customer utterance: approved lines, script position, reminders,
        escalation alert. Audited before it returns. Tens of milliseconds. The turn becomes the conversation's current
        one: a generation still running for an earlier turn is cancelled."""
        started = time.perf_counter()
        with state.lock:
            turn = self.add_turn(state, Speaker.CUSTOMER, text)  # validated first: a rejected utterance cancels nothing
            cancelled = self._current_turn(state.id)
            scrubbed_at = time.perf_counter()
            retrieval = self.retriever.retrieve(state, k=max(self._curated_count, 5))
            hits = retrieval.hits if retrieval.answered else []
            retrieved_at = time.perf_counter()
            timings = {"scrub": (scrubbed_at - started) * 1000, "retrieve": (retrieved_at - scrubbed_at) * 1000}
            context = TurnContext(retrieval.query, self.index.snapshot, turn.language, turn.redactions, timings, hits, retrieval.filters)
            result = TurnSuggestions(
                turn.id, curated_suggestions(hits, count=self._curated_count, context=context), timings_ms=timings,
                no_answer=not retrieval.answered, language=turn.language, entity=retrieval.entity,
            )
            result.escalations = self.escalation.detect(turn.text, hits)
            state.alerts.extend(e.reason.value for e in result.escalations)
            if hits and hits[0].entry.title not in state.topics:
                state.topics.append(hits[0].entry.title)
            result.alert = escalation_suggestion(result.escalations, context)
            answered_already = None
            if (tracker := self.script_tracker(state)) is not None:
                result.script = tracker.progress(state)
                result.next_step = next_step_suggestion(result.script, context)
                result.reminders = reminder_suggestions(result.script, context)
                objection = objection_in(hits, tracker.script)
                # "Qu'est-ce que je dois envoyer ?" after "je vends ma voiture" is too short to search alone and borrows
                # that turn: the objection it finds again was answered already, so it is not offered twice.
                borrowed = retrieval.continued and len(turn.text.text.split()) < SHORT_QUERY_WORDS
                if objection is not None and borrowed and objection.id in state.objections:
                    answered_already = objection.id  # nor paraphrased into a reply
                elif objection is not None:
                    result.objection = objection_suggestion(objection, context)
                    state.objections.append(objection.id)
            reply = self.retriever.grounding(state, retrieval) if self.generator is not None and result.objection is None else retrieval
            reply_hits = [h for h in reply.hits if h.entry.id != answered_already] if reply.answered else []
            reply_context = replace(context, hits=reply_hits, search_filters=reply.filters) if reply is not retrieval or answered_already else context
        self.audit.append([suggestion_entry(s, conversation_id=state.id, turn_id=turn.id, **self._tags(state)) for s in result.all])
        timings["curated_total"] = (time.perf_counter() - started) * 1000
        return _Curated(result, turn, hits, context, cancelled, reply_hits, reply_context)

    def stream(self, state: ConversationState, text: str, *, should_stop: Callable[[], bool] = lambda: False) -> Iterator[Event]:
        """Process a customer utterance: curated suggestions first, then the generative reply token by token.

        The generation stops early (and is audited as cancelled) when `should_stop()` turns true, when a newer
        customer utterance arrives in the same conversation, when the conversation is closed, or when the
        generation deadline passes."""
        turn = self.curated(state, text)
        try:
            yield CuratedReady(turn.result)
            yield from self._after_curated(state, turn, should_stop)
        finally:
            self._finish_turn(state.id, turn.cancelled)

    def _after_curated(self, state: ConversationState, turn: _Curated, should_stop: Callable[[], bool]) -> Iterator[Event]:
        if (alert := self._second_opinion(state, turn)) is not None:
            yield AlertRaised(alert, turn.result)
        yield from self._generate(state, turn, should_stop)

    def _second_opinion(self, state: ConversationState, turn: _Curated) -> Suggestion | None:
        """When configured, a second opinion (the embedding classifier, or the LLM's check) runs after the curated
        suggestions are out, if the rules found nothing (and never on a turn that addresses the assistant)."""
        result = turn.result
        if self.escalation_check is None or any(e.reason is not EscalationReason.LEVEL_2_TOPIC for e in result.escalations):
            return None
        if INJECTION.search(fold(turn.turn.text.text)) or turn.cancelled.is_set():
            return None
        try:
            found = self.escalation_check.check(turn.turn.text)
            if found is None:
                return None
            result.escalations.insert(0, found)
            state.alerts.append(found.reason.value)
            result.alert = escalation_suggestion(result.escalations, turn.context)
            self.audit.append(suggestion_entry(result.alert, conversation_id=state.id, turn_id=turn.turn.id, **self._tags(state)))
        except Exception as exc:  # noqa: BLE001 - a second opinion never costs the turn its reply
            log.warning("the escalation second opinion failed (%s)", type(exc).__name__)
            return None
        return result.alert

    def _generate(self, state: ConversationState, curated: _Curated, should_stop: Callable[[], bool]) -> Iterator[Event]:
        result, turn, hits, context = curated.result, curated.turn, curated.reply_hits, curated.reply_context
        failure, guards = "", []
        if self.generator is None:
            failure = "no generator configured"
        elif not hits:
            failure = "no approved knowledge matches this turn"
        elif INJECTION.search(fold(turn.text.text)):
            failure = "guard failed: prompt_injection (the customer's turn addresses the assistant; its instructions are not passed to the model)"
            guards = [GuardResult("prompt_injection", False, "instructions to the assistant found in the customer's turn")]
        elif self._needs_agreement and result.objection is None and not (hits[0].lexical_rank == 1 and hits[0].dense_rank == 1):
            failure = "retrieval not confident enough for a generated reply (lexical and dense search disagree on the best answer)"
        elif not self._generation_slots.acquire(timeout=0.3):  # long enough for a generation this turn cancelled to let go
            failure = f"the model is busy ({self._max_generations} generation(s) in flight): curated suggestions only"
        if failure:
            result.generative_error = failure
            if guards:
                self._audit_failure(state, turn, hits, context, GenerationOutcome(None, failure, guards))
            yield GenerativeDone(None, failure, result)
            return
        try:
            yield from self._generate_reply(state, curated, hits, should_stop)
        finally:
            self._generation_slots.release()

    def _generate_reply(self, state: ConversationState, curated: _Curated, hits: list[Hit], should_stop: Callable[[], bool]) -> Iterator[Event]:
        result, turn, context = curated.result, curated.turn, curated.reply_context
        deadline = time.monotonic() + self._generation_timeout_s
        prompt_id = None
        if result.objection is not None and result.script is not None:  # the script's answer, then its next step
            hits = [h for h in hits if h.entry.id == result.objection.citations[0]] + ([_script_hit(result.script.next_step)] if result.script.next_step else [])
            prompt_id = "script-next-step"
        elif self._needs_agreement:
            hits = hits[:1]  # both searches put it first: the one passage to ground the reply in

        def stop_reason() -> str:
            if curated.cancelled.is_set():
                return "cancelled: " + ("the conversation was closed" if state.closed else "a newer customer utterance")
            if should_stop():
                return "cancelled: the caller stopped"
            return f"timed out after {self._generation_timeout_s:g} s" if time.monotonic() > deadline else ""

        tokens = self.generator.stream(
            state, hits, query=context.query, snapshot=context.snapshot, redactions=turn.redactions, language=turn.language, turn=turn,
            language_of=self.retriever.language_of, detect_pii=lambda reply: [(e.type, reply[e.start : e.end]) for e in self.scrubber.detect(reply, turn.language)],
            should_stop=stop_reason, search_filters=context.search_filters, prompt_id=prompt_id, timeout_s=self._generation_timeout_s,
        )
        try:
            while True:
                yield Token(next(tokens))
        except StopIteration as finished:
            outcome = finished.value
        except GeneratorExit:  # the caller stopped reading: close the model's stream and say so in the log
            tokens.close()
            self._audit_failure(state, turn, hits, context, GenerationOutcome(None, "cancelled: the caller stopped reading the stream"))
            raise
        except AssistError as exc:  # a missing prompt, an unusable log...: the curated suggestions are already out
            outcome = GenerationOutcome(None, f"generation failed ({type(exc).__name__})")
        result.timings_ms.update(outcome.timings_ms)
        try:
            if outcome.suggestion:
                result.generative = outcome.suggestion
                self.audit.append(suggestion_entry(outcome.suggestion, conversation_id=state.id, turn_id=turn.id, **self._tags(state)))
            else:
                result.generative_error = outcome.failure
                self._audit_failure(state, turn, hits, context, outcome)
        except AssistError as exc:
            log.error("the generative suggestion could not be audited (%s); it is withheld", type(exc).__name__)
            result.generative, result.generative_error = None, f"audit failed ({type(exc).__name__})"
        yield GenerativeDone(result.generative, result.generative_error, result)

    def _audit_failure(self, state: ConversationState, turn: Turn, hits: list[Hit], context: TurnContext, outcome: GenerationOutcome) -> None:
        model = self.generator.model.info
        given = {h.entry.id for h in hits[: self.generator.passages]}
        sources = [asdict(Source.from_hit(h, used=h.entry.id in given, why_not="not given to the model")) for h in hits]
        self.audit.append(generation_failure_entry(
            conversation_id=state.id, turn_id=turn.id, reason=outcome.failure, guards=[g.__dict__ for g in outcome.guards],
            prompt=outcome.prompt.__dict__ if outcome.prompt else None, model=model.__dict__, timings_ms=outcome.timings_ms,
            query=context.query.text, sources=sources, knowledge_snapshot=context.snapshot, redactions=turn.redactions,
            search_filters=context.search_filters, **self._tags(state),
        ))

    def _current_turn(self, conversation_id: str) -> threading.Event:
        """Make a new turn the conversation's current one: the previous turn's generation is told to stop."""
        event = threading.Event()
        with self._lock:
            previous = self._inflight.get(conversation_id)
            self._inflight[conversation_id] = event
        if previous is not None:
            previous.set()
        return event

    def _finish_turn(self, conversation_id: str, event: threading.Event) -> None:
        with self._lock:
            if self._inflight.get(conversation_id) is event:
                del self._inflight[conversation_id]

    def cancel(self, state: ConversationState) -> None:
        """Stop the generation running for this conversation, if any (the conversation is closing, the call ended)."""
        with self._lock:
            event = self._inflight.pop(state.id, None)
        if event is not None:
            event.set()

    def _tags(self, state: ConversationState) -> dict[str, str | None]:
        """What every audit entry of the conversation is filed under: the pseudonymous agent, the campaign, its script version."""
        tracker = self.script_tracker(state)
        return {"agent_ref": state.metadata.get("agent_ref"), "campaign": state.metadata.get("campaign"), "script_version": tracker.script.version if tracker else None}

    async def astream(self, state: ConversationState, text: str) -> AsyncIterator[Event]:
        """The async form of `stream`, for the service: the event loop never waits on scrubbing, retrieval or the LLM.
        The curated phase runs on the work threads, the generation on a streaming thread (up to `max_parallel_turns`).
        Cancelling the consumer, or a newer utterance in the same conversation, stops the generation."""
        loop = asyncio.get_running_loop()
        turn = await loop.run_in_executor(self._work, self.curated, state, text)
        queue: asyncio.Queue = asyncio.Queue()
        stop = threading.Event()
        done = object()

        def work() -> None:
            try:
                for event in self._after_curated(state, turn, stop.is_set):
                    loop.call_soon_threadsafe(queue.put_nowait, event)
            except BaseException as exc:  # handed to the consumer below
                loop.call_soon_threadsafe(queue.put_nowait, exc)
            finally:
                self._finish_turn(state.id, turn.cancelled)
                loop.call_soon_threadsafe(queue.put_nowait, done)

        worker = None
        try:
            yield CuratedReady(turn.result)
            worker = loop.run_in_executor(self._streams, work)
            while (item := await queue.get()) is not done:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            if worker is None:
                self._finish_turn(state.id, turn.cancelled)
            else:
                await asyncio.shield(worker)

    async def aagent(self, state: ConversationState, text: str) -> Turn:
        """Record an agent turn (scrubbed) on the agents' thread, so that customer turns never queue behind it.
        The script moves on with `atrack_agent`."""
        return await asyncio.get_running_loop().run_in_executor(self._side, lambda: self.add_turn(state, Speaker.AGENT, text, track=False))

    async def atrack_agent(self, state: ConversationState, turn: Turn) -> tuple[ScriptProgress | None, bool]:
        """`track_agent` on its own thread, in turn order: a customer turn never queues behind script tracking.
        When more agent turns are waiting than `tracking_backlog`, the machine is saturated: this one is tracked
        without embeddings, so tracking keeps up and leaves the CPU to customer turns. Returns (progress, embedded)."""
        with self._lock:
            self._tracking_waiting += 1
            embed = self._tracking_waiting <= self._tracking_backlog

        def track() -> ScriptProgress | None:
            try:
                return self.track_agent(state, turn, embed=embed)
            finally:
                with self._lock:
                    self._tracking_waiting -= 1

        return await asyncio.get_running_loop().run_in_executor(self._side, track), embed

    async def arecord_action(self, state: ConversationState, suggestion: Suggestion, action: Action, *, final_text: str | None = None, turn_id: str | None = None) -> None:
        await asyncio.get_running_loop().run_in_executor(
            self._side, lambda: self.record_action(state, suggestion, action, final_text=final_text, turn_id=turn_id)
        )

    async def asummary(self, state: ConversationState) -> Suggestion:
        """The post-call summary; it waits on the model, so it runs on a streaming thread."""
        return await asyncio.get_running_loop().run_in_executor(self._streams, self.summary, state)

    def summary(self, state: ConversationState) -> Suggestion:
        """The post-call summary (reason, actions, outcome, follow-ups), audited. Call it before closing the conversation."""
        if state.closed:
            raise InputError(f"conversation {state.id} is closed; summarise it before closing")
        if self.summarizer is None:
            from assist.prompts import PromptLibrary
            from assist.resources import prompts_dir

            self.summarizer = Summarizer(self.generator.model if self.generator else None, PromptLibrary.from_dir(prompts_dir()))
        tracker = self.script_tracker(state)
        facts = CallFacts(tuple(state.alerts), tracker.progress(state) if tracker else None)
        summary = self.summarizer.summarize(state, facts, detect_pii=lambda text: [e.type for e in self.scrubber.detect(text, state.language)])
        self.audit.append(suggestion_entry(summary, conversation_id=state.id, turn_id=None, **self._tags(state)))
        return summary

    def record_action(self, state: ConversationState, suggestion: Suggestion, action: Action, *, final_text: str | None = None, turn_id: str | None = None) -> None:
        """What the agent did with a suggestion: shown, accepted, edited (only a hash and the edit distance are kept) or ignored."""
        self.audit.append(oversight_entry(
            suggestion_id=suggestion.id, action=action, conversation_id=state.id, turn_id=turn_id, agent_ref=state.metadata.get("agent_ref"),
            suggested_text=suggestion.display_text, final_text=final_text,
        ))

    def suggest(self, state: ConversationState, text: str) -> TurnSuggestions:
        """The sync form, for scripts and notebooks: waits for the whole turn."""
        events = list(self.stream(state, text))
        return events[-1].result

    async def asuggest(self, state: ConversationState, text: str) -> TurnSuggestions:
        events = [event async for event in self.astream(state, text)]
        return events[-1].result


def _script_hit(step: KnowledgeEntry) -> Hit:
    """The next script step as a passage for the model (it comes from the script, not from a search)."""
    return Hit(entry=step, chunk_id=f"{step.id}#0", rank=0, score=0.0)


class Conversation:
    """A live conversation: ``customer(text)`` returns suggestions, ``agent(text)`` records what the agent said."""

    def __init__(self, assistant: Assistant, state: ConversationState):
        self._assistant = assistant
        self.state = state

    @property
    def id(self) -> str:
        return self.state.id

    @property
    def turns(self) -> list[Turn]:
        return list(self.state.turns)

    def customer(self, text: str) -> TurnSuggestions:
        return self._assistant.suggest(self.state, text)

    def customer_stream(self, text: str, **kwargs) -> Iterator[Event]:
        return self._assistant.stream(self.state, text, **kwargs)

    async def acustomer(self, text: str) -> TurnSuggestions:
        return await self._assistant.asuggest(self.state, text)

    def acustomer_stream(self, text: str) -> AsyncIterator[Event]:
        return self._assistant.astream(self.state, text)

    def summary(self) -> Suggestion:
        """The post-call summary, from the scrubbed transcript (details restored in `display_text` for the agent)."""
        return self._assistant.summary(self.state)

    def progress(self) -> ScriptProgress | None:
        """In a campaign: the script step reached and the mandatory mentions still due."""
        tracker = self._assistant.script_tracker(self.state)
        return tracker.progress(self.state) if tracker else None

    def record(self, suggestion: Suggestion, action: Action, *, final_text: str | None = None) -> None:
        """Record the agent's action on a suggestion in the audit log."""
        self._assistant.record_action(self.state, suggestion, action, final_text=final_text)

    def agent(self, text: str) -> Turn:
        return self._assistant.add_turn(self.state, Speaker.AGENT, text)

    def restore(self, text: str) -> str:
        """Restore placeholders for display to the agent."""
        return self.state.vault.restore(text)

    def close(self) -> None:
        """End the conversation: stop its generation, destroy its vault (the customer's details are gone)."""
        with self.state.lock:
            self.state.close()
            self._assistant.cancel(self.state)

    def __enter__(self) -> Conversation:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _escalation_model(settings: Settings, retriever: Retriever) -> SemanticEscalationCheck | None:
    """The shipped escalation classifier, when it was trained on the configured embedding model's vectors."""
    if not settings.escalation_model:
        return None
    classifier = EscalationClassifier.load(SHIPPED_CLASSIFIER)
    if classifier.embedding_model != retriever.index.embedder.name:
        log.warning("the escalation classifier needs %s vectors: escalation alerts come from the rules only", classifier.embedding_model)
        return None
    return SemanticEscalationCheck(classifier, retriever.index.embedder, turn_vector=retriever.index.query_vector)
