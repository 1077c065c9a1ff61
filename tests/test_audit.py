"""The explainability log: schema, chain, checkpoints, proofs, erasure, bundles, faults, PostgreSQL."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone

import pytest

from assist.audit import AuditEntry, AuditLog, Filters, PostgresBackend, Signer, oversight_entry, verify_bundle, verify_inclusion
from assist.audit.bench import MUTATIONS, mutation_test
from assist.audit.schema import SCHEMA_VERSION
from assist.errors import AuditError, AuditIntegrityError


def _entry(i, conversation="c1", **facets):
    return AuditEntry(kind="suggestion", conversation_id=conversation, turn_id=f"{conversation}:{i}", agent_ref=f"agent-{i % 2}",
                      facets={"suggestion_type": "curated", "guards_fired": [], "campaign": "fidelisation", **facets}, payload={"n": i, "text": f"ligne {i}"})


def test_entries_round_trip_with_filters(tmp_path):
    log = AuditLog.open_sqlite(tmp_path / "audit.sqlite3")
    log.append([_entry(i) for i in range(6)] + [_entry(9, "c2", suggestion_type="generative", guards_fired=["grounded"], campaign="recouvrement")])
    log.append(oversight_entry(suggestion_id="s1", action="edited", conversation_id="c1", turn_id="c1:1", agent_ref="agent-1",
                               suggested_text="Bonjour Madame, votre facture", final_text="Bonjour Madame, votre facture corrigée"))
    assert [e.payload["n"] for e in log.entries(Filters(conversation_id="c1", kind="suggestion"))] == list(range(6))
    assert [e.payload["n"] for e in log.entries(Filters(guard="grounded"))] == [9]
    assert [e.payload["n"] for e in log.entries(Filters(campaign="recouvrement", suggestion_type="generative"))] == [9]
    assert sorted(e.payload["n"] for e in log.entries(Filters(agent_ref="agent-1", kind="suggestion"))) == [1, 3, 5, 9]
    edited = next(log.entries(Filters(action="edited")))
    assert edited.payload["edit_distance"] == len(" corrigée") and "corrigée" not in json.dumps(edited.payload)
    assert next(log.entries(Filters(kind="config"))).payload["key_fingerprint"] == log.signer.fingerprint  # the genesis entry
    assert list(log.entries(Filters(since="2999-01-01"))) == []
    assert log.verify().entries == len(log) == 9


def test_verification_names_the_first_bad_entry(tmp_path):
    log = AuditLog.open_sqlite(tmp_path / "audit.sqlite3", checkpoint_every=4)
    log.append([_entry(i) for i in range(10)])
    with pytest.raises(AuditError, match="append-only"):
        log.backend._execute("UPDATE audit_entries SET kind = 'x' WHERE seq = 3")
    raw = sqlite3.connect(log.backend.path, isolation_level=None)
    raw.execute("DROP TRIGGER audit_entries_no_update")
    header = json.loads(raw.execute("SELECT header FROM audit_entries WHERE seq = 5").fetchone()[0])
    header["agent_ref"] = "someone-else"
    raw.execute("UPDATE audit_entries SET header = ? WHERE seq = 5", (json.dumps(header),))
    with pytest.raises(AuditIntegrityError, match="entry 5 was altered") as info:
        log.verify()
    assert info.value.seq == 5


def test_checkpoints_and_inclusion_proofs(tmp_path):
    log = AuditLog.open_sqlite(tmp_path / "audit.sqlite3", checkpoint_every=5)
    written = [row for start in range(0, 12, 3) for row in log.append([_entry(i) for i in range(start, start + 3)])]
    report = log.verify()
    assert report.checkpoints >= 2 and report.entries == len(log)
    target = next(e for e in log.entries() if e.seq == written[4][0])
    proof = log.inclusion_proof(target.header["entry_id"])
    assert verify_inclusion(proof, log.signer.public_key)
    assert not verify_inclusion(proof, Signer.generate().public_key)
    forged = {**proof, "entry": {**proof["entry"], "header": proof["entry"]["header"].replace("agent-", "agent-X")}}
    assert not verify_inclusion(forged, log.signer.public_key)
    newest = log.append(_entry(99))[0][0]
    uncovered = next(e for e in log.entries() if e.seq == newest)
    with pytest.raises(AuditError, match="not yet covered"):
        log.inclusion_proof(uncovered.header["entry_id"])


def test_erasure_and_retention_keep_the_chain_verifiable(tmp_path):
    log = AuditLog.open_sqlite(tmp_path / "audit.sqlite3")
    log.append([_entry(i, "c1") for i in range(3)] + [_entry(i, "c2") for i in range(3)])
    assert log.erase_conversation("c1", "demande RGPD") == 1
    entries = list(log.entries(Filters(conversation_id="c1")))
    assert all(e.erased for e in entries if e.header["kind"] == "suggestion")
    erasure = [e for e in entries if e.header["kind"] == "erasure"][0]
    assert erasure.payload["reason"] == "demande RGPD" and erasure.payload["keys_destroyed"] == 1
    assert not any(e.erased for e in log.entries(Filters(conversation_id="c2")))
    assert log.verify().entries == len(log)
    touched = log.purge_expired({"suggestion": timedelta(days=30)}, at=datetime.now(timezone.utc) + timedelta(days=31))
    assert touched == ["c2"] and all(e.erased for e in log.entries(Filters(conversation_id="c2", kind="suggestion")))
    assert log.verify().entries == len(log)


def test_bundle_verifies_without_the_database(tmp_path):
    log = AuditLog.open_sqlite(tmp_path / "audit.sqlite3", checkpoint_every=4)
    log.append([_entry(i) for i in range(9)])
    bundle = tmp_path / "bundle.json"
    log.export_bundle(bundle)
    log.close()
    moved = tmp_path / "elsewhere.json"
    shutil.move(bundle, moved)
    (tmp_path / "audit.sqlite3").unlink()
    assert verify_bundle(moved).uncovered == 0
    with pytest.raises(AuditIntegrityError, match="signature does not verify"):
        verify_bundle(moved, Signer.generate().public_key)
    data = json.loads(moved.read_text())
    data["entries"][3]["header"] = data["entries"][3]["header"].replace("agent-", "agent-X")
    assert "agent-X" in data["entries"][3]["header"]
    moved.write_text(json.dumps(data))
    with pytest.raises(AuditIntegrityError, match="entry 4"):
        verify_bundle(moved)
    moved.write_text("{not json")
    with pytest.raises(AuditIntegrityError, match="unreadable bundle"):
        verify_bundle(moved)


def test_newer_schema_and_corrupt_database_get_clear_verdicts(tmp_path):
    log = AuditLog.open_sqlite(tmp_path / "audit.sqlite3")
    log.append(AuditEntry(schema_version=SCHEMA_VERSION + 1, kind="config", payload={"x": 1}))
    with pytest.raises(AuditIntegrityError, match="newer than this assist"):
        log.verify()
    with pytest.raises(AuditError, match="upgrade"):
        list(log.entries())
    corrupt = tmp_path / "corrupt" / "audit.sqlite3"
    corrupt.parent.mkdir()
    corrupt.write_bytes(b"this is not a database" * 100)
    with pytest.raises(AuditError, match="cannot open the audit log"):
        AuditLog.open_sqlite(corrupt)


def test_mutation_sample_is_always_detected(tmp_path):
    result = mutation_test(tmp_path, tamperings=len(MUTATIONS) * 6, entries=200)
    assert result["detection_rate"] == 1.0, result["by_kind"]


def _writer(path, prefix, count):
    log = AuditLog.open_sqlite(path, checkpoint_every=16)
    for i in range(count):
        log.append(_entry(i, f"{prefix}{i % 3}"))
    log.close()


def test_several_writer_processes_make_one_chain(tmp_path):
    import multiprocessing

    path = tmp_path / "audit.sqlite3"
    AuditLog.open_sqlite(path).close()
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(path, f"w{i}-", 40)) for i in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    log = AuditLog.open_sqlite(path)
    assert len(list(log.entries(Filters(kind="suggestion")))) == 120
    assert log.verify().entries == len(log)


WRITER = """
import sys
from assist.audit import AuditEntry, AuditLog
log = AuditLog.open_sqlite(sys.argv[1], checkpoint_every=32)
i = 0
while True:
    entry = AuditEntry(kind="suggestion", conversation_id=f"c{i % 5}", payload={"n": i})
    (seq, _), = log.append(entry)
    print(seq, entry.entry_id, flush=True)
    i += 1
