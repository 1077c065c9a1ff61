"""The explainability log: append-only, hash-chained, sealed per conversation, checkpointed and signed.

- Each entry's *header* (canonical JSON, RFC 8785) is chained: ``hash = sha256(prev_hash || header)``.
- Its payload is sealed (AES-GCM) with a key per conversation and retention class; the header holds the
  digest of the sealed bytes. Destroying the keys erases the payloads and leaves the chain verifiable.
- Every `checkpoint_every` entries or `checkpoint_seconds`, a Merkle root of the new segment is signed with
  Ed25519; each checkpoint links to the previous one. Entries after the last checkpoint are reported as
  unsigned (a removed last checkpoint shows up that way): `require_signed` turns that into a failure.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import rfc8785

from assist.audit import crypto, merkle
from assist.audit.backends import CheckpointRow, EntryRow, Query, SQLBackend, SQLiteBackend
from assist.audit.schema import SCHEMA_VERSION, AuditEntry, config_entry, erasure_entry, now
from assist.errors import AuditError, AuditIntegrityError

GENESIS = "0" * 64
BUNDLE_FORMAT = "assist-audit-bundle"


def chain_hash(prev_hash: str, header: bytes) -> str:
    return hashlib.sha256(prev_hash.encode() + header).hexdigest()


@dataclass(frozen=True)
class Filters(Query):
    """Reviewer filters: the stored columns (`Query`) plus header facets. `guard` keeps entries where that guard fired."""

    campaign: str | None = None
    suggestion_type: str | None = None
    action: str | None = None
    guard: str | None = None
    suggestion_id: str | None = None
    limit: int | None = None

    def keeps(self, facets: dict[str, Any]) -> bool:
        return (
            (self.campaign is None or facets.get("campaign") == self.campaign)
            and (self.suggestion_type is None or facets.get("suggestion_type") == self.suggestion_type)
            and (self.action is None or facets.get("action") == self.action)
            and (self.guard is None or self.guard in facets.get("guards_fired", []))
            and (self.suggestion_id is None or facets.get("suggestion_id") == self.suggestion_id)
        )


@dataclass(frozen=True)
class StoredEntry:
    seq: int
    hash: str
    header: dict[str, Any]
    payload: dict[str, Any] | None  # None once erased

    @property
    def erased(self) -> bool:
        return self.payload is None


@dataclass(frozen=True)
class VerifyReport:
    entries: int
    checkpoints: int
    uncovered: int
    key_fingerprint: str

    def summary(self) -> str:
        tail = f"; {self.uncovered} newest entries not yet under a signed checkpoint" if self.uncovered else ""
        return f"{self.entries} entries and {self.checkpoints} signed checkpoints verify (key {self.key_fingerprint}){tail}"


class AuditLog:
    def __init__(self, backend: SQLBackend, signer: crypto.Signer, *, checkpoint_every: int = 256, checkpoint_seconds: float = 60.0):
        if checkpoint_every < 1 or checkpoint_seconds <= 0:
            raise ValueError("checkpoint_every must be >= 1 and checkpoint_seconds > 0")
        self.backend = backend
        self.signer = signer
        self._every = checkpoint_every
        self._seconds = checkpoint_seconds
        self._last_checkpoint_at = time.monotonic()
        if self.backend.head() is None:
            self.append(config_entry("signing_key", {"key_fingerprint": signer.fingerprint, "public_key": crypto.public_pem(signer.public_key)}))

    @classmethod
    def open_sqlite(cls, path: Path | str, **kwargs) -> AuditLog:
        """The default: ``audit.sqlite3`` with its signing key ``audit-signing.pem`` (and pinned ``audit-signing.pub.pem``) beside it."""
        path = Path(path)
        synchronous = kwargs.pop("synchronous", "NORMAL")
        return cls(SQLiteBackend(path, synchronous=synchronous), crypto.Signer.from_file(path.with_name("audit-signing.pem")), **kwargs)

    # -- writing ----------------------------------------------------------------------
    def append(self, entries: AuditEntry | Sequence[AuditEntry]) -> list[tuple[int, str]]:
        """Append atomically; returns (seq, hash) of each entry once it is committed."""
        batch = [entries] if isinstance(entries, AuditEntry) else list(entries)
        written = []
        with self.backend.transaction() as tx:
            seq, prev = tx.head() or (0, GENESIS)
            for entry in batch:
                seq, prev = self._write(tx, entry, seq + 1, prev)
                written.append((seq, prev))
            self._maybe_checkpoint(tx, seq, prev, force=False)
        return written

    def _write(self, tx: SQLBackend, entry: AuditEntry, seq: int, prev: str) -> tuple[int, str]:
        data_class = entry.data_class or entry.kind
        key_id = f"{entry.conversation_id or 'system'}:{data_class}"
        key = tx.get_key(key_id) or tx.put_key(key_id, entry.conversation_id, data_class, crypto.new_data_key(), entry.created_at)
        sealed = crypto.seal(key, rfc8785.dumps(entry.payload), entry.entry_id.encode())
        header = rfc8785.dumps(entry.header(hashlib.sha256(sealed).hexdigest(), key_id))
        digest = chain_hash(prev, header)
        tx.add_entry(EntryRow(seq, entry.entry_id, entry.kind, entry.created_at, entry.conversation_id, entry.agent_ref, header.decode(), sealed, key_id, prev, digest))
        return seq, digest

    def checkpoint(self) -> CheckpointRow | None:
        """Sign everything not yet covered (e.g. before an export or at shutdown)."""
        with self.backend.transaction() as tx:
            head = tx.head()
            return self._maybe_checkpoint(tx, *head, force=True) if head else None

    def _maybe_checkpoint(self, tx: SQLBackend, head_seq: int, head_hash: str, *, force: bool) -> CheckpointRow | None:
        last = tx.last_checkpoint()
        first = (last.last_seq if last else 0) + 1
        pending = head_seq - first + 1
        if pending <= 0 or not (force or pending >= self._every or time.monotonic() - self._last_checkpoint_at >= self._seconds):
            return None
        hashes = tx.hashes(first, head_seq)
        body = {
            "checkpoint": (last.seq if last else 0) + 1,
            "first_seq": first,
            "last_seq": head_seq,
            "segment_root": merkle.root([merkle.leaf(h) for h in hashes]).hex(),
            "chain_head": head_hash,
            "prev_checkpoint": last.hash if last else GENESIS,
            "created_at": now(),
            "key_fingerprint": self.signer.fingerprint,
        }
        message = rfc8785.dumps(body)
        row = CheckpointRow(body["checkpoint"], first, head_seq, message.decode(), self.signer.sign(message), hashlib.sha256(message).hexdigest())
        tx.add_checkpoint(row)
        self._last_checkpoint_at = time.monotonic()
        return row

    # -- reading ----------------------------------------------------------------------
    def entries(self, filters: Filters = Filters()) -> Iterator[StoredEntry]:
        count = 0
        keys: dict[str, bytes | None] = {}
        for row in self.backend.rows(filters):
            header = json.loads(row.header)
            if header.get("schema_version", 0) > SCHEMA_VERSION:
                raise AuditError(f"entry {row.seq} uses schema version {header['schema_version']}; this version of assist reads up to {SCHEMA_VERSION}: upgrade")
            if not filters.keeps(header.get("facets", {})):
                continue
            if row.key_id not in keys:
                keys[row.key_id] = self.backend.get_key(row.key_id)
            key = keys[row.key_id]
            payload = json.loads(crypto.unseal(key, row.sealed, row.entry_id.encode())) if key is not None and row.sealed is not None else None
            yield StoredEntry(row.seq, row.hash, header, payload)
            count += 1
            if filters.limit and count >= filters.limit:
                return

    def __len__(self) -> int:
        return self.backend.count()

    # -- verification -----------------------------------------------------------------
    def verify(self, public_key=None, *, require_signed: bool = False) -> VerifyReport:
        """Recompute every hash, checkpoint root and signature; raises `AuditIntegrityError` naming the first bad entry."""
        return verify_rows(self.backend.rows(), self.backend.checkpoints(), public_key or self.signer.public_key, require_signed=require_signed)

    def inclusion_proof(self, entry_id: str) -> dict[str, Any]:
        """Proof that one entry is in the log: its header, its Merkle path and the signed checkpoint that covers it."""
        row = next((r for r in self.backend.rows() if r.entry_id == entry_id), None)
        if row is None:
            raise AuditError(f"no entry with id {entry_id}")
        checkpoint = next((c for c in self.backend.checkpoints() if c.first_seq <= row.seq <= c.last_seq), None)
        if checkpoint is None:
            raise AuditError(f"entry {row.seq} is not yet covered by a signed checkpoint (run a checkpoint first)")
        leaves = [merkle.leaf(h) for h in self.backend.hashes(checkpoint.first_seq, checkpoint.last_seq)]
        index = row.seq - checkpoint.first_seq
        return {
            "entry": {"seq": row.seq, "header": row.header, "prev_hash": row.prev_hash, "hash": row.hash},
            "checkpoint": {"body": checkpoint.body, "signature": checkpoint.signature},
            "index": index,
            "size": len(leaves),
            "path": merkle.audit_path(leaves, index),
        }

    # -- privacy ----------------------------------------------------------------------
    def erase_conversation(self, conversation_id: str, reason: str = "data subject request") -> int:
        """Destroy the conversation's keys (its payloads become unreadable) and record the erasure."""
        with self.backend.transaction() as tx:
            destroyed = tx.delete_keys(tx.keys_of(conversation_id))
        self.append(erasure_entry(conversation_id, reason=reason, keys_destroyed=destroyed))
        return destroyed

    def purge_expired(self, retention: dict[str, timedelta], *, at: datetime | None = None) -> list[str]:
        """Erase payloads older than their class's retention period; returns the conversations touched."""
        at = at or datetime.now(timezone.utc)
        touched: dict[str, int] = {}
        with self.backend.transaction() as tx:
            for data_class, period in retention.items():
                expired = tx.expired_keys(data_class, (at - period).isoformat(timespec="microseconds"))
                tx.delete_keys([key_id for key_id, _ in expired])
                for _, conversation_id in expired:
                    touched[conversation_id] = touched.get(conversation_id, 0) + 1
        if touched:
            self.append([erasure_entry(c, reason="retention period elapsed", keys_destroyed=n) for c, n in touched.items()])
        return sorted(touched)

    # -- export -----------------------------------------------------------------------
    def export_bundle(self, path: Path | str, public_key_pem: str | None = None) -> VerifyReport:
        """Write entries (sealed payloads included), checkpoints and the public key; verifiable without the database."""
        self.checkpoint()
        report = self.verify()
        bundle = {
            "format": BUNDLE_FORMAT,
            "format_version": 1,
            "schema_version": SCHEMA_VERSION,
            "exported_at": now(),
            "public_key": public_key_pem or crypto.public_pem(self.signer.public_key),
            "entries": [_row_json(r) for r in self.backend.rows()],
            "checkpoints": [c.__dict__ for c in self.backend.checkpoints()],
        }
        target = Path(path)
        tmp = target.with_suffix(target.suffix + ".tmp")
        tmp.write_text(json.dumps(bundle), encoding="utf-8")
        tmp.replace(target)
        return report

    def close(self) -> None:
        self.backend.close()


