"""Any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp server) through the `openai` SDK."""

from __future__ import annotations

from collections.abc import Iterator

import openai

from assist.errors import ModelError
from assist.llm.base import ModelInfo
from assist.prompts import RenderedPrompt


class OpenAICompatibleModel:
    """Completion-style prompts go to ``/v1/completions``, chat-style ones to ``/v1/chat/completions``."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, *, timeout_s: float = 20.0, max_retries: int = 1, provider: str = "openai-compatible"):
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout_s, max_retries=max_retries)
        self._model = model
        self.info = ModelInfo(name=model, provider=provider, endpoint=base_url, parameters={"timeout_s": timeout_s, "max_retries": max_retries})

    def langchain(self, **params):
        """The same endpoint as a LangChain completion LLM (`langchain_openai.OpenAI`), e.g. for a baseline chain."""
        from langchain_openai import OpenAI

        return OpenAI(base_url=self.info.endpoint, api_key=self._client.api_key, model=self._model, **params)

    def check(self) -> None:
        """Fail fast with a clear error when the endpoint cannot be reached."""
        try:
            self._client.with_options(max_retries=0, timeout=5.0).models.list()
        except openai.APIConnectionError:
            raise ModelError(f"LLM endpoint {self.info.endpoint} is unreachable") from None
        except openai.APIStatusError as exc:
            if exc.status_code in (401, 403):
                raise ModelError(f"LLM endpoint {self.info.endpoint} refused the API key (HTTP {exc.status_code})") from None

    def stream(self, prompt: RenderedPrompt, *, timeout_s: float | None = None) -> Iterator[str]:
        """Closing the iterator early closes the HTTP response, which stops the generation on the server."""
        if not isinstance(prompt, RenderedPrompt):
            raise TypeError("the model accepts only RenderedPrompt (rendered from a template with scrubbed text)")
        template = prompt.template
        common = {
            "model": self._model,
            "max_tokens": template.max_tokens,
            "temperature": template.temperature,
            "stop": list(template.stop + prompt.extra_stop) or None,
            "frequency_penalty": template.frequency_penalty or None,
            "stream": True,
        }
        client = self._client if timeout_s is None else self._client.with_options(timeout=max(timeout_s, 0.1))
        try:
            if template.style == "chat":
                with client.chat.completions.create(messages=prompt.messages, **common) as response:
                    for chunk in response:
                        if chunk.choices and chunk.choices[0].delta.content:
                            yield chunk.choices[0].delta.content
            else:
                with client.completions.create(prompt=prompt.text, **common) as response:
                    for chunk in response:
                        if chunk.choices and chunk.choices[0].text:
                            yield chunk.choices[0].text
        except openai.APIConnectionError as exc:
            kind = "timed out" if isinstance(exc, openai.APITimeoutError) else "is unreachable"
            raise ModelError(f"LLM endpoint {self.info.endpoint} {kind}") from None
        except openai.APIStatusError as exc:
            raise ModelError(f"LLM endpoint {self.info.endpoint} answered HTTP {exc.status_code}") from None
        except openai.OpenAIError as exc:
            raise ModelError(f"LLM request failed ({type(exc).__name__})") from None
