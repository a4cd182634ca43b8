"""What the learned safety net reads in a message: word stems, stem pairs and letter groups.

One function for training (scikit-learn calls it as the vectoriser's analyser) and for the run
time reader, so both see exactly the same features. It uses only the shared text reading (basic
text, tokens, stems), never the rules' vocabulary or speller: the second net stays independent of
the first. Letter groups (3 and 4 letters inside a word) let it read typos it never saw.

>>> from bot.text.stems import Stems
>>> feats = features("He bled!", Stems.english())
>>> [f for f in feats if not f.startswith("c:")]
['w:he', 'w:bleed', 'b:he_bleed']
>>> [f for f in features("no fever, but hot", Stems.english()) if f[0] in "wn"]
['w:no', 'n:fever', 'w:hot']
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.normalise import basic
from bot.text.stems import Stems
from bot.text.tokens import SENTENCE_ENDS, words_of

CHAR_SIZES = (3, 4)
# A negation marks the words after it, up to the clause's end ("no fever" is not "fever"): the
# NegEx idea in a form a linear model can use.
NEGATORS = frozenset({"no", "not", "never", "without", "nor", "hasnt", "hadnt", "havent", "doesnt", "dont",
                      "didnt", "isnt", "wasnt", "arent", "werent", "wont", "cant", "nothing", "none"})
CLAUSE_ENDS = frozenset({",", "but", "and", "so", "because", "though", "although", "then", "while"})


def features(text: str, stems: Stems) -> list[str]:
    return token_features(words_of(basic(text)), stems)


def token_features(tokens: Sequence[str], stems: Stems) -> list[str]:
    """The features of text already read into tokens (`words_of`)."""
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
        padded = f"<{token}>"
        for size in CHAR_SIZES:
            out.extend(f"c:{padded[i:i + size]}" for i in range(len(padded) - size + 1))
    return out
