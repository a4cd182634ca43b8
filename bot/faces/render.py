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


def wrap(text: str, width: int = WIDTH) -> str:
    """Each line of `text` filled to `width`, never breaking a word."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) or ""
                     for line in text.split("\n"))


def reply_pieces(reply: Reply, width: int = WIDTH) -> list[Piece]:
    pieces: list[Piece] = []
    for alert in reply.safety:
        if alert.guidance:
            pieces.append(("class:guidance", wrap(alert_text(alert), width) + "\n\n"))
            continue
        bar = "!" * width
        pieces.append((f"class:{alert.level}", f"{bar}\n{wrap(alert_text(alert), width)}\n{bar}\n\n"))
    if reply.answer:
        pieces.append(("class:answer", wrap(reply.answer, width) + "\n"))
    if reply.sources:
        labels = dict.fromkeys(ref.label() for ref in reply.sources)
        pieces.append(("class:source", "\n" + wrap("Source: " + "; ".join(labels), width) + "\n"))
    if reply.suggestions:
        lines = "\n".join(f"  {n}. {title}" for n, title in enumerate(reply.suggestions, 1))
        pieces.append(("class:suggestion", f"\nYou could ask about:\n{lines}\n"))
    return pieces


def plain_text(reply: Reply) -> str:
    return "".join(text for _, text in reply_pieces(reply)).rstrip("\n")
