"""Instructions per reply, counted by valgrind's callgrind: a figure a busy shared host cannot move.

    python benchmarks/instructions.py              # per reply, 1x content
    python benchmarks/instructions.py --scale 100  # 1x against 100x content, on 40 messages

Wall-clock figures (benchmarks/speed.py) move with whatever else the host runs; the number of
instructions a reply takes does not, so this is how to tell whether a change made replies cheaper.
It runs the same process twice under callgrind, once loading the bot and warming up only and once
also replying to every message (each in a fresh conversation), and divides the difference by the
number of messages. Without --scale the messages are the benchmark's and the written test
phrases. With --scale N the bot is built outside valgrind (synthetic copies, as speed.py makes
them) and loaded from plain data (bot.plaindata, as the build cache), and every tenth benchmark
message is used, at 1x and at Nx.
Needs valgrind; takes a few minutes (about ten at --scale 100).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from docs import recorded  # noqa: E402


def workload(reply: bool, pickled: str | None) -> None:
    """What runs under callgrind."""
    from speed import messages, written_phrases

    from bot import plaindata
    from bot.content import default_content_dir, load_content
    from bot.engine import Bot

    if pickled:  # copied content: the messages come from the built-in content, as in speed.py
        bot = plaindata.decode(Path(pickled).read_text(encoding="utf-8")).warm()
        sample = messages(load_content(default_content_dir()), 400)[::10]
    else:
        bot = Bot.load().warm()
        sample = messages(bot.content, 400) + written_phrases()
    chat = bot.conversation()
    for text in sample[:5]:
        chat.send(text)
    if reply:
        for text in sample:
            bot.conversation().send(text)
    print(len(sample))


def counted(reply: bool, scratch: Path, pickled: Path | None) -> tuple[int, int]:
    out = scratch / f"callgrind.{int(reply)}"
    command = [sys.executable, __file__, "--workload", "reply" if reply else "warm"]
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command,
                          *(["--pickled", str(pickled)] if pickled else [])],
                         capture_output=True, text=True, check=True)
    total = re.search(r"Collected : (\d+)", run.stderr)
    if total is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(total.group(1)), int(run.stdout.split()[-1])


def per_reply(scratch: Path, pickled: Path | None = None) -> tuple[float, int]:
    warm, count = counted(False, scratch, pickled)
    replied, _ = counted(True, scratch, pickled)
    return (replied - warm) / count, count


def pickled_bot(scale: int, scratch: Path) -> Path:
    from speed import repeated

    from bot import plaindata
    from bot.content import default_content_dir, load_content
    from bot.engine import Bot

    path = scratch / f"bot{scale}.json"
    path.write_text(plaindata.encode(Bot.from_content(repeated(load_content(default_content_dir()), scale))),
                    encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, help="also count at this many times the content")
    parser.add_argument("--workload", choices=["warm", "reply"], help=argparse.SUPPRESS)
    parser.add_argument("--pickled", help=argparse.SUPPRESS)
    parser.add_argument("--write-docs", action="store_true", help="also write the report into docs/benchmarks.md")
    args = parser.parse_args()
    if args.workload:
        workload(args.workload == "reply", args.pickled)
        return 0
    with recorded("instructions" if not args.scale else "instructions-scale", args.write_docs):
        return count(args)


def count(args: argparse.Namespace) -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        if not args.scale:
            subprocess.run([sys.executable, __file__, "--workload", "warm"], check=True, capture_output=True)
            cost, count = per_reply(scratch)  # the build cache is filled above
            print(f"{cost / 1e6:.3f} million instructions per reply "
                  f"(over {count} messages: the benchmark's and the written test phrases)")
            return 0
        one, count = per_reply(scratch, pickled_bot(1, scratch))
        many, _ = per_reply(scratch, pickled_bot(args.scale, scratch))
    print(f"over {count} benchmark messages: {one / 1e6:.2f} million instructions per reply at 1x, "
          f"{many / 1e6:.2f} million at {args.scale}x ({many / one:.0f} times the work for {args.scale} "
          f"times the phrases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
