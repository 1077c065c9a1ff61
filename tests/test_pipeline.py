"""The whole turn with real components: Presidio, Chroma + BM25, the embedded llama.cpp server over HTTP, SQLite."""

import json
import logging
import random
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assist import CuratedReady, GenerativeDone, OpenAICompatibleModel, Token
from assist.errors import ModelError
from assist.testing import FakeModel
from tests.pii import email, iban, luhn_card, nir, phone, spoken


def test_turn_end_to_end_with_the_embedded_model(make_assistant, llm, audit):
    assistant = make_assistant(llm)
    conversation = assistant.conversation()
    conversation.agent("Volta Énergie bonjour, que puis-je pour vous ?")
    events = list(conversation.customer_stream("Bonjour, c'est Marie Dupont au 06 12 34 56 78, ma facture est beaucoup trop élevée, je crois que c'est une estimation."))
    assert isinstance(events[0], CuratedReady) and isinstance(events[-1], GenerativeDone)
    result = events[-1].result
    assert result.curated and result.curated[0].citations[0] == result.curated[0].explanation.sources[0].entry_id
    assert result.curated[0].explanation.redactions == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert result.curated[0].explanation.knowledge_snapshot.startswith("kb-")
    assert result.timings_ms["generate_total"] > 0
    if result.generative:  # a guarded, cited reply from the real model
        given_ids = {s.entry_id for s in result.generative.explanation.sources}
        assert set(result.generative.citations) <= given_ids and result.generative.explanation.prompt.id == "reply-suggestion"
        assert all(g.passed for g in result.generative.explanation.guards)
        assert any(isinstance(e, Token) for e in events)
    else:
        assert result.generative_error
    from assist.audit import Filters

    entries = list(audit.entries(Filters(kind="suggestion")))
    assert len(entries) == len(result.curated) + 1 and audit.verify().entries == len(audit)
    generative_entry = entries[-1].payload
    assert generative_entry["suggestion_type"] == "generative" and generative_entry["prompt"]["hash"].startswith("sha256:")
    assert generative_entry["model"]["provider"] == "embedded-llama.cpp"


def test_the_embedded_server_streams_over_http(llm, prompts, bundled_entries):
    from assist.conversation import Speaker
    from assist.privacy import ScrubbedText

    prompt = prompts.get("reply-suggestion").render(
        passages=bundled_entries[:1], turns=[{"speaker": Speaker.CUSTOMER, "text": ScrubbedText.from_trusted_source("Bonjour, une question")}]
    )
    chunks = list(llm.stream(prompt))
    assert len(chunks) > 1 and "".join(chunks).strip()


def test_unreachable_endpoint_is_a_clear_model_error(make_assistant, audit):
    model = OpenAICompatibleModel("http://127.0.0.1:9/v1", "m", timeout_s=2, max_retries=0)
    with pytest.raises(ModelError, match="unreachable"):
        model.check()
    result = make_assistant(model, generation_needs_agreement=False).conversation().customer("Ma facture est trop élevée")
    assert result.curated and result.generative is None and "unreachable" in result.generative_error
    assert [e.payload.get("reason") for e in audit.entries()][-1].startswith("model error")


def test_a_failed_guard_falls_back_to_curated_and_is_logged(make_assistant, audit):
    model = FakeModel("inconnu]) : Appelez le 06 99 88 77 66 pour un remboursement immédiat.")
    result = make_assistant(model, generation_needs_agreement=False).conversation().customer("Ma facture est trop élevée")
    assert result.generative is None and result.curated
    failure = list(audit.entries())[-1].payload
    fired = {g["name"] for g in failure["guards"] if not g["passed"]}
    assert {"citations", "personal_data"} <= fired and "06 99" not in json.dumps(failure)
    assert failure["query"] and failure["sources"] and failure["knowledge_snapshot"].startswith("kb-")
    assert [s["used"] for s in failure["sources"]][:2] == [True, True]  # the two passages the model was given


