"""The HTTP endpoints: the JSON API, the Rasa-compatible REST channel and the health check."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from starlette.responses import JSONResponse

from bot.records.redact import storable
from bot.server.chat import check_rate, take_turn
from bot.server.errors import ApiError, request_id_of
from bot.server.schemas import ERRORS, About, ChatReply, ChatRequest, Health, IntentOut, RasaMessage, RasaReply
from bot.server.services import Services
from bot.server.sessions import StoreDown

router = APIRouter()
_NO_STORE = {"Cache-Control": "no-store"}


def _services(request: Request) -> Services:
    return request.app.state.services


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/v1/chat", response_model=ChatReply, responses=ERRORS, tags=["chat"],
             summary="Send a message; get the reply object and the session id")
async def chat(body: ChatRequest, request: Request) -> Response:
    services = _services(request)
    await check_rate(services, _client(request))
    result = await take_turn(services, body.text, channel=body.channel, request_id=request_id_of(request),
                             chat_id=body.session_id)
    return JSONResponse({**result.reply.to_dict(), "session_id": result.session_id}, headers=_NO_STORE)


@router.delete("/v1/sessions/{session_id}", status_code=204, tags=["chat"],
               summary="Forget a conversation now (the page's 'Start again')")
async def forget(session_id: str, request: Request) -> Response:
    services = _services(request)
    try:
        key = (await services.keys()).chat(session_id)  # only a /v1/chat conversation: never another channel's
        if key is not None:
            await services.sessions.delete(key)
    except StoreDown:
        raise ApiError(503, "unavailable", "The conversation cannot be reached just now. Please try again.",
                       {"Retry-After": "5"}) from None
    return Response(status_code=204)


@router.post("/webhooks/rest/webhook", response_model=list[RasaReply], responses=ERRORS, tags=["rasa"],
             summary="Rasa-compatible REST channel: existing Rasa chat widgets work unchanged")
async def rasa_webhook(body: RasaMessage, request: Request) -> Response:
    services = _services(request)
    await check_rate(services, _client(request))
    result = await take_turn(services, body.message, channel="rasa", request_id=request_id_of(request),
                             rasa_sender=body.sender)
    reply = result.reply
    buttons = [{"title": title, "payload": str(number)} for number, title in enumerate(reply.suggestions, 1)]
    return JSONResponse([{"recipient_id": storable(body.sender), "text": reply.reply, "buttons": buttons,
                          "custom": reply.to_dict()}], headers=_NO_STORE)


@router.get("/v1/intents", response_model=list[IntentOut], tags=["content"], summary="Every intent the bot knows")
async def intents(request: Request) -> Response:
    bot = _services(request).bot
    return JSONResponse([{"id": i.id, "title": i.title, "topic": i.topic, "kind": i.kind,
                          "examples": list(i.examples), "answer": bot.contacts.fill(i.answer),
                          "sources": list(i.sources)} for i in bot.content.intents])


@router.get("/v1/about", response_model=About, tags=["content"],
            summary="The organisation's name, disclaimer, numbers and limits, for chat widgets")
async def about(request: Request) -> Response:
    services = _services(request)
    contacts, content = services.bot.contacts, services.bot.content
    starters = [content.intent(i).title for i in content.settings.starter_topics if content.has_intent(i)]
    return JSONResponse({"name": services.config.name, "disclaimer": services.config.disclaimer,
                         "emergency_number": contacts.emergency_number, "crisis_line": contacts.crisis_line,
                         "treatment_line": contacts.treatment_line, "support_line": contacts.support_line,
                         "support_hours": contacts.support_hours,
                         "max_message_chars": services.bot.message_limit, "starters": starters})


@router.get("/healthz", response_model=Health, tags=["service"], summary="Ready to answer (503 if Redis is down)")
async def healthz(request: Request) -> Response:
    services = _services(request)
    ok = await services.sessions.ping()
    down = services.sessions.down_for()
    return JSONResponse({"status": "ok" if ok else "unavailable", "sessions_store": services.sessions.kind,
                         "sessions_store_down_seconds": None if down is None else round(down, 1),
                         "sessions": await services.sessions.count(), "transcripts": services.transcripts is not None,
                         "transcripts_ok": not services.transcript_outage.down,
                         "intents": len(services.bot.content.intents)},
                        status_code=200 if ok else 503, headers={**_NO_STORE, **({} if ok else {"Retry-After": "5"})})
