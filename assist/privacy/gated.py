"""Pattern recognisers gated by the words all their patterns need.

Most patterns start with a lookbehind that needs a context word ("code", "né", "monsieur"): the regex engine tries it
at every position of every utterance. A gate searches once for any of those words and skips the patterns when none is
there. Over the 7,400 texts of our PII sets and the English synthetic one, no text a gate skipped held a match of its
patterns (tests/test_privacy.py checks two of the sets).
"""

from __future__ import annotations

import regex
from presidio_analyzer import PatternRecognizer, RecognizerResult


class GatedPatternRecognizer(PatternRecognizer):
    """A `PatternRecognizer` that runs its patterns only on a text where `needs` (case-insensitive) is found. `needs`
    must be implied by every match of every pattern: a gate that misses a word a pattern needs loses its matches."""

    def __init__(self, *, needs: str, **kwargs):
        super().__init__(**kwargs)
        self.needs = regex.compile(needs, regex.IGNORECASE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        if not self.needs.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
