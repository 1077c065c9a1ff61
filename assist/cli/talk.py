"""The conversation commands: `demo`, `suggest` and `scrub`."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from assist.cli.common import app, _assistant, _check_text, DEMO, Lang, _load_conversation, out, _settings, _short, _steps
from assist.errors import InputError, ModelError


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


