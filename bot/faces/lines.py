"""Reading stdin line by line as text, whatever bytes arrive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO


def text_lines(stream: BinaryIO) -> Iterator[str]:
    """Each line decoded as UTF-8 (bad bytes become U+FFFD), without its line ending."""
    for raw in stream:
        yield raw.decode("utf-8", "replace").rstrip("\r\n")