def _row_json(row: EntryRow) -> dict[str, Any]:
    data = dict(row.__dict__)
    data["sealed"] = base64.b64encode(row.sealed).decode() if row.sealed is not None else None
    return data


def verify_bundle(path: Path | str, public_key=None) -> VerifyReport:
    """Check an exported bundle on its own. Without `public_key`, the bundle's own key is used (compare its fingerprint)."""
    try:
        bundle = json.loads(Path(path).read_text(encoding="utf-8"))
        if bundle.get("format") != BUNDLE_FORMAT:
            raise AuditIntegrityError(f"{path}: not an assist audit bundle")
        if bundle.get("schema_version", 0) > SCHEMA_VERSION:
            raise AuditIntegrityError(f"{path}: schema version {bundle['schema_version']} is newer than this assist ({SCHEMA_VERSION}): upgrade to verify")
        rows = [EntryRow(**{**e, "sealed": base64.b64decode(e["sealed"]) if e["sealed"] is not None else None}) for e in bundle["entries"]]
        checkpoints = [CheckpointRow(**c) for c in bundle["checkpoints"]]
        key = public_key or crypto.load_public_key(bundle["public_key"])
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise AuditIntegrityError(f"{path}: unreadable bundle ({type(exc).__name__})") from None
    return verify_rows(rows, checkpoints, key, require_signed=True)


