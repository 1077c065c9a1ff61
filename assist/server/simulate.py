"""Replay transcripts against a running service as live feeds: the simulator behind `assist simulate` and `assist bench service`.

Each simulated call opens a conversation, follows it on the WebSocket like a console, and posts its turns as a
speech-to-text feed would: a customer turn every `interval_s` seconds, the agent's reply in between. It measures
what a client sees: the time from posting a customer turn to its curated suggestions (in the HTTP answer, and as the
WebSocket event a console renders) and counts every error.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import connect

from assist.stats import percentile


def load_calls(path: Path) -> list[dict[str, Any]]:
    from assist.conversation_eval import load_conversations

    return [{"language": c.get("language", "fr"), "campaign": c.get("campaign"), "turns": [{"speaker": t["speaker"], "text": t["text"]} for t in c["turns"]]}
            for c in load_conversations(path)]


def run(
    url: str, key: str, calls: list[dict[str, Any]], *, conversations: int, interval_s: float, duration_s: float | None = None, vary: bool = True,
    agent_turns: bool = True, seed: int = 0,
) -> dict[str, Any]:
    """`vary` adds spoken fillers to every replayed turn, so each one is new to the service (no cache hit);
    `agent_turns=False` posts the customer's turns only."""
    if not calls:
        raise ValueError("no transcripts to replay")
    simulation = _Simulation(url.rstrip("/"), key, calls, conversations, interval_s, duration_s)
    simulation.vary, simulation.rng, simulation.agent_turns = vary, random.Random(seed), agent_turns
    return asyncio.run(simulation.run())


