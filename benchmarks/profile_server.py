"""Where the server's CPU goes: `python -m bot serve` under cProfile, on loopback only.

    python benchmarks/profile_server.py [--requests 3000] [--sessions 200] [--top 25] [--out FILE]

Starts the service under cProfile with a copy of config/organisation.example.yaml whose rate limit
is off, sends REQUESTS `/v1/chat` messages spread over SESSIONS conversations (20 at a time, each
conversation walking benchmarks/load.py's script; a bounded loop), stops the server cleanly and
prints the shares of the server's profiled time: the bot's reply, writing the response, and the
HTTP layer around them, then the functions with the most time of their own. On a shared host only
the shares count, not the absolute times.
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
from load import HOST, SCRIPT, free_port  # noqa: E402


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
    return sum(row[3] for (file, _, function), row in stats.stats.items()  # type: ignore[attr-defined]
               if file.endswith(file_end) and function == name)


def report(profile: Path, requests: int, top: int) -> None:
    stats = pstats.Stats(str(profile))
    app = max(cumulative(stats, "bot/server/guard.py", "__call__"), cumulative(stats, "bot/server/fast.py", "__call__"))
    send = cumulative(stats, "bot/dialogue.py", "send")
    write = sum(row[3] for (file, _, function), row in stats.stats.items()  # type: ignore[attr-defined]
                if file == "~" and "write" in function and ("UVStream" in function or "Transport" in function))
    protocol = sum(row[3] for (file, _, function), row in stats.stats.items()  # type: ignore[attr-defined]
                   if file.endswith("httptools_impl.py") and function == "data_received")
    print(f"{requests} requests; profiled seconds (cumulative): app {app:.2f}, of which the bot's reply "
          f"{send:.2f}; transport writes {write:.2f}; uvicorn's data_received (parse, dispatch) {protocol:.2f}")
    total = app + write
    if total:
        print(f"shares of app + writes: bot's reply {send / total:.0%}, HTTP layer in the app "
              f"{(app - send) / total:.0%}, socket writes {write / total:.0%}")
    print()
    stats.sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, help="keep the profile here (pstats format)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="allbot-profile-") as tmp:
        folder = Path(tmp)
        out = args.out or folder / "server.prof"
        port = free_port()
        base = f"http://{HOST}:{port}"
        log = (folder / "server.log").open("wb")
        process = subprocess.Popen([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "bot", "serve",
                                    "--host", HOST, "--port", str(port), "--config", str(config_copy(folder))],
                                   cwd=ROOT, stdout=log, stderr=log)
        try:
            wait_ready(base, process)
            started = time.perf_counter()
            errors = asyncio.run(drive(base, args.requests, args.sessions))
            print(f"sent {args.requests} requests in {time.perf_counter() - started:.1f} s, errors {errors}")
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(60)
            log.close()
        if not out.is_file():
            raise SystemExit("no profile was written:\n" + (folder / "server.log").read_text()[-2000:])
        report(out, args.requests, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
