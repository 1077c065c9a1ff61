"""The `assist` command as a user runs it: machine interfaces and bad input."""

import json
import sqlite3
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
    proc = run(["kb", "ingest", "--strict", str(bad)], tmp_path)
    assert proc.returncode == 1 and "kb.jsonl:2" in proc.stderr.decode() and not (tmp_path / "data" / "index").exists()
    proc = run(["kb", "ingest", str(bad)], tmp_path)  # the valid entry still goes in; the error is reported and the status says so
    assert proc.returncode == 1 and "kb.jsonl:2" in proc.stderr.decode() and "1 added" in proc.stdout.decode()
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


def test_kb_ingest_replaces_personal_data_in_knowledge_and_says_where(tmp_path):
    import random

    from tests.pii import email, luhn_card, nir, phone

    rng = random.Random(11)
    values = [nir(rng), luhn_card(rng), phone(rng), email(rng)]
    kb = tmp_path / "tickets.jsonl"
    kb.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "ok", "title": "Payer sa facture", "text": "La facture se paie par prélèvement ou par carte."},
        {"id": "ticket", "title": "Remboursement", "text": f"Client NIR {values[0]}, carte {values[1]}, rappeler Mme Durand au {values[2]} ou {values[3]}."},
        {"id": "long", "title": "Article long", "text": "La facture arrive chaque mois. " * 160 + f"Contact : {values[3]}."},
        {"id": "public", "title": "Joindre le service client", "text": "Le service client répond au 09 69 32 15 15 du lundi au samedi.",
         "metadata": {"public_values": ["09 69 32 15 15"]}},
    ]) + "\n", encoding="utf-8")  # fmt: skip
    proc = run(["kb", "ingest", str(kb)], tmp_path)
    stderr = proc.stderr.decode()
    assert proc.returncode == 0 and "4 added" in proc.stdout.decode(), stderr  # a warning, not an error: the entry goes in, masked
    assert "tickets.jsonl:2" in stderr and "entry 'ticket'" in stderr and "PHONE_NUMBER" in stderr and "EMAIL_ADDRESS" in stderr
    stored = b"".join(path.read_bytes() for path in (tmp_path / "data").rglob("*") if path.is_file())
    shown = run(["kb", "show", "ticket"], tmp_path).stdout.decode()
    for value in [*values, "Durand"]:
        assert value not in stderr and value.encode() not in stored and value not in shown
    assert "‹PHONE_NUMBER›" in shown and "<PHONE_NUMBER_1>" not in shown  # never a conversation placeholder
    assert "entry 'long'" in stderr  # an entry longer than the scrubber's limit is read in windows
    assert "09 69 32 15 15" in run(["kb", "show", "public"], tmp_path).stdout.decode()  # declared public: kept


def test_kb_list_show_stats_diff_and_other_formats(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "faq.csv").write_text("id,title,text,brand,tags\nbill,Payer sa facture,La facture se paie par prélèvement ou carte.,volta,paiement;facture\n", encoding="utf-8")
    (folder / "move.md").write_text("---\nid: move\ntitle: Déménager\nbrand: volta\n---\nPour déménager, résiliez au départ et souscrivez à l'arrivée.\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not knowledge")
    proc = run(["kb", "ingest", str(folder)], tmp_path)
    assert proc.returncode == 0 and "2 added" in proc.stdout.decode() and "notes.txt" in proc.stderr.decode()  # a warning, not an error
    listed = json.loads(run(["kb", "list", "--json"], tmp_path).stdout)
    assert [row["id"] for row in listed] == ["bill", "move"] and {row["brand"] for row in listed} == {"volta"}
    shown = run(["kb", "show", "bill"], tmp_path).stdout.decode()
    assert "content_hash" in shown and "bill#0" in shown and "paiement" in shown
    stats = json.loads(run(["kb", "stats", "--json"], tmp_path).stdout)
    assert stats["entries"] == 2 and stats["by_kind"] == {"faq": 1, "article": 1} and stats["snapshot"].startswith("kb-")
    (folder / "move.md").unlink()
    (folder / "faq.csv").write_text('id,title,text\nbill,Payer sa facture,"La facture se paie par prélèvement, carte ou chèque."\nnew,Nouveau,Un nouvel article.\n', encoding="utf-8")
    diff = json.loads(run(["kb", "diff", str(folder), "--json"], tmp_path).stdout)
    assert diff == {"added": ["new"], "changed": ["bill"], "removed": ["move"]}
    assert json.loads(run(["kb", "stats", "--json"], tmp_path).stdout)["snapshot"] == stats["snapshot"]  # diff writes nothing
    proc = run(["kb", "show", "nope"], tmp_path)
    assert proc.returncode == 1 and "no entry 'nope'" in proc.stderr.decode()


