"""The small phrase language the rules are written in, compiled once to regexes over `Tokens.text`.

    word        any form of the word: tokens with the same stem ("bleed": bled, bleeds, bleeding;
                "can't" and "cant" are the same token)
    =word       the word exactly as written, for the rare word whose other forms mean something else
    word*       any token starting with `word` ("bruis*" -> bruise, bruises, bruising)
    {name}      any phrase listed under `name` in the rules' `vocab`
    (a b|c)     one of the alternatives; "(a|b)?" or "(a|b|)" makes the group optional
    #           any number ("38", "38.4")
    ..  / ...   up to 3 / up to 6 other tokens in the same sentence, as few as will do
    re:REGEX    a raw regex over the " word/stem word/stem " text, for what the above cannot say

Every piece compiles to "a space, then the token", and gaps are bounded, so a compiled phrase
runs in time linear in the message: no nested unbounded repeats, no catastrophic backtracking.
Gaps never cross a sentence end and take the fewest tokens, so a match stays in its clause.

Each phrase also yields its trigger words: words one of which starts a token of any message the
phrase matches. A `PhrasePattern` compiles its regex only when first needed and skips messages
with none of its triggers, so start-up and most scans never pay for rules a message cannot reach.
A piece that promises no word (a number, a gap, an optional group, a raw regex) is never the
trigger; a phrase with nothing else has no triggers and is always run.

>>> c = PhraseCompiler({"bleed": ["bleed", "nose bleed"]})
>>> bool(re.search(c.compile("{bleed} ... (won't|wont) stop"), Tokens.from_basic("he bled and it won't stop").text))
True
>>> bool(re.search(c.compile("{bleed} ... (won't|wont) stop"), Tokens.from_basic("he bled. it won't stop").text))
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.text.stems import Stems
from bot.text.tokens import PREFIX_LIMIT, TOKEN_RE, Tokens

GAPS = {"..": 3, "...": 6}
ANY_TOKEN = r"[^ ]+"
# A gap's token: anything but a sentence end (" ./." or " ?/?").
_GAP_TOKEN = r" (?![.?]/)[^ ]+"
_BOUNDARY_WORDS = {".", "?", ","}


Triggers = frozenset[str] | None  # None: no word is certain to be in a match


class PhraseError(ValueError):
    """A phrase that cannot be compiled; the message says why."""


class PhrasePattern:
    """Compiled phrases: a regex over `Tokens.text`, built on first use, and the trigger words
    that decide whether it is worth running on a message at all.

    Not a dataclass: it holds a lazily built regex, and pickles as its recipe (source and
    triggers), so loading a cached bot compiles nothing."""

    __slots__ = ("_regex", "source", "triggers")

    def __init__(self, source: str, triggers: Triggers) -> None:
        self.source = source
        # A token that starts with a word starts with its first PREFIX_LIMIT letters too.
        self.triggers = None if triggers is None else frozenset(t[:PREFIX_LIMIT] for t in triggers)
        self._regex: re.Pattern[str] | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return PhrasePattern, (self.source, self.triggers)

    def __repr__(self) -> str:
        return f"PhrasePattern({self.source[:40]!r}..., triggers={sorted(self.triggers or ())[:5]})"

    def compiled(self) -> re.Pattern[str]:
        if self._regex is None:  # two threads may both compile it; they build the same regex
            self._regex = re.compile(self.source)
        return self._regex

    def can_match(self, tokens: Tokens) -> bool:
        """False only when no match is possible: no token starts with a trigger word."""
        return self.triggers is None or not self.triggers.isdisjoint(tokens.prefixes)

    def finditer(self, tokens: Tokens) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(tokens.text) if self.can_match(tokens) else iter(())

    def search(self, tokens: Tokens) -> re.Match[str] | None:
        return self.compiled().search(tokens.text) if self.can_match(tokens) else None


class PhraseSet(PhrasePattern):
    """Phrases kept apart, each run only when its own trigger words are in the message: a rule
    with a hundred phrases costs a few small regexes on a message instead of one big one. Matches
    of different phrases may overlap and each is reported, so a set finds at least what the phrases
    joined into one regex would. For a rule's `match` lists (what raises it), never for `unless`."""

    __slots__ = ("_always", "_by_trigger", "_trigger_words", "members")

    def __init__(self, members: Iterable[PhrasePattern]) -> None:
        self.members = tuple(members)
        super().__init__("|".join(m.source for m in self.members), any_of(m.triggers for m in self.members))
        # Which phrases a message's words can reach, looked up by word: a rule with a hundred
        # phrases costs a look-up per word of the message, not a check per phrase.
        by_trigger: dict[str, list[int]] = {}
        for number, member in enumerate(self.members):
            for trigger in member.triggers or ():
                by_trigger.setdefault(trigger, []).append(number)
        self._by_trigger = {trigger: tuple(numbers) for trigger, numbers in by_trigger.items()}
        self._trigger_words = frozenset(self._by_trigger)
        self._always = tuple(n for n, member in enumerate(self.members) if member.triggers is None)

    def __reduce__(self) -> tuple[Any, ...]:
        return PhraseSet, (self.members,)

    def reached(self, tokens: Tokens) -> list[int]:
        """The members the message's words can reach, in the order they are written."""
        reached = set(self._always)
        for trigger in self._trigger_words.intersection(tokens.prefixes):  # C walks the smaller set
            reached.update(self._by_trigger[trigger])
        return sorted(reached)

    def finditer(self, tokens: Tokens) -> Iterator[re.Match[str]]:
        for number in self.reached(tokens):
            yield from self.members[number].compiled().finditer(tokens.text)

    def search(self, tokens: Tokens) -> re.Match[str] | None:
        return next(self.finditer(tokens), None)


