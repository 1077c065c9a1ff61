"""Language of an utterance (French, English or Spanish), with the conversation's language as the prior."""

from __future__ import annotations

import re

from lingua import Language, LanguageDetectorBuilder

_CODES = {Language.FRENCH: "fr", Language.ENGLISH: "en", Language.SPANISH: "es"}
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
MIN_WORDS = 3
MIN_CONFIDENCE = 0.75


class LanguageDetector:
    """Short or ambiguous utterances ("ok", "oui", a placeholder) keep the conversation's language."""

    def __init__(self) -> None:
        self._detector = LanguageDetectorBuilder.from_languages(*_CODES).with_preloaded_language_models().build()

    def detect(self, text: str, default: str) -> str:
        words = _PLACEHOLDER.sub(" ", text).split()
        if len(words) < MIN_WORDS:
            return default
        best = self._detector.compute_language_confidence_values(" ".join(words))[0]
        return _CODES[best.language] if best.value >= MIN_CONFIDENCE else default
