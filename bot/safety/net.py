"""The learned safety net: a second reader of every message, independent of the rules.

A logistic regression over tf-idf weighted features (`bot/text/features.py`, read by
`bot/text/linear.py`), trained with scikit-learn
on `training/safety/` (`allbot train-safety`) and shipped as plain JSON (`net.json`), read here
without scikit-learn or numpy. tests/test_safety_net.py proves it gives scikit-learn's
probabilities. It predicts a level; thresholds come from cross-validation on the training corpus.

A long message is read a few sentences at a time (a red flag must not be diluted by a page of
other words), and the highest level of any window counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.normalise import basic
from bot.reply import level_rank
from bot.safety.net_features import has_evidence
from bot.text.linear import LinearModel, Trace
from bot.text.stems import Stems
from bot.text.tokens import SENTENCE_ENDS, words_of

ALERT_LEVELS = ("emergency", "urgent", "soon")  # highest first
WINDOW_SENTENCES = 3
WHOLE_TOKENS = 60  # messages up to this many tokens are read whole


@dataclass(frozen=True)
class NetReading:
    level: str                        # none | soon | urgent | emergency
    probabilities: Mapping[str, float]
    trace: Trace                      # the whole message's numbers


@dataclass(frozen=True, eq=False)
class SafetyNet(LinearModel):
    thresholds: Mapping[str, float]  # level -> least P(this level or higher) that raises it
    corpus_sha256: str

    @classmethod
    def from_data(cls, data: Mapping[str, Any], stems: Stems | None = None) -> SafetyNet:
        return cls(**LinearModel.parts(data, stems), thresholds=dict(data["thresholds"]),
                   corpus_sha256=str(data.get("corpus_sha256", "")))

    @classmethod
    def load(cls, path: Path | None = None, stems: Stems | None = None) -> SafetyNet:
        return cls.from_data(LinearModel.data("bot.safety", "net.json", path), stems)

    def level_of(self, probabilities: Mapping[str, float]) -> str:
        return level_of(probabilities, self.thresholds)

    def read(self, text: str, words: Sequence[str] | None = None) -> NetReading:
        """The net's level for a message, read in windows of a few sentences when it is long,
        with the whole message's trace (for reading later turns together with this one).
        `words`: `words_of(basic(text))`, when the caller has read them already (`Message.net_words`)."""
        tokens = words_of(basic(text)) if words is None else words  # read once, for the whole and for its windows
        whole = self.token_trace(tokens)
        pieces = token_windows(tokens)
        best: NetReading | None = None
        for piece in pieces:
            if not has_evidence(piece):
                continue  # only who, when and small words: nothing to read ("she's on maintenance")
            probabilities = self.from_traces([whole if len(pieces) == 1 else self.token_trace(piece)])
            reading = NetReading(self.level_of(probabilities), probabilities, whole)
            if best is None or level_rank(reading.level) > level_rank(best.level):
                best = reading
        return best or NetReading("none", {}, whole)


def level_of(probabilities: Mapping[str, float], thresholds: Mapping[str, float]) -> str:
    """The highest level whose probability, with the levels above it, reaches its threshold.
    An urgent reading that is also fairly likely an emergency is raised to emergency
    (`escalate`): under-triage is the worse error, and it adds no alarm on a benign message."""
    cumulative = 0.0
    for level in ALERT_LEVELS:
        cumulative += probabilities.get(level, 0.0)
        if cumulative >= thresholds[level]:
            if level == "urgent" and probabilities.get("emergency", 0.0) >= thresholds.get("escalate", 1.0):
                return "emergency"
            return level
    return "none"


def windows(text: str) -> list[str]:
    """The pieces a message is read in, as text."""
    return [" ".join(piece) for piece in token_windows(words_of(basic(text)))]


def token_windows(tokens: Sequence[str]) -> Sequence[Sequence[str]]:
    """The whole message's tokens when short, else overlapping runs of WINDOW_SENTENCES sentences."""
    if len(tokens) <= WHOLE_TOKENS:
        return [tokens]
    sentences: list[list[str]] = [[]]
    for token in tokens:
        sentences[-1].append(token)
        if token in SENTENCE_ENDS:
            sentences.append([])
    sentences = [s for s in sentences if s]
    step = max(1, WINDOW_SENTENCES - 1)
    return [[t for s in sentences[i:i + WINDOW_SENTENCES] for t in s]
            for i in range(0, max(1, len(sentences) - 1), step)]


@cache
def shipped_net() -> SafetyNet:
    """The net shipped in the package, read once per process. It is kept out of the build cache:
    its JSON loads faster than the cache could rebuild 30,000 features."""
    return SafetyNet.load()
