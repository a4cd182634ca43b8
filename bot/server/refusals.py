"""Refusals that still read the message. A request the service will not answer in full (too
large, malformed, rate limited, the session store down, a fault inside) is still scanned for red
flags: the body carries the reply object with the alerts first, and every refusal names the
emergency number. The scan needs no session, only what the request carries.

On `/v1/chat` the status tells the client what happened (413, 422, 429, 503, 500) and the body is
the reply object plus `error` and `request_id`. On the Rasa channel the status is 200, because
chat widgets show only successful answers: the refusal is the message, and `custom.error` says why.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.compose import Answer, compose
from bot.engine import Bot
from bot.reply import Reply

log = logging.getLogger("allbot.server")

CHAT_PATH = "/v1/chat"
RASA_PATH = "/webhooks/rest/webhook"
MESSAGE_PATHS = frozenset({CHAT_PATH, RASA_PATH})
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\n", "b": " ", "f": " "}


@dataclass(frozen=True)
class Incoming:
    """The text (and Rasa sender) a request body carries, as far as it can be read."""

    text: str
    sender: str | None = None


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code.startswith("u") and len(code) == 5:
        return chr(int(code[1:], 16))
    return _SIMPLE_ESCAPES.get(code, code)


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    if depth > 20:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, depth + 1)


def incoming(raw: bytes) -> Incoming:
    """Read a body leniently: a refused request may be cut short (413), not JSON, or have the text
    under the wrong name. What cannot be parsed is read as text with JSON escapes undone.

    >>> incoming(b'{"sender": "w1", "message": "hi"}')
    Incoming(text='hi', sender='w1')
    >>> incoming(b'{"text": "my son has a temperature of 39 and \\\\u00e9').text
    '{"text": "my son has a temperature of 39 and \\xe9'
    """
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return Incoming(_ESCAPE.sub(_unescape, raw.decode("utf-8", "replace")))
    sender = data.get("sender") if isinstance(data, dict) else None
    sender = sender if isinstance(sender, str) else None
    if isinstance(data, dict):
        for key in ("text", "message"):
            if isinstance(data.get(key), str):
                return Incoming(data[key], sender)
    return Incoming(" ".join(_strings(data)), sender)


def with_number(bot: Bot, message: str) -> str:
    return f"{message} If this is an emergency, call {bot.contacts.emergency_number} now."


def refusal_reply(bot: Bot, text: str, message: str) -> Reply:
    """The alerts `text` raises in a fresh conversation, then `message` in place of an answer."""
    alerts = bot.conversation().send(text).safety if text.strip() else ()
    return compose(bot.content, alerts, Answer(message))


@dataclass(frozen=True)
class Refused:
    status: int
    body: bytes


def refuse(bot: Bot, path: str, status: int, code: str, message: str, raw: bytes, request_id: str,
           details: list[dict[str, Any]] | None = None) -> Refused:
    """The response for a refused message on `path`; `message` gets the emergency number added."""
    said = Incoming("")
    try:
        said = incoming(raw)
        message = with_number(bot, message)
        reply = refusal_reply(bot, said.text, message).to_dict()
    except Exception:  # the bot itself failing must still leave the person the number to call
        log.exception("request_id=%s the refusal could not scan the message", request_id)
        reply = {"reply": message, "answer": message, "intent": None, "confidence": 0.0, "urgency": "none",
                 "safety": [], "sources": [], "suggestions": [], "handoff": False}
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    if path == RASA_PATH:
        body: Any = [{"recipient_id": said.sender or "", "text": reply["reply"], "buttons": [],
                      "custom": {**reply, "error": error}}]
        return Refused(200, json.dumps(body, ensure_ascii=False).encode())
    return Refused(status, json.dumps({**reply, "error": error, "request_id": request_id},
                                      ensure_ascii=False).encode())
