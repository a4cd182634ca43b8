"""Trains the learned safety net on `training/safety/*.yaml` and writes `bot/safety/net.json`.

Needs the `train` extra (scikit-learn); the bot itself never imports this module.

    allbot train-safety               # train, pick thresholds by cross-validation, write net.json
    allbot train-safety --check       # exit 1 if net.json was not trained from today's corpus

Thresholds: for each level, the least cumulative probability at which out-of-fold predictions
raise at most MAX_FALSE_ALARMS of the corpus's benign messages to that level or above. They come
from the training corpus only, never from a test set or a round.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.safety.net import ALERT_LEVELS, level_of
from bot.text import training
from bot.text.features import features
from bot.text.stems import Stems

# Run from a checkout: the corpus is not part of the installed package, and the net is written
# into the checkout's package folder (an editable or fresh install then ships it).
CORPUS = Path("training") / "safety"
TARGET = Path("bot") / "safety" / "net.json"
CLASSES = ("none", "soon", "urgent", "emergency")
MAX_FALSE_ALARMS = 0.01  # per level, on out-of-fold benign messages: the net must add few alarms
C = 10.0                  # inverse regularisation strength
MIN_DF = 2
MAX_OVER_TRIAGE = 0.02    # urgent messages the emergency escalation may raise, out of fold
ESCALATION_STEPS = (1.0, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25)
FOLDS = 5
SEED = 7


@dataclass(frozen=True)
class Corpus:
    texts: list[str]
    levels: list[str]
    sha256: str


def read_corpus(directory: Path = CORPUS) -> Corpus:
    texts, levels = [], []
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        for item in yaml.safe_load(raw)["messages"]:
            if item["level"] not in CLASSES:
                raise ValueError(f"{path.name}: unknown level {item['level']!r}")
            texts.append(str(item["text"]))
            levels.append(item["level"])
    return Corpus(texts, levels, digest.hexdigest())


def make_pipeline(stems: Stems) -> Any:
    return training.tfidf_logistic(lambda text: features(text, stems), C, MIN_DF)


def choose_thresholds(probabilities: Sequence[dict[str, float]], levels: Sequence[str]) -> dict[str, float]:
    """Per level, the least cumulative probability that keeps benign false alarms at the cap."""
    thresholds = {}
    benign = [p for p, level in zip(probabilities, levels, strict=True) if level == "none"]
    allowed = int(MAX_FALSE_ALARMS * len(benign))
    for depth, level in enumerate(ALERT_LEVELS, 1):
        above = ALERT_LEVELS[:depth]
        scores = sorted((sum(p[name] for name in above) for p in benign), reverse=True)
        # Just above the (allowed + 1)-th highest benign score, and never below one half.
        thresholds[level] = max(0.5, scores[allowed] + 1e-9 if allowed < len(scores) else 0.5)
    return thresholds


def choose_escalation(probabilities: Sequence[dict[str, float]], levels: Sequence[str],
                      thresholds: dict[str, float]) -> float:
    """The least P(emergency) that raises an urgent reading to emergency while at most
    MAX_OVER_TRIAGE of the corpus's urgent messages are raised with it (out-of-fold)."""
    without = {**thresholds, "escalate": 1.0}
    urgent = [p for p, level in zip(probabilities, levels, strict=True) if level == "urgent"]
    for value in ESCALATION_STEPS:
        raised = sum(level_of(p, without) == "urgent" and p["emergency"] >= value for p in urgent)
        if raised <= MAX_OVER_TRIAGE * len(urgent):
            best = value
        else:
            break
    return best


def out_of_fold(corpus: Corpus, stems: Stems) -> list[dict[str, float]]:
    return training.out_of_fold(lambda: make_pipeline(stems), corpus.texts, corpus.levels, FOLDS, SEED)


def train(corpus: Corpus, stems: Stems) -> tuple[dict[str, Any], dict[str, Any]]:
    """The model as data, and its cross-validation report."""
    held_out = out_of_fold(corpus, stems)
    thresholds = choose_thresholds(held_out, corpus.levels)
    thresholds["escalate"] = choose_escalation(held_out, corpus.levels, thresholds)
    model = make_pipeline(stems).fit(corpus.texts, corpus.levels)
    vectoriser, regression = model.steps[0][1], model.steps[1][1]
    order = [list(regression.classes_).index(c) for c in CLASSES]
    names = vectoriser.get_feature_names_out().tolist()
    data = {
        "about": "Learned safety net: written by `allbot train-safety` (bot/safety/train_net.py); do not edit.",
        "corpus_sha256": corpus.sha256,
        "messages": len(corpus.texts),
        "classes": list(CLASSES),
        "thresholds": thresholds,
        "features": names,
        "idf": vectoriser.idf_.tolist(),
        "coef": [regression.coef_[k].tolist() for k in order],
        "intercept": [float(regression.intercept_[k]) for k in order],
    }
    return data, report(held_out, corpus.levels, thresholds)


def report(probabilities: Sequence[dict[str, float]], levels: Sequence[str],
           thresholds: dict[str, float]) -> dict[str, Any]:
    predicted = [level_of(p, thresholds) for p in probabilities]
    rank = {c: i for i, c in enumerate(CLASSES)}
    flags = [(p, t) for p, t in zip(predicted, levels, strict=True) if t != "none"]
    benign = [p for p, t in zip(predicted, levels, strict=True) if t == "none"]
    per_level = {level: round(sum(rank[p] >= rank[t] for p, t in zip(predicted, levels, strict=True) if t == level)
                             / max(1, levels.count(level)), 3) for level in ALERT_LEVELS}
    return {
        "per_level": per_level,
        "recall_at_level": sum(rank[p] >= rank[t] for p, t in flags) / len(flags),
        "false_alarms": sum(p != "none" for p in benign) / len(benign),
        "thresholds": thresholds,
    }


def main(check: bool = False) -> int:
    if not CORPUS.is_dir() or not TARGET.parent.is_dir():
        print(f"run this from the project's checkout: {CORPUS}/ and {TARGET.parent}/ are not here")
        return 2
    corpus = read_corpus()
    if check:
        same = training.is_current(TARGET, corpus.sha256)
        print("net.json matches training/safety" if same else "net.json is stale: run `allbot train-safety`")
        return 0 if same else 1
    data, summary = train(corpus, Stems.english())
    training.write_model(TARGET, data)
    print(f"{TARGET}: {len(data['features'])} features from {len(corpus.texts)} messages")
    print(f"cross-validation ({FOLDS} folds): recall at level {summary['recall_at_level']:.1%}, "
          f"false alarms {summary['false_alarms']:.1%}, thresholds "
          + ", ".join(f"{k} {v:.3f}" for k, v in summary["thresholds"].items()))
    print(f"  per level: {summary['per_level']}")
    return 0
