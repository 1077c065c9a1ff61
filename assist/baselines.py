"""Baselines a developer would write first, run in the same eval as our pipeline.

- `NaiveLangChain`: LangChain's Chroma with the same embeddings; the query is the last utterance.
- `NaiveRagChain`: "retrieve then prompt": that retriever, the same prompt template and model through
  langchain-openai, no guards.
"""

from __future__ import annotations

from assist.knowledge.index import KnowledgeIndex
from assist.privacy.scrubbed import ScrubbedText
from assist.suggest.generative import GenerativeSuggester
from assist.suggest.guards import split_citations


class NaiveLangChain:
    """The baseline a developer would write first: LangChain's Chroma vector store over the same vectors
    (`KnowledgeIndex.langchain_store`), the last utterance as the query, no filters, no fusion, no threshold."""

    def __init__(self, index: KnowledgeIndex):
        self._store = index.langchain_store()

    def ranked(self, last_utterance: str, k: int) -> list[tuple[str, float]]:
        """Entry ids (first chunk of each entry wins) with 1 - cosine distance."""
        ranked: dict[str, float] = {}
        for doc, distance in self._store.similarity_search_with_score(last_utterance, k=k * 3):
            ranked.setdefault(doc.metadata["entry_id"], 1.0 - distance)
        return list(ranked.items())[:k]


class NaiveRagChain:
    """``reply(last_utterance, language)`` → (reply text, cited ids), or None when the model fails."""

    def __init__(self, index: KnowledgeIndex, generator: GenerativeSuggester):
        self._index = index
        self._store = NaiveLangChain(index)
        self._generator = generator
        self._llm = generator.model.langchain(max_tokens=80, temperature=0.1, max_retries=0, timeout=20)

    def reply(self, last: ScrubbedText, language: str) -> tuple[str, list[str]] | None:
        from assist.conversation import Speaker

        passages = [self._index.entries[entry_id] for entry_id, _ in self._store.ranked(last.text, self._generator.passages)]
        template = self._generator.template(language)
        prompt = template.render(passages=passages, turns=[{"speaker": Speaker.CUSTOMER, "text": last}])
        try:
            text = self._llm.invoke(prompt.text, stop=list(template.stop) or None)
        except Exception:  # any failure of the chain counts as no reply
            return None
        clean, cited, invalid = split_citations(template.output_prefix + text, passages)
        return clean, cited + invalid
