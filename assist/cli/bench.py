"""`assist bench`: latency of scrubbing, of a turn, of retrieval and of the audit log."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from assist.cli.common import _assistant, bench_app, DEMO, DEMO_CAMPAIGN, _emit, err, Lang, _load_conversation, _settings, _steps
from assist.errors import InputError
from assist.stats import percentile


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


