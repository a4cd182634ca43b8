"""Word stems: the one reading of word forms that the rules, the profile and the learned net share.

Snowball's English stemmer (PyStemmer, a maintained C implementation) joins regular forms; a small
table (`irregular.txt`) joins the forms it cannot ("bled" -> "bleed", "threw" -> "throw").

>>> stems = Stems.english()
>>> [stems.stem(w) for w in ("killing", "killed", "bled", "breathes", "breathing")]
['kill', 'kill', 'bleed', 'breath', 'breath']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

import Stemmer

from bot.packaged import package_file

CACHE_LIMIT = 50_000  # distinct words remembered; past this the cache is cleared (hostile input)


@cache
def irregular_forms() -> dict[str, str]:
    """The shipped table of irregular forms: form -> base word (read once per process; callers copy)."""
    table: dict[str, str] = {}
    for line in package_file("bot.text", "irregular.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            form, base = line.split()
            table[form] = base
    return table


class Stems:
    """Stems words, remembering each answer. Holds only plain data (the irregular table and the
    answers so far), so the build cache can store it; the C stemmer is made for each batch of new
    words, which is cheap and keeps threads apart (one stemmer must not be shared by threads)."""

    __slots__ = ("_cache", "_irregular")

    def __init__(self, irregular: Mapping[str, str]) -> None:
        self._irregular = dict(irregular)
        self._cache: dict[str, str] = {}

    @classmethod
    def english(cls) -> Stems:
        """One English stemmer per process: every reader of a turn shares its cache, and the learned
        readers share the features they work out from it (bot/text/linear.py)."""
        return _english()

    def stem(self, word: str) -> str:
        found = self._cache.get(word)
        return found if found is not None else self.stems([word])[0]

    def stems(self, words: Iterable[str]) -> list[str]:
        words = list(words)
        cache = self._cache
        missing = [w for w in dict.fromkeys(words) if w not in cache]
        if missing:
            if len(cache) > CACHE_LIMIT:
                cache.clear()
            bases = [self._irregular.get(w, w) for w in missing]
            stemmed = Stemmer.Stemmer("english").stemWords(bases)
            for word, base, stem in zip(missing, bases, stemmed, strict=True):
                # Numbers and punctuation stand for themselves.
                cache[word] = stem if base.isalpha() else base
        return [cache[w] for w in words]


@cache
def _english() -> Stems:
    return Stems(irregular_forms())
