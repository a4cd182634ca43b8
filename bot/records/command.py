"""`python -m bot review`: the review report on the terminal, and optionally as CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.records.review import build_review, review_text, write_csv
from bot.records.store import read_turns

EXIT_OK, EXIT_USAGE = 0, 2


def _store_from_config(config_file: Path) -> tuple[Path | None, int]:
    """The store a config names, or None and the exit code after saying what to change."""
    from bot.server.config import ConfigError, load_config

    try:
        config = load_config(config_file)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return None, EXIT_USAGE
    path = config.transcripts.path
    if not config.transcripts.enabled:
        print(f"allbot review: transcripts are off in {config_file} (transcripts.enabled: false), so the service "
              "records nothing to review.\n"
              f"To record turns (redacted), set `enabled: true` under `transcripts:` in {config_file} and run "
              f"`allbot serve --config {config_file}`;\nthe turns go to {path}, and this command reads them.",
              file=sys.stderr)
        return None, EXIT_USAGE
    if not path.is_file():
        print(f"No turns recorded yet: {path} is created when `allbot serve --config {config_file}` starts.")
        return None, EXIT_OK
    return path, EXIT_OK


def review(args: argparse.Namespace) -> int:
    path = args.db
    if path is None:
        path, code = _store_from_config(args.config)
        if path is None:
            return code
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
