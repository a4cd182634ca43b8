"""`chat --jsonl`: one message per stdin line, one JSON reply per line, one session.
A line "/reset" starts a new session. This is how a script or a support line drives a chat."""

from __future__ import annotations

import json
from typing import BinaryIO, TextIO

from bot.engine import Bot
from bot.faces.lines import text_lines


def run_jsonl(bot: Bot, stdin: BinaryIO, stdout: TextIO) -> int:
    chat = bot.conversation()
    for line in text_lines(stdin):
        reply = chat.reset() if line.strip() == "/reset" else chat.send(line)
        stdout.write(json.dumps(reply.to_dict(), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
