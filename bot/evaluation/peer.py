"""The peer row: a stock TF-IDF nearest example (word 1-2 grams and character 2-5 grams, cosine),
the usual simple learned baseline, on the same sets as ours. Its threshold is chosen by
cross-validation on the intents' examples plus the out-of-scope tuning half, never on the test
sets. Needs scikit-learn (the `test` and `train` extras); `allbot eval` leaves the row out without it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.engine import Bot
from bot.evaluation.datasets import TestSets
from bot.evaluation.metrics import UnderstandingFigures
from bot.evaluation.runner import _figures, rejected

FOLDS = 5
THRESHOLDS = tuple(t / 100 for t in range(10, 91, 2))


@dataclass(frozen=True)
class Peer:
    figures: UnderstandingFigures
    threshold: float
    cross_validation: float  # accuracy on held-out examples at that threshold


class _Nearest:
    """Nearest example by cosine over word and character n-gram TF-IDF."""

    def __init__(self, labels: Sequence[str], texts: Sequence[str]) -> None:
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._hstack = hstack
        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        self.labels = list(labels)
        self.matrix = self._rows(texts, fit=True)

    def _rows(self, texts: Sequence[str], fit: bool = False) -> Any:
        from sklearn.preprocessing import normalize

        if fit:
            parts = (self.words.fit_transform(texts), self.chars.fit_transform(texts))
        else:
            parts = (self.words.transform(texts), self.chars.transform(texts))
        return normalize(self._hstack(parts).tocsr())

    def nearest(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        scores = self._rows(texts) @ self.matrix.T
        best = scores.argmax(axis=1).A1
        return [(self.labels[b], float(scores[row, b])) for row, b in enumerate(best)]


def peer(bot: Bot, sets: TestSets) -> Peer:
    predict, threshold, cv = predictor(bot, sets)
    rows = [(item.intent or "none", got, item.text)
            for item, got in zip(sets.in_scope, predict([i.text for i in sets.in_scope]), strict=True)]
    accepted = [(text, got or "") for text, got in zip(sets.out_of_scope_test, predict(sets.out_of_scope_test),
                                                       strict=True) if not rejected(bot, got)]
    name = f"peer: TF-IDF nearest (t={threshold:.2f})"
    return Peer(_figures(name, rows, accepted, len(sets.out_of_scope_test)), threshold, cv)


def predictor(bot: Bot, sets: TestSets) -> tuple[Callable[[Sequence[str]], list[str | None]], float, float]:
    """The peer's predict function, its threshold and its cross-validated accuracy: also used to run
    it on the blind sets."""
    intents = bot.content.intents
    examples = [(intent.id, n % FOLDS, text) for intent in intents for n, text in enumerate(intent.examples)]
    held_out: list[tuple[str, str, float]] = []  # (expected, nearest, score)
    for fold in range(FOLDS):
        training = [(iid, text) for iid, f, text in examples if f != fold] + [(i.id, i.title) for i in intents]
        model = _Nearest([iid for iid, _ in training], [text for _, text in training])
        tested = [(iid, text) for iid, f, text in examples if f == fold]
        held_out += [(iid, got, score) for (iid, _), (got, score) in
                     zip(tested, model.nearest([text for _, text in tested]), strict=True)]
    full = _Nearest([iid for iid, _, _ in examples] + [i.id for i in intents],
                    [text for _, _, text in examples] + [i.title for i in intents])
    tune = full.nearest(list(sets.out_of_scope_tune)) if sets.out_of_scope_tune else []

    def balanced(threshold: float) -> float:
        right = sum(got == iid and score >= threshold for iid, got, score in held_out) / max(len(held_out), 1)
        kept_out = sum(score < threshold or rejected(bot, got) for got, score in tune) / max(len(tune), 1)
        return (right + kept_out) / 2

    threshold = max(THRESHOLDS, key=balanced)
    cv = sum(got == iid and score >= threshold for iid, got, score in held_out) / max(len(held_out), 1)

    def predict(texts: Sequence[str]) -> list[str | None]:
        return [got if score >= threshold else None for got, score in full.nearest(list(texts))] if texts else []

    return predict, threshold, cv
