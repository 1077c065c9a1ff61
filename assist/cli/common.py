"""What every command shares: the Typer apps, the consoles, settings read once at the edge, progress."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from assist.errors import InputError

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
DEMO = Path(__file__).parents[1] / "_demo" / "conversation_fr.yaml"
DEMO_CAMPAIGN = Path(__file__).parents[1] / "_demo" / "campaign_fr.yaml"
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


def _emit(report: dict, as_json: bool, line) -> None:
    """One JSON object on stdout with --json, otherwise one readable line per key."""
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
    else:
        for key, value in report.items():
            out.print(line(key, value), markup=False)


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
