"""What the conversation is about: mentions of known entities (a hotel, an offer, a contract type).

Entities are the `entity` values found in the knowledge's metadata. Mentions are matched
fuzzily on folded text, so speech-recognition errors and misspellings ("hobson's house",
"a and b guesthouse") still count; the most recent mention wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from assist.knowledge.lexical import fold
from assist.knowledge.model import KnowledgeEntry

# Words too generic to identify an entity by themselves ("the hotel", "le contrat").
_GENERIC = {
    "the", "a", "an", "and", "of", "hotel", "guest", "house", "guesthouse", "restaurant", "bar", "inn", "lodge", "cafe",
    "le", "la", "les", "l", "de", "du", "des", "et", "offre", "contrat", "el", "los", "las", "y",
}  # fmt: skip
_WORDS = re.compile(r"\w+")
# Numbers read out, which speech-to-text writes as words: a name made of them alone is not distinctive.
_NUMBER_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "zero un une deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante cent "
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez".split()
)


def _normal(text: str) -> str:
    return " ".join(_WORDS.findall(fold(text)))


def _cutoff(alias: str, distinctive: bool) -> float:
    """How close a mention must be: short names exactly ("Rice" is not "price"), a name with little that
    is distinctive almost exactly ("J Restaurant" is not "the restaurant"), longer distinctive ones fuzzily."""
    if len(alias) <= 5:
        return 100.0
    if not distinctive:
        return 95.0
    return 90.0 if len(alias) <= 8 else 86.0


def entity_names(entries: Iterable[KnowledgeEntry]) -> list[str]:
    """The `entity` names the entries' metadata carry (businesses, offers: public names, which the scrubber protects)."""
    return sorted({str(e.metadata["entity"]) for e in entries if e.metadata.get("entity")})


class EntityTracker:
    """Mentions are compared word n-gram by word n-gram (a name never matches inside another word)."""

    def __init__(self, names: Iterable[str]):
        groups: dict[tuple[int, float], dict[str, str]] = {}
        names = sorted(set(names))
        shared = Counter(word for name in names for word in set(_normal(name).split()))
        for name in names:
            full = _normal(name)
            distinctive = " ".join(word for word in full.split() if word not in _GENERIC)
            if " " not in distinctive and shared[distinctive] > 1:
                distinctive = ""  # one word several names share ("Cambridge") names none of them, and is often the town
            if distinctive and all(word in _NUMBER_WORDS or word.isdigit() for word in distinctive.split()):
                distinctive = ""  # "Restaurant Two Two": "two two" alone is a phone number read out
            for alias, is_distinctive in ((full, False), (distinctive, True)):
                if alias:
                    groups.setdefault((len(alias.split()), _cutoff(alias, is_distinctive)), {}).setdefault(alias, name)
        self._groups = {key: (list(aliases), list(aliases.values())) for key, aliases in groups.items()}
        self._count = len(names)

    def __len__(self) -> int:
        return self._count

    def find(self, text: str) -> str | None:
        """The entity best mentioned in `text` (the longest matching alias, then the closest), or None."""
        candidates = self._matches(text)
        return max(candidates)[2] if candidates else None

    def find_all(self, text: str) -> list[str]:
        """Every entity mentioned in `text` ("Gonville Hotel and University Arms Hotel"), best mentioned first. A name
        whose matching alias lies inside a longer matching one ("Pizza Hut" in "Pizza Hut City Centre") is left out."""
        best: dict[str, tuple[int, float, str, str]] = {}
        for candidate in sorted(self._matches(text), reverse=True):
            best.setdefault(candidate[2], candidate)
        found = sorted(best.values(), reverse=True)
        return [name for _, _, name, alias in found if not any(f" {alias} " in f" {other} " and alias != other for _, _, _, other in found)]

    def _matches(self, text: str) -> list[tuple[int, float, str, str]]:
        """(alias length, similarity, entity name, alias) for every alias mentioned in `text`."""
        words = _normal(text).split()
        candidates = []
        for (count, cutoff), (aliases, names) in self._groups.items():
            grams = list({" ".join(words[i : i + n]) for n in (count - 1, count, count + 1) if n > 0 for i in range(len(words) - n + 1)})
            if not grams:
                continue
            scores = process.cdist(aliases, grams, scorer=fuzz.ratio, score_cutoff=cutoff).max(axis=1)
            candidates += [(len(aliases[i]), float(scores[i]), names[i], aliases[i]) for i in np.flatnonzero(scores)]
        return candidates

    def current(self, turns: Sequence[str]) -> str | None:
        """The most recently mentioned entity in `turns` (oldest first)."""
        return next((found for found in map(self.find, reversed(turns)) if found), None)
