"""`assist kb`: ingest, inspect and search the knowledge base; train a reranker over it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from assist.cli.common import _check_text, _emit, err, kb_app, Lang, out, _settings, _short, _steps
from assist.errors import InputError


def _index(settings):
    from assist.knowledge import Embedder, KnowledgeIndex

    return KnowledgeIndex(settings.data_dir / "index", Embedder(settings.embedding_model))


@kb_app.command("ingest")
def kb_ingest(
    path: Annotated[Path, typer.Argument(help="A knowledge file (.md .csv .jsonl .yaml .html .pdf) or a folder of them.")],
    replace: Annotated[bool, typer.Option(help="Make the index hold exactly these entries (remove the others).")] = False,
    strict: Annotated[bool, typer.Option(help="Ingest nothing if any entry or file has an error.")] = False,
):
    """Validate every file, report each problem, then add or update the valid entries (unchanged ones are not re-embedded).

    Exit status 1 when any error was reported (the valid entries are still ingested unless --strict)."""
    from assist.knowledge import load_knowledge
    from assist.privacy import Scrubber

    with _steps() as progress:
        progress.add_task("loading the PII engine (knowledge is screened for personal data)", total=None)
        scrubber = Scrubber.create()
    loaded = load_knowledge(path, scrubber)
    for problem in loaded.problems:
        err.print(f"{problem.severity}: {problem}", markup=False, highlight=False)
    if loaded.errors and (strict or not loaded.entries):
        raise InputError(f"{len(loaded.errors)} error(s), nothing ingested" + ("" if loaded.entries else ": no valid entries"))
    keep_others = replace and bool(loaded.errors)
    if keep_others:
        err.print("warning: --replace ignored because of the errors above (no entry is removed)", highlight=False)
    settings = _settings()
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err) as progress:
        loading = progress.add_task("loading the embedding model", total=None)
        index = _index(settings)
        progress.remove_task(loading)
        task = progress.add_task("embedding", total=None)
        report = index.ingest(loaded.entries, replace=replace and not keep_others, progress=lambda done, total: progress.update(task, completed=done, total=total))
    out.print(
        f"{len(loaded.entries)} entries from {path}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, {report.removed} removed; "
        f"snapshot {report.snapshot}"
    )
    if loaded.errors:
        raise InputError(f"{len(loaded.errors)} error(s) above: those entries or files were not ingested")


def _open_index():
    index = _index(_settings())
    if len(index) == 0:
        raise InputError(f"the index at {index.path} is empty: run 'assist kb ingest PATH' first")
    return index


@kb_app.command("list")
def kb_list(
    kind: Annotated[str | None, typer.Option(help="Only this kind (faq, script_step, objection_response, mandatory_mention, article).")] = None,
    brand: Annotated[str | None, typer.Option(help="Only this brand.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """The indexed entries: id, kind, language, brand, title."""
    entries = [
        e for e in sorted(_open_index().entries.values(), key=lambda e: e.id)
        if (kind is None or e.kind.value == kind) and (brand is None or e.metadata.get("brand") == brand) and (lang is None or e.language == lang)
    ]  # fmt: skip
    if as_json:
        sys.stdout.write(json.dumps([{"id": e.id, "kind": e.kind.value, "language": e.language, "brand": e.metadata.get("brand"), "title": e.title} for e in entries], ensure_ascii=False) + "\n")
        return
    for e in entries:
        out.print(f"{e.id}  [dim]{e.kind.value} · {e.language} · {e.metadata.get('brand', '-')}[/]  {escape(e.title)}")
    err.print(f"{len(entries)} entries")


@kb_app.command("show")
def kb_show(entry_id: Annotated[str, typer.Argument(help="The entry id.")]):
    """One entry in full: fields, metadata, content hash and its indexed chunks."""
    from assist.knowledge.model import chunks_of

    entry = _open_index().entries.get(entry_id)
    if entry is None:
        raise InputError(f"no entry '{entry_id}' in the index (see 'assist kb list')")
    out.print_json(json.dumps({**entry.model_dump(mode="json"), "content_hash": entry.content_hash}, ensure_ascii=False))
    for chunk in chunks_of(entry):
        out.rule(chunk.id)
        out.print(chunk.text, markup=False)


@kb_app.command("stats")
def kb_stats(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Counts by kind, language and brand; chunks, entities, snapshot and embedding model."""
    from collections import Counter

    from assist.knowledge.model import chunks_of

    index = _open_index()
    entries = list(index.entries.values())
    report = {
        "snapshot": index.snapshot, "embedding_model": index.embedder.name, "entries": len(entries),
        "chunks": sum(len(chunks_of(e)) for e in entries), "entities": len({e.metadata["entity"] for e in entries if e.metadata.get("entity")}),
        "by_kind": dict(Counter(e.kind.value for e in entries)), "by_language": dict(Counter(e.language for e in entries)),
        "by_brand": dict(Counter(str(e.metadata.get("brand", "-")) for e in entries)),
    }  # fmt: skip
    _emit(report, as_json, lambda key, value: f"{key:>16}: {value}")


