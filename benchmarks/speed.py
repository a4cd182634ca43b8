"""Speed benchmark: in-process reply latency and one-shot start-up time.

    python benchmarks/speed.py [--runs 5] [--messages 400] [--write-docs]

Prints medians over several runs: reply latency (median and p99 per run) with the built-in
content and with it repeated 10x and 100x (synthetic intents), the same for the evaluation's
written test phrases (people's own wording, when tests/data is at hand), what each stage of a reply costs,
and the wall time of `python -m bot ask --json hi` from start to exit.

Start-up is timed as a user meets it: modules byte-compiled (as `pip install` leaves them) and
the build cache filled, so one untimed run comes first.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
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
from bot.evaluation.datasets import load_test_sets  # noqa: E402
from bot.profile import Profile  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from docs import recorded  # noqa: E402


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


def written_phrases() -> list[str]:
    """The evaluation's test phrases (tests/data), when the repository is at hand: people's own
    wording, longer and messier than the examples, including long caregiver messages."""
    data = ROOT / "tests" / "data"
    if not data.is_dir():
        return []
    sets = load_test_sets(data)
    return [item.text for item in sets.in_scope] + list(sets.out_of_scope_test)


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


def stage_costs(bot: Bot, texts: list[str], runs: int) -> dict[str, float]:
    """Median ms per message of each stage a reply goes through, one stage at a time."""
    profile = Profile()
    # As a conversation runs them: the profile reader and the scan share one tokenisation.
    read = [(text, basic, canonical, bot.scanner.tokens(basic))
            for text, (basic, canonical) in zip(texts, map(bot.normaliser.read, texts), strict=True)]
    stages = {
        "normalise": lambda text, basic, canonical, tokens: bot.normaliser.read(text),
        "tokenise": lambda text, basic, canonical, tokens: bot.scanner.tokens(basic),
        "profile": lambda text, basic, canonical, tokens: bot.profile_reader.update(profile, basic, canonical, tokens),
        "safety scan": lambda text, basic, canonical, tokens: bot.scanner.scan(basic, canonical, profile, tokens),
        "learned net": lambda text, basic, canonical, tokens: bot.learned.read(
            basic, profile, bot.scanner.general_question(tokens)),
        "matching": lambda text, basic, canonical, tokens: bot.index.rank(canonical),
    }
    costs = {}
    for name, stage in stages.items():
        medians = []
        for _ in range(runs):
            timings = []
            for item in read:
                started = time.perf_counter()
                stage(*item)
                timings.append(time.perf_counter() - started)
            medians.append(statistics.median(timings) * 1000)
        costs[name] = statistics.median(medians)
    return costs


def startup_ms(runs: int) -> list[float]:
    # Byte-compiled modules, as after `pip install`: let Python write its caches even where the
    # environment says not to (this machine sets PYTHONDONTWRITEBYTECODE).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "bot", "ask", "--json", "hi"]
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(command, cwd=scratch, check=True, capture_output=True, env=env)  # fills the caches
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, cwd=scratch, check=True, capture_output=True, env=env)
            times.append((time.perf_counter() - started) * 1000)
    return sorted(times)


def reference_ms() -> float:
    """A fixed pure-Python workload, so runs on a busy or shared machine can be told apart from
    changes in the code: when this is slow, every figure above it is slow too."""
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        sum(i * i for i in range(1_000_000))
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--write-docs", action="store_true", help="also write the report into docs/benchmarks.md")
    args = parser.parse_args()
    with recorded("speed", args.write_docs):
        return measure(args)


def measure(args: argparse.Namespace) -> int:
    base = load_content(default_content_dir())
    texts = messages(base, args.messages)
    print(f"machine: {cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{args.runs} runs of {len(texts)} messages; reference workload {reference_ms():.0f} ms")
    print(f"{'content':>8} {'intents':>8} {'phrases':>8} {'median ms':>10} {'p99 ms':>8} {'build s':>8}")
    for scale in (1, 10, 100):
        content = repeated(base, scale)
        started = time.perf_counter()
        bot = Bot.from_content(content).warm()  # as a service starts: every pattern compiled
        build = time.perf_counter() - started
        results = [reply_latency(bot, texts) for _ in range(args.runs)]
        phrases = sum(len(i.examples) + 1 for i in content.intents)
        print(f"{scale:>7}x {len(content.intents):>8} {phrases:>8} "
              f"{statistics.median(r[0] for r in results):>10.3f} {statistics.median(r[1] for r in results):>8.3f} "
              f"{build:>8.2f}")
        if scale == 1:
            base_bot = bot
            written = written_phrases()
            if written:
                results = [reply_latency(bot, written) for _ in range(args.runs)]
                print(f"      1x on the {len(written)} written test phrases: "
                      f"median {statistics.median(r[0] for r in results):.3f} ms, "
                      f"p99 {statistics.median(r[1] for r in results):.3f} ms")
    costs = stage_costs(base_bot, texts, args.runs)
    print("per message, 1x (median ms): " + ", ".join(f"{name} {ms:.3f}" for name, ms in costs.items()))
    runs = max(args.runs * 3, 15)
    times = startup_ms(runs)
    print(f"start-up `python -m bot ask --json hi`: median {statistics.median(times):.0f} ms over {runs} runs "
          f"(fastest {times[0]:.0f}, slowest {times[-1]:.0f})")
    print(f"reference workload at the end: {reference_ms():.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
