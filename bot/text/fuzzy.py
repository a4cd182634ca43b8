"""rapidfuzz's `fuzz`, `process` and `distance`, imported on first use.

Typos are looked up fuzzily only when a message has a word the readers do not know, and the
matcher only ranks some messages: a one-shot `ask` that needs neither does not pay the 10 ms of
importing rapidfuzz. Once imported, each is a plain attribute of this module.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = ("fuzz", "process", "distance")


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"rapidfuzz.{name}")
    globals()[name] = module  # later look-ups find it without coming here
    return module
