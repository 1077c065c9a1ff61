"""Agent-assist: live, grounded, privacy-safe suggestions for contact-centre agents.

    from assist import Assistant
    with Assistant.from_settings() as assistant:
        conversation = assistant.conversation()
        result = conversation.customer("Bonjour, ma facture est bien plus élevée que d'habitude")
        print(result.best.display_text)

Names are imported on first use (PEP 562), so ``import assist`` stays cheap for tools that need one part.
"""

from __future__ import annotations

from assist._lazy import export_lazily

__version__ = "0.1.0"

_EXPORTS = {
    "AlertRaised": "assist.assistant",
    "AssistError": "assist.errors",
    "Assistant": "assist.assistant",
    "AuditEntry": "assist.audit",
    "AuditError": "assist.errors",
    "AuditIntegrityError": "assist.errors",
    "AuditLog": "assist.audit",
    "ConfigError": "assist.errors",
    "Conversation": "assist.assistant",
    "CuratedReady": "assist.assistant",
    "EmbeddedLlamaServer": "assist.llm",
    "CallFacts": "assist.suggest.summary",
    "CampaignScript": "assist.suggest.script",
    "Escalation": "assist.suggest.escalation",
    "EscalationClassifier": "assist.suggest.escalation_model",
    "EscalationDetector": "assist.suggest.escalation",
    "EscalationReason": "assist.suggest.escalation",
    "LLMEscalationCheck": "assist.suggest.escalation_check",
    "SemanticEscalationCheck": "assist.suggest.escalation_model",
    "ScriptProgress": "assist.suggest.script",
    "ScriptTracker": "assist.suggest.script",
    "Summarizer": "assist.suggest.summary",
    "AssistRetriever": "assist.knowledge",
    "Embedder": "assist.knowledge",
    "NoAnswerThreshold": "assist.knowledge",
    "Retrieval": "assist.knowledge",
    "Retriever": "assist.knowledge",
    "Explanation": "assist.suggest.models",
    "Filters": "assist.audit",
    "GenerativeDone": "assist.assistant",
    "GenerativeSuggester": "assist.suggest.generative",
    "Hit": "assist.knowledge",
    "InputError": "assist.errors",
    "KnowledgeEntry": "assist.knowledge",
    "KnowledgeError": "assist.errors",
    "KnowledgeIndex": "assist.knowledge",
    "LanguageModel": "assist.llm",
    "ModelError": "assist.errors",
    "ModelInfo": "assist.llm",
    "OpenAICompatibleModel": "assist.llm",
    "PostgresBackend": "assist.audit",
    "PromptLibrary": "assist.prompts",
    "PromptTemplate": "assist.prompts",
    "RenderedPrompt": "assist.prompts",
    "RetrievalError": "assist.errors",
    "SQLiteBackend": "assist.audit",
    "ScrubError": "assist.errors",
    "ScrubbedText": "assist.privacy",
    "Scrubber": "assist.privacy",
    "Settings": "assist.config",
    "Source": "assist.suggest.models",
    "Speaker": "assist.conversation",
    "Suggestion": "assist.suggest.models",
    "SuggestionType": "assist.suggest.models",
    "Token": "assist.assistant",
    "Turn": "assist.conversation",
    "TurnSuggestions": "assist.suggest.models",
    "Vault": "assist.privacy",
    "load_knowledge": "assist.knowledge",
    "load_path": "assist.knowledge",
}

export_lazily(globals(), _EXPORTS)
