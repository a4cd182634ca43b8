"""Command line: a thin layer over the library. Each command imports only what it needs,
so a one-shot `ask` starts fast.

Exit codes: 0 done, 1 content problems, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine import Bot

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep its message short
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="allbot", description="Educational chatbot about acute lymphoblastic leukaemia "
                     "(ALL). Not medical advice.")
    parser.add_argument("--intents", metavar="DIR", type=Path, help="content folder (default: built-in)")
    parser.add_argument("--locale", default="default", help="contacts locale: US, UK, EU or default")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    chat = commands.add_parser("chat", help="chat (interactive in a terminal; line by line otherwise)")
    chat.add_argument("--jsonl", action="store_true", help="one message per stdin line, one JSON reply per line")
    ask = commands.add_parser("ask", help="answer one message")
    ask.add_argument("--json", action="store_true", help="print the reply object as JSON")
    ask.add_argument("text", help="the message")
    intents = commands.add_parser("intents", help="list the intents")
    intents.add_argument("--json", action="store_true", help="export every intent as JSON")
    commands.add_parser("validate", help="check the content and report every problem")
    return parser


def _clean(text: str) -> str:
    """Arguments with invalid UTF-8 arrive as surrogates; make them replacement characters."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _load_bot(args: argparse.Namespace) -> Bot:
    from bot.engine import Bot

    return Bot.load(args.intents, locale=args.locale)


def _validate(args: argparse.Namespace) -> int:
    from bot.content import check_content, default_content_dir

    directory = args.intents or default_content_dir()
    problems = check_content(directory)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {directory}", file=sys.stderr)
        return EXIT_PROBLEMS
    from bot.content import load_content

    content = load_content(directory)
    print(f"ok: {len(content.intents)} intents, "
          f"{sum(len(i.examples) for i in content.intents)} examples, "
          f"{len(content.safety.get('rules') or [])} safety rules in {directory}")
    return EXIT_OK


def _intents(args: argparse.Namespace) -> int:
    from bot.content import default_content_dir, load_content

    content = load_content(args.intents or default_content_dir())
    if args.json:
        rows = [{"id": i.id, "topic": i.topic, "examples": list(i.examples), "answer": i.answer,
                 "sources": list(i.sources)} for i in content.intents]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for intent in content.intents:
            print(f"{intent.id:32} {intent.topic:14} {intent.title}")
    return EXIT_OK


def _ask(args: argparse.Namespace) -> int:
    reply = _load_bot(args).ask(_clean(args.text))
    if args.json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False))
    else:
        from bot.faces.render import plain_text

        print(plain_text(reply))
    return EXIT_OK


def _chat(args: argparse.Namespace) -> int:
    bot = _load_bot(args)
    if getattr(args, "jsonl", False):
        from bot.faces.jsonl import run_jsonl

        return run_jsonl(bot, sys.stdin.buffer, sys.stdout)
    if sys.stdin.isatty() and sys.stdout.isatty():
        from bot.faces.terminal.app import run_terminal

        return run_terminal(bot)
    from bot.faces.plain import run_plain

    return run_plain(bot, sys.stdin.buffer, sys.stdout)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"validate": _validate, "intents": _intents, "ask": _ask, "chat": _chat, None: _chat}
    from bot.content.problems import ContentError

    try:
        return handlers[args.command](args)
    except ContentError as error:
        print(f"allbot: cannot load content: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except FileNotFoundError as error:
        print(f"allbot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
