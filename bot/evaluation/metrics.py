"""Pure figures from predictions: accuracy, per-intent precision/recall/F1, confusions."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class IntentScore:
    intent: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Confusion:
    expected: str
    predicted: str
    count: int
    phrases: tuple[str, ...]


def per_intent(pairs: Sequence[tuple[str, str | None]]) -> list[IntentScore]:
    """pairs: (expected, predicted); predicted None is an abstention (counts against recall only)."""
    true_pos: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    support: Counter[str] = Counter()
    for expected, got in pairs:
        support[expected] += 1
        if got is not None:
            predicted[got] += 1
        if got == expected:
            true_pos[expected] += 1
    scores = []
    for intent in sorted(set(support) | set(predicted)):
        p = true_pos[intent] / predicted[intent] if predicted[intent] else 0.0
        r = true_pos[intent] / support[intent] if support[intent] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        scores.append(IntentScore(intent, p, r, f1, support[intent]))
    return scores


def confusions(rows: Sequence[tuple[str, str | None, str]], top: int = 10) -> list[Confusion]:
    """rows: (expected, predicted, phrase). The most frequent wrong (expected, predicted) pairs."""
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for expected, got, phrase in rows:
        if got is not None and got != expected:
            grouped[(expected, got)].append(phrase)
    ranked = sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))
    return [Confusion(e, p, len(ph), tuple(ph)) for (e, p), ph in ranked[:top]]


@dataclass(frozen=True)
class Latency:
    median_ms: float
    p99_ms: float

    @classmethod
    def of(cls, timings_ms: Sequence[float]) -> Latency:
        if not timings_ms:
            return cls(0.0, 0.0)
        ordered = sorted(timings_ms)
        return cls(statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))])


@dataclass(frozen=True)
class SafetyFigures:
    recall_by_level: dict[str, float]
    cases_by_level: dict[str, int]
    missed: tuple[str, ...]  # case ids below their expected level
    over_triaged: tuple[str, ...]  # case ids above their expected level (not benign)
    false_alarm_rate: float
    false_alarms: tuple[str, ...]
    benign_cases: int
    # Which net's own reading reached the level: rules / learned / both (neither: missed).
    caught_by: dict[str, int] = field(default_factory=dict)
    false_alarms_by: dict[str, int] = field(default_factory=dict)

    @property
    def red_flag_recall(self) -> float:
        total = sum(self.cases_by_level.values())
        return 1.0 if not total else 1 - len(self.missed) / total


@dataclass
class FollowUpFigures:
    """Follow-up conversations: the last turn answered with the expected intent."""

    two_turn: tuple[int, int]    # (right, conversations)
    longer: tuple[int, int]      # three turns or more
    wrong_by_step: dict[str, int] = field(default_factory=dict)  # the step that gave each wrong last answer
    misses: list[tuple[tuple[str, ...], str | None, str | None]] = field(default_factory=list)  # (turns, expected, got)

    @property
    def accuracy(self) -> float:
        return (self.two_turn[0] + self.longer[0]) / max(self.two_turn[1] + self.longer[1], 1)


@dataclass
class UnderstandingFigures:
    name: str
    in_scope_accuracy: float
    abstention_rate: float
    out_of_scope_rejection: float
    per_intent: list[IntentScore] = field(default_factory=list)
    confusions: list[Confusion] = field(default_factory=list)
    fell_to_fallback: list[tuple[str, str]] = field(default_factory=list)  # (expected, phrase)
    accepted_out_of_scope: list[tuple[str, str]] = field(default_factory=list)  # (phrase, intent)
    # which dialogue step (bot/steps.py) gave each wrong answer: in-scope misses and out-of-scope answers
    wrong_by_step: dict[str, int] = field(default_factory=dict)
