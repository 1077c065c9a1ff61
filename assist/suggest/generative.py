"""The generative suggestion: a reply grounded in retrieved passages, streamed, checked by guards."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assist.conversation import ConversationState, Turn
from assist.errors import ConfigError, InputError, ModelError
from assist.knowledge.index import Hit
from assist.knowledge.lexical import Analyzer
from assist.knowledge.model import KnowledgeEntry
from assist.llm.base import LanguageModel
from assist.privacy.scrubbed import ScrubbedText
from assist.prompts import PromptLibrary, PromptTemplate
from assist.suggest.guards import OVERLAP_SUPPORT, check_reply, split_citations, support, supported_sentences
from assist.suggest.models import Explanation, GuardResult, PromptRef, Source, Suggestion, SuggestionType

HISTORY_TURNS = 1


@dataclass
class GenerationOutcome:
    suggestion: Suggestion | None
    failure: str = ""
    guards: list[GuardResult] = field(default_factory=list)
    prompt: PromptRef | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)


class GenerativeSuggester:
    def __init__(self, llm: LanguageModel, prompts: PromptLibrary, *, prompt_id: str = "reply-suggestion", passages: int = 3):
        self._llm = llm
        self._prompts = prompts
        self._prompt_id = prompt_id
        self._passages = passages

    @property
    def model(self) -> LanguageModel:
        return self._llm

    @property
    def passages(self) -> int:
        return self._passages

    def template(self, language: str, prompt_id: str | None = None) -> PromptTemplate:
        """The prompt for this language (``<id>-<language>`` when it exists, else ``<id>``)."""
        prompt_id = prompt_id or self._prompt_id
        try:
            return self._prompts.get(f"{prompt_id}-{language}")
        except ConfigError:
            return self._prompts.get(prompt_id)

    def stream(
        self,
        state: ConversationState,
        hits: Sequence[Hit],
        *,
        query: ScrubbedText,
        snapshot: str,
        redactions: dict[str, int],
        language: str | None = None,
        language_of: Callable[[str, str], str] = lambda text, default: default,
        detect_pii: Callable[[str], list[tuple[str, str]]] = lambda text: [],  # (type, value) of each detection
        should_stop: Callable[[], str] = lambda: "",
        search_filters: Mapping[str, Any] | None = None,
        prompt_id: str | None = None,
        turn: Turn | None = None,
        timeout_s: float | None = None,
    ) -> Generator[str, None, GenerationOutcome]:
        """Yield the reply as it is written (restored for the agent's screen), then return the checked outcome:
        ``outcome = yield from suggester.stream(...)``. What streams is a draft; only the outcome's suggestion passed the guards.

        `turn` is the customer turn to answer (default: the last one). `should_stop()` returns why to stop, e.g.
        "cancelled: …" ("" to go on), which becomes the outcome's failure;
        `timeout_s` bounds the model request, waiting for its first token included."""
        language = language or state.language
        passages = [hit.entry for hit in hits[: self._passages]]
        template = self.template(language, prompt_id)
        prompt_ref = PromptRef(template.id, template.version, template.hash)
        answered = [turn] if turn is not None else state.turns[-HISTORY_TURNS:]
        turns = [{"speaker": t.speaker, "text": t.text} for t in answered]
        prompt = template.render(passages=passages, turns=turns)
        restorer = state.vault.restorer()
        shown = _AnswerFilter(template.output_prefix)
        started = time.perf_counter()
        first_token_ms = first_visible_ms = None
        chunks: list[str] = []
        stream = self._llm.stream(prompt, timeout_s=timeout_s)
        try:
            for chunk in stream:
                if first_token_ms is None:
                    first_token_ms = (time.perf_counter() - started) * 1000
                chunks.append(chunk)
                if reason := should_stop():
                    return GenerationOutcome(None, reason, prompt=prompt_ref, timings_ms=_elapsed(started))
                visible = shown.feed(chunk)
                if visible and (restored := restorer.feed(visible)):
                    if first_visible_ms is None:  # the agent's first word (the citation the model writes first is not shown)
                        first_visible_ms = (time.perf_counter() - started) * 1000
                    yield restored
            if tail := restorer.flush():
                yield tail
        except ModelError as exc:
            return GenerationOutcome(None, f"model error: {exc}", prompt=prompt_ref, timings_ms=_elapsed(started))
        except InputError:  # the conversation was closed while the reply was streaming: its vault is gone
            return GenerationOutcome(None, "cancelled: the conversation was closed", prompt=prompt_ref, timings_ms=_elapsed(started))
        finally:
            if close := getattr(stream, "close", None):
                close()  # stops the model's generation on the server side too
        timings = {"generate_ttft": first_token_ms or 0.0, "generate_first_word": first_visible_ms or 0.0, "generate_total": (time.perf_counter() - started) * 1000}

        raw = template.output_prefix + "".join(chunks)
        clean, cited, invalid = split_citations(raw.strip(), passages)
        if not "".join(chunks).strip():
            clean = ""  # the model wrote nothing: the prompt's own "[" is not a reply
        analyzer = Analyzer(language)
        method = "explicit"
        if not cited and not invalid:
            scored = sorted(((support(clean, p, analyzer), p.id) for p in passages), reverse=True)
            if scored and scored[0][0] >= OVERLAP_SUPPORT:
                cited, method = [scored[0][1]], f"attributed (content-word overlap {scored[0][0]:.2f})"
        cited_passages = [p for p in passages if p.id in cited]
        dropped = 0
        if cited_passages:
            clean, dropped = supported_sentences(clean, cited_passages, analyzer)
        grounding = support(clean, _merged(cited_passages), analyzer) if cited_passages and clean else 0.0
        guards = check_reply(
            clean, cited, invalid, state.vault, grounding, language=language, reply_language=language_of(clean, language) if clean else language, dropped=dropped
        )
        given = " ".join(p.text for p in passages)
        leaked = [kind for kind, value in detect_pii(clean) if not _from_passages(kind, value, given)]
        guards.append(GuardResult("personal_data", not leaked, f"unvaulted personal data of type {sorted(set(leaked))}" if leaked else "none outside the vault"))
        failed = [g for g in guards if not g.passed]
        if failed:
            return GenerationOutcome(None, "guard failed: " + ", ".join(g.name for g in failed), guards, prompt_ref, timings)
        used = set(cited)
        sources = tuple(Source.from_hit(h, used=h.entry.id in used, why_not="given to the model, not cited" if h in hits[: self._passages] else "not given to the model") for h in hits)
        explanation = Explanation(
            sources=sources,
            knowledge_snapshot=snapshot,
            query=query,
            language=language,
            redactions=redactions,
            timings_ms=timings,
            confidence=grounding,
            confidence_method="share of the reply's content words found in the cited passages",
            prompt=prompt_ref,
            model=self._llm.info,
            guards=tuple(guards),
            citation_method=method,
            search_filters=dict(search_filters or {}),
        )
        # The model only ever saw scrubbed text; its output is checked above to hold only this conversation's placeholders.
        text = ScrubbedText.from_trusted_source(clean)
        suggestion = Suggestion(uuid.uuid4().hex, SuggestionType.GENERATIVE, text, state.vault.restore(clean), tuple(cited), explanation)
        return GenerationOutcome(suggestion, "", guards, prompt_ref, timings)


def _elapsed(started: float) -> dict[str, float]:
    return {"generate_total": (time.perf_counter() - started) * 1000}


def _merged(passages: Sequence[KnowledgeEntry]) -> KnowledgeEntry:
    """The cited passages as one, to measure how much of the reply they support together."""
    return passages[0].model_copy(update={"text": " ".join(p.text for p in passages), "title": " ".join(p.title for p in passages)})


class _AnswerFilter:
    """With a cite-first prompt the model writes ``id]) : answer``: show the agent only the answer."""

    def __init__(self, output_prefix: str):
        self._waiting = bool(output_prefix)
        self._buffer = ""

    def feed(self, chunk: str) -> str:
        if not self._waiting:
            return chunk
        self._buffer += chunk
        if ":" not in self._buffer:
            return ""
        self._waiting = False
        return self._buffer.split(":", 1)[1].lstrip()


_NER_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})


def _from_passages(kind: str, value: str, passages: str) -> bool:
    """A name or place the NER sees in the reply that stands, as whole words, in the approved passages it was given
    ("We", "Accompagnement") is the knowledge's wording, not the customer's. Numbers, e-mails and the like never are."""
    return kind in _NER_TYPES and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", passages, re.IGNORECASE) is not None
