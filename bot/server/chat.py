"""One message through the service: limits, session in, conversation, session out, records, log.

Shared by the JSON API and the Rasa-compatible channel so both behave the same.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from bot.records.redact import redact
from bot.records.store import Turn, session_key
from bot.reply import Reply
from bot.server.errors import ApiError
from bot.server.services import Services
from bot.server.sessions import new_session_id

log = logging.getLogger("allbot.server")


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


async def take_turn(services: Services, session_id: str | None, text: str, *, channel: str, request_id: str,
                    keep_id: bool = False) -> TurnResult:
    """Answer `text` in the conversation `session_id`. An unknown id starts a new conversation
    under a fresh id, unless `keep_id` (the Rasa channel, where the widget owns the id)."""
    limit = services.config.limits.max_message_chars
    if len(text) > limit:
        raise ApiError(422, "message_too_long", f"The message is longer than {limit:,} characters. "
                       "Please send a shorter question.")
    state = await services.sessions.load(session_id) if session_id else None
    if session_id is None or (state is None and not keep_id):
        session_id = new_session_id()
    conversation = services.bot.conversation(state)
    reply = conversation.send(text)
    await services.sessions.save(session_id, conversation.state)
    alerts = tuple(alert.id for alert in reply.safety)
    if services.transcripts is not None:
        services.transcripts.record(Turn.now(session_id, conversation.state.turns, channel, text, reply.intent,
                                             reply.confidence, reply.urgency, reply.handoff, alerts))
    said = f" text={json.dumps(redact(text), ensure_ascii=False)}" if services.config.log_message_text else ""
    log.info("request_id=%s turn session=%s n=%d channel=%s intent=%s confidence=%.2f urgency=%s handoff=%s "
             "alerts=%s%s", request_id, session_key(session_id)[:8], conversation.state.turns, channel,
             reply.intent or "-", reply.confidence, reply.urgency, reply.handoff, ",".join(alerts) or "-", said)
    return TurnResult(reply, session_id)
