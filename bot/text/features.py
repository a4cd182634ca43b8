"""What the learned readers see in a message: word stems, stem pairs and letter groups.

One function for training (scikit-learn calls it as the vectoriser's analyser) and for the run
time readers (the learned safety net, the intent net), so both sides see exactly the same features.
It uses only the shared text reading (basic text, tokens, stems), never the safety rules'
vocabulary or speller, nor the matcher's index. Letter groups (3 and 4 letters inside a word) let
a model read typos it never saw.

>>> from bot.text.stems import Stems
>>> feats = features("He bled!", Stems.english())
>>> [f for f in feats if not f.startswith("c:")]
['w:he', 'w:bleed', 'b:he_bleed']
>>> [f for f in features("no fever, but hot", Stems.english()) if f[0] in "wn"]
['w:no', 'n:fever', 'w:hot']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.normalise import basic
from bot.text.stems import Stems
from bot.text.tokens import SENTENCE_ENDS, words_of

CHAR_SIZES = (3, 4)
# A negation marks the words after it, up to the clause's end ("no fever" is not "fever"): the
# NegEx idea in a form a linear model can use.
NEGATORS = frozenset({"no", "not", "never", "without", "nor", "hasnt", "hadnt", "havent", "doesnt", "dont",
                      "didnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "nothing", "none"})
CLAUSE_ENDS = frozenset({",", "but", "and", "so", "because", "though", "although", "then", "while"})

# Where a number falls if it is a body temperature, so the net can learn "at or over 37.5 C / 99.5 F"
# rather than digit strings ("99.1F, not a fever yet" shares "99." with "99.8F").
_BANDS = ((34.0, 37.5, "c_normal"), (37.5, 43.5, "c_fever"), (93.0, 99.5, "f_normal"), (99.5, 110.0, "f_fever"))


def temperature_band(token: str) -> str | None:
    """The band of a number read as a temperature; None for other tokens.

    >>> [temperature_band(t) for t in ("38.2", "37.4", "99.1", "101", "12", "fever")]
    ['c_fever', 'c_normal', 'f_normal', 'f_fever', None, None]
    """
    if not token[:1].isdigit():
        return None
    try:
        value = float(token)
    except ValueError:
        return None
    return next((name for low, high, name in _BANDS if low <= value < high), None)


def features(text: str, stems: Stems, letters: bool = True) -> list[str]:
    return token_features(words_of(basic(text)), stems, letters)


def token_features(tokens: Sequence[str], stems: Stems, letters: bool = True) -> list[str]:
    """The features of text already read into tokens (`words_of`); without letter groups for a
    reader that learnt none (the intent net)."""
    stemmed = stems.stems(tokens)
    out: list[str] = []
    previous: str | None = None
    negated = False
    for token, stem in zip(tokens, stemmed, strict=True):
        if token in SENTENCE_ENDS or token in CLAUSE_ENDS:
            if token == "?":
                out.append("w:?")  # asking is a strong sign of a question for information
            negated = False
            if token != "and":
                previous = None
                continue
        out.append(f"n:{stem}" if negated else f"w:{stem}")
        negated = negated or token in NEGATORS
        if previous is not None:
            out.append(f"b:{previous}_{stem}")
        previous = stem
        band = temperature_band(token)
        if band:
            out.append(f"t:{band}")
        if letters:
            out.extend(_letter_groups(token))
    return out


@lru_cache(maxsize=8192)
def _letter_groups(token: str) -> tuple[str, ...]:
    """A token's letter groups, worked out once per word: most words of a message are common ones."""
    padded = f"<{token}>"
    return tuple(f"c:{padded[i:i + size]}" for size in CHAR_SIZES for i in range(len(padded) - size + 1))
