"""Numbers written as words, as people type a thermometer reading: "thirty eight point five".

Only sequences built on a tens word (twenty to ninety) or on "hundred" are rewritten, so common
words such as "one" ("no one", "one more thing") are left alone.

>>> spoken_numbers(["temp", "thirty", "eight", "point", "five"])
['temp', '38.5']
>>> spoken_numbers(["a", "hundred", "and", "one", "under", "his", "arm"])
['101', 'under', 'his', 'arm']
>>> spoken_numbers(["no", "one", "came"])
['no', 'one', 'came']
"""

from __future__ import annotations

from collections.abc import Sequence

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_DIGITS = {"zero": 0, "oh": 0, "o": 0, **_UNITS}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
STARTS = frozenset({*_TENS, "hundred"})  # a message without one of these has no spoken number to read


def spoken_numbers(tokens: Sequence[str]) -> list[str]:
    """`tokens` with each spoken number built on tens or hundreds replaced by its digits."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        value, end = _number_at(tokens, i)
        if value is None:
            out.append(tokens[i])
            i += 1
            continue
        out.append(value)
        i = end
    return out


def _number_at(tokens: Sequence[str], i: int) -> tuple[str | None, int]:
    word = tokens[i]
    if word in ("a", "one") and i + 1 < len(tokens) and tokens[i + 1] == "hundred":
        j = i + 2
        rest, after = _below_hundred(tokens, j + 1 if j < len(tokens) and tokens[j] == "and" else j)
        if rest is None:  # "a hundred" alone ("a hundred and" keeps its "and")
            return _with_fraction(tokens, 100, j)
        return _with_fraction(tokens, 100 + rest, after)
    if word in _TENS:
        value, j = _below_hundred(tokens, i)
        assert value is not None
        return _with_fraction(tokens, value, j)
    return None, i


def _below_hundred(tokens: Sequence[str], i: int) -> tuple[int | None, int]:
    if i >= len(tokens):
        return None, i
    word = tokens[i]
    if word in _TENS:
        if i + 1 < len(tokens) and tokens[i + 1] in _UNITS:
            return _TENS[word] + _UNITS[tokens[i + 1]], i + 2
        return _TENS[word], i + 1
    if word in _TEENS:
        return _TEENS[word], i + 1
    if word in _UNITS:
        return _UNITS[word], i + 1
    return None, i


def _with_fraction(tokens: Sequence[str], value: int, i: int) -> tuple[str, int]:
    """The number with "point five" or "point 5" after it, if there is one."""
    if i + 1 < len(tokens) and tokens[i] == "point":
        decimals = []
        j = i + 1
        while j < len(tokens) and (tokens[j] in _DIGITS or (tokens[j].isdigit() and not decimals)):
            decimals.append(str(_DIGITS[tokens[j]]) if tokens[j] in _DIGITS else tokens[j])
            j += 1
        if decimals:
            return f"{value}.{''.join(decimals)}", j
    return str(value), i
