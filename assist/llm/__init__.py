"""Language models, only ever reached over the OpenAI protocol.

Names are imported on first use, so the embedded server's child process does not load the OpenAI client stack."""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "EmbeddedLlamaServer": "assist.llm.embedded",
    "LanguageModel": "assist.llm.base",
    "ModelInfo": "assist.llm.base",
    "OpenAICompatibleModel": "assist.llm.openai_compat",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'assist.llm' has no attribute '{name}'")
    return getattr(importlib.import_module(module), name)
