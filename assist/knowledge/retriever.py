"""From a live conversation to the approved entries worth showing, or an explicit "no answer".

The query is built from the conversation, not only the last utterance: a short or referring
last turn ("et pour ce contrat-là ?") is completed by the previous customer turn, the entity
being talked about (most recent fuzzy mention of an `entity` from the knowledge metadata)
restricts the search to its entries, and each utterance is searched in its own language.
"No answer" is returned when neither ranking finds a convincing match: both the best BM25
score and the best dense similarity are under thresholds calibrated on an eval set
(`assist eval retrieval --calibrate`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict

from assist.conversation import ConversationState, Speaker, Turn, check_utterance
from assist.knowledge.entities import EntityTracker
from assist.knowledge.index import Hit, KnowledgeIndex
from assist.knowledge.language import LanguageDetector
from assist.knowledge.model import Kind
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


class Retriever:
    def __init__(
        self,
        index: KnowledgeIndex,
        *,
        detector: LanguageDetector | None = None,
        no_answer: NoAnswerThreshold | None = NoAnswerThreshold(),
        k: int = 5,
    ):
        self.index = index
        self.detector = detector or LanguageDetector()
        self.no_answer = no_answer
        self.k = k
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
        return state.append(Speaker(speaker), result.scrubbed, result.counts, language, self.entity_in(text))

    def entity_in(self, text: str) -> str | None:
        tracker = self.tracker()
        return tracker.find(text) if len(tracker) else None

    def tracker(self) -> EntityTracker:
        """Entities known to the current knowledge snapshot (rebuilt when the snapshot changes)."""
        if self._tracker_for != self.index.snapshot:
            self._tracker = EntityTracker(str(e.metadata["entity"]) for e in self.index.entries.values() if e.metadata.get("entity"))
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
        last_turn = next((t for t in reversed(state.turns) if t.speaker is Speaker.CUSTOMER), None)
        language = last_turn.language if last_turn else state.language
        last, context = self.query_of(state)
        filters = dict(filters or {})
        campaign = state.metadata.get("campaign")
        if "kind" not in filters and not campaign:
            filters["kind"] = ANSWER_KINDS
        elif campaign and "campaign" not in filters:
            filters["campaign"] = [campaign, None]  # this campaign's script, and knowledge outside any campaign
        entity = next((t.entity for t in reversed(state.turns) if t.entity), None)
        if entity:
            filters["entity"] = entity
        hits = self.index.search(last, k or self.k, language=language, filters=filters, mode=mode, context=context)
        query = ScrubbedText.from_trusted_source(f"{context.text} {last.text}" if context else last.text)  # joined from scrubbed turns
        answered = self.no_answer.answered(hits) if self.no_answer else bool(hits)
        return Retrieval(hits, query, language, entity, answered, filters, continued=context is not None)

    def grounding(self, state: ConversationState, retrieval: Retrieval) -> Retrieval:
        """What a generated reply may be written from. In an inbound call whose best answer is a campaign's objection
        response, the search is run again over FAQs and articles only (see INBOUND_GROUNDING_KINDS); otherwise the
        turn's own retrieval serves."""
        best = retrieval.hits[0] if retrieval.answered and retrieval.hits else None
        if best is None or state.metadata.get("campaign") or best.entry.kind is not Kind.OBJECTION:
            return retrieval
        return self.retrieve(state, k=len(retrieval.hits), filters={"kind": INBOUND_GROUNDING_KINDS})


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
        scrubbed, language, entity = self._scrub(input)
        return super().invoke(scrubbed, config, language=language, entity=entity, **kwargs)

    async def ainvoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> list[Document]:
        scrubbed, language, entity = self._scrub(input)
        return await super().ainvoke(scrubbed, config, language=language, entity=entity, **kwargs)

    def _scrub(self, query: str) -> tuple[str, str, str | None]:
        """The scrubbed query, its language, and the entity it names (looked for in the raw text; only the knowledge's name is kept)."""
        language = self.retriever.language_of(check_utterance(query, MAX_QUERY_CHARS), self.language)
        return self.scrubber.scrub(query, Vault(), language).scrubbed.text, language, self.retriever.entity_in(query)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, language: str, entity: str | None
    ) -> list[Document]:
        state = ConversationState(language=language)
        state.append(Speaker.CUSTOMER, ScrubbedText.from_trusted_source(query), {}, language, entity)  # scrubbed in invoke
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