# With more than half of its alternatives reached, an Alternation runs as the one regex it stands for.
ALTERNATION_SHARE = 2


class Alternation(PhraseSet):
    """Alternatives that behave exactly as one regex `a|b|c` (leftmost match first; at one
    position the first alternative written wins; the next search starts where a match ended),
    but each alternative runs only when its trigger words are in the message. For a counting
    rule's concepts, whose one-regex scan cost most of the rules' time.

    `source`: the one regex, when the members split its alternatives further (a concept's vocab
    entries, each `(?P<c0>entry)`, where the regex has `(?P<c0>(?:entry|entry))`: a group name
    may not be written twice in one regex). At one start the first member written still wins."""

    __slots__ = ()

    def __init__(self, members: Iterable[PhrasePattern], source: str | None = None) -> None:
        super().__init__(members)
        if source is not None:
            self.source = source

    def __reduce__(self) -> tuple[Any, ...]:
        return Alternation, (self.members, self.source)

    def finditer(self, tokens: Tokens) -> Iterator[re.Match[str]]:
        reached = self.reached(tokens)
        if not reached:
            return
        text = tokens.text
        if len(reached) * ALTERNATION_SHARE > len(self.members):
            yield from self.compiled().finditer(text)  # most alternatives reached: one scan is cheaper
            return
        regexes = {number: self.members[number].compiled() for number in reached}
        # each alternative's next match from `at`, found again only once `at` passes its start
        ahead = {number: regex.search(text) for number, regex in regexes.items()}
        at = 0
        while True:
            best: tuple[int, int] | None = None
            for number in reached:  # in the order written: at one start, the first alternative wins
                found = ahead[number]
                if found is not None and found.start() < at:
                    found = ahead[number] = regexes[number].search(text, at)
                if found is not None and (best is None or found.start() < best[0]):
                    best = (found.start(), number)
            if best is None:
                return
            match = ahead[best[1]]
            assert match is not None
            yield match
            at = match.end() if match.end() > match.start() else match.end() + 1


