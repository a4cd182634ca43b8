"""Load benchmark for the HTTP service, on loopback only.

    python benchmarks/load.py [--seconds 30] [--sessions 50] [--runs 3] [--idle-sessions 100000]

Starts `python -m bot serve` on 127.0.0.1 (and its own redis-server for the Redis rows), then:

1. Throughput: SESSIONS concurrent conversations (httpx, async) send messages for SECONDS each
   (a bounded loop: it stops at the deadline or after --max-requests per session), for one
   worker with sessions in memory, one worker with Redis, and two workers with Redis. Reports
   requests/s, p50 and p99 latency and errors, as the median of --runs runs.
2. Idle sessions: opens IDLE conversations that are never used again and reads the server's
   memory (RSS) before and after, with the session cap above and below that number; then
   shows idle expiry emptying the store.

The client runs on the same machine and competes with the server for its cores; the figures
are for comparing configurations here, not a capacity promise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import platform
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from docs import recorded  # noqa: E402

HOST = "127.0.0.1"  # never anything else: this benchmark only talks to this machine

# A conversation as people have them: questions, follow-ups, a suggestion pick, a red flag,
# something out of scope. Each session walks this list from its own starting point.
SCRIPT = [
    "what is ALL?", "how long is maintenance?", "and for adults?", "1", "what are the side effects of chemo",
    "my son is on chemo and has a temperature of 38.4", "can my dog get leukaemia?", "what is a lumbar puncture",
    "survival rates for children", "more", "is it my fault my child got leukaemia", "what happens in induction?",
]


@dataclass
class RunResult:
    workers: int
    store: str
    requests: int
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    server_cpu_ms: float  # server CPU time per request, all workers together: a client-independent cost
    server_rss_mb: float


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _tree(pid: int) -> list[int]:
    """A process and all its descendants (the uvicorn workers)."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time used so far by a process tree."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for member in _tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def rss_mb(pid: int) -> float:
    """Resident memory of a process tree, in MB."""
    total = 0
    for member in _tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


