"""Content: the YAML in intents/, loaded into types and checked."""

from bot.content.loader import check_content, load_content
from bot.content.locate import default_content_dir
from bot.content.model import Content, Document, Intent, Section, Settings
from bot.content.problems import ContentError, Problem

__all__ = ["Content", "ContentError", "Document", "Intent", "Problem", "Section", "Settings",
           "check_content", "default_content_dir", "load_content"]