def any_of(triggers: Iterable[Triggers]) -> Triggers:
    """Triggers of alternatives: a match needs one of them, so all their triggers together; if one
    alternative promises no word, neither does the whole."""
    union: set[str] = set()
    seen = False
    for found in triggers:
        if found is None:
            return None
        union |= found
        seen = True
    return frozenset(union) if seen else None


# Words (as stems) in most messages: a piece whose triggers hold one rules out few messages.
_COMMON_TRIGGERS = frozenset({"the", "a", "an", "to", "do", "doe", "for", "with", "what", "how", "was", "is", "it",
                              "and", "of", "in", "on", "my", "i", "you", "he", "she", "be", "have", "has", "get",
                              "can", "that", "this", "if", "not", "at", "just", "after", "been", "are", "or", "but",
                              "so", "when", "will", "would", "should", "there", "they", "we", "his", "her", "me",
                              "him", "about", "from", "all", "out", "up", "go", "back", "keep", "feel", "start",
                              # common in this bot's messages: "ALL", the treatment, the time
                              "chemo", "treatment", "like", "year", "know", "need", "more", "come", "ok", "day",
                              "now", "today", "time", "one", "no"})


def _strongest(triggers: Iterable[Triggers]) -> Triggers:
    """Of the pieces a sequence needs all of, the one whose triggers rule out the most messages:
    none of the most common words, then the longest shortest word (short words are common),
    then the fewest words. Any piece is a correct trigger; this choice only saves time."""
    known = [t for t in triggers if t]
    if not known:
        return None
    return max(known, key=lambda t: (_COMMON_TRIGGERS.isdisjoint(t) and min(map(len, t)) > 1,
                                     min(map(len, t)), -len(t)))


@dataclass
class PhraseCompiler:
    """Compiles phrases against one vocabulary; remembers every literal word it saw (the speller's
    targets) and caches each vocabulary entry's regex."""

    vocab: Mapping[str, Iterable[str]]
    stems: Stems = field(default_factory=Stems.english, repr=False)
    strict: bool = True  # check each phrase on its own (validation); off when compiling checked rules
    words: set[str] = field(default_factory=set)
    _cache: dict[str, tuple[str, Triggers]] = field(default_factory=dict)
    _active: list[str] = field(default_factory=list)

    def compile(self, phrase: str) -> str:
        """Phrase -> regex source (raises PhraseError)."""
        return self.compile_with_triggers(phrase)[0]

    def compile_with_triggers(self, phrase: str) -> tuple[str, Triggers]:
        """Phrase -> (regex source, trigger words) (raises PhraseError)."""
        if not isinstance(phrase, str) or not phrase.strip():
            raise PhraseError("empty phrase")
        body, triggers = self._body(phrase.strip())
        if self.strict and re.fullmatch(body, ""):
            raise PhraseError(f"phrase {phrase!r} can match nothing at all")
        return f"{body}(?= )", triggers

    def _body(self, phrase: str) -> tuple[str, Triggers]:
        if phrase.startswith("re:"):
            source = phrase[3:].strip()
            if self.strict:
                try:
                    re.compile(source)
                except re.error as exc:
                    raise PhraseError(f"bad regex {source!r}: {exc}") from None
            return f"(?:{source})", None
        return _Parser(phrase.casefold(), self).parse()

    def compile_all(self, phrases: Iterable[str]) -> PhrasePattern:
        compiled = [self.compile_with_triggers(p) for p in phrases]
        return PhrasePattern(_either([source for source, _ in compiled]), any_of(t for _, t in compiled))

    def compile_set(self, phrases: Iterable[str]) -> PhraseSet:
        """Each phrase its own pattern, run only when its own triggers are in a message."""
        return PhraseSet(PhrasePattern(*self.compile_with_triggers(p)) for p in phrases)

    def compile_any(self, phrase: str) -> PhrasePattern:
        """A phrase asked only whether it matches somewhere (a rule's `requires`). A vocab name or
        a choice ("({a}|{b})") becomes a PhraseSet of its alternatives, down to single vocab
        entries, each run only when its own triggers are in the message: a message holds a match
        of one of them exactly when it holds a match of the whole. One common word no longer runs
        every alternative (the crisis signs' one regex took a third of a reply)."""
        whole = self.compile_all([phrase])  # checks the phrase and records its words, as before
        choices = self._choices(phrase.strip())
        if len(choices) < 2:
            return whole
        return PhraseSet(PhrasePattern(*self.compile_with_triggers(choice)) for choice in choices)

    def _choices(self, phrase: str) -> list[str]:
        """The phrases a vocab name or a choice in parentheses stands for, themselves split the
        same way; any other phrase (a sequence, an optional choice, a raw regex) is its own."""
        if phrase.startswith("re:"):
            return [phrase]
        text = phrase.casefold()  # as the parser reads it
        if text.startswith("{") and text.endswith("}") and text.count("{") == 1 and text.count("}") == 1:
            return [leaf for entry in self.vocab[text[1:-1].strip()] for leaf in self._choices(str(entry).strip())]
        alternatives = _alternatives(text)
        if alternatives is None:
            return [phrase]
        return [leaf for alternative in alternatives for leaf in self._choices(alternative)]

    def concept_entries(self, name: str) -> list[tuple[str, Triggers]]:
        """Each entry of a vocab name as its own (regex source, triggers): the alternatives of
        `concept_with_triggers(name)`, in the order written."""
        self.concept_with_triggers(name)  # checks the name and records its words
        return [self._body(str(e).strip()) for e in self.vocab[name]]

    def concept(self, name: str) -> str:
        """The regex source of a vocab entry."""
        return self.concept_with_triggers(name)[0]

    def concept_with_triggers(self, name: str) -> tuple[str, Triggers]:
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
        self._cache[name] = "(?:" + _either([source for source, _ in parts]) + ")", any_of(t for _, t in parts)
        return self._cache[name]


