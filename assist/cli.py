"""The `assist` command. Settings are read here, once, and passed down."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

# Offline by construction: nothing may try a model hub (set before any ML import).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Latency on a small machine: OpenBLAS's spinning threads (numpy) and the embedding engine's OpenMP threads fought
# for the same 2 cores (query embedding p95 115 ms); one BLAS thread and bound OpenMP threads: p95 30 ms (evals/README.md).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_PROC_BIND", "true")

import typer  # noqa: E402
import yaml  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.markup import escape  # noqa: E402
from rich.table import Table  # noqa: E402
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn  # noqa: E402

from assist.errors import AssistError, ConfigError, InputError, ModelError  # noqa: E402
from assist.stats import percentile  # noqa: E402

app = typer.Typer(
    help="Agent-assist: live, grounded suggestions for contact-centre agents, with PII scrubbing and a tamper-evident audit log.\n\n"
    "Settings come from ASSIST_* environment variables (ASSIST_DATA_DIR, ASSIST_LLM_BASE_URL, ASSIST_LLM_MODEL, ASSIST_LLM_API_KEY, ...).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
kb_app = typer.Typer(help="Knowledge base: ingest files, search.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluations with generic formats (see evals/README.md).", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks (latency of a turn).", no_args_is_help=True)
audit_app = typer.Typer(help="The explainability log.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
app.add_typer(audit_app, name="audit")

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
DEMO = Path(__file__).parent / "_demo" / "conversation_fr.yaml"
DEMO_CAMPAIGN = Path(__file__).parent / "_demo" / "campaign_fr.yaml"
Lang = Annotated[str, typer.Option("--lang", help="Language of the text: fr, en or es.")]


def _settings():
    from assist.config import Settings

    try:
        return Settings()
    except Exception as exc:
        raise InputError(f"invalid ASSIST_* setting ({str(exc).splitlines()[0]})") from None


def _steps():
    """A spinner that names each long step (model loading, indexing)."""
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err, transient=True)
    return progress


def _assistant(progress: Progress):
    from assist.assistant import Assistant

    task = progress.add_task("starting", total=None)
    return Assistant.from_settings(_settings(), progress=lambda step: progress.update(task, description=step))


def _check_text(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("the text is not valid UTF-8") from None
    return text


# -- demo and suggest -------------------------------------------------------------------
@app.command()
def demo(
    conversation: Annotated[Path, typer.Option(help="A conversation YAML (speaker/text turns).")] = DEMO,
    agent: Annotated[str, typer.Option(help="Pseudonymous agent reference written to the audit log.")] = "agent-demo",
    pause: Annotated[float, typer.Option(help="Seconds between turns.")] = 0.0,
):
    """Replay a bundled French call turn by turn: suggestions, sources, timings, redactions."""
    from assist.assistant import AlertRaised, CuratedReady, GenerativeDone, Token

    script = _load_conversation(conversation)
    with _steps() as progress:
        assistant = _assistant(progress)
    with assistant:
        out.rule(f"[bold]{script.get('title', 'Démo')}[/] — knowledge {assistant.index.snapshot}, model {assistant.generator.model.info.name if assistant.generator else '-'}")
        conv = assistant.conversation(language=script.get("language", "fr"), agent_ref=agent, campaign=script.get("campaign"))
        for turn in script["turns"]:
            time.sleep(pause)
            if turn["speaker"] == "agent":
                conv.agent(turn["text"])
                out.print(f"\n[bold cyan]Conseiller[/] : {turn['text']}")
                continue
            out.print(f"\n[bold yellow]Client[/] : {turn['text']}")
            for event in conv.customer_stream(turn["text"]):
                if isinstance(event, CuratedReady):
                    _print_curated(conv, event.result)
                    for suggestion in event.result.curated:
                        conv.record(suggestion, "shown")
                    if not event.result.no_answer:
                        out.print("  [bold green]Suggestion générée[/] [dim](brouillon en direct)[/] : ", end="")
                elif isinstance(event, AlertRaised):
                    out.print("\n  [bold white on red] ESCALADE niveau 2 [/] ", end="")
                    out.print(event.alert.explanation.rationale, markup=False)
                elif isinstance(event, Token):
                    out.print(event.text, end="", markup=False)
                elif isinstance(event, GenerativeDone):
                    _print_generative(event)
                    if event.suggestion:
                        conv.record(event.suggestion, "shown")
        summary = conv.summary()
        out.print(f"\n[bold]Résumé de l'appel[/] [dim]({summary.explanation.confidence_method})[/]")
        out.print(summary.display_text, markup=False)
        conv.close()
        assistant.audit.checkpoint()
        report = assistant.audit.verify(require_signed=True)
        out.print(f"\n[dim]Audit log {assistant.audit.backend.path}: {report.summary()}. Review it with 'assist audit list' and 'assist audit show ENTRY'.[/]")


def _load_conversation(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        turns = data["turns"]
        assert all(t["speaker"] in {"agent", "customer"} and isinstance(t["text"], str) for t in turns)
    except FileNotFoundError:
        raise InputError(f"{path}: no such conversation file") from None
    except (yaml.YAMLError, KeyError, TypeError, AssertionError, UnicodeDecodeError):
        raise InputError(f"{path}: not a conversation (expected 'turns' with speaker agent|customer and text)") from None
    return data


def _print_curated(conv, result) -> None:
    turn = conv.turns[-1]
    redactions = ", ".join(f"{kind}×{count}" for kind, count in sorted(turn.redactions.items())) or "rien"
    out.print(f"  [dim]masqué : {redactions} → le modèle voit : {turn.text.text}[/]", markup=True)
    t = result.timings_ms
    out.print(f"  [dim]scrub {t['scrub']:.0f} ms · recherche {t['retrieve']:.0f} ms · suggestions prêtes en {t['curated_total']:.0f} ms[/]")
    if result.alert:
        out.print("  [bold white on red] ESCALADE niveau 2 [/] ", end="")
        out.print(result.alert.explanation.rationale, markup=False)
    if result.objection:
        out.print(f"  [bold yellow]Objection[/] [dim]({result.objection.citations[0]})[/] {_short(result.objection.display_text)}")
    if result.script:
        step = result.script.next_step
        out.print(f"  [cyan]Script[/] {len(result.script.steps_done)}/{result.script.total_steps} étapes · suite : {step.title if step else 'fin du script'}")
        for mention in result.script.mentions_due:
            out.print(f"  [yellow]Mention à dire[/] {mention.title}")
    for number, suggestion in enumerate(result.curated, start=1):
        source = suggestion.explanation.sources[[s.used for s in suggestion.explanation.sources].index(True)]
        out.print(f"  [bold]{number}.[/] [magenta]{source.title}[/] [dim]({source.entry_id}, {source.kind}, confiance {suggestion.explanation.confidence:.2f})[/]")
        out.print(f"     {_short(suggestion.display_text)}", markup=False)


def _print_generative(event) -> None:
    timings = event.result.timings_ms
    if event.suggestion:
        s = event.suggestion
        out.print(f"\n     [green]✓ validée[/] [dim]sources citées : {', '.join(s.citations)} ({s.explanation.citation_method}) · premier token {timings.get('generate_ttft', 0):.0f} ms · total {timings.get('generate_total', 0):.0f} ms · prompt {s.explanation.prompt.id} v{s.explanation.prompt.version}[/]")
    else:
        out.print(f"\n     [red]✗ retirée[/] [dim] {event.error} · total {timings.get('generate_total', 0):.0f} ms (les suggestions approuvées restent)[/]")


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@app.command()
def suggest(
    text: Annotated[str, typer.Argument(help="One customer utterance.")],
    lang: Lang = "fr",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object on stdout.")] = False,
):
    """Suggestions for a single customer utterance (exit code 1 if the LLM failed; curated ones are still shown)."""
    from assist.conversation import check_utterance

    check_utterance(text, _settings().max_utterance_chars)
    with _steps() as progress:
        assistant = _assistant(progress)
    with assistant:
        conv = assistant.conversation(language=lang)
        result = conv.customer(text)
        suggestions = [
            {
                "type": s.type.value,
                "text": s.display_text,
                "citations": list(s.citations),
                "confidence": round(s.explanation.confidence, 4),
            }
            for s in result.all
        ]
        if as_json:
            payload = {
                "turn_id": result.turn_id,
                "suggestions": suggestions,
                "generative_error": result.generative_error or None,
                "escalation": [{"reason": e.reason.value, "detail": e.detail, "trigger": e.trigger, "entry_id": e.entry_id} for e in result.escalations],
                "redactions": conv.turns[-1].redactions,
                "timings_ms": {k: round(v, 2) for k, v in result.timings_ms.items()},
            }
            out.print_json(json.dumps(payload, ensure_ascii=False))
        else:
            _print_curated(conv, result)
            if result.generative:
                out.print(f"  [bold green]Suggestion générée[/] : {result.generative.display_text}")
            _print_generative(type("E", (), {"suggestion": result.generative, "error": result.generative_error, "result": result})())
        conv.close()
    if result.generative_error.startswith("model error"):
        raise ModelError(result.generative_error.removeprefix("model error: "))


# -- scrub ------------------------------------------------------------------------------
@app.command()
def scrub(
    text: Annotated[str | None, typer.Argument(help="Text to scrub (omit with --jsonl).")] = None,
    lang: Lang = "fr",
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read {"text": ...} lines on stdin, write {"scrubbed", "entities"} lines in order.')] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Add why each entity was redacted: recogniser, pattern, score before context, context word.")] = False,
):
    """Replace personal data with placeholders. Each line of --jsonl input is an independent text."""
    from assist.privacy import Scrubber

    texts = _read_jsonl_texts() if jsonl else [_check_text(_require(text))]
    with _steps() as progress:
        progress.add_task("loading the PII engine", total=None)
        scrubber = Scrubber.create()
    lines = []
    for result in scrubber.scrub_many(texts, language=lang):
        entities = [
            {**e.as_dict(), **(e.explain() if explain else {})} for e in result.entities
        ]
        lines.append(json.dumps({"scrubbed": result.scrubbed.text, "entities": entities}, ensure_ascii=False))
    sys.stdout.write("\n".join(lines) + ("\n" if lines else ""))


def _require(text: str | None) -> str:
    if text is None:
        raise InputError("give a text to scrub, or --jsonl to read JSON lines on stdin")
    return text


def _read_jsonl_texts() -> list[str]:
    """Validate the whole input before writing anything: a bad line is reported, nothing half-written."""
    texts = []
    for number, raw in enumerate(sys.stdin.buffer.read().split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"stdin line {number}: not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"stdin line {number}: invalid JSON ({exc.msg})") from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError(f'stdin line {number}: expected an object {{"text": "..."}}')
        texts.append(_check_text(data["text"]))
    return texts


# -- knowledge --------------------------------------------------------------------------
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
        out.print(f"{h.rank}. [magenta]{h.entry.title}[/] [dim]{h.entry.id} · rrf {h.score:.4f} · bm25 #{h.lexical_rank or '-'} · dense #{h.dense_rank or '-'}[/]")
        out.print(f"   {_short(h.entry.text, 160)}", markup=False)
    if not hits:
        out.print("no results")


# -- evaluation and benchmark -----------------------------------------------------------
@kb_app.command("train-reranker")
def kb_train_reranker(
    cases: Annotated[list[Path], typer.Option(help="Labelled cases JSONL (query or turns, plus gold_ids) over the indexed knowledge (repeat the option).")],
    out: Annotated[Path, typer.Option(help="Where to write the reranker (.npz); use it with ASSIST_RERANKER.")],
    lang: Lang = "fr",
    hidden: Annotated[int, typer.Option(min=8, max=1024, help="Hidden units of the network.")] = 128,
):
    """Train a reranker on labelled turns over the current index (a seeded random fifth of the cases, held out, picks the epoch and the selection threshold)."""
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
    err.print(f"{out}: {reranker.trained_on}; threshold {reranker.threshold} ({reranker.embedding_model})")


@eval_app.command("retrieval")
def eval_retrieval(
    knowledge: Annotated[Path, typer.Option(help="Knowledge file or folder (any supported format).")],
    cases: Annotated[Path, typer.Option(help="Cases JSONL: query or turns, plus gold_ids ([] = out of scope).")],
    k: Annotated[int, typer.Option(min=1, max=50)] = 5,
    lang: Lang = "fr",
    systems: Annotated[str, typer.Option(help="Comma-separated: assist, hybrid, lexical, dense, langchain (and reranked, with a reranker).")] = "assist,hybrid,lexical,dense,langchain",
    calibrate: Annotated[bool, typer.Option(help="Also print the no-answer thresholds calibrated on these cases.")] = False,
    reranker: Annotated[Path | None, typer.Option(help="Also score 'reranked': ours with this reranker (default: ASSIST_RERANKER, if set).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Index KNOWLEDGE into a fresh temporary index and score CASES for each system side by side."""
    from assist.evaluation import calibrate as calibrate_thresholds
    from assist.evaluation import load_cases, replay, run_systems, score
    from assist.knowledge import Embedder, KnowledgeIndex, Reranker, Retriever, load_path
    from assist.knowledge.entities import entity_names
    from assist.privacy import Scrubber

    parsed = load_cases(cases)
    chosen = [name.strip() for name in systems.split(",") if name.strip()]
    settings = _settings()
    reranker = reranker or settings.reranker
    trained = Reranker.load(reranker, settings.embedding_model) if reranker else None  # a bad file fails before any model loads
    if trained:
        chosen = [name for name in chosen if name != "reranked"] + ["reranked"]
    elif "reranked" in chosen:
        raise InputError("the system 'reranked' needs a reranker: --reranker FILE or ASSIST_RERANKER")
    with tempfile.TemporaryDirectory(prefix="assist-eval-") as tmp, Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading models", total=None)
        scrubber, index = Scrubber.create(), KnowledgeIndex(Path(tmp), Embedder(settings.embedding_model))
        entries = load_path(knowledge, scrubber)
        progress.update(task, description="indexing")
        index.ingest(entries, progress=lambda done, total: progress.update(task, completed=done, total=total))
        scrubber.protect(entity_names(entries))  # public names, as production scrubs
        retriever = Retriever(index, no_answer=_no_answer(settings))
        states = [replay(retriever, scrubber, case, lang) for case in parsed]
        progress.update(task, description="evaluating", completed=0, total=len(parsed))
        outcomes = run_systems(retriever, scrubber, parsed, k=k, language=lang, systems=[s for s in chosen if s != "reranked"], states=states,
                               progress=lambda done, total: progress.update(task, completed=done))  # fmt: skip
        if trained:
            reranked = Retriever(index, no_answer=_no_answer(settings), reranker=trained)
            outcomes["reranked"] = run_systems(reranked, scrubber, parsed, k=k, language=lang, systems=["assist"], states=states)["assist"]
    reports = [score(system, parsed, outcomes[system], k).as_dict() for system in chosen]
    result: dict = {"knowledge": index.snapshot, "embedding_model": settings.embedding_model, "systems": reports}
    if calibrate and "assist" in chosen:
        threshold = calibrate_thresholds(parsed, outcomes["assist"])
        result["calibrated"] = {"no_answer_lexical": threshold.lexical, "no_answer_dense": threshold.dense}
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
        return
    scored = reports[0]
    table = Table(title=f"{scored['cases']} in-scope + {scored['out_of_scope']} out-of-scope cases · knowledge {index.snapshot} · {settings.embedding_model}")
    columns = {"system": "system", "recall_at_1": "R@1", f"recall_at_{k}": f"R@{k}", f"mrr_at_{k}": f"MRR@{k}",
               "no_answer_on_out_of_scope": "no-answer OOS ↑", "no_answer_on_in_scope": "no-answer in ↓", "latency_p50_ms": "p50 ms", "latency_p95_ms": "p95 ms"}  # fmt: skip
    for key, title in columns.items():
        table.add_column(title, justify="left" if key == "system" else "right")
    for report in reports:
        table.add_row(*("-" if report[key] is None else str(report[key]) for key in columns))
    out.print(table)
    if "calibrated" in result:
        out.print("calibrated: " + " ".join(f"ASSIST_{key.upper()}={value}" for key, value in result["calibrated"].items()))


