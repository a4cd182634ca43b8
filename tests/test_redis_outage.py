"""A Redis outage, against a real redis-server these tests start, kill and restart on loopback:
503 with Retry-After and the alerts still computed, one log line per outage, /healthz says so,
and the service recovers by itself; with persistence on, conversations survive the restart."""

from __future__ import annotations

import logging
import shutil
import signal
import socket
import subprocess
import warnings
from pathlib import Path

import pytest

from bot.server.app import create_app
from bot.server.config import OrgConfig
from tests.test_sessions_redis import free_port, wait_until

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

RED_FLAG = "my son is on chemo and has a temperature of 39"
SENDER = "0b7e4f2a-9c1d-4e8b-a6f3-2d5c7e9a1b0f"


class RedisServer:
    """redis-server with append-only persistence (fsync every write) in its own folder."""

    def __init__(self, folder: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed; install it (apt-get install redis-server)")
        self.binary, self.folder, self.port = binary, folder, free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--appendonly", "yes", "--appendfsync", "always", "--save", ""],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        wait_until(lambda: socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close() is None)

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)


@pytest.fixture
def redis(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process and server.process.poll() is None:
        server.kill()


def test_an_outage_is_a_503_with_alerts_one_log_line_and_recovery(bot, redis, caplog):
    with TestClient(create_app(OrgConfig(), bot=bot, redis_url=redis.url), raise_server_exceptions=False) as client:
        first = client.post("/v1/chat", json={"text": "what are the survival rates for children"}).json()
        [rasa] = client.post("/webhooks/rest/webhook", json={"sender": SENDER, "message":
                                                             "what are the survival rates for children"}).json()
        redis.kill()
        with caplog.at_level(logging.INFO, logger="allbot"):
            during = [client.post("/v1/chat", json={"text": RED_FLAG, "session_id": first["session_id"]})
                      for _ in range(20)]
            health = client.get("/healthz")
            [rasa_during] = client.post("/webhooks/rest/webhook", json={"sender": SENDER, "message": RED_FLAG}).json()
        assert {r.status_code for r in during} == {503}
        assert all(r.headers["retry-after"] == "5" and r.json()["urgency"] == "urgent" for r in during)
        assert during[0].json()["reply"].startswith("URGENT") and "emergency" in during[0].json()["error"]["message"]
        assert rasa_during["custom"]["urgency"] == "urgent" and rasa_during["custom"]["error"]["code"] == "unavailable"
        assert health.status_code == 503 and health.json()["sessions_store_down_seconds"] is not None
        warnings_ = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings_) == 1 and "Redis" in warnings_[0].getMessage()
        assert not any(r.exc_info for r in caplog.records)

        redis.start()  # same folder: the append-only file brings the sessions back
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="allbot"):
            wait_until(lambda: client.get("/healthz").status_code == 200, 20)
        assert any("working again" in r.getMessage() for r in caplog.records)
        after = client.post("/v1/chat", json={"text": "and for adults?", "session_id": first["session_id"]})
        [rasa_after] = client.post("/webhooks/rest/webhook",
                                   json={"sender": SENDER, "message": "and for adults?"}).json()
    assert after.status_code == 200 and after.json()["intent"] == "survival-adults"
    assert after.json()["session_id"] == first["session_id"]
    assert rasa_after["custom"]["intent"] == "survival-adults" and rasa["custom"]["intent"] == "survival-children"


def test_a_service_started_during_an_outage_recovers_by_itself(bot, redis):
    redis.kill()
    with TestClient(create_app(OrgConfig(), bot=bot, redis_url=redis.url), raise_server_exceptions=False) as client:
        down = client.post("/v1/chat", json={"text": RED_FLAG})
        redis.start()
        wait_until(lambda: client.get("/healthz").status_code == 200, 20)
        up = client.post("/v1/chat", json={"text": RED_FLAG})
    assert down.status_code == 503 and down.json()["urgency"] == "urgent"
    assert up.status_code == 200 and up.json()["urgency"] == "urgent"


def test_redis_holds_no_id_a_client_sent(bot, redis):
    from redis import Redis

    with TestClient(create_app(OrgConfig(), bot=bot, redis_url=redis.url)) as client:
        chat_id = client.post("/v1/chat", json={"text": "hello"}).json()["session_id"]
        client.post("/webhooks/rest/webhook", json={"sender": SENDER, "message": "hello"})
    keys = [key.decode() for key in Redis.from_url(redis.url).keys("*")]
    assert len([k for k in keys if k.startswith("allbot:session:")]) == 2
    assert not any(chat_id in key or SENDER in key for key in keys)
