"""The direct path for messages: a plain, valid message to `/v1/chat` or the Rasa channel is
answered here, without FastAPI's routing, dependency solving, model validation and response
classes (together about as much CPU per message as the safety scan).

It sits inside the guard (request id, body cap, access log, the JSON 500 with the message's alerts)
and inside CORS, as the innermost middleware. It takes a request only when the framework would
read it the same way: POST, `Content-Type: application/json`, a JSON object whose fields the
request model (bot.server.schemas) would accept unchanged. Everything else (other paths and
methods, another content type, a body that is not JSON, a missing or odd field) goes on to FastAPI
untouched, so validation errors, their 422 details and the OpenAPI document stay the framework's.

Both paths run the same turn (bot.server.chat.take_turn), refuse the same way (429 and 503 carry the
message's alerts, bot.server.errors.refused_response) and send the same bytes and headers as
FastAPI's JSONResponse would (tests/test_server_direct.py compares them).
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.records.redact import storable
from bot.server.chat import check_rate, take_turn
from bot.server.errors import ApiError, refused_response
from bot.server.guard import ASGIApp, Message, Receive, Scope, Send, replay
from bot.server.refusals import CHAT_PATH, MESSAGE_PATHS
from bot.server.services import Services

# As starlette's JSONResponse renders, built once rather than per response.
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
_CHANNEL = re.compile(r"[a-z]{1,16}")  # schemas.ChatRequest.channel; fullmatch, so no "$" before a newline
_MAX_ID = 128  # schemas: ChatRequest.session_id and RasaMessage.sender


def chat_fields(data: Any) -> tuple[str, str | None, str] | None:
    """(text, session_id, channel) when schemas.ChatRequest would accept `data` and read these
    values unchanged; None when the model has to judge (it may accept, or refuse with details).

    >>> chat_fields({"text": "hi", "session_id": None})
    ('hi', None, 'api')
    >>> chat_fields({"txt": "hi"}) is None, chat_fields({"text": "hi", "channel": "Web"}) is None
    (True, True)
    """
    if type(data) is not dict:
        return None
    text, session_id, channel = data.get("text"), data.get("session_id"), data.get("channel", "api")
    if type(text) is not str or type(channel) is not str or not _CHANNEL.fullmatch(channel):
        return None
    if session_id is not None and (type(session_id) is not str or len(session_id) > _MAX_ID
                                   or not session_id.isascii()):
        return None
    return text, session_id, channel


def rasa_fields(data: Any) -> tuple[str, str] | None:
    """(sender, message) when schemas.RasaMessage would accept `data` unchanged, else None.

    >>> rasa_fields({"sender": "w1", "message": "hi", "metadata": {"x": 1}})
    ('w1', 'hi')
    >>> rasa_fields({"sender": "", "message": "hi"}) is None
    True
    """
    if type(data) is not dict:
        return None
    sender, message, metadata = data.get("sender"), data.get("message"), data.get("metadata")
    if type(sender) is not str or not 0 < len(sender) <= _MAX_ID or not sender.isascii():
        return None
    if type(message) is not str or (metadata is not None and type(metadata) is not dict):
        return None
    return sender, message


def _json_object(scope: Scope, body: bytes) -> Any:
    """The body as FastAPI would read it for a JSON body parameter, or None when it might read it
    otherwise (no or another content type, empty, not JSON)."""
    for name, value in scope["headers"]:
        if name == b"content-type":
            if value.split(b";", 1)[0].strip().lower() != b"application/json":
                return None
            break
    else:
        return None  # FastAPI reads no JSON without a content type (strict_content_type)
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def json_response(content: Any, status: int = 200) -> tuple[Message, Message]:
    """The two ASGI messages starlette's `JSONResponse(content, headers={"Cache-Control": "no-store"})`
    sends, the same bytes and headers in the same order."""
    body = _encode(content).encode("utf-8")
    headers = [(b"cache-control", b"no-store"), (b"content-length", str(len(body)).encode("latin-1")),
               (b"content-type", b"application/json")]
    return {"type": "http.response.start", "status": status, "headers": headers}, \
        {"type": "http.response.body", "body": body}


class MessageRoutes:
    """ASGI middleware: answers plain messages itself, passes everything else to `app`."""

    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in MESSAGE_PATHS:
            await self.app(scope, receive, send)
            return
        body = await _read(receive)
        path = scope["path"]
        data = _json_object(scope, body)
        fields = (chat_fields if path == CHAT_PATH else rasa_fields)(data) if data is not None else None
        if fields is None:
            await self.app(scope, replay(body, receive), send)
            return
        request_id = scope.get("state", {}).get("request_id", "-")
        try:
            client = scope.get("client")
            await check_rate(self.services, client[0] if client else "unknown")
            if path == CHAT_PATH:
                text, session_id, channel = fields
                result = await take_turn(self.services, text, channel=channel, request_id=request_id,
                                         chat_id=session_id)
                content: Any = {**result.reply.to_dict(), "session_id": result.session_id}
            else:
                sender, text = fields
                result = await take_turn(self.services, text, channel="rasa", request_id=request_id,
                                         rasa_sender=sender)
                reply = result.reply
                buttons = [{"title": title, "payload": str(number)}
                           for number, title in enumerate(reply.suggestions, 1)]
                content = [{"recipient_id": storable(sender), "text": reply.reply, "buttons": buttons,
                            "custom": reply.to_dict()}]
        except ApiError as error:  # 429, 503: refused with the message's alerts, as the framework's handler does
            await refused_response(self.services.bot, path, body, request_id, error.status, error.code,
                                   error.message, error.headers)(scope, receive, send)
            return
        start, message = json_response(content)
        await send(start)
        await send(message)


async def _read(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)

