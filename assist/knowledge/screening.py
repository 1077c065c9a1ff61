"""Personal data in knowledge: approved scripts and FAQs should hold none, but text pasted from real tickets can.

Before anything is embedded or indexed, the scrubber reads every entry in batch. A card, IBAN, NIR, phone number,
e-mail, customer number, secret, IP, date of birth or name in context ("Mme Durand") it finds is replaced by a marker
(`‹PHONE_NUMBER›`) in what is indexed and shown, and reported as a warning naming the file, line and field (types
only, never the value). The marker is not a conversation placeholder (`<PHONE_NUMBER_1>`), so a reply that copies it
can never be restored into the current customer's details. The NER model's own guesses, and the recognisers that
guess like it (a company by its legal form, a web address), are left out: approved knowledge names brands, offers,
towns and sites. A value that is public on purpose (a customer-service number, a support
address) is listed in the entry's `public_values` metadata and kept.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from assist.knowledge.loaders import LoadReport, Problem
from assist.knowledge.model import KnowledgeEntry

if TYPE_CHECKING:
    from assist.privacy.scrubber import Scrubber

FIELDS = ("title", "text")
OVERLAP = 200  # characters shared by consecutive windows of a long text, so no value is cut in two unseen


def screen_knowledge(report: LoadReport, scrubber: Scrubber) -> LoadReport:
    """A copy of `report` whose entries hold no personal data, with a warning for each entry that did."""
    window = scrubber.max_chars
    by_language: dict[str, list[int]] = defaultdict(list)
    for position, entry in enumerate(report.entries):
        by_language[entry.language if entry.language in scrubber.languages else scrubber.languages[0]].append(position)
    entries, problems = list(report.entries), list(report.problems)
    for language, positions in by_language.items():
        pieces = [(p, name, start) for p in positions for name in FIELDS for start in _starts(len(getattr(report.entries[p], name)), window)]
        found = scrubber.detect_many([getattr(report.entries[p], name)[start : start + window] for p, name, start in pieces], language, ner=False)
        spans: dict[tuple[int, str], list[tuple[int, int, str]]] = defaultdict(list)
        for (position, name, start), entities in zip(pieces, found):
            spans[(position, name)] += [(start + e.start, start + e.end, e.type) for e in entities]
        for position in positions:
            entry, changes, counts = entries[position], {}, Counter()
            public = {_norm(str(value)) for value in entry.metadata.get("public_values", []) or []}
            for name in FIELDS:
                text = getattr(entry, name)
                personal = [(a, b, kind) for a, b, kind in _merged(spans[(position, name)]) if _norm(text[a:b]) not in public]
                if personal:
                    changes[name] = _masked(text, personal)
                    counts.update(kind for _, _, kind in personal)
            if changes:
                entries[position] = KnowledgeEntry.model_validate({**entry.model_dump(), **changes})
                path, line = report.locations.get(entry.id, (None, None))
                summary = ", ".join(f"{kind} ×{n}" if n > 1 else kind for kind, n in sorted(counts.items()))
                problems.append(Problem(
                    "warning", f"entry '{entry.id}': personal data masked before indexing: {summary}; list a public value under metadata public_values to keep it",
                    path, line, "/".join(changes),
                ))  # fmt: skip
    return LoadReport(entries=entries, problems=problems, locations=dict(report.locations))


def _starts(length: int, window: int) -> list[int]:
    """Where the windows of a text begin: one window for a short text, overlapping ones for a long one."""
    return list(range(0, max(1, length - OVERLAP), window - OVERLAP)) if length > window else [0]


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2])
        else:
            merged.append((start, end, kind))
    return merged


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, kind in sorted(spans, reverse=True):
        text = f"{text[:start]}‹{kind}›{text[end:]}"
    return text


def _norm(value: str) -> str:
    """A public value matches however it is spaced or punctuated ("09 69 32 15 15" and "0969321515")."""
    return re.sub(r"\W+", "", value).lower()
