"""Knowledge entries (what the agent may say) and the chunks that are indexed."""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

LANGUAGES = ("en", "es", "fr")
CHUNK_CHARS = 1200  # longest chunk of a split article, title prefix included
OVERLAP_CHARS = 150  # text repeated from the previous chunk of the same section
PREFIX_CHARS = 300  # a longer title (and heading) prefix is shortened
_OPTIONAL = ("version", "effective_from", "effective_to")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Kind(str, Enum):
    FAQ = "faq"
    SCRIPT_STEP = "script_step"
    OBJECTION = "objection_response"
    MANDATORY = "mandatory_mention"
    ARTICLE = "article"


class KnowledgeEntry(BaseModel):
    """One approved piece of knowledge. `metadata` carries brand, product, campaign, level, tags...

    `version` and the `effective_from`/`effective_to` dates (both inclusive) are optional.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    kind: Kind = Kind.FAQ
    language: str = "fr"
    version: str | None = None
    effective_from: date | None = None
    effective_to: date | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("title", "text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @field_validator("language")
    @classmethod
    def _supported(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language '{value}' (supported: {', '.join(LANGUAGES)})")
        return value

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        """`version: 2` in YAML or JSON means "2"."""
        return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value

    @field_validator("effective_to")
    @classmethod
    def _after_start(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("effective_from")
        if value is not None and start is not None and value < start:
            raise ValueError("effective_to is before effective_from")
        return value

    @property
    def content_hash(self) -> str:
        # Unset optional fields are left out, so entries written before those fields existed keep their hash.
        unset = {name for name in _OPTIONAL if getattr(self, name) is None}
        payload = json.dumps(self.model_dump(mode="json", exclude=unset), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()

    def is_effective(self, on: date) -> bool:
        """Whether the entry applies on that day."""
        return (self.effective_from is None or self.effective_from <= on) and (self.effective_to is None or on <= self.effective_to)

    def index_text(self) -> str:
        """Text that represents the entry in the index: its context, title and body."""
        return f"{_head(self)}\n{self.text}"


class Chunk(BaseModel):
    """The indexed unit: a whole entry, or a part of a long article; `entry_id` maps it back."""

    model_config = ConfigDict(frozen=True)

    id: str
    entry_id: str
    text: str


def _head(entry: KnowledgeEntry) -> str:
    """The entry's context (a script and its step, for instance) and its title."""
    context = entry.metadata.get("context")
    return f"{context} — {entry.title}" if context else entry.title


def chunks_of(entry: KnowledgeEntry) -> list[Chunk]:
    """One chunk per entry, except articles longer than `CHUNK_CHARS`, which are split (see `_article_parts`)."""
    whole = entry.index_text()
    parts = [whole] if entry.kind is not Kind.ARTICLE or len(whole) <= CHUNK_CHARS else _article_parts(entry)
    return [Chunk(id=f"{entry.id}#{n}", entry_id=entry.id, text=text) for n, text in enumerate(parts)]


def _article_parts(entry: KnowledgeEntry) -> list[str]:
    """Split on paragraphs, then sentences, into parts of at most `CHUNK_CHARS` characters.

    Each part starts with the article's title and the heading of its section, so it stands
    alone; a part that continues a section repeats the last ~`OVERLAP_CHARS` of the previous one.
    """
    parts: list[list[str]] = []  # [prefix, body]
    for heading, paragraphs in _sections(entry.text):
        prefix = textwrap.shorten(f"{_head(entry)} — {heading}" if heading else _head(entry), PREFIX_CHARS, placeholder="…")
        fits = CHUNK_CHARS - len(prefix) - 1 - OVERLAP_CHARS - 2  # a piece always fits after an overlap
        for p, paragraph in enumerate(paragraphs):
            for n, piece in enumerate(_pieces(paragraph, fits)):
                opens_section = p == 0 and n == 0
                joiner = (f"\n\n{heading}\n" if heading else "\n\n") if opens_section else " " if n else "\n\n"
                if parts and len(parts[-1][0]) + 1 + len(parts[-1][1]) + len(joiner) + len(piece) <= CHUNK_CHARS:
                    parts[-1][1] += joiner + piece
                elif parts and not opens_section:
                    parts.append([prefix, _tail(parts[-1][1]) + joiner + piece])
                else:
                    parts.append([prefix, piece])
    return [f"{prefix}\n{body}" for prefix, body in parts]


def _sections(text: str) -> list[tuple[str | None, list[str]]]:
    """(heading, paragraphs) in order; Markdown-style headings (`## ...`) open sections."""
    parts = _HEADING.split(text)
    sections = [(None, parts[0]), *zip(parts[1::2], parts[2::2])]
    return [(heading, paragraphs) for heading, body in sections if (paragraphs := [p.strip() for p in _PARAGRAPH_BREAK.split(body) if p.strip()])]


def _pieces(paragraph: str, limit: int) -> list[str]:
    """The paragraph if it fits in `limit`, else its sentences (hard-wrapped if one is still too long)."""
    if len(paragraph) <= limit:
        return [paragraph]
    return [piece for sentence in _SENTENCE_END.split(paragraph) for piece in textwrap.wrap(sentence, limit)]


def _tail(body: str) -> str:
    """The last `OVERLAP_CHARS` characters or so, starting at a word."""
    tail = body[-OVERLAP_CHARS:]
    return tail if len(body) <= OVERLAP_CHARS else tail.partition(" ")[2] or tail


def snapshot_id(entries: list[KnowledgeEntry]) -> str:
    """A short id for a knowledge set: the same entries give the same id, any change a new one."""
    digest = hashlib.sha256()
    for entry in sorted(entries, key=lambda e: e.id):
        digest.update(f"{entry.id}:{entry.content_hash}\n".encode())
    return "kb-" + digest.hexdigest()[:16]
