"""What "it" points back to: a body topic carried from one turn to the next.

"his poo looked odd this morning" then "it was black and sticky": the second turn names no poo,
so no rule can read it alone. A turn that opens a sentence with a pointer ("it", "that", "they")
is read a second time with the pointer replaced by the body topic the last turns talked about
("poo was black and sticky"). The topic is a word from this closed list, never the person's text,
so it can be kept in the session state like the profile.

    carry:
      pointers: [it, that, they, ...]       # words that point back when they open a sentence
      lead_ins: [and, oh, well, ...]        # words that may come before the pointer
      topics: {poo: ["{poo}", stool], ...}  # topic word -> phrases that mention it
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.text.phrases import PhraseCompiler, PhrasePattern
from bot.text.tokens import Tokens

# A contraction that points back stands for the pointer and its verb: "its black" -> "poo is black".
_VERB_OF = {"its": "is", "thats": "is", "theyre": "are", "theyve": "have", "thatll": "will", "itll": "will"}
CARRY_KEYS = {"pointers", "lead_ins", "topics", "turns"}


@dataclass(frozen=True, eq=False)
class Carry:
    pointers: frozenset[str]
    lead_ins: frozenset[str]
    topics: tuple[tuple[str, PhrasePattern], ...]
    turns: int  # how many turns a topic stays in mind without being named again

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None, compiler: PhraseCompiler) -> Carry:
        data = data or {}
        topics = tuple((str(word), compiler.compile_all([str(p) for p in phrases]))
                       for word, phrases in (data.get("topics") or {}).items())
        return cls(frozenset(data.get("pointers") or ()), frozenset(data.get("lead_ins") or ()), topics,
                   int(data.get("turns", 2)))

    def topic_of(self, tokens: Tokens) -> str | None:
        """The body topic the message names last, if any."""
        best: tuple[int, str] | None = None
        for word, pattern in self.topics:
            for match in pattern.finditer(tokens):
                if best is None or match.start() > best[0]:
                    best = (match.start(), word)
        return best[1] if best else None

    def resolved(self, tokens: Tokens, topic: str) -> str | None:
        """The sentences that open with a pointer, each with the pointer replaced by `topic`, or
        None when none does. Only those sentences: the rest of the message was read as it is, and
        a pointer that dates what came before ("that was a year ago") must keep doing so there."""
        words, found = tokens.tokens, []
        for first, last in tokens.sentences:
            at = first
            while at < last and words[at] in self.lead_ins:
                at += 1
            if at < last and words[at] in self.pointers:
                verb = _VERB_OF.get(words[at])
                found.append(" ".join([topic, *([verb] if verb else []), *words[at + 1:last]]) + " .")
        return " ".join(found) if found else None
