"""Colours for the chat. NO_COLOR (https://no-color.org) turns them all off; alerts still
read right without colour because render frames them with text."""

from __future__ import annotations

import os

from prompt_toolkit.styles import Style

_COLOURS = {
    "emergency": "bg:ansired fg:ansiwhite bold",
    "urgent": "fg:ansired bold",
    "soon": "fg:ansiyellow bold",
    "guidance": "fg:ansicyan",
    "answer": "",
    # Sources and notices in the terminal's own text colour: a dim grey is hard to read on many
    # themes, and the welcome says what to do in an emergency.
    "source": "italic",
    "suggestion": "fg:ansigreen",
    "handoff": "fg:ansimagenta",
    "notice": "",
    "prompt": "bold",
    "bottom-toolbar": "noreverse",
}


def chat_style(environ: dict[str, str] | None = None) -> Style:
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return Style([("bottom-toolbar", "noreverse")])
    return Style(list(_COLOURS.items()))


def colour_enabled(environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return not env.get("NO_COLOR")
