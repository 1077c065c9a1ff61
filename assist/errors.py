"""The one error tree of the framework.

    AssistError                    root: catch this to catch everything we raise
    ├── ConfigError                a developer or operator mistake: bad setting, missing model, unknown language
    ├── InputError                 bad input from a user: empty or oversized utterance, invalid UTF-8
    ├── KnowledgeError             a knowledge file that cannot be read (names file, line and field)
    ├── ScrubError                 the PII layer failed; the text never goes further
    ├── RetrievalError             the index could not be read or written
    ├── ModelError                 the LLM endpoint failed, timed out or is unreachable
    └── AuditError                 the audit store could not be written or read
        └── AuditIntegrityError    the hash chain does not verify

Messages never carry customer text: they name the problem, a position or a size.
"""

from __future__ import annotations


class AssistError(Exception):
    """Root of every error the framework raises on purpose."""


class ConfigError(AssistError):
    """A setting, a model or a resource is missing or wrong."""


class InputError(AssistError):
    """A user's input cannot be processed as given."""


class KnowledgeError(AssistError):
    """A knowledge source is malformed or of an unknown format."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, field: str | None = None):
        where = ":".join(str(part) for part in (path, line) if part is not None)
        prefix = f"{where}: " if where else ""
        suffix = f" (field '{field}')" if field else ""
        super().__init__(f"{prefix}{message}{suffix}")
        self.path, self.line, self.field = path, line, field


class ScrubError(AssistError):
    """The PII scrubber failed; nothing downstream received the text."""


class RetrievalError(AssistError):
    """The knowledge index could not be used."""


class ModelError(AssistError):
    """The language model endpoint failed."""


class AuditError(AssistError):
    """The audit store could not be used."""


class AuditIntegrityError(AuditError):
    """The audit log does not verify; `seq` names the first bad entry."""

    def __init__(self, message: str, *, seq: int | None = None):
        super().__init__(message)
        self.seq = seq
