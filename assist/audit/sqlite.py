"""Append-only, hash-chained audit log in SQLite (WAL).

Each row stores the entry as canonical JSON (RFC 8785) and
``hash = sha256(prev_hash || canonical_json)``; `verify` recomputes the chain and names the
first bad entry. Appends take the write lock first (``BEGIN IMMEDIATE``), so several writer
processes still produce one chain. Schema changes are append-only, named migrations.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import rfc8785

from assist.audit.schema import AuditEntry
from assist.errors import AuditError, AuditIntegrityError

GENESIS = "0" * 64

MIGRATIONS: list[tuple[str, str]] = [
    (
        "m001_entries",
        """
        CREATE TABLE entries (
            seq INTEGER PRIMARY KEY,
            entry_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            conversation_id TEXT,
            body TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX entries_conversation ON entries(conversation_id);
        CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        """,
    ),
]


def canonical(entry: AuditEntry) -> bytes:
    return rfc8785.dumps(entry.model_dump(mode="json"))


def chain_hash(prev_hash: str, body: bytes) -> str:
    return hashlib.sha256(prev_hash.encode() + body).hexdigest()


@dataclass(frozen=True)
class StoredEntry:
    seq: int
    entry: AuditEntry
    hash: str


class SQLiteAuditStore:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open the audit log at {self.path} ({exc})") from None

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)")
        done = {row[0] for row in self._db.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name not in done:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    if not self._db.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                        for statement in _statements(sql):
                            self._db.execute(statement)
                        self._db.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
                    self._db.execute("COMMIT")
                except Exception:
                    self._db.execute("ROLLBACK")
                    raise

    def append(self, entries: AuditEntry | Sequence[AuditEntry]) -> list[StoredEntry]:
        """Append atomically; returns once the entries are durable."""
        batch = [entries] if isinstance(entries, AuditEntry) else list(entries)
        stored = []
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
                seq, prev = row if row else (0, GENESIS)
                for entry in batch:
                    body = canonical(entry)
                    digest = chain_hash(prev, body)
                    seq += 1
                    self._db.execute(
                        "INSERT INTO entries(seq, entry_id, kind, created_at, conversation_id, body, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
                        (seq, entry.entry_id, entry.kind, entry.created_at, entry.conversation_id, body.decode(), prev, digest),
                    )
                    stored.append(StoredEntry(seq, entry, digest))
                    prev = digest
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise AuditError(f"audit write failed ({exc})") from None
        return stored

    def entries(self, *, conversation_id: str | None = None, kind: str | None = None, limit: int | None = None) -> Iterator[StoredEntry]:
        clauses, args = [], []
        if conversation_id:
            clauses.append("conversation_id = ?")
            args.append(conversation_id)
        if kind:
            clauses.append("kind = ?")
            args.append(kind)
        sql = "SELECT seq, body, hash FROM entries" + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        for seq, body, digest in self._db.execute(sql, args):
            yield StoredEntry(seq, AuditEntry.model_validate(json.loads(body)), digest)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]

    def verify(self) -> int:
        """Recompute the whole chain; returns the number of entries, or raises naming the first bad one."""
        prev, expected_seq, count = GENESIS, 1, 0
        for seq, body, prev_hash, digest in self._db.execute("SELECT seq, body, prev_hash, hash FROM entries ORDER BY seq"):
            if seq != expected_seq:
                raise AuditIntegrityError(f"entry {expected_seq} is missing (next is {seq})", seq=expected_seq)
            if prev_hash != prev:
                raise AuditIntegrityError(f"entry {seq} does not point to the previous entry's hash", seq=seq)
            if chain_hash(prev, body.encode()) != digest:
                raise AuditIntegrityError(f"entry {seq} was altered (hash mismatch)", seq=seq)
            try:
                AuditEntry.model_validate_json(body)
            except Exception:
                raise AuditIntegrityError(f"entry {seq} is not a valid entry", seq=seq) from None
            prev, expected_seq, count = digest, seq + 1, count + 1
        return count

    def close(self) -> None:
        self._db.close()


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, current = [], ""
    for line in sql.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements
