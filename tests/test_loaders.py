"""Knowledge ingestion: every format from real files, structure-aware chunking, and problems collected
(one bad entry or file never stops the rest)."""

import json
import re
from datetime import date

import pytest
from fpdf import FPDF
from PIL import Image
from pydantic import ValidationError

from assist.errors import KnowledgeError
from assist.knowledge import Kind, KnowledgeEntry, load_path
from assist.knowledge import loaders
from assist.knowledge.loaders import Problem, load_knowledge
from assist.knowledge.model import CHUNK_CHARS, chunks_of
from assist.resources import knowledge_dir

PRIVATE = "Marie Dupont 06 12 34 56 78"  # stands for personal data that must never reach a message


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _pdf(path, *, text=None, title=None):
    pdf = FPDF()
    pdf.add_page()
    if title:
        pdf.set_title(title)
    if text:
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    else:  # what a scanner produces: a picture of the page, no text layer
        pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=100)
    pdf.output(str(path))
    return path


def _only(report):
    assert report.problems == [], [str(p) for p in report.problems]
    return report.entries


def _long_article(sections=3, paragraphs=4):
    body = []
    for s in range(sections):
        body.append(f"## Partie {s + 1}")
        for p in range(paragraphs):
            body.append(" ".join(f"Phrase {s}.{p}.{n} sur la facture et le compteur du client." for n in range(6)))
    return "\n\n".join(body)


# -- formats -------------------------------------------------------------------


def test_markdown_article_with_front_matter(tmp_path):
    path = _write(
        tmp_path / "Relevé du compteur.md",
        "---\ntitle: Relever son compteur\nlanguage: fr\nversion: 2\neffective_from: 2025-01-01\neffective_to: 2025-12-31\n"
        "brand: volta\nproduct: electricite\nlevel: 1\ntags: [releve, index]\n---\n## Avec Linky\n\nRien à faire.\n",
    )
    [entry] = _only(load_knowledge(path))
    assert entry.id == "releve-du-compteur" and entry.kind is Kind.ARTICLE and entry.title == "Relever son compteur"
    assert entry.version == "2" and entry.effective_from == date(2025, 1, 1) and entry.effective_to == date(2025, 12, 31)
    assert entry.metadata == {"brand": "volta", "product": "electricite", "level": 1, "tags": ["releve", "index"]}
    assert entry.text == "## Avec Linky\n\nRien à faire."
    assert entry.is_effective(date(2025, 6, 1)) and not entry.is_effective(date(2026, 1, 1))


def test_markdown_faq_layout_gives_one_entry_per_question(tmp_path):
    path = _write(
        tmp_path / "faq.md",
        "---\nlayout: faq\nid_prefix: volta-md\nbrand: volta\n---\n# Questions\n\n## Comment payer ?\n\nPar prélèvement.\n\n## Où est mon PDL ?\nSur la facture.\n",
    )
    entries = _only(load_knowledge(path))
    assert [(e.id, e.title, e.text, e.kind) for e in entries] == [
        ("volta-md-comment-payer", "Comment payer ?", "Par prélèvement.", Kind.FAQ),
        ("volta-md-ou-est-mon-pdl", "Où est mon PDL ?", "Sur la facture.", Kind.FAQ),
    ]
    assert all(e.metadata == {"brand": "volta"} for e in entries)
    bad = _write(tmp_path / "bad" / "faq.md", path.read_text(encoding="utf-8").replace("Sur la facture.\n", ""))
    [problem] = load_knowledge(bad).problems
    assert (problem.line, problem.field) == (12, "text")  # the line of the question left without an answer


def test_csv_rows_fields_and_metadata(tmp_path):
    path = _write(
        tmp_path / "kb.csv",
        "id,title,text,language,effective_from,brand,level,tags\n"
        'a,Titre A,"Réponse A,\nsur deux lignes",fr,2025-01-01,volta,2,facture;index\n'
        "b,Titre B,Réponse B,,,volta,,a|b\n",
    )
    a, b = _only(load_knowledge(path))
    assert (a.id, a.text, a.effective_from) == ("a", "Réponse A,\nsur deux lignes", date(2025, 1, 1))
    assert a.metadata == {"brand": "volta", "level": 2, "tags": ["facture", "index"]}
    assert (b.language, b.metadata) == ("fr", {"brand": "volta", "tags": ["a", "b"]})
    _write(path, path.read_text(encoding="utf-8") + "c,,Réponse C,,,,,\n")
    [problem] = load_knowledge(path).problems
    assert str(problem) == f"{path}:5: string should have at least 1 character (field 'title')"


def test_html_page_is_one_article(tmp_path):
    page = (
        '<html lang="fr-FR"><head><title>Comprendre sa facture</title><meta name="assist-id" content="volta-html-facture">'
        '<meta name="assist-brand" content="volta"><meta name="assist-tags" content="facture; lecture"><style>p {}</style></head>'
        "<body><nav>Accueil | Contact</nav><h1>Comprendre sa facture</h1><h2>Abonnement</h2><p>Une part\n   fixe.</p>"
        "<script>track()</script><ul><li>Puissance</li><li>Option</li></ul></body></html>"
    )
    [entry] = _only(load_knowledge(_write(tmp_path / "page.html", page)))
    assert (entry.id, entry.title, entry.language, entry.kind) == ("volta-html-facture", "Comprendre sa facture", "fr", Kind.ARTICLE)
    assert entry.metadata == {"brand": "volta", "tags": ["facture", "lecture"]}
    assert entry.text == "## Abonnement\n\nUne part fixe.\n\nPuissance\n\nOption"
    [plain] = _only(load_knowledge(_write(tmp_path / "Guide Linky.htm", "<h1>Le compteur Linky</h1><p>Relevé à distance.</p>")))
    assert (plain.id, plain.title, plain.text) == ("guide-linky", "Le compteur Linky", "Relevé à distance.")


def test_pdf_text_and_title(tmp_path):
    [entry] = _only(load_knowledge(_pdf(tmp_path / "Tarifs 2025.pdf", text="Grille tarifaire\nLe prix du kWh est fixe.", title="Nos tarifs")))
    assert (entry.id, entry.title, entry.kind) == ("tarifs-2025", "Nos tarifs", Kind.ARTICLE)
    assert "Le prix du kWh est fixe." in entry.text
    [untitled] = _only(load_knowledge(_pdf(tmp_path / "notice.pdf", text="Notice de pose\nBrancher le boîtier.")))
    assert untitled.title == "Notice de pose"


# -- chunking ------------------------------------------------------------------


def test_long_article_is_split_into_overlapping_standalone_chunks():
    entry = KnowledgeEntry(id="guide", title="Guide de la facture", text=_long_article(), kind=Kind.ARTICLE)
    chunks = chunks_of(entry)
    assert len(chunks) >= 4 and chunks == chunks_of(entry)
    assert [c.id for c in chunks] == [f"guide#{n}" for n in range(len(chunks))] and {c.entry_id for c in chunks} == {"guide"}
    assert all(len(c.text) <= CHUNK_CHARS for c in chunks) and all(len(c.text) >= 600 for c in chunks[:-1])
    assert all(re.match(r"Guide de la facture — Partie \d\n", c.text) for c in chunks)
    same_section = [(a, b) for a, b in zip(chunks, chunks[1:]) if a.text.split("\n")[0] == b.text.split("\n")[0]]
    assert same_section and all(b.text.split("\n", 1)[1][:100] in a.text for a, b in same_section)  # the next repeats the end
    words = set(entry.text.split()) - {"##"}
    assert words <= {w for c in chunks for w in c.text.split()}


def test_short_entries_and_script_steps_stay_whole(tmp_path):
    entries = load_path(knowledge_dir() / "volta" / "scripts" / "fidelisation-offre-verte.yaml")
    step = next(e for e in entries if e.kind is Kind.SCRIPT_STEP)
    [chunk] = chunks_of(step)
    assert chunk.text.startswith("Fidélisation — passage à l'offre verte Volta Nature — étape 1 (Ouverture) — ") and step.text in chunk.text
    long_faq = KnowledgeEntry(id="faq", title="Question", text=_long_article())
    assert len(chunks_of(long_faq)) == 1


# -- problems ------------------------------------------------------------------


def test_every_problem_is_reported_and_the_rest_still_loads(tmp_path):
    good = json.dumps({"id": "ok-1", "title": "Titre", "text": "Réponse"})
    _write(tmp_path / "a.jsonl", "\n".join([good, json.dumps({"id": "empty", "title": "Titre", "text": "  "})]) + "\n")
    _write(tmp_path / "b.jsonl", "\n".join([json.dumps({"id": "ok-2", "tittle": "Titre", "text": PRIVATE}), json.dumps({"id": "ok-1", "title": "T", "text": "x"})]))
    _write(tmp_path / "c.jsonl", json.dumps({"id": "ok-3", "title": "Title", "text": PRIVATE, "language": "xx"}) + "\n")
    _write(tmp_path / "d.jsonl", json.dumps({"id": "ok-4", "title": "T", "text": "x", "effective_from": "2025-02-30"}) + "\n")
    _write(tmp_path / "broken.md", f"---\ntitle: Article\nbrand: volta: oui\nlevel: 1\n---\n{PRIVATE}\n")
    _write(tmp_path / "fine.md", "---\nid: ok-md\ntitle: Article\n---\nCorps de l'article.\n")
    _pdf(tmp_path / "scan.pdf")
    (tmp_path / "latin1.jsonl").write_bytes(good.replace("ok-1", "ok-5").encode() + b"\n" + '{"id": "x", "title": "é"}'.encode("latin-1"))
    _write(tmp_path / "kb.csv", f"id,titre,text\nok-6,Titre,{PRIVATE}\n")
    _write(tmp_path / "notes.txt", "hello")
    _write(tmp_path / "README.md", "# Not knowledge\n")
    _write(tmp_path / "ok.csv", "id,title,text\nok-csv,Titre,Texte\n")

    report = load_knowledge(tmp_path)

    assert sorted(e.id for e in report.entries) == ["ok-1", "ok-csv", "ok-md"]
    assert {str(p).replace(f"{tmp_path}/", "") for p in report.problems} == {
        "a.jsonl:2: must not be blank (field 'text')",
        "b.jsonl:1: unknown field (field 'tittle')",
        "b.jsonl:2: duplicate id 'ok-1' (first at a.jsonl:1) (field 'id')",
        "broken.md:3: invalid front matter (mapping values are not allowed here)",
        "c.jsonl:1: unsupported language 'xx' (supported: en, es, fr) (field 'language')",
        "d.jsonl:1: input should be a valid date or datetime, day value is outside expected range (field 'effective_from')",
        "kb.csv:1: missing required column (field 'title')",
        "latin1.jsonl:2: not valid UTF-8",
        "notes.txt: skipped: unknown format '.txt'",
        "scan.pdf: no extractable text (scanned PDF? run OCR first)",
    }
    assert {p.severity for p in report.problems if p.path.endswith("notes.txt")} == {"warning"} and len(report.errors) == 9
    assert not any("Dupont" in str(p) for p in report.problems)


def test_oversized_and_empty_files_are_skipped(tmp_path, monkeypatch):
    _write(tmp_path / "big.jsonl", json.dumps({"id": "big", "title": "T", "text": "x" * 500}) + "\n")
    _write(tmp_path / "empty.yaml", "\n  \n")
    _write(tmp_path / "small.jsonl", json.dumps({"id": "small", "title": "T", "text": "x"}) + "\n")
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 100)
    report = load_knowledge(tmp_path)
    assert [e.id for e in report.entries] == ["small"]
    assert [(p.path.rsplit("/", 1)[1], p.message) for p in report.problems] == [
        ("big.jsonl", "file too large (540 bytes, limit 100)"),
        ("empty.yaml", "empty file"),
    ]


def test_problem_str_names_position_and_field():
    assert str(Problem("error", "field required", "kb.csv", 3, "text")) == "kb.csv:3: field required (field 'text')"
    assert str(Problem("warning", "skipped: unknown format '.txt'", "notes.txt")) == "notes.txt: skipped: unknown format '.txt'"


def test_load_path_is_strict(tmp_path):
    _write(tmp_path / "kb.jsonl", "\n".join(["{bad", json.dumps({"id": "a", "title": "T"}), "{bad", json.dumps({"id": "b", "title": "T", "text": "x"})]))
    with pytest.raises(KnowledgeError, match=r"kb.jsonl:1: invalid JSON .* \.\.\. and 2 more problems$"):
        load_path(tmp_path)
    _write(tmp_path / "kb.jsonl", json.dumps({"id": "b", "title": "T", "text": "x"}))
    _write(tmp_path / "notes.txt", "ignored, with a warning")
    assert [e.id for e in load_path(tmp_path)] == ["b"]


def test_nothing_to_ingest_raises(tmp_path):
    with pytest.raises(KnowledgeError, match="no such file or folder"):
        load_knowledge(tmp_path / "missing")
    _write(tmp_path / "notes.txt", "hello")
    with pytest.raises(KnowledgeError, match="no knowledge files"):
        load_knowledge(tmp_path)


def test_entry_model_rules():
    with pytest.raises(ValidationError, match="unsupported language 'de' \\(supported: en, es, fr\\)"):
        KnowledgeEntry(id="a", title="T", text="x", language="de")
    with pytest.raises(ValidationError, match="effective_to is before effective_from"):
        KnowledgeEntry(id="a", title="T", text="x", effective_from=date(2025, 2, 1), effective_to=date(2025, 1, 1))
    entry = KnowledgeEntry(id="a", title="T", text="x")
    assert entry.is_effective(date(1999, 1, 1)) and entry.content_hash != entry.model_copy(update={"version": "2"}).content_hash


def test_bundled_knowledge_loads_without_problems():
    report = load_knowledge(knowledge_dir())
    assert report.problems == []
    articles = [e for e in report.entries if e.kind is Kind.ARTICLE]
    assert {e.id for e in articles} == {"volta-article-comprendre-facture", "volta-article-cheque-energie"}
    assert all(e.metadata["brand"] == "volta" and e.metadata["level"] == 1 and e.language == "fr" for e in articles)
    long = next(e for e in articles if e.id == "volta-article-comprendre-facture")
    assert len(long.text) > 3000 and len(chunks_of(long)) > 1


def test_a_mandatory_mention_names_its_substance(tmp_path):
    script = "id: s\\ncampaign: c\\ntitle: S\\nsteps:\\n  - id: s-1\\n    title: Ouverture\\n    text: Bonjour.\\nmandatory_mentions:\\n{}"
    good = "  - id: s-m\n    title: Enregistrement\n    text: Cet appel peut être enregistré.\n    must_include: [\"enregistr\", \"oppos|refus\"]\n"
    _write(tmp_path / "good.yaml", script.replace("\\n", "\n").format(good))
    mention = next(e for e in load_path(tmp_path / "good.yaml") if e.kind is Kind.MANDATORY)
    assert mention.metadata["must_include"] == ["enregistr", "oppos|refus"]
    _write(tmp_path / "bad.yaml", script.replace("\\n", "\n").format(good.replace('["enregistr", "oppos|refus"]', "enregistr")))
    report = load_knowledge(tmp_path / "bad.yaml")
    assert [p.field for p in report.problems] == ["must_include"] and "list of terms" in str(report.problems[0])
