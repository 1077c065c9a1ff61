import json
from collections import Counter

import pytest

from assist.errors import KnowledgeError
from assist.knowledge import KnowledgeIndex, load_path
from assist.privacy import ScrubbedText


def test_bundled_knowledge_is_rich_enough(bundled_entries):
    kinds = Counter(e.kind.value for e in bundled_entries)
    assert kinds["faq"] >= 60
    assert len({e.metadata["script_id"] for e in bundled_entries if "script_id" in e.metadata}) >= 4
    assert kinds["objection_response"] >= 4 and kinds["mandatory_mention"] >= 4
    assert {"fr", "en"} <= {e.language for e in bundled_entries}
    assert len({e.metadata.get("brand") for e in bundled_entries}) >= 2
    steps = [e for e in bundled_entries if e.kind.value == "script_step"]
    assert all("script_id" in e.metadata and e.metadata["step"] >= 1 for e in steps)


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_errors_name_file_line_and_field(tmp_path):
    good = json.dumps({"id": "a", "title": "T", "text": "x"})
    path = _write(tmp_path / "kb.jsonl", [good, json.dumps({"id": "b", "title": "T"})])
    with pytest.raises(KnowledgeError, match=r"kb.jsonl:2: .*field 'text'"):
        load_path(path)
    path = _write(tmp_path / "broken.jsonl", [good, "{not json"])
    with pytest.raises(KnowledgeError, match=r"broken.jsonl:2: invalid JSON"):
        load_path(path)


def test_unknown_format_and_invalid_utf8_are_refused(tmp_path):
    with pytest.raises(KnowledgeError, match="unknown knowledge format '.csvx'"):
        load_path(_write(tmp_path / "kb.csvx", ["a,b"]))
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "a", "title": "T", "text": "x"}\n{"id": "b", "title": "\xff"}\n')
    with pytest.raises(KnowledgeError, match=r"bad.jsonl:2: not valid UTF-8"):
        load_path(bad)
    with pytest.raises(KnowledgeError, match="unknown YAML knowledge layout"):
        load_path(_write(tmp_path / "x.yaml", ["foo: bar"]))


def test_yaml_error_points_at_the_entry(tmp_path):
    path = _write(tmp_path / "faq.yaml", ["brand: b", "entries:", "  - id: ok", "    title: T", "    text: x", "  - id: bad id!", "    title: T", "    text: y"])
    with pytest.raises(KnowledgeError, match=r"faq.yaml:6: .*field 'id'"):
        load_path(path)


def test_ingest_is_incremental_and_replace_removes(tmp_path, embedder):
    path = _write(tmp_path / "kb.jsonl", [json.dumps({"id": f"e{i}", "title": f"Titre {i}", "text": f"Réponse numéro {i} sur la facture"}) for i in range(5)])
    index = KnowledgeIndex(tmp_path / "index", embedder)
    first = index.ingest(load_path(path))
    assert (first.added, first.unchanged) == (5, 0)
    again = index.ingest(load_path(path))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5) and again.snapshot == first.snapshot
    _write(path, [json.dumps({"id": "e0", "title": "Titre 0", "text": "Texte modifié"}), json.dumps({"id": "e1", "title": "Titre 1", "text": "Réponse numéro 1 sur la facture"})])
    changed = index.ingest(load_path(path), replace=True)
    assert (changed.updated, changed.removed, changed.unchanged) == (1, 3, 1) and changed.snapshot != first.snapshot
    reopened = KnowledgeIndex(tmp_path / "index", embedder)
    assert sorted(reopened.entries) == ["e0", "e1"]
    hits = reopened.search(ScrubbedText.from_trusted_source("texte modifié"), k=5)
    assert hits[0].entry.id == "e0" and all(h.entry.id in {"e0", "e1"} for h in hits)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("ma facture est beaucoup trop élevée, c'est une estimation", {"volta-faq-facture-elevee"}),
        ("c'est trop cher, j'ai trouvé moins cher ailleurs", {"assurea-defense-auto-objection-trop-cher"}),
        ("j'ai du mal à payer mes factures en ce moment", {"volta-faq-difficultes-paiement", "volta-recouvrement-objection-difficultes"}),
    ],
)
def test_hybrid_search_finds_the_right_entry(shared_index, query, expected):
    hits = shared_index.search(ScrubbedText.from_trusted_source(query), k=5, language="fr")
    assert expected & {h.entry.id for h in hits[:2]}
    top = hits[0]
    assert top.rank == 1 and (top.lexical_rank or top.dense_rank)


def test_index_refuses_unscrubbed_text(shared_index):
    with pytest.raises(TypeError, match="ScrubbedText"):
        shared_index.search("Marie Dupont facture", k=3)
