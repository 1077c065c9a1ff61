"""Fakes for narrow unit tests (guards, orchestration). Integration tests use the real embedded model."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from assist.errors import ModelError
from assist.llm.base import ModelInfo
from assist.prompts import RenderedPrompt


class FakeModel:
    """A `LanguageModel` that answers with `reply(prompt)` split into word chunks, and records every prompt."""

    def __init__(self, reply: str | Callable[[RenderedPrompt], str], *, fail: bool = False, delay_s: float = 0.0):
        self._reply = reply
        self._fail = fail
        self._delay_s = delay_s  # between chunks: a slow model, for cancellation and timeout tests
        self.streaming = threading.Event()  # set once the first chunk is out: tests wait on it instead of sleeping
        self.prompts: list[RenderedPrompt] = []
        self.info = ModelInfo(name="fake", provider="test")

    def stream(self, prompt: RenderedPrompt, *, timeout_s: float | None = None) -> Iterator[str]:
        if not isinstance(prompt, RenderedPrompt):
            raise TypeError("the model accepts only RenderedPrompt")
        self.prompts.append(prompt)
        if self._fail:
            raise ModelError("fake endpoint is unreachable")
        text = self._reply(prompt) if callable(self._reply) else self._reply
        for index, word in enumerate(text.split(" ")):
            time.sleep(self._delay_s)
            yield word if index == 0 else " " + word
            self.streaming.set()
