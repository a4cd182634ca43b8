"""Basic text -> the tokens every pattern reads, each with its stem.

The scan does not read `canonical` text: its synonym list belongs to the matcher and may change,
and the scan must not lose "38.4", "101.2f" or sentence ends. So it tokenises `basic` text itself:

>>> Tokens.from_basic("she's 38,4 degrees c. can't breathe!").tokens
('shes', '38.4', 'degrees', 'c', '.', 'cant', 'breathe', '.')

Sentence ends become "." or "?" tokens and commas stay as "," (negation and "if" scopes stop
there); a "." is always appended so patterns can anchor on the end of the message.

Patterns read `text`, where each token is written with its stem, " word/stem":

>>> Tokens.from_basic("he bled").text
' he/he bled/bleed ./. '

so a rule word matches every form of itself ("bleed" matches "bled", "bleeds", "bleeding")
while `plain` keeps " word word " for readers that want the words as typed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.text.speller import Speller
from bot.text.spoken import STARTS, spoken_numbers
from bot.text.stems import Stems

_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['`](?=[^\W\d_])")
_COMMA_DECIMAL = re.compile(r"(?<![\d,.])(\d{2,3}),(\d{1,2})(?![\d,])")  # "38,4" but not "1,000"
_AMPERSAND = re.compile(r"(?<=[^\W\d_])&(?=[^\W\d_])")                   # "a&e" -> "ae"
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")                              # "feeeever" -> "feever"
_YORKSHIRE_THE = re.compile(r"(?<![^\W\d_])t['`]([^\W\d_]+)")             # "t'car" -> "the car"
# Letters with a stop after each, as abbreviations are written ("e.g.", "i.e."): one word, not
# sentence ends ("which signs mean we should ring? e.g. black poo" lists what it asks about).
_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}(?![\w])")
# Text-speak with a digit in the word, which the tokeniser would split ("every1" -> "every", "1").
# Single words only; "4" and "2" alone stay numbers ("4 times", "day 2").
_DIGIT_WORDS = {"every1": "everyone", "any1": "anyone", "some1": "someone", "sum1": "someone",
                "no1": "noone", "b4": "before", "2day": "today", "2nite": "tonight", "2night": "tonight",
                "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow", "4ever": "forever",
                "4eva": "forever", "l8r": "later", "w8": "wait"}
_DIGIT_SPEAK = re.compile(r"(?<![\w.])(?:" + "|".join(_DIGIT_WORDS) + r")(?![\w.])")
_SPEAK_DIGITS = "".join(sorted({ch for word in _DIGIT_WORDS for ch in word if ch.isdigit()}))  # "1248"
# A dash with space either side ("lost the card - his poo is black") parts clauses as a comma does.
TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+|[.!?;:\n]+|,|(?<!\S)-+(?!\S)")
_BOUNDARY = {".", "?", ","}
SENTENCE_ENDS = frozenset({".", "?"})
PREFIX_LIMIT = 20  # token starts kept for trigger look-ups; longer trigger words are cut to this


@dataclass(frozen=True, eq=False)
class Tokens:
    """Tokens of one message with their stems, as " word/stem " text for the patterns."""

    tokens: tuple[str, ...]
    stems: tuple[str, ...]
    text: str                     # " word/stem word/stem . " : what patterns read
    plain: str                    # " word word . "
    starts: tuple[int, ...]       # offset in `text` of each token's leading space
    sentence_of: tuple[int, ...]  # index into `sentences` for each token
    sentences: tuple[tuple[int, int], ...]  # token span of each sentence, without its end token
    prefixes: frozenset[str]      # every start of every token and stem, up to PREFIX_LIMIT
    words: tuple[str, ...]        # the tokens before typos were mended: what the learned safety net reads

    @classmethod
    def from_basic(cls, basic: str, speller: Speller | None = None, stems: Stems | None = None) -> Tokens:
        words = words_of(basic)  # the speller mends typos last (`words_of`), so both readings come from one
        if speller is None:
            return cls.from_tokens(words, stems, words)
        return cls.from_tokens(speller.correct(_the_read(words, basic)), stems, words)

    @classmethod
    def from_tokens(cls, tokens: Iterable[str], stems: Stems | None = None,
                    words: Iterable[str] | None = None) -> Tokens:
        tokens = tuple(tokens)
        stemmed = tuple((stems or Stems.english()).stems(tokens))
        starts, offset = [], 0
        sentence_of, sentences, first = [], [], 0
        for i, (token, stem) in enumerate(zip(tokens, stemmed, strict=True)):
            starts.append(offset)
            offset += len(token) + len(stem) + 2
            sentence_of.append(len(sentences))
            if token in SENTENCE_ENDS or i == len(tokens) - 1:
                sentences.append((first, i if token in SENTENCE_ENDS else i + 1))
                first = i + 1
        prefixes = frozenset({word[:n] for word in {*tokens, *stemmed}
                              for n in range(1, min(len(word), PREFIX_LIMIT) + 1)})
        text = " " + " ".join(f"{t}/{s}" for t, s in zip(tokens, stemmed, strict=True)) + " "
        return cls(tokens, stemmed, text, " " + " ".join(tokens) + " ", tuple(starts), tuple(sentence_of),
                   tuple(sentences), prefixes, tokens if words is None else tuple(words))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Character span of a regex match in `text` -> token span [first, last + 1)."""
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        return first, max(bisect.bisect_left(self.starts, end), first + 1)

    def sentence(self, index: int) -> tuple[int, int]:
        """Token span of the sentence holding token `index` (without its end token)."""
        return self.sentences[self.sentence_of[index]]


