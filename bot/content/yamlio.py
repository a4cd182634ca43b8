"""Read YAML safely, with the C loader when libyaml is present.

A key written twice in one mapping is an error, not "the last one wins": a nurse who adds a
second `unless:` to a rule would otherwise silently lose the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError

try:
    from yaml import CSafeLoader as _Base
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _Base  # type: ignore[assignment]


class _UniqueKeyLoader(_Base):  # type: ignore[misc, valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ConstructorError("while reading a mapping", node.start_mark,
                                       f"the key {key!r} is written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path) -> Any:
    """Parse one file; raises OSError or yaml.YAMLError (also for a key written twice)."""
    with path.open("r", encoding="utf-8") as handle:
        loader = _UniqueKeyLoader(handle)  # a safe loader (CSafeLoader when libyaml is present)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
