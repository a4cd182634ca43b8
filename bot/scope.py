"""Whether a question is ours to answer: a second look before the matcher's answer is given.

The matcher finds the intent that shares most with a message, and an everyday request can share
enough ("what's the best laptop for students" and the questions about school). The scope net is a
logistic regression trained on the intents' own examples against everyday requests and questions
about other illnesses (`allbot train-scope`, bot/train_scope.py), read here without scikit-learn
(`bot/text/linear.py`). When it reads a message as outside with at least `threshold` probability,
an information answer is not given and the person gets the usual "I can't help with that here".
The threshold comes from cross-validation on its training data: it turns down at most one in four
hundred of the intents' own examples, out of fold. It never touches safety: alerts come first,
from the rules and the learned safety net, whatever this says.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.content.model import Content
from bot.normalise import basic
from bot.text.features import token_features
from bot.text.linear import LinearModel, Trace
from bot.text.stems import Stems
from bot.text.tokens import words_of

OUTSIDE = "outside"
# Words that ask, point or join. The scope net reads a message without them: whether a question is
# ours is in its topic words, and everyday requests ask in other ways than our examples do ("whats
# a TKI" would read as outside for its "whats" alone).
ASKING_WORDS = frozenset({
    "what", "whats", "how", "hows", "why", "when", "where", "who", "which", "is", "are", "was", "were", "be", "s",
    "do", "doe", "does", "did", "can", "could", "will", "would", "should", "a", "an", "the", "it", "its", "this",
    "that", "i", "me", "my", "you", "your", "we", "our", "he", "she", "his", "her", "they", "their", "of", "to",
    "in", "for", "on", "and", "or", "with", "about", "mean", "tell", "explain"})


@dataclass(frozen=True, eq=False)
class ScopeNet(LinearModel):
    threshold: float        # least P(outside) that turns an answer down
    corpus_sha256: str
    examples_sha256: str    # the intents' examples it was trained on (`stale_for`)

    @classmethod
    def from_data(cls, data: dict[str, Any], stems: Stems | None = None) -> ScopeNet:
        return cls(**LinearModel.parts(data, stems), threshold=float(data["threshold"]),
                   corpus_sha256=str(data.get("corpus_sha256", "")),
                   examples_sha256=str(data.get("examples_sha256", "")))

    @classmethod
    def load(cls, path: Path | None = None, stems: Stems | None = None) -> ScopeNet:
        return cls.from_data(LinearModel.data("bot", "scope.json", path), stems)

    def trace(self, text: str) -> Trace:
        return self.token_trace(topic_tokens(text))

    def outside(self, text: str) -> bool:
        """P(outside) reaches the threshold, and the message names a topic the net has read."""
        tokens = topic_tokens(text)
        known = any(f"w:{stem}" in self.index for stem in self.stems.stems(tokens) if stem[:1].isalnum())
        return known and self.from_traces([self.token_trace(tokens)])[OUTSIDE] >= self.threshold


def topic_tokens(text: str) -> list[str]:
    """The message's tokens without the words that only ask (ASKING_WORDS)."""
    return [t for t in words_of(basic(text)) if t not in ASKING_WORDS]


def topic_features(text: str, stems: Stems) -> list[str]:
    """What the scope net reads: the shared features of the topic tokens (the trainer's analyser)."""
    return token_features(topic_tokens(text), stems)


def stale_for(content: Content) -> bool:
    """Whether the shipped scope net was trained on other intents' examples than `content`'s."""
    from bot.train_scope import examples_digest  # hashlib and json only; no scikit-learn

    return shipped_scope().examples_sha256 != examples_digest(content)[1]


@cache
def shipped_scope() -> ScopeNet:
    """The scope net shipped in the package, read once per process."""
    return ScopeNet.load()