# How a word read by its stem opens (`_Parser._word_regex`): a space, the token, its stem.
_STEM_WORD = " [^ /]+/"


def _either(alternatives: list[str]) -> str:
    """Alternatives joined with "|", each run of neighbours that open on `_STEM_WORD` sharing it:
    " [^ /]+/(?:a(?= )|b(?= ))" for " [^ /]+/a(?= )| [^ /]+/b(?= )". A token matches that opening
    in one way only, so the regex finds the same matches, the same alternative winning, but no
    longer reads a token through once for each of a hundred words."""
    joined: list[str] = []
    run: list[str] = []
    for alternative in [*alternatives, None]:
        if alternative is not None and alternative.startswith(_STEM_WORD):
            run.append(alternative[len(_STEM_WORD):])
            continue
        if len(run) > 1:
            joined.append(f"{_STEM_WORD}(?:{'|'.join(run)})")
        elif run:
            joined.append(_STEM_WORD + run[0])
        run = []
        if alternative is not None:
            joined.append(alternative)
    return "|".join(joined)


def _alternatives(text: str) -> list[str] | None:
    """The alternatives of a phrase that is one choice in parentheses, "(a b|c)"; None for any
    other phrase, or when an alternative is empty (the choice is optional)."""
    if not (text.startswith("(") and text.endswith(")")):
        return None
    depth, found, start = 0, [], 1
    for at, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and at != len(text) - 1:
                return None  # "(a) (b)": the first group closes before the end
        elif char == "|" and depth == 1:
            found.append(text[start:at].strip())
            start = at + 1
    found.append(text[start:-1].strip())
    return None if not all(found) else found


