"""The service over HTTP and WebSocket, with the real assistant (scrubber, index, audit log); the LLM where it matters."""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import threading
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from tests.pii import iban, phone

ROLES = ("agent", "supervisor", "compliance", "admin")


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def make_service(make_assistant, tmp_path):
    from assist.server import Authenticator, KeyStore, create_app

    started = []

    def build(model=None, assistant_options=None, **options):
        keys = KeyStore(tmp_path / f"keys-{len(started)}.json")  # one store per service built in a test
        credentials = {role: keys.add(f"{role}-one", role) for role in ROLES}
        credentials["other_agent"] = keys.add("agent-two", "agent")
        assistant = make_assistant(model, **(assistant_options or {}))
        authenticator = Authenticator(keys, b"s" * 32)
        app = create_app(assistant, authenticator, max_body_bytes=8192, housekeeping_s=3600, **options)
        client = TestClient(app).__enter__()
        started.append((client, assistant))
        return SimpleNamespace(client=client, key=credentials, assistant=assistant, audit=assistant.audit, keys=keys, authenticator=authenticator)

    yield build
    for client, assistant in started:
        client.__exit__(None, None, None)
        assistant.close()


@pytest.fixture
def service(make_service):
    return make_service()


def open_call(service, key="agent", **body):
    response = service.client.post("/api/conversations", json=body, headers=bearer(service.key[key]))
    assert response.status_code == 201, response.text
    return response.json()["id"]


def post(service, conversation_id, speaker, text, seq=None, key="agent"):
    body = {"speaker": speaker, "text": text} | ({"seq": seq} if seq is not None else {})
    return service.client.post(f"/api/conversations/{conversation_id}/turns", json=body, headers=bearer(service.key[key]))


def test_only_health_is_anonymous_a_bad_token_is_401_and_a_wrong_role_403(service):
    client, key = service.client, service.key
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/ready").status_code == 200
    assert client.get("/openapi.json").status_code == 200
    for path in ("/api/campaigns", "/api/conversations", "/api/analytics", "/api/audit/entries", "/api/admin/knowledge", "/api/me"):
        assert client.get(path).status_code == 401
        assert client.get(path, headers=bearer("ak_forged_key")).status_code == 401
        assert client.get(path, headers=bearer("not-a-token")).status_code == 401
    allowed = {"/api/conversations": "agent", "/api/analytics": "supervisor", "/api/audit/entries": "compliance", "/api/admin/knowledge": "admin"}
    for path, role in allowed.items():
        for other in ROLES:
            status = client.get(path, headers=bearer(key[other])).status_code
            assert status == (200 if other == role else 403), (path, other, status)
    assert "agent role" in client.get("/api/conversations", headers=bearer(key["compliance"])).json()["detail"]


def test_a_session_token_stands_for_its_key_until_the_key_is_revoked(service):
    client = service.client
    session = client.post("/api/session", headers=bearer(service.key["compliance"])).json()
    assert session["role"] == "compliance" and session["agent_ref"].startswith("agt_")
    assert client.get("/api/me", headers=bearer(session["token"])).json()["role"] == "compliance"
    assert client.get("/api/me", headers=bearer(session["token"][:-2] + "xx")).status_code == 401  # tampered
    assert client.post("/api/session", headers=bearer(session["token"])).status_code == 401  # a session cannot mint sessions
    from assist.server import KeyStore

    KeyStore(service.keys.path).revoke("compliance-one")  # `assist keys revoke`, from another process
    assert client.get("/api/me", headers=bearer(session["token"])).status_code == 401
    assert client.get("/api/me", headers=bearer(service.key["compliance"])).status_code == 401
    added = KeyStore(service.keys.path).add("late-comer", "supervisor")
    assert client.get("/api/me", headers=bearer(added)).json()["role"] == "supervisor"


