"""Key bindings beyond prompt_toolkit's defaults, in one table that also writes the keys part of
/help. Keys prompt_toolkit already handles (Tab, arrows, Ctrl-D) are listed with no handler, so
help still names them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

from bot.faces.commands import KeyHelp


class LeaveRequest(KeyboardInterrupt):
    """Ctrl-C on an empty line: the chat asks for a second press before it leaves."""


def _help(event: KeyPressEvent) -> None:
    event.current_buffer.text = "/help"
    event.current_buffer.validate_and_handle()


def _interrupt(event: KeyPressEvent) -> None:
    # As in bash, pgcli and IPython: Ctrl-C throws away the half-typed line and never loses the chat.
    if event.current_buffer.text:
        event.current_buffer.reset()
    else:
        event.app.exit(exception=LeaveRequest())


def _clear(event: KeyPressEvent) -> None:
    event.current_buffer.reset()


@dataclass(frozen=True)
class Key:
    keys: tuple[str, ...]           # prompt_toolkit's names for the key sequence
    label: str                      # as /help shows it
    summary: str
    handler: Callable[[KeyPressEvent], None] | None = None  # None: prompt_toolkit's own binding


KEYS: tuple[Key, ...] = (
    Key(("f1",), "F1", "help (this list)", _help),
    Key(("tab",), "Tab", "complete a topic's name; Tab again picks the next one"),
    Key(("up",), "Up / Down", "earlier messages (kept only until you leave)"),
    Key(("c-c",), "Ctrl-C", "clear the line; on an empty line, press twice to leave", _interrupt),
    Key(("escape", "escape"), "Esc Esc", "clear the line", _clear),
    Key(("c-d",), "Ctrl-D", "leave (on an empty line)"),
)


def key_help() -> tuple[KeyHelp, ...]:
    return tuple(KeyHelp(k.label, k.summary) for k in KEYS)


def chat_key_bindings() -> KeyBindings:
    bindings = KeyBindings()
    for key in KEYS:
        if key.handler is not None:
            bindings.add(*key.keys)(key.handler)
    return bindings
