"""Sessions and rate limits in Redis, against a real redis-server these tests start on a free
loopback port. A missing redis-server fails the tests: it is installed by .ci/run."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

from bot.dialogue import SessionState
from bot.server.app import create_app
from bot.server.config import OrgConfig
from bot.server.ratelimit import RedisRateLimiter
from bot.server.sessions import RedisSessionStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError("gave up waiting")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed; install it (apt-get install redis-server) to run these tests")
    port = free_port()
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                                "no", "--dir", str(tmp_path_factory.mktemp("redis"))],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: socket.create_connection(("127.0.0.1", port), timeout=0.5).close() is None)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


def test_a_session_round_trips_as_json_with_an_expiry(redis_url):
    async def scenario():
        store = RedisSessionStore(redis_url, idle_seconds=1)
        state = SessionState(last_intent="maintenance", offered=("a", "b"), turns=3)
        await store.save("abc", state)
        raw = await store._redis.get(store.prefix + "abc")
        ttl = await store._redis.ttl(store.prefix + "abc")
        loaded = await store.load("abc")
        await asyncio.sleep(2.1)
        expired = await store.load("abc")
        await store.close()
        return raw, ttl, loaded, expired

    raw, ttl, loaded, expired = asyncio.run(scenario())
    assert json.loads(raw) == SessionState(last_intent="maintenance", offered=("a", "b"), turns=3).to_dict()
    assert 0 < ttl <= 1
    assert loaded.last_intent == "maintenance" and loaded.offered == ("a", "b") and loaded.turns == 3
    assert expired is None


def test_two_workers_share_one_conversation(bot, redis_url):
    config = OrgConfig()
    with TestClient(create_app(config, bot=bot, redis_url=redis_url)) as worker_a, \
            TestClient(create_app(config, bot=bot, redis_url=redis_url)) as worker_b:
        first = worker_a.post("/v1/chat", json={"text": "what are the survival rates for children"}).json()
        second = worker_b.post("/v1/chat", json={"text": "and for adults?", "session_id": first["session_id"]})
        health = worker_b.get("/healthz").json()
    assert second.json()["intent"] == "survival-adults" and second.json()["session_id"] == first["session_id"]
    assert health["status"] == "ok" and health["sessions_store"] == "redis"


def test_the_rate_limit_is_counted_across_workers(redis_url):
    async def scenario():
        moment = time.time() // 60 * 60 + 5  # the same minute for both workers
        first = RedisRateLimiter(redis_url, per_minute=3, clock=lambda: moment)
        second = RedisRateLimiter(redis_url, per_minute=3, clock=lambda: moment)
        waits = [await first.check("9.9.9.9"), await second.check("9.9.9.9"), await first.check("9.9.9.9"),
                 await second.check("9.9.9.9"), await first.check("8.8.8.8")]
        await first.close()
        await second.close()
        return waits

    waits = asyncio.run(scenario())
    assert waits[:3] == [0.0, 0.0, 0.0] and 54 < waits[3] <= 55 and waits[4] == 0.0


def test_health_says_unavailable_when_redis_is_down(bot):
    with TestClient(create_app(OrgConfig(), bot=bot, redis_url=f"redis://127.0.0.1:{free_port()}/0")) as client:
        response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"


def test_serve_refuses_a_redis_it_cannot_reach(cli):
    result = cli("serve", "--redis-url", f"redis://127.0.0.1:{free_port()}/0", "--port", str(free_port()))
    assert result.returncode == 2
    assert "cannot use Redis" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_serve_with_two_workers_keeps_conversations_across_them(redis_url, tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--workers", "2",
                                "--redis-url", redis_url], cwd=tmp_path, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"

    def post(text: str, session_id: str | None = None) -> dict:
        body = json.dumps({"text": text, "session_id": session_id}).encode()
        request = urllib.request.Request(base + "/v1/chat", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:  # a new connection each time
            return json.load(response)

    try:
        wait_until(lambda: urllib.request.urlopen(base + "/healthz", timeout=1).status == 200, 60)
        intents = []
        for _ in range(6):
            first = post("what are the survival rates for children")
            intents.append(post("and for adults?", first["session_id"])["intent"])
    finally:
        process.terminate()
        process.wait(30)
        log.close()
    output = Path(tmp_path / "serve.log").read_text()
    assert intents == ["survival-adults"] * 6
    assert output.count("Started server process") == 2, output