def test_a_customer_turn_comes_back_with_curated_suggestions_and_streams_on_the_websocket(service):
    conversation = open_call(service, campaign="fidelisation-offre-verte")
    token = service.client.post("/api/session", headers=bearer(service.key["agent"])).json()["token"]
    with service.client.websocket_connect(f"/api/conversations/{conversation}/events") as socket:
        socket.send_json({"type": "auth", "token": token})
        snapshot = socket.receive_json()
        assert snapshot["type"] == "snapshot" and snapshot["conversation"]["script"]["next_step"]["id"] == "volta-offre-verte-etape-ouverture"
        response = post(service, conversation, "customer", "Bonjour, pourquoi ma facture a augmenté ce mois-ci ?", seq=0)
        assert response.status_code == 201
        body = response.json()
        replies = body["suggestions"]["replies"]
        assert replies and all(r["sources"] and r["sources"][0]["snippet"] for r in replies)
        assert [m["id"] for m in body["suggestions"]["script"]["mentions_due"]][:1] == ["volta-offre-verte-mention-enregistrement"]
        events = [socket.receive_json() for _ in range(3)]
        assert [e["type"] for e in events] == ["turn", "suggestions", "generative"]
        assert events[1]["turn_id"] == body["turn"]["id"] and events[1]["replies"] == replies
        assert events[2]["suggestion"] is None and events[2]["error"] == "no generator configured"


def test_the_agent_sees_the_customers_details_and_nothing_else_does(service, caplog):
    rng = random.Random(7)
    number, account = phone(rng), iban()
    text = f"Je suis Camille Bertrand, mon numéro est le {number} et mon IBAN {account}, ma facture est trop élevée"
    caplog.set_level(logging.INFO, logger="assist")
    conversation = open_call(service)
    body = post(service, conversation, "customer", text, seq=0).json()
    assert number in body["turn"]["text"] and "Camille Bertrand" in body["turn"]["text"]  # restored for the agent
    agent_view = service.client.get(f"/api/conversations/{conversation}", headers=bearer(service.key["agent"])).json()
    assert account in agent_view["turns"][0]["text"]
    compliance = bearer(service.key["compliance"])
    exported = service.client.get("/api/audit/export?format=jsonl", headers=compliance).text
    bundle = service.client.get("/api/audit/export?format=bundle", headers=compliance).text
    listed = service.client.get("/api/audit/entries", headers=compliance).text
    from assist.server.logs import JsonFormatter

    logged = "\n".join(JsonFormatter().format(r) for r in caplog.records)
    assert "/api/conversations/{conversation_id}/turns" in logged  # request lines are there, by route template
    for value in (number, account, "Camille", "Bertrand", number.replace(" ", ""), account.replace(" ", "")):
        for place, content in (("audit export", exported), ("bundle", bundle), ("audit list", listed), ("logs", logged)):
            assert value not in content, f"{value!r} leaked into the {place}"
    assert "<PHONE_NUMBER_1>" in exported and "<PERSON_1>" in exported  # what reviewers read instead
    service.client.post(f"/api/conversations/{conversation}/close", json={"summary": False}, headers=bearer(service.key["agent"]))
    closed = service.client.get(f"/api/conversations/{conversation}", headers=bearer(service.key["agent"])).json()
    assert closed["closed"] and closed["latest"] is None
    assert number not in json.dumps(closed) and "Bertrand" not in json.dumps(closed)  # the vault and every restored copy are gone
    live = service.client.app.state.service.store.get(conversation)
    assert "Bertrand" not in repr(live) and all("Bertrand" not in s.display_text for s in live.suggestions.values())
    replay = post(service, conversation, "customer", text, seq=0)
    assert replay.status_code == 409 and "closed" in replay.json()["detail"] and "Bertrand" not in replay.text


