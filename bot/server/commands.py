"""`serve` and `review` subcommands. Only argparse here: the web stack and the records load when
a command runs, so `python -m bot ask` stays fast."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def add_parsers(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser("serve", help="run the HTTP service and the web chat page (the [server] extra)",
                                description="Run the HTTP service: JSON API, Rasa-compatible channel and web chat "
                                "page at /. Needs: pip install 'allbot[server]'.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--config", metavar="ORG.yaml", type=Path,
                       help="the organisation's config (see config/organisation.example.yaml)")
    serve.add_argument("--redis-url", metavar="URL", help="keep sessions in Redis (redis://host:6379/0), "
                       "shared by every worker and machine; default: in memory")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (more than 1 needs --redis-url)")
    review = commands.add_parser("review", help="what people asked that the bot could not answer; daily counts",
                                 description="Read the transcript store: unanswered and low-confidence messages "
                                 "grouped by similarity, and handoff/urgency counts per day.")
    where = review.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", metavar="FILE", type=Path, help="the transcript store (SQLite)")
    where.add_argument("--config", metavar="ORG.yaml", type=Path, help="read the store named in this config")
    review.add_argument("--csv", metavar="FILE", type=Path, help="also write both tables to a CSV file")
    review.add_argument("--below", metavar="CONFIDENCE", type=float, default=0.6,
                        help="answers below this confidence count as not answered (default 0.6)")
    review.add_argument("--similarity", metavar="0-100", type=float, default=70.0,
                        help="how alike two wordings must be to share a group (default 70)")
    review.add_argument("--top", metavar="N", type=int, default=30, help="groups to print (default 30)")


def _serve(args: argparse.Namespace) -> int:
    from bot.server.run import serve

    return serve(args)


def _review(args: argparse.Namespace) -> int:
    from bot.records.command import review

    return review(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"serve": _serve, "review": _review}
