"""From a live conversation to the approved entries worth showing, or an explicit "no answer".

The query is built from the conversation, not only the last utterance: a short or referring
last turn ("et pour ce contrat-là ?") is completed by the previous customer turn, the entity
being talked about (most recent fuzzy mention of an `entity` from the knowledge metadata;
all of them when that turn names several, as an agent listing two offers) restricts the search
to its entries, and each utterance is searched in its own language.
"No answer" is returned when neither ranking finds a convincing match: both the best BM25
score and the best dense similarity are under thresholds calibrated on an eval set
(`assist eval retrieval --calibrate`). With a learned `Reranker`, a wider pool is searched and
reordered by the reranker's probability of relevance, and only the passages over its threshold
are offered (`Retrieval.hits`; the best k in reranked order, before that selection, are `Retrieval.ranked`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict

from assist.conversation import ConversationState, Speaker, Turn, check_utterance
from assist.errors import ConfigError, RetrievalError
from assist.knowledge.entities import EntityTracker, entity_names
from assist.knowledge.index import Hit, KnowledgeIndex
from assist.knowledge.language import LanguageDetector
from assist.knowledge.model import Kind
from assist.knowledge.reranker import POOL, SCALARS, Reranker, features
from assist.privacy.scrubbed import ScrubbedText
from assist.privacy.vault import Vault

if TYPE_CHECKING:
    from assist.privacy.scrubber import Scrubber

SHORT_QUERY_WORDS = 8
MAX_QUERY_CHARS = 4000
# What answers a customer's question. Script steps and mandatory mentions are the agent's own lines: they are
# searched only within the conversation's campaign (its script), never offered for an inbound question.
ANSWER_KINDS = [Kind.FAQ.value, Kind.ARTICLE.value, Kind.OBJECTION.value]
# What a generated reply in an inbound call is written from. A campaign's objection response is worded for its campaign
# (the offer being sold, the debt being collected): it may be shown as a curated line, never paraphrased into a reply.
INBOUND_GROUNDING_KINDS = [Kind.FAQ.value, Kind.ARTICLE.value]
# A last turn that points back at what was said before ("ce contrat", "ça", "it", "eso"; not "ce matin"), or that
# continues it ("oui, et…", "mais…", "elle est…").
_REFERENCE = re.compile(
    r"\b(ce|cet|cette|ces)\s+(?!(?:matin|soir|midi|après-midi|mois|week-end|weekend|année|an|semaine|nuit|jour|moment|trimestre|hiver|été)\b)\w+|"
    r"\b(ça|ca|cela|celui|celle|là-dessus|dessus|le même|la même|"
    r"it|that|this|those|these|they|them|there|"
    r"eso|esa|ese|esto|este|esta|ahí)\b",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"^\W*(oui|non|et|mais|ah|alors|donc|d'accord|ok|il|elle|ils|elles|yes|no|and|but|so|he|she|they|sí|si|y|pero|él|ella)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NoAnswerThreshold:
    """Below both scores, the best match is too weak to show. Defaults calibrated on evals/retrieval/fr_bundled.jsonl."""

    lexical: float = 2.03
    dense: float = 0.856

    def answered(self, hits: Sequence[Hit]) -> bool:
        if not hits:
            return False
        lexical = max((h.lexical_score or 0.0 for h in hits), default=0.0)
        dense = max((h.dense_score or 0.0 for h in hits), default=0.0)
        return lexical >= self.lexical or dense >= self.dense


@dataclass(frozen=True)
class Retrieval:
    """What retrieval decided for one turn, with what it searched for (for the explanation)."""

    hits: list[Hit]
    query: ScrubbedText
    language: str
    entity: str | None = None
    answered: bool = True
    filters: dict[str, Any] = field(default_factory=dict)
    continued: bool = False  # the last customer turn was completed by the previous one (short, referring, continuing)
    ranked: list[Hit] = field(default_factory=list)  # the best k in order, before a reranker's selection (else = hits)


class Retriever:
    def __init__(
        self,
        index: KnowledgeIndex,
        *,
        detector: LanguageDetector | None = None,
        no_answer: NoAnswerThreshold | None = NoAnswerThreshold(),
        k: int = 5,
        reranker: Reranker | None = None,
    ):
        if reranker is not None and reranker.embedding_model != index.embedder.name:
            raise ConfigError(f"the reranker was trained for '{reranker.embedding_model}', the index embeds with '{index.embedder.name}'")
        if reranker is not None and reranker.width != 3 * index.embedder.dimension + SCALARS:
            raise ConfigError(f"the reranker takes {reranker.width} features, this index's vectors make {3 * index.embedder.dimension + SCALARS}")
        self.index = index
        self.detector = detector or LanguageDetector()
        self.no_answer = no_answer
        self.k = k
        self.reranker = reranker
        self._tracker_for: str | None = None
        self._tracker = EntityTracker(())

    def language_of(self, text: str, default: str) -> str:
        return self.detector.detect(text, default)

    def record(self, state: ConversationState, speaker: Speaker, text: str, scrubber: Scrubber) -> Turn:
        """Scrub one utterance in its own language and add it to `state`, with the knowledge entity it mentions.

        Entities are looked for in the raw text (a business name may look like a person's to the scrubber);
        only the matched entity name, which comes from the knowledge, is kept."""
        language = self.language_of(text, state.language)
        result = scrubber.scrub(text, state.vault, language)
        entities = self.entities_in(text)
        return state.append(Speaker(speaker), result.scrubbed, result.counts, language, entities=entities)

    def entities_in(self, text: str) -> list[str]:
        tracker = self.tracker()
        return tracker.find_all(text) if len(tracker) else []

    def tracker(self) -> EntityTracker:
        """Entities known to the current knowledge snapshot (rebuilt when the snapshot changes)."""
        if self._tracker_for != self.index.snapshot:
            self._tracker = EntityTracker(entity_names(self.index.entries.values()))
            self._tracker_for = self.index.snapshot
        return self._tracker

    def query_of(self, state: ConversationState) -> tuple[ScrubbedText, ScrubbedText | None]:
        """The last customer turn, and the previous customer turn as context when the last is short, refers back or
        continues it ("et pour ce contrat-là ?")."""
        customer = [t.text for t in state.turns if t.speaker is Speaker.CUSTOMER]
        if not customer:
            return ScrubbedText.from_trusted_source(""), None
        last = customer[-1]
        if len(customer) > 1 and (len(last.text.split()) < SHORT_QUERY_WORDS or _REFERENCE.search(last.text) or _CONTINUATION.match(last.text)):
            return last, customer[-2]
        return last, None

    def retrieve(
        self,
        state: ConversationState,
        *,
        k: int | None = None,
        filters: Mapping[str, Any] | None = None,
        mode: str = "hybrid",
    ) -> Retrieval:
        """The best `k` entries for the conversation's last customer turn (`mode` "hybrid" is reranked when the retriever
        has a reranker; "lexical" and "dense" are one ranking alone)."""
        language, last, context, filters, entity = self._search_terms(state, filters)
        if self.reranker is not None and mode == "hybrid":
            pool, rows = self._pool(last, context, language, filters)
            ranked = self.reranker.rerank(pool, rows)[: k or self.k]
            hits = self.reranker.selected(ranked)
        else:
            hits = ranked = self.index.search(last, k or self.k, language=language, filters=filters, mode=mode, context=context)
        query = ScrubbedText.from_trusted_source(f"{context.text} {last.text}" if context else last.text)  # joined from scrubbed turns
        answered = self.no_answer.answered(ranked) if self.no_answer else bool(hits)
        return Retrieval(hits, query, language, entity, answered, filters, continued=context is not None, ranked=ranked)

    def pool(self, state: ConversationState, filters: Mapping[str, Any] | None = None) -> tuple[list[Hit], np.ndarray]:
        """The wide candidate pool a reranker orders for this conversation, and its feature rows (for training one)."""
        language, last, context, filters, _ = self._search_terms(state, filters)
        return self._pool(last, context, language, filters)

    def _pool(self, last: ScrubbedText, context: ScrubbedText | None, language: str, filters: dict[str, Any]) -> tuple[list[Hit], np.ndarray]:
        pool = self.index.search(last, 2 * POOL, language=language, filters=filters, context=context, candidates=POOL)
        if not pool:
            return [], np.zeros((0, 3 * self.index.embedder.dimension + SCALARS), dtype=np.float32)
        try:
            query = self.index.query_vector(last.text)  # cached: the search has just embedded it
            blended = self.index.dense_query(last.text, context.text if context else None)
            passages = self.index.vectors_of(h.chunk_id for h in pool)
        except Exception as exc:
            raise RetrievalError(f"reranking failed ({type(exc).__name__})") from None
        return pool, features(pool, passages, query, blended)

    def _search_terms(self, state: ConversationState, filters: Mapping[str, Any] | None):
        """The turn's language, query (last customer turn and its context), filters and entity."""
        last_turn = next((t for t in reversed(state.turns) if t.speaker is Speaker.CUSTOMER), None)
        language = last_turn.language if last_turn else state.language
        last, context = self.query_of(state)
        filters = dict(filters or {})
        campaign = state.metadata.get("campaign")
        if "kind" not in filters and not campaign:
            filters["kind"] = ANSWER_KINDS
        elif campaign and "campaign" not in filters:
            filters["campaign"] = [campaign, None]  # this campaign's script, and knowledge outside any campaign
        mentioned = next((t for t in reversed(state.turns) if t.entity), None)  # the latest turn that names an entity
        entity = mentioned.entity if mentioned else None
        if mentioned and len(mentioned.entities) > 1:
            filters["entity"] = list(mentioned.entities)  # several named together ("Gonville or University Arms?"): all of them
        elif entity:
            filters["entity"] = entity
        return language, last, context, filters, entity

    def grounding(self, state: ConversationState, retrieval: Retrieval) -> Retrieval:
        """What a generated reply may be written from. In an inbound call whose best answer is a campaign's objection
        response, the search is run again over FAQs and articles only (see INBOUND_GROUNDING_KINDS); otherwise the
        turn's own retrieval serves."""
        best = retrieval.hits[0] if retrieval.answered and retrieval.hits else None
        if best is None or state.metadata.get("campaign") or best.entry.kind is not Kind.OBJECTION:
            return retrieval
        return self.retrieve(state, k=len(retrieval.ranked) or self.k, filters={"kind": INBOUND_GROUNDING_KINDS})