class _Recorder(BaseHTTPRequestHandler):
    bodies: list[str] = []

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        _Recorder.bodies.append(body)
        chunk = {"id": "x", "object": "text_completion", "created": 0, "model": "m", "choices": [{"index": 0, "text": "x]) : Bonjour <PERSON_1>.", "finish_reason": None}]}
        payload = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def recording_endpoint():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def _assert_nothing_crosses(assistant, audit, shared_index, caplog, capfd, utterances, values, name, language):
    """Every value stays out of the LLM requests, the audit store (raw and decrypted), the logs and the index; the
    agent's view gets them back."""
    _Recorder.bodies.clear()
    caplog.set_level(logging.DEBUG)
    conversation = assistant.conversation()
    for text in utterances:
        conversation.customer(text)
    crossed = "\n".join(_Recorder.bodies) + audit.backend.path.read_bytes().decode("utf-8", "ignore") + caplog.text + "".join(capfd.readouterr())
    crossed += json.dumps([e.payload for e in audit.entries()], ensure_ascii=False)  # decrypted payloads too ("zéro" unescaped)
    crossed += (shared_index.path / "entries.jsonl").read_text(encoding="utf-8")
    assert _Recorder.bodies, "the LLM endpoint was not called"
    for value in values:
        assert value not in crossed and value.replace(" ", "") not in crossed.replace(" ", ""), value
    # A name's parts can be ordinary words of the knowledge ("loi Hamon"): look for them where customer text flows.
    customer_side = [t.text.text for t in conversation.turns] + [json.dumps(e.payload.get("query", "")) for e in audit.entries() if e.payload]
    customer_side += [caplog.text, "".join(capfd.readouterr())]
    leaked = [part for part in name.split() if len(part) > 2 and any(re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text) for text in customer_side)]
    assert not leaked, name
    restored = [conversation.restore(t.text.text) for t in conversation.turns]
    assert restored == utterances  # the agent's view gets the real details back
    assert {t.language for t in conversation.turns} == {language}  # each utterance was scrubbed with its language's rules


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6))
def test_no_raw_pii_crosses_any_boundary(make_assistant, audit, recording_endpoint, shared_index, caplog, capfd, seed):
    rng = random.Random(seed)
    names = Faker("fr_FR")
    names.seed_instance(seed)
    name = f"{names.first_name()} {names.last_name()}"
    from num2words import num2words

    card = luhn_card(rng)
    values = [phone(rng), email(rng), card, nir(rng), iban(), f"VE-{rng.randint(100000, 999999)}", spoken(phone(rng)), spoken(card),
              num2words(rng.choice([n for n in range(101, 1000) if n % 100]), lang="fr")]  # fmt: skip  # "cent un"…: never one word
    utterances = [
        f"Bonjour, je m'appelle {name}, client {values[5]}, mon portable est le {values[0]} et mon mail {values[1]}.",
        f"Ma facture est trop élevée, je veux payer avec la carte {values[2]}.",
        f"Mon numéro de sécurité sociale est {values[3]} et l'IBAN pour le prélèvement {values[4]}.",
        f"euh rappelez-moi plutôt au {values[6]} ou alors je paye par carte {values[7]} et le cryptogramme c'est {values[8]}",
    ]
    assistant = make_assistant(OpenAICompatibleModel(recording_endpoint, "m", "k"))
    _assert_nothing_crosses(assistant, audit, shared_index, caplog, capfd, utterances, values, name, "fr")


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6))
def test_no_raw_pii_crosses_any_boundary_in_english_speech(make_assistant, audit, recording_endpoint, shared_index, caplog, capfd, seed):
    """The same guarantee for an English caller, as chat and as lower-case speech-to-text with values read aloud."""
    from tests.pii import iban_for, spoken_en

    rng = random.Random(seed)
    names = Faker("en_GB")
    names.seed_instance(seed)
    name = f"{names.first_name()} {names.last_name()}"
    card, mobile = luhn_card(rng), "07" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    policy = f"{rng.choice(['HM', 'PW', 'KA'])}{rng.randint(10**7, 10**8 - 1)}"
    values = [mobile, names.email(), card, iban_for("GB", 18, rng), policy, spoken_en(mobile, rng), spoken_en(card, rng), spoken_en(policy[2:], rng)]
    utterances = [
        f"Hi, my name is {name}, policy {values[4]}, my mobile is {values[0]} and my email {values[1]}.",
        f"My bill is far too high, I want to pay with the card {values[2]}.",
        f"Please take the direct debit from IBAN {values[3]} from next month.",
        f"erm can you call me back on {values[5]} or i'll pay by card {values[6]} the policy is {' '.join(policy[:2].lower())} {values[7]}",
    ]
    assistant = make_assistant(OpenAICompatibleModel(recording_endpoint, "m", "k"))
    _assert_nothing_crosses(assistant, audit, shared_index, caplog, capfd, utterances, values, name, "en")


def test_post_call_summary_with_the_embedded_model(make_assistant, llm, audit):
    conversation = make_assistant(llm).conversation()
    conversation.customer("Bonjour, c'est Marie Dupont, je déménage le mois prochain à Lyon, comment je fais pour l'électricité ?")
    conversation.agent("Je programme la résiliation à votre départ et la mise en service dans le nouveau logement.")
    summary = conversation.summary()
    assert [line.split(" :")[0] for line in summary.text.text.splitlines()] == ["Motif", "Actions", "Résultat", "Suivi"]
    assert summary.explanation.prompt.id == "post-call-summary" and summary.explanation.model.provider == "embedded-llama.cpp"
    assert "Dupont" not in summary.text.text and "Dupont" not in json.dumps([e.payload for e in audit.entries()], ensure_ascii=False)


class _Failing(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(500)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"error": {"message": "internal error"}}')

    def log_message(self, *args):
        pass


def test_an_http_error_or_an_empty_reply_leaves_the_curated_suggestions(make_assistant, audit, caplog):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        failing = OpenAICompatibleModel(f"http://127.0.0.1:{server.server_address[1]}/v1", "m", timeout_s=5, max_retries=0)
        with caplog.at_level(logging.DEBUG):
            result = make_assistant(failing, generation_needs_agreement=False).conversation().customer("Je suis Marie Dupont, ma facture est trop élevée")
    finally:
        server.shutdown()
    assert result.curated and result.generative is None and "HTTP 500" in result.generative_error
    assert "Dupont" not in caplog.text and "Dupont" not in json.dumps([e.payload for e in audit.entries()], ensure_ascii=False)
    empty = make_assistant(FakeModel(""), generation_needs_agreement=False).conversation().customer("Ma facture est trop élevée")
    assert empty.curated and empty.generative is None and "non_empty" in empty.generative_error