def test_a_retried_turn_is_recorded_once_and_a_gap_or_a_different_turn_is_a_conflict(service):
    conversation = open_call(service)
    first = post(service, conversation, "customer", "Je déménage le mois prochain, comment faire ?", seq=0)
    again = post(service, conversation, "customer", "Je déménage le mois prochain, comment faire ?", seq=0)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["replayed"] and again.json()["turn"] == first.json()["turn"]
    other = post(service, conversation, "customer", "Autre chose", seq=0)
    gap = post(service, conversation, "agent", "Je regarde", seq=3)
    assert (other.status_code, gap.status_code) == (409, 409)
    assert "the next turn is 1" in gap.json()["detail"]
    assert post(service, conversation, "agent", "Je regarde cela avec vous.", seq=1).status_code == 201
    assert post(service, conversation, "customer", "Merci", key="agent").status_code == 201  # without seq: appended
    turns = service.client.get(f"/api/conversations/{conversation}", headers=bearer(service.key["agent"])).json()["turns"]
    assert [t["index"] for t in turns] == [0, 1, 2] and [t["speaker"] for t in turns] == ["customer", "agent", "customer"]


def test_bad_input_gets_a_clear_4xx_and_loses_nothing(service):
    client, agent = service.client, bearer(service.key["agent"])
    conversation = open_call(service)
    cases = [
        (client.post("/api/conversations", content=b"{not json", headers={**agent, "content-type": "application/json"}), 422),
        (client.post(f"/api/conversations/{conversation}/turns", content=b"x" * 9000, headers={**agent, "content-type": "application/json"}), 413),
        (client.post(f"/api/conversations/{conversation}/turns", json={"speaker": "customer", "text": ""}, headers=agent), 422),
        (client.post(f"/api/conversations/{conversation}/turns", json={"speaker": "robot", "text": "bonjour"}, headers=agent), 422),
        (client.post(f"/api/conversations/{conversation}/turns", json={"speaker": "customer", "text": "a" * 5000}, headers=agent), 422),
        (client.post(f"/api/conversations/{conversation}/turns", json={"speaker": "customer", "text": 12}, headers=agent), 422),
        (client.post(f"/api/conversations/{conversation}/turns", json={"speaker": "customer", "text": "ok", "seq": -1}, headers=agent), 422),
        (client.post(f"/api/conversations/{conversation}/turns", json={"speaker": "customer", "text": "ok", "extra": 1}, headers=agent), 422),
        (client.post("/api/conversations/nope/turns", json={"speaker": "customer", "text": "bonjour"}, headers=agent), 404),
        (client.post("/api/conversations", json={"campaign": "no-such-campaign"}, headers=agent), 422),
        (client.post("/api/conversations", json={"language": "de"}, headers=agent), 422),
        (client.post("/api/conversations", json={"conversation_id": "../etc"}, headers=agent), 422),
        (client.post(f"/api/conversations/{conversation}/actions", json={"suggestion_id": "nope", "action": "accepted"}, headers=agent), 404),
        (client.get("/api/suggestions/nope/explanation", headers=agent), 404),
        (client.get("/api/audit/entries?limit=0", headers=bearer(service.key["compliance"])), 422),
        (client.get("/api/audit/entries?since=yesterday", headers=bearer(service.key["compliance"])), 422),
        (client.get("/api/analytics?until=2026-13-45", headers=bearer(service.key["supervisor"])), 422),
    ]
    for response, status in cases:
        assert response.status_code == status, (response.request.url, response.text)
        assert "detail" in response.json()
    assert "the utterance is 5000 characters" in cases[4][0].json()["detail"]
    lone_surrogate = b'{"speaker": "customer", "text": "bonjour \\ud800"}'
    for url, body in ((f"/api/conversations/{conversation}/turns", lone_surrogate), ("/api/conversations", b'{"campaign": "\\udfff"}')):
        response = client.post(url, content=body, headers={**agent, "content-type": "application/json"})
        assert response.status_code == 422, response.text
    compliance = bearer(service.key["compliance"])
    assert client.get("/api/audit/entries?since=0001-01-01T00:00:00%2B01:00", headers=compliance).status_code == 422
    assert client.get("/api/audit/entries?before_seq=10000000000000000000", headers=compliance).status_code == 422
    secret = "mon code secret est 4821"
    rejected = client.post(f"/api/conversations/{conversation}/turns", json={"speaker": "customer", "text": secret, "seq": 9}, headers=agent)
    assert rejected.status_code == 409 and secret not in rejected.text
    assert client.get(f"/api/conversations/{conversation}", headers=agent).json()["turns"] == []  # nothing half-recorded
    client.post(f"/api/conversations/{conversation}/close", json={"summary": False}, headers=agent)
    assert post(service, conversation, "customer", "encore là ?").status_code == 409
    assert client.post(f"/api/conversations/{conversation}/close", headers=agent).status_code == 409


