"""Read YAML safely, with the C loader when libyaml is present."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]


def read_yaml(path: Path) -> Any:
    """Parse one file; raises OSError or yaml.YAMLError."""
    with path.open("r", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SafeLoader)
