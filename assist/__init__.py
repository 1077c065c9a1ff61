"""Agent-assist: live, grounded, privacy-safe suggestions for contact-centre agents.

    from assist import Assistant
    with Assistant.from_settings() as assistant:
        conversation = assistant.conversation()
        result = conversation.customer("Bonjour, ma facture est bien plus élevée que d'habitude")
        print(result.best.display_text)
"""

from assist.assistant import Assistant, Conversation, CuratedReady, GenerativeDone, Token
from assist.audit import AuditEntry, SQLiteAuditStore
from assist.config import Settings
from assist.conversation import Speaker, Turn
from assist.errors import (
    AssistError,
    AuditError,
    AuditIntegrityError,
    ConfigError,
    InputError,
    KnowledgeError,
    ModelError,
    RetrievalError,
    ScrubError,
)
from assist.knowledge import Embedder, Hit, KnowledgeEntry, KnowledgeIndex, load_path
from assist.llm import EmbeddedLlamaServer, LanguageModel, ModelInfo, OpenAICompatibleModel
from assist.privacy import ScrubbedText, Scrubber, Vault
from assist.prompts import PromptLibrary, PromptTemplate, RenderedPrompt
from assist.suggest.generative import GenerativeSuggester
from assist.suggest.models import Explanation, Source, Suggestion, SuggestionType, TurnSuggestions

__version__ = "0.1.0"

__all__ = [
    "AssistError",
    "Assistant",
    "AuditEntry",
    "AuditError",
    "AuditIntegrityError",
    "ConfigError",
    "Conversation",
    "CuratedReady",
    "EmbeddedLlamaServer",
    "Embedder",
    "Explanation",
    "GenerativeDone",
    "GenerativeSuggester",
    "Hit",
    "InputError",
    "KnowledgeEntry",
    "KnowledgeError",
    "KnowledgeIndex",
    "LanguageModel",
    "ModelError",
    "ModelInfo",
    "OpenAICompatibleModel",
    "PromptLibrary",
    "PromptTemplate",
    "RenderedPrompt",
    "RetrievalError",
    "SQLiteAuditStore",
    "ScrubError",
    "ScrubbedText",
    "Scrubber",
    "Settings",
    "Source",
    "Speaker",
    "Suggestion",
    "SuggestionType",
    "Token",
    "Turn",
    "TurnSuggestions",
    "Vault",
    "load_path",
]
