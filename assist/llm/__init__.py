"""Language models, only ever reached over the OpenAI protocol.

Names are imported on first use, so the embedded server's child process does not load the OpenAI client stack."""

from __future__ import annotations

from assist._lazy import export_lazily

_EXPORTS = {
    "EmbeddedLlamaServer": "assist.llm.embedded",
    "LanguageModel": "assist.llm.base",
    "ModelInfo": "assist.llm.base",
    "OpenAICompatibleModel": "assist.llm.openai_compat",
}

export_lazily(globals(), _EXPORTS)
