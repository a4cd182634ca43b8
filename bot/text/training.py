"""What the learned readers' trainers share: the scikit-learn pipeline both are read back from.

`bot/text/linear.py` reads exactly this shape (tf-idf with sublinear term frequency, then a
logistic regression); the trainers (`allbot train-safety`, `allbot train-scope`) import this module
only with the `train` extra installed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def tfidf_logistic(analyser: Callable[[str], list[str]], c: float, min_df: int) -> Any:
    """A tf-idf vectoriser over `analyser`'s features, then a class-balanced logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(TfidfVectorizer(analyzer=analyser, sublinear_tf=True, min_df=min_df),
                         LogisticRegression(C=c, max_iter=3000, class_weight="balanced"))
