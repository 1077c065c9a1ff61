"""The explainability log: typed entries, sealed payloads, a hash chain, signed Merkle checkpoints."""

from assist.audit.backends import SQLiteBackend
from assist.audit.crypto import Signer
from assist.audit.log import AuditLog, Filters, StoredEntry, VerifyReport, verify_bundle, verify_inclusion
from assist.audit.postgres import PostgresBackend
from assist.audit.schema import SCHEMA_VERSION, AuditEntry, config_entry, oversight_entry, suggestion_entry

__all__ = [
    "SCHEMA_VERSION",
    "AuditEntry",
    "AuditLog",
    "Filters",
    "PostgresBackend",
    "SQLiteBackend",
    "Signer",
    "StoredEntry",
    "VerifyReport",
    "config_entry",
    "oversight_entry",
    "suggestion_entry",
    "verify_bundle",
    "verify_inclusion",
]
