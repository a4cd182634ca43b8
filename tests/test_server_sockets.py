"""Bounded clients, each tried with a real socket against `allbot serve` on loopback: header size
and count limits, header and body deadlines, idle keep-alive and the concurrency limit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.test_sessions_redis import free_port, wait_until

HEADER_TIMEOUT, BODY_TIMEOUT, KEEP_ALIVE, MAX_CONNECTIONS = 2, 2, 5, 20


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sockets")
    config = folder / "org.yaml"
    config.write_text(f"limits:\n  max_header_bytes: 4096\n  header_timeout_seconds: {HEADER_TIMEOUT}\n"
                      f"  body_timeout_seconds: {BODY_TIMEOUT}\n  max_connections: {MAX_CONNECTIONS}\n"
                      "  rate_limit_per_minute: 0\n")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    log = (folder / "serve.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--config", str(config)],
                               cwd=folder, env=env, stdout=log, stderr=log)
    try:
        wait_until(lambda: urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).status == 200, 60)
        yield port
    finally:
        process.terminate()
        process.wait(30)
        log.close()


def connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=15)
    return sock


def answer(sock: socket.socket) -> bytes:
    """Everything until the server closes the connection (or 15 s pass)."""
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_an_oversized_header_is_refused_and_the_connection_closed(server):
    with connect(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ")
        sent = 0
        try:
            while sent < 50_000_000:  # the server closes long before 50 MB
                sock.sendall(b"a" * 65536)
                sent += 65536
        except (BrokenPipeError, ConnectionResetError):
            pass
        assert sent < 20_000_000  # what the kernel's buffers took before the server closed
        reply = answer(sock)
    assert reply == b"" or reply.startswith(b"HTTP/1.1 431")


def test_too_many_headers_are_refused(server):
    with connect(server) as sock:
        headers = b"".join(b"X-H%d: 1\r\n" % i for i in range(100))
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
        assert answer(sock).startswith(b"HTTP/1.1 431")


def test_a_request_whose_headers_never_finish_is_dropped_on_time(server):
    with connect(server) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        reply = answer(sock)
        waited = time.monotonic() - started
    assert reply.startswith(b"HTTP/1.1 408") and HEADER_TIMEOUT - 0.5 < waited < HEADER_TIMEOUT + 3


def test_a_connection_that_sends_nothing_is_closed_on_time(server):
    with connect(server) as sock:
        started = time.monotonic()
        answer(sock)
        assert time.monotonic() - started < HEADER_TIMEOUT + 3


def test_a_body_that_never_finishes_is_dropped_on_time(server):
    with connect(server) as sock:
        sock.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{\"text\": \"hel")
        started = time.monotonic()
        answer(sock)
        assert time.monotonic() - started < BODY_TIMEOUT + 3


def test_an_idle_kept_alive_connection_is_closed(server):
    with connect(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        started = time.monotonic()
        reply = answer(sock)
        waited = time.monotonic() - started
    assert reply.startswith(b"HTTP/1.1 200") and KEEP_ALIVE - 0.5 < waited < KEEP_ALIVE + 3


def test_connections_beyond_the_limit_are_told_to_come_back(server):
    held = [connect(server) for _ in range(MAX_CONNECTIONS)]
    try:
        time.sleep(0.3)
        with connect(server) as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert answer(sock).startswith(b"HTTP/1.1 503")
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.3)
    with urllib.request.urlopen(f"http://127.0.0.1:{server}/healthz", timeout=5) as response:
        assert response.status == 200  # and served again once they have gone


def test_pipelined_requests_a_head_and_100_continue_come_back_whole_and_in_order(server):
    """Each response's head is held until its body (bot.server.protocol.OneWrite): nothing may be
    lost, reordered or kept waiting by that."""
    with connect(server) as sock:
        sock.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b'Content-Length: 13\r\n\r\n{"text":"hi"}HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n'
                     b"DELETE /v1/sessions/x HTTP/1.1\r\nHost: x\r\n\r\n"
                     b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = answer(sock)
    heads = [line for line in reply.split(b"\r\n") if b"HTTP/1.1 " in line]
    assert [line[line.index(b"HTTP/1.1 "):][:12] for line in heads] == [b"HTTP/1.1 200", b"HTTP/1.1 200",
                                                                         b"HTTP/1.1 204", b"HTTP/1.1 200"]
    assert reply.endswith(b"}") and b'"intents"' in reply.rsplit(b"HTTP/1.1 ", 1)[1]
    with connect(server) as sock:
        started = time.monotonic()
        sock.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 13\r\n"
                     b"Expect: 100-continue\r\nConnection: close\r\n\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 100 Continue")  # at once, not held
        sock.sendall(b'{"text":"hi"}')
        reply = answer(sock)
    assert reply.startswith(b"HTTP/1.1 200") and b'"session_id"' in reply and time.monotonic() - started < 5
