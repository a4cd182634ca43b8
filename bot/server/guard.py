"""The outermost layer of every HTTP request: a request id, the body size cap, one access log
line, and a JSON 500 (never a stack trace) if anything inside fails. A refused message (413, 500)
is still scanned for red flags (bot.server.refusals).

Plain ASGI rather than a framework middleware so that it also wraps the framework's own error
handling, and so that an over-large body is refused before anything parses it.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from bot.engine import Bot
from bot.server.errors import error_body
from bot.server.logs import escape
from bot.server.refusals import MESSAGE_PATHS, refuse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("allbot.server")
_GOOD_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]


class Guard:
    def __init__(self, app: ASGIApp, max_body_bytes: int, bot: Bot, frame_ancestors: tuple[str, ...] = ("'self'",)) \
            -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.bot = bot
        self.security_headers = [*_SECURITY_HEADERS, *framing_headers(frame_ancestors)]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:  # HEAD is GET without the body, wherever GET is allowed
            scope = {**scope, "method": "GET"}
        request_id = self._request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = {"code": 500, "sent": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"], status["sent"] = message["status"], True
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode()),
                                      *self.security_headers]
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        raw = b""
        try:
            body, raw = await self._read_body(scope, receive)
            scope["state"]["raw_body"] = raw  # for error handlers that scan a refused message
            if body is None:
                await self._error(scope, send_with_id, 413, "body_too_large", "The message is too long to read "
                                  f"here (over {self.max_body_bytes:,} bytes). Please send a shorter question.",
                                  request_id, raw)
            else:
                await self.app(scope, replay(body, receive), send_with_id)
        except Exception:
            # The traceback goes to the server log with the request id; the client gets JSON only.
            log.exception("request_id=%s unhandled error on %s %s", request_id, escape(scope["method"]),
                          _loggable(scope))
            if not status["sent"]:
                await self._error(scope, send_with_id, 500, "internal_error",
                                  "Something went wrong on our side. Please try again.", request_id, raw)
        finally:
            log.info("request_id=%s %s %s status=%s ms=%.1f", request_id, escape(scope["method"]), _loggable(scope),
                     status["code"], (time.perf_counter() - started) * 1000)

    @staticmethod
    def _request_id(scope: Scope) -> str:
        """A proxy's X-Request-ID is kept (so log lines join up) when it is a plain token."""
        for name, value in scope.get("headers", []):
            if name == b"x-request-id":
                candidate = value.decode("latin-1")
                if _GOOD_ID.match(candidate):
                    return candidate
        return secrets.token_hex(16)  # 32 hex digits, as uuid4().hex gave, made with less work

    async def _read_body(self, scope: Scope, receive: Receive) -> tuple[bytes | None, bytes]:
        """(the whole body, the same), or (None, what was read up to the cap) as soon as the body
        passes the cap. Up to the cap is read even when the declared length is over it, so that a
        refused message is still scanned for red flags."""
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                chunks.append(chunk[: self.max_body_bytes - size + len(chunk)])
                return None, b"".join(chunks)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body_bytes:
                return None, body
        return body, body

    async def _error(self, scope: Scope, send: Send, status: int, code: str, message: str, request_id: str,
                     raw: bytes) -> None:
        if scope["method"] == "POST" and scope["path"] in MESSAGE_PATHS:
            refused = refuse(self.bot, scope["path"], status, code, message, raw, request_id)
            status, body = refused.status, refused.body
        else:
            body = error_body(status, message, request_id, code)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": body})


def framing_headers(frame_ancestors: tuple[str, ...]) -> list[tuple[bytes, bytes]]:
    """Who may show our pages in a frame: CSP frame-ancestors for current browsers, and
    X-Frame-Options for old ones when it can say the same ('self' alone, or nobody)."""
    sources = " ".join(frame_ancestors) or "'none'"
    headers = [(b"content-security-policy", f"frame-ancestors {sources}".encode())]
    if set(frame_ancestors) <= {"'self'"}:
        headers.append((b"x-frame-options", b"SAMEORIGIN" if frame_ancestors else b"DENY"))
    return headers


def _loggable(scope: Scope) -> str:
    """The path as the client sent it (still percent-encoded, so %0A stays three characters), with
    any control character shown escaped. A session id in a path would let anyone who reads the logs
    carry on that conversation, so it is left out."""
    if scope["path"].startswith("/v1/sessions/"):
        return "/v1/sessions/..."
    raw = scope.get("raw_path")
    return escape(raw.decode("latin-1") if isinstance(raw, bytes) else scope["path"])


def replay(body: bytes, receive: Receive) -> Receive:
    """Hand the buffered body to the app once; after that, pass on whatever comes (disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