def test_missing_model_and_unreachable_endpoint(tmp_path):
    proc = run(["kb", "search", "facture"], tmp_path, env={"ASSIST_EMBEDDING_MODEL": str(tmp_path / "no-such-model")})
    assert proc.returncode == 1 and "embedding model" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
    # An LLM that is down at start-up: the assistant still starts and shows the curated suggestions, then says why
    # the generated one is missing (exit 1).
    proc = run(["suggest", "J'ai besoin d'un justificatif de domicile pour mon dossier", "--json"], tmp_path, env={"ASSIST_LLM_BASE_URL": "http://127.0.0.1:9/v1"})
    assert proc.returncode == 1 and "unreachable" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
    payload = json.loads(proc.stdout)
    assert payload["suggestions"][0]["type"] == "curated" and "unreachable" in payload["generative_error"]


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
    systems = {row["system"]: row for row in report["systems"]}
    assert list(systems) == ["assist", "hybrid", "lexical", "dense", "langchain"]  # baselines in the same run
    for row in systems.values():
        assert row["cases"] == 2 and row["out_of_scope"] == 1
        assert {"recall_at_1", "mrr_at_5", "latency_p50_ms", "latency_p95_ms", "no_answer_on_out_of_scope"} <= set(row)
    assert systems["assist"]["recall_at_5"] == 1.0 and systems["dense"]["recall_at_5"] == 1.0
    assert systems["dense"]["no_answer_on_out_of_scope"] == 0.0  # a baseline without a threshold always answers
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"gold_ids": []}\n', encoding="utf-8")
    proc = run(["eval", "retrieval", "--knowledge", str(kb), "--cases", str(bad)], tmp_path)
    assert proc.returncode == 1 and "bad.jsonl:1" in proc.stderr.decode()


def test_kb_train_reranker_then_retrieval_uses_it(tmp_path):
    root = Path(__file__).resolve().parents[1]
    proc = run(["kb", "ingest", str(root / "knowledge")], tmp_path)
    assert proc.returncode == 0, proc.stderr
    model = tmp_path / "reranker.npz"
    proc = run(["kb", "train-reranker", "--cases", str(root / "evals" / "retrieval" / "fr_bundled.jsonl"), "--out", str(model), "--hidden", "16"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert model.exists() and "threshold" in proc.stderr.decode() and "fr_bundled.jsonl: 71 cases" in proc.stderr.decode()
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"query": "je déménage le mois prochain, que faire de mon contrat d'électricité ?", "gold_ids": ["volta-faq-demenagement-depart"]}) + "\n")
    proc = run(["eval", "retrieval", "--knowledge", str(root / "knowledge"), "--cases", str(cases), "--systems", "assist,dense", "--json"], tmp_path,
               env={"ASSIST_RERANKER": str(model)})  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    systems = {row["system"]: row for row in json.loads(proc.stdout)["systems"]}
    assert list(systems) == ["assist", "dense", "reranked"] and systems["reranked"]["cases"] == 1  # beside the fused ranking, same run
    # bad input: gold ids the index does not hold, a file that is no reranker
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(json.dumps({"query": "ma facture", "gold_ids": ["no-such-entry"]}) + "\n")
    proc = run(["kb", "train-reranker", "--cases", str(unknown), "--out", str(tmp_path / "x.npz")], tmp_path)
    assert proc.returncode == 1 and "no-such-entry" in proc.stderr.decode() and not (tmp_path / "x.npz").exists()
    proc = run(["eval", "retrieval", "--knowledge", str(root / "knowledge"), "--cases", str(cases), "--systems", "reranked"], tmp_path)
    assert proc.returncode == 1 and "needs a reranker" in proc.stderr.decode()
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"junk")
    proc = run(["eval", "retrieval", "--knowledge", str(root / "knowledge"), "--cases", str(cases), "--systems", "assist"], tmp_path,
               env={"ASSIST_RERANKER": str(junk)})  # fmt: skip
    assert proc.returncode == 1 and "not a readable reranker file" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_help_explains_every_command(tmp_path):
    proc = run(["--help"], tmp_path)
    for command in ("demo", "suggest", "scrub", "kb", "eval", "bench", "audit"):
        assert command in proc.stdout.decode()


