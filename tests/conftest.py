"""Tests run offline: any connection outside loopback fails. Heavy models load once per session;
every test gets its own data directory."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

_real_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and self.family in (socket.AF_INET, socket.AF_INET6):
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise ConnectionRefusedError(f"tests may not reach {host}: network is blocked")
        except ValueError:
            if host != "localhost":
                raise ConnectionRefusedError(f"tests may not reach {host}: network is blocked") from None
    return _real_connect(self, address)


socket.socket.connect = _loopback_only

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = ROOT.parent / "shared" / "evaldata"


@pytest.fixture(scope="session")
def scrubber():
    from assist.privacy import Scrubber

    return Scrubber.create()


@pytest.fixture(scope="session")
def embedder():
    from assist.knowledge import Embedder

    return Embedder()


@pytest.fixture(scope="session")
def bundled_entries():
    from assist.knowledge import load_path
    from assist.resources import knowledge_dir

    return load_path(knowledge_dir())


@pytest.fixture(scope="session")
def shared_index(tmp_path_factory, embedder, bundled_entries):
    """The bundled knowledge indexed once (read-only use)."""
    from assist.knowledge import KnowledgeIndex

    index = KnowledgeIndex(tmp_path_factory.mktemp("shared-index"), embedder)
    index.ingest(bundled_entries)
    return index


@pytest.fixture(scope="session")
def retriever(shared_index):
    from assist.knowledge import Retriever

    return Retriever(shared_index)


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory):
    from assist.llm import EmbeddedLlamaServer

    with EmbeddedLlamaServer(tmp_path_factory.mktemp("models")) as server:
        yield server


@pytest.fixture(scope="session")
def llm(llm_server):
    from assist.llm import OpenAICompatibleModel
    from assist.llm.embedded import MODEL_NAME

    return OpenAICompatibleModel(llm_server.base_url, MODEL_NAME, llm_server.api_key, provider="embedded-llama.cpp")


@pytest.fixture(scope="session")
def prompts():
    from assist.prompts import PromptLibrary
    from assist.resources import prompts_dir

    return PromptLibrary.from_dir(prompts_dir())


@pytest.fixture
def audit(tmp_path):
    from assist.audit import AuditLog

    log = AuditLog.open_sqlite(tmp_path / "audit.sqlite3")
    yield log
    log.close()


@pytest.fixture
def make_assistant(scrubber, retriever, audit, prompts):
    from assist import Assistant, GenerativeSuggester

    def build(model, **options):
        generator = GenerativeSuggester(model, prompts, passages=2) if model is not None else None
        return Assistant(scrubber=scrubber, retriever=retriever, audit=audit, generator=generator, **options)

    return build
