"""Which question a message asks: a learned reader of intents, beside the matcher.

A multinomial logistic regression over word stems and stem pairs (the shared features of
`bot/text/features.py`), with one class per information intent and one for everything we do not
answer. It is trained (`allbot train-intents`, bot/train_intents.py) on the intents' examples, the
everyday requests written for tuning, and the blind understanding sets whose first run is on
record, and read here without scikit-learn (`bot/text/linear.py`).

Its thresholds come from cross-validation that holds out one blind round at a time, so they are
set on phrasing the model never saw: an answer is given when P(outside) stays under
`outside_below` and the best intent reaches `answer_from`; a turn less sure than `alone_from` on
its own is read with the turns before it (their numbers, never their words, kept by the session),
and answered so only while P(outside) stays under `together_outside_below`. A turn with a word the
net never learnt is a subject of its own and is read alone.
It never touches safety: alerts come first, from the rules and the learned safety net.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from bot.content.model import Content
from bot.text import fuzzy
from bot.text.features import CLAUSE_ENDS
from bot.text.linear import LinearModel, Trace
from bot.text.stems import Stems

OUTSIDE = "outside"
# Information answers, and scope answers ("I only cover ALL"); small talk is the matcher's.
LEARNT_KINDS = ("info", "scope")


# Canonical text folds "ALL", "acute lymphoblastic leukaemia" and the word "all" into one "all".
# The net needs to know the disease was named: a word of its own is added when it was.
_ACRONYM = re.compile(r"\bALL\b")
DISEASE_NAMED = "lymphoblastic"
TURNS_BEFORE = 2  # a turn is read with at most the two before it (the session keeps their traces)
RESPELL_FROM = 5        # letters a word needs before a typo is mended (shorter words are too alike)
RESPELL_CUTOFF = 85.0   # rapidfuzz ratio between a word's stem and the learnt stem it is read as
NEW_WORD_FROM = 3       # letters a word needs to count as a subject of its own when the net never learnt it


def net_text(raw: str, canonical: str) -> str:
    """What the net reads of a turn: its canonical text, marked when the disease was named (the
    acronym in capitals in a message not all in capitals, or its full name)."""
    named = (_ACRONYM.search(raw) is not None and not raw.isupper()) or DISEASE_NAMED in raw.lower()
    return f"{canonical} {DISEASE_NAMED}" if named else canonical


@dataclass(frozen=True)
class Scored:
    intent_id: str          # the likeliest information intent
    probability: float      # its probability
    outside: float          # P(not a question we answer)
    runner_up: str | None   # the next likeliest intent
    runner_up_probability: float


@dataclass(frozen=True)
class IntentReading(Scored):
    answers: bool           # sure enough to answer with `intent_id`


@dataclass(frozen=True)
class Thresholds:
    outside_below: float    # an answer only while P(outside) stays under this
    answer_from: float      # ... and the best intent reaches this
    alone_from: float       # a turn this sure on its own is not read with the turns before it
    # Read with the turns before it, an answer only while P(outside) stays under this: stricter,
    # since the last topic's words outweigh a short turn's own ("thanks" after an answer).
    together_outside_below: float

    def answers(self, scored: Scored) -> bool:
        return scored.outside < self.outside_below and scored.probability >= self.answer_from

    def answers_together(self, scored: Scored) -> bool:
        return scored.outside < self.together_outside_below and scored.probability >= self.answer_from

    def choose(self, alone: Scored, together: Scored | None) -> IntentReading:
        """A turn read alone, or with the turns before it when alone it is not sure ("how long
        does that take?" after a question about the bone marrow test)."""
        if together is None:
            return IntentReading(**vars(alone), answers=self.answers(alone))
        # Alone only when it is sure and no less sure than with the turns before it: "is it used
        # much?" after CAR-T reads 0.70 alone (immunotherapy), 0.92 with the question before (CAR-T).
        sure_alone = self.answers(alone) and alone.probability >= max(self.alone_from, together.probability)
        if not sure_alone and self.answers_together(together):
            return IntentReading(**vars(together), answers=True)
        return IntentReading(**vars(alone), answers=self.answers(alone))


@dataclass(frozen=True, eq=False)
class IntentNet(LinearModel):
    thresholds: Thresholds
    corpus_sha256: str
    examples_sha256: str

    @classmethod
    def from_data(cls, data: dict[str, Any], stems: Stems | None = None) -> IntentNet:
        thresholds = Thresholds(float(data["outside_below"]), float(data["answer_from"]), float(data["alone_from"]),
                                float(data.get("together_outside_below", data["outside_below"])))
        return cls(**LinearModel.parts(data, stems), thresholds=thresholds,
                   corpus_sha256=str(data.get("corpus_sha256", "")),
                   examples_sha256=str(data.get("examples_sha256", "")))

    @classmethod
    def load(cls, path: Path | None = None, stems: Stems | None = None) -> IntentNet:
        return cls.from_data(LinearModel.data("bot", "intent_net.json", path), stems)

    @cached_property
    def _known_stems(self) -> tuple[str, ...]:
        return tuple(name[2:] for name in self.index if name.startswith("w:"))

    def respelled(self, text: str) -> str:
        """A word the net never learnt, written as the learnt word it is one or two letters from
        ("lumbar punture", "contageous"); other words as they are."""
        return " ".join(self._respell(word) for word in text.split())

    def _respell(self, word: str) -> str:
        if len(word) < RESPELL_FROM or not word.isalpha():
            return word
        stem = self.stems.stem(word)
        if f"w:{stem}" in self.index:
            return word
        found = fuzzy.process.extractOne(stem, self._known_stems, scorer=fuzzy.fuzz.ratio, score_cutoff=RESPELL_CUTOFF)
        return found[0] if found else word

    def new_words(self, text: str) -> bool:
        """Whether the text has a word of three letters or more the net never learnt ("solve",
        "verruca", "youtuber"): a subject of its own, which the turns before must not read into
        the last topic. Not the words the net reads as clause ends ("but", "then", "while"): it
        learns them as boundaries, never as words, and "but in children?" leans on the last topic."""
        return any(len(word) >= NEW_WORD_FROM and word.isalpha() and word not in CLAUSE_ENDS
                   and f"w:{self.stems.stem(word)}" not in self.index for word in text.split())

    def turn_text(self, raw: str, canonical: str) -> str:
        """A turn's text as the net reads it: marked where the disease was named, typos mended."""
        return self.respelled(net_text(raw, canonical))

    def read(self, text: str) -> IntentReading:
        """The net's reading of one message alone (`net_text` of its reading)."""
        return self.thresholds.choose(self.scored([self.trace(text)]), None)

    def read_turns(self, before: Sequence[Trace], now: Trace, alone: Scored | None = None) -> IntentReading:
        """A turn, read with the (at most two) turns before it when alone it is not sure
        (`alone`: its own reading, when the caller has it already)."""
        return self.thresholds.choose(alone or self.scored([now]), self.scored([*before, now]) if before else None)

    def scored(self, traces: Sequence[Trace]) -> Scored:
        probabilities = self.from_traces(traces)
        outside = probabilities.pop(OUTSIDE, 0.0)
        # The two likeliest, ties in class order, as heapq.nlargest gives them: a sort in C is quicker.
        first, second = sorted(probabilities, key=probabilities.__getitem__, reverse=True)[:2]
        return Scored(first, probabilities[first], outside, second, probabilities[second])


def examples_digest(content: Content) -> str:
    """The fingerprint of what the net learns from the content itself (the answers' ids, titles and
    examples, and the synonyms that make text canonical): `allbot validate` compares it with the
    shipped net's without the training data, which only a checkout has."""
    learnt = [(i.id, i.title, list(i.examples)) for i in content.intents if i.kind in LEARNT_KINDS]
    text = json.dumps([learnt, content.synonyms], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def stale_for(content: Content) -> bool:
    """Whether the shipped net was trained on other examples or synonyms than `content`'s."""
    return shipped_intent_net().examples_sha256 != examples_digest(content)


@cache
def shipped_intent_net() -> IntentNet:
    """The intent net shipped in the package, read once per process, when first asked for."""
    return IntentNet.load()