def test_an_agent_never_reaches_another_agents_conversation(service):
    conversation = open_call(service)
    suggestion = post(service, conversation, "customer", "Ma facture est trop élevée", seq=0).json()["suggestions"]["replies"][0]["id"]
    other = bearer(service.key["other_agent"])
    assert service.client.get(f"/api/conversations/{conversation}", headers=other).status_code == 404
    assert post(service, conversation, "customer", "bonjour", key="other_agent").status_code == 404
    assert service.client.get(f"/api/suggestions/{suggestion}/explanation", headers=other).status_code == 404
    assert service.client.get("/api/conversations", headers=other).json()["conversations"] == []
    token = service.client.post("/api/session", headers=other).json()["token"]
    with service.client.websocket_connect(f"/api/conversations/{conversation}/events") as socket:
        socket.send_json({"type": "auth", "token": token})
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_json()
    assert closed.value.code == 4404


def test_agent_actions_are_recorded_once_and_reviewers_see_them_with_the_explanation(service):
    client, agent = service.client, bearer(service.key["agent"])
    conversation = open_call(service, campaign="fidelisation-offre-verte")
    replies = post(service, conversation, "customer", "Bonjour, je voudrais comprendre ma facture", seq=0).json()["suggestions"]["replies"]
    accepted, edited, ignored = (r["id"] for r in replies[:3])
    actions = f"/api/conversations/{conversation}/actions"
    assert client.post(actions, json={"suggestion_id": accepted, "action": "accepted"}, headers=agent).status_code == 201
    assert client.post(actions, json={"suggestion_id": accepted, "action": "ignored"}, headers=agent).status_code == 409
    assert client.post(actions, json={"suggestion_id": edited, "action": "edited"}, headers=agent).status_code == 422
    assert client.post(actions, json={"suggestion_id": edited, "action": "edited", "final_text": "Ma version à moi"}, headers=agent).status_code == 201
    assert client.post(actions, json={"suggestion_id": ignored, "action": "ignored"}, headers=agent).status_code == 201
    mine = client.get(f"/api/suggestions/{accepted}/explanation", headers=agent).json()
    assert mine["suggestion_id"] == accepted and mine["sources"] and mine["actions"][0]["action"] == "accepted"
    review = client.get(f"/api/audit/suggestions/{edited}", headers=bearer(service.key["compliance"])).json()
    assert review["actions"][0]["action"] == "edited" and review["actions"][0]["edit_distance"] > 0
    assert "Ma version" not in json.dumps(review) and review["entry"]["hash"]
    stats = client.get("/api/analytics", headers=bearer(service.key["supervisor"])).json()
    assert stats["totals"]["accepted"] == 1 and stats["totals"]["edited"] == 1 and stats["totals"]["ignored"] == 1
    assert stats["totals"]["shown"] >= 3 and stats["conversations"] == 1
    campaign = next(g for g in stats["by"]["campaign"] if g["key"] == "fidelisation-offre-verte")
    assert campaign["acceptance_rate"] == round(1 / campaign["shown"], 4)
    assert [g["key"] for g in stats["by"]["script_version"]] == ["fidelisation-offre-verte 1.0"]
    agents = [g["key"] for g in stats["by"]["agent"]]
    assert agents == [service.authenticator.agent_ref("agent-one")] and "agent-one" not in json.dumps(stats)
    assert stats["latency_ms"]["curated"]["n"] == 1