def test_audit_reviewer_commands(tmp_path):
    from assist.audit import AuditEntry, AuditLog, oversight_entry

    data = tmp_path / "data"
    log = AuditLog.open_sqlite(data / "audit.sqlite3", checkpoint_every=4)
    payload = {"suggestion_id": "s1", "suggestion_type": "curated", "shown": True, "text": "Votre relevé suffit.", "citations": ["faq-1"],
               "citation_method": "verbatim", "query": "ma facture <PERSON_1>", "knowledge_snapshot": "kb-1", "confidence": 0.9, "confidence_method": "rrf",
               "sources": [{"entry_id": "faq-1", "title": "Relevé", "rank": 1, "score": 0.03, "lexical_rank": 1, "lexical_score": 2.0, "dense_rank": 1, "dense_score": 0.7, "used": True, "why_not": ""}],
               "prompt": None, "model": None, "guards": [], "redactions": {"PERSON": 1}, "timings_ms": {"scrub": 9.0}}
    entry = AuditEntry(kind="suggestion", conversation_id="conv-1", turn_id="conv-1:1", agent_ref="agent-7",
                       facets={"suggestion_id": "s1", "suggestion_type": "curated", "guards_fired": [], "campaign": "fidelisation"}, payload=payload)
    log.append(entry)
    log.append(oversight_entry(suggestion_id="s1", action="accepted", conversation_id="conv-1", turn_id="conv-1:1", agent_ref="agent-7"))
    log.checkpoint()
    log.close()

    listing = run(["audit", "list", "--conversation", "conv-1", "--type", "curated"], tmp_path).stdout.decode()
    assert entry.entry_id in listing and listing.count("\n") == 1
    shown = run(["audit", "show", entry.entry_id], tmp_path)
    assert shown.returncode == 0 and "faq-1" in shown.stdout.decode() and "accepted" in shown.stdout.decode()
    for fmt in ("json", "jsonl", "csv"):
        proc = run(["audit", "export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"), "--action", "accepted"], tmp_path)
        assert proc.returncode == 0 and "1 entries" in proc.stdout.decode()
    assert "accepted" in (tmp_path / "out.csv").read_text()
    bundle = tmp_path / "bundle.json"
    assert run(["audit", "export", "--format", "bundle", "-o", str(bundle)], tmp_path).returncode == 0
    proof = tmp_path / "proof.json"
    proof.write_bytes(run(["audit", "proof", entry.entry_id], tmp_path).stdout)
    ok = run(["audit", "verify", "--proof", str(proof)], tmp_path)
    assert ok.returncode == 0 and "included" in ok.stdout.decode()
    assert run(["audit", "verify"], tmp_path).returncode == 0
    assert run(["audit", "purge", "--retention", "oversight=0"], tmp_path).returncode == 0
    assert run(["audit", "verify", "--bundle", str(bundle), "--public-key", str(data / "audit-signing.pub.pem")], tmp_path).returncode == 0
    erased = run(["audit", "erase", "conv-1", "--reason", "test"], tmp_path)
    assert erased.returncode == 0 and run(["audit", "verify"], tmp_path).returncode == 0
    assert "[erased]" in run(["audit", "list", "--conversation", "conv-1"], tmp_path).stdout.decode()

    other_key = tmp_path / "other.pem"
    from assist.audit.crypto import Signer, public_pem

    other_key.write_text(public_pem(Signer.generate().public_key))
    bad = run(["audit", "verify", "--bundle", str(bundle), "--public-key", str(other_key)], tmp_path)
    assert bad.returncode == 1 and "FAILED" in bad.stderr.decode() and "signature" in bad.stderr.decode()
    raw = sqlite3.connect(data / "audit.sqlite3", isolation_level=None)
    raw.execute("DROP TRIGGER audit_checkpoints_no_delete")
    raw.execute("DELETE FROM audit_checkpoints WHERE seq = (SELECT MAX(seq) FROM audit_checkpoints)")
    raw.close()
    missing = run(["audit", "verify"], tmp_path)
    assert missing.returncode == 1 and "not under a signed checkpoint" in missing.stderr.decode()
    assert run(["audit", "verify", "--allow-unsigned-tail"], tmp_path).returncode == 0
    (data / "audit.sqlite3").write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (data / f"audit.sqlite3{suffix}").unlink(missing_ok=True)
    corrupt = run(["audit", "verify"], tmp_path)
    assert corrupt.returncode == 1 and "cannot open the audit log" in corrupt.stderr.decode()