"""


def test_kill_9_loses_no_acknowledged_entry(tmp_path):
    path = tmp_path / "audit.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    acknowledged = []
    for line in proc.stdout:
        acknowledged.append(line.split())
        if len(acknowledged) == 300:
            os.kill(proc.pid, signal.SIGKILL)
            break
    acknowledged += [line.split() for line in proc.stdout]
    proc.wait()
    log = AuditLog.open_sqlite(path)
    stored = {str(e.seq): e.header["entry_id"] for e in log.entries()}
    assert all(stored.get(seq) == entry_id for seq, entry_id in acknowledged)
    assert log.verify().entries == len(log) >= 300


# -- PostgreSQL: a real throwaway server started from the machine's binaries ---------------
def _pg_bin():
    found = sorted(__import__("glob").glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else (os.path.dirname(shutil.which("initdb")) if shutil.which("initdb") else None)


@pytest.fixture(scope="module")
def postgres():
    import pwd
    import tempfile

    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("ASSIST_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) are required but not installed")
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    base = tempfile.mkdtemp(prefix="assist-pg-")
    os.chmod(base, 0o755)
    data, sock = os.path.join(base, "data"), os.path.join(base, "sock")
    os.mkdir(data)
    os.mkdir(sock)
    prefix = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        user = pwd.getpwnam("postgres")
        for folder in (data, sock, base):
            os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = 40000 + os.getpid() % 20000
    subprocess.run(prefix + [f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "assist_owner", "--no-sync"], check=True, capture_output=True)
    subprocess.run(prefix + [f"{bindir}/pg_ctl", "-D", data, "-l", os.path.join(base, "log"), "-w", "-o", f"-k {sock} -p {port} -c listen_addresses='' -F", "start"],
                   check=True, capture_output=True)
    yield f"host={sock} port={port} user=assist_owner dbname=postgres"
    subprocess.run(prefix + [f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
    shutil.rmtree(base, ignore_errors=True)


def test_postgres_append_only_role_chain_and_erasure(postgres):
    owner = PostgresBackend(postgres)
    owner._execute("CREATE ROLE assist_writer LOGIN")
    owner.grant_writer("assist_writer")
    signer = Signer.generate()
    log = AuditLog(PostgresBackend(postgres.replace("user=assist_owner", "user=assist_writer"), migrate=False), signer, checkpoint_every=4)
    for i in range(10):
        log.append(_entry(i))
    with pytest.raises(AuditError, match="permission denied"):
        log.backend._execute("UPDATE audit_entries SET kind = 'x'")
    with pytest.raises(AuditError, match="append-only"):
        owner._execute("DELETE FROM audit_entries")
    with pytest.raises(AuditError, match="append-only"):
        owner._execute("TRUNCATE audit_entries")
    assert log.erase_conversation("c1") == 1
    log.checkpoint()
    report = log.verify(require_signed=True)
    assert report.entries == len(log) and report.checkpoints >= 3

    def write(prefix):
        other = AuditLog(PostgresBackend(postgres, migrate=False), signer, checkpoint_every=4)
        for i in range(20):
            other.append(_entry(i, prefix))
        other.close()

    threads = [threading.Thread(target=write, args=(f"t{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(list(log.entries(Filters(kind="suggestion")))) == 70 and log.verify().entries == len(log)
