"""The HTTP service as a client sees it: the reply object, sessions, limits, errors, logs and CORS."""

from __future__ import annotations

import dataclasses
import logging
import warnings

import pytest

from bot.server.app import create_app
from bot.server.config import Limits, OrgConfig

with warnings.catch_warnings():  # newer Starlette prefers httpx2 for its test client; either works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

REPLY_FIELDS = {"reply", "answer", "intent", "confidence", "urgency", "safety", "sources", "suggestions", "handoff",
                "step", "profile"}
RED_FLAG = "my son is on chemo and has a temperature of 38.4"
WIDGET = "3f2c9a7e-5b1d-4c8e-9f60-widget42"  # as chat widgets make sender ids: random and long


@pytest.fixture
def make_client(bot):
    clients = []

    def make(config: OrgConfig | None = None, **kwargs) -> TestClient:
        client = TestClient(create_app(config or OrgConfig(), bot=bot), raise_server_exceptions=False, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client):
    return make_client()


def test_chat_returns_the_reply_object_and_a_session_id(client):
    response = client.post("/v1/chat", json={"text": "what is a lumbar puncture?"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == REPLY_FIELDS | {"session_id"}
    assert data["intent"] == "lumbar-puncture" and data["sources"] and data["urgency"] == "none"
    assert len(data["session_id"]) >= 20
    assert response.headers["cache-control"] == "no-store"


def test_a_follow_up_in_the_same_session_keeps_the_context(client):
    first = client.post("/v1/chat", json={"text": "what are the survival rates for children"}).json()
    second = client.post("/v1/chat", json={"text": "and for adults?", "session_id": first["session_id"]}).json()
    assert (first["intent"], second["intent"]) == ("survival-children", "survival-adults")
    assert second["session_id"] == first["session_id"]


def test_a_suggestion_number_picks_from_the_last_reply(client):
    first = client.post("/v1/chat", json={"text": "how long is maintenance?"}).json()
    picked = client.post("/v1/chat", json={"text": "1", "session_id": first["session_id"]}).json()
    titles = {intent["id"]: intent["title"] for intent in client.get("/v1/intents").json()}
    assert titles[picked["intent"]] == first["suggestions"][0]


def test_an_unknown_session_id_starts_a_new_conversation(client):
    response = client.post("/v1/chat", json={"text": "and for adults?", "session_id": "no-such-session"})
    assert response.status_code == 200
    assert response.json()["session_id"] != "no-such-session"


def test_a_red_flag_comes_back_urgent_with_handoff(client):
    data = client.post("/v1/chat", json={"text": RED_FLAG}).json()
    assert data["urgency"] == "urgent" and data["handoff"] is True
    assert data["safety"][0]["level"] == "urgent" and "now" in data["safety"][0]["message"]


def test_forgetting_a_session(client):
    first = client.post("/v1/chat", json={"text": "what are the survival rates for children"}).json()
    assert client.delete(f"/v1/sessions/{first['session_id']}").status_code == 204
    again = client.post("/v1/chat", json={"text": "and for adults?", "session_id": first["session_id"]}).json()
    assert again["session_id"] != first["session_id"]


def test_intents_health_and_openapi(client, bot):
    intents = client.get("/v1/intents").json()
    assert len(intents) == len(bot.content.intents)
    assert {"id", "title", "topic", "kind", "examples", "answer", "sources"} == set(intents[0])
    person = next(i for i in intents if i["id"] == "talk-to-a-person")
    assert "{" not in person["answer"] and bot.contacts.support_line in person["answer"]
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["sessions_store"] == "memory" and health["transcripts"] is False
    schema = client.get("/openapi.json").json()
    assert {"/v1/chat", "/v1/intents", "/healthz", "/webhooks/rest/webhook"} <= set(schema["paths"])
    assert "session_id" in schema["components"]["schemas"]["ChatReply"]["properties"]


def test_rasa_channel_answers_in_rasa_shape_and_keeps_the_sender_session(client):
    first = client.post("/webhooks/rest/webhook", json={"sender": WIDGET, "message":
                                                         "what are the survival rates for children"})
    assert first.status_code == 200
    [message] = first.json()
    assert message["recipient_id"] == WIDGET
    assert message["text"] == message["custom"]["reply"] and set(message["custom"]) == REPLY_FIELDS
    assert [b["payload"] for b in message["buttons"]] == [str(i) for i in range(1, len(message["buttons"]) + 1)]
    [second] = client.post("/webhooks/rest/webhook", json={"sender": WIDGET, "message": "and for adults?"}).json()
    assert second["custom"]["intent"] == "survival-adults"


def test_the_organisations_numbers_reach_the_safety_messages(make_client):
    from bot import Bot

    config = OrgConfig(name="Example Line", locale="UK", contacts={"treatment_line": "the ward on 0161 496 0000"})
    bot = Bot.load(locale=config.locale, contact_overrides=config.contact_overrides())
    with TestClient(create_app(config, bot=bot)) as client:
        data = client.post("/v1/chat", json={"text": RED_FLAG}).json()
        about = client.get("/v1/about").json()
    assert "the ward on 0161 496 0000" in data["safety"][0]["message"]
    assert about["name"] == "Example Line" and about["emergency_number"] == "999"


# --- limits and errors -------------------------------------------------------------------


def test_a_body_over_the_size_cap_is_a_413_json_error(make_client):
    client = make_client(OrgConfig(limits=Limits(max_body_bytes=1000)))
    response = client.post("/v1/chat", json={"text": "y" * 2000})
    assert response.status_code == 413 and response.json()["error"]["code"] == "body_too_large"

    def chunks():  # no Content-Length: the cap counts what actually arrives
        for _ in range(10):
            yield b"z" * 500

    chunked = client.post("/v1/chat", content=chunks(), headers={"content-type": "application/json"})
    assert chunked.status_code == 413 and "x-request-id" in chunked.headers


def test_malformed_requests_get_422_with_the_field_and_no_echo(client):
    not_json = client.post("/v1/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert not_json.status_code == 422
    assert not_json.json()["error"]["details"] == [{"field": "body", "problem": "not valid JSON"}]
    missing = client.post("/v1/chat", json={"txt": "my secret words"})
    assert missing.status_code == 422
    assert missing.json()["error"]["details"][0]["field"] == "text"
    assert "my secret words" not in missing.text


def test_the_rate_limit_answers_429_per_client(make_client):
    config = OrgConfig(limits=Limits(rate_limit_per_minute=3))
    app_client = make_client(config)
    statuses = [app_client.post("/v1/chat", json={"text": "hello"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = app_client.post("/v1/chat", json={"text": "hello"})
    assert limited.json()["error"]["code"] == "rate_limited" and int(limited.headers["retry-after"]) >= 1
    other = TestClient(app_client.app, client=("10.0.0.7", 5000))
    assert other.post("/v1/chat", json={"text": "hello"}).status_code == 200


def test_every_response_has_a_request_id_and_a_good_one_is_kept(client):
    for response in (client.get("/healthz"), client.get("/no-such-page"), client.get("/"),
                     client.post("/v1/chat", json={})):
        assert len(response.headers["x-request-id"]) >= 8
    assert client.get("/no-such-page").json()["error"]["code"] == "not_found"
    kept = client.get("/healthz", headers={"X-Request-ID": "proxy-abc-12345"})
    assert kept.headers["x-request-id"] == "proxy-abc-12345"
    replaced = client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"})
    assert replaced.headers["x-request-id"] != "bad id\nwith newline"


def test_a_failure_inside_is_a_json_500_without_a_stack_trace(client, bot, monkeypatch, caplog):
    def broken(self, state=None):
        raise RuntimeError("internal detail that must stay in the log")

    monkeypatch.setattr(type(bot), "conversation", broken)
    with caplog.at_level(logging.INFO, logger="allbot"):
        response = client.post("/v1/chat", json={"text": "hello"})
    assert response.status_code == 500
    body = response.json()
    assert body["error"]["code"] == "internal_error" and body["request_id"] == response.headers["x-request-id"]
    assert "Traceback" not in response.text and "internal detail" not in response.text
    assert any(body["request_id"] in r.getMessage() and r.exc_info for r in caplog.records)


# --- logs --------------------------------------------------------------------------------

SECRET = "my daughter Jo, 07700 900123, is in maintenance"


def test_logs_have_the_request_id_and_never_the_message_text(client, caplog):
    with caplog.at_level(logging.INFO, logger="allbot"):
        response = client.post("/v1/chat", json={"text": SECRET})
    lines = [r.getMessage() for r in caplog.records]
    request_id = response.headers["x-request-id"]
    assert lines and all(request_id in line for line in lines)
    assert any("intent=" in line and "urgency=" in line for line in lines)
    assert not any("maintenance" in line.split("intent=")[0] or "07700" in line or "Jo" in line for line in lines)
    assert not any("text=" in line for line in lines)


def test_logs_never_hold_a_session_id(client, caplog):
    session_id = client.post("/v1/chat", json={"text": "hello"}).json()["session_id"]
    with caplog.at_level(logging.INFO, logger="allbot"):
        client.post("/v1/chat", json={"text": "what is ALL?", "session_id": session_id})
        client.delete(f"/v1/sessions/{session_id}")
    assert caplog.records and not any(session_id in r.getMessage() for r in caplog.records)


def test_the_operator_can_turn_on_redacted_message_text_in_logs(make_client, caplog):
    client = make_client(dataclasses.replace(OrgConfig(), log_message_text=True))
    with caplog.at_level(logging.INFO, logger="allbot"):
        client.post("/v1/chat", json={"text": SECRET})
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert 'text="my daughter [name], [phone], is in maintenance"' in logged and "07700" not in logged


# --- CORS and the page -----------------------------------------------------------------------


def test_cors_allows_only_the_listed_origins(make_client):
    client = make_client(OrgConfig(cors_origins=("https://support.example.org",)))
    allowed = client.options("/v1/chat", headers={"Origin": "https://support.example.org",
                                                  "Access-Control-Request-Method": "POST"})
    assert allowed.headers["access-control-allow-origin"] == "https://support.example.org"
    other = client.post("/v1/chat", json={"text": "hi"}, headers={"Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in other.headers


def test_no_cors_headers_unless_configured(client):
    response = client.post("/v1/chat", json={"text": "hi"}, headers={"Origin": "https://any.example.com"})
    assert "access-control-allow-origin" not in response.headers


def test_the_page_shows_the_disclaimer_and_loads_nothing_from_elsewhere(make_client):
    config = OrgConfig(name="Example <Line>", disclaimer="Education only & not advice.", locale="UK")
    client = make_client(config)
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Example &lt;Line&gt;" in page.text and "Education only &amp; not advice." in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("static/chat.js", "static/chat.css"):
        assert client.get("/" + asset).status_code == 200
    assert 'aria-live="polite"' in page.text and '<label for="message">' in page.text