def test_compliance_searches_pages_exports_and_sees_tampering(service):
    client, compliance = service.client, bearer(service.key["compliance"])
    conversation = open_call(service)
    for text in ("Ma facture est trop élevée", "Je veux résilier", "Je déménage bientôt"):
        assert post(service, conversation, "customer", text).status_code == 201
    assert client.get("/api/audit/entries?since=2099-01-01T00:00:00Z", headers=compliance).json()["entries"] == []
    assert client.get("/api/audit/entries?until=2000-01-01", headers=compliance).json()["entries"] == []
    first = client.get("/api/audit/entries?limit=2&kind=suggestion", headers=compliance).json()
    assert len(first["entries"]) == 2 and first["entries"][0]["seq"] > first["entries"][1]["seq"]
    second = client.get(f"/api/audit/entries?limit=2&kind=suggestion&before_seq={first['next_before_seq']}", headers=compliance).json()
    assert second["entries"][0]["seq"] < first["entries"][1]["seq"]
    by_conversation = client.get(f"/api/audit/entries?conversation_id={conversation}&suggestion_type=curated", headers=compliance).json()["entries"]
    assert by_conversation and {e["suggestion_type"] for e in by_conversation} == {"curated"}
    entry = client.get(f"/api/audit/entries/{by_conversation[0]['entry_id']}", headers=compliance).json()
    assert entry["payload"]["suggestion_id"] == by_conversation[0]["suggestion_id"]
    assert client.get("/api/audit/integrity", headers=compliance).json()["ok"] is True

    from assist.audit.log import verify_bundle

    bundle = client.get("/api/audit/export?format=bundle", headers=compliance)
    assert "attachment" in bundle.headers["content-disposition"]
    path = service.audit.backend.path.with_name("exported.json")
    path.write_bytes(bundle.content)
    assert verify_bundle(path).entries == len(service.audit)

    seq = by_conversation[-1]["seq"]
    with sqlite3.connect(service.audit.backend.path) as db:  # an insider rewrites one entry behind the log's back
        db.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
        db.execute("UPDATE audit_entries SET header = replace(header, 'curated', 'generative') WHERE seq = ?", (seq,))
    report = client.get("/api/audit/integrity", headers=compliance).json()
    assert report["ok"] is False and report["first_bad_seq"] == seq and "altered" in report["error"]


def test_the_websocket_authenticates_first_answers_bad_messages_and_takes_turns(service):
    conversation = open_call(service)
    def close_code(first_message) -> int:
        with service.client.websocket_connect(f"/api/conversations/{conversation}/events") as socket:
            socket.send_json(first_message)
            with pytest.raises(WebSocketDisconnect) as refused:
                socket.receive_json()
        return refused.value.code

    assert close_code({"type": "hello"}) == 4401
    assert close_code({"type": "auth", "token": 12}) == 4401
    compliance_token = service.client.post("/api/session", headers=bearer(service.key["compliance"])).json()["token"]
    assert close_code({"type": "auth", "token": compliance_token}) == 4403
    token = service.client.post("/api/session", headers=bearer(service.key["agent"])).json()["token"]
    with service.client.websocket_connect(f"/api/conversations/{conversation}/events") as socket:
        socket.send_json({"type": "auth", "token": token})
        assert socket.receive_json()["type"] == "snapshot"
        socket.send_bytes(b"\x00\x01")
        assert socket.receive_json()["status"] == 422
        socket.send_text("{broken")
        assert socket.receive_json() == {"type": "error", "status": 422, "detail": "messages are JSON objects"}
        socket.send_json({"type": "turn", "speaker": "customer", "text": "Je voudrais payer en plusieurs fois", "seq": 0})
        received = [socket.receive_json() for _ in range(4)]
        ack = next(e for e in received if e["type"] == "ack")
        assert ack["seq"] == 0 and not ack["replayed"]
        assert {e["type"] for e in received} >= {"turn", "suggestions"}
        socket.send_json({"type": "turn", "speaker": "customer", "text": "plus tard", "seq": 5})
        error = next(e for e in (socket.receive_json() for _ in range(3)) if e["type"] == "error")
        assert error["status"] == 409
    # the console went away mid-conversation: the conversation goes on, and a new socket gets it all back
    assert post(service, conversation, "agent", "Je vous explique l'échéancier.", seq=1).status_code == 201
    with service.client.websocket_connect(f"/api/conversations/{conversation}/events") as socket:
        socket.send_json({"type": "auth", "token": token})
        snapshot = socket.receive_json()["conversation"]
        assert [t["speaker"] for t in snapshot["turns"]] == ["customer", "agent"] and snapshot["latest"]["replies"]


