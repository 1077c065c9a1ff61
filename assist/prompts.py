"""Prompt templates as versioned data (``prompts/*.yaml``), rendered strictly in a sandbox.

A template has an id, a version, a style (``completion`` for base models, ``chat`` for instruct
models), declared variables and its text. Rendering fails on a missing or undeclared variable,
and refuses plain strings: customer text must arrive as `ScrubbedText`, knowledge as entries.
The rendered prompt records the template's id, version and hash.
"""

from __future__ import annotations

import hashlib
from enum import Enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assist.errors import ConfigError
from assist.knowledge.model import KnowledgeEntry
from assist.privacy.scrubbed import ScrubbedText

_ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
_ALLOWED = (ScrubbedText, KnowledgeEntry, Enum, int, float, bool)


class PromptTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]*$")
    version: int = Field(ge=1)
    style: Literal["completion", "chat"]
    description: str = ""
    variables: tuple[str, ...]
    template: str
    system: str | None = None
    max_tokens: int = Field(80, ge=1, le=2048)
    temperature: float = Field(0.2, ge=0, le=2)
    stop: tuple[str, ...] = ()
    frequency_penalty: float = Field(0.0, ge=-2, le=2)
    output_prefix: str = Field("", description="The end of the prompt that belongs to the answer (e.g. '[' to make the model name its source first).")

    @property
    def hash(self) -> str:
        return "sha256:" + hashlib.sha256(self.model_dump_json().encode()).hexdigest()

    def render(self, **values: Any) -> RenderedPrompt:
        missing = [name for name in self.variables if name not in values]
        extra = [name for name in values if name not in self.variables]
        if missing or extra:
            raise ConfigError(f"prompt '{self.id}' v{self.version}: missing variables {missing}, undeclared {extra}")
        for name, value in values.items():
            _check_value(self.id, name, value)
        context = {name: _plain(value) for name, value in values.items()}
        try:
            text = _ENV.from_string(self.template).render(**context)
            system = _ENV.from_string(self.system).render(**context) if self.system else None
        except TemplateError as exc:
            raise ConfigError(f"prompt '{self.id}' v{self.version} failed to render ({exc.message})") from None
        return RenderedPrompt(self, text, system)


def _check_value(prompt_id: str, name: str, value: Any) -> None:
    items = value if isinstance(value, (list, tuple)) else [value]
    for item in items:
        if isinstance(item, Mapping):
            for inner in item.values():
                _check_value(prompt_id, name, inner)
        elif not isinstance(item, _ALLOWED):
            raise TypeError(f"prompt '{prompt_id}': variable '{name}' holds {type(item).__name__}; pass ScrubbedText or knowledge entries")


def _plain(value: Any) -> Any:
    if isinstance(value, ScrubbedText):
        return value.text
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class RenderedPrompt:
    """What an LLM client accepts: only a template can make one."""

    template: PromptTemplate
    text: str
    system: str | None = None
    extra_stop: tuple[str, ...] = field(default=())

    @property
    def messages(self) -> list[dict[str, str]]:
        system = [{"role": "system", "content": self.system}] if self.system else []
        return [*system, {"role": "user", "content": self.text}]


class PromptLibrary:
    """All templates of a folder, by id (the highest version wins unless one is asked for)."""

    def __init__(self, templates: Sequence[PromptTemplate]):
        self._templates: dict[tuple[str, int], PromptTemplate] = {(t.id, t.version): t for t in templates}

    @classmethod
    def from_dir(cls, folder: Path) -> PromptLibrary:
        templates = []
        for path in sorted(folder.glob("*.yaml")):
            try:
                templates.append(PromptTemplate(**yaml.safe_load(path.read_text(encoding="utf-8"))))
            except (ValidationError, TypeError, yaml.YAMLError) as exc:
                raise ConfigError(f"{path}: invalid prompt template ({str(exc).splitlines()[0]})") from None
        return cls(templates)

    def templates(self) -> list[PromptTemplate]:
        return [self._templates[key] for key in sorted(self._templates)]

    def get(self, prompt_id: str, version: int | None = None) -> PromptTemplate:
        versions = sorted(v for (i, v) in self._templates if i == prompt_id)
        if not versions:
            raise ConfigError(f"no prompt template '{prompt_id}' (have: {', '.join(sorted({i for i, _ in self._templates}))})")
        chosen = version if version is not None else versions[-1]
        if (prompt_id, chosen) not in self._templates:
            raise ConfigError(f"prompt '{prompt_id}' has no version {chosen} (have {versions})")
        return self._templates[(prompt_id, chosen)]
