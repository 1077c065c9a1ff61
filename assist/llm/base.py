"""The one small interface every language model sits behind."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from assist.prompts import RenderedPrompt


@dataclass(frozen=True)
class ModelInfo:
    """What the audit log records about the model that produced a suggestion."""

    name: str
    provider: str
    endpoint: str = ""
    parameters: dict = field(default_factory=dict)


@runtime_checkable
class LanguageModel(Protocol):
    info: ModelInfo

    def stream(self, prompt: RenderedPrompt, *, timeout_s: float | None = None) -> Iterator[str]:
        """Yield text chunks as they are generated. Raises `ModelError` on failure (a timeout included: `timeout_s`
        bounds the request, waiting for the first chunk included). Closing the iterator early stops the generation."""
        ...
