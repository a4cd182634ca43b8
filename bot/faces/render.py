"""Reply -> lines of text for a terminal, as (style class, text) pieces.

Alerts are framed by a row of "!" and start with their level in capitals, so they stand
out and read right with no colour at all.
"""

from __future__ import annotations

import textwrap

from bot.compose import alert_text
from bot.reply import Reply

WIDTH = 78
Piece = tuple[str, str]  # (style class, text)


def _wrap(text: str, indent: str = "") -> str:
    paragraphs = text.split("\n")
    return "\n".join(textwrap.fill(p, WIDTH, initial_indent=indent, subsequent_indent=indent) or ""
                     for p in paragraphs)


def reply_pieces(reply: Reply) -> list[Piece]:
    pieces: list[Piece] = []
    for alert in reply.safety:
        if alert.guidance:
            pieces.append(("class:guidance", _wrap(alert_text(alert)) + "\n\n"))
            continue
        bar = "!" * WIDTH
        pieces.append((f"class:{alert.level}", f"{bar}\n{_wrap(alert_text(alert))}\n{bar}\n\n"))
    if reply.answer:
        pieces.append(("class:answer", _wrap(reply.answer) + "\n"))
    if reply.sources:
        labels = dict.fromkeys(ref.label() for ref in reply.sources)
        pieces.append(("class:source", "\n" + _wrap("Source: " + "; ".join(labels)) + "\n"))
    if reply.suggestions:
        lines = "\n".join(f"  {n}. {title}" for n, title in enumerate(reply.suggestions, 1))
        pieces.append(("class:suggestion", f"\nYou could ask about:\n{lines}\n"))
    return pieces


def plain_text(reply: Reply) -> str:
    return "".join(text for _, text in reply_pieces(reply)).rstrip("\n")
