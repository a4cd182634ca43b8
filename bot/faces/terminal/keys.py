"""Key bindings beyond prompt_toolkit's defaults."""

from __future__ import annotations

from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent


def chat_key_bindings() -> KeyBindings:
    bindings = KeyBindings()

    @bindings.add("f1")
    def _help(event: KeyPressEvent) -> None:
        """F1 asks for help, whatever is typed so far."""
        event.current_buffer.text = "/help"
        event.current_buffer.validate_and_handle()

    @bindings.add("escape", "escape")
    def _clear(event: KeyPressEvent) -> None:
        """Esc Esc clears the line."""
        event.current_buffer.reset()

    return bindings