def test_a_turn_recorded_before_a_failure_is_answered_again_not_recorded_twice(service, monkeypatch):
    from assist.errors import AuditError

    conversation = open_call(service)
    real_append = service.audit.append
    monkeypatch.setattr(service.audit, "append", lambda entries: (_ for _ in ()).throw(AuditError("disk full")))
    failed = post(service, conversation, "customer", "Ma facture est trop élevée", seq=0)
    assert failed.status_code == 503 and "same seq" in failed.json()["detail"]
    monkeypatch.setattr(service.audit, "append", real_append)
    retried = post(service, conversation, "customer", "Ma facture est trop élevée", seq=0)
    assert retried.status_code == 200 and retried.json()["replayed"] and retried.json()["suggestions"] is None
    assert post(service, conversation, "customer", "Et le prélèvement ?", seq=1).status_code == 201
    turns = service.client.get(f"/api/conversations/{conversation}", headers=bearer(service.key["agent"])).json()["turns"]
    assert [t["index"] for t in turns] == [0, 1]


def test_a_call_id_is_used_once(service):
    first = open_call(service, conversation_id="call-2026-000123")
    assert first == "call-2026-000123"
    assert post(service, first, "customer", "Ma facture est trop élevée", seq=0).json()["suggestions"]["replies"]
    again = service.client.post("/api/conversations", json={"conversation_id": first}, headers=bearer(service.key["other_agent"]))
    assert again.status_code == 409
    service.client.app.state.service.store._items.clear()  # a restart: the audit log still knows the id
    assert service.client.post("/api/conversations", json={"conversation_id": first}, headers=bearer(service.key["agent"])).status_code == 409


def test_a_revoked_session_stops_receiving_events(service):
    from assist.server import KeyStore

    conversation = open_call(service)
    token = service.client.post("/api/session", headers=bearer(service.key["agent"])).json()["token"]
    with service.client.websocket_connect(f"/api/conversations/{conversation}/events") as socket:
        socket.send_json({"type": "auth", "token": token})
        assert socket.receive_json()["type"] == "snapshot"
        KeyStore(service.keys.path).revoke("agent-one")
        bus = service.client.app.state.service.bus
        service.client.portal.call(bus.publish, conversation, {"type": "turn", "turn": {"text": "Bonjour, ici Paul Girard"}})
        with pytest.raises(WebSocketDisconnect) as ended:
            socket.receive_json()
    assert ended.value.code == 4401


def test_closing_returns_the_summary_and_destroys_the_vault(service):
    conversation = open_call(service)
    post(service, conversation, "customer", "Je suis Paul Girard et ma facture est trop élevée", seq=0)
    closed = service.client.post(f"/api/conversations/{conversation}/close", json={"summary": True}, headers=bearer(service.key["agent"])).json()
    assert closed["closed"] and closed["summary"]["type"] == "summary" and closed["summary"]["text"]
    live = service.client.app.state.service.store.get(conversation)
    assert live.state.vault.placeholders() == frozenset() and live.state.closed


