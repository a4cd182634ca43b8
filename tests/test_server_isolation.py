"""Conversations stay apart: each channel has its own namespace, ids are keyed with the server's
secret, and a guessable Rasa sender id is nobody's conversation."""

from __future__ import annotations

import warnings

import pytest

from bot.server.app import create_app
from bot.server.config import OrgConfig

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SENDER = "8d0f3c1e-2a4b-4e6f-9a7c-5b3d1e0f2a4c"
RASA = "/webhooks/rest/webhook"


@pytest.fixture
def client(bot):
    with TestClient(create_app(OrgConfig(), bot=bot), raise_server_exceptions=False) as client:
        yield client


def rasa(client, sender: str, message: str) -> dict:
    [reply] = client.post(RASA, json={"sender": sender, "message": message}).json()
    return reply["custom"]


def test_the_chat_api_cannot_continue_a_rasa_conversation(client):
    rasa(client, SENDER, "what are the survival rates for children")
    reply = client.post("/v1/chat", json={"text": "and for adults?", "session_id": f"rasa:{SENDER}"}).json()
    assert reply["intent"] != "survival-adults" and reply["session_id"] != f"rasa:{SENDER}"
    assert rasa(client, SENDER, "and for adults?")["intent"] == "survival-adults"  # the owner's context is intact


def test_the_chat_api_cannot_delete_a_rasa_conversation(client):
    rasa(client, SENDER, "what are the survival rates for children")
    for guess in (f"rasa:{SENDER}", SENDER):
        assert client.delete(f"/v1/sessions/{guess}").status_code == 204  # the same answer as for any id
    assert rasa(client, SENDER, "and for adults?")["intent"] == "survival-adults"


def test_a_guessable_sender_id_is_nobodys_conversation(client):
    rasa(client, "default", "my daughter is in maintenance, what are the survival rates for children")
    other_person = rasa(client, "default", "and for adults?")
    assert other_person["intent"] != "survival-adults"
    assert "daughter" not in other_person["reply"]


def test_a_chat_conversation_is_not_reachable_from_rasa(client):
    first = client.post("/v1/chat", json={"text": "what are the survival rates for children"}).json()
    assert rasa(client, first["session_id"], "and for adults?")["intent"] != "survival-adults"
    assert rasa(client, f"chat:{first['session_id']}", "and for adults?")["intent"] != "survival-adults"
    second = client.post("/v1/chat", json={"text": "and for adults?", "session_id": first["session_id"]}).json()
    assert second["intent"] == "survival-adults"


def test_two_services_key_the_same_ids_differently(bot):
    from bot.server.keys import SessionKeys

    one, two = SessionKeys("first secret"), SessionKeys("second secret")
    assert one.rasa(SENDER) != two.rasa(SENDER) and SENDER not in (one.rasa(SENDER) or "")
    assert one.for_records(one.rasa(SENDER) or "") != two.for_records(two.rasa(SENDER) or "")
