"""Checks on generated text before an agent sees it. A failed guard drops the generative suggestion;
the curated ones stay, and the audit entry says which guard fired and why."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assist.knowledge.lexical import Analyzer
from assist.knowledge.model import KnowledgeEntry
from assist.privacy.vault import PLACEHOLDER, Vault
from assist.suggest.models import GuardResult

CITATION = re.compile(r"\[([A-Za-z0-9][A-Za-z0-9._:\-]*)\]")
MIN_CHARS, MAX_CHARS = 8, 600
OVERLAP_SUPPORT = 0.5
SENTENCE_SUPPORT = 0.4  # a sentence with fewer of its content words in the cited passages is dropped
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")  # where a reply splits into sentences
# A customer turn that speaks to the assistant rather than to the agent (run on folded text): an order to drop its
# instructions, to take another role, or a message addressed to the assistant. Such a turn is never sent to the model.
# "j'ai oublié les règles du contrat" or "dis-moi exactement combien je dois" are ordinary turns.
INJECTION = re.compile(
    r"(?<!ai )(?<!avais )(?<!a )(?<!have )(?<!had )\b(?:ignore[rz]?|oublie[rz]?|ignora|olvida|disregard|forget)\s+"
    r"(?:tes|vos|les|toutes? (?:tes|vos|les)|your|all|the|previous|any|tus|sus|las|todas las)\s+(?:[\w']+\s+){0,2}"
    r"(?:instructions?|consignes|regles|rules|prompts?|instrucciones|reglas|directives)\b"
    r"|\b(?:system prompt|prompt systeme|you are now|tu es maintenant|vous etes maintenant|ahora eres|act as|agis comme)\b"
    r"|\b(?:message|note|consigne|instruction) (?:pour|a|to|for|para) (?:l'|le |la |the |el )?(?:assistant|ia|ai|robot|bot|modele|model|asistente)\b"
)


def supported_sentences(text: str, passages: Sequence[KnowledgeEntry], analyzer: Analyzer) -> tuple[str, int]:
    """Keep the sentences whose content words the cited passages support; return the kept text and how many were dropped."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    merged = KnowledgeEntry(id="merged", title=" ".join(p.title for p in passages) or "-", text=" ".join(p.text for p in passages) or "-")
    kept = [s for s in sentences if not analyzer(s) or support(s, merged, analyzer) >= SENTENCE_SUPPORT]
    return " ".join(kept), len(sentences) - len(kept)


def split_citations(text: str, passages: Sequence[KnowledgeEntry]) -> tuple[str, list[str], list[str]]:
    """Remove ``[id]`` markers; return the clean text, the valid cited ids and the invalid ones."""
    known = {p.id for p in passages}
    cited = CITATION.findall(text)
    valid = list(dict.fromkeys(c for c in cited if c in known))
    invalid = [c for c in cited if c not in known]
    clean = re.sub(r"\s+([.,;!?])", r"\1", " ".join(CITATION.sub(" ", text).split()))
    clean = re.sub(r"^[\s)\]:\-–]+", "", clean)
    return complete_sentences(clean), valid, invalid


def complete_sentences(text: str) -> str:
    """Drop a trailing fragment cut off by the token limit."""
    end = max(text.rfind(mark) for mark in ".!?")
    return text[: end + 1] if end >= MIN_CHARS else text


def support(text: str, passage: KnowledgeEntry, analyzer: Analyzer) -> float:
    """Share of the reply's content words (stemmed) that the passage contains."""
    words = set(analyzer(text))
    return len(words & set(analyzer(passage.text + " " + passage.title))) / len(words) if words else 0.0


def check_reply(
    text: str, cited: list[str], invalid: list[str], vault: Vault, grounding: float, *, language: str, reply_language: str, dropped: int
) -> list[GuardResult]:
    unknown = sorted({m.group(0) for m in PLACEHOLDER.finditer(text)} - vault.placeholders())
    return [
        GuardResult("non_empty", bool(text.strip()), "" if text.strip() else "the model returned no text"),
        GuardResult("length", MIN_CHARS <= len(text) <= MAX_CHARS, f"{len(text)} characters (bounds {MIN_CHARS}-{MAX_CHARS})"),
        GuardResult("placeholders", not unknown, f"unknown placeholders {unknown}" if unknown else "all placeholders belong to this conversation"),
        GuardResult("citations", bool(cited) and not invalid, f"cited {cited}, invalid {invalid}" if (invalid or not cited) else f"cited {cited}"),
        GuardResult("grounded", grounding >= OVERLAP_SUPPORT, f"{grounding:.2f} of content words found in the cited sources (minimum {OVERLAP_SUPPORT})"),
        GuardResult("sentences_supported", True, f"{dropped} unsupported sentence(s) dropped" if dropped else "every sentence supported"),
        GuardResult("language", reply_language == language, f"reply in '{reply_language}', customer speaks '{language}'"),
    ]