class _Simulation:
    def __init__(self, url: str, key: str, calls: list[dict[str, Any]], conversations: int, interval_s: float, duration_s: float | None):
        self.url, self.key, self.calls = url, key, calls
        self.conversations, self.interval_s, self.duration_s = conversations, interval_s, duration_s
        self.http_ms: list[float] = []
        self.ws_ms: list[float] = []
        self.server_ms: dict[str, list[float]] = {"server_queue_and_curated": [], "server_curated_work": [], "server_scrub": [], "server_retrieve": []}
        self.errors: list[str] = []
        self.counts = {"customer_turns": 0, "agent_turns": 0, "generated": 0, "conversations": 0}
        self.agent_ms: list[float] = []
        self.tracking: dict[str, int] = {}  # how agent turns moved the campaign script on (embeddings, or words only when busy)
        self.not_generated: dict[str, int] = {}  # why a turn got no generated reply (busy model, disagreement, cancelled...)
        self.next_customer: dict[int, float] = {}  # per simulated line: when its next customer turn is due (kept across calls)

    async def run(self) -> dict[str, Any]:
        started = time.monotonic()
        self.stop_at = started + self.duration_s if self.duration_s else None
        limits = httpx.Limits(max_connections=self.conversations * 2 + 10, max_keepalive_connections=self.conversations * 2 + 10)
        async with httpx.AsyncClient(base_url=self.url, headers={"Authorization": f"Bearer {self.key}"}, timeout=60, limits=limits) as client:
            session = await client.post("/api/session")
            if session.status_code != 200:
                raise ValueError(f"the service refused the key (HTTP {session.status_code}: {session.text[:200]})")
            self.token = session.json()["token"]
            await asyncio.gather(*(self._worker(client, n) for n in range(self.conversations)))
        latency = {"curated_http": self.http_ms, "curated_websocket": self.ws_ms, **self.server_ms, "agent_turn_http": self.agent_ms}
        return {
            **self.counts,
            "script_tracking": self.tracking,
            "not_generated": dict(sorted(self.not_generated.items(), key=lambda kv: -kv[1])),
            "elapsed_s": round(time.monotonic() - started, 1),
            "latency_ms": {name: _summary(values) for name, values in latency.items()},
            "errors": self.errors,
        }

    def _time_left(self) -> bool:
        return self.stop_at is None or time.monotonic() < self.stop_at

    async def _worker(self, client: httpx.AsyncClient, number: int) -> None:
        await asyncio.sleep(random.Random(number).uniform(0, self.interval_s))  # calls do not all start at once
        call_index = number
        while self._time_left():
            try:
                await self._call(client, number, self.calls[call_index % len(self.calls)])
            except (httpx.HTTPError, OSError) as exc:  # a failed request or socket is an error of the run, not a crash
                self.errors.append(f"conversation {number}: {type(exc).__name__} {exc}"[:300])
            call_index += self.conversations
            if self.stop_at is None:
                return

    async def _call(self, client: httpx.AsyncClient, number: int, call: dict[str, Any]) -> None:
        where = f"conversation {number}"
        opened = await client.post("/api/conversations", json={"language": call["language"], "campaign": call["campaign"]})
        if opened.status_code != 201:
            self.errors.append(f"{where}: open -> HTTP {opened.status_code} {opened.text[:200]}")
            return
        conversation_id = opened.json()["id"]
        self.counts["conversations"] += 1
        arrived: dict[str, float] = {}
        signals: dict[str, asyncio.Event] = {}
        ws_url = self.url.replace("http", "ws", 1) + f"/api/conversations/{conversation_id}/events"
        async with connect(ws_url, max_size=2**22) as socket:
            await socket.send(json.dumps({"type": "auth", "token": self.token}))
            reader = asyncio.create_task(self._read(socket, where, arrived, signals))
            try:
                await self._turns(client, number, where, conversation_id, call, arrived, signals)
            finally:
                closed = await client.post(f"/api/conversations/{conversation_id}/close", json={"summary": False})
                if closed.status_code != 200:
                    self.errors.append(f"{where}: close -> HTTP {closed.status_code} {closed.text[:200]}")
                reader.cancel()

    async def _turns(self, client, number, where, conversation_id, call, arrived, signals) -> None:
        """One customer turn every `interval_s` on this line, also from one call to the next."""
        turns = call["turns"] if self.agent_turns else [t for t in call["turns"] if t["speaker"] == "customer"]
        for seq, turn in enumerate(turns):
            if not self._time_left():
                return
            if turn["speaker"] == "customer":
                await asyncio.sleep(max(0.0, self.next_customer.get(number, 0.0) - time.monotonic()))
                self.next_customer[number] = time.monotonic() + self.interval_s
            else:
                await asyncio.sleep(min(1.0, self.interval_s / 3))  # the agent answers a moment after the customer
            text = vary(turn["text"], self.rng) if self.vary else turn["text"]
            posted = time.perf_counter()
            response = await client.post(f"/api/conversations/{conversation_id}/turns", json={"speaker": turn["speaker"], "text": text, "seq": seq})
            took = (time.perf_counter() - posted) * 1000
            if response.status_code != 201:
                self.errors.append(f"{where} turn {seq}: HTTP {response.status_code} {response.text[:200]}")
                return
            if turn["speaker"] == "agent":
                self.counts["agent_turns"] += 1
                self.agent_ms.append(took)
                continue
            self.counts["customer_turns"] += 1
            body = response.json()
            if body.get("suggestions") is None:
                self.errors.append(f"{where} turn {seq}: no suggestions in the answer")
                continue
            self.http_ms.append(took)
            timings = body["suggestions"].get("timings_ms", {})
            if "service_curated" in timings and "curated_total" in timings:
                self.server_ms["server_queue_and_curated"].append(timings["service_curated"])
                self.server_ms["server_curated_work"].append(timings["curated_total"])
                for stage in ("scrub", "retrieve"):  # "scrub": from the turn's arrival in the work thread to its scrubbed text
                    if stage in timings:
                        self.server_ms[f"server_{stage}"].append(timings[stage])
            turn_id = body["turn"]["id"]
            signal = signals.setdefault(turn_id, asyncio.Event())
            try:
                await asyncio.wait_for(signal.wait(), timeout=10)
                self.ws_ms.append((arrived[turn_id] - posted) * 1000)
            except asyncio.TimeoutError:
                self.errors.append(f"{where} turn {seq}: the suggestions never arrived on the WebSocket")

    async def _read(self, socket, where: str, arrived: dict[str, float], signals: dict[str, asyncio.Event]) -> None:
        try:
            async for message in socket:
                event = json.loads(message)
                if event["type"] == "suggestions":
                    arrived[event["turn_id"]] = time.perf_counter()
                    signals.setdefault(event["turn_id"], asyncio.Event()).set()
                elif event["type"] == "progress":
                    method = event.get("method", "unknown")
                    self.tracking[method] = self.tracking.get(method, 0) + 1
                elif event["type"] == "generative" and event.get("suggestion"):
                    self.counts["generated"] += 1
                elif event["type"] == "generative":
                    reason = (event.get("error") or "unknown").split(" (")[0].split(":")[0][:60]
                    self.not_generated[reason] = self.not_generated.get(reason, 0) + 1
                elif event["type"] == "error":
                    self.errors.append(f"{where}: WebSocket error {event.get('status')} {event.get('detail')}")
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported, the run goes on
            self.errors.append(f"{where}: WebSocket failed ({type(exc).__name__})")


_FILLERS = ("euh", "alors", "bon", "donc", "ben", "enfin", "voilà", "écoutez")


def vary(text: str, rng: random.Random) -> str:
    """A replayed call said differently each time (spoken fillers), so no cache makes a replay cheaper than a new call."""
    return " ".join(rng.choice(_FILLERS) for _ in range(rng.randint(1, 3))) + " " + text + " " + rng.choice(_FILLERS)


def _summary(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0, "p50": None, "p95": None, "max": None}
    return {"n": len(values), "p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1), "max": round(max(values), 1)}
