"""Read knowledge files: the generic JSONL format and our YAML FAQ and campaign-script files.

Every error names the file, the line and the field; nothing is returned unless the whole
source is valid, so a bad file never half-ingests.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assist.errors import KnowledgeError
from assist.knowledge.model import Kind, KnowledgeEntry

SUFFIXES = {".jsonl", ".yaml", ".yml"}


def load_path(path: Path | str) -> list[KnowledgeEntry]:
    """Load a file or, recursively, every knowledge file in a folder."""
    path = Path(path)
    if not path.exists():
        raise KnowledgeError("no such file or folder", path=str(path))
    files = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()) if path.is_dir() else [path]
    if path.is_dir() and not files:
        raise KnowledgeError(f"no knowledge files ({', '.join(sorted(SUFFIXES))}) in folder", path=str(path))
    entries: list[KnowledgeEntry] = []
    for file in files:
        entries.extend(load_file(file))
    _check_unique(entries)
    return entries


def load_file(path: Path) -> list[KnowledgeEntry]:
    if path.suffix == ".jsonl":
        return _load_jsonl(path)
    if path.suffix in {".yaml", ".yml"}:
        return _load_yaml(path)
    raise KnowledgeError(f"unknown knowledge format '{path.suffix or 'no extension'}' (expected .jsonl, .yaml or .yml)", path=str(path))


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise KnowledgeError("not valid UTF-8", path=str(path), line=line) from None
    except OSError as exc:
        raise KnowledgeError(f"cannot read file ({exc.strerror})", path=str(path)) from None


def _entry(data: Any, path: Path, line: int | None) -> KnowledgeEntry:
    if not isinstance(data, dict):
        raise KnowledgeError(f"expected an object, got {type(data).__name__}", path=str(path), line=line)
    try:
        return KnowledgeEntry(**data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or None
        raise KnowledgeError(first["msg"].lower(), path=str(path), line=line, field=field) from None
    except TypeError as exc:
        raise KnowledgeError(str(exc), path=str(path), line=line) from None


def _load_jsonl(path: Path) -> list[KnowledgeEntry]:
    """Generic format: one ``{"id", "title", "text", "metadata": {...}}`` per line (kind and language optional)."""
    entries = []
    for number, raw in enumerate(_read_text(path).splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise KnowledgeError(f"invalid JSON ({exc.msg})", path=str(path), line=number) from None
        if isinstance(data, dict):
            metadata = data.get("metadata") or {}
            if isinstance(metadata, dict):
                data = {"language": metadata.get("language", "fr"), **data}
        entries.append(_entry(data, path, number))
    if not entries:
        raise KnowledgeError("no entries in file", path=str(path))
    return entries


def _load_yaml(path: Path) -> list[KnowledgeEntry]:
    text = _read_text(path)
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise KnowledgeError(f"invalid YAML ({getattr(exc, 'problem', 'syntax error')})", path=str(path), line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise KnowledgeError("expected a mapping with 'entries' (FAQ file) or 'steps' (campaign script)", path=str(path), line=1)
    if "entries" in data:
        return _faq_file(data, root, path)
    if "steps" in data:
        return _script_file(data, root, path)
    raise KnowledgeError("unknown YAML knowledge layout: expected 'entries' (FAQ file) or 'steps' (campaign script)", path=str(path), line=1)


def _lines(root: yaml.Node | None, key: str) -> list[int]:
    """Line number of each item of the top-level sequence `key`."""
    if root is None or not isinstance(root, yaml.MappingNode):
        return []
    for key_node, value_node in root.value:
        if key_node.value == key and isinstance(value_node, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value_node.value]
    return []


def _items(data: dict, key: str, path: Path, root: yaml.Node | None, required: bool = True) -> Iterable[tuple[dict, int | None]]:
    items = data.get(key)
    if items is None and not required:
        return []
    if not isinstance(items, list) or (required and not items):
        raise KnowledgeError(f"'{key}' must be a non-empty list", path=str(path), field=key)
    lines = _lines(root, key)
    return [(item, lines[i] if i < len(lines) else None) for i, item in enumerate(items)]


def _faq_file(data: dict, root: yaml.Node | None, path: Path) -> list[KnowledgeEntry]:
    brand, language = data.get("brand"), data.get("language", "fr")
    entries = []
    for item, line in _items(data, "entries", path, root):
        if not isinstance(item, dict):
            raise KnowledgeError("each entry must be a mapping", path=str(path), line=line)
        item = dict(item)
        metadata = {"brand": brand, "product": item.pop("product", None), "level": item.pop("level", 1), "tags": item.pop("tags", [])}
        metadata.update(item.pop("metadata", {}) or {})
        item.setdefault("language", language)
        item.setdefault("kind", Kind.FAQ.value)
        entries.append(_entry({**item, "metadata": {k: v for k, v in metadata.items() if v is not None}}, path, line))
    return entries


def _script_file(data: dict, root: yaml.Node | None, path: Path) -> list[KnowledgeEntry]:
    """A campaign script becomes ordered step entries, objection responses and mandatory mentions."""
    for field in ("id", "campaign", "title"):
        if not data.get(field):
            raise KnowledgeError("missing script field", path=str(path), line=1, field=field)
    base = {
        "brand": data.get("brand"),
        "campaign": data["campaign"],
        "script_id": data["id"],
        "script_version": str(data.get("version", "1")),
    }
    language = data.get("language", "fr")
    entries = []
    sections = (("steps", Kind.SCRIPT_STEP, True), ("objections", Kind.OBJECTION, False), ("mandatory_mentions", Kind.MANDATORY, False))
    for key, kind, required in sections:
        for order, (item, line) in enumerate(_items(data, key, path, root, required), start=1):
            if not isinstance(item, dict):
                raise KnowledgeError(f"each item of '{key}' must be a mapping", path=str(path), line=line)
            item = dict(item)
            metadata = {**base, "level": 1}
            if kind is Kind.SCRIPT_STEP:
                metadata.update(step=order, step_name=item.pop("name", None))
                metadata["context"] = f"{data['title']} — étape {order}" + (f" ({metadata['step_name']})" if metadata["step_name"] else "")
            elif kind is Kind.OBJECTION:
                metadata["objection"] = item.pop("objection", None)
                metadata["context"] = f"{data['title']} — objection : {metadata['objection'] or item.get('title', '')}"
            else:
                metadata["context"] = f"{data['title']} — mention obligatoire"
            item.setdefault("language", language)
            entries.append(_entry({**item, "kind": kind.value, "metadata": {k: v for k, v in metadata.items() if v is not None}}, path, line))
    return entries


def _check_unique(entries: list[KnowledgeEntry]) -> None:
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.id in seen:
            raise KnowledgeError(f"duplicate id '{entry.id}'", field="id")
        seen[entry.id] = entry.id