@kb_app.command("diff")
def kb_diff(
    path: Annotated[Path, typer.Argument(help="A knowledge file or folder to compare with the index.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """What ingesting PATH with --replace would change: added, changed and removed ids (nothing is written)."""
    from assist.knowledge import load_path
    from assist.privacy import Scrubber

    incoming = {e.id: e for e in load_path(path, Scrubber.create())}  # screened as ingestion would, so hashes compare
    current = _open_index().entries
    report = {
        "added": sorted(set(incoming) - set(current)),
        "changed": sorted(i for i in set(incoming) & set(current) if incoming[i].content_hash != current[i].content_hash),
        "removed": sorted(set(current) - set(incoming)),
    }
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
        return
    for key, mark in (("added", "+"), ("changed", "~"), ("removed", "-")):
        for entry_id in report[key]:
            out.print(f"{mark} {entry_id}", markup=False)
    out.print(f"{len(report['added'])} added, {len(report['changed'])} changed, {len(report['removed'])} removed, {len(incoming) - len(report['added']) - len(report['changed'])} unchanged")


@kb_app.command("reembed")
def kb_reembed():
    """Embed every indexed entry again with the configured model (after changing ASSIST_EMBEDDING_MODEL)."""
    index = _open_index()
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err) as progress:
        task = progress.add_task(f"embedding with {index.embedder.name}", total=None)
        report = index.reembed(progress=lambda done, total: progress.update(task, completed=done, total=total))
    out.print(f"{report.updated} entries re-embedded; snapshot {report.snapshot}")


@kb_app.command("search")
def kb_search(
    query: Annotated[str, typer.Argument(help="What to look for (scrubbed before searching).")],
    k: Annotated[int, typer.Option(min=1, max=50)] = 5,
    lang: Lang = "fr",
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Hybrid search (BM25 + dense, fused) over the index."""
    from assist.privacy import Scrubber, Vault

    _check_text(query)
    with _steps() as progress:
        progress.add_task("loading models", total=None)
        scrubber, index = Scrubber.create(), _open_index()
    hits = index.search(scrubber.scrub(query, Vault(), lang).scrubbed, k=k, language=lang)
    if as_json:
        out.print_json(json.dumps([{"id": h.entry.id, "title": h.entry.title, "score": h.score, "lexical_rank": h.lexical_rank, "dense_rank": h.dense_rank} for h in hits], ensure_ascii=False))
        return
    for h in hits:
        out.print(f"{h.rank}. [magenta]{h.entry.title}[/] [dim]{h.entry.id} · score {h.score:.3f} · bm25 #{h.lexical_rank or '-'} · dense #{h.dense_rank or '-'}[/]")
        out.print(f"   {_short(h.entry.text, 160)}", markup=False)
    if not hits:
        out.print("no results")



@kb_app.command("train-reranker")
def kb_train_reranker(
    cases: Annotated[list[Path], typer.Option(help="Labelled cases JSONL (query or turns, plus gold_ids) over the indexed knowledge (repeat the option).")],
    out: Annotated[Path, typer.Option(help="Where to write the reranker (.npz); use it with ASSIST_RERANKER.")],
    lang: Lang = "fr",
    hidden: Annotated[int, typer.Option(min=8, max=1024, help="Hidden units of the network.")] = 128,
):
    """Train a reranker on labelled turns over the current index: three networks, each fitted on another seeded random 80 % of the cases; the fifth each was not fitted on picks its epoch, and the held-out cases pick the selection threshold."""
    from assist.evaluation import load_cases, replay
    from assist.knowledge import Pool, Retriever, train_reranker
    from assist.knowledge.entities import entity_names
    from assist.privacy import Scrubber

    settings = _settings()
    parsed = [case for path in cases for case in load_cases(path) if case.gold_ids]  # out-of-scope cases teach a reranker nothing
    index = _index(settings)
    unknown = sorted({gold for case in parsed for gold in case.gold_ids} - set(index.entries))
    if unknown:
        raise InputError(f"{len(unknown)} gold id(s) of the cases are not in the index at {index.path} (first: {', '.join(unknown[:3])})")
    scrubber, retriever = Scrubber.create(), Retriever(index, no_answer=None)
    scrubber.protect(entity_names(index.entries.values()))  # as production scrubs
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), console=err, transient=True) as progress:
        task = progress.add_task("building the training pools", total=len(parsed))
        pools = []
        for case in parsed:
            pools.append(Pool.labelled(*retriever.pool(replay(retriever, scrubber, case, lang)), case.gold_ids))
            progress.update(task, advance=1)
        progress.update(task, description="training", total=None)
        reranker = train_reranker(pools, index.embedder.name, hidden=hidden, limit=settings.curated_count, trained_on=f"{', '.join(p.name for p in cases)}: {len(parsed)} cases, snapshot {index.snapshot}")
    reranker.save(out)
    err.print(f"{out}: {reranker.trained_on}; {len(reranker.networks)} networks, threshold {reranker.threshold} ({reranker.embedding_model})")


