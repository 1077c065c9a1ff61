"""The service: FastAPI app (REST + WebSocket), auth and roles, the agent console, compliance and supervisor pages.

Names are imported on first use, so the `assist` command starts fast."""

from __future__ import annotations

from assist._lazy import export_lazily

_EXPORTS = {
    "Authenticator": "assist.server.auth",
    "ConversationStore": "assist.server.live",
    "EventBus": "assist.server.live",
    "InMemoryConversationStore": "assist.server.live",
    "InProcessEventBus": "assist.server.live",
    "KeyStore": "assist.server.auth",
    "LiveConversation": "assist.server.live",
    "Principal": "assist.server.auth",
    "Role": "assist.server.auth",
    "create_app": "assist.server.app",
}

export_lazily(globals(), _EXPORTS)
