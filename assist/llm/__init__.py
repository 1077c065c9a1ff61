"""Language models, only ever reached over the OpenAI protocol."""

from assist.llm.base import LanguageModel, ModelInfo
from assist.llm.embedded import EmbeddedLlamaServer
from assist.llm.openai_compat import OpenAICompatibleModel

__all__ = ["EmbeddedLlamaServer", "LanguageModel", "ModelInfo", "OpenAICompatibleModel"]
