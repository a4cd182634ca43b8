"""The interactive chat loop. History stays in memory: nothing typed is written to disk."""

from __future__ import annotations

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output

from bot.engine import Bot
from bot.faces.commands import CommandState, run_command, welcome_text
from bot.faces.render import WIDTH, reply_pieces, wrap
from bot.faces.terminal.completer import ChatCompleter
from bot.faces.terminal.keys import LeaveRequest, chat_key_bindings, key_help
from bot.faces.terminal.style import chat_style
from bot.faces.terminal.toolbar import toolbar_text

LEAVE_HINT = "(Press Ctrl-C again to leave, or type your question.)"
GOODBYE = "Take care. Goodbye."


def run_terminal(bot: Bot, *, input: Input | None = None, output: Output | None = None) -> int:
    """Run until /quit, Ctrl-D, or Ctrl-C twice on an empty line. `input`/`output` let tests drive
    it through a pipe."""
    chat = bot.conversation()
    style = chat_style()
    toolbar = toolbar_text(bot.contacts)
    session: PromptSession[str] = PromptSession(
        history=InMemoryHistory(), completer=ChatCompleter(bot.content), complete_while_typing=False,
        key_bindings=chat_key_bindings(), bottom_toolbar=toolbar, style=style, input=input, output=output,
    )
    commands = CommandState(keys=key_help())

    def show(pieces: list[tuple[str, str]]) -> None:
        print_formatted_text(FormattedText(pieces), style=style, output=output)

    def width() -> int:
        """The reading width, narrower on a narrow terminal so no word is split at its edge."""
        return max(20, min(WIDTH, session.output.get_size().columns - 1))

    show([("class:notice", wrap(welcome_text(chat), width()) + "\n")])
    leaving = False  # Ctrl-C was just pressed on an empty line
    while True:
        try:
            line = session.prompt([("class:prompt", "you> ")])
        except LeaveRequest:
            if leaving:
                show([("class:notice", GOODBYE)])
                return 0
            leaving = True
            show([("class:notice", LEAVE_HINT)])
            continue
        except (EOFError, KeyboardInterrupt):
            show([("class:notice", GOODBYE)])
            return 0
        leaving = False
        commands.width = width()
        outcome = run_command(chat, line, commands)
        if outcome is None:
            show(reply_pieces(chat.send(line), width()))
            continue
        show(reply_pieces(outcome.reply, width()) if outcome.reply else [("", wrap(outcome.text, width()) + "\n")])
        if outcome.quit:
            return 0
