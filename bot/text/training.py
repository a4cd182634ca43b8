"""What the learned readers' trainers share: the scikit-learn pipeline both are read back from,
cross-validated probabilities, and the shipped file's freshness.

`bot/text/linear.py` reads exactly this shape (tf-idf with sublinear term frequency, then a
logistic regression); the trainers (`allbot train-safety`, `allbot train-intents`) import this module
only with the `train` extra installed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def tfidf_logistic(analyser: Callable[[str], list[str]], c: float, min_df: int) -> Any:
    """A tf-idf vectoriser over `analyser`'s features, then a class-balanced logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(TfidfVectorizer(analyzer=analyser, sublinear_tf=True, min_df=min_df),
                         LogisticRegression(C=c, max_iter=3000, class_weight="balanced"))


def out_of_fold(make: Callable[[], Any], texts: Sequence[str], labels: Sequence[str], folds: int,
                seed: int) -> list[dict[str, float]]:
    """P(class) for each text from a model (`make()`) that never saw it: stratified k-fold."""
    from sklearn.model_selection import StratifiedKFold

    probabilities: list[dict[str, float]] = [{} for _ in texts]
    for train, test in StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(texts, labels):
        model = make().fit([texts[i] for i in train], [labels[i] for i in train])
        for i, row in zip(test, model.predict_proba([texts[i] for i in test]), strict=True):
            probabilities[i] = {c: float(p) for c, p in zip(model.classes_, row, strict=True)}
    return probabilities


def is_current(target: Path, sha256: str) -> bool:
    """Whether the shipped model file was trained from data with this fingerprint."""
    return json.loads(target.read_text(encoding="utf-8")).get("corpus_sha256") == sha256


def write_model(target: Path, data: dict[str, Any], weights_apart: bool = False) -> None:
    """The model packed (`bot.text.linear.pack`: exact numbers, quick to load at start-up); with
    `weights_apart`, its weights in a raw file beside it (`<target>.weights`)."""
    from bot.text.linear import pack, weights_bytes

    if weights_apart:
        weights = target.with_suffix(".weights")
        _replace(weights, weights_bytes(data["coef"]))
        data = {**{k: v for k, v in data.items() if k != "coef"}, "weights_file": weights.name}
    _replace(target, (json.dumps(pack(data), separators=(",", ":")) + "\n").encode("utf-8"))


def _replace(target: Path, content: bytes) -> None:
    """Write beside the file, then rename over it: a running bot has the weights file mapped, and
    cutting that file short under it would crash it."""
    scratch = target.with_name(target.name + ".new")
    scratch.write_bytes(content)
    os.replace(scratch, target)
