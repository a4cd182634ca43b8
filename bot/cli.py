"""Command line: a thin layer over the library. Each command imports only what it needs,
so a one-shot `ask` starts fast.

Exit codes: 0 done, 1 content problems, 2 usage error.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
from collections.abc import Callable
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
    # REMAINDER: a message may start with "-" ("-5 outside and she's shivering") or be several words.
    ask.add_argument("text", nargs=argparse.REMAINDER, help="the message")
    intents = commands.add_parser("intents", help="list the intents")
    intents.add_argument("--json", action="store_true", help="export every intent as JSON")
    commands.add_parser("validate", help="check the content and report every problem")
    evaluation = commands.add_parser("eval", help="measure understanding and safety on the labelled test sets")
    evaluation.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluation.add_argument("--report", metavar="FILE.html", type=Path, help="write a self-contained HTML report")
    evaluation.add_argument("--tune", action="store_true",
                            help="choose matcher thresholds by cross-validation and write them to config.yaml")
    evaluation.add_argument("--min-rejection", type=float, default=0.90, metavar="RATE",
                            help="with --tune: out-of-scope tuning phrases that must be rejected (default 0.90)")
    evaluation.add_argument("--gate", action="store_true", help="exit 1 when a figure is below the CI gate")
    evaluation.add_argument("--data", metavar="DIR", type=Path,
                            help="test sets folder (default: tests/data here or in the nearest folder above)")
    evaluation.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    evaluation.add_argument("--rounds", action="store_true",
                            help="only the sealed safety rounds: each round's first run beside today's figures")
    evaluation.add_argument("--first-run", metavar="ROUND.yaml", type=Path,
                            help="run a new sealed round for the record, once: its figures go into its header")
    train = commands.add_parser("train-safety", help="retrain the learned safety net from training/safety "
                                "(needs the train extra)")
    train.add_argument("--check", action="store_true", help="exit 1 when the shipped net is not from today's corpus")
    intents = commands.add_parser("train-intents", help="retrain the intent net from the intents' examples and "
                                  "the recorded blind sets (needs the train extra)")
    intents.add_argument("--check", action="store_true",
                         help="exit 1 when the shipped intent net is not from today's data")
    intents.add_argument("--label", action="store_true",
                         help="write training/intents/blind-sets.yaml from the blind sets whose first run is recorded")
    from bot.server.commands import add_parsers  # argparse only; the server itself loads lazily

    add_parsers(commands)
    return parser


def _clean(text: str) -> str:
    """Arguments with invalid UTF-8 arrive as surrogates; make them replacement characters."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _load_bot(args: argparse.Namespace) -> Bot:
    from bot.engine import Bot

    return Bot.load(args.intents, locale=args.locale)


def _validate(args: argparse.Namespace) -> int:
    from bot.content import default_content_dir
    from bot.content.loader import read_content

    directory = args.intents or default_content_dir()
    content, problems = read_content(directory)
    for problem in problems:
        print(problem)
    if problems or content is None:
        print(f"{len(problems)} problem(s) in {directory}", file=sys.stderr)
        return EXIT_PROBLEMS
    from bot.safety.rules import repeated_alternations

    for warning in repeated_alternations(content.safety):
        print(f"warning: {warning}")
    from bot.intent_net import stale_for

    if stale_for(content):
        print("warning: the intent net was trained on other examples: run `allbot train-intents` in a checkout")
    print(f"ok: {len(content.intents)} intents, "
          f"{sum(len(i.examples) for i in content.intents)} examples, "
          f"{len(content.safety.get('rules') or [])} safety rules in {directory}")
    return EXIT_OK


def _intents(args: argparse.Namespace) -> int:
    from bot.contacts import Contacts
    from bot.content import default_content_dir, load_content

    content = load_content(args.intents or default_content_dir())
    if args.json:
        # Answers as a person reads them: contact placeholders filled for --locale.
        contacts = Contacts.from_data(content.contacts, locale=args.locale)
        rows = [{"id": i.id, "topic": i.topic, "examples": list(i.examples), "answer": contacts.fill(i.answer),
                 "sources": list(i.sources)} for i in content.intents]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for intent in content.intents:
            print(f"{intent.id:32} {intent.topic:14} {intent.title}")
    return EXIT_OK


def _ask(args: argparse.Namespace) -> int:
    words = args.text[1:] if args.text[:1] == ["--"] else args.text
    if not words:
        print("usage: allbot ask [--json] MESSAGE\nallbot ask: error: give the message to answer", file=sys.stderr)
        return EXIT_USAGE
    # One message, then exit: the cycle collector would only walk the freshly loaded bot and models,
    # again and again while they load and once more at exit. Frozen, they are skipped.
    gc.disable()
    try:
        reply = _load_bot(args).ask(_clean(" ".join(words)))
        if args.json:
            print(json.dumps(reply.to_dict(), ensure_ascii=False))
        else:
            from bot.faces.render import plain_text

            print(plain_text(reply))
    finally:
        gc.freeze()
        gc.enable()  # for a caller that runs `main` in its own process
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


