"""What the learned readers' trainers share: the scikit-learn pipeline both are read back from,
cross-validated probabilities, and the shipped file's freshness.

`bot/text/linear.py` reads exactly this shape (tf-idf with sublinear term frequency, then a
logistic regression); the trainers (`allbot train-safety`, `allbot train-scope`) import this module
only with the `train` extra installed.
"""

from __future__ import annotations

import json
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


def write_model(target: Path, data: dict[str, Any]) -> None:
    """Numbers to nine significant digits: a third smaller and quicker to load at start-up, and
    the probabilities stay within 1e-8 of scikit-learn's (the tests hold them to 1e-6)."""
    shipped = {key: _rounded(value) if key in ("coef", "idf", "intercept") else value for key, value in data.items()}
    target.write_text(json.dumps(shipped, separators=(",", ":")) + "\n", encoding="utf-8")


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return float(f"{value:.9g}")
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value
