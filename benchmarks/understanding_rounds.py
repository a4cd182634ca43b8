"""Blind understanding sets (tests/data/understanding_rounds/): in-scope questions, follow-ups and
out-of-scope requests written from the documents alone, judged by the section each answer cites.

    python benchmarks/understanding_rounds.py               # today's figures beside the first run
    python benchmarks/understanding_rounds.py --first-run   # once, when a new set arrives
    python benchmarks/understanding_rounds.py --write-docs  # also write docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot.engine import Bot  # noqa: E402
from bot.evaluation.blind import run_blind  # noqa: E402
from docs import recorded  # noqa: E402

SETS = ROOT / "tests" / "data" / "understanding_rounds"
FIRST = SETS / "first_runs.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first-run", action="store_true", help="record the first run of sets that have none")
    parser.add_argument("--write-docs", action="store_true", help="also write the report into docs/benchmarks.md")
    parser.add_argument("--wrong", action="store_true", help="list every wrong answer (never for a first run)")
    args = parser.parse_args()
    first = yaml.safe_load(FIRST.read_text(encoding="utf-8")) if FIRST.is_file() else {}
    results = run_blind(Bot.load(), SETS)
    if args.first_run:
        new = {r.name: {"date": datetime.date.today().isoformat(), "right": r.right, "total": r.total,
                        "rate": round(r.rate, 4), "answered": r.answered} for r in results if r.name not in first}
        if not new:
            print("every set already has its first run: sets are sealed", file=sys.stderr)
            return 2
        first.update(new)
        FIRST.write_text("# First-run figures of each sealed blind understanding set; written once.\n"
                         + yaml.safe_dump(first, sort_keys=True), encoding="utf-8")
    with recorded("understanding-rounds", args.write_docs):
        print("Blind sets written from the five documents alone; right = answered with an intent citing the")
        print("section the writer named (stricter than a person judging). Only first runs are honest figures.")
        for r in results:
            before = first.get(r.name)
            head = f"first run {before['right']}/{before['total']} ({before['rate']:.1%}); " if before else ""
            print(f"{r.name}: {head}today {r.line().split(': ', 1)[1]}")
    if args.wrong and not args.first_run:
        for r in results:
            print("\n".join(r.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
