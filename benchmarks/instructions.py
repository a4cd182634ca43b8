"""Instructions per reply, counted by valgrind's callgrind: a figure a busy shared host cannot move.

    python benchmarks/instructions.py

Wall-clock figures (benchmarks/speed.py) move with whatever else the host runs; the number of
instructions a reply takes does not, so this is how to tell whether a change made replies cheaper.
It runs the same process twice under callgrind, once building the bot and warming up only and once
also replying to every benchmark message and written test phrase (each in a fresh conversation),
and divides the difference by the number of messages. Needs valgrind; takes a few minutes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def workload(reply: bool) -> None:
    """What runs under callgrind: the benchmark's messages and the written phrases."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speed import messages, written_phrases

    from bot.content import default_content_dir, load_content
    from bot.engine import Bot

    bot = Bot.load().warm()
    texts = messages(load_content(default_content_dir()), 400) + written_phrases()
    chat = bot.conversation()
    for text in texts[:50]:
        chat.send(text)
    if reply:
        for text in texts:
            bot.conversation().send(text)
    print(len(texts))


def counted(reply: bool, scratch: Path) -> tuple[int, int]:
    out = scratch / f"callgrind.{int(reply)}"
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                          __file__, "--workload", "reply" if reply else "warm"],
                         capture_output=True, text=True, check=True)
    total = re.search(r"Collected : (\d+)", run.stderr)
    if total is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(total.group(1)), int(run.stdout.split()[-1])


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--workload":
        workload(sys.argv[2] == "reply")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    subprocess.run([sys.executable, __file__, "--workload", "warm"], check=True, capture_output=True)  # build cache
    with tempfile.TemporaryDirectory() as scratch:
        warm, texts = counted(False, Path(scratch))
        replied, _ = counted(True, Path(scratch))
    print(f"{(replied - warm) / texts / 1e6:.3f} million instructions per reply "
          f"(over {texts} messages: the benchmark's and the written test phrases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
