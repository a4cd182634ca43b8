"""One evaluation run: our figures, the baseline row, cross-validation, safety and latency."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from bot.engine import Bot
from bot.evaluation.baseline import baseline
from bot.evaluation.crossval import cross_validate
from bot.evaluation.datasets import TestSets
from bot.evaluation.metrics import FollowUpFigures, Latency, SafetyFigures, UnderstandingFigures
from bot.evaluation.peer import Peer
from bot.evaluation.runner import follow_ups, safety, understanding
from bot.matcher import choose

# CI fails below these (tests/test_evaluation.py); `eval --gate` exits 1 below them.
GATE = {"in_scope_accuracy": 0.90, "out_of_scope_rejection": 0.90, "red_flag_recall": 1.0,
        "false_alarm_rate_max": 0.02}


@dataclass(frozen=True)
class CrossValidation:
    folds: int
    accuracy: float
    abstention_rate: float
    examples: int


@dataclass
class Evaluation:
    ours: UnderstandingFigures
    baseline: UnderstandingFigures
    cross_validation: CrossValidation
    safety: SafetyFigures | None
    latency: Latency
    sizes: dict[str, int]
    peer: UnderstandingFigures | None = None  # TF-IDF nearest example (bot/evaluation/peer.py)
    peer_cross_validation: float | None = None
    follow_ups: FollowUpFigures | None = None  # tests/data/follow_ups.yaml, when present

    def gate_failures(self) -> list[str]:
        failures = []
        if self.ours.in_scope_accuracy < GATE["in_scope_accuracy"]:
            failures.append(f"in-scope accuracy {self.ours.in_scope_accuracy:.1%} < {GATE['in_scope_accuracy']:.0%}")
        if self.ours.out_of_scope_rejection < GATE["out_of_scope_rejection"]:
            failures.append(f"out-of-scope rejection {self.ours.out_of_scope_rejection:.1%} < "
                            f"{GATE['out_of_scope_rejection']:.0%}")
        if self.safety is not None:
            if self.safety.red_flag_recall < GATE["red_flag_recall"]:
                failures.append(f"red-flag recall {self.safety.red_flag_recall:.1%} < 100% "
                                f"(missed: {', '.join(self.safety.missed)})")
            if self.safety.false_alarm_rate > GATE["false_alarm_rate_max"]:
                failures.append(f"false alarms {self.safety.false_alarm_rate:.1%} > 2% "
                                f"({', '.join(self.safety.false_alarms)})")
        return failures

    def to_dict(self) -> dict:
        data = asdict(self)
        if self.safety is not None:
            data["safety"]["red_flag_recall"] = self.safety.red_flag_recall
        data["gate"] = {"thresholds": GATE, "failures": self.gate_failures()}
        return data


def _peer(bot: Bot, sets: TestSets) -> Peer | None:
    try:
        from bot.evaluation.peer import peer
    except ImportError:  # scikit-learn is in the test and train extras only
        return None
    try:
        return peer(bot, sets)
    except ImportError:
        return None


def evaluate(bot: Bot, sets: TestSets, folds: int = 5) -> Evaluation:
    ours, latency = understanding(bot, sets)
    settings = bot.content.settings.matcher
    ranked = cross_validate(bot.content, folds)
    chosen = [choose(list(r.candidates), settings.fallback_threshold, settings.ambiguity_margin).intent_id
              for r in ranked]
    cv = CrossValidation(folds, sum(c == r.expected for c, r in zip(chosen, ranked, strict=True)) / max(len(ranked), 1),
                         sum(c is None for c in chosen) / max(len(ranked), 1), len(ranked))
    found = _peer(bot, sets)
    return Evaluation(
        peer=found.figures if found else None,
        peer_cross_validation=found.cross_validation if found else None,
        ours=ours,
        baseline=baseline(bot, sets),
        cross_validation=cv,
        safety=safety(bot, sets.safety) if sets.safety else None,
        follow_ups=follow_ups(bot, sets.follow_ups) if sets.follow_ups else None,
        latency=latency,
        sizes={"in_scope": len(sets.in_scope), "out_of_scope_test": len(sets.out_of_scope_test),
               "out_of_scope_tune": len(sets.out_of_scope_tune), "safety_cases": len(sets.safety),
               "follow_ups": len(sets.follow_ups), "out_of_scope_tuning": len(sets.out_of_scope_tuning),
               "intents": len(bot.content.intents)},
    )