def test_eval_conversations_json(tmp_path):
    conversations = tmp_path / "calls.jsonl"
    conversations.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in [
        {"id": "a", "campaign": None, "language": "fr", "turns": [
            {"speaker": "agent", "text": "Volta Énergie bonjour."},
            {"speaker": "customer", "text": "Ma facture est trop élevée, c'est la troisième fois que j'appelle, je veux déposer une réclamation", "escalation": "complaint"},
            {"speaker": "customer", "text": "Merci, bonne journée"},
        ]},
        {"id": "b", "campaign": "fidelisation-offre-verte", "language": "fr", "turns": [
            {"speaker": "agent", "text": "Je vous informe que cet appel peut être enregistré, vous pouvez vous y opposer.", "mentions": ["volta-offre-verte-mention-enregistrement"]},
            {"speaker": "customer", "text": "Si c'est plus cher, ça ne m'intéresse pas.", "objection": "volta-offre-verte-objection-plus-cher"},
        ], "mentions_missing": ["volta-offre-verte-mention-prix", "volta-offre-verte-mention-retractation"]},
    ]) + "\n", encoding="utf-8")
    proc = run(["eval", "conversations", "--cases", str(conversations), "--no-generate", "--json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["conversations"] == 2 and report["escalation"]["recall"] == 1.0 and report["escalation"]["false_alarms"] == 0
    assert report["mentions"] == {"precision": 1.0, "recall": 1.0, "said": 1}
    assert report["reminders_at_end"]["recall"] == 1.0 and report["objections"]["recall"] == 1.0
    assert report["generative"]["shown"] == 0 and report["baseline_langchain"] is None


def test_eval_conversations_rejects_a_malformed_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"turns": [{"speaker": "robot", "text": "x"}]}\n', encoding="utf-8")
    proc = run(["eval", "conversations", "--cases", str(bad), "--no-generate"], tmp_path)
    assert proc.returncode != 0 and "bad.jsonl:1: not a conversation" in proc.stderr.decode()


def test_train_escalation_learns_from_conversations_and_utterances_and_names_bad_lines(tmp_path):
    conversations = tmp_path / "calls.jsonl"
    conversations.write_text(json.dumps({"id": "a", "language": "fr", "turns": [
        {"speaker": "customer", "text": "Je veux parler à votre supérieur, tout de suite.", "escalation": "manager_request"},
        {"speaker": "customer", "text": "Quel est le prix du kilowattheure ?"},
    ]}, ensure_ascii=False) + "\n", encoding="utf-8")
    utterances = tmp_path / "utterances.jsonl"
    utterances.write_text("\n".join(json.dumps(u, ensure_ascii=False) for u in [
        {"text": "Passez-moi quelqu'un au-dessus de vous.", "label": "manager_request", "language": "fr"},
        {"text": "I want to speak to your manager.", "label": "manager_request", "language": "en"},
        {"text": "Je voudrais recevoir mes factures par courrier.", "label": "none", "language": "fr"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "model.npz"
    proc = run(["eval", "train-escalation", "--cases", str(conversations), "--utterances", str(utterances), "--out", str(out)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    from assist.suggest.escalation_model import EscalationClassifier
    trained_on = EscalationClassifier.load(out).trained_on
    assert "calls.jsonl, utterances.jsonl: 5 customer turns, 3 escalations (C=0.3)" in trained_on

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "passez-moi le chef", "label": "manager"}\nnot json\n{"text": "", "label": "none"}\n{"text": "x", "label": ["none"]}\n', encoding="utf-8")
    proc = run(["eval", "train-escalation", "--cases", str(conversations), "--utterances", str(bad), "--out", str(tmp_path / "bad.npz")], tmp_path)
    message = proc.stderr.decode()
    assert proc.returncode != 0 and not (tmp_path / "bad.npz").exists()
    assert "bad.jsonl:1: 'label' must be one of" in message and "bad.jsonl:2: not JSON" in message and "bad.jsonl:3: 'text' must be" in message
    assert "bad.jsonl:4: 'label' must be one of" in message and "Traceback" not in message


def test_bench_scrub_times_ours_beside_vanilla_on_150_character_utterances(tmp_path):
    cases = tmp_path / "cases.jsonl"
    lines = [{"text": f"Bonjour, je m'appelle Marie Dupont, mon portable est le 06 12 34 56 {i:02d} et je voudrais résilier.", "spans": []} for i in range(12)]
    cases.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    proc = run(["bench", "scrub", "--cases", str(cases), "--rounds", "1"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["utterances"] >= 5 and 135 <= report["chars_median"] <= 150
    assert report["assist"]["p50_ms"] > 0 and report["vanilla_presidio"]["p95_ms"] > 0
    short = tmp_path / "short.jsonl"
    short.write_text(json.dumps({"text": "oui", "spans": []}) + "\n", encoding="utf-8")
    proc = run(["bench", "scrub", "--cases", str(short)], tmp_path)
    assert proc.returncode == 1 and b"not enough text" in proc.stderr


def test_eval_dstc11_scores_every_turn_by_folds_with_the_reranker(tmp_path):
    """Five folds over a small DSTC11-shaped set: every turn scored once, by a reranker and selection rules trained on
    the other folds, beside the baselines."""
    aspects = {
        "quiet": (["Our neighbours partied until three.", "We slept like babies.", "Traffic kept us awake."],
                  ["Is {h} quiet at night?", "Will I sleep well at {h}?", "How noisy is {h}?"]),
        "staff": (["The receptionist went out of her way.", "Nobody at the desk smiled.", "The porter was cheerful."],
                  ["Are the staff at {h} friendly?", "Is reception at {h} helpful?", "Are the employees at {h} nice?"]),
        "breakfast": (["The eggs were cold.", "Fresh croissants every morning.", "The buffet ran out of coffee."],
                      ["Is breakfast at {h} good?", "What is the morning meal like at {h}?", "Should I eat breakfast at {h}?"]),
        "size": (["The bedroom felt cramped.", "Our suite was huge.", "Barely space for a suitcase."],
                 ["Are the rooms at {h} big?", "Is there space for a family at {h}?", "How large are rooms at {h}?"]),
    }  # fmt: skip
    names = ["Granary Lodge", "Willow House", "Harbour Inn", "Maple Court", "Old Mill"]
    knowledge = {"hotel": {str(h): {"name": name, "faqs": {"0": {"question": "Is there parking?", "answer": "Yes, free parking."}},
                                    "reviews": {str(a): {"sentences": {str(n): text for n, text in enumerate(texts)}} for a, (texts, _) in enumerate(aspects.values())}}
                           for h, name in enumerate(names)}}  # fmt: skip
    logs, labels = [], []
    for h, name in enumerate(names):
        for a, (_, questions) in enumerate(aspects.values()):
            for question in questions:
                logs.append([{"speaker": "U", "text": question.format(h=name)}])
                labels.append({"target": True, "knowledge": [{"domain": "hotel", "entity_id": h, "doc_type": "review", "doc_id": a, "sent_id": n} for n in range(3)]})
    folder = tmp_path / "dstc"
    (folder / "val").mkdir(parents=True)
    (folder / "knowledge.json").write_text(json.dumps(knowledge))
    (folder / "val" / "logs.json").write_text(json.dumps(logs))
    (folder / "val" / "labels.json").write_text(json.dumps(labels))
    proc = run(["eval", "dstc11", "--data", str(folder), "--train-on", "folds", "--systems", "assist,reranked,lexical", "--json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["folds"] == 5 and report["turns"] == 60 and report["training_turns"] == 48
    systems = {row["system"]: row for row in report["systems"]}
    assert list(systems) == ["assist", "reranked", "lexical"] and all(row["scored_turns"] == 60 for row in systems.values())
    assert systems["reranked"]["selection_rule"].startswith("score:") and 0.0 < systems["reranked"]["selection_f1"] <= 1.0
    # bad input: one saved reranker cannot stand for five folds; an unknown split
    proc = run(["eval", "dstc11", "--data", str(folder), "--train-on", "folds", "--save-reranker", str(tmp_path / "r.npz")], tmp_path)
    assert proc.returncode == 1 and "one training set" in proc.stderr.decode() and not (tmp_path / "r.npz").exists()
    proc = run(["eval", "dstc11", "--data", str(folder), "--train-on", "random"], tmp_path)
    assert proc.returncode == 1 and "unknown split 'random'" in proc.stderr.decode()
