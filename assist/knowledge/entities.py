"""What the conversation is about: mentions of known entities (a hotel, an offer, a contract type).

Entities are the `entity` values found in the knowledge's metadata. Mentions are matched
fuzzily on folded text, so speech-recognition errors and misspellings ("hobson's house",
"a and b guesthouse") still count; the most recent mention wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from assist.knowledge.lexical import fold

MIN_SCORE = 88.0
# Words too generic to identify an entity by themselves ("the hotel", "le contrat").
_GENERIC = {
    "the", "a", "an", "and", "of", "hotel", "guest", "house", "guesthouse", "restaurant", "bar", "inn", "lodge", "cafe",
    "le", "la", "les", "l", "de", "du", "des", "et", "offre", "contrat", "el", "los", "las", "y",
}  # fmt: skip
_WORDS = re.compile(r"\w+")


def _normal(text: str) -> str:
    return " ".join(_WORDS.findall(fold(text)))


def _aliases(name: str) -> set[str]:
    """The full name, and the name without its generic words when that still says something."""
    full = _normal(name)
    distinctive = " ".join(word for word in full.split() if word not in _GENERIC)
    return {full} | ({distinctive} if len(distinctive) >= 5 else set())


class EntityTracker:
    def __init__(self, names: Iterable[str]):
        self._aliases = {alias: name for name in sorted(set(names)) for alias in _aliases(name)}

    def __len__(self) -> int:
        return len(set(self._aliases.values()))

    def find(self, text: str) -> str | None:
        """The entity best mentioned in `text` (longest, then closest alias), or None."""
        haystack = _normal(text)
        matches = process.extract(haystack, list(self._aliases), scorer=fuzz.partial_ratio, score_cutoff=MIN_SCORE, limit=None)
        matches = [(alias, score) for alias, score, _ in matches if len(alias) <= len(haystack) + 2]
        if not matches:
            return None
        alias, _ = max(matches, key=lambda match: (len(match[0]), match[1]))
        return self._aliases[alias]

    def current(self, turns: Sequence[str]) -> str | None:
        """The most recently mentioned entity in `turns` (oldest first)."""
        for text in reversed(turns):
            found = self.find(text)
            if found:
                return found
        return None
