"""Content: the YAML in intents/, loaded into types and checked.

Names load lazily: a bot served from the cache never needs the YAML loader.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.content.loader import check_content, load_content
    from bot.content.locate import default_content_dir
    from bot.content.model import Content, Document, Intent, Section, Settings
    from bot.content.problems import ContentError, Problem

__all__ = ["Content", "ContentError", "Document", "Intent", "Problem", "Section", "Settings",
           "check_content", "default_content_dir", "load_content"]

_HOMES = {"check_content": "loader", "load_content": "loader", "default_content_dir": "locate",
          "Content": "model", "Document": "model", "Intent": "model", "Section": "model", "Settings": "model",
          "ContentError": "problems", "Problem": "problems"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"bot.content.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'bot.content' has no attribute {name!r}")
