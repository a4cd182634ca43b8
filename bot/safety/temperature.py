"""Temperature readings in a message: "38.4", "101.2f", "39 degrees", "temp of 100.5", "38,4".

A number counts as a temperature when it has a unit (C, F, degrees), when a temperature word is
close before it ("temp", "thermometer"), or when it is a bare decimal in a body-temperature range;
never when a lab or age word is next to it ("platelets 100", "39 weeks", "my 38 year old").
Without a unit, 34-43.5 reads as Celsius and 93-110 as Fahrenheit (the rules' `readings` block).

>>> from bot.text.tokens import Tokens
>>> reader = ReadingFinder.from_data({"cues": ["temp"], "blockers": ["platelet*"]})
>>> [r.celsius for r in reader.find(Tokens.from_basic("temp of 101.2f, platelets 100"))]
[38.44]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.text.phrases import PhraseCompiler, PhrasePattern
from bot.text.tokens import SENTENCE_ENDS, Tokens

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
DEFAULTS: dict[str, Any] = {
    "celsius": ["c", "celsius", "centigrade", "degc"],
    "fahrenheit": ["f", "fahrenheit", "farenheit", "degf"],
    "degrees": ["degrees", "degree", "deg", "degs"],
    "bare_celsius": [34, 43.5],
    "bare_fahrenheit": [93, 110],
    "cue_window": 5,
    # A sentence that is a number and nothing but these ("its 102", "102 now", "38 on the dot. finished
    # chemo last week"): the number is the news, and in a chat about someone's health a number said
    # alone in a body's range is a reading. An entry of several words counts only as a whole.
    "alone_words": ["it", "its", "is", "s", "now", "still", "again", "already", "nearly", "almost", "about",
                    "around", "over", "just", "up", "to", "and", "rising", "climbing", "went", "gone", "oh", "no",
                    "exactly", "flat", "on the dot"],
}
READING_KEYS = {"cues", "blockers", *DEFAULTS}
# "my 3 year old is 38.7": an age that names the child ends the subject; the number after its verb is
# the child's reading, not an age ("she is 38 years old" still blocks on the word after).
AGE_NOUNS = frozenset({"old", "olds", "yo"})
READING_VERBS = frozenset({"is", "s", "was", "has", "at", "hit", "hitting", "reached", "running", "been", "now"})


def _after_a_childs_age(words: tuple[str, ...], i: int) -> bool:
    """The number follows a verb (or two) after an age noun: "3 year old is 38.7", "2yo is running 39"."""
    j = i - 1
    if j >= 0 and words[j] in READING_VERBS:
        j -= 1
        if j >= 0 and words[j] in READING_VERBS:
            j -= 1
        return j >= 0 and words[j] in AGE_NOUNS and words[i + 1:i + 2] not in (("years",), ("year",), ("yrs",))
    return False


def _split_time(words: tuple[str, ...], i: int) -> bool:
    """A number with another number one sentence-end token away: the halves of "6:40"."""
    return any(0 <= j < len(words) and _NUMBER.fullmatch(words[j]) and words[(i + j) // 2] in SENTENCE_ENDS
               for j in (i - 2, i + 2))


@dataclass(frozen=True)
class Reading:
    index: int        # token index of the number
    celsius: float
    explicit: bool    # a unit or "degrees" was written


@dataclass(frozen=True, eq=False)
class ReadingFinder:
    cues: PhrasePattern | None
    blockers: PhrasePattern | None
    celsius_units: frozenset[str]
    fahrenheit_units: frozenset[str]
    degree_words: frozenset[str]
    bare_celsius: tuple[float, float]
    bare_fahrenheit: tuple[float, float]
    window: int
    alone_words: frozenset[str]
    alone_runs: tuple[tuple[str, ...], ...]  # the alone words of several words ("on the dot")

    @classmethod
    def from_data(cls, data: dict[str, Any] | None, compiler: PhraseCompiler | None = None) -> ReadingFinder:
        conf = {**DEFAULTS, **(data or {})}
        compiler = compiler or PhraseCompiler({})

        def pattern(key: str) -> PhrasePattern | None:
            phrases = conf.get(key) or []
            return compiler.compile_all(phrases) if phrases else None

        return cls(
            cues=pattern("cues"),
            blockers=pattern("blockers"),
            celsius_units=frozenset(conf["celsius"]),
            fahrenheit_units=frozenset(conf["fahrenheit"]),
            degree_words=frozenset(conf["degrees"]),
            bare_celsius=(float(conf["bare_celsius"][0]), float(conf["bare_celsius"][1])),
            bare_fahrenheit=(float(conf["bare_fahrenheit"][0]), float(conf["bare_fahrenheit"][1])),
            window=int(conf["cue_window"]),
            alone_words=frozenset(w for w in conf["alone_words"] if " " not in w),
            alone_runs=tuple(tuple(w.split()) for w in conf["alone_words"] if " " in w),
        )

    def find(self, tokens: Tokens) -> list[Reading]:
        words = tokens.tokens
        if not any(_NUMBER.fullmatch(w) for w in words):
            return []
        cue_at = self._marks(tokens, self.cues)
        alone = self._said_alone(tokens)
        block_at = self._marks(tokens, self.blockers)
        readings = []
        blocked: set[int] = set()
        for i, word in enumerate(words):
            if not _NUMBER.fullmatch(word):
                continue
            value, after, decimal = float(word), i + 1, "." in word
            if after + 1 < len(words) and words[after] == "point" and words[after + 1].isdigit():
                value, after, decimal = float(f"{word.split('.')[0]}.{words[after + 1]}"), after + 2, True
            if words[after:after + 3] == ("and", "a", "bit") and words[after + 3:after + 4] != ("of",):
                decimal = True  # "38 and a bit": a reading said the way people say it
            unit, explicit = self._unit(words, after)
            if not explicit:
                if self._near(block_at, i, words, before=3, after=1) and not _after_a_childs_age(words, i):
                    blocked.add(i)
                    continue
                if not (decimal or i in alone or self._near(cue_at, i, words, before=self.window, after=2)):
                    continue
            celsius = self._celsius(value, unit)
            if celsius is not None:
                readings.append(Reading(i, round(celsius, 2), explicit))
        # "is it 37.5 or 38 that's the cut-off": a number offered as the other choice to a limit is one too.
        return [r for r in readings if not (r.index + 2 in blocked and words[r.index + 1:r.index + 2] == ("or",))]

    def _said_alone(self, tokens: Tokens) -> set[int]:
        """The numbers that are the only number of their sentence, with nothing else in it but
        `alone_words` and commas. Not a decade ("40s.": "40" then "s"), nor part of a time split
        at its colon ("6:40": "6", ".", "40")."""
        words, alone = tokens.tokens, set()
        for start, end in tokens.sentences:
            numbers = [i for i in range(start, end) if _NUMBER.fullmatch(words[i])]
            if (len(numbers) == 1 and words[numbers[0] + 1:numbers[0] + 2] != ("s",)
                    and not _split_time(words, numbers[0]) and self._only_alone_words(words, start, end)):
                alone.add(numbers[0])
        return alone

    def _only_alone_words(self, words: tuple[str, ...], start: int, end: int) -> bool:
        i = start
        while i < end:
            run = next((len(p) for p in self.alone_runs if words[i:i + len(p)] == p), 0)
            if not run and not (words[i] in self.alone_words or words[i] == "," or _NUMBER.fullmatch(words[i])):
                return False
            i += run or 1
        return True

    def _unit(self, words: tuple[str, ...], at: int) -> tuple[str | None, bool]:
        explicit = False
        if at < len(words) and words[at] in self.degree_words:
            at, explicit = at + 1, True
        if at < len(words) and words[at] in self.celsius_units:
            return "c", True
        if at < len(words) and words[at] in self.fahrenheit_units:
            return "f", True
        return None, explicit

    def _celsius(self, value: float, unit: str | None) -> float | None:
        if unit == "c":
            return value if 30 <= value <= 45 else None
        if unit == "f":
            return (value - 32) * 5 / 9 if 86 <= value <= 113 else None
        if self.bare_celsius[0] <= value <= self.bare_celsius[1]:
            return value
        if self.bare_fahrenheit[0] <= value <= self.bare_fahrenheit[1]:
            return (value - 32) * 5 / 9
        return None

    @staticmethod
    def _marks(tokens: Tokens, pattern: PhrasePattern | None) -> set[int]:
        marks: set[int] = set()
        if pattern is not None:
            for match in pattern.finditer(tokens):
                first, last = tokens.span(match.start(), match.end())
                marks.update(range(first, last))
        return marks

    @staticmethod
    def _near(marks: set[int], index: int, words: tuple[str, ...], before: int, after: int) -> bool:
        """A mark within `before` tokens before or `after` tokens after, in the same sentence."""
        for step, limit in ((-1, before), (1, after)):
            j = index
            for _ in range(limit):
                j += step
                if j < 0 or j >= len(words) or words[j] in SENTENCE_ENDS:
                    break
                if j in marks:
                    return True
        return False
