"""`serve` and `review` subcommands. Only argparse here: heavy imports happen when a command runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable

HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_parsers(commands: argparse._SubParsersAction) -> None:  # noqa: SLF001 - argparse's own type
    """Placeholder until the service lands."""
