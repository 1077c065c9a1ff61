"""The explainability log: typed entries, an append-only hash-chained store."""

from assist.audit.schema import SCHEMA_VERSION, AuditEntry, suggestion_entry
from assist.audit.sqlite import SQLiteAuditStore, StoredEntry

__all__ = ["SCHEMA_VERSION", "AuditEntry", "SQLiteAuditStore", "StoredEntry", "suggestion_entry"]
