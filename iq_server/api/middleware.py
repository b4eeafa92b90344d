"""ASGI middleware: the request guard (size, authentication and body timeout, in that order, before a
body is read) and an access log without payloads."""

from __future__ import annotations

import asyncio
import json
import logging
import time

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from iq_server.api.deps import AppState, authenticate_header
from iq_server.api.errors import headers_of, status_of
from iq_server.errors import ServerError

log = logging.getLogger("iq_server.access")

#: Paths under /v1/ that need no device token; every other /v1/ path is authenticated from its headers.
PUBLIC_PATHS = frozenset({"/v1/health", "/v1/enrol"})
#: The enrolment body is a code and a device name: a few hundred bytes.
ENROL_MAX_BYTES = 16 * 1024


async def _send_json(send: Send, status: int, body: dict[str, str], headers: dict[str, str] | None = None,
                     *, close: bool = False) -> None:  # fmt: skip
    data = json.dumps(body).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    if close:  # the body was not read: end the connection rather than read what is still coming
        raw.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": data})


class RequestGuard:
    """Before the app sees a request: refuse a body over the limit by its Content-Length (413),
    authenticate the device from the headers (401, 429 for its request rate), and only then read the
    body, within ``body_timeout`` seconds (408) and the size limit (413, streamed bodies too).

    So an unauthenticated client never makes the server read or buffer a body, and a slow one cannot
    hold a request open for longer than the timeout."""

    def __init__(self, app: ASGIApp, max_bytes: int, body_timeout: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        limit = ENROL_MAX_BYTES if path == "/v1/enrol" else self.max_bytes
        too_big = {"detail": f"request body too large (limit {limit} bytes); send smaller batches"}
        headers = dict(scope.get("headers", []))
        if b"content-length" in headers:
            try:
                length = int(headers[b"content-length"])
            except ValueError:
                await _send_json(send, 400, {"detail": "invalid Content-Length"}, close=True)
                return
            if length > limit:
                await _send_json(send, 413, too_big, close=True)
                return
        if path.startswith("/v1/") and path not in PUBLIC_PATHS:
            state = scope["app"].state.iq
            assert isinstance(state, AppState)
            authorization = headers.get(b"authorization", b"").decode("latin-1")
            try:
                auth = await run_in_threadpool(authenticate_header, state, authorization)
            except ServerError as exc:
                status = status_of(exc)
                if status == 500:
                    raise
                await _send_json(send, status, {"detail": str(exc)}, headers_of(exc), close=True)
                return
            request_state = scope.setdefault("state", {})
            request_state["device"] = auth
            request_state["device_id"] = auth.device_id
        buffered: list[Message] = []
        total = 0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - loop.time()))
            except TimeoutError:
                await _send_json(send, 408, {"detail": "the request body was not sent in time"}, close=True)
                return
            buffered.append(message)
            if message["type"] != "http.request":
                break
            total += len(message.get("body", b""))
            if total > limit:
                await _send_json(send, 413, too_big, close=True)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            if buffered:
                return buffered.pop(0)
            return await receive()

        await self.app(scope, replay, send)


class AccessLog:
    """One line per request: method, path, status, device id, per-status counts, milliseconds.
    Lines of refused requests (status >= 400) carry their status for the log's repeat filter
    (``iq_server.api.logs``), which bounds how many of the same refusal are written per minute."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state = scope.setdefault("state", {})
        status = 500

        async def wrapped(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, wrapped)
        finally:
            counts = state.get("counts")
            log.info(
                "%s %s %d device=%s%s %.0fms",
                scope.get("method"),
                scope.get("path"),
                status,
                state.get("device_id", "-"),
                " " + ",".join(f"{k}={v}" for k, v in sorted(counts.items())) if counts else "",
                (time.perf_counter() - started) * 1000,
                extra={"status": status},
            )
