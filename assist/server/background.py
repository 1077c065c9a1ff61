"""Run the app with uvicorn in a background thread, on a free local port: for browser tests and `assist bench console`."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn


@contextlib.contextmanager
def running(app, *, host: str = "127.0.0.1", start_timeout_s: float = 30) -> Iterator[str]:
    """Yields the base URL (``http://127.0.0.1:PORT``); the server stops on exit."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_config=None, access_log=False, lifespan="on", ws_per_message_deflate=False))
    thread = threading.Thread(target=server.run, name="assist-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the service did not start on port {port}")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(15)
