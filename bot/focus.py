"""Find the question inside a long message: people often give context first
("my son was diagnosed last month and we are still reeling...") and ask at the end."""

from __future__ import annotations

import re

QUESTION_WORDS = ("what", "whats", "how", "why", "when", "where", "which", "who")
_ASKING = (*QUESTION_WORDS, "can", "could", "is", "are", "does", "do", "should", "will", "would")
_BREAKS = re.compile(r"[.?!;:\n]+|,\s+(?=(?:so|but|and|what|how|why|when|can|could|is|are|does|do|should|will)\b)")
_ASKS = re.compile(rf"\b(?:{'|'.join(_ASKING)})\b")


# A question inside a run-on message with no "?": "my 7 yr old has ALL what is maintenance".
# "when", "which" and "who" also join clauses ("when he was 2 ..."), so they count only at a start.
_INNER_QUESTION = re.compile(r"\b(?:what|whats|how|why|where)\b(?! (?:\w+ )?(?:said|told|say|says|mean|meant)\b)")


def holds_question(text: str, basic: str) -> bool:
    """Whether a message asks something anywhere in it, with or without a question mark.

    >>> holds_question("my 7 yr old has ALL what is maintenance", "my 7 yr old has all what is maintenance")
    True
    >>> holds_question("my daughter is in maintenance", "my daughter is in maintenance")
    False
    """
    if "?" in text or opens_as_question(basic):
        return True
    return any(opens_as_question(part.strip()) for part in _BREAKS.split(basic) if part) or \
        _INNER_QUESTION.search(basic) is not None


def opens_as_question(basic: str) -> bool:
    """Whether a message starts the way a question does ("how long...", "is it...")."""
    return _ASKS.match(basic) is not None


def question_parts(basic: str, min_words: int = 3) -> list[str]:
    """Sentences of a message that look like questions, last first; [] for a one-sentence message.

    >>> question_parts("my son was diagnosed last week. how long is maintenance?")
    ['how long is maintenance']
    """
    parts = [p.strip() for p in _BREAKS.split(basic) if p and p.strip()]
    if len(parts) < 2:
        return []
    asking = [p for p in parts if len(p.split()) >= min_words and _ASKS.search(p)]
    chosen = asking or [parts[-1]]
    return list(reversed(chosen))[:3]
