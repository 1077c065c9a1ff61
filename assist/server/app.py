"""The FastAPI application: REST and WebSocket for live conversations, reviewer APIs, and the three pages.

    app = create_app(assistant, authenticator)          # assembled by `assist serve`, or by your own code

Roles: an agent works on their own conversations only; a supervisor reads team analytics; compliance reads the
audit log; an admin reads the knowledge, prompts and settings. Every /api call needs a token; /health, /ready, the
pages with their static assets and the OpenAPI schema (/openapi.json) carry no data and are public.
"""


import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request, WebSocket, WebSocketDisconnect
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, field_validator

from assist.assistant import Assistant
from assist.audit.log import Filters
from assist.conversation import Speaker
from assist.errors import AssistError, AuditError, InputError
from assist.server import review
from assist.server.auth import Authenticator, AuthError, Principal, Role, bearer
from assist.server.live import ConversationStore, EventBus, InMemoryConversationStore, InProcessEventBus
from assist.server.service import Conflict, LiveService, NotFound

log = logging.getLogger("assist.server")
STATIC = Path(__file__).parent / "static"
ConversationId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]


# -- request bodies ---------------------------------------------------------------------
class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*")
    @classmethod
    def _text_is_unicode(cls, value: Any) -> Any:
        """A string that cannot be encoded (a lone surrogate from "\\ud800" in JSON) is refused here, not deeper."""
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("the text is not valid Unicode") from None
        return value


class OpenConversation(_Body):
    language: Literal["fr", "en", "es"] | None = None
    campaign: str | None = Field(None, max_length=100)
    conversation_id: ConversationId | None = Field(None, description="Your own id for the call (e.g. the telephony call id); generated if absent.")


class PostTurn(_Body):
    speaker: Speaker
    text: str = Field(min_length=1, max_length=20_000)
    seq: int | None = Field(None, ge=0, description="The turn's number in the conversation (0, 1, ...): makes retries safe.")


class PostAction(_Body):
    suggestion_id: str = Field(min_length=1, max_length=64)
    action: Literal["accepted", "edited", "ignored"]
    final_text: str | None = Field(None, max_length=20_000, description="What the agent sent, for 'edited' (only its hash is kept).")


class CloseConversation(_Body):
    summary: bool = True


