"""A logistic regression over tf-idf weighted features, read without scikit-learn or numpy.

The learned readers (the safety net, the intent net) are trained with scikit-learn and shipped as
plain JSON: the feature names, their idf, one row of weights per class and the intercepts. This
reads them and gives the probabilities scikit-learn's `predict_proba` gives (the tests prove it to
1e-6): sublinear term frequency times idf, L2-normalised, then a softmax over the classes. A
binary model is shipped with a zero row for its first class, so the softmax is its sigmoid.
"""

from __future__ import annotations

import array
import base64
import json
import math
import mmap
import os
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from operator import add, itemgetter, mul, sub, truediv
from pathlib import Path
from typing import Any

from bot.normalise import basic
from bot.packaged import package_file
from bot.text.features import token_features
from bot.text.stems import Stems
from bot.text.tokens import words_of

# A model file keeps its long fields packed: the feature names as one string, one per line, and
# the numbers as base64 of float64 (exact, and read by the standard library's `array`). Parsing
# 200,000 numbers as JSON took most of the start-up budget. A model with a million weights (the
# intent net) keeps them in a file of raw little-endian float64 beside it (`weights_file`):
# decoding that much base64 alone took 60 ms.


WEIGHTED_COLUMNS = 4096  # columns of a weights file kept multiplied out (`_weighted`)


def pack(data: Mapping[str, Any]) -> dict[str, Any]:
    """A model's fields as they are written to its file."""
    def numbers(values: Sequence[float]) -> str:
        return base64.b64encode(array.array("d", values).tobytes()).decode("ascii")

    packed = dict(data)
    packed["features"] = "\n".join(data["features"])
    packed["idf"] = numbers(data["idf"])
    if "coef" in data:  # absent when the weights are kept in a file of their own
        packed["coef"] = [numbers(row) for row in data["coef"]]
    return packed


def unpack(data: Mapping[str, Any]) -> dict[str, Any]:
    """A model file's fields as lists (`pack` undone); fields already lists are left as they are."""
    def numbers(text: Any) -> Any:
        return array.array("d", base64.b64decode(text)) if isinstance(text, str) else text

    read = dict(data)
    if isinstance(read.get("features"), str):
        read["features"] = read["features"].split("\n") if read["features"] else []
    if "idf" in read:
        read["idf"] = numbers(read["idf"])
    if "coef" in read:
        read["coef"] = [numbers(row) for row in read["coef"]]
    return read


def weights_bytes(coef: Sequence[Sequence[float]]) -> bytes:
    """The weights as a weights file holds them, little-endian float64, one feature after another:
    a feature's weights for every class side by side, so the features a message names are a few
    short runs of the file (a page each), not one scattered read per class."""
    flat = array.array("d", (value for column in zip(*coef, strict=True) for value in column))
    if sys.byteorder != "little":
        flat.byteswap()
    return flat.tobytes()


def read_weights(source: Any) -> Sequence[float]:
    """`weights_bytes` read back, flat. A file on disk is mapped, not read: its pages are loaded
    as a message first needs their features, so start-up does not wait for them."""
    try:
        path = os.fspath(source)
    except TypeError:  # a package not on disk (a zip): read it all
        path = None
    if path is not None and sys.byteorder == "little":
        with open(path, "rb") as file:
            return memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)).cast("d")
    numbers = array.array("d")
    numbers.frombytes(source.read_bytes())
    if sys.byteorder != "little":
        numbers.byteswap()
    return numbers


@lru_cache(maxsize=16)
def _features(tokens: tuple[str, ...], stems: Stems, letters: bool = True) -> tuple[str, ...]:
    """The features of a message, worked out once for every learned reader of the same turn."""
    return tuple(token_features(tokens, stems, letters))


@lru_cache(maxsize=WEIGHTED_COLUMNS)
def _weighted(model: LinearModel, column: int) -> tuple[float, ...]:
    """`model._times(column, idf)`, remembered: most words of a message are common ones (4 KB a
    column for the intent net, the most recently used kept)."""
    return model._times(column, model.idf[column])


@dataclass(frozen=True)
class Trace:
    sums: tuple[float, ...]   # per class: sum of tf-idf value x weight, before normalising
    square: float             # sum of squared tf-idf values

    def to_list(self) -> list[float]:
        return [*self.sums, self.square]

    @classmethod
    def from_list(cls, values: Sequence[float]) -> Trace:
        return cls(tuple(float(v) for v in values[:-1]), float(values[-1]))


