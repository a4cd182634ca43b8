"""Text -> canonical text: the one normalisation that safety and matching both read.

Two levels:
- `basic`: Unicode, case, quotes, control characters and spacing fixed; punctuation and
  digits kept (the safety scan needs "38.4", "101f", "39°c" intact).
- `canonical`: basic, then punctuation and emoji dropped, stretched letters shortened,
  spelling variants and lay phrases mapped to one form (from intents/synonyms.yaml).

>>> n = Normaliser.from_data({"spellings": {"leukaemia": "leukemia"},
...                           "phrases": {"spinal tap": "lumbar puncture"}})
>>> n.canonical("Is a SPINAL TAP for leukaemia?? 😟")
'is a lumbar puncture for leukemia'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"',
                         "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_SPACES = re.compile(r"\s+")
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
# Keep letters, digits, "+" (ph+), "%" and decimal points between digits; everything else is a gap.
_NOT_WORD = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[^\w\s.+%])+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_SYMBOLS = re.compile(r"[$<=>^`|~]")  # ASCII's Unicode "S" characters, less + and %


def basic(text: str) -> str:
    """Unicode-fold, lowercase and tidy spacing; keeps punctuation and digits."""
    if text.isascii():  # most messages: nothing to fold, so skip the per-character work
        return _SPACES.sub(" ", _ASCII_CONTROL.sub(" ", text).lower()).strip()
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    text = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not _is_mark(ch)))
    text = text.replace("°", " degrees ")
    return _SPACES.sub(" ", text.casefold()).strip()


def _strip_symbols(text: str) -> str:
    """Drop emoji and other symbols (Unicode category S*) but keep % and +."""
    if text.isascii():
        return _ASCII_SYMBOLS.sub(" ", text)
    return "".join(" " if unicodedata.category(ch)[0] == "S" and ch not in "+%" else ch for ch in text)


@dataclass(frozen=True, eq=False)
class Normaliser:
    """Maps spelling variants (word for word) and lay phrases (longest first) to canonical forms."""

    spellings: dict[str, str]
    phrases: dict[str, str]
    _phrase_pattern: re.Pattern[str] | None

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> Normaliser:
        data = data or {}
        spellings = {str(k).casefold(): str(v).casefold() for k, v in (data.get("spellings") or {}).items()}
        phrases: dict[str, str] = {}
        for variant, target in (data.get("phrases") or {}).items():
            key, canonical = cls._tokens(str(variant), spellings), cls._tokens(str(target), spellings)
            if key:
                phrases[key] = canonical
                # A canonical phrase maps to itself, so its inner words are not mapped again
                # ("complete blood count" must not become "complete complete blood count").
                phrases.setdefault(canonical, canonical)
        pattern = None
        if phrases:
            alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
            pattern = re.compile(rf"(?<![\w+])(?:{alternatives})(?![\w+])")
        return cls(spellings, phrases, pattern)

    @staticmethod
    def _tokens(text: str, spellings: dict[str, str], *, folded: bool = False) -> str:
        text = _APOSTROPHE.sub("", text if folded else basic(text))
        text = _NOT_WORD.sub(" ", _strip_symbols(text))
        text = _STRETCHED.sub(r"\1\1", text)
        return " ".join(spellings.get(word, word) for word in text.split())

    def read(self, text: str) -> tuple[str, str]:
        """(basic, canonical) of one message, folding it only once."""
        folded = basic(text)
        return folded, self._canonical(self._tokens(folded, self.spellings, folded=True))

    def canonical(self, text: str) -> str:
        return self._canonical(self._tokens(text, self.spellings))

    def _canonical(self, text: str) -> str:
        if self._phrase_pattern is not None:
            text = self._phrase_pattern.sub(lambda m: self.phrases[m.group(0)], text)
        return text
