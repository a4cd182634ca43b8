"""Basic text -> the token stream every safety pattern reads.

The scan does not read `canonical` text: its synonym list belongs to the matcher and may change,
and the scan must not lose "38.4", "101.2f" or sentence ends. So it tokenises `basic` text itself:

>>> Tokens.from_basic("she's 38,4 degrees c. can't breathe!").tokens
('shes', '38.4', 'degrees', 'c', '.', 'cant', 'breathe', '.')

Sentence ends become "." or "?" tokens and commas stay as "," (negation and "if" scopes stop
there); a "." is always appended so patterns can anchor on the end of the message.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from bot.safety.spoken import STARTS, spoken_numbers

_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['`](?=[^\W\d_])")
_COMMA_DECIMAL = re.compile(r"(?<![\d,.])(\d{2,3}),(\d{1,2})(?![\d,])")  # "38,4" but not "1,000"
_AMPERSAND = re.compile(r"(?<=[^\W\d_])&(?=[^\W\d_])")                   # "a&e" -> "ae"
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")                              # "feeeever" -> "feever"
TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+|[.!?;:\n]+|,")
_BOUNDARY = {".", "?", ","}
SENTENCE_ENDS = frozenset({".", "?"})
PREFIX_LIMIT = 20  # token starts kept for trigger look-ups; longer trigger words are cut to this


@dataclass(frozen=True, eq=False)
class Tokens:
    """Tokens of one message, and the same tokens as " tok tok . " text for the regexes."""

    tokens: tuple[str, ...]
    text: str
    starts: tuple[int, ...]       # offset in `text` of each token's leading space
    sentence_of: tuple[int, ...]  # index into `sentences` for each token
    sentences: tuple[tuple[int, int], ...]  # token span of each sentence, without its end token
    prefixes: frozenset[str]      # every start of every token ("fever": f, fe, ..., fever), up to PREFIX_LIMIT

    @classmethod
    def from_basic(cls, basic: str, speller: Speller | None = None) -> Tokens:
        text = basic  # each rewrite runs only when its character is there (most messages lack them)
        if "'" in text or "`" in text:
            text = _APOSTROPHE.sub("", text)
        if "&" in text:
            text = _AMPERSAND.sub("", text)
        if "," in text:
            text = _COMMA_DECIMAL.sub(r"\1.\2", text)
        text = _STRETCHED.sub(r"\1\1", text)
        raw: list[str] = []
        for token in TOKEN_RE.findall(text):
            if token[0] in ".!?;:\n":
                token = "?" if "?" in token else "."
            if token in _BOUNDARY and raw and raw[-1] in _BOUNDARY:
                if token == "," or raw[-1] != ",":
                    continue  # ". ," or "? ." -> keep the first sentence end
                raw.pop()
            raw.append(token)
        if not raw or raw[-1] not in SENTENCE_ENDS:
            raw.append(".")
        if not STARTS.isdisjoint(raw):  # before spelling: "thirty" is not a typo of "thirsty"
            raw = spoken_numbers(raw)
        if speller is not None:
            raw = speller.correct(raw)
        return cls.from_tokens(raw)

    @classmethod
    def from_tokens(cls, tokens: Iterable[str]) -> Tokens:
        tokens = tuple(tokens)
        starts, offset = [], 0
        sentence_of, sentences, first = [], [], 0
        for i, token in enumerate(tokens):
            starts.append(offset)
            offset += len(token) + 1
            sentence_of.append(len(sentences))
            if token in SENTENCE_ENDS or i == len(tokens) - 1:
                sentences.append((first, i if token in SENTENCE_ENDS else i + 1))
                first = i + 1
        prefixes = frozenset({token[:n] for token in set(tokens) for n in range(1, min(len(token), PREFIX_LIMIT) + 1)})
        return cls(tokens, " " + " ".join(tokens) + " ", tuple(starts), tuple(sentence_of), tuple(sentences),
                   prefixes)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Character span of a regex match in `text` -> token span [first, last + 1)."""
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        return first, max(bisect.bisect_left(self.starts, end), first + 1)

    def sentence(self, index: int) -> tuple[int, int]:
        """Token span of the sentence holding token `index` (without its end token)."""
        return self.sentences[self.sentence_of[index]]


@dataclass(frozen=True, eq=False)
class Speller:
    """Corrects misspelt long words towards the words the rules use ("temprature", "siezure").

    Only words of 7+ letters are corrected (one edit; two for 10+ letters), the first letter must
    agree, and words listed as known are left alone: short words have too many real neighbours
    ("fever"/"fewer"), so their common typos are listed in the rules' vocabulary instead.
    A dropped final g is put back in words of 5+ letters ("havin" -> "having") when that makes a
    word the rules or the profile use.
    """

    known: frozenset[str]
    buckets: dict[str, tuple[str, ...]]  # first letter -> long target words
    shorthand: Mapping[str, str] = field(default_factory=dict)  # "r" -> "are", read before anything else

    @classmethod
    def build(cls, targets: Iterable[str], known: Iterable[str] = (),
              shorthand: Mapping[str, str] | None = None) -> Speller:
        words = {w for w in targets if w.isalpha()}
        buckets: dict[str, list[str]] = {}
        for word in sorted(words):
            if len(word) >= 7:
                buckets.setdefault(word[0], []).append(word)
        return cls(frozenset(words | set(known)), {k: tuple(v) for k, v in buckets.items()},
                   dict(shorthand or {}))

    def joined(self, other: Speller) -> Speller:
        """One speller that knows both spellers' words, so two readers of a message can share
        its tokens (this one's shorthand wins a clash)."""
        letters = self.buckets.keys() | other.buckets.keys()
        return Speller(self.known | other.known,
                       {k: tuple(sorted({*self.buckets.get(k, ()), *other.buckets.get(k, ())})) for k in letters},
                       {**other.shorthand, **self.shorthand})

    def correct(self, tokens: list[str]) -> list[str]:
        fixed: dict[str, str] = {}
        out = []
        for token in tokens:
            if token not in fixed:
                fixed[token] = self._correct(token)
            out.append(fixed[token])
        return out

    def _correct(self, token: str) -> str:
        if token in self.shorthand:
            return self.shorthand[token]
        if len(token) >= 5 and token.endswith("in") and token + "g" in self.known:
            return token + "g"  # a dropped g: "havin", "gettin", "breathin"
        if len(token) < 6 or token in self.known or not token.isalpha():
            return token
        choices = self.buckets.get(token[0])
        if not choices:
            return token
        best = extractOne(token, choices, scorer=OSA.distance, score_cutoff=2)
        if best is None:
            return token
        word, distance = best[0], best[1]
        allowed = 2 if len(word) >= 10 else 1
        return word if distance <= allowed else token
