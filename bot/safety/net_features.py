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
# Words that say who is ill and with what, not what is happening: nearly every red flag written for
# training names the treatment, so alone they read as urgent ("my son is on chemo"). A message of
# only these and NO_EVIDENCE words is not read (`has_evidence`).
CONTEXT_WORDS = frozenset({"chemo", "chemos", "chemotherapy", "maintenance", "maintainance", "induction",
                           "consolidation", "intensification", "treatment", "treatments", "leukaemia", "leukemia",
                           "leukimia", "lukemia", "lukaemia", "leukaemias", "lymphoblastic", "diagnosed",
                           "diagnosis", "oncology", "haematology", "hematology", "oncologist", "haematologist",
                           "hematologist", "remission"})


# Words that carry no sign of anything happening: who, when, small words, greetings. A message (or
# a window of one) made only of these and context words gives the net nothing to read, and a
# linear model's tf-idf makes a lone word count in full ("on" alone read as urgent).
NO_EVIDENCE = frozenset({
    "i", "im", "ive", "id", "me", "my", "we", "were", "weve", "us", "our", "he", "hes", "him", "his", "she", "shes",
    "her", "hers", "they", "theyre", "them", "their", "it", "its", "you", "your", "a", "an", "the", "this", "that",
    "these", "those", "is", "are", "am", "was", "be", "been", "being", "has", "have", "had", "having", "do", "does",
    "did", "done", "got", "get", "getting", "just", "now", "still", "also", "too", "very", "so", "and", "or", "but",
    "on", "in", "at", "to", "for", "of", "with", "from", "by", "about", "all", "s", "yes", "yeah", "yep", "no", "nope",
    "ok", "okay", "thanks", "thank", "thx", "hi", "hello", "hey", "son", "daughter", "child", "kid", "kids", "boy",
    "girl", "baby", "toddler", "teen", "teenager", "husband", "wife", "partner", "mum", "mom", "dad", "brother",
    "sister", "grandson", "granddaughter", "year", "years", "yr", "yrs", "old", "yo", "aged", "age", "month",
    "months", "week", "weeks", "day", "days", "today", "tomorrow", "yesterday", "since", "last", "next", "ago",
    "started", "start", "starting", "finished", "finish", "off", "post", "block", "cycle", "phase",
    "hospital", "ward", "home", "clinic", "appointment", "b", "t", "cell"})


def has_evidence(tokens: Sequence[str]) -> bool:
    """Whether the tokens hold any word that could be a sign (or a number): see NO_EVIDENCE."""
    return any(t not in NO_EVIDENCE and t not in CONTEXT_WORDS and t not in SENTENCE_ENDS and t not in CLAUSE_ENDS
               for t in tokens)


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
        band = temperature_band(token)
        if band:
            out.append(f"t:{band}")
        padded = f"<{token}>"
        for size in CHAR_SIZES:
            out.extend(f"c:{padded[i:i + size]}" for i in range(len(padded) - size + 1))
    return out
