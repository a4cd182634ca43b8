"""Data files shipped inside the package (word lists, the learned models).

Read straight from the package's folder when it is on disk, as installed or checked out: the first
use of importlib.resources imports its zip reader (zipfile and more), some 5 ms of a one-shot
`ask`. A package that is not on disk (a zip) is still read through importlib.resources.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.abc imports importlib.resources itself
    from importlib.abc import Traversable


def package_file(package: str, name: str) -> Path | Traversable:
    """The file `name` of `package`: in the first of its folders that has it, as importlib.resources
    would choose (`bot.text` is a namespace package: it may have several)."""
    for folder in getattr(importlib.import_module(package), "__path__", ()):
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate
    from importlib.resources import files

    return files(package).joinpath(name)
