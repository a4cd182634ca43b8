"""The built bot as plain data (JSON), for the build cache: reading it back runs no code.

Only our own classes are rebuilt, by name, checked on the way in (a class in a module under
`bot.`): the object is made empty and its stored attributes set directly, so no constructor,
`__post_init__`, `__setstate__`, property or other callable named by the file ever runs. Enum
members are looked up by name. Containers keep their kind (tuple,
set, frozenset, dict with any keys); paths and regular expressions are stored as text. An object
met twice is stored once and shared again when read, as it was when built. A tuple holding only
plain values and such tuples, however deep (the matcher's postings), is stored as bare nested
lists under one tag, so reading it back takes no step per inner tuple.

>>> from bot.reply import Alert
>>> alert = Alert("crisis", "emergency", "Call 999.")
>>> pair = decode(encode({"a": (alert, alert)}))["a"]
>>> pair[0] is pair[1]
True
>>> decode(encode({"a": (alert, alert)}))
{'a': (Alert(id='crisis', level='emergency', message='Call 999.', guidance=False, net='rules', about=''), \
Alert(id='crisis', level='emergency', message='Call 999.', guidance=False, net='rules', about=''))}
"""

from __future__ import annotations

import enum
import gc
import importlib
import json
import re
import types
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any

_PLAIN = (str, int, float, bool, type(None))
_CONTAINERS = frozenset({list, dict})  # what json.loads gives besides plain values


class NotPlain(TypeError):
    """The value holds something this format does not store (so it is not cached)."""


def _class_name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _slots(cls: type) -> list[str]:
    names = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__", ())
        names += [declared] if isinstance(declared, str) else list(declared)
    return [n for n in names if n not in ("__dict__", "__weakref__")]


def _state(item: Any) -> dict[str, Any]:
    """An object's attributes: its __dict__ and any slots that are set."""
    state = dict(vars(item)) if hasattr(item, "__dict__") else {}
    for name in _slots(type(item)):
        if hasattr(item, name):
            state[name] = getattr(item, name)
    return state


def _settable(cls: type, name: str) -> bool:
    """Only plain attributes and slots: a property or other descriptor would run code when set."""
    attribute = inspect_class_attribute(cls, name)
    return attribute is None or isinstance(attribute, types.MemberDescriptorType) or not (
        hasattr(type(attribute), "__set__") or hasattr(type(attribute), "__get__"))


