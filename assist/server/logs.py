"""Structured logs: one JSON object per line, no personal data.

Request lines carry the method, the route *template* (``/api/conversations/{conversation_id}/turns``, never a query
string), the status, the duration and the caller's role and pseudonymous reference. Bodies, tokens and utterances are
never logged; an unexpected exception is logged by type and code location, without its message.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import datetime, timezone

_FIELDS = ("method", "route", "status", "duration_ms", "request_id", "role", "agent_ref", "conversation_id", "error_type", "where")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        data.update({key: getattr(record, key) for key in _FIELDS if getattr(record, key, None) is not None})
        if record.exc_info and record.exc_info[0] is not None:  # the type and where it happened, never the message
            data["error_type"] = record.exc_info[0].__name__
            data["where"] = [f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in traceback.extract_tb(record.exc_info[2])][-5:]
        return json.dumps(data, ensure_ascii=False)


def configure(level: str = "info", stream=None) -> None:
    """Route our loggers and uvicorn's through the JSON formatter (uvicorn's access log is replaced by ours)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("assist", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False
    # uvicorn's own lines name the client's address (each WebSocket accepted, each connection): warnings only
    logging.getLogger("uvicorn.error").setLevel(max(logging.WARNING, logging.getLevelName(level.upper())))
    logging.getLogger("uvicorn.access").disabled = True
