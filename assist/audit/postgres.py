"""PostgreSQL storage for production: the same tables, append-only by trigger, and an append-only role.

The owner (migrations) and the writer (appends) are different roles: `grant_writer` gives a role
SELECT and INSERT on entries and checkpoints, and DELETE on keys only (erasure), never UPDATE.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from assist.audit.backends import SQLBackend
from assist.errors import AuditError

WRITE_LOCK = 0x61756469  # "audi": the key of the log's advisory write lock

_MIGRATIONS: list[tuple[str, list[str]]] = [
    (
        "m001_audit_log",
        [
            """CREATE TABLE audit_entries (
                seq BIGINT PRIMARY KEY, entry_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, created_at TEXT NOT NULL,
                conversation_id TEXT, agent_ref TEXT, header TEXT NOT NULL, sealed BYTEA, key_id TEXT NOT NULL,
                prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
            "CREATE INDEX audit_entries_conversation ON audit_entries(conversation_id)",
            "CREATE INDEX audit_entries_time ON audit_entries(created_at)",
            """CREATE TABLE audit_checkpoints (
                seq BIGINT PRIMARY KEY, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL, body TEXT NOT NULL, signature TEXT NOT NULL, hash TEXT NOT NULL)""",
            "CREATE TABLE audit_keys (key_id TEXT PRIMARY KEY, conversation_id TEXT, data_class TEXT NOT NULL, key BYTEA NOT NULL, created_at TEXT NOT NULL)",
            "CREATE INDEX audit_keys_conversation ON audit_keys(conversation_id)",
            """CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN RAISE EXCEPTION 'audit log tables are append-only (% on %)', TG_OP, TG_TABLE_NAME; END $$""",
            "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_reject_change()",
            "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change()",
            "CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_reject_change()",
            "CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change()",
        ],
    ),
]


class PostgresBackend(SQLBackend):
    placeholder = "%s"
    name = "postgresql"

    def __init__(self, dsn: str, *, migrate: bool = True):
        import psycopg

        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(dsn, autocommit=True)
            self._tx_lock = threading.RLock()
        except psycopg.Error as exc:
            raise AuditError(f"cannot connect to the PostgreSQL audit log ({type(exc).__name__})") from None
        if migrate:
            self._migrate()

    def _execute(self, sql: str, args: tuple = ()):
        try:
            return self._conn.execute(self._sql(sql), args)
        except self._psycopg.Error as exc:
            raise AuditError(f"PostgreSQL audit log: {str(exc).splitlines()[0]}") from None

    @contextmanager
    def transaction(self) -> Iterator[PostgresBackend]:
        try:
            # The connection is shared by this process's threads: one transaction at a time on it.
            with self._tx_lock, self._conn.transaction():
                # One writer at a time (readers are not blocked), so concurrent processes make one chain. An advisory
                # lock needs no table privilege beyond INSERT, unlike LOCK TABLE.
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                yield self
        except self._psycopg.Error as exc:
            raise AuditError(f"PostgreSQL audit log: {str(exc).splitlines()[0]}") from None

    def _migrate(self) -> None:
        with self._conn.transaction():
            self._conn.execute("CREATE TABLE IF NOT EXISTS audit_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())")
            self._conn.execute("LOCK TABLE audit_migrations IN EXCLUSIVE MODE")
            done = {r[0] for r in self._conn.execute("SELECT name FROM audit_migrations")}
            for name, statements in _MIGRATIONS:
                if name not in done:
                    for statement in statements:
                        self._conn.execute(statement)
                    self._conn.execute("INSERT INTO audit_migrations(name) VALUES (%s)", (name,))

    def grant_writer(self, role: str) -> None:
        """Give `role` the append-only rights: read, insert, and delete keys (erasure). Never UPDATE."""
        from psycopg import sql

        ident = sql.Identifier(role)
        for statement in (
            "GRANT SELECT, INSERT ON audit_entries, audit_checkpoints TO {}",
            "GRANT SELECT, INSERT, DELETE ON audit_keys TO {}",
            "GRANT SELECT ON audit_migrations TO {}",
        ):
            self._conn.execute(sql.SQL(statement).format(ident))

    def close(self) -> None:
        self._conn.close()
