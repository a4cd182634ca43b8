"""An educational chatbot about acute lymphoblastic leukaemia (ALL).

    >>> from bot import Bot
    >>> chat = Bot.load().conversation()
    >>> reply = chat.send("my son is on chemo and has a temperature of 38.4")
    >>> reply.urgency
    'urgent'

It educates from five trusted documents; it never diagnoses and never doses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Alert", "Bot", "ContentError", "Conversation", "Reply", "SessionState", "SourceRef"]

if TYPE_CHECKING:
    from bot.content import ContentError
    from bot.dialogue import Conversation, SessionState
    from bot.engine import Bot
    from bot.reply import Alert, Reply, SourceRef

_HOMES = {"Bot": "bot.engine", "Conversation": "bot.dialogue", "SessionState": "bot.dialogue",
          "Reply": "bot.reply", "Alert": "bot.reply", "SourceRef": "bot.reply",
          "ContentError": "bot.content"}


def __getattr__(name: str) -> Any:
    # Lazy: `python -m bot ask` must not pay for what it does not use.
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