class Redis:
    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("redis-server is not installed (apt-get install redis-server)")
        self.port = free_port()
        self.process = subprocess.Popen([binary, "--port", str(self.port), "--bind", HOST, "--save", "",
                                         "--appendonly", "no", "--dir", str(workdir)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"redis://{HOST}:{self.port}/0"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection((HOST, self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("redis-server did not start")

    def flush(self) -> None:
        subprocess.run(["redis-cli", "-p", str(self.port), "FLUSHALL"], capture_output=True, check=False)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class Server:
    """`python -m bot serve` in its own process, stopped on exit."""

    def __init__(self, config: Path, workers: int, redis_url: str | None, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        command = [sys.executable, "-m", "bot", "serve", "--host", HOST, "--port", str(self.port),
                   "--config", str(config), "--workers", str(workers)]
        if redis_url:
            command += ["--redis-url", redis_url]
        self._log = log.open("ab")
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=self._log, stderr=self._log)

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base + "/healthz", timeout=1).status_code == 200:
                    time.sleep(0.5)  # let every worker finish starting
                    return self
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self._log.flush()
        raise SystemExit("the server did not start:\n" + Path(self._log.name).read_text()[-2000:])

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(30)
        self._log.close()

    def health(self) -> dict:
        return httpx.get(self.base + "/healthz", timeout=5).json()


async def converse(number: int, base: str, deadline: float, max_requests: int, context: ssl.SSLContext,
                   latencies: list[float], errors: list[str]) -> None:
    """One person: their own connection, carrying their session id from reply to reply."""
    session_id = None
    async with httpx.AsyncClient(base_url=base, timeout=30, verify=context, trust_env=False) as client:
        for step in range(max_requests):
            if time.perf_counter() >= deadline:
                return
            text = SCRIPT[(number + step) % len(SCRIPT)]
            started = time.perf_counter()
            try:
                response = await client.post("/v1/chat", json={"text": text, "session_id": session_id})
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors.append(f"HTTP {response.status_code}")
                    continue
                session_id = response.json()["session_id"]
            except httpx.HTTPError as error:
                errors.append(type(error).__name__)


async def _client_share(base: str, first: int, count: int, seconds: float,
                        max_requests: int) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    context = ssl.create_default_context()  # unused over http, but made once rather than per client
    deadline = time.perf_counter() + seconds
    await asyncio.gather(*(converse(n, base, deadline, max_requests, context, latencies, errors)
                           for n in range(first, first + count)))
    return latencies, errors


def _client_process(base: str, first: int, count: int, seconds: float,
                    max_requests: int) -> tuple[list[float], list[str]]:
    return asyncio.run(_client_share(base, first, count, seconds, max_requests))


def throughput(base: str, sessions: int, seconds: float, max_requests: int,
               processes: int) -> tuple[list[float], list[str], float]:
    """SESSIONS conversations at once, spread over client processes (one Python process alone
    cannot drive httpx fast enough to find the server's limit)."""
    shares = [sessions // processes + (i < sessions % processes) for i in range(processes)]
    starts = [sum(shares[:i]) for i in range(processes)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        parts = pool.starmap(_client_process, [(base, starts[i], shares[i], seconds, max_requests)
                                               for i in range(processes)])
    latencies = [value for part in parts for value in part[0]]
    errors = [error for part in parts for error in part[1]]
    return latencies, errors, min(seconds, time.perf_counter() - started)


async def _open_sessions(base: str, count: int, concurrency: int) -> int:
    errors = 0
    queue = iter(range(count))
    context = ssl.create_default_context()

    async def opener() -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=30, verify=context, trust_env=False) as client:
            for _ in queue:
                response = await client.post("/v1/chat", json={"text": "what is ALL?"})
                errors += response.status_code != 200

    await asyncio.gather(*(opener() for _ in range(concurrency)))
    return errors


def _open_sessions_process(base: str, count: int, concurrency: int) -> int:
    return asyncio.run(_open_sessions(base, count, concurrency))


def open_idle_sessions(base: str, count: int, processes: int, concurrency: int = 25) -> int:
    """`count` new conversations of one message each, never continued. Returns the errors."""
    shares = [count // processes + (i < count % processes) for i in range(processes)]
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        return sum(pool.starmap(_open_sessions_process, [(base, share, concurrency) for share in shares]))


def write_config(folder: Path, name: str, max_sessions: int = 100_000, idle_minutes: int = 30) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(f"name: Load test\nlimits:\n  rate_limit_per_minute: 0\n  max_message_chars: 1000\n"
                    f"sessions:\n  max_sessions: {max_sessions}\n  idle_minutes: {idle_minutes}\n")
    return path


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    return f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, {platform.system()}"


def run_throughput(args: argparse.Namespace, folder: Path, redis: Redis) -> list[RunResult]:
    """Runs are interleaved (each configuration once, then again), so that anything else the
    machine is doing weighs on every configuration alike."""
    config = write_config(folder, "throughput")
    runs: dict[tuple[int, str], list[RunResult]] = {pair: [] for pair in args.configs}
    for run in range(args.runs):
        for workers, store in args.configs:
            if store == "redis":
                redis.flush()
            with Server(config, workers, redis.url if store == "redis" else None, folder / "server.log") as server:
                cpu_before = cpu_seconds(server.process.pid)
                latencies, errors, elapsed = throughput(server.base, args.sessions, args.seconds, args.max_requests,
                                                        args.client_processes)
                cpu = cpu_seconds(server.process.pid) - cpu_before
                result = RunResult(workers, store, len(latencies), len(errors), elapsed, len(latencies) / elapsed,
                                   percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000,
                                   cpu * 1000 / max(1, len(latencies)), rss_mb(server.process.pid))
            runs[(workers, store)].append(result)
            print(f"  run {run + 1}, {workers} worker(s), {store:6}: {result.rps:6.0f} req/s, "
                  f"p50 {result.p50_ms:.1f} ms, p99 {result.p99_ms:.1f} ms, errors {result.errors}, "
                  f"server CPU {result.server_cpu_ms:.2f} ms/req", flush=True)
    return [RunResult(workers, store, int(statistics.median(r.requests for r in done)), sum(r.errors for r in done),
                      statistics.median(r.seconds for r in done), statistics.median(r.rps for r in done),
                      statistics.median(r.p50_ms for r in done), statistics.median(r.p99_ms for r in done),
                      statistics.median(r.server_cpu_ms for r in done),
                      statistics.median(r.server_rss_mb for r in done))
            for (workers, store), done in runs.items()]


def run_idle(args: argparse.Namespace, folder: Path) -> list[dict]:
    results = []
    for cap in (args.idle_sessions, args.idle_sessions // 10):
        config = write_config(folder, f"idle-{cap}", max_sessions=cap)
        with Server(config, 1, None, folder / "server.log") as server:
            before = rss_mb(server.process.pid)
            started = time.perf_counter()
            errors = open_idle_sessions(server.base, args.idle_sessions, args.client_processes)
            elapsed = time.perf_counter() - started
            after = rss_mb(server.process.pid)
            held = server.health()["sessions"]
        row = {"opened": args.idle_sessions, "cap": cap, "held": held, "errors": errors, "rss_before_mb": before,
               "rss_after_mb": after, "seconds": elapsed}
        results.append(row)
        print(f"  opened {args.idle_sessions:,} idle sessions (cap {cap:,}) in {elapsed:.0f} s: held {held:,}, "
              f"server RSS {before:.0f} MB -> {after:.0f} MB, errors {errors}", flush=True)
    # Expiry: sessions idle for longer than idle_minutes are gone on the next look.
    config = write_config(folder, "expiry", idle_minutes=1)
    with Server(config, 1, None, folder / "server.log") as server:
        open_idle_sessions(server.base, 1000, 1)
        held_before = server.health()["sessions"]
        time.sleep(61)
        held_after = server.health()["sessions"]
    results.append({"expiry_idle_minutes": 1, "held_before": held_before, "held_after_61s": held_after})
    print(f"  expiry (idle_minutes 1): {held_before:,} sessions, 61 s later {held_after:,}", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--max-requests", type=int, default=100_000, help="per session, a bound on the loop")
    parser.add_argument("--idle-sessions", type=int, default=100_000)
    parser.add_argument("--skip-idle", action="store_true")
    parser.add_argument("--client-processes", type=int, default=2,
                        help="client processes sharing the sessions (default 2)")
    parser.add_argument("--configs", default="1:memory,1:redis,2:redis",
                        help="workers:store pairs to compare (store: memory or redis)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the figures as JSON")
    parser.add_argument("--write-docs", action="store_true", help="also write the report into docs/benchmarks.md")
    args = parser.parse_args()
    with recorded("load", args.write_docs):
        return measure(args)


def measure(args: argparse.Namespace) -> int:
    args.configs = [(int(w), s) for w, s in (pair.split(":") for pair in args.configs.split(","))]
    print(f"Machine: {machine()}")
    print(f"Throughput: {args.sessions} concurrent sessions for {args.seconds:.0f} s from {args.client_processes} "
          f"client process(es), median of {args.runs} runs")
    with tempfile.TemporaryDirectory(prefix="allbot-load-") as tmp:
        folder = Path(tmp)
        redis = Redis(folder)
        try:
            rows = run_throughput(args, folder, redis)
        finally:
            redis.stop()
        print()
        print(f"{'workers':>7}  {'sessions in':11}  {'req/s':>7}  {'p50 ms':>7}  {'p99 ms':>7}  {'errors':>6}  "
              f"{'CPU ms/req':>10}  {'RSS MB':>7}")
        for row in rows:
            print(f"{row.workers:>7}  {row.store:11}  {row.rps:>7.0f}  {row.p50_ms:>7.1f}  {row.p99_ms:>7.1f}  "
                  f"{row.errors:>6}  {row.server_cpu_ms:>10.2f}  {row.server_rss_mb:>7.0f}")
        idle: list[dict] = []
        if not args.skip_idle:
            print("\nIdle sessions (1 worker, sessions in memory):")
            idle = run_idle(args, folder)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "throughput": [asdict(r) for r in rows],
                                         "idle": idle}, indent=2))
    return 1 if any(r.errors for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
