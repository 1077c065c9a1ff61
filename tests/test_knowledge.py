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


def test_hybrid_scores_are_the_weighted_sum_of_both_standardised_scores(tmp_path, embedder):
    """Under CANDIDATES entries, every one is a candidate of both rankings: each hit's score is DENSE_WEIGHT times the
    z-score of its cosine plus the rest times the z-score of its BM25 score (0 where BM25 does not match), over all."""
    import numpy as np

    from assist.knowledge.index import BM25_SPREAD, CANDIDATES, DENSE_WEIGHT, _standard, agreement

    texts = ["Le compteur Linky ne transmet plus les index", "Payer sa facture en plusieurs fois", "Résilier son contrat d'électricité",
             "Déclarer un dégât des eaux", "Changer de puissance souscrite", "Recevoir une attestation d'assurance"]  # fmt: skip
    path = tmp_path / "kb.jsonl"
    _write(path, [json.dumps({"id": f"e{n}", "title": text, "text": text + "."}) for n, text in enumerate(texts)])
    index = KnowledgeIndex(tmp_path / "index", embedder)
    index.ingest(load_path(path))
    assert len(texts) < CANDIDATES
    hits = index.search(ScrubbedText.from_trusted_source("ma facture, je peux la payer en plusieurs fois ?"), k=len(texts))
    assert len(hits) == len(texts) and hits[0].entry.id == "e1" and all(h.dense_score is not None for h in hits)
    cosines = np.array([h.dense_score for h in hits])
    bm25 = np.array([h.lexical_score or 0.0 for h in hits])
    z = lambda v, least=0.0: (v - v.mean()) / max(v.std(), least)  # noqa: E731
    assert np.allclose([h.score for h in hits], DENSE_WEIGHT * z(cosines) + (1 - DENSE_WEIGHT) * z(bm25, BM25_SPREAD), atol=1e-5)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert agreement(hits[0]) == pytest.approx(1.0) and all(0.0 <= agreement(h) <= 1.0 for h in hits)  # first in both rankings
    # one candidate of twenty barely matching in BM25 (0.3) is not lifted over the dense ranking's first: without the
    # least spread its z-score would be 4.4 whatever its score; with it, 0.3
    lone = _standard(np.array([0.3] + [0.0] * 19), BM25_SPREAD)
    dense_first = _standard(np.linspace(0.88, 0.80, 20))
    assert (1 - DENSE_WEIGHT) * lone[0] + DENSE_WEIGHT * dense_first[2] < DENSE_WEIGHT * dense_first[0]
    assert _standard(np.array([12.0, 3.0, 0.0, 0.0]), BM25_SPREAD)[0] > 1.0  # a real lead keeps its weight
    # the language filter takes a list like every filter, and a language with no entries finds nothing
    query = ScrubbedText.from_trusted_source("payer ma facture en plusieurs fois")
    assert index.search(query, k=3, filters={"language": ["fr", "en"]})[0].entry.id == "e1"
    assert index.search(query, k=3, filters={"language": "es"}) == []
    # a query no word of which is in the knowledge: BM25 says nothing, and the order is the dense one
    hits = index.search(ScrubbedText.from_trusted_source("zzz qqq"), k=len(texts))
    assert [h.dense_rank for h in hits] == list(range(1, len(texts) + 1)) and all(h.lexical_rank is None for h in hits)


def test_index_refuses_unscrubbed_text(shared_index):
    with pytest.raises(TypeError, match="ScrubbedText"):
        shared_index.search("Marie Dupont facture", k=3)
