"""Hostile clients against `allbot serve` on loopback, with transcripts on and sessions in Redis.

Runs every case of issue 14 once, bounded in count and time (about a minute), and checks that no
response is a 5xx other than the 503s of a Redis outage, that the server log holds no traceback,
and that every red-flag message was answered with its alert. Loopback only: it starts its own
redis-server and server on free ports and stops them.

    python benchmarks/hostile.py            # exit 0 when every check holds
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
RED_FLAG = "my son is on chemo and has a temperature of 39"
CRISIS_LONG = "So much has happened these last weeks. " * 80 + "I want to kill myself"
SENDER = "5e1b7c2a-4d3f-4a9e-8b6c-hostile-client"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on {port}")


@dataclass
class Tally:
    statuses: list[int] = field(default_factory=list)
    red_flags: int = 0
    red_flags_alerted: int = 0
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, ok: bool, what: str) -> None:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            self.failures.append(what)


def request(port: int, method: str, path: str, body: bytes | None = None, tally: Tally | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=15)
    try:
        connection.request(method, path, body=body, headers={"Content-Type": "application/json", **(headers or {})})
        response = connection.getresponse()
        data = response.read()
        if tally is not None:
            with tally.lock:
                tally.statuses.append(response.status)
        return response.status, dict(response.getheaders()), data
    finally:
        connection.close()


def red_flag(port: int, tally: Tally, path: str, raw: bytes, level: str) -> dict:
    """Send a red-flag message and record whether its alert came back, whatever the status."""
    status, _, data = request(port, "POST", path, raw, tally)
    reply = json.loads(data)
    reply = reply[0]["custom"] if isinstance(reply, list) else reply
    with tally.lock:
        tally.red_flags += 1
        tally.red_flags_alerted += reply.get("urgency") == level
    return {"status": status, **reply}


def raw_socket(port: int, payload: bytes, read: bool = True) -> bytes:
    with socket.create_connection((HOST, port), timeout=20) as sock:
        with contextlib.suppress(OSError):  # the server may close before it has read everything
            sock.sendall(payload)
        if not read:
            return b""
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def run(folder: Path) -> int:
    tally = Tally()
    redis_port, port = free_port(), free_port()
    redis_cmd = [shutil.which("redis-server") or "redis-server", "--port", str(redis_port), "--bind", HOST,
                 "--dir", str(folder), "--appendonly", "yes", "--save", ""]
    redis = subprocess.Popen(redis_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    wait_for(redis_port)
    config = folder / "org.yaml"
    config.write_text("transcripts:\n  enabled: true\n  path: transcripts.sqlite3\nlimits:\n"
                      "  rate_limit_per_minute: 0\n  header_timeout_seconds: 3\n  body_timeout_seconds: 3\n")
    log_path = folder / "server.log"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    with log_path.open("wb") as log:
        server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--config", str(config),
                                   "--redis-url", f"redis://{HOST}:{redis_port}/0"], cwd=folder, env=env,
                                  stdout=log, stderr=log)
    try:
        wait_for(port)
        print("1. half an emoji with transcripts on")
        half_emoji = "\\ud83d " + RED_FLAG
        for path, body in (("/v1/chat", '{"text": "' + half_emoji + '"}'),
                           ("/webhooks/rest/webhook", '{"sender": "' + SENDER + '", "message": "' + half_emoji + '"}')):
            reply = red_flag(port, tally, path, body.encode(), "urgent")
            tally.check(reply["status"] == 200 and reply["urgency"] == "urgent", f"{path}: 200 with the urgent alert")
        print("2. over-long message ending in a crisis; refusals")
        for path, body in (("/v1/chat", {"text": CRISIS_LONG}), ("/webhooks/rest/webhook", {"sender": SENDER,
                                                                                            "message": CRISIS_LONG})):
            reply = red_flag(port, tally, path, json.dumps(body).encode(), "emergency")
            tally.check(reply["urgency"] == "emergency",
                        f"{path}: crisis alert on a {len(CRISIS_LONG)}-character message")
        big = json.dumps({"text": RED_FLAG + " " + "x" * 40_000}).encode()
        reply = red_flag(port, tally, "/v1/chat", big, "urgent")
        tally.check(reply["status"] == 413 and reply["urgency"] == "urgent", "413 body still carries the alert")
        print("3. one channel cannot reach another's conversation")
        request(port, "POST", "/webhooks/rest/webhook", json.dumps({"sender": SENDER, "message":
                                                                     "my daughter is in maintenance"}).encode(), tally)
        status, _, data = request(port, "POST", "/v1/chat", json.dumps({"text": "and for adults?", "session_id":
                                                                         f"rasa:{SENDER}"}).encode(), tally)
        tally.check("daughter" not in data.decode() and json.loads(data)["session_id"] != f"rasa:{SENDER}",
                    "/v1/chat with rasa:<sender> starts its own conversation")
        print("4. bounded clients")
        started = time.monotonic()
        answer = raw_socket(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 2_000_000)
        tally.check(answer == b"" or answer.startswith(b"HTTP/1.1 431"), "a 2 MB header is refused (431 or closed)")
        slow = [socket.create_connection((HOST, port), timeout=20) for _ in range(40)]
        for sock in slow:
            sock.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: x\r\n")
        half = [socket.create_connection((HOST, port), timeout=20) for _ in range(200)]
        for sock in half:
            sock.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{\"te")
        time.sleep(5)
        closed = 0
        for sock in slow + half:
            sock.settimeout(3)
            try:
                while sock.recv(4096):
                    pass
                closed += 1
            except OSError:
                pass
            sock.close()
        tally.check(closed == 240, f"{closed} of 240 slow or half-sent connections closed by the server within 8 s")
        print(f"   ({time.monotonic() - started:.1f} s)")
        print("5. Redis outage under load")
        first = json.dumps({"text": "what are the survival rates for children"}).encode()
        session = json.loads(request(port, "POST", "/v1/chat", first, tally)[2])["session_id"]
        stop = threading.Event()
        outage_statuses: list[int] = []

        def load() -> None:
            while not stop.is_set():
                reply = red_flag(port, tally, "/v1/chat", json.dumps({"text": RED_FLAG}).encode(), "urgent")
                outage_statuses.append(reply["status"])

        workers = [threading.Thread(target=load) for _ in range(4)]
        for worker in workers:
            worker.start()
        time.sleep(1)
        redis.send_signal(signal.SIGKILL)
        redis.wait(10)
        time.sleep(5)
        health = request(port, "GET", "/healthz", tally=None)[0]
        redis = subprocess.Popen(redis_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        wait_for(redis_port)
        time.sleep(2)
        stop.set()
        for worker in workers:
            worker.join()
        after = json.loads(request(port, "POST", "/v1/chat", json.dumps({"text": "and for adults?", "session_id":
                                                                         session}).encode(), tally)[2])
        tally.check(health == 503, "/healthz said 503 during the outage")
        tally.check(set(outage_statuses) <= {200, 503} and 503 in outage_statuses,
                    f"{len(outage_statuses)} requests around the outage: only 200 and 503 "
                    f"({outage_statuses.count(503)} x 503)")
        tally.check(after["intent"] == "survival-adults", "the conversation carried on after Redis restarted")
        print("6. log forging")
        request(port, "GET", "/v1/x%0Aforged-line%00", tally=tally)
        print("7. expanding characters")
        started = time.monotonic()
        request(port, "POST", "/v1/chat", json.dumps({"text": "\ufdfa" * 2000}).encode(), tally)
        tally.check(time.monotonic() - started < 2, "2,000 x U+FDFA answered in under 2 s")
        print("10. HEAD and framing")
        status, headers, _ = request(port, "HEAD", "/", tally=tally)
        tally.check(status == 200 and "frame-ancestors" in str(headers), "HEAD / is 200 with frame-ancestors")
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(30)
        redis.send_signal(signal.SIGTERM)
        redis.wait(10)
    log_text = log_path.read_text(errors="replace")
    print("checks")
    tally.check(code == 0, f"server exit code after SIGTERM: {code}")
    bad = [s for s in tally.statuses if s >= 500 and s != 503]
    tally.check(not bad, f"{len(tally.statuses)} responses, 5xx other than 503: {len(bad)}")
    tally.check("Traceback" not in log_text, "no traceback in the server log")
    tally.check(not any(line.startswith("forged-line") for line in log_text.splitlines()), "no forged log line")
    tally.check(tally.red_flags == tally.red_flags_alerted,
                f"red-flag messages answered with their alert: {tally.red_flags_alerted} of {tally.red_flags}")
    with sqlite3.connect(folder / "transcripts.sqlite3") as db:
        stored = [row[0] for row in db.execute("SELECT text FROM turns")]
    tally.check(all("\ud83d" not in text for text in stored) and stored, f"{len(stored)} turns stored, all storable")
    print(f"{len(tally.failures)} failed" if tally.failures else "all checks hold")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        sys.exit(run(Path(scratch)))