def verify_rows(rows: Iterable[EntryRow], checkpoints: Sequence[CheckpointRow], public_key, *, require_signed: bool = False) -> VerifyReport:
    """The whole verification, shared by the database and the bundle. Raises on the first bad entry."""
    fingerprint = crypto.fingerprint(public_key)
    prev, expected, hashes = GENESIS, 1, []
    for row in rows:
        if row.seq != expected:
            raise AuditIntegrityError(f"entry {expected} is missing (the next stored entry is {row.seq})" if row.seq > expected else f"entry {row.seq} is out of order", seq=expected)
        if row.prev_hash != prev:
            raise AuditIntegrityError(f"entry {row.seq} does not link to entry {row.seq - 1} (removed, reordered or replaced)", seq=row.seq)
        if chain_hash(prev, row.header.encode()) != row.hash:
            raise AuditIntegrityError(f"entry {row.seq} was altered: its hash does not match its content", seq=row.seq)
        try:
            header = json.loads(row.header)
        except json.JSONDecodeError:
            raise AuditIntegrityError(f"entry {row.seq} has an unreadable header", seq=row.seq) from None
        if header.get("schema_version", 0) > SCHEMA_VERSION:
            raise AuditIntegrityError(f"entry {row.seq} uses schema version {header['schema_version']}, newer than this assist ({SCHEMA_VERSION}): upgrade to verify", seq=row.seq)
        if (header.get("entry_id"), header.get("kind"), header.get("conversation_id"), header.get("created_at"), header.get("key_id")) != (
            row.entry_id, row.kind, row.conversation_id, row.created_at, row.key_id
        ):
            raise AuditIntegrityError(f"entry {row.seq}: its indexed columns disagree with its hashed header", seq=row.seq)
        if row.sealed is None or hashlib.sha256(row.sealed).hexdigest() != header.get("payload_digest"):
            raise AuditIntegrityError(f"entry {row.seq}: its sealed payload was altered or removed", seq=row.seq)
        hashes.append(row.hash)
        prev, expected = row.hash, expected + 1
    count = expected - 1
    if count == 0:
        raise AuditIntegrityError("the log is empty: even a new log starts with its signing-key entry", seq=1)

    prev_checkpoint, next_first = GENESIS, 1
    for number, checkpoint in enumerate(checkpoints, start=1):
        where = f"checkpoint {number} (entries {checkpoint.first_seq}-{checkpoint.last_seq})"
        message = checkpoint.body.encode()
        if checkpoint.seq != number or hashlib.sha256(message).hexdigest() != checkpoint.hash:
            raise AuditIntegrityError(f"{where} is missing or altered", seq=checkpoint.first_seq)
        body = json.loads(checkpoint.body)
        if body["prev_checkpoint"] != prev_checkpoint or body["first_seq"] != next_first or (body["first_seq"], body["last_seq"]) != (checkpoint.first_seq, checkpoint.last_seq):
            raise AuditIntegrityError(f"{where} does not follow checkpoint {number - 1}", seq=checkpoint.first_seq)
        if body["key_fingerprint"] != fingerprint or not crypto.verify_signature(public_key, checkpoint.signature, message):
            raise AuditIntegrityError(f"{where}: signature does not verify with key {fingerprint} (wrong or replaced key)", seq=checkpoint.first_seq)
        if body["last_seq"] > count:
            raise AuditIntegrityError(f"{where} covers entries the log no longer has (it ends at {count}): entries were removed", seq=count + 1)
        segment = hashes[body["first_seq"] - 1 : body["last_seq"]]
        if merkle.root([merkle.leaf(h) for h in segment]).hex() != body["segment_root"] or body["chain_head"] != segment[-1]:
            first_bad = body["first_seq"]
            raise AuditIntegrityError(f"{where}: entries no longer match the signed Merkle root", seq=first_bad)
        prev_checkpoint, next_first = checkpoint.hash, body["last_seq"] + 1
    uncovered = count - (next_first - 1)
    if require_signed and uncovered:
        raise AuditIntegrityError(f"entries {next_first}-{count} are not under a signed checkpoint (a checkpoint was removed, or none was signed yet)", seq=next_first)
    return VerifyReport(entries=count, checkpoints=len(checkpoints), uncovered=uncovered, key_fingerprint=fingerprint)


def verify_inclusion(proof: dict[str, Any], public_key) -> bool:
    """Check one entry's inclusion proof against its signed checkpoint, without the log."""
    entry, checkpoint = proof["entry"], proof["checkpoint"]
    if chain_hash(entry["prev_hash"], entry["header"].encode()) != entry["hash"]:
        return False
    if not crypto.verify_signature(public_key, checkpoint["signature"], checkpoint["body"].encode()):
        return False
    body = json.loads(checkpoint["body"])
    computed = merkle.root_from_path(merkle.leaf(entry["hash"]), proof["index"], proof["size"], proof["path"])
    return computed.hex() == body["segment_root"] and body["first_seq"] + proof["index"] == entry["seq"]
