"""The scrubbed-text type: the only kind of customer text the LLM client, the index and the audit store accept.

A `ScrubbedText` can only be made by the `Scrubber` (or, for text that never held customer data,
by `ScrubbedText.from_trusted_source`, which callers must justify). Anything that takes customer
text downstream of the scrubber is typed with it, and checks it at run time with `require_scrubbed`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

_SCRUBBER_TOKEN = object()


class ScrubbedText:
    """Text in which every detected personal value has been replaced by a placeholder like ``<PERSON_1>``."""

    __slots__ = ("_text",)

    def __init__(self, text: str, _token: object = None):
        if _token is not _SCRUBBER_TOKEN:
            raise TypeError("ScrubbedText is made by the Scrubber; call Scrubber.scrub() on customer text")
        self._text = text

    @classmethod
    def from_trusted_source(cls, text: str) -> ScrubbedText:
        """Wrap text that never held customer data (approved knowledge, our own generated text checked by guards)."""
        return cls(text, _SCRUBBER_TOKEN)

    @property
    def text(self) -> str:
        return self._text

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"ScrubbedText({self._text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScrubbedText) and other._text == self._text

    def __hash__(self) -> int:
        return hash(("scrubbed", self._text))

    def __len__(self) -> int:
        return len(self._text)


def require_scrubbed(value: object, where: str) -> ScrubbedText:
    """Refuse anything but `ScrubbedText` at a boundary (LLM, index, audit)."""
    if not isinstance(value, ScrubbedText):
        raise TypeError(f"{where} accepts only ScrubbedText, got {type(value).__name__}; scrub customer text first")
    return value


@dataclass(frozen=True)
class DetectedEntity:
    """One personal value found in the input: its type, span in the *input* text, and why."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str = ""
    placeholder: str = ""
    pattern: str = ""  # the recogniser's pattern name, when a pattern matched
    original_score: float = 0.0  # the score before context words raised it
    context_word: str = ""  # the context word ("téléphone", "IBAN"…) that raised it, if any
    validated: bool | None = None  # a checksum (IBAN mod 97, Luhn, NIR key) confirmed it; None when there is none

    def explain(self) -> dict:
        """Why this span was redacted: recogniser, pattern, scores and context word (never the value)."""
        return {"recognizer": self.recognizer, "pattern": self.pattern, "original_score": round(self.original_score, 4),
                "context_word": self.context_word, "validated": self.validated, "placeholder": self.placeholder}  # fmt: skip

    def as_dict(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "score": round(self.score, 4)}


@dataclass(frozen=True)
class ScrubResult:
    scrubbed: ScrubbedText
    entities: tuple[DetectedEntity, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> dict[str, int]:
        """Redaction counts by entity type (never the values)."""
        return dict(Counter(entity.type for entity in self.entities))
