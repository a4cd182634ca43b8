"""Trains the scope net (bot/scope.py) and writes `bot/scope.json`.

Inside: every information intent's title and examples (`intents/`). Outside: the everyday
requests and questions about other illnesses in `tests/data/out_of_scope_tuning.yaml`, the set
written for tuning (never a reported figure; the blind rounds are never read). Needs the `train`
extra (scikit-learn); the bot itself never imports this module.

    allbot train-scope               # train, pick the threshold by cross-validation, write scope.json
    allbot train-scope --check       # exit 1 if scope.json was not trained from today's data

The threshold is the least P(outside) that turns down at most MAX_TURNED_DOWN of the intents'
own examples out of fold (5-fold cross-validation), and never less than one half.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.content.loader import load_content
from bot.content.locate import default_content_dir
from bot.content.model import Content
from bot.scope import OUTSIDE, topic_features
from bot.text import training
from bot.text.stems import Stems

OUTSIDE_SET = Path("tests") / "data" / "out_of_scope_tuning.yaml"
TARGET = Path("bot") / "scope.json"
INSIDE = "inside"
CLASSES = (INSIDE, OUTSIDE)
C = 5.0
MIN_DF = 2
MAX_TURNED_DOWN = 0.0025  # a question of ours turned down costs more than a near miss let through
FOLDS = 5
SEED = 7


@dataclass(frozen=True)
class ScopeCorpus:
    texts: list[str]
    labels: list[str]
    sha256: str            # the examples and the outside set
    examples_sha256: str   # the examples alone: `allbot validate` checks it without the test data


def examples_digest(content: Content) -> tuple[list[tuple[str, list[str]]], str]:
    """Every information intent's title and examples, and their fingerprint."""
    inside = [(i.id, [i.title, *i.examples]) for i in content.intents if i.kind == "info"]
    return inside, hashlib.sha256(json.dumps(inside, ensure_ascii=False).encode()).hexdigest()


def read_corpus(intents_dir: Path | None = None, outside_set: Path = OUTSIDE_SET) -> ScopeCorpus:
    content = load_content(intents_dir or default_content_dir())
    inside, examples = examples_digest(content)
    raw = outside_set.read_bytes()
    outside = [str(text) for group in yaml.safe_load(raw).values() for text in group]
    digest = hashlib.sha256(examples.encode() + b"\0" + raw)
    texts = [text for _, texts in inside for text in texts] + outside
    labels = [INSIDE] * (len(texts) - len(outside)) + [OUTSIDE] * len(outside)
    return ScopeCorpus(texts, labels, digest.hexdigest(), examples)


def make_pipeline(stems: Stems) -> Any:
    return training.tfidf_logistic(lambda text: topic_features(text, stems), C, MIN_DF)


def out_of_fold(corpus: ScopeCorpus, stems: Stems) -> list[float]:
    """P(outside) for each message from a model that never saw it."""
    held_out = training.out_of_fold(lambda: make_pipeline(stems), corpus.texts, corpus.labels, FOLDS, SEED)
    return [p[OUTSIDE] for p in held_out]


def choose_threshold(outside: list[float], labels: list[str]) -> float:
    inside = sorted((p for p, label in zip(outside, labels, strict=True) if label == INSIDE), reverse=True)
    allowed = int(MAX_TURNED_DOWN * len(inside))
    return max(0.5, inside[allowed] + 1e-9) if allowed < len(inside) else 0.5


def train(corpus: ScopeCorpus, stems: Stems) -> tuple[dict[str, Any], dict[str, float]]:
    """The model as data, and what cross-validation says of its threshold."""
    held_out = out_of_fold(corpus, stems)
    threshold = choose_threshold(held_out, corpus.labels)
    model = make_pipeline(stems).fit(corpus.texts, corpus.labels)
    vectoriser, regression = model.steps[0][1], model.steps[1][1]
    if list(regression.classes_) != list(CLASSES):
        raise ValueError(f"unexpected classes {regression.classes_}")
    weights = regression.coef_[0].tolist()
    data = {
        "about": "Scope net: written by `allbot train-scope` (bot/train_scope.py); do not edit.",
        "corpus_sha256": corpus.sha256,
        "examples_sha256": corpus.examples_sha256,
        "messages": len(corpus.texts),
        "classes": list(CLASSES),
        "threshold": threshold,
        "features": vectoriser.get_feature_names_out().tolist(),
        "idf": vectoriser.idf_.tolist(),
        # A binary model scores its second class only: a zero row for the first makes the
        # softmax its sigmoid.
        "coef": [[0.0] * len(weights), weights],
        "intercept": [0.0, float(regression.intercept_[0])],
    }
    outside = [p for p, label in zip(held_out, corpus.labels, strict=True) if label == OUTSIDE]
    inside = [p for p, label in zip(held_out, corpus.labels, strict=True) if label == INSIDE]
    summary = {"threshold": threshold, "outside_turned_down": sum(p >= threshold for p in outside) / len(outside),
               "inside_turned_down": sum(p >= threshold for p in inside) / len(inside)}
    return data, summary


def main(check: bool = False) -> int:
    if not OUTSIDE_SET.is_file() or not TARGET.parent.is_dir():
        print(f"run this from the project's checkout: {OUTSIDE_SET} and {TARGET.parent}/ are not here")
        return 2
    corpus = read_corpus()
    if check:
        same = training.is_current(TARGET, corpus.sha256)
        print("scope.json matches the intents and the outside set" if same
              else "scope.json is stale: run `allbot train-scope`")
        return 0 if same else 1
    data, summary = train(corpus, Stems.english())
    training.write_model(TARGET, data)
    print(f"{TARGET}: {len(data['features'])} features from {len(corpus.texts)} messages")
    print(f"cross-validation ({FOLDS} folds): threshold {summary['threshold']:.3f}; turned down out of fold: "
          f"outside {summary['outside_turned_down']:.1%}, "
          f"the intents' own examples {summary['inside_turned_down']:.1%}")
    return 0
