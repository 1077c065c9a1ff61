"""Outbound campaigns: where the call stands in its script, what comes next, and what must still be said.

The agent's own (scrubbed) turns are compared with the campaign's steps and mandatory mentions.
Agents paraphrase, so a line counts as said when its meaning is close (multilingual-e5 similarity,
clearly above the other lines of the script) or most of its content words are there. A mandatory
mention also needs every number it states ("14 jours" is the substance of a cooling-off notice),
and when the script names its substance (`must_include: ["enregistr", "oppos|refus"]`, each term
folded, `|` for alternatives), every term: "cet appel est enregistré" without the right to object
is not the recording notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from text_to_num import alpha2digit

from assist.conversation import ConversationState
from assist.errors import ConfigError
from assist.knowledge.embeddings import Embedder
from assist.knowledge.lexical import PLACEHOLDER, Analyzer, fold
from assist.knowledge.model import Kind, KnowledgeEntry
from assist.privacy.scrubbed import ScrubbedText

SIMILAR = 0.895  # e5 similarity from which a paraphrase counts (measured on paraphrases of the bundled scripts)
MARGIN = 0.015  # ...when it is also this much closer to that line than to any other line of the script
COVERED = 0.6  # or when this share of the line's content words is there
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")
_FILL_IN = re.compile(r"\[[^\]]*\]")  # "[prénom du conseiller]" in a script line


def numbers_in(text: str, language: str = "fr") -> set[int]:
    """The numbers a text states, in digits or in words ("quatorze", "quarante-huit", "forty eight").
    "un"/"une"/"a" are articles far more often than numbers: 1 counts only when written as a digit."""
    text = PLACEHOLDER.sub(" ", text)
    try:
        digits = alpha2digit(text, language if language in ("fr", "en", "es") else "fr", threshold=0)
    except Exception:  # text2num is strict on odd input: keep the digits already there
        digits = text
    written = {int(n) for n in re.findall(r"\d+", text)}
    return {n for n in map(int, re.findall(r"\d+", digits)) if n != 1 or 1 in written}


@dataclass(frozen=True)
class CampaignScript:
    """A campaign's ordered steps, its objection responses and its mandatory mentions."""

    campaign: str
    steps: tuple[KnowledgeEntry, ...]
    objections: tuple[KnowledgeEntry, ...]
    mentions: tuple[KnowledgeEntry, ...]

    @classmethod
    def from_entries(cls, campaign: str, entries: Iterable[KnowledgeEntry]) -> CampaignScript:
        mine = [e for e in entries if e.metadata.get("campaign") == campaign]
        steps = sorted((e for e in mine if e.kind is Kind.SCRIPT_STEP), key=lambda e: int(e.metadata.get("step", 0)))
        if not steps:
            raise ConfigError(f"campaign '{campaign}' has no script steps in the knowledge")
        return cls(
            campaign, tuple(steps), tuple(e for e in mine if e.kind is Kind.OBJECTION), tuple(e for e in mine if e.kind is Kind.MANDATORY)
        )

    @property
    def version(self) -> str:
        """The script's version as its steps state it ("unversioned" when they don't)."""
        return "+".join(sorted({str(e.metadata.get("script_version") or e.version) for e in self.steps if e.metadata.get("script_version") or e.version})) or "unversioned"


@dataclass(frozen=True)
class ScriptProgress:
    """Where the call stands: the furthest step performed, the next one, and the mentions still due."""

    campaign: str
    current_step: KnowledgeEntry | None
    next_step: KnowledgeEntry | None
    steps_done: tuple[str, ...]
    mentions_done: tuple[str, ...]
    mentions_due: tuple[KnowledgeEntry, ...]
    total_steps: int