class _Parser:
    """Recursive descent over one phrase: sequence := item*, item := word | {name} | (seq|seq)."""

    def __init__(self, text: str, compiler: PhraseCompiler) -> None:
        self.text, self.pos, self.compiler = text, 0, compiler

    def parse(self) -> tuple[str, Triggers]:
        regex, items, triggers = self._sequence()
        if self.pos != len(self.text):
            raise PhraseError(f"unexpected {self.text[self.pos]!r} in {self.text!r}")
        if items and (items[0] in GAPS or items[-1] in GAPS):
            raise PhraseError(f"a gap cannot start or end a phrase: {self.text!r}")
        return regex, triggers

    def _sequence(self) -> tuple[str, list[str], Triggers]:
        """Items in a row; a match holds every one, so any one item's triggers will do."""
        parts: list[str] = []
        items: list[str] = []
        needed: list[Triggers] = []
        while True:
            self._skip_spaces()
            if self.pos >= len(self.text) or self.text[self.pos] in "|)":
                return "".join(parts), items, _strongest(needed)
            char = self.text[self.pos]
            if char == "(":
                regex, triggers = self._group()
                items.append("(")
            elif char == "{":
                end = self.text.find("}", self.pos)
                if end < 0:
                    raise PhraseError(f"unclosed '{{' in {self.text!r}")
                regex, triggers = self.compiler.concept_with_triggers(self.text[self.pos + 1:end].strip())
                items.append("{")
                self.pos = end + 1
            else:
                word = self._word()
                items.append(word)
                regex, triggers = self._word_regex(word)
            parts.append(regex)
            needed.append(triggers)

    def _group(self) -> tuple[str, Triggers]:
        self.pos += 1
        alternatives: list[str] = []
        triggers: list[Triggers] = []
        while True:
            regex, items, needed = self._sequence()
            if items and (items[0] in GAPS or items[-1] in GAPS):
                raise PhraseError(f"a gap cannot start or end a group: {self.text!r}")
            alternatives.append(regex)
            triggers.append(needed)  # an empty alternative needs nothing: None
            if self.pos >= len(self.text):
                raise PhraseError(f"unclosed '(' in {self.text!r}")
            if self.text[self.pos] == ")":
                self.pos += 1
                optional = self.text.startswith("?", self.pos)
                self.pos += optional
                regex = "(?:" + _either(alternatives) + (")?" if optional else ")")
                return regex, None if optional else any_of(triggers)
            self.pos += 1  # "|"

    def _word(self) -> str:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in " (){}|":
            self.pos += 1
        return self.text[start:self.pos]

    def _word_regex(self, word: str) -> tuple[str, Triggers]:
        if word in GAPS:
            return f"(?:{_GAP_TOKEN}){{0,{GAPS[word]}}}?", None
        if word in _BOUNDARY_WORDS:
            return f" {re.escape(word)}/{ANY_TOKEN}", frozenset({word})
        if word == "#":
            return rf" \d+(?:\.\d+)?/{ANY_TOKEN}", None
        prefix = word.endswith("*")
        exact = word.startswith("=") and len(word) > 1
        tokens = TOKEN_RE.findall(re.sub(r"['`]", "", word.rstrip("*").removeprefix("=")))
        if not tokens or any(t in _BOUNDARY_WORDS or t[0] in ".!?;:" for t in tokens):
            raise PhraseError(f"{word!r} is not a word the scan can see")
        if not prefix:  # a stem like "bruis" is no word to correct towards
            self.compiler.words.update(t for t in tokens if t.isalpha())
        if prefix or exact:
            parts = [f" {re.escape(t)}/{ANY_TOKEN}" for t in tokens]
            if prefix:
                parts[-1] = f" {re.escape(tokens[-1])}[^ /]*/{ANY_TOKEN}"
            # Every token is in a match (the last one perhaps as a stem), so the longest is the trigger.
            return "".join(parts), frozenset({max(tokens, key=len)})
        stems = self.compiler.stems.stems(tokens)
        regex = "".join(f" [^ /]+/{re.escape(s)}(?= )" for s in stems)
        return regex, frozenset({max(stems, key=len)})

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
