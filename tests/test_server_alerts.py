"""A red flag never loses its alert at the HTTP service: odd characters with transcripts on, a
failing store, over-long messages and every refusal (413, 422, 429) still answer with the reply
object, its alerts first, and the emergency number in the words."""

from __future__ import annotations

import json
import logging
import sqlite3
import warnings

import pytest

from bot.server.app import create_app
from bot.server.config import Limits, OrgConfig, TranscriptSettings
from bot.server.services import Services

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HALF_EMOJI_RED_FLAG = '{"text": "\\ud83d my son is on chemo and has a temperature of 39"}'
RASA_HALF_EMOJI = '{"sender": "w-1", "message": "\\ud83d my son is on chemo and has a temperature of 39"}'
JSON = {"content-type": "application/json"}
NUMBER = "call your local emergency number"  # the default locale's, as the bot fixture is built
CRISIS_AT_THE_END = "I have so much to say about the last few weeks. " * 60 + "I want to kill myself"


@pytest.fixture
def make_client(bot):
    clients = []

    def make(config: OrgConfig | None = None) -> TestClient:
        client = TestClient(create_app(config or OrgConfig(), bot=bot), raise_server_exceptions=False)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def recording(tmp_path, **limits) -> OrgConfig:
    return OrgConfig(transcripts=TranscriptSettings(True, tmp_path / "t.sqlite3", 30), limits=Limits(**limits))


def stored_texts(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT text FROM turns")]


def test_half_an_emoji_with_transcripts_on_still_gets_the_urgent_alert(make_client, tmp_path):
    client = make_client(recording(tmp_path))
    response = client.post("/v1/chat", content=HALF_EMOJI_RED_FLAG, headers=JSON)
    assert response.status_code == 200
    assert response.json()["urgency"] == "urgent" and response.json()["handoff"] is True
    [text] = stored_texts(tmp_path / "t.sqlite3")
    assert text.startswith("\ufffd my son is on chemo")


def test_half_an_emoji_on_the_rasa_channel_still_gets_the_urgent_alert(make_client, tmp_path):
    client = make_client(recording(tmp_path))
    response = client.post("/webhooks/rest/webhook", content=RASA_HALF_EMOJI, headers=JSON)
    assert response.status_code == 200
    assert response.json()[0]["custom"]["urgency"] == "urgent"
    assert response.json()[0]["text"].startswith("URGENT")


def test_a_failing_transcript_store_costs_neither_the_reply_nor_the_log(make_client, tmp_path, monkeypatch,
                                                                       caplog):
    client = make_client(recording(tmp_path))
    store = client.app.state.services.transcripts

    def broken(turn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "record", broken)
    with caplog.at_level(logging.INFO, logger="allbot"):
        replies = [client.post("/v1/chat", json={"text": "my son is on chemo and has a temperature of 39"})
                   for _ in range(5)]
    assert all(r.status_code == 200 and r.json()["urgency"] == "urgent" for r in replies)
    failures = [r for r in caplog.records if "transcripts" in r.getMessage() and r.levelno >= logging.WARNING]
    assert len(failures) == 1 and not any(r.exc_info for r in caplog.records)
    monkeypatch.undo()
    with caplog.at_level(logging.INFO, logger="allbot"):
        client.post("/v1/chat", json={"text": "hello"})
    assert any("transcripts" in r.getMessage() and "again" in r.getMessage() for r in caplog.records)
    assert len(stored_texts(tmp_path / "t.sqlite3")) == 1


@pytest.mark.parametrize("path", ["/v1/chat", "/webhooks/rest/webhook"])
def test_an_over_long_message_ending_in_a_crisis_gets_the_crisis_reply(make_client, path):
    client = make_client()
    body = {"text": CRISIS_AT_THE_END} if path == "/v1/chat" else {"sender": "w-2", "message": CRISIS_AT_THE_END}
    response = client.post(path, json=body)
    assert response.status_code == 200
    reply = response.json() if path == "/v1/chat" else response.json()[0]["custom"]
    assert reply["urgency"] == "emergency" and reply["safety"][0]["id"] == "crisis"
    assert "shorter" in reply["answer"] and "emergency number" in reply["answer"]


def test_the_message_limit_is_one_setting_the_bot_and_the_page_share(make_client):
    client = make_client(OrgConfig(limits=Limits(max_message_chars=50)))
    reply = client.post("/v1/chat", json={"text": "x" * 51}).json()
    assert "50 characters" in reply["answer"]
    assert client.get("/v1/about").json()["max_message_chars"] == 50
    assert 'maxlength="50"' in client.get("/").text or 'data-max-chars="50"' in client.get("/").text
    default = make_client()
    assert default.get("/v1/about").json()["max_message_chars"] == default.app.state.services.bot.message_limit


def test_a_rate_limited_red_flag_still_gets_its_alert_and_the_number(make_client):
    client = make_client(OrgConfig(limits=Limits(rate_limit_per_minute=1)))
    client.post("/v1/chat", json={"text": "hello"})
    limited = client.post("/v1/chat", json={"text": "my son is on chemo and has a temperature of 39"})
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    body = limited.json()
    assert body["error"]["code"] == "rate_limited" and body["urgency"] == "urgent"
    assert body["reply"].startswith("URGENT") and NUMBER in body["error"]["message"]
    [rasa] = client.post("/webhooks/rest/webhook", json={"sender": "w-3", "message": CRISIS_AT_THE_END}).json()
    assert rasa["custom"]["urgency"] == "emergency" and rasa["custom"]["error"]["code"] == "rate_limited"
    assert NUMBER in rasa["text"]


def test_an_over_large_body_is_refused_with_the_alerts_of_what_was_read(make_client):
    client = make_client(OrgConfig(limits=Limits(max_body_bytes=1000)))
    text = "my son is on chemo and has a temperature of 39. " + "more words here " * 200
    response = client.post("/v1/chat", json={"text": text})
    assert response.status_code == 413
    body = response.json()
    assert body["error"]["code"] == "body_too_large" and NUMBER in body["error"]["message"]
    assert body["urgency"] == "urgent"


def test_a_malformed_request_is_still_read_for_red_flags(make_client):
    client = make_client(OrgConfig())
    response = client.post("/v1/chat", json={"txt": "I want to kill myself"})
    assert response.status_code == 422
    body = response.json()
    assert body["urgency"] == "emergency" and NUMBER in body["error"]["message"]
    assert "kill" not in json.dumps(body["error"])  # the input is not echoed


def test_a_fault_inside_still_answers_with_the_number(make_client, bot, monkeypatch):
    client = make_client(OrgConfig())
    services: Services = client.app.state.services

    async def broken(*args, **kwargs):
        raise RuntimeError("store exploded")

    monkeypatch.setattr(services.sessions, "save", broken)
    response = client.post("/v1/chat", json={"text": "my son is on chemo and has a temperature of 39"})
    assert response.status_code == 500
    assert response.json()["urgency"] == "urgent" and NUMBER in response.json()["error"]["message"]