def test_concurrent_turns_from_many_threads_make_one_verifiable_chain(service):
    conversations = [open_call(service) for _ in range(6)]
    errors = []

    def talk(conversation):
        for seq, text in enumerate(["Ma facture est trop élevée", "Et le prélèvement ?", "Je déménage", "Merci"]):
            response = post(service, conversation, "customer", text, seq=seq)
            if response.status_code != 201:
                errors.append(response.text)

    threads = [threading.Thread(target=talk, args=(c,)) for c in conversations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = service.audit.verify()
    assert report.entries == len(service.audit) and report.entries > 6 * 4


@pytest.mark.slow
def test_ready_says_whether_the_model_is_off_on_or_down_and_stays_ready_without_it(make_service, llm):
    assert make_service().client.get("/ready").json()["llm"] == "off"  # curated suggestions only, by configuration
    model_alive = [True]
    service = make_service(llm, assistant_options={"llm_alive": lambda: model_alive[0]})
    assert service.client.get("/ready").json()["llm"] == "on"
    model_alive[0] = False  # e.g. the model's child process was killed
    ready = service.client.get("/ready")
    assert ready.status_code == 200 and ready.json()["llm"] == "down"
    conversation = open_call(service)
    turn = post(service, conversation, "customer", "Bonjour, pourquoi ma facture a augmenté ce mois-ci ?", seq=0)
    assert turn.status_code == 201 and turn.json()["suggestions"]["replies"]  # the agent is still served


@pytest.mark.slow
def test_the_generated_reply_streams_token_by_token_to_the_console(make_service, llm):
    service = make_service(llm)
    conversation = open_call(service)
    token = service.client.post("/api/session", headers=bearer(service.key["agent"])).json()["token"]
    with service.client.websocket_connect(f"/api/conversations/{conversation}/events") as socket:
        socket.send_json({"type": "auth", "token": token})
        socket.receive_json()
        body = post(service, conversation, "customer", "J'ai besoin d'un justificatif de domicile pour mon dossier", seq=0).json()
        assert body["suggestions"]["generating"]
        events = []
        while not events or events[-1]["type"] != "generative":
            events.append(socket.receive_json())
    tokens = [e["text"] for e in events if e["type"] == "token"]
    done = events[-1]
    assert len(tokens) > 3, done  # the model's words reached the console as they came
    latest = service.client.get(f"/api/conversations/{conversation}", headers=bearer(service.key["agent"])).json()["latest"]
    assert latest["generating"] is False
    audited = [e.payload for e in service.audit.entries() if e.header.get("facets", {}).get("suggestion_type") == "generative"]
    assert len(audited) == 1
    if done["suggestion"] is not None:  # a guarded, cited reply from the real model, first in the console's list
        assert done["suggestion"]["citations"] == ["volta-faq-justificatif-domicile"]
        assert latest["replies"][0]["id"] == done["suggestion"]["id"] and audited[0]["shown"] is True
    else:  # the 270M model's draft failed a guard: the console keeps the curated lines, the log says why
        assert done["error"].startswith("guard failed") and audited[0]["shown"] is False
        assert all(r["type"] != "generative" for r in latest["replies"]) and latest["replies"]


@pytest.mark.slow
def test_the_service_can_run_the_embedded_model_in_a_lower_priority_child(tmp_path):
    import os
    import signal

    from assist.llm import EmbeddedLlamaServer, OpenAICompatibleModel
    from assist.llm.embedded import MODEL_NAME

    with EmbeddedLlamaServer(tmp_path / "models", nice=5) as server:
        pid = server._process.pid
        assert os.getpriority(os.PRIO_PROCESS, pid) - os.getpriority(os.PRIO_PROCESS, 0) == 5
        OpenAICompatibleModel(server.base_url, MODEL_NAME, server.api_key).check()  # answers over HTTP like any endpoint
        assert server.alive()
        os.kill(pid, signal.SIGKILL)  # a crash of the model
        server._process.join(10)
        assert not server.alive()  # what /ready reports as "down"
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped with the context
