"""Understanding and safety figures: `allbot eval` on the checkout's test sets, as a benchmark
whose report can be written into docs/benchmarks.md.

    python benchmarks/understanding.py [--folds 5] [--write-docs]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot.engine import Bot  # noqa: E402
from bot.evaluation.datasets import load_test_sets  # noqa: E402
from bot.evaluation.evaluate import evaluate  # noqa: E402
from bot.evaluation.summary import summary_text  # noqa: E402
from docs import recorded  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    parser.add_argument("--write-docs", action="store_true", help="also write the report into docs/benchmarks.md")
    args = parser.parse_args()
    with recorded("understanding", args.write_docs):
        result = evaluate(Bot.load(), load_test_sets(ROOT / "tests" / "data"), folds=args.folds)
        print(summary_text(result))
    return 1 if result.gate_failures() else 0


if __name__ == "__main__":
    sys.exit(main())
