"""Sealed safety rounds: each round's first-run figures beside today's, per net, as a benchmark
whose report is written into docs/benchmarks.md; the README's safety line (the latest round's
first run) is rewritten from the same figures.

    python benchmarks/safety_rounds.py [--write-docs]

A round's first run is made once, by `allbot eval --first-run ROUND.yaml`; this only reads it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot.engine import Bot  # noqa: E402
from bot.evaluation import rounds  # noqa: E402
from docs import recorded  # noqa: E402

ROUNDS = ROOT / "tests" / "data" / "safety_rounds"
README = ROOT / "README.md"


def readme_line(name: str, first: dict) -> str:
    by = ", ".join(f"{k} {v}" for k, v in sorted(first["caught_by"].items()))
    return (f"Latest sealed blind round, `{name}`, first run ({first['date']}): red flags caught at the expected "
            f"level **{first['caught']}/{first['red_flags']} ({first['caught'] / first['red_flags']:.1%})**, "
            f"crisis {first['crisis']}, "
            f"carried from an earlier turn {first['carried']}; false alarms **{first['false_alarms']}/"
            f"{first['benign']} ({first['false_alarms'] / first['benign']:.1%})**. Caught by: {by}.")


def write_readme(line: str) -> None:
    begin, end = "<!-- safety-rounds: begin (written by benchmarks/safety_rounds.py --write-docs) -->", \
        "<!-- safety-rounds: end -->"
    text = README.read_text(encoding="utf-8")
    pattern = re.compile(r"<!-- safety-rounds: begin[^\n]*-->.*?<!-- safety-rounds: end -->", re.S)
    if not pattern.search(text):
        raise SystemExit("README.md has no safety-rounds markers")
    README.write_text(pattern.sub(lambda _: f"{begin}\n{line}\n{end}", text), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", action="store_true", help="also write docs/benchmarks.md and the README line")
    args = parser.parse_args()
    bot = Bot.load()
    recorded_runs = rounds.first_runs(ROUNDS)
    with recorded("safety-rounds", args.write_docs):
        print("Each round was written blind (documents and level definitions only) and run once for the record")
        print("(first run); 'today' is the same round now, after fixes found on earlier rounds: only first runs")
        print("are honest figures. 'caught by': which net's own reading reached the expected level.")
        for path in sorted(ROUNDS.glob("round-*.yaml")):
            print(rounds.describe(rounds.run_round(bot, path), recorded_runs.get(path.stem)))
    if args.write_docs and recorded_runs:
        latest = max(recorded_runs)
        write_readme(readme_line(latest, recorded_runs[latest]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
