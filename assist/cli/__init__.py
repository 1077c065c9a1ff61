"""The `assist` command. Settings are read here, once, and passed down; each command group has its module."""

from __future__ import annotations

import os
import sys

# Offline by construction: nothing may try a model hub (set before any ML import).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Latency on a small machine: OpenBLAS's spinning threads (numpy) and the embedding engine's OpenMP threads fought
# for the same 2 cores (query embedding p95 115 ms); one BLAS thread and bound OpenMP threads: p95 30 ms (evals/README.md).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_PROC_BIND", "true")

from assist.cli import audit, bench, evals, kb, talk  # noqa: E402
from assist.cli.common import app, bench_app, err  # noqa: E402
from assist.errors import AssistError  # noqa: E402
from assist.server.commands import register  # noqa: E402  (serve, simulate, keys, bench service)

COMMAND_GROUPS = (talk, kb, evals, bench, audit)  # each module registers its commands on import
register(app, bench_app)  # and the service's


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
