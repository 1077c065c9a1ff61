"""Who is calling: API keys (for integrations) and signed session tokens (for the browser), each with one role.

- An API key (``ak_…``) is shown once when it is created (`assist keys add`); the key file keeps only its SHA-256.
- ``POST /api/session`` exchanges a key for a session token signed with the service secret (itsdangerous), valid
  `ttl_s` seconds; revoking the key also ends its sessions.
- Agents appear in logs and analytics only as a pseudonymous `agent_ref` (an HMAC of their name under the secret).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum
from pathlib import Path

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from assist.errors import ConfigError, InputError

KEY_PREFIX = "ak_"


class Role(str, Enum):
    AGENT = "agent"  # live conversations, their own only
    SUPERVISOR = "supervisor"  # team analytics
    COMPLIANCE = "compliance"  # the audit log, read-only
    ADMIN = "admin"  # knowledge, prompts, settings


class AuthError(Exception):
    """A missing, unknown, expired or revoked credential (401)."""


@dataclass(frozen=True)
class Principal:
    subject: str  # the key's name (e.g. the agent's login): never written to a log or the audit store
    role: Role
    key_id: str
    agent_ref: str  # pseudonymous, stable: what logs, audit entries and analytics carry


@dataclass(frozen=True)
class KeyRecord:
    key_id: str
    name: str
    role: Role
    sha256: str
    created_at: str


class KeyStore:
    """The API keys file (JSON, mode 0600): names, roles and key hashes."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._records: dict[str, KeyRecord] = {}
        self._stamp: tuple[int, int] | None = None
        self.reload()

    def reload(self) -> None:
        """Read the file again if it changed (`assist keys add|revoke` from another process): a revoked key stops
        working at the next request, without a restart."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._records, self._stamp = {}, None
            return
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == self._stamp:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            records = [KeyRecord(**{**r, "role": Role(r["role"])}) for r in data["keys"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{self.path}: unreadable API key file ({type(exc).__name__})") from None
        self._records, self._stamp = {r.sha256: r for r in records}, stamp

    def add(self, name: str, role: Role | str) -> str:
        """Create a key for `name` with `role`; returns the key itself (shown once, never stored)."""
        self.reload()
        name = name.strip()
        if not name or len(name) > 100:
            raise InputError("a key needs a name of 1 to 100 characters")
        if any(r.name == name for r in self._records.values()):
            raise InputError(f"a key named '{name}' already exists (revoke it first)")
        key_id = secrets.token_hex(6)
        key = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(24)}"
        record = KeyRecord(key_id, name, Role(role), _digest(key), datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self._records[record.sha256] = record
        self._save()
        return key

    def revoke(self, name: str) -> None:
        self.reload()
        found = [h for h, r in self._records.items() if r.name == name]
        if not found:
            raise InputError(f"no key named '{name}'")
        for digest in found:
            del self._records[digest]
        self._save()

    def records(self) -> list[KeyRecord]:
        return sorted(self._records.values(), key=lambda r: (r.role.value, r.name))

    def find(self, key: str) -> KeyRecord | None:
        self.reload()
        return self._records.get(_digest(key))

    def by_id(self, key_id: str) -> KeyRecord | None:
        self.reload()
        return next((r for r in self._records.values() if r.key_id == key_id), None)

    def __len__(self) -> int:
        return len(self._records)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"keys": [{**r.__dict__, "role": r.role.value} for r in self.records()]}, indent=2)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
        tmp.replace(self.path)
        self._stamp = None  # read back on next use

def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def load_secret(path: Path) -> bytes:
    """The service secret (signs session tokens, keys agent pseudonyms), created once (mode 0600)."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    secret = path.read_text().strip()
    if len(secret) < 32:
        raise ConfigError(f"{path}: the service secret is too short (at least 32 characters)")
    return secret.encode()


class Authenticator:
    """Turns a bearer token (an API key or a session token) into a `Principal`."""

    def __init__(self, keys: KeyStore, secret: bytes, *, ttl_s: int = 8 * 3600):
        self.keys = keys
        self._secret = secret
        self._ttl_s = ttl_s
        self._serializer = URLSafeTimedSerializer(secret, salt="assist-session")

    def agent_ref(self, subject: str) -> str:
        return "agt_" + hmac.new(self._secret, f"agent-ref:{subject}".encode(), hashlib.sha256).hexdigest()[:12]

    def _principal(self, record: KeyRecord) -> Principal:
        return Principal(record.name, record.role, record.key_id, self.agent_ref(record.name))

    def from_key(self, key: str) -> Principal:
        record = self.keys.find(key) if key.startswith(KEY_PREFIX) else None
        if record is None:
            raise AuthError("unknown API key")
        return self._principal(record)

    def authenticate(self, token: object) -> Principal:
        if not token or not isinstance(token, str):
            raise AuthError("missing bearer token")
        if token.startswith(KEY_PREFIX):
            return self.from_key(token)
        try:
            data = self._serializer.loads(token, max_age=self._ttl_s)
        except SignatureExpired:
            raise AuthError("the session has expired: sign in again") from None
        except BadSignature:
            raise AuthError("invalid token") from None
        record = self.keys.by_id(data.get("kid", "")) if isinstance(data, dict) else None
        if record is None:
            raise AuthError("the key behind this session was revoked")
        return self._principal(record)

    def session(self, principal: Principal) -> tuple[str, datetime]:
        token = self._serializer.dumps({"kid": principal.key_id})
        return token, datetime.now(timezone.utc) + timedelta(seconds=self._ttl_s)


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None