# -- assembly -----------------------------------------------------------------------------
def create_app(
    assistant: Assistant,
    authenticator: Authenticator,
    *,
    store: ConversationStore | None = None,
    bus: EventBus | None = None,
    max_body_bytes: int = 64 * 1024,
    idle_close_s: float = 2 * 3600,
    housekeeping_s: float = 30.0,
    settings_view: dict[str, Any] | None = None,
) -> FastAPI:
    """The caller owns `assistant` (and closes it); the app closes the conversations still open when it stops."""
    service = LiveService(assistant, store or InMemoryConversationStore(), bus or InProcessEventBus())

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        housekeeping = asyncio.create_task(_housekeeping(service, idle_close_s, housekeeping_s))
        try:
            yield
        finally:
            housekeeping.cancel()
            await service.shutdown()
            await asyncio.to_thread(assistant.audit.checkpoint)

    app = FastAPI(
        title="assist", version=_version(), lifespan=lifespan, description=__doc__.split("\n\n")[0],
        telemetry={"tracing": False, "metrics": False, "logs": False},  # our own JSON request lines; no per-request tracing cost
        docs_url=None, redoc_url=None,  # their pages load from a CDN: the schema is at /openapi.json
    )
    app.state.service = service
    app.state.authenticator = authenticator
    app.add_middleware(_BodyLimit, max_bytes=max_body_bytes)  # ours, not FastAPI's max_body_size: its 413 is plain text
    app.add_middleware(_AccessLog)
    _install_handlers(app)

    def caller(*roles: Role) -> Callable[..., Principal]:
        async def dependency(request: Request) -> Principal:  # async: checked on the event loop, no thread hop
            try:
                principal = authenticator.authenticate(bearer(request.headers.get("authorization")))
            except AuthError as exc:
                raise HTTPException(401, str(exc), headers={"WWW-Authenticate": "Bearer"}) from None
            request.state.principal = principal
            if roles and principal.role not in roles:
                raise HTTPException(403, f"this needs the {' or '.join(r.value for r in roles)} role; you are {principal.role.value}")
            return principal

        return dependency

    Agent = Annotated[Principal, Depends(caller(Role.AGENT))]
    Compliance = Annotated[Principal, Depends(caller(Role.COMPLIANCE))]
    Admin = Annotated[Principal, Depends(caller(Role.ADMIN))]

    # -- health and session -------------------------------------------------------------------
    @app.get("/health", tags=["health"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", tags=["health"])
    async def ready() -> JSONResponse:
        # A model that is off or down does not make the service unready: every turn still gets its curated suggestions.
        body = {"ready": len(assistant.index) > 0, "llm": assistant.llm_status, "knowledge_snapshot": assistant.index.snapshot}
        return JSONResponse(body, status_code=200 if body["ready"] else 503)

    @app.post("/api/session", tags=["session"])
    async def session(request: Request) -> dict[str, Any]:
        """Exchange an API key (as the bearer token) for a signed session token, for the browser."""
        try:
            principal = authenticator.from_key(bearer(request.headers.get("authorization")) or "")
        except AuthError as exc:
            raise HTTPException(401, str(exc), headers={"WWW-Authenticate": "Bearer"}) from None
        request.state.principal = principal
        token, expires = authenticator.session(principal)
        return {"token": token, "role": principal.role.value, "subject": principal.subject, "agent_ref": principal.agent_ref, "expires_at": expires.isoformat()}

    @app.get("/api/me", tags=["session"])
    async def me(principal: Annotated[Principal, Depends(caller())]) -> dict[str, str]:
        return {"role": principal.role.value, "subject": principal.subject, "agent_ref": principal.agent_ref}

    # -- live conversations (agents) ------------------------------------------------------------
    @app.get("/api/campaigns", tags=["conversations"])
    async def campaigns(_: Agent) -> dict[str, Any]:
        return {"campaigns": service.campaigns()}

    @app.post("/api/conversations", status_code=201, tags=["conversations"])
    async def open_conversation(body: OpenConversation, principal: Agent) -> dict[str, Any]:
        live = service.open(principal.agent_ref, language=body.language, campaign=body.campaign, conversation_id=body.conversation_id)
        return service.view(live)

    @app.get("/api/conversations", tags=["conversations"])
    async def list_conversations(principal: Agent) -> dict[str, Any]:
        mine = sorted(service.store.of_owner(principal.agent_ref), key=lambda c: (c.state.closed, c.created_at), reverse=False)
        return {"conversations": [service.brief(c) for c in mine]}

    @app.get("/api/conversations/{conversation_id}", tags=["conversations"])
    async def get_conversation(conversation_id: str, principal: Agent) -> dict[str, Any]:
        return service.view(service.get(conversation_id, principal.agent_ref))

    @app.post("/api/conversations/{conversation_id}/turns", status_code=201, tags=["conversations"])
    async def post_turn(conversation_id: str, body: PostTurn, principal: Agent) -> JSONResponse:
        """A customer turn comes back with its curated suggestions; the generated reply streams on the WebSocket."""
        live = service.get(conversation_id, principal.agent_ref)
        response, replayed = await service.post_turn(live, body.speaker, body.text, body.seq)
        return JSONResponse({**response, "replayed": replayed}, status_code=200 if replayed else 201)

    @app.post("/api/conversations/{conversation_id}/actions", status_code=201, tags=["conversations"])
    async def post_action(conversation_id: str, body: PostAction, principal: Agent) -> dict[str, bool]:
        live = service.get(conversation_id, principal.agent_ref)
        await service.act(live, body.suggestion_id, body.action, body.final_text)
        return {"recorded": True}

    @app.post("/api/conversations/{conversation_id}/close", tags=["conversations"])
    async def close_conversation(conversation_id: str, principal: Agent, body: CloseConversation | None = None) -> dict[str, Any]:
        live = service.get(conversation_id, principal.agent_ref)
        summary = await service.close(live, summary=(body or CloseConversation()).summary)
        return {"closed": True, "summary": summary}

    @app.get("/api/suggestions/{suggestion_id}/explanation", tags=["conversations"])
    async def suggestion_explanation(suggestion_id: str, principal: Annotated[Principal, Depends(caller(Role.AGENT, Role.COMPLIANCE))]) -> dict[str, Any]:
        """Why a suggestion was shown, from the audit log. An agent sees the suggestions of their own conversations."""
        conversation_id = None
        if principal.role is Role.AGENT:
            owner = next((c for c in service.store.of_owner(principal.agent_ref) if suggestion_id in c.suggestions), None)
            if owner is None:
                raise NotFound(f"no suggestion {suggestion_id} in your conversations")
            conversation_id = owner.id
        found = await asyncio.to_thread(review.explanation, assistant.audit, suggestion_id, conversation_id=conversation_id)
        if found is None:
            raise NotFound(f"no suggestion {suggestion_id} in the audit log")
        return found

    @app.websocket("/api/conversations/{conversation_id}/events")
    async def events(websocket: WebSocket, conversation_id: str) -> None:
        await _event_stream(websocket, conversation_id, service, authenticator)

    # -- supervisor ----------------------------------------------------------------------------
    @app.get("/api/analytics", tags=["supervisor"])
    async def analytics(
        _: Annotated[Principal, Depends(caller(Role.SUPERVISOR))], since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, Any]:
        return await asyncio.to_thread(review.analytics, assistant.audit, since=_utc(since), until=_utc(until))

    # -- compliance ----------------------------------------------------------------------------
    async def audit_filters(
        conversation_id: str | None = None, suggestion_id: str | None = None, suggestion_type: str | None = None, action: str | None = None,
        guard: str | None = None, kind: Literal["suggestion", "oversight", "config", "erasure"] | None = None, campaign: str | None = None,
        agent_ref: str | None = None, since: datetime | None = None, until: datetime | None = None,
    ) -> Filters:
        return Filters(conversation_id=conversation_id, agent_ref=agent_ref, kind=kind, since=_utc(since), until=_utc(until), campaign=campaign,
                       suggestion_type=suggestion_type, action=action, guard=guard, suggestion_id=suggestion_id)

    AuditFilters = Annotated[Filters, Depends(audit_filters)]

    @app.get("/api/audit/integrity", tags=["compliance"])
    async def audit_integrity(_: Compliance) -> dict[str, Any]:
        return await asyncio.to_thread(review.integrity, assistant.audit)

    @app.get("/api/audit/entries", tags=["compliance"])
    async def audit_entries(
        _: Compliance, filters: AuditFilters, limit: Annotated[int, Query(ge=1, le=500)] = 100, before_seq: Annotated[int | None, Query(ge=1, le=2**62)] = None
    ) -> dict[str, Any]:
        return await asyncio.to_thread(review.search, assistant.audit, filters, limit=limit, before_seq=before_seq)

    @app.get("/api/audit/entries/{entry_id}", tags=["compliance"])
    async def audit_entry(entry_id: str, _: Compliance) -> dict[str, Any]:
        found = await asyncio.to_thread(lambda: next((e for e in assistant.audit.entries() if e.header.get("entry_id") == entry_id), None))
        if found is None:
            raise NotFound(f"no audit entry {entry_id}")
        return {"seq": found.seq, "hash": found.hash, "header": found.header, "payload": found.payload}

    @app.get("/api/audit/suggestions/{suggestion_id}", tags=["compliance"])
    async def audit_suggestion(suggestion_id: str, _: Compliance) -> dict[str, Any]:
        found = await asyncio.to_thread(review.explanation, assistant.audit, suggestion_id)
        if found is None:
            raise NotFound(f"no suggestion {suggestion_id} in the audit log")
        return found

    @app.get("/api/audit/export", tags=["compliance"])
    async def audit_export(_: Compliance, filters: AuditFilters, format: Literal["bundle", "jsonl"] = "bundle") -> Response:
        """`bundle`: the whole log, signed, verifiable offline (`assist audit verify --bundle`). `jsonl`: the filtered entries."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        if format == "jsonl":
            def lines() -> str:
                return "".join(json.dumps({"seq": e.seq, "hash": e.hash, "header": e.header, "payload": e.payload}, ensure_ascii=False) + "\n"
                               for e in assistant.audit.entries(filters))
            body = await asyncio.to_thread(lines)
            return Response(body, media_type="application/x-ndjson", headers={"Content-Disposition": f'attachment; filename="audit-{stamp}.jsonl"'})
        body = await asyncio.to_thread(_bundle, assistant)
        return Response(body, media_type="application/json", headers={"Content-Disposition": f'attachment; filename="audit-bundle-{stamp}.json"'})

    # -- admin -----------------------------------------------------------------------------------
    @app.get("/api/admin/knowledge", tags=["admin"])
    def admin_knowledge(_: Admin) -> dict[str, Any]:
        by_kind: dict[str, int] = {}
        for entry in assistant.index.entries.values():
            by_kind[entry.kind.value] = by_kind.get(entry.kind.value, 0) + 1
        return {"snapshot": assistant.index.snapshot, "entries": len(assistant.index.entries), "by_kind": by_kind, "campaigns": service.campaigns()}

    @app.get("/api/admin/prompts", tags=["admin"])
    def admin_prompts(_: Admin) -> dict[str, Any]:
        from assist.prompts import PromptLibrary
        from assist.resources import prompts_dir

        library = PromptLibrary.from_dir(prompts_dir())
        return {"prompts": [{"id": t.id, "version": t.version, "hash": t.hash, "style": t.style, "description": t.description} for t in library.templates()]}

    @app.get("/api/admin/settings", tags=["admin"])
    def admin_settings(_: Admin) -> dict[str, Any]:
        return settings_view or {}

    # -- pages -----------------------------------------------------------------------------------
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for path, page in (("/", "console.html"), ("/compliance", "compliance.html"), ("/supervisor", "supervisor.html")):
        app.add_api_route(path, _page(page), methods=["GET"], include_in_schema=False)

    return app


def _utc(moment: datetime | None) -> str | None:
    """A reviewer's bound as the log stores times (UTC ISO 8601); a time without a zone is taken as UTC."""
    if moment is None:
        return None
    try:
        return (moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)).isoformat(timespec="microseconds")
    except OverflowError:
        raise HTTPException(422, "the date is out of range") from None


def _page(name: str):
    def page() -> FileResponse:
        return FileResponse(STATIC / name, media_type="text/html")

    return page


def _bundle(assistant: Assistant) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bundle.json"
        assistant.audit.export_bundle(target)
        return target.read_bytes()


def _version() -> str:
    from assist import __version__

    return __version__


async def _housekeeping(service: LiveService, idle_close_s: float, every_s: float) -> None:
    """Sign what the log holds on a timer (so recent entries are soon under a checkpoint) and close abandoned calls."""
    while True:
        await asyncio.sleep(every_s)
        try:
            closed = service.close_idle(idle_close_s)
            if closed:
                log.info("closed %d idle conversations", closed)
            await asyncio.to_thread(service.assistant.audit.checkpoint)
        except Exception as exc:  # noqa: BLE001 - housekeeping must outlive one failure
            log.error("housekeeping failed (%s)", type(exc).__name__)


# -- WebSocket ---------------------------------------------------------------------------------
async def _event_stream(websocket: WebSocket, conversation_id: str, service: LiveService, authenticator: Authenticator) -> None:
    """First message: ``{"type": "auth", "token": ...}``. Then a snapshot, then every event of the conversation.
    The client may also send turns: ``{"type": "turn", "speaker", "text", "seq"}`` (answered by an ``ack`` or an ``error``)."""
    await websocket.accept()
    try:
        first = await asyncio.wait_for(websocket.receive_json(), timeout=10)
        principal = authenticator.authenticate(first.get("token") if isinstance(first, dict) and first.get("type") == "auth" else None)
    except (AuthError, asyncio.TimeoutError, ValueError, KeyError, WebSocketDisconnect, RuntimeError):
        await _close(websocket, 4401, "authenticate first: {\"type\": \"auth\", \"token\": ...}")
        return
    if principal.role is not Role.AGENT:
        await _close(websocket, 4403, "only agents follow live conversations")
        return
    try:
        live = service.get(conversation_id, principal.agent_ref)
    except NotFound:
        await _close(websocket, 4404, f"no conversation {conversation_id}")
        return
    queue = service.bus.subscribe(live.id)
    sender = asyncio.create_task(_send_events(websocket, queue, service.view(live), lambda: _allowed(authenticator, first["token"])))
    try:
        while True:
            frame = await websocket.receive()
            if frame["type"] == "websocket.disconnect":
                break
            if not _allowed(authenticator, first["token"]):  # a key revoked meanwhile ends the socket
                await _close(websocket, 4401, "the session ended: sign in again")
                break
            message = frame.get("text")
            answer = await _ws_message(message, live, service) if message is not None else {"type": "error", "status": 422, "detail": "send text frames (JSON)"}
            await websocket.send_json(answer)
    except (WebSocketDisconnect, RuntimeError):
        pass  # the console went away (or we closed it); the conversation goes on, and a reconnect gets a fresh snapshot
    finally:
        service.bus.unsubscribe(live.id, queue)
        sender.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await sender


async def _send_events(websocket: WebSocket, queue: asyncio.Queue, snapshot: dict[str, Any], still_allowed: Callable[[], bool]) -> None:
    with contextlib.suppress(WebSocketDisconnect, RuntimeError):
        await websocket.send_json({"type": "snapshot", "conversation": snapshot})
        while (event := await queue.get()) is not None:
            if not still_allowed():  # the key was revoked or the session expired: nothing more is sent
                await _close(websocket, 4401, "the session ended: sign in again")
                return
            await websocket.send_json(event)
        await _close(websocket, 4408, "too far behind: reconnect for a fresh snapshot")


def _allowed(authenticator: Authenticator, token: str) -> bool:
    try:
        authenticator.authenticate(token)
    except (AuthError, AssistError):
        return False
    return True


async def _ws_message(message: str, live, service: LiveService) -> dict[str, Any]:
    try:
        data = json.loads(message)
        if not isinstance(data, dict):
            raise ValueError
    except ValueError:
        return {"type": "error", "status": 422, "detail": "messages are JSON objects"}
    if data.get("type") == "ping":
        return {"type": "pong"}
    if data.get("type") != "turn":
        return {"type": "error", "status": 422, "detail": "unknown message type (expected 'turn' or 'ping')"}
    try:
        body = PostTurn.model_validate({k: v for k, v in data.items() if k != "type"})
        response, replayed = await service.post_turn(live, body.speaker, body.text, body.seq)
    except Exception as exc:  # noqa: BLE001 - every failure is answered on the socket, none may kill it
        status, detail = _status_of(exc)
        if status >= 500:
            log.error("a WebSocket turn failed", exc_info=exc)
        return {"type": "error", "status": status, "detail": detail, "seq": data.get("seq")}
    return {"type": "ack", "seq": data.get("seq"), "turn_id": response["turn"]["id"], "replayed": replayed}


async def _close(websocket: WebSocket, code: int, reason: str) -> None:
    with contextlib.suppress(RuntimeError, WebSocketDisconnect):
        await websocket.close(code=code, reason=reason[:120])


# -- errors and logs ---------------------------------------------------------------------------
def _status_of(exc: BaseException) -> tuple[int, Any]:
    """Our errors as HTTP statuses; their messages never quote customer text."""
    from pydantic import ValidationError

    if isinstance(exc, NotFound):
        return 404, str(exc)
    if isinstance(exc, Conflict):
        return 409, str(exc)
    if isinstance(exc, InputError):
        return (409 if "closed" in str(exc) else 422), str(exc)
    if isinstance(exc, ValidationError):
        return 422, _clean(exc.errors())
    if isinstance(exc, AuditError):
        return 503, "the audit log is unavailable; post the turn again with the same seq to get what was recorded"
    if isinstance(exc, AssistError):
        return 503, f"the assistant could not process this ({type(exc).__name__})"
    return 500, "internal error"


def _clean(errors: list[dict]) -> list[dict]:
    """Validation errors without the rejected input (it may be a customer's words)."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in errors]


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _clean(exc.errors())}, status_code=422)

    for kind in (NotFound, Conflict, AssistError):
        @app.exception_handler(kind)
        async def known(request: Request, exc: Exception) -> JSONResponse:
            status, detail = _status_of(exc)
            if status >= 500:
                log.error("request failed: %s", type(exc).__name__)
            return JSONResponse({"detail": detail}, status_code=status)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc, extra={"route": _route(request), "request_id": getattr(request.state, "request_id", None)})
        return JSONResponse({"detail": "internal error", "request_id": getattr(request.state, "request_id", None)}, status_code=500)


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", None) or "(unmatched)"


_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"),
]


class _AccessLog:
    """One structured line per request (route template, status, time, role, pseudonymous agent), a request id,
    and the security headers. Plain ASGI: the service answers many small requests, and every layer costs."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request_id = secrets.token_hex(6)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500
        api = scope["path"].startswith("/api/")

        async def send_with_headers(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", [])) + _SECURITY_HEADERS + [(b"x-request-id", request_id.encode())]
                if api:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            principal = scope["state"].get("principal")
            log.info("request", extra={
                "method": scope["method"], "route": getattr(scope.get("route"), "path", None) or "(unmatched)", "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1), "request_id": request_id,
                "role": principal.role.value if principal else None, "agent_ref": principal.agent_ref if principal else None,
            })


class _BodyLimit:
    """Refuse bodies larger than `max_bytes` with 413, whether or not they declare their length."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and declared.isdigit():  # the server never reads past a declared length
            if int(declared) > self.max_bytes:
                return await self._too_large(scope, receive, send)
            return await self.app(scope, receive, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                return await self._too_large(scope, receive, send)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope, receive, send):
        response = JSONResponse({"detail": f"the request body is larger than {self.max_bytes} bytes"}, status_code=413)
        await response(scope, receive, send)
