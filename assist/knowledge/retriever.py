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
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assist.conversation import ConversationState, Speaker
from assist.knowledge.entities import EntityTracker
from assist.knowledge.index import Hit, KnowledgeIndex
from assist.knowledge.language import LanguageDetector
from assist.privacy.scrubbed import ScrubbedText

SHORT_QUERY_WORDS = 8
# A last turn that points back at what was said before ("ce contrat", "ça", "it", "eso").
_REFERENCE = re.compile(
    r"\b(ce|cet|cette|ces)\s+\w+|\b(ça|ca|cela|celui|celle|là-dessus|dessus|le même|la même|"
    r"it|that|this|those|these|they|them|there|"
    r"eso|esa|ese|esto|este|esta|ahí)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NoAnswerThreshold:
    """Below both scores, the best match is too weak to show. Defaults calibrated on evals/retrieval/fr_bundled.jsonl."""

    lexical: float = 2.0
    dense: float = 0.86

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

    def tracker(self) -> EntityTracker:
        """Entities known to the current knowledge snapshot (rebuilt when the snapshot changes)."""
        if self._tracker_for != self.index.snapshot:
            self._tracker = EntityTracker(str(e.metadata["entity"]) for e in self.index.entries.values() if e.metadata.get("entity"))
            self._tracker_for = self.index.snapshot
        return self._tracker

    def query_of(self, state: ConversationState) -> ScrubbedText:
        """The last customer turn; a short or referring one is completed by the previous customer turn."""
        customer = [t.text.text for t in state.turns if t.speaker is Speaker.CUSTOMER]
        if not customer:
            return ScrubbedText.from_trusted_source("")
        parts = customer[-1:]
        if len(customer) > 1 and (len(parts[0].split()) < SHORT_QUERY_WORDS or _REFERENCE.search(parts[0])):
            parts.insert(0, customer[-2])
        return ScrubbedText.from_trusted_source(" ".join(parts))  # joined from already scrubbed turns

    def retrieve(
        self,
        state: ConversationState,
        *,
        k: int | None = None,
        filters: Mapping[str, Any] | None = None,
        mode: str = "hybrid",
    ) -> Retrieval:
        last = next((t for t in reversed(state.turns) if t.speaker is Speaker.CUSTOMER), None)
        language = last.language if last else state.language
        query = self.query_of(state)
        filters = dict(filters or {})
        tracker = self.tracker()
        entity = tracker.current([t.text.text for t in state.turns]) if len(tracker) else None
        if entity:
            filters["entity"] = entity
        hits = self.index.search(query, k or self.k, language=language, filters=filters, mode=mode)
        answered = self.no_answer.answered(hits) if self.no_answer else bool(hits)
        return Retrieval(hits, query, language, entity, answered, filters)


class AssistRetriever(BaseRetriever):
    """A LangChain retriever over the knowledge index: plugs our hybrid search into any chain.

    The query string is scrubbed first (raw customer text never reaches the index); each
    Document carries the entry id, kind, scores and metadata.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Retriever
    scrubber: Any  # assist.privacy.Scrubber
    language: str = "fr"
    k: int = 5
    filters: dict[str, Any] = {}

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        from assist.privacy.vault import Vault

        language = self.retriever.language_of(query, self.language)
        state = ConversationState(language=language)
        state.append(Speaker.CUSTOMER, self.scrubber.scrub(query, Vault(), language).scrubbed, {}, language)
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
