"""Per-conversation pseudonymisation vault: stable placeholders, restoration for the agent's eyes only.

The vault lives in memory, is never logged (its repr shows counts only) and is destroyed with
the conversation (`Vault.destroy`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from assist.errors import InputError

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")
_PARTIAL_TAIL = re.compile(r"<[A-Z_0-9]*$")


def _normalise(entity_type: str, value: str) -> str:
    """Two spellings of the same value get the same placeholder (spaces in a phone, case in a name)."""
    folded = " ".join(value.split()).casefold()
    if any(char.isdigit() for char in folded) and entity_type not in {"LOCATION", "ADDRESS"}:
        return re.sub(r"[\s.\-/]", "", folded)
    return folded


class Vault:
    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._next: dict[str, int] = defaultdict(int)
        self._destroyed = False

    def placeholder(self, entity_type: str, value: str) -> str:
        self._check_alive()
        key = (entity_type, _normalise(entity_type, value))
        existing = self._by_value.get(key)
        if existing:
            return existing
        self._next[entity_type] += 1
        tag = f"<{entity_type}_{self._next[entity_type]}>"
        self._by_value[key] = tag
        self._by_placeholder[tag] = value
        return tag

    def __contains__(self, placeholder: str) -> bool:
        return placeholder in self._by_placeholder

    def placeholders(self) -> frozenset[str]:
        return frozenset(self._by_placeholder)

    def restore(self, text: str) -> str:
        """Put the real values back, for the agent's screen only."""
        self._check_alive()
        return PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(0), m.group(0)), text)

    def restorer(self) -> StreamRestorer:
        return StreamRestorer(self)

    def destroy(self) -> None:
        self._by_value.clear()
        self._by_placeholder.clear()
        self._destroyed = True

    def _check_alive(self) -> None:
        if self._destroyed:
            raise InputError("this conversation is closed: its vault was destroyed")

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:
        return f"<Vault {len(self)} placeholders>"


class StreamRestorer:
    """Restore a token stream where a placeholder may arrive split across chunks (``<PER`` + ``SON_1>``)."""

    def __init__(self, vault: Vault):
        self._vault = vault
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        tail = _PARTIAL_TAIL.search(text)
        if tail:
            self._pending, text = text[tail.start():], text[: tail.start()]
        else:
            self._pending = ""
        return self._vault.restore(text)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._vault.restore(text)