class ScriptTracker:
    """Follows one campaign script from the agent's turns; state lives in the `ConversationState`."""

    def __init__(self, script: CampaignScript, embedder: Embedder, language: str = "fr"):
        self.script = script
        self._embedder = embedder
        self._analyzer = Analyzer(language)
        self._language = language
        self._lines = [*script.steps, *script.mentions]
        self._vectors = embedder.queries([_line_text(e) for e in self._lines]) if self._lines else np.zeros((0, 1))
        self._words = [set(self._analyzer(_line_text(e))) for e in self._lines]
        self._numbers = [numbers_in(_line_text(e), e.language) for e in self._lines]

    def record(self, state: ConversationState, said: list[str], turn_id: str) -> None:
        """Mark script lines (from `lines_in`) as said by the agent turn `turn_id`; the first turn to say a line keeps it."""
        for line_id in said:
            target = state.mentions_said if any(m.id == line_id for m in self.script.mentions) else state.steps_done
            target.setdefault(line_id, turn_id)

    def lines_in(self, scrubbed: ScrubbedText, *, embed: bool = True) -> list[str]:
        """The ids of the script lines (steps and mentions) this agent text says. With `embed=False` (a loaded
        machine), only the exact checks run: mentions by their required terms and numbers, steps by word coverage."""
        if not isinstance(scrubbed, ScrubbedText):
            raise TypeError("the script tracker reads scrubbed text only")
        text = scrubbed.text
        if not embed:
            return self._said(text, np.zeros((0, len(self._lines))))
        sentences = [s for s in _SENTENCE.split(text.strip()) if s.strip()]
        if len(sentences) > 1:  # the whole turn, each sentence, and each pair of sentences (the mean of their vectors)
            embedded = self._embedder.queries([text, *sentences])
            pairs = embedded[1:-1] + embedded[2:]
            vectors = np.vstack([embedded, pairs / np.linalg.norm(pairs, axis=1, keepdims=True)])
        else:
            vectors = self._embedder.queries([text])
        return self._said(text, vectors @ self._vectors.T)

    def _said(self, text: str, similarity: np.ndarray) -> list[str]:
        """`similarity`: pieces of the text x script lines (no rows: judge by words and numbers only)."""
        stated, folded, words_said = numbers_in(text, self._language), fold(text), set(self._analyzer(text))
        said = []
        for j, line in enumerate(self._lines):
            if line.kind is Kind.MANDATORY:
                if not self._numbers[j] <= stated:
                    continue
                required = line.metadata.get("must_include")
                if required:  # the compliance team named the substance: it decides, whatever the wording around it
                    if all(any(fold(term) in folded for term in alternatives.split("|")) for alternatives in required):
                        said.append(line.id)
                    continue
            others = np.delete(similarity, j, axis=1)
            close = any(
                similarity[i, j] >= SIMILAR and (others.shape[1] == 0 or similarity[i, j] - others[i].max() >= MARGIN) for i in range(len(similarity))
            )
            words = self._words[j]
            covered = bool(words) and len(words & words_said) / len(words) >= COVERED
            if close or covered:
                said.append(line.id)
        return said

    def progress(self, state: ConversationState) -> ScriptProgress:
        order = {step.id: n for n, step in enumerate(self.script.steps)}
        done = [s for s in state.steps_done if s in order]
        furthest = max((order[s] for s in done), default=-1)
        return ScriptProgress(
            campaign=self.script.campaign,
            current_step=self.script.steps[furthest] if furthest >= 0 else None,
            next_step=self.script.steps[furthest + 1] if furthest + 1 < len(self.script.steps) else None,
            steps_done=tuple(sorted(done, key=order.__getitem__)),
            mentions_done=tuple(m.id for m in self.script.mentions if m.id in state.mentions_said),
            mentions_due=tuple(m for m in self.script.mentions if m.id not in state.mentions_said),
            total_steps=len(self.script.steps),
        )


def _line_text(entry: KnowledgeEntry) -> str:
    return " ".join(_FILL_IN.sub(" ", entry.text).split())


def objection_in(hits: Sequence, script: CampaignScript) -> KnowledgeEntry | None:
    """The campaign objection the customer just raised: the best-placed of the script's objection responses among the
    retrieved entries that at least one ranking (lexical or dense) puts first on its own."""
    ids = {o.id for o in script.objections}
    return next((hit.entry for hit in hits if hit.entry.id in ids and 1 in (hit.lexical_rank, hit.dense_rank)), None)
