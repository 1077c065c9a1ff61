"""The `assist` command as a user runs it: machine interfaces and bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ASSIST = [sys.executable, "-m", "assist.cli"]


def run(args, tmp_path, stdin=None, env=None):
    environment = {**os.environ, "ASSIST_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200", **(env or {})}
    return subprocess.run(ASSIST + args, input=stdin, capture_output=True, env=environment, timeout=600)


def test_scrub_jsonl_keeps_order_and_format(tmp_path):
    lines = [{"text": "Je suis Marie Dupont, 06 12 34 56 78"}, {"text": "rien de personnel"}, {"text": "mail: jean.martin@exemple.fr"}]
    proc = run(["scrub", "--lang", "fr", "--jsonl"], tmp_path, stdin="\n".join(json.dumps(x) for x in lines).encode())
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(out) == 3 and out[1] == {"scrubbed": "rien de personnel", "entities": []}
    assert out[0]["scrubbed"] == "Je suis <PERSON_1>, <PHONE_NUMBER_1>"
    assert set(out[0]["entities"][0]) == {"type", "start", "end", "score"}
    assert out[2]["entities"][0]["type"] == "EMAIL_ADDRESS" and "jean.martin" not in out[2]["scrubbed"]


@pytest.mark.parametrize(
    "stdin, message",
    [(b'{"text": "ok"}\n{"text": 5}\n', "stdin line 2"), (b'{"text": "ok"}\n{broken\n', "invalid JSON"), (b'{"text": "\xff"}\n', "not valid UTF-8")],
)
def test_scrub_bad_lines_write_nothing(tmp_path, stdin, message):
    proc = run(["scrub", "--jsonl"], tmp_path, stdin=stdin)
    assert proc.returncode == 1 and proc.stdout == b""
    assert message in proc.stderr.decode() and len(proc.stderr.decode().strip().splitlines()) == 1


@pytest.mark.parametrize("text", ["", "   ", "a" * 100_000])
def test_bad_utterances_get_one_line_errors(tmp_path, text):
    proc = run(["suggest", text], tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr.decode()
    assert proc.stderr.decode().startswith("error: the utterance")


def test_invalid_utf8_argument(tmp_path):
    proc = subprocess.run([*ASSIST, "suggest", b"caf\xe9 facture"], capture_output=True, env={**os.environ, "ASSIST_DATA_DIR": str(tmp_path)}, timeout=120)
    assert proc.returncode == 1 and b"not valid UTF-8" in proc.stderr


def test_kb_ingest_bad_files_and_search(tmp_path):
    bad = tmp_path / "kb.jsonl"
    bad.write_text('{"id": "a", "title": "T", "text": "x"}\n{"id": "b"}\n', encoding="utf-8")
    proc = run(["kb", "ingest", str(bad)], tmp_path)
    assert proc.returncode == 1 and "kb.jsonl:2" in proc.stderr.decode() and not (tmp_path / "data" / "index").exists()
    unknown = tmp_path / "kb.docx"
    unknown.write_text("x")
    assert b"unknown knowledge format" in run(["kb", "ingest", str(unknown)], tmp_path).stderr
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(json.dumps({"id": f"faq-{i}", "title": t, "text": x}) for i, (t, x) in enumerate([
        ("Changer d'adresse", "Vous pouvez changer d'adresse dans l'espace client."),
        ("Payer sa facture", "La facture se paie par prélèvement, carte ou chèque."),
    ])) + "\n", encoding="utf-8")
    proc = run(["kb", "ingest", str(good)], tmp_path)
    assert proc.returncode == 0 and "2 added" in proc.stdout.decode()
    proc = run(["kb", "search", "comment payer ma facture", "--json"], tmp_path)
    assert proc.returncode == 0 and json.loads(proc.stdout)[0]["id"] == "faq-1"


def test_missing_model_and_unreachable_endpoint(tmp_path):
    proc = run(["kb", "search", "facture"], tmp_path, env={"ASSIST_EMBEDDING_MODEL": str(tmp_path / "no-such-model")})
    assert proc.returncode == 1 and "embedding model" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
    proc = run(["suggest", "Ma facture est trop élevée"], tmp_path, env={"ASSIST_LLM_BASE_URL": "http://127.0.0.1:9/v1"})
    assert proc.returncode == 1 and "unreachable" in proc.stderr.decode() and not (tmp_path / "data" / "audit.sqlite3").exists()


def test_eval_retrieval_json(tmp_path):
    kb = tmp_path / "kb.jsonl"
    kb.write_text("\n".join(json.dumps({"id": i, "title": t, "text": x, "metadata": {}}) for i, t, x in [
        ("move", "Déménagement", "Pour déménager, résiliez au départ et souscrivez à l'arrivée."),
        ("bill", "Facture élevée", "Une facture élevée vient souvent d'une estimation de l'index."),
        ("card", "Carte bancaire", "Le paiement par carte se fait dans l'espace client."),
    ]) + "\n", encoding="utf-8")
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(c) for c in [
        {"query": "je déménage bientôt", "gold_ids": ["move"]},
        {"turns": [{"speaker": "customer", "text": "bonjour"}, {"speaker": "agent", "text": "oui ?"}, {"speaker": "customer", "text": "ma facture est trop élevée"}], "gold_ids": ["bill"]},
        {"query": "recette de pizza", "gold_ids": []},
    ]) + "\n", encoding="utf-8")
    proc = run(["eval", "retrieval", "--knowledge", str(kb), "--cases", str(cases), "--k", "5", "--json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["cases"] == 2 and report["out_of_scope"] == 1 and report["recall_at_5"] == 1.0
    assert {"recall_at_1", "mrr_at_5", "latency_p50_ms", "latency_p95_ms"} <= set(report)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"gold_ids": []}\n', encoding="utf-8")
    proc = run(["eval", "retrieval", "--knowledge", str(kb), "--cases", str(bad)], tmp_path)
    assert proc.returncode == 1 and "bad.jsonl:1" in proc.stderr.decode()


def test_help_explains_every_command(tmp_path):
    proc = run(["--help"], tmp_path)
    for command in ("demo", "suggest", "scrub", "kb", "eval", "bench", "audit"):
        assert command in proc.stdout.decode()
