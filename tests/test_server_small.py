"""Smaller findings: framing, HEAD, clean exits and errors on the command line, messages that
start with "-"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.request
import warnings
from pathlib import Path

from bot.server.app import create_app
from bot.server.config import OrgConfig, load_config
from tests.test_sessions_redis import free_port, wait_until

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def test_only_our_own_pages_may_frame_the_chat_by_default(bot):
    with TestClient(create_app(OrgConfig(), bot=bot)) as client:
        page = client.get("/")
    policies = page.headers.get_list("content-security-policy")
    assert "frame-ancestors 'self'" in policies and page.headers["x-frame-options"] == "SAMEORIGIN"


def test_the_organisation_can_allow_its_own_site_to_embed_the_chat(bot, tmp_path):
    path = tmp_path / "org.yaml"
    path.write_text("frame_ancestors: [\"'self'\", \"https://www.example.org\"]\n")
    with TestClient(create_app(load_config(path), bot=bot)) as client:
        page = client.get("/")
    assert "frame-ancestors 'self' https://www.example.org" in page.headers.get_list("content-security-policy")
    assert "x-frame-options" not in page.headers  # it cannot name another site; the CSP does


def test_head_is_answered_wherever_get_is(bot):
    with TestClient(create_app(OrgConfig(), bot=bot)) as client:
        for path in ("/", "/healthz", "/v1/about", "/static/chat.js"):
            head, get = client.head(path), client.get(path)
            assert head.status_code == 200 == get.status_code, path
            assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


def test_an_unknown_locale_is_a_usage_error_not_a_traceback(cli):
    result = cli("--locale", "XX", "ask", "hi")
    assert result.returncode == 2 and b"Traceback" not in result.stderr and b"XX" in result.stderr


def test_a_full_disk_on_output_is_reported_in_one_line(cli):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "hi"], stdout=full,
                                stderr=subprocess.PIPE, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
                                cwd="/", timeout=60)
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert result.stderr.decode().strip().count("\n") == 0 and "cannot write" in result.stderr.decode()


def test_a_message_may_start_with_a_dash(cli):
    result = cli("ask", "--json", "-5 outside and my son on chemo has a temperature of 39")
    assert result.returncode == 0 and b'"urgency": "urgent"' in result.stdout


def test_the_server_exits_0_after_sigterm(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    log = Path(tmp_path / "serve.log")
    with log.open("wb") as output:
        process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port)], cwd=tmp_path,
                                   env=env, stdout=output, stderr=output)
        try:
            wait_until(lambda: urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).status == 200, 60)
        finally:
            process.send_signal(signal.SIGTERM)
            code = process.wait(30)
    assert code == 0, log.read_text()
