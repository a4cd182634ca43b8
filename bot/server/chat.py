"""One message through the service: rate limit, session in, conversation, session out, records, log.

Shared by the JSON API and the Rasa-compatible channel so both behave the same. The bot itself
applies the message limit (an over-long message is scanned, then answered "please send a shorter
question"); what this layer refuses (429, 503) is refused with the message's alerts
(bot.server.refusals). A transcript store that fails never costs the reply.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from bot.records.redact import redact
from bot.records.store import Turn
from bot.reply import Reply
from bot.server.errors import ApiError
from bot.server.logs import escape
from bot.server.services import Services
from bot.server.sessions import StoreDown, new_session_id

log = logging.getLogger("allbot.server")
RETRY_AFTER_OUTAGE = 5  # seconds; a Redis restart usually takes about this long


@dataclass(frozen=True)
class TurnResult:
    reply: Reply
    session_id: str


async def check_rate(services: Services, client: str) -> None:
    wait = await services.limiter.check(client)
    if wait > 0:
        seconds = max(1, round(wait))
        raise ApiError(429, "rate_limited", f"Too many messages. Please wait {seconds} seconds and try again.",
                       {"Retry-After": str(seconds)})


def _store_down() -> ApiError:
    return ApiError(503, "unavailable", "Your conversation cannot be reached just now. Please try again in "
                    f"{RETRY_AFTER_OUTAGE} seconds.", {"Retry-After": str(RETRY_AFTER_OUTAGE)})


async def take_turn(services: Services, text: str, *, channel: str, request_id: str, chat_id: str | None = None,
                    rasa_sender: str | None = None) -> TurnResult:
    """Answer `text` in a `/v1/chat` conversation (`chat_id`: unknown or absent starts a new one
    under a fresh id) or a Rasa one (`rasa_sender`: the widget owns the id). Each lives in its own
    namespace, keyed with the server's secret (bot.server.keys)."""
    try:
        keys = await services.keys()
        key = keys.rasa(rasa_sender) if rasa_sender is not None else keys.chat(chat_id)
        state = await services.sessions.load(key) if key else None
    except StoreDown:
        raise _store_down() from None
    public = rasa_sender if rasa_sender is not None else chat_id
    if rasa_sender is None and state is None:
        public = new_session_id()
        key = keys.chat(public)
    conversation = services.bot.conversation(state)
    reply = conversation.send(text)
    if key is not None:  # None: a Rasa sender too short to be anyone's own, so nothing is kept
        try:
            await services.sessions.save(key, conversation.state)
        except StoreDown:
            raise _store_down() from None
    linked = keys.for_records(key or request_id)
    alerts = tuple(alert.id for alert in reply.safety)
    if services.transcripts is not None:  # redacting the text is work: only when a store keeps it
        _record(services, Turn.now(linked, conversation.state.turns, channel, text, reply.intent,
                                   reply.confidence, reply.urgency, reply.handoff, alerts))
    said = ""
    if services.config.log_message_text:
        said = " text=" + escape(json.dumps(redact(text), ensure_ascii=False))
    log.info("request_id=%s turn session=%s n=%d channel=%s intent=%s confidence=%.2f urgency=%s handoff=%s "
             "alerts=%s%s", request_id, linked[:8], conversation.state.turns, channel, reply.intent or "-",
             reply.confidence, reply.urgency, reply.handoff, ",".join(alerts) or "-", said)
    return TurnResult(reply, public or "")


def _record(services: Services, turn: Turn) -> None:
    """Keep the turn for review; a store that fails is logged once per outage, and the reply goes on."""
    if services.transcripts is None:
        return
    try:
        services.transcripts.record(turn)
    except Exception as error:  # sqlite3.Error, OSError, ...: nothing here may cost a person the reply
        services.transcript_outage.failed(error)
    else:
        services.transcript_outage.recovered()

