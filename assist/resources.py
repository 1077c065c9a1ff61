"""Locate the bundled `knowledge/` and `prompts/` folders.

In a wheel they are shipped inside the package as ``assist/_bundled/...``; in a
checkout (editable install) they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

from assist.errors import ConfigError

_PACKAGE = Path(__file__).resolve().parent


def bundled_path(name: str) -> Path:
    """Path of a bundled folder: ``knowledge`` or ``prompts``."""
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"bundled folder '{name}' not found (looked in the package and the checkout); reinstall the package")


def knowledge_dir() -> Path:
    return bundled_path("knowledge")


def prompts_dir() -> Path:
    return bundled_path("prompts")