def inspect_class_attribute(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _plain_tuples(item: tuple) -> bool:
    """Only plain values and tuples of them, however deep: stored under the "T" tag."""
    return all(isinstance(x, _PLAIN) or (type(x) is tuple and _plain_tuples(x)) for x in item)


def encode(value: Any) -> str:
    objects: dict[int, int] = {}  # id(object) -> its number in the file
    keep: list[Any] = []  # keeps encoded objects alive, so their ids stay unique while encoding

    def walk(item: Any) -> Any:
        if isinstance(item, _PLAIN):
            return item
        if isinstance(item, list):
            return [walk(x) for x in item]
        if isinstance(item, tuple) and type(item) is tuple:
            return {"T": item} if _plain_tuples(item) else {"t": [walk(x) for x in item]}
        if isinstance(item, (set, frozenset)):
            return {"f" if isinstance(item, frozenset) else "s": [walk(x) for x in item]}
        if isinstance(item, dict):
            if all(type(k) is str for k in item):
                return {"d": {k: walk(v) for k, v in item.items()}}
            return {"m": [[walk(k), walk(v)] for k, v in item.items()]}
        if isinstance(item, PurePath):
            return {"p": str(item)}
        if isinstance(item, re.Pattern):
            return {"r": [item.pattern, item.flags]}
        cls = type(item)
        if not cls.__module__.startswith("bot."):
            raise NotPlain(f"cannot store a {_class_name(cls)}")
        if isinstance(item, enum.Enum):
            return {"e": [_class_name(cls), item.name]}
        if id(item) in objects:
            return {"@": objects[id(item)]}
        number = objects[id(item)] = len(objects)
        keep.append(item)
        return {"c": _class_name(cls), "n": number, "v": {k: walk(v) for k, v in _state(item).items()}}

    return json.dumps(walk(value), ensure_ascii=False, separators=(",", ":"))


def _allowed_class(name: str) -> type:
    """A class defined in one of our modules (already imported by the package or importable from it)."""
    module_name, _, qualname = name.partition(":")
    if not module_name.startswith("bot.") or not qualname or "<" in qualname:
        raise ValueError(f"not one of our classes: {name!r}")
    target: Any = importlib.import_module(module_name)
    for part in qualname.split("."):
        target = getattr(target, part)
    if not isinstance(target, type) or target.__module__ != module_name:
        raise ValueError(f"not one of our classes: {name!r}")
    return target


def _plain_new(cls: type) -> bool:
    """object.__new__ makes it without running any code of ours (no __new__ of its own)."""
    return all(klass.__dict__.get("__new__") is None for klass in cls.__mro__[:-1])


def _flat(items: Iterable[Any]) -> bool:
    """Only plain values, in what `json.loads` gave (nothing else but lists and dicts): kept as
    they are, which saves a call per number in the matcher's large tables at start-up. Decoding
    only: a list being encoded may hold tuples or objects. (Exact types, checked in C: json.loads
    makes no subclasses.)"""
    return _CONTAINERS.isdisjoint(map(type, items))


def _tuples(items: list) -> tuple:
    """A "T" value read back: its lists are tuples again, however deep."""
    made = tuple([_tuples(x) if type(x) is list else x for x in items])
    if dict in map(type, made):
        raise ValueError("not a stored value")
    return made


def decode(text: str) -> Any:
    """Rebuild what `encode` stored. Raises ValueError for anything it would not have written."""
    enabled = gc.isenabled()
    # A built bot is some 200,000 new containers and none of them garbage: collecting while they
    # are made only walks them again and again (a tenth of the time at start-up).
    gc.disable()
    try:
        return _decode(text)
    finally:
        if enabled:
            gc.enable()


def _decode(text: str) -> Any:
    objects: dict[int, Any] = {}
    classes: dict[str, type] = {}
    settable: dict[tuple[type, str], bool] = {}  # per class and attribute, checked once

    def plain_attribute(cls: type, key: Any) -> bool:
        found = settable.get((cls, key))
        if found is None:
            found = settable[(cls, key)] = isinstance(key, str) and _settable(cls, key)
        return found

    def walk(item: Any) -> Any:
        if isinstance(item, _PLAIN):
            return item
        if isinstance(item, list):
            return item if _flat(item) else [walk(x) for x in item]
        if not isinstance(item, dict) or len(item) not in (1, 3):
            raise ValueError("not a stored value")
        if "c" in item:
            name = item["c"]
            cls = classes.get(name) or classes.setdefault(name, _allowed_class(name))
            if issubclass(cls, (BaseException, enum.Enum)) or not _plain_new(cls):
                raise ValueError(f"{name!r} is not rebuilt from data")
            made = object.__new__(cls)
            objects[item["n"]] = made
            for key, value in item["v"].items():
                if not plain_attribute(cls, key):
                    raise ValueError(f"{name!r} has no plain attribute {key!r}")
                object.__setattr__(made, key, walk(value))
            return made
        (tag, inner), = item.items()
        if tag == "T":
            if type(inner) is not list:
                raise ValueError("not a stored value")
            return _tuples(inner)
        if tag == "t":
            return tuple(inner) if _flat(inner) else tuple(walk(x) for x in inner)
        if tag == "s":
            return set(inner) if _flat(inner) else {walk(x) for x in inner}
        if tag == "f":
            return frozenset(inner) if _flat(inner) else frozenset(walk(x) for x in inner)
        if tag == "d":
            return inner if _flat(inner.values()) else {k: walk(v) for k, v in inner.items()}
        if tag == "m":
            return {walk(k): walk(v) for k, v in inner}
        if tag == "p":
            return Path(inner)
        if tag == "r":
            return re.compile(inner[0], inner[1])
        if tag == "@":
            return objects[inner]
        if tag == "e":
            cls = _allowed_class(inner[0])
            if not issubclass(cls, enum.Enum):
                raise ValueError(f"{inner[0]!r} is not an enum")
            return cls.__members__[inner[1]]
        raise ValueError(f"unknown tag {tag!r}")

    return walk(json.loads(text))
