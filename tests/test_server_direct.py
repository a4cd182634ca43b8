"""The direct path for messages (bot.server.messages) answers exactly as FastAPI's routes would,
takes only what the request models would accept unchanged, and leaves everything else to them;
and a response's head and body go out in one write (bot.server.protocol.OneWrite)."""

from __future__ import annotations

import json
import warnings

import pytest
from starlette.responses import JSONResponse

from bot.server import routes
from bot.server.app import create_app
from bot.server.config import Limits, OrgConfig
from bot.server.messages import chat_fields, json_response, rasa_fields
from bot.server.protocol import OneWrite
from bot.server.schemas import ChatRequest, RasaMessage

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

RED_FLAG = "my son is on chemo and has a temperature of 38.4"
WIDGET = "3f2c9a7e-5b1d-4c8e-9f60-widget42"
FRAMEWORK_JSON = {"content-type": "application/vnd.allbot+json"}  # JSON to FastAPI, not plain to the direct path


@pytest.fixture
def client(bot):
    with TestClient(create_app(OrgConfig(), bot=bot), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def framework_off(monkeypatch):
    """Make FastAPI's message routes fail, so only the direct path can answer."""
    async def no(*args, **kwargs):
        raise AssertionError("FastAPI's route answered a plain message")

    monkeypatch.setattr(routes, "take_turn", no)


def test_plain_messages_take_the_direct_path_on_both_channels(client, framework_off):
    chat = client.post("/v1/chat", json={"text": RED_FLAG})
    assert chat.status_code == 200 and chat.json()["urgency"] == "urgent"
    again = client.post("/v1/chat", json={"text": "and for adults?", "session_id": chat.json()["session_id"],
                                          "channel": "web", "extra": [1]})
    assert again.status_code == 200 and again.json()["session_id"] == chat.json()["session_id"]
    [rasa] = client.post("/webhooks/rest/webhook", json={"sender": WIDGET, "message": RED_FLAG,
                                                         "metadata": {"page": "x"}}).json()
    assert rasa["recipient_id"] == WIDGET and rasa["custom"]["urgency"] == "urgent"


def test_the_direct_path_and_fastapi_answer_alike(client):
    direct = client.post("/v1/chat", json={"text": "what are the survival rates for children"})
    framework = client.post("/v1/chat", content=json.dumps({"text": "what are the survival rates for children"}),
                            headers=FRAMEWORK_JSON)
    assert direct.status_code == framework.status_code == 200
    assert list(direct.headers) == list(framework.headers)
    for name in ("cache-control", "content-type", "content-length", "x-content-type-options"):
        assert direct.headers[name] == framework.headers[name]
    first, second = direct.json(), framework.json()
    assert first.pop("session_id") != second.pop("session_id") and first == second
    # The conversation carries on whichever path each message takes.
    follow = client.post("/v1/chat", content=json.dumps({"text": "and for adults?", "session_id":
                                                         direct.json()["session_id"]}), headers=FRAMEWORK_JSON)
    assert follow.json()["intent"] == "survival-adults"


def test_the_pre_encoded_response_is_starlettes_jsonresponse_byte_for_byte():
    content = {"reply": "Café \u2028 \U0001f600 \"quoted\"", "confidence": 0.5, "safety": [], "url": None,
               "handoff": True, "session_id": "abc"}
    expected = JSONResponse(content, headers={"Cache-Control": "no-store"})
    start, body = json_response(content)
    assert start == {"type": "http.response.start", "status": 200, "headers": expected.raw_headers}
    assert body == {"type": "http.response.body", "body": expected.body}


def test_what_the_direct_path_cannot_read_goes_to_fastapi_with_its_errors(client, framework_off):
    not_json = client.post("/v1/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert not_json.status_code == 422
    assert not_json.json()["error"]["details"] == [{"field": "body", "problem": "not valid JSON"}]
    missing = client.post("/v1/chat", json={"txt": "I want to kill myself"})
    assert missing.status_code == 422 and missing.json()["urgency"] == "emergency"
    assert client.post("/v1/chat", json={"text": "hi", "channel": "Web"}).status_code == 422
    assert client.post("/v1/chat", json={"text": "hi", "session_id": "x" * 129}).status_code == 422
    assert client.post("/webhooks/rest/webhook", json={"sender": "", "message": "hi"}).json()[0]["custom"][
        "error"]["code"] == "invalid_request"
    text_plain = client.post("/v1/chat", content=json.dumps({"text": "hi"}), headers={"content-type": "text/plain"})
    assert text_plain.status_code == 422


def test_refusals_on_the_direct_path_carry_the_alerts_and_the_number(bot, framework_off):
    app = create_app(OrgConfig(limits=Limits(rate_limit_per_minute=1)), bot=bot)
    with TestClient(app, raise_server_exceptions=False) as client:
        client.post("/v1/chat", json={"text": "hello"})
        limited = client.post("/v1/chat", json={"text": RED_FLAG})
        [rasa] = client.post("/webhooks/rest/webhook", json={"sender": WIDGET, "message": RED_FLAG}).json()
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert limited.json()["urgency"] == "urgent" and "call your local emergency number" in limited.json()["reply"]
    assert limited.json()["request_id"] == limited.headers["x-request-id"]
    assert rasa["custom"]["error"]["code"] == "rate_limited" and rasa["custom"]["urgency"] == "urgent"


def test_cors_still_applies_to_plain_messages(bot, framework_off):
    app = create_app(OrgConfig(cors_origins=("https://support.example.org",)), bot=bot)
    with TestClient(app) as client:
        allowed = client.post("/v1/chat", json={"text": "hi"}, headers={"Origin": "https://support.example.org"})
        other = client.post("/v1/chat", json={"text": "hi"}, headers={"Origin": "https://evil.example.com"})
    assert allowed.headers["access-control-allow-origin"] == "https://support.example.org"
    assert "access-control-allow-origin" not in other.headers


BODIES = [
    {"text": "hi"}, {"text": "hi", "session_id": None}, {"text": "hi", "session_id": "a" * 128},
    {"text": "hi", "session_id": "a" * 129}, {"text": "hi", "session_id": 5}, {"text": "hi", "session_id": "é" * 3},
    {"text": 5}, {"text": None}, {"text": ["hi"]}, {"text": "\ud83d half an emoji"}, {"text": ""},
    {"text": "hi", "channel": "web"}, {"text": "hi", "channel": "web\n"}, {"text": "hi", "channel": ""},
    {"text": "hi", "channel": "a" * 17}, {"text": "hi", "channel": None}, {"text": "hi", "channel": "wéb"},
    {"text": "hi", "unknown": {"x": 1}}, [], "hi", None, 5,
]
RASA_BODIES = [
    {"sender": "w", "message": "hi"}, {"sender": "", "message": "hi"}, {"sender": "w" * 128, "message": "hi"},
    {"sender": "w" * 129, "message": "hi"}, {"sender": 5, "message": "hi"}, {"sender": "w\ud83d", "message": "hi"},
    {"sender": "w", "message": 5}, {"sender": "w", "message": "\ud83d"}, {"sender": "w", "message": "hi",
                                                                          "metadata": None},
    {"sender": "w", "message": "hi", "metadata": {"a": [1]}}, {"sender": "w", "message": "hi", "metadata": [1]},
    {"sender": "é", "message": "hi"}, {"message": "hi"}, [], None,
]


@pytest.mark.parametrize("data", BODIES, ids=repr)
def test_the_direct_path_takes_only_what_the_chat_model_accepts_unchanged(data):
    fields = chat_fields(data)
    if fields is None:
        return  # the model judges it: nothing to compare
    model = ChatRequest.model_validate(data)
    assert fields == (model.text, model.session_id, model.channel)


@pytest.mark.parametrize("data", RASA_BODIES, ids=repr)
def test_the_direct_path_takes_only_what_the_rasa_model_accepts_unchanged(data):
    fields = rasa_fields(data)
    if fields is None:
        return
    model = RasaMessage.model_validate(data)
    assert fields == (model.sender, model.message)


# --- one write per response ------------------------------------------------------------------------


class Transport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str) -> str:
        return name


def one_write() -> tuple[OneWrite, Transport, list[str]]:
    transport, done = Transport(), []
    return OneWrite(transport, lambda: done.append("done")), transport, done  # type: ignore[arg-type]


def test_head_and_body_go_out_in_one_write():
    wrapped, transport, done = one_write()
    wrapped.write(b"HTTP/1.1 100 Continue\r\n\r\n")  # before the response: never held
    assert transport.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]
    wrapped.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
    assert len(transport.writes) == 1
    wrapped.write(b"{}")
    wrapped.write(b"HTTP/1.1 is a body too, once the head is out")
    wrapped.finished()
    assert transport.writes[1:] == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}",
                                    b"HTTP/1.1 is a body too, once the head is out"]
    assert done == ["done"] and wrapped.get_extra_info("peername") == "peername"


def test_a_head_with_no_body_goes_out_when_the_response_ends_or_the_connection_closes():
    wrapped, transport, done = one_write()
    wrapped.write(b"HTTP/1.1 200 OK\r\ncontent-length: 20\r\n\r\n")  # a HEAD response: no body write
    wrapped.finished()
    assert transport.writes == [b"HTTP/1.1 200 OK\r\ncontent-length: 20\r\n\r\n"] and done == ["done"]
    wrapped, transport, done = one_write()
    wrapped.write(b"HTTP/1.1 500 Internal Server Error\r\n\r\n")
    wrapped.close()
    assert transport.writes == [b"HTTP/1.1 500 Internal Server Error\r\n\r\n"] and transport.closed


def test_session_keys_are_the_same_hmac_as_before():
    import hashlib
    import hmac

    from bot.server.keys import SessionKeys

    keys = SessionKeys("s3cret")
    sender = "6f1c2a9e-widget-0001"
    expected = hmac.new(b"s3cret", f"rasa\0{sender}".encode(), hashlib.sha256).hexdigest()[:40]
    assert keys.rasa(sender) == f"rasa:{expected}" and keys == SessionKeys("s3cret")
