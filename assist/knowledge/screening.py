"""Personal data in knowledge: approved scripts and FAQs should hold none, but text pasted from real tickets can.

Before anything is embedded or indexed, the scrubber reads every entry in batch. A card, IBAN, NIR, phone number,
e-mail, customer number, secret, IP, date of birth or name in context ("Mme Durand") it finds is replaced by a
placeholder in what is indexed and shown, and reported as a warning naming the file, line and field (types only, never
the value). The NER's own guesses are not used here: approved knowledge names brands, offers and towns.
A value that is public on purpose (a customer-service number, a support address) is listed in the entry's
`public_values` metadata and kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from assist.knowledge.loaders import LoadReport, Problem
from assist.knowledge.model import KnowledgeEntry

if TYPE_CHECKING:
    from assist.privacy.scrubbed import DetectedEntity
    from assist.privacy.scrubber import Scrubber

NER = "SpacyRecognizer"  # its guesses on approved text are brands and towns, not customers
FIELDS = ("title", "text")


def screen_knowledge(report: LoadReport, scrubber: Scrubber) -> LoadReport:
    """A copy of `report` whose entries hold no personal data, with a warning for each entry that did."""
    by_language: dict[str, list[int]] = defaultdict(list)
    for position, entry in enumerate(report.entries):
        by_language[entry.language if entry.language in scrubber.languages else scrubber.languages[0]].append(position)
    entries, problems = list(report.entries), list(report.problems)
    for language, positions in by_language.items():
        texts = [getattr(report.entries[p], name) for p in positions for name in FIELDS]
        found = scrubber.detect_many(texts, language)
        for index, position in enumerate(positions):
            entry, changes, counts = entries[position], {}, Counter()
            public = {str(value).strip().lower() for value in entry.metadata.get("public_values", []) or []}
            for offset, name in enumerate(FIELDS):
                text = getattr(entry, name)
                personal = [e for e in found[index * len(FIELDS) + offset] if e.recognizer != NER and text[e.start : e.end].strip().lower() not in public]
                if personal:
                    changes[name] = _redacted(text, personal)
                    counts.update(f"{e.type} ({e.recognizer})" for e in personal)
            if changes:
                entries[position] = KnowledgeEntry.model_validate({**entry.model_dump(), **changes})
                path, line = report.locations.get(entry.id, (None, None))
                summary = ", ".join(f"{kind} ×{n}" if n > 1 else kind for kind, n in sorted(counts.items()))
                problems.append(Problem(
                    "warning", f"entry '{entry.id}': personal data replaced before indexing: {summary}; list a public value under metadata public_values to keep it",
                    path, line, "/".join(changes),
                ))  # fmt: skip
    return LoadReport(entries=entries, problems=problems, locations=dict(report.locations))


def _redacted(text: str, entities: list[DetectedEntity]) -> str:
    numbers: dict[str, dict[str, int]] = defaultdict(dict)
    placeholders = []
    for entity in sorted(entities, key=lambda e: e.start):  # numbered in reading order, the same value the same number
        seen = numbers[entity.type]
        placeholders.append(f"<{entity.type}_{seen.setdefault(text[entity.start : entity.end], len(seen) + 1)}>")
    for entity, placeholder in sorted(zip(sorted(entities, key=lambda e: e.start), placeholders), key=lambda pair: -pair[0].start):
        text = text[: entity.start] + placeholder + text[entity.end :]
    return text
