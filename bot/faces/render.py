"""Reply -> lines of text for a terminal, as (style class, text) pieces.

Alerts are framed by a row of "!" and start with their level in capitals, so they stand
out and read right with no colour at all.
"""

from __future__ import annotations

import re
import textwrap

from bot.notices import notices
from bot.reply import Reply

WIDTH = 78
Piece = tuple[str, str]  # (style class, text)


_HANGING = re.compile(r"(\s*)((?:\d+\.|[-*])\s+)?")  # a line's indent and its list marker, if any


def wrap(text: str, width: int = WIDTH) -> str:
    """Each line of `text` filled to `width`, never breaking a word. A wrapped line keeps its
    indent and hangs under the text after a list marker ("  1. ", "  - "), so lists stay lists.

    >>> print(wrap("  - MedlinePlus: Acute Lymphocytic Leukemia", 30))
      - MedlinePlus: Acute
        Lymphocytic Leukemia
    """
    lines = []
    for line in text.split("\n"):
        found = _HANGING.match(line)
        hang = " " * (found.end() if found else 0)
        lines.append(textwrap.fill(line, width, subsequent_indent=hang, break_long_words=False,
                                   break_on_hyphens=False) or "")
    return "\n".join(lines)


def reply_pieces(reply: Reply, width: int = WIDTH) -> list[Piece]:
    pieces: list[Piece] = []
    for notice in notices(reply.safety):
        if notice.guidance:
            pieces.append(("class:guidance", wrap(notice.text, width) + "\n\n"))
            continue
        bar = "!" * width
        pieces.append((f"class:{notice.level}", f"{bar}\n{wrap(notice.text, width)}\n{bar}\n\n"))
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
