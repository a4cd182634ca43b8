"""The outermost layer of every HTTP request: a request id, the body size cap, one access log
line, and a JSON 500 (never a stack trace) if anything inside fails.

Plain ASGI rather than a framework middleware so that it also wraps the framework's own error
handling, and so that an over-large body is refused before anything parses it.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from bot.server.errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("allbot.server")
_GOOD_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]


class Guard:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self._request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = {"code": 500, "sent": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"], status["sent"] = message["status"], True
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode()),
                                      *_SECURITY_HEADERS]
            await send(message)

        try:
            body = await self._read_body(scope, receive)
            if body is None:
                await self._error(send_with_id, 413, f"The request body is larger than {self.max_body_bytes:,} bytes.",
                                  request_id)
            else:
                await self.app(scope, _replay(body, receive), send_with_id)
        except Exception:
            # The traceback goes to the server log with the request id; the client gets JSON only.
            log.exception("request_id=%s unhandled error on %s %s", request_id, scope["method"],
                          _loggable(scope["path"]))
            if not status["sent"]:
                await self._error(send_with_id, 500, "Something went wrong on our side. Please try again.",
                                  request_id)
        finally:
            log.info("request_id=%s %s %s status=%s ms=%.1f", request_id, scope["method"], _loggable(scope["path"]),
                     status["code"], (time.perf_counter() - started) * 1000)

    @staticmethod
    def _request_id(scope: Scope) -> str:
        """A proxy's X-Request-ID is kept (so log lines join up) when it is a plain token."""
        for name, value in scope.get("headers", []):
            if name == b"x-request-id":
                candidate = value.decode("latin-1")
                if _GOOD_ID.match(candidate):
                    return candidate
        return uuid.uuid4().hex

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it passes the cap (declared or actually sent)."""
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body_bytes:
                return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    async def _error(send: Send, status: int, message: str, request_id: str) -> None:
        body = error_body(status, message, request_id)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": body})


def _loggable(path: str) -> str:
    """A session id in a path would let anyone who reads the logs carry on that conversation."""
    return "/v1/sessions/..." if path.startswith("/v1/sessions/") else path


def _replay(body: bytes, receive: Receive) -> Receive:
    """Hand the buffered body to the app once; after that, pass on whatever comes (disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
