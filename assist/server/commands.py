"""The service's commands: `assist serve`, `assist keys ...`, `assist simulate` and `assist bench service`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from assist.errors import ConfigError, InputError

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
CASES = Path(__file__).resolve().parents[2] / "evals" / "conversations" / "fr_conversations.jsonl"
keys_app = typer.Typer(help="API keys of the service (agent, supervisor, compliance, admin).", no_args_is_help=True)


def _settings():
    from assist.cli.common import _settings as settings

    return settings()


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(simulate)
    app.add_typer(keys_app, name="keys")
    bench_app.command("service")(bench_service)
    bench_app.command("console")(bench_console)


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
    generate: Annotated[bool, typer.Option(help="Generate replies with the LLM (off: curated suggestions only).")] = True,
):
    """Run the service: REST and WebSocket API (schema at /openapi.json), the agent console at /, /compliance and /supervisor."""
    import uvicorn

    from assist.assistant import Assistant
    from assist.server import Authenticator, KeyStore, create_app
    from assist.server.auth import load_secret
    from assist.server.logs import configure

    settings = _settings()
    if settings.llm_nice is None:  # a service shares the machine with live turns: the embedded model runs beside, at low priority
        settings = settings.model_copy(update={"llm_nice": 19})
    configure(log_level)
    keys = KeyStore(settings.keys_path)
    if not len(keys):
        err.print(f"no API keys yet in {settings.keys_path}: create one with `assist keys add NAME --role agent` (only /health answers without one)")
    authenticator = Authenticator(keys, load_secret(settings.secret_path), ttl_s=settings.session_ttl_s)
    with Assistant.from_settings(settings, progress=lambda step: err.print(step), generate=generate) as assistant:
        err.print("warming up (campaign scripts, PII engine)")
        assistant.warm_up()
        public = settings.model_dump(mode="json", exclude={"llm_api_key"})
        app = create_app(assistant, authenticator, max_body_bytes=settings.max_body_bytes, idle_close_s=settings.idle_close_s, settings_view=public)
        err.print(f"assist is serving on http://{host}:{port}/ (console), /compliance, /supervisor, /openapi.json")
        uvicorn.run(app, host=host, port=port, log_config=None, access_log=False, ws_max_size=settings.max_body_bytes, ws_per_message_deflate=False, timeout_graceful_shutdown=5,
            timeout_keep_alive=75,  # above the pace of a live feed: a connection reused between two turns is never closed under it
        )


@keys_app.command("add")
def keys_add(
    name: Annotated[str, typer.Argument(help="Who holds the key (an agent's login, a service name). Never shown to supervisors.")],
    role: Annotated[str, typer.Option(help="agent, supervisor, compliance or admin.")] = "agent",
):
    """Create a key; it is printed once (only its hash is stored)."""
    from assist.server.auth import KeyStore, Role

    if role not in {r.value for r in Role}:
        raise InputError(f"unknown role '{role}' (agent, supervisor, compliance, admin)")
    key = KeyStore(_settings().keys_path).add(name, role)
    sys.stdout.write(key + "\n")
    err.print(f"key for {name} ({role}) created: keep it now, it is not stored")


@keys_app.command("list")
def keys_list():
    """Names and roles of the keys (never the keys)."""
    from assist.server.auth import KeyStore

    for record in KeyStore(_settings().keys_path).records():
        out.print(f"{record.role.value:<11} {record.name:<30} {record.key_id}  created {record.created_at}", markup=False)


@keys_app.command("revoke")
def keys_revoke(name: Annotated[str, typer.Argument()]):
    """Revoke a key (its browser sessions end too)."""
    from assist.server.auth import KeyStore

    KeyStore(_settings().keys_path).revoke(name)
    err.print(f"revoked {name}")


def simulate(
    url: Annotated[str, typer.Option(help="The running service, e.g. http://127.0.0.1:8000.")],
    key: Annotated[str, typer.Option(envvar="ASSIST_SIMULATE_KEY", help="An agent's API key (or set ASSIST_SIMULATE_KEY).")],
    cases: Annotated[Path, typer.Option(help="Transcripts to replay: JSONL of {turns: [{speaker, text}], campaign?, language?} (evals/conversations/ format).")] = CASES,
    conversations: Annotated[int, typer.Option(min=1, max=500, help="Conversations running at once.")] = 1,
    interval: Annotated[float, typer.Option(min=0.0, help="Seconds between two customer turns of a conversation, before --speed.")] = 5.0,
    speed: Annotated[float, typer.Option(min=0.01, help="2 plays twice as fast.")] = 1.0,
    duration: Annotated[float | None, typer.Option(help="Stop after this many seconds (default: each conversation replays one call).")] = None,
    agent_turns: Annotated[bool, typer.Option(help="Also post the agent's turns (script tracking); off: customer turns only.")] = True,
    vary: Annotated[bool, typer.Option(help="Add spoken fillers to each replayed turn so every turn is new to the service.")] = True,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Replay transcripts as live feeds (customer and agent turns, as a speech-to-text feed would post them), for demos and
    load tests. Reports curated latency as the client sees it (turn posted -> suggestions received) and every error."""
    from assist.server.simulate import load_calls, run

    report = run(url, key, load_calls(cases), conversations=conversations, interval_s=interval / speed, duration_s=duration, agent_turns=agent_turns, vary=vary)
    _print_report(report, as_json)
    if report["errors"]:
        raise typer.Exit(1)