def _pauses(stop: str, after: list[str]) -> bool:
    """An ellipsis is a pause inside a sentence ("what if... he has a fit while he stays with us"),
    unless "I" opens what follows, which then most often starts a sentence of its own ("chest
    pain, fits, fever... I want to make a list")."""
    return stop.startswith("..") and stop.strip(".") == "" and after != ["i"]


def words_of(basic: str, speller: Speller | None = None) -> list[str]:
    """The words, numbers and boundaries of basic text, spoken numbers read and typos corrected."""
    text = basic  # each rewrite runs only when its character is there (most messages lack them)
    if "'" in text or "`" in text:
        text = _APOSTROPHE.sub("", text)
    if "&" in text:
        text = _AMPERSAND.sub("", text)
    if "," in text:
        text = _COMMA_DECIMAL.sub(r"\1.\2", text)
    text = _STRETCHED.sub(r"\1\1", text)
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)
    if any(digit in text for digit in _SPEAK_DIGITS):  # every text-speak word has one of these digits
        text = _DIGIT_SPEAK.sub(lambda m: _DIGIT_WORDS[m.group()], text)
    raw: list[str] = []
    found = TOKEN_RE.findall(text)
    for n, token in enumerate(found):
        if token[0] in ".!?;:\n":
            token = "?" if "?" in token else "," if _pauses(token, found[n + 1:n + 2]) else "."
        elif token[0] == "-":
            token = ","
        if token in _BOUNDARY and raw and raw[-1] in _BOUNDARY:
            if token == "," or raw[-1] != ",":
                continue  # ". ," or "? ." -> keep the first sentence end
            raw.pop()
        raw.append(token)
    if raw and raw[-1] == ",":
        raw.pop()  # a message that trails off ("he is 12 now...") ends there
    if not raw or raw[-1] not in SENTENCE_ENDS:
        raw.append(".")
    if not STARTS.isdisjoint(raw):  # before spelling: "thirty" is not a typo of "thirsty"
        raw = spoken_numbers(raw)
    if speller is not None:
        raw = speller.correct(raw)
    return raw


def _the_read(words: list[str], basic: str) -> list[str]:
    """Yorkshire "t'" read as "the" ("t'car said 41 on the dash" is the car's): for the readers
    that spell, after the shared split, so the learned net's words stay the ones it was trained on.

    >>> _the_read(["tcar", "said", "41", "."], "t'car said 41")
    ['the', 'car', 'said', '41', '.']
    """
    if "t'" not in basic and "t`" not in basic:
        return words  # most messages
    joined = {"t" + rest for rest in _YORKSHIRE_THE.findall(basic)}
    return [part for word in words for part in (("the", word[1:]) if word in joined else (word,))]
