"""The `assist` command. Settings are read here, once, and passed down."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

# Offline by construction: nothing may try a model hub (set before any ML import).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import typer  # noqa: E402
import yaml  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn  # noqa: E402

from assist.errors import AssistError, InputError, ModelError  # noqa: E402

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
    pause: Annotated[float, typer.Option(help="Seconds between turns.")] = 0.0,
):
    """Replay a bundled French call turn by turn: suggestions, sources, timings, redactions."""
    from assist.assistant import CuratedReady, GenerativeDone, Token

    script = _load_conversation(conversation)
    with _steps() as progress:
        assistant = _assistant(progress)
    with assistant:
        out.rule(f"[bold]{script.get('title', 'Démo')}[/] — knowledge {assistant.index.snapshot}, model {assistant.generator.model.info.name if assistant.generator else '-'}")
        conv = assistant.conversation(language=script.get("language", "fr"))
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
                    out.print("  [bold green]Suggestion générée[/] [dim](brouillon en direct)[/] : ", end="")
                elif isinstance(event, Token):
                    out.print(event.text, end="", markup=False)
                elif isinstance(event, GenerativeDone):
                    _print_generative(event)
        conv.close()
        out.print(f"\n[dim]Audit log: {len(assistant.audit)} entries, chain verified ({assistant.audit.verify()} entries) at {assistant.audit.path}[/]")


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
    if result.escalation:
        out.print(f"  [bold white on red] ESCALADE niveau 2 [/] {result.escalation.reason}")
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
    from assist.assistant import check_utterance

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
                "escalation": result.escalation.reason if result.escalation else None,
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
    explain: Annotated[bool, typer.Option("--explain", help="Add the recogniser behind each entity.")] = False,
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
            {**e.as_dict(), **({"recognizer": e.recognizer, "placeholder": e.placeholder} if explain else {})} for e in result.entities
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
    path: Annotated[Path, typer.Argument(help="A .jsonl/.yaml file or a folder of them.")],
    replace: Annotated[bool, typer.Option(help="Make the index hold exactly these entries (remove the others).")] = False,
):
    """Validate, then add or update entries (unchanged ones are not re-embedded)."""
    from assist.knowledge import load_path

    entries = load_path(path)  # everything is validated before the index is touched
    settings = _settings()
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err) as progress:
        loading = progress.add_task("loading the embedding model", total=None)
        index = _index(settings)
        progress.remove_task(loading)
        task = progress.add_task("embedding", total=None)
        report = index.ingest(entries, replace=replace, progress=lambda done, total: progress.update(task, completed=done, total=total))
    out.print(
        f"{len(entries)} entries from {path}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, {report.removed} removed; "
        f"snapshot {report.snapshot}"
    )


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
    settings = _settings()
    with _steps() as progress:
        progress.add_task("loading models", total=None)
        scrubber, index = Scrubber.create(), _index(settings)
    if len(index) == 0:
        raise InputError(f"the index at {index.path} is empty: run 'assist kb ingest PATH' first")
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
@eval_app.command("retrieval")
def eval_retrieval(
    knowledge: Annotated[Path, typer.Option(help="Knowledge JSONL (or YAML, or a folder).")],
    cases: Annotated[Path, typer.Option(help="Cases JSONL: query or turns, plus gold_ids.")],
    k: Annotated[int, typer.Option(min=1, max=50)] = 5,
    lang: Lang = "fr",
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Index KNOWLEDGE into a fresh temporary index and score CASES: recall@1, recall@k, MRR@k, latency."""
    from assist.evaluation import evaluate_retrieval, load_cases
    from assist.knowledge import Embedder, KnowledgeIndex, load_path
    from assist.privacy import Scrubber

    entries, parsed = load_path(knowledge), load_cases(cases)
    settings = _settings()
    with tempfile.TemporaryDirectory(prefix="assist-eval-") as tmp, Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading models", total=None)
        scrubber, index = Scrubber.create(), KnowledgeIndex(Path(tmp), Embedder(settings.embedding_model))
        progress.update(task, description="indexing")
        index.ingest(entries, progress=lambda done, total: progress.update(task, completed=done, total=total))
        progress.update(task, description="evaluating", completed=0, total=len(parsed))
        report = evaluate_retrieval(index, scrubber, parsed, k=k, language=lang, progress=lambda done, total: progress.update(task, completed=done))
    data = report.as_dict()
    if as_json:
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        for key, value in data.items():
            out.print(f"{key:>16}: {value}")


@bench_app.command("turn")
def bench_turn(
    repeat: Annotated[int, typer.Option(min=1, help="Replays of the demo call (after one warm-up).")] = 3,
    generate: Annotated[bool, typer.Option(help="Also time the generative suggestion.")] = True,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Latency of a customer turn on the demo call: curated path (scrub, retrieve, rank, log) and generation."""
    script = _load_conversation(DEMO)
    with _steps() as progress:
        assistant = _assistant(progress)
    if not generate:
        assistant.generator = None
    samples: dict[str, list[float]] = {}
    with assistant:
        for round_number in range(repeat + 1):
            conv = assistant.conversation()
            for turn in script["turns"]:
                if turn["speaker"] == "agent":
                    conv.agent(turn["text"])
                    continue
                result = conv.customer(turn["text"])
                if round_number:  # round 0 warms up
                    for key, value in result.timings_ms.items():
                        samples.setdefault(key, []).append(value)
            conv.close()
    report = {
        key: {"n": len(values), "p50_ms": round(statistics.median(values), 1), "p95_ms": round(_p95(values), 1)} for key, values in samples.items()
    }
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
    else:
        for key, row in report.items():
            out.print(f"{key:>16}: p50 {row['p50_ms']:>8.1f} ms   p95 {row['p95_ms']:>8.1f} ms   (n={row['n']})")


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94] if len(values) > 1 else values[0]


# -- audit ------------------------------------------------------------------------------
@audit_app.command("verify")
def audit_verify():
    """Recompute the hash chain; names the first bad entry."""
    from assist.audit import SQLiteAuditStore

    store = SQLiteAuditStore(_settings().data_dir / "audit.sqlite3")
    out.print(f"ok: {store.verify()} entries verify ({store.path})")


@audit_app.command("list")
def audit_list(
    conversation: Annotated[str | None, typer.Option(help="Only this conversation id.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 20,
):
    """Entries as JSON lines (scrubbed text only)."""
    from assist.audit import SQLiteAuditStore

    store = SQLiteAuditStore(_settings().data_dir / "audit.sqlite3")
    for stored in store.entries(conversation_id=conversation, limit=limit):
        sys.stdout.write(json.dumps({"seq": stored.seq, "hash": stored.hash, **stored.entry.model_dump(mode="json")}, ensure_ascii=False) + "\n")


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
