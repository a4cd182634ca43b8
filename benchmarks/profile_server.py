"""Where the server's CPU goes: `python -m bot serve` under cProfile, on loopback only.

    python benchmarks/profile_server.py [--requests 3000] [--sessions 200] [--redis] [--top 25] [--out FILE]
    python benchmarks/profile_server.py --without-bot    # the HTTP service's own CPU per request

Starts the service under cProfile (timed by CPU, not wall clock) with a copy of
config/organisation.example.yaml whose rate limit is off, sends REQUESTS `/v1/chat` messages over
SESSIONS conversations (20 at a time, each walking benchmarks/load.py's script; a bounded loop),
stops the server cleanly and prints the shares of its CPU while serving: the bot's reply, sending
the response, the HTTP layer around them; then the functions with the most time of their own. The
profiler slows Python code more than system calls, so take the shares as a guide, not a measure.

`--without-bot` runs no profiler: every reply is the same one, made once, and the server's CPU
time (user and system, from /proc) per request is printed: the HTTP service's own cost.
"""

from __future__ import annotations

import argparse
import asyncio
import pstats
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from load import HOST, SCRIPT, Redis, cpu_seconds, free_port  # noqa: E402

# `python -m bot ARGS` under cProfile timed by the process's CPU clock, not the wall clock: a write
# to a loopback socket wakes the client, and on a busy host the kernel may then run the client
# before returning, so a wall-clock profile charges the server for time it spent waiting.
PROFILED = """
import cProfile, sys, time
from bot.cli import main
profile = cProfile.Profile(time.process_time)
profile.enable()
try:
    main(sys.argv[2:])
except SystemExit:
    pass
finally:
    profile.disable()
    profile.dump_stats(sys.argv[1])
"""

# `python -m bot ARGS` with every reply the same one, made once: what is left of the server's CPU
# per request is the HTTP service's own (parsing, middleware, sessions, keys, logs, JSON, writes).
FIXED_REPLY = """
import sys
from bot.dialogue import Conversation
from bot.cli import main
real, made = Conversation.send, []


def send(self, text):
    if not made:
        made.append(real(self, "how long is maintenance?"))
    self.state.turns += 1
    return made[0]


Conversation.send = send
sys.exit(main(sys.argv[1:]))
"""


def config_copy(folder: Path) -> Path:
    text = (ROOT / "config" / "organisation.example.yaml").read_text()
    text = re.sub(r"rate_limit_per_minute: *\d+", "rate_limit_per_minute: 0", text)
    text = re.sub(r"max_sessions: *\d+", "max_sessions: 100000", text)
    path = folder / "organisation.yaml"
    path.write_text(text)
    return path


async def drive(base: str, requests: int, sessions: int, concurrency: int = 20) -> int:
    """REQUESTS messages over SESSIONS conversations; returns the number that were not 200."""
    per_session = max(1, requests // sessions)
    queue = iter(range(sessions))
    errors = 0

    async def worker() -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=30, trust_env=False) as client:
            for number in queue:
                session_id = None
                for step in range(per_session):
                    text = SCRIPT[(number + step) % len(SCRIPT)]
                    response = await client.post("/v1/chat", json={"text": text, "session_id": session_id})
                    if response.status_code != 200:
                        errors += 1
                        continue
                    session_id = response.json()["session_id"]

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return errors


def wait_ready(base: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server did not start")
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not start in time")


def cumulative(stats: pstats.Stats, file_end: str, name: str) -> float:
    """CPU seconds in `name` (defined in a file ending `file_end`) and what it called; the outermost
    when several functions match (nested ones are inside it)."""
    rows = stats.stats.items()  # type: ignore[attr-defined]
    return max((row[3] for (file, _, function), row in rows if file.endswith(file_end) and function == name),
               default=0.0)


# What a served request's CPU is spent on; the rest is uvicorn's parsing, the event loop, the
# middleware and routing, validation, sessions and keys.
PARTS = [
    ("the bot's reply (Conversation.send)", "bot/dialogue.py", "send"),
    ("uvicorn's response send (head, socket write)", "uvicorn/protocols/http/httptools_impl.py", "send"),
    ("FastAPI's routing, validation and response", "fastapi/routing.py", "app"),
    ("the direct message path, less the turn", "bot/server/messages.py", "__call__"),
    ("log lines", "logging/__init__.py", "info"),
    ("JSON encoding", "json/encoder.py", "encode"),
]


def report(profile: Path, requests: int, top: int) -> None:
    stats = pstats.Stats(str(profile))
    serving = cumulative(stats, "bot/server/run.py", "serve") - cumulative(stats, "bot/server/app.py", "create_app")
    turn = cumulative(stats, "bot/server/chat.py", "take_turn")
    print(f"{requests} requests: {serving * 1000 / requests:.2f} ms of CPU each while serving, under the profiler")
    for label, file_end, name in PARTS:
        seconds = cumulative(stats, file_end, name)
        if file_end.endswith(("messages.py", "fastapi/routing.py")):
            seconds = max(0.0, seconds - turn) if seconds else 0.0
        print(f"  {seconds / serving:4.0%}  {label}")
    print()
    stats.sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, help="keep the profile here (pstats format)")
    parser.add_argument("--redis", action="store_true", help="sessions in Redis (a redis-server of its own)")
    parser.add_argument("--without-bot", action="store_true",
                        help="no profile: every reply the same, made once; print the server's CPU ms per request "
                             "(user + system), the HTTP service's own cost")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="allbot-profile-") as tmp:
        folder = Path(tmp)
        out = args.out or folder / "server.prof"
        port = free_port()
        base = f"http://{HOST}:{port}"
        log = (folder / "server.log").open("wb")
        redis = Redis(folder) if args.redis else None
        serve = ["serve", "--host", HOST, "--port", str(port), "--config", str(config_copy(folder)),
                 *(["--redis-url", redis.url] if redis else [])]
        command = [sys.executable, "-c", FIXED_REPLY, *serve] if args.without_bot else \
            [sys.executable, "-c", PROFILED, str(out), *serve]
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log)
        try:
            wait_ready(base, process)
            asyncio.run(drive(base, 200, 20))  # warm up
            cpu, started = cpu_seconds(process.pid), time.perf_counter()
            errors = asyncio.run(drive(base, args.requests, args.sessions))
            cpu = cpu_seconds(process.pid) - cpu
            print(f"sent {args.requests} requests in {time.perf_counter() - started:.1f} s, errors {errors}")
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(60)
            log.close()
            if redis:
                redis.stop()
        if args.without_bot:
            print(f"server CPU without the bot's reply: {cpu * 1000 / args.requests:.3f} ms per request")
            return 0
        if not out.is_file():
            raise SystemExit("no profile was written:\n" + (folder / "server.log").read_text()[-2000:])
        report(out, args.requests, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
