"""Shared fixtures. CLI tests run `python -m bot` from a scratch folder, as a user would, so
they exercise the installed package (and its bundled content), not the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
INTENTS = ROOT / "intents"
SOURCES = ROOT.parent / "shared" / "sources"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def private_build_cache(tmp_path_factory):
    """Each test run starts with an empty build cache of its own (subprocesses inherit it), so a
    bot built by another checkout or an earlier run can never decide a result."""
    previous = os.environ.get("ALLBOT_CACHE_DIR")
    os.environ["ALLBOT_CACHE_DIR"] = str(tmp_path_factory.mktemp("build-cache"))
    yield
    if previous is None:
        os.environ.pop("ALLBOT_CACHE_DIR", None)
    else:
        os.environ["ALLBOT_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def bot():
    from bot import Bot

    return Bot.load(INTENTS)


@pytest.fixture
def chat(bot):
    return bot.conversation()


def run_bot(*args: str, input: bytes | str | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `python -m bot ARGS` in a separate process, outside the checkout."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environment.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    return subprocess.run([sys.executable, "-m", "bot", *args], input=data, capture_output=True,
                          cwd=cwd or Path(tempfile.gettempdir()), env=environment, timeout=timeout)


@pytest.fixture
def cli(tmp_path):
    def call(*args: str, **kwargs: Any) -> subprocess.CompletedProcess:
        kwargs.setdefault("cwd", tmp_path)
        return run_bot(*args, **kwargs)

    return call


def json_lines(output: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.decode().splitlines() if line.strip()]


@pytest.fixture
def content_copy(tmp_path):
    """A writable copy of the built-in content, for tests that break it on purpose."""
    target = tmp_path / "intents"
    shutil.copytree(INTENTS, target)
    return target