@dataclass(frozen=True, eq=False)
class LinearModel:
    classes: tuple[str, ...]
    index: Mapping[str, int]                 # feature -> column
    idf: Sequence[float]                     # per column
    coef: Sequence[Sequence[float]]          # per class, per column
    intercepts: tuple[float, ...]
    stems: Stems
    by_feature: Sequence[float] | None  # the weights one feature after another (a weights file's), or None

    @staticmethod
    def data(package: str, name: str, path: Path | None = None) -> dict[str, Any]:
        """A model file: `path`, or the one shipped as `name` in `package`, with its packed fields
        read back (`unpack`) and its weights file, if it has one, read in."""
        def beside(file_name: str) -> Any:  # a file next to the model file
            return path.parent / file_name if path else package_file(package, file_name)

        data = unpack(json.loads(beside(path.name if path else name).read_text(encoding="utf-8")))
        if "weights_file" in data:
            classes = len(data["classes"])
            data["by_feature"] = flat = read_weights(beside(data["weights_file"]))
            data["coef"] = [flat[k::classes] for k in range(classes)]  # views, not copies
        return data

    @staticmethod
    def parts(data: Mapping[str, Any], stems: Stems | None = None) -> dict[str, Any]:
        """The fields every model file holds, as keyword arguments."""
        features = data["features"]  # their columns numbered in C: the safety net has 45,000
        return {"classes": tuple(data["classes"]), "index": dict(zip(features, range(len(features)), strict=True)),
                "idf": data["idf"], "coef": data["coef"], "intercepts": tuple(data["intercept"]),
                "stems": stems or Stems.english(), "by_feature": data.get("by_feature")}

    def trace(self, text: str) -> Trace:
        """What a piece of text adds to each class's score before normalising, and its squared
        norm: numbers, not words, so a conversation may keep them to read turns together."""
        return self.token_trace(words_of(basic(text)))

    def token_trace(self, tokens: Sequence[str]) -> Trace:
        # Each feature's column, looked up once in C; features the model never learnt count as None.
        counts = Counter(map(self.index.get, _features(tuple(tokens), self.stems, self._letters)))
        counts.pop(None, None)  # the rest keep the order they were first met in: the same sums
        idf, log = self.idf, math.log
        columns = tuple(counts)
        values = [idf[column] if count == 1 else (1.0 + log(count)) * idf[column] for column, count in counts.items()]
        if not columns:
            return Trace(tuple(0.0 for _ in self.coef), 0.0)
        if self.by_feature is not None:
            # A weights file (the intent net: many classes, few columns a message): each column's
            # weights for every class times its value, then one sum per class over the columns in
            # order: the same products added in the same order as below, so the same numbers.
            # A word said once adds its column's weights times its idf, worked out once per word.
            products = [_weighted(self, column) if count == 1 else self._times(column, value)
                        for (column, count), value in zip(counts.items(), values, strict=True)]
            sums = tuple(map(sum, zip(*products, strict=True)))
        else:
            # One pass per class over the message's columns, gathered and multiplied in C.
            pick = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
            sums = tuple(sum(map(mul, pick(row), values)) for row in self.coef)
        return Trace(sums, sum([value * value for value in values]))

    def _times(self, column: int, value: float) -> tuple[float, ...]:
        """A column's weight for each class (a run of the weights file) times `value`."""
        width = len(self.intercepts)
        return tuple(map(mul, self.by_feature[column * width:(column + 1) * width], repeat(value)))  # type: ignore[index]

    @cached_property
    def _letters(self) -> bool:
        """Whether the model learnt letter groups (the safety net did; the intent net did not).
        Searched in one string: the intent net's 30,000 names are all read to say no. (A model
        file holds its names one a line, so no name holds a line break.)"""
        names = "\n".join(self.index)
        return names.startswith("c:") or "\nc:" in names

    def probabilities(self, text: str) -> dict[str, float]:
        """P(class) for one piece of text, as scikit-learn's predict_proba computes it."""
        return self.from_traces([self.trace(text)])

    def from_traces(self, traces: Sequence[Trace]) -> dict[str, float]:
        """P(class) for pieces of text read together (features shared between pieces counted
        apart: a close reading of the pieces joined, not an exact one)."""
        square = sum(t.square for t in traces)
        norm = math.sqrt(square) if square > 0 else 1.0
        # intercept + sum / norm, exp(score - top) and exp / total, each a map run in C: the intent
        # net has over a hundred classes and is read two or three times a turn.
        if len(traces) == 1:  # the same numbers, without a sum per class
            sums: Iterable[float] = traces[0].sums
        else:
            sums = map(sum, zip(*[t.sums for t in traces], strict=True))
        scores = list(map(add, self.intercepts, map(truediv, sums, repeat(norm))))
        exps = list(map(math.exp, map(sub, scores, repeat(max(scores)))))
        return dict(zip(self.classes, map(truediv, exps, repeat(sum(exps))), strict=True))
