"""Where the built-in content lives: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def default_content_dir() -> Path:
    """`bot/intents` in a wheel (copied there at build time); `../intents` in a source checkout."""
    for candidate in (_PACKAGE / "intents", _PACKAGE.parent / "intents"):
        if (candidate / "config.yaml").is_file():
            return candidate
    raise FileNotFoundError("built-in content not found; pass --intents DIR")