@eval_app.command("dstc11")
def eval_dstc11(
    data: Annotated[Path, typer.Option(help="The DSTC11 track 5 folder (knowledge.json, val/logs.json, val/labels.json).")],
    split: Annotated[str, typer.Option(help="Split folder to score.")] = "val",
    limit: Annotated[int | None, typer.Option(min=2, help="Only the first N knowledge-seeking turns.")] = None,
    systems: Annotated[str, typer.Option(help="Comma-separated: assist, reranked, lexical, dense, langchain.")] = "assist,reranked,lexical,dense,langchain",
    train_on: Annotated[str, typer.Option(help="'half': calibrate and train on the first half, score the second; 'folds': five folds, each scored by what the other four trained; 'entities': train on the turns about half of the businesses, score the others.")] = "half",
    save_reranker: Annotated[Path | None, typer.Option(help="Write the reranker trained here to this file (.npz; not with --train-on folds).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Recall@5 over gold snippets and knowledge-selection precision/recall/F1, scored on turns nothing was fitted to.

    The selection rule of each system is calibrated on the training turns; `reranked` is our retriever with a reranker
    trained on the training turns, selecting by its own threshold."""
    from assist import dstc
    from assist.evaluation import replay, run_systems, score
    from assist.knowledge import Embedder, KnowledgeIndex, Retriever
    from assist.knowledge.reranker import Pool, train_reranker
    from assist.privacy import Scrubber

    entries, cases = dstc.load_knowledge(data), dstc.load_cases(data, split)[:limit]
    chosen = [name.strip() for name in systems.split(",") if name.strip()]
    plain = [name for name in chosen if name != "reranked"]
    folds = dstc.split(cases, train_on)
    scored_at = sorted(i for _, scored in folds for i in scored)
    if "reranked" in chosen and min(len(train) for train, _ in folds) < 20:
        raise InputError(f"the reranked system trains on {min(len(train) for train, _ in folds)} turns here: raise --limit, or leave 'reranked' out of --systems")
    if save_reranker and ("reranked" not in chosen or len(folds) > 1):
        raise InputError("--save-reranker needs the 'reranked' system and one training set (--train-on half or entities)")
    settings = _settings()
    rules: dict[str, list[str]] = {system: [""] * len(cases) for system in chosen}  # each scored turn's selection rule, its fold's
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("loading models", total=None)
        scrubber, index = Scrubber.create(), KnowledgeIndex(settings.data_dir / "evals" / "dstc11", Embedder(settings.embedding_model))
        progress.update(task, description=f"indexing {len(entries)} snippets (incremental)")
        index.ingest(entries, replace=True, progress=lambda done, total: progress.update(task, completed=done, total=total))
        scrubber.protect(e.metadata["entity"] for e in entries)  # business names are public, not personal data
        retriever = Retriever(index, no_answer=None)
        progress.update(task, description="scrubbing the conversations", completed=0, total=len(cases))
        states = []
        for case in cases:
            states.append(replay(retriever, scrubber, case, "en"))
            progress.update(task, advance=1)
        progress.update(task, description="evaluating", completed=0, total=len(cases))
        outcomes = run_systems(retriever, scrubber, cases, k=dstc.SELECTION_LIMIT, language="en", systems=plain, states=states,
                               progress=lambda done, total: progress.update(task, completed=done))  # fmt: skip
        if "reranked" in chosen:
            outcomes["reranked"], pools = [None] * len(cases), {}
        for number, (train, scored) in enumerate(folds, start=1):
            for system in plain:
                rule = dstc.calibrate_selection([cases[i] for i in train], [list(zip(outcomes[system][i].ranked, outcomes[system][i].scores)) for i in train])
                for i in scored:
                    rules[system][i] = rule
            if "reranked" not in chosen:
                continue
            fold = f" (fold {number} of {len(folds)})" if len(folds) > 1 else ""
            progress.update(task, description=f"training the reranker on {len(train)} turns{fold}", completed=0, total=None)
            for i in train:
                if i not in pools:
                    pools[i] = Pool.labelled(*retriever.pool(states[i]), cases[i].gold_ids)
            reranker = train_reranker([pools[i] for i in train], index.embedder.name, limit=dstc.SELECTION_LIMIT,
                                      trained_on=f"DSTC11 {split}, {len(train)} turns ({train_on}{fold}), snapshot {index.snapshot}")  # fmt: skip
            if save_reranker:
                reranker.save(save_reranker)
            progress.update(task, description=f"evaluating the reranked retriever{fold}", completed=0, total=len(scored))
            reranked = run_systems(Retriever(index, no_answer=None, reranker=reranker), scrubber, [cases[i] for i in scored], k=dstc.SELECTION_LIMIT,
                                   systems=["assist"], states=[states[i] for i in scored], progress=lambda done, total: progress.update(task, completed=done))  # fmt: skip
            for i, outcome in zip(scored, reranked["assist"]):
                outcomes["reranked"][i], rules["reranked"][i] = outcome, f"score:{reranker.threshold}"
    on = lambda items, at: [items[i] for i in at]  # noqa: E731
    rows = []
    for system in chosen:
        scored = [list(zip(o.ranked, o.scores)) if o else [] for o in outcomes[system]]
        selection = dstc.selection_scores(on(cases, scored_at), on(scored, scored_at), on(rules[system], scored_at))
        report = score(system, on(cases, scored_at), on(outcomes[system], scored_at), 5)
        rows.append({"system": system, "scored_turns": len(scored_at), "recall_at_5": report.recall_at_k, "recall_at_1": report.recall_at_1,
                     "selection_rule": selection.rule, "selection_precision": selection.precision, "selection_recall": selection.recall,
                     "selection_f1": selection.f1, "latency_p50_ms": report.latency_p50_ms, "latency_p95_ms": report.latency_p95_ms})  # fmt: skip
    training = round(sum(len(train) for train, _ in folds) / len(folds))
    if as_json:
        sys.stdout.write(json.dumps({"knowledge": index.snapshot, "entries": len(entries), "turns": len(cases), "train_on": train_on,
                                     "folds": len(folds), "training_turns": training, "systems": rows}) + "\n")  # fmt: skip
        return
    title = f"DSTC11 {split}: {len(cases)} knowledge-seeking turns, {len(entries)} snippets; trained on {training} ({train_on}, {len(folds)} fold(s)), scored on {len(scored_at)} others"
    table = Table(title=title)
    for key in rows[0]:
        table.add_column(key.replace("selection_", "sel. ").replace("_", " "), justify="left" if key == "system" else "right")
    for row in rows:
        table.add_row(*(str(value) for value in row.values()))
    out.print(table)


@eval_app.command("dstc11-responses")
def eval_dstc11_responses(
    data: Annotated[Path, typer.Option(help="The DSTC11 track 5 folder (knowledge.json, val/logs.json, val/labels.json).")],
    split: Annotated[str, typer.Option(help="Split folder to score.")] = "val",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N knowledge-seeking turns.")] = 200,
    baseline: Annotated[bool, typer.Option(help="Also run the naive LangChain retrieve-then-prompt chain.")] = True,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """ROUGE-L of generated replies against the gold responses, ours and the naive LangChain chain side by side."""
    from assist import dstc
    from assist.assistant import Assistant
    from assist.baselines import NaiveRagChain
    from assist.response_eval import evaluate_responses

    entries = dstc.load_knowledge(data)
    cases, responses = dstc.load_cases(data, split)[:limit], dstc.load_responses(data, split)[:limit]
    settings = _settings()
    with Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading", total=None)
        # The DSTC11 index (and its audit log) are kept between runs under DATA_DIR/evals (re-ingestion is incremental).
        # No no-answer threshold: every turn of this set asks for knowledge. The LLM's escalation check stays off.
        run = settings.model_copy(update={"data_dir": settings.data_dir / "evals" / "dstc11-responses", "no_answer_lexical": 0.0,
                                          "no_answer_dense": -1.0, "escalation_llm": False})  # fmt: skip
        with Assistant.from_settings(run, progress=lambda step: progress.update(task, description=step)) as assistant:
            if assistant.generator is None:
                raise ModelError("no LLM available: this eval scores generated replies")
            progress.update(task, description=f"indexing {len(entries)} snippets (incremental)")
            assistant.index.ingest(entries, replace=True, progress=lambda done, total: progress.update(task, completed=done, total=total))
            assistant.scrubber.protect(e.metadata["entity"] for e in entries)
            chain = None
            if baseline:
                progress.update(task, description="the LangChain baseline (on the same Chroma collection)", completed=0, total=None)
                chain = NaiveRagChain(assistant.index, assistant.generator)
            progress.update(task, description="generating", completed=0, total=len(cases))
            report = evaluate_responses(assistant, cases, responses, baseline=chain, progress=lambda done, total: progress.update(task, completed=done))
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
        return
    for key, value in report.items():
        out.print(f"{key}: {json.dumps(value)}", markup=False)


@eval_app.command("conversations")
def eval_conversations(
    cases: Annotated[Path, typer.Option(help="Labelled conversations JSONL (evals/conversations/README.md).")] = Path("evals/conversations/fr_conversations.jsonl"),
    generate: Annotated[bool, typer.Option(help="Also generate replies with the LLM (citations, language).")] = True,
    baseline: Annotated[bool, typer.Option(help="With --generate, also run the naive LangChain retrieve-then-prompt chain.")] = True,
    escalation_llm: Annotated[bool, typer.Option(help="With --generate, score the LLM's escalation check as the second opinion, not the classifier.")] = False,
    escalation_model: Annotated[Path | None, typer.Option(help="The escalation classifier to score as the second opinion (default: the shipped one).")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N conversations.")] = None,
    details: Annotated[Path | None, typer.Option(help="Write one JSON line per customer turn (ids and labels, no text) here.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Replay labelled calls: escalation recall and false alarms (the rules, then the second opinion where they find
    nothing), mandatory mentions, script steps, objections, citations, language."""
    from assist.assistant import Assistant
    from assist.conversation_eval import evaluate, langchain_baseline, load_conversations

    if escalation_llm and not generate:
        raise InputError("--escalation-llm needs the LLM: drop --no-generate")
    conversations = load_conversations(cases)[:limit]
    with tempfile.TemporaryDirectory(prefix="assist-eval-") as tmp, Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading", total=None)
        settings = _settings().model_copy(update={"data_dir": Path(tmp) / "data", "escalation_llm": False, "escalation_model": False})  # the rules alone
        with Assistant.from_settings(settings, generate=generate, progress=lambda step: progress.update(task, description=step)) as assistant:
            chain = langchain_baseline(assistant) if baseline and assistant.generator is not None else None
            progress.update(task, description="replaying", completed=0, total=len(conversations))
            records: list[dict] = []
            if escalation_llm and assistant.generator is not None:
                from assist.prompts import PromptLibrary
                from assist.resources import prompts_dir
                from assist.suggest.escalation_check import LLMEscalationCheck

                check = LLMEscalationCheck(assistant.generator.model, PromptLibrary.from_dir(prompts_dir()))
            else:
                from assist.suggest.escalation_model import SHIPPED, EscalationClassifier, SemanticEscalationCheck

                classifier = EscalationClassifier.load(escalation_model or SHIPPED)
                try:
                    check = SemanticEscalationCheck(classifier, assistant.index.embedder, turn_vector=assistant.index.query_vector)
                except ConfigError as exc:  # another embedding model: the rules are scored alone
                    check = None
                    err.print(f"no second opinion scored: {exc}")
            report = evaluate(assistant, conversations, baseline=chain, details=records, second_opinion=check, progress=lambda done, total: progress.update(task, completed=done))
    if details is not None:
        details.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    report["knowledge"] = assistant.index.snapshot
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
        return
    for section, values in report.items():
        out.print(f"[bold]{section}[/]: {json.dumps(values, ensure_ascii=False)}")


def _no_answer(settings):
    from assist.knowledge import NoAnswerThreshold

    return NoAnswerThreshold(settings.no_answer_lexical, settings.no_answer_dense)


def _emit(report: dict, as_json: bool, line) -> None:
    """One JSON object on stdout with --json, otherwise one readable line per key."""
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
    else:
        for key, value in report.items():
            out.print(line(key, value), markup=False)


@eval_app.command("train-escalation")
def eval_train_escalation(
    cases: Annotated[list[Path], typer.Option(help="Labelled conversations JSONL files to learn from (repeat the option).")],
    out: Annotated[Path, typer.Option(help="Where to write the classifier (.npz).")],
):
    """Train the escalation classifier on labelled conversations' customer turns, scrubbed as production scrubs them."""
    from assist.conversation_eval import labelled_turns, load_conversations
    from assist.knowledge import Embedder
    from assist.privacy.scrubber import Scrubber
    from assist.privacy.vault import Vault
    from assist.suggest.escalation_model import NONE, EscalationClassifier

    settings = _settings()
    scrubber = Scrubber.create()
    conversations = [item for path in cases for item in load_conversations(path)]
    texts, labels = labelled_turns(conversations, lambda text, language: scrubber.scrub(text, Vault(), language).scrubbed.text)
    positives = sum(label != NONE for label in labels)
    trained_on = f"{', '.join(p.name for p in cases)}: {len(texts)} customer turns, {positives} escalations"
    classifier = EscalationClassifier.train(texts, labels, Embedder(settings.embedding_model), trained_on=trained_on)
    classifier.save(out)
    err.print(f"{out}: {trained_on} ({classifier.embedding_model})")


@eval_app.command("pii")
def eval_pii(
    cases: Annotated[Path, typer.Option(help="PII cases: JSONL {text, spans: [{type, start, end}]} or the Presidio synthetic JSON.")],
    lang: Lang = "fr",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N cases.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Our scrubber beside vanilla Presidio on the same cases: precision, recall (values fully removed), F2, survival, words kept, latency."""
    from assist.pii_eval import evaluate, load_cases, our_detector, vanilla_presidio
    from assist.privacy import Scrubber

    parsed = load_cases(cases)[:limit]
    with _steps() as progress:
        progress.add_task("loading both PII engines", total=None)
        ours, vanilla = our_detector(Scrubber.create(), lang), vanilla_presidio(lang)
    report = {"assist": evaluate(ours, parsed), "vanilla_presidio": evaluate(vanilla, parsed)}
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
        return
    for key in ("cases", "values", "precision", "recall", "f2", "survived", "words_kept", "latency_p50_ms", "latency_p95_ms"):
        out.print(f"{key:>16}: {report['assist'][key]!s:>10}   vanilla {report['vanilla_presidio'][key]!s:>10}", markup=False)
    for kind, value in report["assist"]["recall_by_type"].items():
        out.print(f"{'recall ' + kind:>28}: {value:>7}   vanilla {report['vanilla_presidio']['recall_by_type'].get(kind, 0):>7}", markup=False)


@bench_app.command("scrub")
def bench_scrub(
    cases: Annotated[Path, typer.Option(help="PII cases whose texts are joined into utterances (JSONL or the Presidio synthetic JSON).")] = Path("evals/pii/fr_test.jsonl"),
    lang: Lang = "fr",
    chars: Annotated[int, typer.Option(min=20, help="Utterance length to assemble, in characters.")] = 150,
    rounds: Annotated[int, typer.Option(min=1, help="Passes over the utterances.")] = 3,
):
    """Scrubbing latency per utterance of about --chars characters: our scrubber beside vanilla Presidio, interleaved."""
    from assist.pii_eval import bench_latency, load_cases, utterances_of, vanilla_presidio
    from assist.privacy import Scrubber

    texts = utterances_of(load_cases(cases), chars)
    if not texts:
        raise InputError(f"{cases}: not enough text for one utterance of {chars} characters")
    with _steps() as progress:
        progress.add_task("loading both PII engines", total=None)
        scrubber, vanilla = Scrubber.create(), vanilla_presidio(lang)
    report = bench_latency({"assist": lambda text: scrubber.detect(text, lang), "vanilla_presidio": vanilla}, texts, rounds)
    sys.stdout.write(json.dumps(report, indent=2) + "\n")


@bench_app.command("turn")
def bench_turn(
    repeat: Annotated[int, typer.Option(min=1, help="Replays of the demo calls (after one warm-up).")] = 3,
    generate: Annotated[bool, typer.Option(help="Also time the generative suggestion.")] = True,
    conversation: Annotated[list[Path] | None, typer.Option(help="Conversation YAML(s) to replay (default: both bundled demo calls).")] = None,
    cases: Annotated[Path | None, typer.Option(help="Replay these labelled conversations (JSONL, evals/conversations/) once each instead.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Latency of a customer turn: curated path (scrub, retrieve, rank, script, alerts, log) and generation.

    Replaying the same call again sends the LLM the very same prompts, which the server answers from its prompt cache:
    generation times are only realistic with `--cases`, where every turn is new (after a warm-up on the demo calls)."""
    from assist.conversation_eval import load_conversations

    demos = [_load_conversation(path) for path in (conversation or [DEMO, DEMO_CAMPAIGN])]
    rounds = [demos] + ([load_conversations(cases)] if cases else [demos] * repeat)
    with _steps() as progress:
        assistant = _assistant(progress)
    if not generate:
        assistant.generator = None
    samples: dict[str, list[float]] = {}
    with assistant:
        for round_number, calls in enumerate(rounds):
            assistant.index.clear_query_cache()  # a replay must not reuse the previous replay's embeddings
            for call in calls:
                conv = assistant.conversation(language=call.get("language", "fr"), campaign=call.get("campaign"))
                for turn in call["turns"]:
                    if turn["speaker"] == "agent":
                        conv.agent(turn["text"])
                        continue
                    result = conv.customer(turn["text"])
                    if round_number:  # round 0 warms up
                        for key, value in result.timings_ms.items():
                            samples.setdefault(key, []).append(value)
                conv.close()
    report = {key: {"n": len(values), "p50_ms": round(percentile(values, 50), 1), "p95_ms": round(percentile(values, 95), 1)} for key, values in samples.items()}
    _emit(report, as_json, lambda key, row: f"{key:>22}: p50 {row['p50_ms']:>8.1f} ms   p95 {row['p95_ms']:>8.1f} ms   (n={row['n']})")


@bench_app.command("retrieval")
def bench_retrieval_command(
    data: Annotated[Path, typer.Option(help="The DSTC11 track 5 folder: its ~12,000 snippets are the large knowledge base.")],
    turns: Annotated[int, typer.Option(min=10, help="Knowledge-seeking validation turns to time.")] = 300,
    reranker: Annotated[Path | None, typer.Option(help="Also time the retriever with this reranker, e.g. from `eval dstc11 --save-reranker` (default: ASSIST_RERANKER, if set).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Ingest a large knowledge base into a fresh index (with a progress bar), re-ingest it unchanged, then time retrieval per turn: lexical, dense, hybrid and the full retriever."""
    from assist import dstc
    from assist.knowledge import Embedder, Reranker
    from assist.privacy import Scrubber
    from assist.retrieval_bench import bench_retrieval

    entries, cases = dstc.load_knowledge(data), dstc.load_cases(data)[:turns]
    settings = _settings()
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err) as progress:
        task = progress.add_task("loading models", total=None)
        embedder, scrubber = Embedder(settings.embedding_model), Scrubber.create()
        reranker = reranker or settings.reranker
        trained = Reranker.load(reranker, embedder.name) if reranker else None
        scrubber.protect(e.metadata["entity"] for e in entries)
        report = bench_retrieval(entries, cases, embedder, scrubber, reranker=trained, progress=lambda step, done, total: progress.update(task, description=step, completed=done, total=total))
    _emit(report, as_json, lambda key, value: f"{key:>28}: {value}")


@bench_app.command("audit")
def bench_audit(
    verify_entries: Annotated[int, typer.Option(min=10, help="Size of the log to verify.")] = 100_000,
    tamperings: Annotated[int, typer.Option(min=11, help="Random tamperings for the mutation test.")] = 1000,
):
    """Audit log: write overhead beside a plain SQLite insert, throughput, verification time, mutation test."""
    from assist.audit.bench import run_all

    with _steps() as progress:
        progress.add_task("measuring the audit log (about a minute)", total=None)
        results = run_all(verify_entries, tamperings)
    sys.stdout.write(json.dumps(results, indent=2) + "\n")


# -- audit ------------------------------------------------------------------------------
def _audit_log():
    from assist.audit import AuditLog

    path = _settings().data_dir / "audit.sqlite3"
    if not path.exists():
        raise InputError(f"no audit log at {path} (set ASSIST_DATA_DIR)")
    return AuditLog.open_sqlite(path)


def _pinned_key(path: Path | None):
    from assist.audit.crypto import load_public_key

    path = path or _settings().data_dir / "audit-signing.pub.pem"
    if not path.exists():
        raise InputError(f"no public key at {path}: pass --public-key with the key you trust")
    return load_public_key(path.read_bytes())


def _filters(since, until, agent, conversation, campaign, suggestion_type, action, guard, kind, limit):
    from assist.audit import Filters

    return Filters(conversation_id=conversation, agent_ref=agent, kind=kind, since=since, until=until, campaign=campaign,
                   suggestion_type=suggestion_type, action=action, guard=guard, limit=limit)


Since = Annotated[str | None, typer.Option(help="From this ISO time (UTC), e.g. 2026-11-01.")]
Until = Annotated[str | None, typer.Option(help="Up to this ISO time (UTC).")]
Agent = Annotated[str | None, typer.Option("--agent", help="Pseudonymous agent reference.")]
Conv = Annotated[str | None, typer.Option("--conversation", help="Conversation id.")]
Campaign = Annotated[str | None, typer.Option(help="Campaign.")]
SType = Annotated[str | None, typer.Option("--type", help="Suggestion type: curated or generative.")]
Act = Annotated[str | None, typer.Option("--action", help="Agent action: shown, accepted, edited, ignored.")]
Guard = Annotated[str | None, typer.Option("--guard", help="Only entries where this guard fired.")]
Kind = Annotated[str | None, typer.Option("--kind", help="suggestion, oversight, config or erasure.")]


@audit_app.command("verify")
def audit_verify(
    bundle: Annotated[Path | None, typer.Option(help="Verify an exported bundle instead of the database.")] = None,
    public_key: Annotated[Path | None, typer.Option(help="The public key you trust (default: the pinned audit-signing.pub.pem).")] = None,
    proof: Annotated[Path | None, typer.Option(help="Verify one entry's inclusion proof (from 'assist audit proof').")] = None,
    allow_unsigned_tail: Annotated[bool, typer.Option(help="Accept newest entries not yet under a signed checkpoint (a live log between checkpoints).")] = False,
):
    """Recompute every hash, Merkle root and signature; names the first bad entry and exits 1 on any failure."""
    from assist.audit import verify_bundle, verify_inclusion
    from assist.errors import AuditIntegrityError

    if proof:
        try:
            document = json.loads(proof.read_text(encoding="utf-8"))
            valid = verify_inclusion(document, _pinned_key(public_key))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{proof}: not an inclusion proof ({type(exc).__name__})") from None
        if not valid:
            raise AuditIntegrityError(f"FAILED: the inclusion proof in {proof} does not verify")
        out.print(f"ok: entry {document['entry']['seq']} is included under a signed checkpoint")
        return
    try:
        if bundle:
            report = verify_bundle(bundle, _pinned_key(public_key) if public_key else None)
        else:
            log = _audit_log()
            report = log.verify(_pinned_key(public_key), require_signed=not allow_unsigned_tail)
    except AuditIntegrityError as exc:
        raise AuditIntegrityError(f"FAILED: {exc}") from None
    note = "" if public_key or not bundle else " — verified with the bundle's own key: compare this fingerprint with the one you pinned"
    out.print(f"ok: {report.summary()}{note}")


@audit_app.command("list")
def audit_list(
    since: Since = None, until: Until = None, agent: Agent = None, conversation: Conv = None, campaign: Campaign = None,
    suggestion_type: SType = None, action: Act = None, guard: Guard = None, kind: Kind = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
):
    """One line per entry, newest filters applied."""
    log = _audit_log()
    for stored in log.entries(_filters(since, until, agent, conversation, campaign, suggestion_type, action, guard, kind, limit)):
        h, f = stored.header, stored.header.get("facets", {})
        what = f.get("suggestion_type") or f.get("action") or f.get("change") or f.get("reason") or ""
        fired = ",".join(f.get("guards_fired", [])) or "-"
        sys.stdout.write(f"{stored.seq:>6}  {h['created_at'][:19]}  {h['kind']:<10} {what:<11} guards:{fired:<20} conv:{h.get('conversation_id') or '-'}  {h['entry_id']}"
                         + ("  [erased]" if stored.erased else "") + "\n")


@audit_app.command("show")
def audit_show(entry: Annotated[str, typer.Argument(help="Entry id or sequence number.")]):
    """One suggestion's whole explanation: sources with their text, scores, prompt, model, guards, redactions, the agent's action."""
    from assist.audit import Filters

    log = _audit_log()
    stored = next((e for e in log.entries() if e.header["entry_id"] == entry or str(e.seq) == entry), None)
    if stored is None:
        raise InputError(f"no audit entry '{entry}'")
    h, p = stored.header, stored.payload
    out.rule(f"entry {stored.seq} · {h['kind']} · {h['created_at']}")
    out.print(f"conversation {h.get('conversation_id') or '-'} · turn {h.get('turn_id') or '-'} · agent {h.get('agent_ref') or '-'} · hash {stored.hash[:16]}…", markup=False)
    if p is None:
        out.print("payload erased (its keys were destroyed); the header above still verifies")
        return
    if h["kind"] != "suggestion":
        out.print_json(json.dumps(p, ensure_ascii=False))
        return
    knowledge = _knowledge_texts()
    out.print(f"\n[bold]{p['suggestion_type']} suggestion[/] ({'shown' if p.get('shown', True) else 'not shown: ' + p.get('reason', '')})")
    if p.get("text"):
        out.print(f"  text (scrubbed): {p['text']}", markup=False)
    out.print(f"  citations: {', '.join(p.get('citations', [])) or '-'} ({p.get('citation_method', '')})", markup=False)
    out.print(f"  query (scrubbed): {p.get('query', '-')}", markup=False)
    out.print(f"  knowledge snapshot: {p.get('knowledge_snapshot', '-')} · confidence {p.get('confidence', '-')} ({p.get('confidence_method', '')})", markup=False)
    out.print("\n[bold]sources[/]")
    for src in p.get("sources", []):
        used = "USED" if src["used"] else f"not used: {src.get('why_not', '')}"
        out.print(f"  #{src['rank']} {src['entry_id']} — {src['title']} [{used}]", markup=False)
        reranked = f" · reranker {src['rerank_score']}" if src.get("rerank_score") is not None else ""
        out.print(f"     score {src['score']:.4f} · bm25 rank {src['lexical_rank']} ({src['lexical_score']}) · dense rank {src['dense_rank']} ({src['dense_score']}){reranked}", markup=False)
        if src["entry_id"] in knowledge:
            out.print(f"     {_short(knowledge[src['entry_id']], 300)}", markup=False)
    if p.get("prompt"):
        out.print(f"\n[bold]prompt[/] {escape(p['prompt']['id'])} v{p['prompt']['version']} {p['prompt']['hash']}")
    if p.get("model"):
        m = p["model"]
        out.print(f"[bold]model[/] {escape(m['name'])} via {escape(m['provider'])} {escape(m.get('endpoint', ''))} {escape(str(m.get('parameters', {})))}")
    for guard in p.get("guards", []):
        out.print(f"  guard {guard['name']}: {'pass' if guard['passed'] else 'FIRED'} — {guard['detail']}", markup=False)
    out.print(f"[bold]redactions[/] {escape(str(p.get('redactions') or 'none'))} · [bold]timings (ms)[/] {escape(str(p.get('timings_ms')))}")
    actions = [e for e in log.entries(Filters(kind="oversight", conversation_id=h.get("conversation_id"))) if e.payload and e.payload.get("suggestion_id") == p.get("suggestion_id")]
    out.print("[bold]agent actions[/] " + (", ".join(f"{a.payload['action']} at {a.payload['at'][:19]}" + (f" (edit distance {a.payload['edit_distance']})" if a.payload["action"] == "edited" else "") for a in actions) or "none recorded"))


def _knowledge_texts() -> dict[str, str]:
    manifest = _settings().data_dir / "index" / "entries.jsonl"
    if not manifest.exists():
        return {}
    return {e["id"]: e["text"] for e in (json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip())}


@audit_app.command("export")
def audit_export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="json, jsonl, csv, or bundle (verifiable offline).")] = "jsonl",
    since: Since = None, until: Until = None, agent: Agent = None, conversation: Conv = None, campaign: Campaign = None,
    suggestion_type: SType = None, action: Act = None, guard: Guard = None, kind: Kind = None,
):
    """Export entries (decrypted payloads, scrubbed text only) or a signed bundle."""
    import csv

    if fmt not in {"json", "jsonl", "csv", "bundle"}:
        raise InputError(f"unknown export format '{fmt}' (json, jsonl, csv or bundle)")
    log = _audit_log()
    if fmt == "bundle":
        report = log.export_bundle(output)
        out.print(f"bundle written to {output}: {report.summary()}")
        return
    rows = [{"seq": e.seq, "hash": e.hash, **e.header, "erased": e.erased, "payload": e.payload}
            for e in log.entries(_filters(since, until, agent, conversation, campaign, suggestion_type, action, guard, kind, None))]
    tmp = output.with_suffix(output.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "json":
            json.dump(rows, handle, ensure_ascii=False)
        elif fmt == "jsonl":
            handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        else:
            columns = ["seq", "created_at", "kind", "entry_id", "conversation_id", "turn_id", "agent_ref", "data_class", "erased", "facets", "payload", "hash"]
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows({**r, "facets": json.dumps(r["facets"], ensure_ascii=False), "payload": json.dumps(r["payload"], ensure_ascii=False)} for r in rows)
    tmp.replace(output)
    out.print(f"{len(rows)} entries written to {output}")


@audit_app.command("erase")
def audit_erase(
    conversation: Annotated[str, typer.Argument(help="Conversation id.")],
    reason: Annotated[str, typer.Option(help="Why (recorded in the erasure entry).")] = "data subject request",
):
    """Erase one conversation's payloads (destroy its keys); the chain still verifies."""
    log = _audit_log()
    destroyed = log.erase_conversation(conversation, reason)
    log.checkpoint()  # a short-lived writer signs what it wrote
    if not destroyed:
        raise InputError(f"conversation {conversation} has no payload keys (unknown or already erased)")
    out.print(f"erased: {destroyed} key(s) of conversation {conversation} destroyed; erasure recorded")


@audit_app.command("purge")
def audit_purge(
    retention: Annotated[list[str], typer.Option(help="CLASS=DAYS, e.g. suggestion=365 (repeatable). Classes: suggestion, oversight, config, erasure.")],
):
    """Erase payloads older than their class's retention period (keys destroyed, erasure entries written)."""
    from datetime import timedelta

    periods = {}
    for item in retention:
        name, _, days = item.partition("=")
        if not name or not days.isdigit():
            raise InputError(f"--retention takes CLASS=DAYS, got '{item}'")
        periods[name] = timedelta(days=int(days))
    log = _audit_log()
    touched = log.purge_expired(periods)
    log.checkpoint()
    out.print(f"retention applied: {len(touched)} conversation(s) erased")


@audit_app.command("proof")
def audit_proof(entry_id: Annotated[str, typer.Argument(help="Entry id.")]):
    """Print an inclusion proof (JSON) for one entry: verify it with 'assist audit verify --proof FILE'."""
    log = _audit_log()
    log.checkpoint()
    sys.stdout.write(json.dumps(log.inclusion_proof(entry_id)) + "\n")


@audit_app.command("checkpoint")
def audit_checkpoint():
    """Sign a checkpoint over every entry not yet covered."""
    row = _audit_log().checkpoint()
    out.print(f"checkpoint {row.seq} signs entries {row.first_seq}-{row.last_seq}" if row else "nothing to sign")


from assist.server.commands import register  # noqa: E402  (serve, simulate, keys, bench service)

register(app, bench_app)


def main() -> None:
    """Entry point: a user's mistake gets one clear line and a non-zero exit, never a traceback."""
    try:
        app()
    except AssistError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
