"""Packages whose names are imported on first use (PEP 562), so importing one part stays cheap."""

from __future__ import annotations

import importlib
from typing import Any


def export_lazily(namespace: dict[str, Any], exports: dict[str, str]) -> None:
    """Give a package's namespace a sorted `__all__`, and a `__getattr__` that imports each name from its module."""
    package = namespace["__name__"]
    namespace["__all__"] = sorted(exports)

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module '{package}' has no attribute '{name}'")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    namespace["__getattr__"] = __getattr__
    namespace["__dir__"] = lambda: namespace["__all__"]
