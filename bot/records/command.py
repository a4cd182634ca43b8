"""`python -m bot review`: the review report on the terminal, and optionally as CSV."""

from __future__ import annotations

import argparse
import sys

from bot.records.review import build_review, review_text, write_csv
from bot.records.store import read_turns

EXIT_OK, EXIT_USAGE = 0, 2


def review(args: argparse.Namespace) -> int:
    path = args.db
    if path is None:
        from bot.server.config import ConfigError, load_config

        try:
            config = load_config(args.config)
        except ConfigError as error:
            print(error, file=sys.stderr)
            return EXIT_USAGE
        path = config.transcripts.path
    if not 0 <= args.below <= 1 or not 0 <= args.similarity <= 100:
        print("allbot review: --below is from 0 to 1 and --similarity from 0 to 100", file=sys.stderr)
        return EXIT_USAGE
    try:
        turns = read_turns(path)
    except (FileNotFoundError, ValueError) as error:
        print(f"allbot review: {error}", file=sys.stderr)
        return EXIT_USAGE
    report = build_review(turns, args.below, args.similarity)
    print(review_text(report, limit=args.top))
    if args.csv:
        write_csv(report, args.csv)
        print(f"\nwritten to {args.csv}", file=sys.stderr)
    return EXIT_OK
