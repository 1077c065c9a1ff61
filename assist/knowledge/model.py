"""Knowledge entries (what the agent may say) and the chunks that are indexed."""

from __future__ import annotations

import hashlib
import json
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Kind(str, Enum):
    FAQ = "faq"
    SCRIPT_STEP = "script_step"
    OBJECTION = "objection_response"
    MANDATORY = "mandatory_mention"
    ARTICLE = "article"


class KnowledgeEntry(BaseModel):
    """One approved piece of knowledge. `metadata` carries brand, product, campaign, level, tags..."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    kind: Kind = Kind.FAQ
    language: str = Field("fr", pattern=r"^[a-z]{2}$")
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("title", "text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @property
    def content_hash(self) -> str:
        payload = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()

    def index_text(self) -> str:
        """Text that represents the entry in the index: its context, title and body."""
        context = self.metadata.get("context")
        head = f"{context} — {self.title}" if context else self.title
        return f"{head}\n{self.text}"


class Chunk(BaseModel):
    """The indexed unit. For now one FAQ or script line is one chunk; `entry_id` maps it back."""

    model_config = ConfigDict(frozen=True)

    id: str
    entry_id: str
    text: str


def chunks_of(entry: KnowledgeEntry) -> list[Chunk]:
    return [Chunk(id=f"{entry.id}#0", entry_id=entry.id, text=entry.index_text())]


def snapshot_id(entries: list[KnowledgeEntry]) -> str:
    """A short id for a knowledge set: the same entries give the same id, any change a new one."""
    digest = hashlib.sha256()
    for entry in sorted(entries, key=lambda e: e.id):
        digest.update(f"{entry.id}:{entry.content_hash}\n".encode())
    return "kb-" + digest.hexdigest()[:16]
