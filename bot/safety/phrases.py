"""The small phrase language the rules are written in, compiled once to regexes over `Tokens.text`.

    word        one token, spelt as in the message ("can't" and "cant" are the same token)
    word*       any token starting with `word` ("bruis*" -> bruise, bruises, bruising)
    {name}      any phrase listed under `name` in the rules' `vocab`
    (a b|c)     one of the alternatives; "(a|b)?" or "(a|b|)" makes the group optional
    #           any number ("38", "38.4")
    ..  / ...   up to 3 / up to 6 other tokens
    re:REGEX    a raw regex over the " tok tok " text, for what the above cannot say

Every piece compiles to "a space, then the token", and gaps are bounded, so a compiled phrase
runs in time linear in the message: no nested unbounded repeats, no catastrophic backtracking.

>>> c = PhraseCompiler({"bleed": ["bleed*", "nose bleed"]})
>>> bool(re.search(c.compile("{bleed} ... (won't|wont) stop"), " his nose bleed . it wont stop "))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.safety.tokens import TOKEN_RE

GAPS = {"..": 3, "...": 6}
_BOUNDARY_WORDS = {".", "?", ","}


class PhraseError(ValueError):
    """A phrase that cannot be compiled; the message says why."""


@dataclass
class PhraseCompiler:
    """Compiles phrases against one vocabulary; remembers every literal word it saw (the speller's
    targets) and caches each vocabulary entry's regex."""

    vocab: Mapping[str, Iterable[str]]
    strict: bool = True  # check each phrase on its own (validation); off when compiling checked rules
    words: set[str] = field(default_factory=set)
    _cache: dict[str, str] = field(default_factory=dict)
    _active: list[str] = field(default_factory=list)

    def compile(self, phrase: str) -> str:
        """Phrase -> regex source (raises PhraseError)."""
        if not isinstance(phrase, str) or not phrase.strip():
            raise PhraseError("empty phrase")
        body = self._body(phrase.strip())
        if self.strict and re.fullmatch(body, ""):
            raise PhraseError(f"phrase {phrase!r} can match nothing at all")
        return f"{body}(?= )"

    def _body(self, phrase: str) -> str:
        if phrase.startswith("re:"):
            source = phrase[3:].strip()
            if self.strict:
                try:
                    re.compile(source)
                except re.error as exc:
                    raise PhraseError(f"bad regex {source!r}: {exc}") from None
            return f"(?:{source})"
        return _Parser(phrase.casefold(), self).parse()

    def compile_all(self, phrases: Iterable[str]) -> re.Pattern[str]:
        return re.compile("|".join(self.compile(p) for p in phrases))

    def concept(self, name: str) -> str:
        if name in self._cache:
            return self._cache[name]
        if name not in self.vocab:
            raise PhraseError(f"unknown vocab name {{{name}}}")
        if name in self._active:
            raise PhraseError(f"vocab {{{name}}} refers to itself ({' -> '.join([*self._active, name])})")
        entries = self.vocab[name]
        if isinstance(entries, str) or not entries:
            raise PhraseError(f"vocab {{{name}}} must be a non-empty list of phrases")
        self._active.append(name)
        try:
            parts = [self._body(str(e).strip()) for e in entries]
        finally:
            self._active.pop()
        self._cache[name] = "(?:" + "|".join(parts) + ")"
        return self._cache[name]


class _Parser:
    """Recursive descent over one phrase: sequence := item*, item := word | {name} | (seq|seq)."""

    def __init__(self, text: str, compiler: PhraseCompiler) -> None:
        self.text, self.pos, self.compiler = text, 0, compiler

    def parse(self) -> str:
        regex, items = self._sequence()
        if self.pos != len(self.text):
            raise PhraseError(f"unexpected {self.text[self.pos]!r} in {self.text!r}")
        if items and (items[0] in GAPS or items[-1] in GAPS):
            raise PhraseError(f"a gap cannot start or end a phrase: {self.text!r}")
        return regex

    def _sequence(self) -> tuple[str, list[str]]:
        parts: list[str] = []
        items: list[str] = []
        while True:
            self._skip_spaces()
            if self.pos >= len(self.text) or self.text[self.pos] in "|)":
                return "".join(parts), items
            char = self.text[self.pos]
            if char == "(":
                parts.append(self._group())
                items.append("(")
            elif char == "{":
                end = self.text.find("}", self.pos)
                if end < 0:
                    raise PhraseError(f"unclosed '{{' in {self.text!r}")
                parts.append(self.compiler.concept(self.text[self.pos + 1:end].strip()))
                items.append("{")
                self.pos = end + 1
            else:
                word = self._word()
                items.append(word)
                parts.append(self._word_regex(word))

    def _group(self) -> str:
        self.pos += 1
        alternatives = []
        while True:
            regex, items = self._sequence()
            if items and (items[0] in GAPS or items[-1] in GAPS):
                raise PhraseError(f"a gap cannot start or end a group: {self.text!r}")
            alternatives.append(regex)
            if self.pos >= len(self.text):
                raise PhraseError(f"unclosed '(' in {self.text!r}")
            if self.text[self.pos] == ")":
                self.pos += 1
                optional = self.text.startswith("?", self.pos)
                self.pos += optional
                return "(?:" + "|".join(alternatives) + (")?" if optional else ")")
            self.pos += 1  # "|"

    def _word(self) -> str:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in " (){}|":
            self.pos += 1
        return self.text[start:self.pos]

    def _word_regex(self, word: str) -> str:
        if word in GAPS:
            return f"(?: [^ ]+){{0,{GAPS[word]}}}"
        if word in _BOUNDARY_WORDS:
            return " " + re.escape(word)
        if word == "#":
            return r" \d+(?:\.\d+)?"
        prefix = word.endswith("*")
        tokens = TOKEN_RE.findall(re.sub(r"['`]", "", word.rstrip("*")))
        if not tokens or any(t in _BOUNDARY_WORDS or t[0] in ".!?;:" for t in tokens):
            raise PhraseError(f"{word!r} is not a word the scan can see")
        if not prefix:  # a stem like "bruis" is no word to correct towards
            self.compiler.words.update(t for t in tokens if t.isalpha())
        regex = "".join(" " + re.escape(t) for t in tokens)
        return regex + r"[^ ]*" if prefix else regex

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
