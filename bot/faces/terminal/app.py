"""The interactive chat loop. History stays in memory: nothing typed is written to disk."""

from __future__ import annotations

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output

from bot.engine import Bot
from bot.faces.commands import run_command, welcome_text
from bot.faces.render import WIDTH, reply_pieces, wrap
from bot.faces.terminal.completer import ChatCompleter
from bot.faces.terminal.keys import chat_key_bindings
from bot.faces.terminal.style import chat_style
from bot.faces.terminal.toolbar import toolbar_text


def run_terminal(bot: Bot, *, input: Input | None = None, output: Output | None = None) -> int:
    """Run until /quit, Ctrl-D or Ctrl-C. `input`/`output` let tests drive it through a pipe."""
    chat = bot.conversation()
    style = chat_style()
    toolbar = toolbar_text(bot.contacts)
    session: PromptSession[str] = PromptSession(
        history=InMemoryHistory(), completer=ChatCompleter(bot.content), complete_while_typing=False,
        key_bindings=chat_key_bindings(), bottom_toolbar=toolbar, style=style, input=input, output=output,
    )

    def show(pieces: list[tuple[str, str]]) -> None:
        print_formatted_text(FormattedText(pieces), style=style, output=output)

    def width() -> int:
        """The reading width, narrower on a narrow terminal so no word is split at its edge."""
        return max(20, min(WIDTH, session.output.get_size().columns - 1))

    show([("class:notice", wrap(welcome_text(chat), width()) + "\n")])
    while True:
        try:
            line = session.prompt([("class:prompt", "you> ")])
        except (EOFError, KeyboardInterrupt):
            show([("class:notice", "Take care. Goodbye.")])
            return 0
        outcome = run_command(chat, line)
        if outcome is None:
            show(reply_pieces(chat.send(line), width()))
            continue
        show(reply_pieces(outcome.reply, width()) if outcome.reply else [("", wrap(outcome.text, width()) + "\n")])
        if outcome.quit:
            return 0
