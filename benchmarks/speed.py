"""Speed benchmark: in-process reply latency and one-shot start-up time.

    python benchmarks/speed.py [--runs 5] [--messages 400]

Prints medians over several runs: reply latency (median and p99 per run) with the built-in
content and with it repeated 10x and 100x (synthetic intents), and the wall time of
`python -m bot ask --json hi` from start to exit.
"""

from __future__ import annotations

import argparse
import dataclasses
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content import default_content_dir, load_content  # noqa: E402
from bot.content.model import Content, Intent  # noqa: E402
from bot.engine import Bot  # noqa: E402


def repeated(content: Content, times: int) -> Content:
    """The content with every intent copied `times` over, each copy's phrases made distinct."""
    if times == 1:
        return content
    copies: list[Intent] = []
    for n in range(times):
        for intent in content.intents:
            if n == 0:
                copies.append(intent)
                continue
            copies.append(dataclasses.replace(
                intent, id=f"{intent.id}-copy{n}", follow_ups=(), facets={},
                examples=tuple(f"{e} variant{n}" for e in intent.examples)))
    return dataclasses.replace(content, intents=tuple(copies))


def messages(content: Content, count: int) -> list[str]:
    """Realistic traffic: every example phrase with one word dropped, plus some off-topic lines."""
    pool = []
    for intent in content.intents:
        for example in intent.examples:
            words = example.split()
            pool.append(" ".join(words[:-1] if len(words) > 2 else words))
    pool += ["what's the weather tomorrow", "my son is on chemo and has a temperature of 38.4", "2"]
    step = max(1, len(pool) // count)
    return pool[::step][:count]


def reply_latency(bot: Bot, texts: list[str]) -> tuple[float, float]:
    chat = bot.conversation()
    for text in texts[:20]:  # warm caches
        chat.send(text)
    timings = []
    for text in texts:
        started = time.perf_counter()
        chat.send(text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[min(len(timings) - 1, int(len(timings) * 0.99))]


def startup_ms(runs: int) -> float:
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "hi"], cwd=scratch, check=True,
                           capture_output=True)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--messages", type=int, default=400)
    args = parser.parse_args()
    base = load_content(default_content_dir())
    texts = messages(base, args.messages)
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
          f"{args.runs} runs of {len(texts)} messages")
    print(f"{'content':>8} {'intents':>8} {'phrases':>8} {'median ms':>10} {'p99 ms':>8} {'build s':>8}")
    for times in (1, 10, 100):
        content = repeated(base, times)
        started = time.perf_counter()
        bot = Bot.from_content(content)
        build = time.perf_counter() - started
        results = [reply_latency(bot, texts) for _ in range(args.runs)]
        phrases = sum(len(i.examples) + 1 for i in content.intents)
        print(f"{times:>7}x {len(content.intents):>8} {phrases:>8} "
              f"{statistics.median(r[0] for r in results):>10.3f} {statistics.median(r[1] for r in results):>8.3f} "
              f"{build:>8.2f}")
    print(f"start-up `python -m bot ask --json hi`: median {startup_ms(max(args.runs, 5)):.0f} ms "
          f"over {max(args.runs, 5)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
