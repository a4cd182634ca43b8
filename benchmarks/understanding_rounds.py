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
from bot.evaluation.blind import AFTER_QUESTION, run_blind  # noqa: E402
from docs import recorded  # noqa: E402

SETS = ROOT / "tests" / "data" / "understanding_rounds"
FIRST = SETS / "first_runs.yaml"
REJUDGED = SETS / "rejudged.yaml"  # first-run bots judged again after a judge fix


def _peer(bot: Bot) -> list:
    from bot.evaluation.blind import run_peer
    from bot.evaluation.datasets import load_test_sets
    from bot.evaluation.peer import predictor

    try:
        predict, _, _ = predictor(bot, load_test_sets(ROOT / "tests" / "data"))
    except ImportError:  # scikit-learn is in the test and train extras only
        return []
    return run_peer(bot, SETS, predict)


def _learnt_sets() -> set[str]:
    """The sets the intent net was trained on (bot/train_intents.py reads them after their first run)."""
    labelled = ROOT / "training" / "intents" / "blind-sets.yaml"
    if not labelled.is_file():
        return set()
    return {str(row["set"]) for row in yaml.safe_load(labelled.read_text(encoding="utf-8"))["questions"]}


def _first(run: dict, again: dict | None) -> str:
    """A first run's figure, and the same bot's figure under the fixed judge where it was re-judged."""
    text = f"{run['right']}/{run['total']} ({run['rate']:.1%})"
    return f"{text}, re-judged {again['right']}/{run['total']} ({again['right'] / run['total']:.1%})" if again else text


def _write_readme(first: dict, rejudged: dict, peer: list) -> None:
    import re

    readme = ROOT / "README.md"
    peers = {r.name.removesuffix(" (peer)"): r for r in peer}
    parts = []
    for name, run in sorted(first.items()):
        kind = f"`{name}`"
        beside = f" (peer row: {peers[name].rate:.1%})" if name in peers else ""
        parts.append(f"{kind} **{_first(run, rejudged.get(name))}**{beside}")
    line = (f"Blind understanding sets, first run ({next(iter(first.values()))['date']}; right = answered with an "
            f"intent citing the section the blind writer named): " + "; ".join(parts) + ".")
    begin = "<!-- understanding-rounds: begin (written by benchmarks/understanding_rounds.py --write-docs) -->"
    pattern = re.compile(r"<!-- understanding-rounds: begin[^\n]*-->.*?<!-- understanding-rounds: end -->", re.S)
    text = readme.read_text(encoding="utf-8")
    if pattern.search(text):
        readme.write_text(pattern.sub(lambda _: f"{begin}\n{line}\n<!-- understanding-rounds: end -->", text),
                          encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first-run", action="store_true", help="record the first run of sets that have none")
    parser.add_argument("--write-docs", action="store_true", help="also write the report into docs/benchmarks.md")
    parser.add_argument("--wrong", action="store_true", help="list every wrong answer (never for a first run)")
    args = parser.parse_args()
    first = yaml.safe_load(FIRST.read_text(encoding="utf-8")) if FIRST.is_file() else {}
    rejudged = yaml.safe_load(REJUDGED.read_text(encoding="utf-8")) if REJUDGED.is_file() else {}
    bot = Bot.load()
    results = run_blind(bot, SETS)
    if args.first_run:
        import hashlib

        # A figure derived from a set (requests after a question) is first run with that set, never later.
        new = {r.name: {"date": datetime.date.today().isoformat(), "right": r.right, "total": r.total,
                        "rate": round(r.rate, 4), "answered": r.answered,
                        "sha256": hashlib.sha256((SETS / f"{r.file or r.name}.yaml").read_bytes()).hexdigest()}
               for r in results if r.name not in first and (r.file or r.name) not in first}
        if not new:
            print("every set already has its first run: sets are sealed", file=sys.stderr)
            return 2
        first.update(new)
        FIRST.write_text("# First-run figures of each sealed blind understanding set; written once.\n"
                         + yaml.safe_dump(first, sort_keys=True), encoding="utf-8")
    peer: list = []
    with recorded("understanding-rounds", args.write_docs):
        print("Blind sets written from the five documents alone; right = answered with an intent citing the")
        print("section the writer named (stricter than a person judging). Only first runs are honest figures.")
        learnt = _learnt_sets()
        for r in results:
            before = first.get(r.name)
            head = f"first run {_first(before, rejudged.get(r.name))}; " if before else ""
            # A request sent after a question is its out-of-scope set's request: learnt with that set.
            own = r.name.replace(AFTER_QUESTION, "out-of-scope", 1)
            after = " [since learnt by the intent net: today's figure is not a measurement]" if own in learnt else ""
            print(f"{r.name}: {head}today {r.line().split(': ', 1)[1]}{after}")
        peer = _peer(bot)
        if peer:
            print("Peer row (stock TF-IDF nearest example, threshold by cross-validation on the examples; one message")
            print("at a time, so a follow-up is read without its earlier turns):")
            for r in peer:
                print(f"  {r.line()}")
    if args.write_docs and first:
        _write_readme(first, rejudged, peer)
    if args.wrong and not args.first_run:
        for r in results:
            print("\n".join(r.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