def bench_service(
    conversations: Annotated[int, typer.Option(min=1, max=500, help="Concurrent conversations in the loaded run.")] = 50,
    interval: Annotated[float, typer.Option(min=0.5, help="Seconds between two customer turns of each conversation.")] = 5.0,
    duration: Annotated[float, typer.Option(min=10, help="Seconds of load.")] = 120.0,
    generate: Annotated[bool, typer.Option(help="Let the service generate replies with the LLM too.")] = True,
    agent_turns: Annotated[bool, typer.Option(help="Also post the agent's turns between the customer's (about twice the work).")] = False,
    cases: Annotated[Path, typer.Option(help="Transcripts to replay.")] = CASES,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Start `assist serve` in its own process, then replay transcripts against it: one conversation alone (the baseline),
    then `--conversations` at once, a customer turn every `--interval` seconds each. Same server, same run."""
    from assist.server.simulate import load_calls, run

    calls = load_calls(cases)
    with _service(generate) as (url, key):
        baseline = run(url, key, calls, conversations=1, interval_s=1.0, duration_s=min(30.0, duration), agent_turns=agent_turns)
        loaded = run(url, key, calls, conversations=conversations, interval_s=interval, duration_s=duration, agent_turns=agent_turns)
    report = {"baseline_1_conversation": baseline, f"loaded_{conversations}_conversations": loaded}
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
    else:
        for name, part in report.items():
            out.print(f"[bold]{name}[/bold]")
            _print_report(part, False)
    if loaded["errors"]:
        raise typer.Exit(1)


def bench_console(
    turns: Annotated[int, typer.Option(min=5, help="Customer turns to time (the first warms up).")] = 60,
    generate: Annotated[bool, typer.Option(help="Let the service generate replies too (they stream after the curated cards).")] = True,
    chromium: Annotated[str, typer.Option(help="The browser (Debian's chromium).")] = "/usr/bin/chromium",
    screenshot: Annotated[Path | None, typer.Option(help="Save a screenshot of the console at the end.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Time from posting a customer turn to its first suggestion card painted in the console, measured in a real
    Chromium, beside the API's own answer time in the same run."""
    from assist.assistant import Assistant
    from assist.server import Authenticator, KeyStore, create_app
    from assist.server.auth import load_secret
    from assist.server.background import running
    from assist.server.console_bench import customer_texts, measure
    from assist.server.simulate import load_calls

    if not Path(chromium).exists():
        raise ConfigError(f"no browser at {chromium} (apt-get install chromium)")
    settings = _settings()
    texts = customer_texts(load_calls(CASES), turns + 1)
    with tempfile.TemporaryDirectory() as folder, Assistant.from_settings(settings, progress=lambda step: err.print(step), generate=generate) as assistant:
        assistant.warm_up()
        keys = KeyStore(Path(folder) / "keys.json")
        key = keys.add("bench-agent", "agent")
        app = create_app(assistant, Authenticator(keys, load_secret(Path(folder) / "secret")))
        with running(app) as url:
            report = measure(url, key, texts, chromium=chromium, screenshot=str(screenshot) if screenshot else None)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
        return
    for name in ("console_ms", "api_baseline_ms"):
        row = report[name]
        out.print(f"{name:>16}: p50 {row['p50']:>7} ms   p95 {row['p95']:>7} ms   max {row['max']:>7} ms   (n={row['n']})", markup=False)
    out.print(f"errors: {report['errors']}", markup=False)


def _print_report(report: dict, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
        return
    out.print(f"  {report['conversations']} conversations, {report['customer_turns']} customer turns, {report['agent_turns']} agent turns, "
              f"{report['elapsed_s']} s; generated replies received: {report['generated']}", markup=False)
    if report["script_tracking"]:
        out.print("  agent turns tracked in campaign scripts: " + ", ".join(f"{how} ({n})" for how, n in report["script_tracking"].items()), markup=False)
    if report["not_generated"]:
        out.print("  turns without a generated reply: " + ", ".join(f"{reason} ({n})" for reason, n in report["not_generated"].items()), markup=False)
    for name, row in report["latency_ms"].items():
        if not row["n"]:
            continue
        out.print(f"  {name:>26}: p50 {row['p50']:>8} ms   p95 {row['p95']:>8} ms   max {row['max']:>8} ms   (n={row['n']})", markup=False)
    out.print(f"  errors: {len(report['errors'])}" + "".join(f"\n    {e}" for e in report["errors"][:10]), markup=False)


class _service:
    """`assist serve` in a child process, on a free port, with a throwaway agent key; stopped on exit."""

    def __init__(self, generate: bool):
        self.generate = generate

    def __enter__(self) -> tuple[str, str]:
        import httpx

        settings = _settings()
        self._tmp = tempfile.TemporaryDirectory()
        env = {**os.environ, "ASSIST_API_KEYS_FILE": str(Path(self._tmp.name) / "keys.json"), "ASSIST_DATA_DIR": str(settings.data_dir)}
        from assist.server.auth import KeyStore

        key = KeyStore(Path(env["ASSIST_API_KEYS_FILE"])).add("load-test-agent", "agent")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        command = [sys.executable, "-m", "assist.cli", "serve", "--port", str(port), "--log-level", "warning", "--generate" if self.generate else "--no-generate"]
        self._log = open(Path(self._tmp.name) / "serve.log", "w+")
        self._process = subprocess.Popen(command, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 300
        err.print("starting the service (models load first)...")
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._log.seek(0)
                raise ConfigError(f"the service stopped while starting:\n{self._log.read()[-2000:]}")
            try:
                if httpx.get(url + "/ready", timeout=2).status_code == 200:
                    return url, key
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.__exit__()
        raise ConfigError("the service did not become ready within 5 minutes")

    def __exit__(self, *exc) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._log.close()
        self._tmp.cleanup()
