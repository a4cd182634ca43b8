"""What a client sends cannot forge or hide a log line: logged fields are escaped."""

from __future__ import annotations

import dataclasses
import logging
import warnings

import pytest

from bot.server.app import create_app
from bot.server.config import OrgConfig

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def client(bot):
    config = dataclasses.replace(OrgConfig(), log_message_text=True)
    with TestClient(create_app(config, bot=bot), raise_server_exceptions=False) as client:
        yield client


def logged(caplog) -> list[str]:
    return [caplog.handler.format(record) for record in caplog.records]


def test_an_encoded_line_break_in_the_path_stays_on_its_line(client, caplog):
    with caplog.at_level(logging.INFO, logger="allbot"):
        client.get("/v1/x%0A2026-01-01 INFO allbot.server: request_id=forged POST /v1/chat status=200%00%1b[2J")
    lines = "\n".join(logged(caplog)).splitlines()
    assert len(lines) == 1 and "\x00" not in lines[0] and "\x1b" not in lines[0]
    assert "%0A" in lines[0]


def test_message_text_in_the_log_cannot_break_the_line(client, caplog):
    with caplog.at_level(logging.INFO, logger="allbot"):
        client.post("/v1/chat", content='{"text": "hello\\u2028INFO forged\\u0085line\\u001b[31m\\ud83d"}',
                    headers={"content-type": "application/json"})
    text = "\n".join(logged(caplog))
    assert len(text.splitlines()) == len(caplog.records)
    assert not any(ch in text for ch in "\u2028\u0085\x1b\ud83d")
