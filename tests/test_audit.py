import multiprocessing
import sqlite3

import pytest

from assist.audit import AuditEntry, SQLiteAuditStore
from assist.errors import AuditIntegrityError


def _entries(n, prefix="c"):
    return [AuditEntry(kind="suggestion", conversation_id=f"{prefix}{i % 3}", payload={"n": i, "text": f"suggestion {i}"}) for i in range(n)]


def test_chain_verifies_and_detects_tampering(audit):
    audit.append(_entries(10))
    assert audit.verify() == 10
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        audit._db.execute("UPDATE entries SET body = '{}' WHERE seq = 3")
    raw = sqlite3.connect(audit.path, isolation_level=None)
    raw.execute("DROP TRIGGER entries_no_update")
    body = raw.execute("SELECT body FROM entries WHERE seq = 4").fetchone()[0]
    raw.execute("UPDATE entries SET body = ? WHERE seq = 4", (body.replace("suggestion 3", "suggestion X"),))
    with pytest.raises(AuditIntegrityError, match="entry 4") as info:
        audit.verify()
    assert info.value.seq == 4
    raw.close()


def test_deleted_entry_is_named(audit):
    audit.append(_entries(5))
    raw = sqlite3.connect(audit.path, isolation_level=None)
    raw.execute("DROP TRIGGER entries_no_delete")
    raw.execute("DELETE FROM entries WHERE seq = 2")
    with pytest.raises(AuditIntegrityError, match="entry 2 is missing"):
        audit.verify()
    raw.close()


def _writer(path, prefix, count):
    store = SQLiteAuditStore(path)
    for entry in _entries(count, prefix):
        store.append(entry)
    store.close()


def test_several_writer_processes_make_one_chain(tmp_path):
    path = tmp_path / "audit.sqlite3"
    SQLiteAuditStore(path).close()
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(path, f"w{i}-", 40)) for i in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    store = SQLiteAuditStore(path)
    assert store.verify() == 120
    store.close()
