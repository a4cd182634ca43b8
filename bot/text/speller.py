"""Typo correction towards the words the rules and the profile use.

A word is left alone when it is a target, one of the 40,000 most common English words
(`common_words.txt`, from wordfreq: "fewer" is no typo of "fever"), or listed as known. Else:
- long words (6+ letters) take the nearest target with the same first letter, one edit away
  (two for 10+ letters): "temprature", "siezure", "bleedng";
- short words (3-5 letters) only a typo that cannot be a substitution: one letter missing or added
  ("fevr" -> "fever"), two letters swapped ("feevr"), or, for 3 letters, a doubled letter
  dropped ("kil" -> "kill"). A substitution in a short word too often makes another real word.

Before any of that, a word typed twice for weight is read once ("small small"), and the shorthand
reads text-speak and dialect: one typed word as one ("r" -> "are"), or two as one or two ("shell no"
-> "she wont").

Targets include the regular forms of each rule word ("bleed": bleeds, bleeding, bleeded), so a
typo of any form finds its word; the stemmer then joins the forms.

>>> speller = Speller.build(["fever", "kill", "bleed", "temperature"])
>>> speller.correct(["fevr", "kil", "fewer", "bleedng", "temprature"])
['fever', 'kill', 'fewer', 'bleeding', 'temperature']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from bot.packaged import package_file
from bot.text import fuzzy
from bot.text.stems import Stems

LONG = 6         # words this long are corrected by edit distance
LONGER = 10      # words this long may be two edits away
SHORTEST = 3     # shorter words are never corrected


@cache
def common_words() -> frozenset[str]:
    """The shipped list of common English words (read once per process)."""
    text = package_file("bot.text", "common_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def forms(word: str) -> set[str]:
    """Regular forms of a word, real or not: they only need to stem like the word does."""
    found = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        found |= {word + "d", word[:-1] + "ing"}
    return found


@dataclass(frozen=True, eq=False)
class Speller:
    known: frozenset[str]                # targets and words never corrected
    buckets: dict[str, tuple[str, ...]]  # first letter -> target words (with their forms)
    shorthand: Mapping[str, str] = field(default_factory=dict)  # "r" -> "are", read before anything else
    # two typed words read as one or two, before the shorthand: Scots "shell no" -> "she wont"
    pairs: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, targets: Iterable[str], known: Iterable[str] = (),
              shorthand: Mapping[str, str] | None = None, stems: Stems | None = None) -> Speller:
        words = {w for w in targets if w.isalpha()}
        stems = stems or Stems.english()
        # A form that stems apart from its word is no form of it ("bled" + "ing").
        expanded = {f for w in words for f in forms(w) if stems.stem(f) == stems.stem(w)}
        buckets: dict[str, list[str]] = {}
        for word in sorted(expanded):
            buckets.setdefault(word[0], []).append(word)
        single = {k: v for k, v in (shorthand or {}).items() if " " not in k}
        pairs = {tuple(k.split()): tuple(v.split()) for k, v in (shorthand or {}).items() if " " in k}
        return cls(frozenset(words | set(known)), {k: tuple(v) for k, v in buckets.items()}, single, pairs)

    def joined(self, other: Speller) -> Speller:
        """One speller that knows both spellers' words, so two readers of a message can share
        its tokens (this one's shorthand wins a clash)."""
        letters = self.buckets.keys() | other.buckets.keys()
        return Speller(self.known | other.known,
                       {k: tuple(sorted({*self.buckets.get(k, ()), *other.buckets.get(k, ())})) for k in letters},
                       {**other.shorthand, **self.shorthand}, {**other.pairs, **self.pairs})

    def correct(self, tokens: list[str]) -> list[str]:
        tokens = self._read_pairs(tokens)
        fixed: dict[str, str] = {}
        out = []
        for token in tokens:
            if token not in fixed:
                fixed[token] = self._correct(token)
            out.append(fixed[token])
        return out

    def _read_pairs(self, tokens: list[str]) -> list[str]:
        """The pairs read, and a word said twice for weight read once: "small small urine", "hot hot"."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            if i + 1 < len(tokens) and tokens[i] == tokens[i + 1] and tokens[i].isalpha():
                i += 1
                continue
            read = self.pairs.get((tokens[i], tokens[i + 1])) if i + 1 < len(tokens) else None
            if read is None:
                out.append(tokens[i])
                i += 1
            else:
                out.extend(read)
                i += 2
        return out

    def _correct(self, token: str) -> str:
        if token in self.shorthand:
            return self.shorthand[token]
        if len(token) >= 5 and token.endswith("in") and token + "g" in self.known:
            return token + "g"  # a dropped g: "havin", "gettin", "breathin"
        if len(token) < SHORTEST or token in self.known or not token.isalpha() or token in common_words():
            return token
        choices = self.buckets.get(token[0])
        if not choices:
            return token
        if len(token) >= LONG:
            near = fuzzy.process.extract(token, choices, scorer=fuzzy.distance.OSA.distance, score_cutoff=2, limit=None)
            near = [(word, distance) for word, distance, _ in near if distance <= (2 if len(word) >= LONGER else 1)]
            if not near:
                return token
            # Nearest first; between equals, two letters swapped ("balcked" is "blacked", not
            # "backed"), then the rules' own word over a made-up form of one ("bleding" is
            # "bleeding", not "blading" from "blade"), then the same length.
            return min(near, key=lambda pair: (pair[1], sorted(pair[0]) != sorted(token), pair[0] not in self.known,
                                                abs(len(pair[0]) - len(token)), pair[0]))[0]
        return _short_fix(token, choices) or token


def _short_fix(token: str, choices: tuple[str, ...]) -> str | None:
    """The target a short word is a non-substitution typo of; two letters swapped wins over one
    missing or added ("wehre" is "where", not "were")."""
    swapped, other = [], []
    distance = fuzzy.distance
    for word in choices:
        if abs(len(word) - len(token)) > 1 or word == token:
            continue
        if len(token) == SHORTEST:
            # Only a doubled letter dropped: "kil" -> "kill".
            if len(word) == 4 and any(word[:i] + word[i + 1:] == token and word[i] == word[i - 1]
                                      for i in range(1, 4)):
                other.append(word)
        elif len(word) == len(token) and distance.OSA.distance(token, word) == 1 and sorted(word) == sorted(token):
            swapped.append(word)
        elif distance.Indel.distance(token, word) == 1:
            other.append(word)
    return (swapped or other or [None])[0]