def _rounds(args: argparse.Namespace, data: Path) -> int:
    import datetime

    from bot.evaluation import rounds

    bot = _load_bot(args)
    if args.first_run:
        result = rounds.run_round(bot, args.first_run)
        rounds.record_first_run(args.first_run, result, datetime.date.today().isoformat())
        print(rounds.describe(result, None))
        for line in result.misses + result.alarms:
            print("  " + line)
        return EXIT_OK
    directory = data / "safety_rounds"
    recorded = rounds.first_runs(directory)
    paths = sorted(directory.glob("round-*.yaml"))
    if not paths:
        print(f"allbot: no safety rounds in {directory}", file=sys.stderr)
        return EXIT_USAGE
    results = [rounds.run_round(bot, path) for path in paths]
    if args.json:
        print(json.dumps({r.name: {"today": rounds.as_dict(r), "first_run": recorded.get(r.name)} for r in results},
                         indent=2))
    else:
        for result in results:
            print(rounds.describe(result, recorded.get(result.name)))
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from bot.evaluation.datasets import DATA_SUBDIR, MARKER, find_data_dir, load_test_sets

    data = args.data or find_data_dir()
    if data is None:
        print(f"allbot eval: test sets not found: looked for {DATA_SUBDIR / MARKER} in {Path.cwd()} and the "
              "folders above it.\nRun it inside an allbot checkout (the test sets are not installed with the "
              "package), or pass --data DIR.", file=sys.stderr)
        return EXIT_USAGE
    if args.rounds or args.first_run:
        return _rounds(args, data)
    try:
        sets = load_test_sets(data)
    except FileNotFoundError as error:
        print(f"allbot eval: test sets not found: {error.filename} is missing. Pass --data DIR with "
              f"{MARKER} and out_of_scope.yaml in it.", file=sys.stderr)
        return EXIT_USAGE
    bot = _load_bot(args)
    if args.tune:
        return _tune(args, bot, sets)
    from bot.evaluation.evaluate import evaluate

    result = evaluate(bot, sets, folds=args.folds)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
    else:
        from bot.evaluation.summary import summary_text

        print(summary_text(result))
    if args.report:
        from bot.evaluation.report_html import report_html

        args.report.write_text(report_html(result), encoding="utf-8")
        print(f"report written to {args.report}", file=sys.stderr)
    return EXIT_PROBLEMS if args.gate and result.gate_failures() else EXIT_OK


def _tune(args: argparse.Namespace, bot: Bot, sets) -> int:
    from bot.evaluation.tune import tune, write_thresholds

    tuning = sets.out_of_scope_tune + sets.out_of_scope_tuning  # never the test half
    best, points = tune(bot, tuning, folds=args.folds, min_rejection=args.min_rejection)
    print(f"Trade-off (cross-validated in-scope accuracy on the examples vs {len(tuning)} out-of-scope tuning "
          "phrases rejected: the tuning half and out_of_scope_tuning.yaml);")
    print(f"chosen: the most in-scope answers with at least {args.min_rejection:.0%} of the tuning phrases rejected.")
    print(f"{'threshold':>9} {'margin':>6} {'in-scope':>9} {'rejected':>9} {'balanced':>9}")
    for point in points:
        if point.margin == best.margin or point == best:
            mark = "  <- chosen" if point == best else ""
            print(f"{point.threshold:>9.2f} {point.margin:>6.2f} {point.in_scope:>9.1%} {point.rejection:>9.1%} "
                  f"{point.balanced:>9.1%}{mark}")
    config = bot.content.directory / "config.yaml"
    write_thresholds(config, best)
    print(f"wrote fallback_threshold={best.threshold} ambiguity_margin={best.margin} to {config}")
    return EXIT_OK


def _trainer(command: str, module: str) -> Callable[[argparse.Namespace], int]:
    """`allbot train-safety` / `train-intents`: the trainer module is imported only when asked for."""
    def run(args: argparse.Namespace) -> int:
        try:
            train = importlib.import_module(module).main
        except ImportError as exc:
            print(f"allbot {command} needs the train extra (pip install '.[train]'): {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
        return train(check=args.check, **({"label": True} if getattr(args, "label", False) else {}))
    return run


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from bot.server.commands import HANDLERS as server_handlers

    handlers = {"validate": _validate, "intents": _intents, "ask": _ask, "chat": _chat, "eval": _eval,
                "train-safety": _trainer("train-safety", "bot.safety.train_net"),
                "train-intents": _trainer("train-intents", "bot.train_intents"),
                None: _chat, **server_handlers}
    from bot.content.problems import ContentError

    try:
        code = handlers[args.command](args)
        sys.stdout.flush()  # a full disk or closed pipe shows here, not as a traceback at exit
        return code
    except ContentError as error:
        print(f"allbot: cannot load content: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except FileNotFoundError as error:
        print(f"allbot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as error:  # an unknown --locale, or contacts the content lacks
        print(f"allbot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:  # standard output failed (`> /dev/full`, a closed pipe)
        _quiet_stdout()
        if not isinstance(error, BrokenPipeError):  # a reader that stopped (`| head`) is not news
            print(f"allbot: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return EXIT_PROBLEMS


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so Python's own flush at exit does not fail again."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    except BrokenPipeError:
        return EXIT_OK
