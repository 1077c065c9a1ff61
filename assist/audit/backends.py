"""Storage for the audit log: SQLite (default) and PostgreSQL, behind the same small interface.

Both keep three tables: entries and checkpoints (append-only: triggers reject UPDATE and DELETE) and the
per-conversation payload keys (deletable: destroying a key is how a conversation is erased). A write
transaction holds the log's write lock, so several writer processes still produce one chain.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assist.errors import AuditError


@dataclass(frozen=True)
class EntryRow:
    seq: int
    entry_id: str
    kind: str
    created_at: str
    conversation_id: str | None
    agent_ref: str | None
    header: str
    sealed: bytes | None
    key_id: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class CheckpointRow:
    seq: int
    first_seq: int
    last_seq: int
    body: str
    signature: str
    hash: str


@dataclass(frozen=True)
class Query:
    """SQL-side filters; the log applies the header facets (campaign, type, action, guard) after reading."""

    conversation_id: str | None = None
    agent_ref: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    seq_from: int | None = None
    seq_to: int | None = None


_ENTRY_COLUMNS = "seq, entry_id, kind, created_at, conversation_id, agent_ref, header, sealed, key_id, prev_hash, hash"


class SQLBackend:
    """Shared SQL; subclasses provide the connection, the write lock, the DDL and the placeholder style."""

    placeholder = "?"
    name = "sql"

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.placeholder)

    def _execute(self, sql: str, args: tuple = ()):
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[SQLBackend]:
        raise NotImplementedError

    # -- writes (inside a transaction) ----------------------------------------------
    def head(self) -> tuple[int, str] | None:
        row = self._execute("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1").fetchone()
        return (int(row[0]), row[1]) if row else None

    def add_entry(self, row: EntryRow) -> None:
        self._execute(
            f"INSERT INTO audit_entries ({_ENTRY_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (row.seq, row.entry_id, row.kind, row.created_at, row.conversation_id, row.agent_ref, row.header, row.sealed, row.key_id, row.prev_hash, row.hash),
        )

    def last_checkpoint(self) -> CheckpointRow | None:
        row = self._execute("SELECT seq, first_seq, last_seq, body, signature, hash FROM audit_checkpoints ORDER BY seq DESC LIMIT 1").fetchone()
        return CheckpointRow(*row) if row else None

    def add_checkpoint(self, row: CheckpointRow) -> None:
        self._execute(
            "INSERT INTO audit_checkpoints (seq, first_seq, last_seq, body, signature, hash) VALUES (?,?,?,?,?,?)",
            (row.seq, row.first_seq, row.last_seq, row.body, row.signature, row.hash),
        )

    def hashes(self, first: int, last: int) -> list[str]:
        return [r[0] for r in self._execute("SELECT hash FROM audit_entries WHERE seq BETWEEN ? AND ? ORDER BY seq", (first, last)).fetchall()]

    def get_key(self, key_id: str) -> bytes | None:
        row = self._execute("SELECT key FROM audit_keys WHERE key_id = ?", (key_id,)).fetchone()
        return bytes(row[0]) if row else None

    def put_key(self, key_id: str, conversation_id: str | None, data_class: str, key: bytes, created_at: str) -> bytes:
        self._execute("INSERT INTO audit_keys (key_id, conversation_id, data_class, key, created_at) VALUES (?,?,?,?,?)", (key_id, conversation_id, data_class, key, created_at))
        return key

    def delete_keys(self, key_ids: list[str]) -> int:
        for key_id in key_ids:
            self._execute("DELETE FROM audit_keys WHERE key_id = ?", (key_id,))
        return len(key_ids)

    # -- reads ------------------------------------------------------------------------
    def keys_of(self, conversation_id: str) -> list[str]:
        return [r[0] for r in self._execute("SELECT key_id FROM audit_keys WHERE conversation_id = ?", (conversation_id,)).fetchall()]

    def expired_keys(self, data_class: str, before: str) -> list[tuple[str, str | None]]:
        rows = self._execute("SELECT key_id, conversation_id FROM audit_keys WHERE data_class = ? AND created_at < ? AND conversation_id IS NOT NULL", (data_class, before))
        return [(r[0], r[1]) for r in rows.fetchall()]

    def rows(self, query: Query = Query()) -> Iterator[EntryRow]:
        clauses, args = [], []
        for column, value, op in (
            ("conversation_id", query.conversation_id, "="), ("agent_ref", query.agent_ref, "="), ("kind", query.kind, "="),
            ("created_at", query.since, ">="), ("created_at", query.until, "<="), ("seq", query.seq_from, ">="), ("seq", query.seq_to, "<="),
        ):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                args.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        cursor = self._execute(f"SELECT {_ENTRY_COLUMNS} FROM audit_entries{where} ORDER BY seq", tuple(args))
        while batch := cursor.fetchmany(2000):
            for r in batch:
                yield EntryRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], bytes(r[7]) if r[7] is not None else None, r[8], r[9], r[10])

    def checkpoints(self) -> list[CheckpointRow]:
        return [CheckpointRow(*r) for r in self._execute("SELECT seq, first_seq, last_seq, body, signature, hash FROM audit_checkpoints ORDER BY seq").fetchall()]

    def count(self) -> int:
        return int(self._execute("SELECT COUNT(*) FROM audit_entries").fetchone()[0])


_SQLITE_MIGRATIONS: list[tuple[str, str]] = [
    (
        "m001_audit_log",
        """
        CREATE TABLE audit_entries (
            seq INTEGER PRIMARY KEY, entry_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, created_at TEXT NOT NULL,
            conversation_id TEXT, agent_ref TEXT, header TEXT NOT NULL, sealed BLOB, key_id TEXT NOT NULL,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL
        );
        CREATE INDEX audit_entries_conversation ON audit_entries(conversation_id);
        CREATE INDEX audit_entries_time ON audit_entries(created_at);
        CREATE TABLE audit_checkpoints (
            seq INTEGER PRIMARY KEY, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, body TEXT NOT NULL, signature TEXT NOT NULL, hash TEXT NOT NULL
        );
        CREATE TABLE audit_keys (key_id TEXT PRIMARY KEY, conversation_id TEXT, data_class TEXT NOT NULL, key BLOB NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX audit_keys_conversation ON audit_keys(conversation_id);
        CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
        CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
        """,
    ),
]


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, current = [], ""
    for line in sql.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


class SQLiteBackend(SQLBackend):
    """One file in WAL mode. `synchronous="NORMAL"` survives a killed process (the default); "FULL" also a power cut."""

    name = "sqlite"

    def __init__(self, path: Path | str, *, synchronous: str = "NORMAL"):
        self.path = Path(path)
        self._synchronous = "FULL" if synchronous.upper() == "FULL" else "NORMAL"
        # One connection per thread: WAL lets readers run beside the one writer, and a thread's transaction never
        # takes in another thread's statements (the service appends from many worker threads at once).
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._migrate()
        except (OSError, sqlite3.DatabaseError) as exc:
            raise AuditError(f"cannot open the audit log at {self.path} ({exc})") from None

    @property
    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=60)
            db.execute(f"PRAGMA synchronous={self._synchronous}")
            db.execute("PRAGMA secure_delete=ON")  # a destroyed key is overwritten on disk, not just unlinked
            self._local.db = db
            with self._connections_lock:
                self._connections.append(db)
        return db

    def _execute(self, sql: str, args: tuple = ()):
        try:
            return self._db.execute(sql, args)
        except sqlite3.DatabaseError as exc:
            raise AuditError(f"audit log {self.path}: {exc}") from None

    @contextmanager
    def transaction(self) -> Iterator[SQLiteBackend]:
        self._execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._execute("COMMIT")

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS audit_migrations (name TEXT PRIMARY KEY, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)")
        for name, sql in _SQLITE_MIGRATIONS:
            with self.transaction():
                if not self._db.execute("SELECT 1 FROM audit_migrations WHERE name = ?", (name,)).fetchone():
                    for statement in _statements(sql):
                        self._db.execute(statement)
                    self._db.execute("INSERT INTO audit_migrations(name) VALUES (?)", (name,))

    def close(self) -> None:
        with self._connections_lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()
