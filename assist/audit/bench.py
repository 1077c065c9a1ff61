"""Audit log measurements: write overhead against a plain SQLite insert in the same run, sustained throughput,
verification time, and a mutation test (random tamperings that verification must all detect)."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

import rfc8785

from assist.audit import crypto
from assist.audit.log import AuditLog
from assist.audit.schema import AuditEntry
from assist.errors import AuditError
from assist.stats import percentile

MUTATIONS = (
    "change_field", "change_field_and_rehash_chain", "change_payload", "change_indexed_column", "delete_entry", "reorder",
    "swap", "truncate_after_checkpoint", "replace_key", "delete_checkpoint", "change_checkpoint",
)


def sample_entry(rng: random.Random, conversation: str) -> AuditEntry:
    sources = [{"entry_id": f"faq-{rng.randint(1, 500)}", "rank": r, "score": rng.random(), "used": r == 1} for r in range(1, 6)]
    payload = {"suggestion_type": "curated", "text": "Vous pouvez transmettre votre relevé dans l'espace client.", "sources": sources,
               "redactions": {"PERSON": 1}, "timings_ms": {"scrub": rng.random() * 20, "retrieve": rng.random() * 30}}
    return AuditEntry(kind="suggestion", conversation_id=conversation, turn_id=f"{conversation}:1", agent_ref="agent-7",
                      facets={"suggestion_type": "curated", "guards_fired": [], "campaign": "demo"}, payload=payload)


def write_overhead(folder: Path, n: int = 2000) -> dict:
    """Per-entry append latency of the log (chain, seal, checkpoints) beside a plain SQLite insert of the same JSON."""
    rng = random.Random(1)
    entries = [sample_entry(rng, f"c{i // 10}") for i in range(n)]
    plain = sqlite3.connect(folder / "plain.sqlite3", isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("PRAGMA synchronous=NORMAL")
    plain.execute("CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)")
    baseline = []
    for entry in entries:
        started = time.perf_counter()
        plain.execute("INSERT INTO t VALUES (?, ?)", (entry.entry_id, entry.model_dump_json()))
        baseline.append((time.perf_counter() - started) * 1000)
    plain.close()
    log = AuditLog.open_sqlite(folder / "audit.sqlite3")
    chained = []
    for entry in entries:
        started = time.perf_counter()
        log.append(entry)
        chained.append((time.perf_counter() - started) * 1000)
    log.close()
    return {
        "entries": n,
        "plain_insert_p50_ms": round(percentile(baseline, 50), 3), "plain_insert_p95_ms": round(percentile(baseline, 95), 3),
        "audit_append_p50_ms": round(percentile(chained, 50), 3), "audit_append_p95_ms": round(percentile(chained, 95), 3),
        "overhead_p95_ms": round(percentile(chained, 95) - percentile(baseline, 95), 3),
    }


def throughput(folder: Path, seconds: float = 5.0) -> dict:
    """Entries per second, one committed transaction per entry, for `seconds`."""
    rng = random.Random(2)
    log = AuditLog.open_sqlite(folder / "throughput.sqlite3")
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        log.append(sample_entry(rng, f"c{count // 10}"))
        count += 1
    elapsed = time.perf_counter() - started
    log.close()
    return {"entries": count, "seconds": round(elapsed, 2), "entries_per_s": round(count / elapsed)}


def build_log(path: Path, n: int, *, batch: int = 500, seed: int = 3, **kwargs) -> AuditLog:
    rng = random.Random(seed)
    log = AuditLog.open_sqlite(path, **kwargs)
    for start in range(0, n, batch):
        log.append([sample_entry(rng, f"c{i // 10}") for i in range(start, min(n, start + batch))])
    log.checkpoint()
    return log


def verify_time(folder: Path, n: int = 100_000) -> dict:
    log = build_log(folder / "verify.sqlite3", n)
    started = time.perf_counter()
    report = log.verify()
    elapsed = time.perf_counter() - started
    log.close()
    return {"entries": report.entries, "checkpoints": report.checkpoints, "verify_s": round(elapsed, 2)}


def _raw(path: Path) -> sqlite3.Connection:
    """An attacker with write access to the file: triggers dropped."""
    db = sqlite3.connect(path, isolation_level=None)
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    return db


def tamper(path: Path, kind: str, rng: random.Random) -> None:
    db = _raw(path)
    count = db.execute("SELECT MAX(seq) FROM audit_entries").fetchone()[0]
    seq = rng.randint(1, count)
    if kind == "change_field":
        header = json.loads(db.execute("SELECT header FROM audit_entries WHERE seq = ?", (seq,)).fetchone()[0])
        header["created_at"] = "2020-01-01T00:00:00.000000+00:00" if header["created_at"] != "2020-01-01T00:00:00.000000+00:00" else "2021-01-01T00:00:00.000000+00:00"
        db.execute("UPDATE audit_entries SET header = ? WHERE seq = ?", (rfc8785.dumps(header).decode(), seq))
    elif kind == "change_field_and_rehash_chain":
        header = json.loads(db.execute("SELECT header FROM audit_entries WHERE seq = ?", (seq,)).fetchone()[0])
        header["agent_ref"] = "someone-else"
        db.execute("UPDATE audit_entries SET header = ? WHERE seq = ?", (rfc8785.dumps(header).decode(), seq))
        prev = db.execute("SELECT prev_hash FROM audit_entries WHERE seq = ?", (seq,)).fetchone()[0]
        for row_seq, row_header in db.execute("SELECT seq, header FROM audit_entries WHERE seq >= ? ORDER BY seq", (seq,)).fetchall():
            digest = hashlib.sha256(prev.encode() + row_header.encode()).hexdigest()
            db.execute("UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row_seq))
            prev = digest
    elif kind == "change_payload":
        sealed = bytearray(db.execute("SELECT sealed FROM audit_entries WHERE seq = ?", (seq,)).fetchone()[0])
        sealed[rng.randrange(len(sealed))] ^= 0x01
        db.execute("UPDATE audit_entries SET sealed = ? WHERE seq = ?", (bytes(sealed), seq))
    elif kind == "change_indexed_column":
        db.execute("UPDATE audit_entries SET conversation_id = 'forged' WHERE seq = ?", (seq,))
    elif kind == "delete_entry":
        db.execute("DELETE FROM audit_entries WHERE seq = ?", (seq,))
    elif kind in ("reorder", "swap"):
        other = rng.choice([s for s in range(1, count + 1) if s != seq])
        if kind == "reorder":  # move one entry to another position
            db.execute("UPDATE audit_entries SET seq = -1 WHERE seq = ?", (seq,))
            db.execute("UPDATE audit_entries SET seq = ? WHERE seq = ?", (seq, other))
            db.execute("UPDATE audit_entries SET seq = ? WHERE seq = -1", (other,))
        else:  # swap contents, keep the sequence numbers and links
            cols = "entry_id, kind, created_at, conversation_id, agent_ref, header, sealed, key_id, hash"
            a = db.execute(f"SELECT {cols} FROM audit_entries WHERE seq = ?", (seq,)).fetchone()
            b = db.execute(f"SELECT {cols} FROM audit_entries WHERE seq = ?", (other,)).fetchone()
            db.execute("UPDATE audit_entries SET entry_id = entry_id || '-tmp' WHERE seq IN (?, ?)", (seq, other))
            sets = ", ".join(f"{c} = ?" for c in cols.split(", "))
            db.execute(f"UPDATE audit_entries SET {sets} WHERE seq = ?", (*b, seq))
            db.execute(f"UPDATE audit_entries SET {sets} WHERE seq = ?", (*a, other))
    elif kind == "truncate_after_checkpoint":
        last = db.execute("SELECT MAX(last_seq) FROM audit_checkpoints").fetchone()[0]
        db.execute("DELETE FROM audit_entries WHERE seq > ?", (rng.randint(1, last - 1),))
    elif kind == "replace_key":
        signer = crypto.Signer.generate()
        for cp_seq, body in db.execute("SELECT seq, body FROM audit_checkpoints").fetchall():
            data = json.loads(body)
            data["key_fingerprint"] = signer.fingerprint
            message = rfc8785.dumps(data)
            db.execute("UPDATE audit_checkpoints SET body = ?, signature = ?, hash = ? WHERE seq = ?",
                       (message.decode(), signer.sign(message), hashlib.sha256(message).hexdigest(), cp_seq))
    elif kind == "delete_checkpoint":
        cps = db.execute("SELECT COUNT(*) FROM audit_checkpoints").fetchone()[0]
        db.execute("DELETE FROM audit_checkpoints WHERE seq = ?", (rng.randint(1, cps),))
    elif kind == "change_checkpoint":
        cp_seq, body = rng.choice(db.execute("SELECT seq, body FROM audit_checkpoints").fetchall())
        data = json.loads(body)
        data["created_at"] = "2020-01-01T00:00:00.000000+00:00"
        db.execute("UPDATE audit_checkpoints SET body = ? WHERE seq = ?", (rfc8785.dumps(data).decode(), cp_seq))
    else:
        raise ValueError(kind)
    db.close()


def mutation_test(folder: Path, tamperings: int = 1000, entries: int = 600, seed: int = 4) -> dict:
    """Apply `tamperings` random tamperings, each to a fresh copy of a signed log; count how many verification detects."""
    base = folder / "base.sqlite3"
    log = build_log(base, entries, batch=7, checkpoint_every=64)
    pinned = log.signer.public_key
    log.close()
    rng = random.Random(seed)
    detected: dict[str, list[int]] = {kind: [0, 0] for kind in MUTATIONS}
    for number in range(tamperings):
        kind = MUTATIONS[number % len(MUTATIONS)]
        copy = folder / "copy.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            target = Path(str(copy) + suffix)
            target.unlink(missing_ok=True)
        shutil.copy(base, copy)  # same folder: the copy opens with the base's signing key
        tamper(copy, kind, rng)
        detected[kind][1] += 1
        try:
            tampered = AuditLog.open_sqlite(copy)
            tampered.verify(pinned, require_signed=True)  # the base log was fully signed
        except AuditError:
            detected[kind][0] += 1
        else:
            tampered.close()
    total = sum(d for d, _ in detected.values())
    return {"tamperings": tamperings, "detected": total, "detection_rate": round(total / tamperings, 4),
            "by_kind": {kind: f"{d}/{n}" for kind, (d, n) in detected.items()}}


def run_all(verify_entries: int = 100_000, tamperings: int = 1000) -> dict:
    results = {}
    with tempfile.TemporaryDirectory(prefix="assist-audit-bench-") as tmp:
        for name, run in (
            ("write", write_overhead),
            ("throughput", throughput),
            ("verify", lambda folder: verify_time(folder, verify_entries)),
            ("mutation", lambda folder: mutation_test(folder, tamperings)),
        ):
            folder = Path(tmp) / name
            folder.mkdir()
            results[name] = run(folder)
    return results