class AssistRetriever(BaseRetriever):
    """A LangChain retriever over the knowledge index: plugs our hybrid search into any chain.

    The query string is scrubbed in `invoke`, before LangChain's callbacks and tracers see it, so raw
    customer text reaches neither them nor the index; each Document carries the entry id, kind,
    scores and metadata. A query that is not text, empty or too long is an `InputError`.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Retriever
    scrubber: Any  # an assist.privacy.Scrubber
    language: str = "fr"
    k: int = 5
    filters: dict[str, Any] = {}

    def invoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> list[Document]:
        # Scrub before LangChain sees the query: its callbacks and tracers receive the input of `invoke`.
        scrubbed, language, entities = self._scrub(input)
        return super().invoke(scrubbed, config, language=language, entities=entities, **kwargs)

    async def ainvoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> list[Document]:
        scrubbed, language, entities = self._scrub(input)
        return await super().ainvoke(scrubbed, config, language=language, entities=entities, **kwargs)

    def _scrub(self, query: str) -> tuple[str, str, list[str]]:
        """The scrubbed query, its language, and the entities it names (looked for in the raw text; only the knowledge's names are kept)."""
        language = self.retriever.language_of(check_utterance(query, MAX_QUERY_CHARS), self.language)
        return self.scrubber.scrub(query, Vault(), language).scrubbed.text, language, self.retriever.entities_in(query)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, language: str, entities: list[str]
    ) -> list[Document]:
        state = ConversationState(language=language)
        state.append(Speaker.CUSTOMER, ScrubbedText.from_trusted_source(query), {}, language, entities=entities)  # scrubbed in invoke
        result = self.retriever.retrieve(state, k=self.k, filters=self.filters)
        if not result.answered:
            return []
        return [
            Document(
                page_content=hit.entry.text,
                id=hit.entry.id,
                metadata={
                    **{k: v for k, v in hit.entry.metadata.items() if isinstance(v, (str, int, float, bool))},
                    "id": hit.entry.id, "title": hit.entry.title, "kind": hit.entry.kind.value, "language": hit.entry.language,
                    "rank": hit.rank, "score": hit.score, "snapshot": self.retriever.index.snapshot,
                },
            )
            for hit in result.hits
        ]
