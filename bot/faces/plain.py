"""Line-by-line chat when stdin is not a terminal (pipes, scripts, screen readers that prefer it)."""

from __future__ import annotations

from typing import BinaryIO, TextIO

from bot.engine import Bot
from bot.faces.commands import CommandState, run_command, welcome_text
from bot.faces.lines import text_lines
from bot.faces.render import plain_text, wrap


def run_plain(bot: Bot, stdin: BinaryIO, stdout: TextIO) -> int:
    chat = bot.conversation()
    commands = CommandState()
    stdout.write(wrap(welcome_text(chat)) + "\n\n")
    for line in text_lines(stdin):
        outcome = run_command(chat, line, commands)
        if outcome is None:
            stdout.write(plain_text(chat.send(line)) + "\n\n")
        else:
            text = plain_text(outcome.reply) if outcome.reply else wrap(outcome.text)
            stdout.write(text + "\n\n")
            if outcome.quit:
                break
        stdout.flush()
    return 0
