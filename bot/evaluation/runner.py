"""Run the labelled sets through the whole bot, as a person's messages would go."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace

from bot.engine import Bot
from bot.evaluation.datasets import FollowUp, SafetyCase, TestSets
from bot.evaluation.metrics import (
    FollowUpFigures,
    Latency,
    SafetyFigures,
    UnderstandingFigures,
    confusions,
    per_intent,
)
from bot.reply import LEVELS, level_rank


def rejected(bot: Bot, intent: str | None) -> bool:
    """An out-of-scope message is handled right when nothing is answered, or a scope answer
    ("I only cover ALL", "I can't diagnose") is given instead of an information answer."""
    return intent is None or bot.content.intent(intent).kind == "scope"


def understanding(bot: Bot, sets: TestSets) -> tuple[UnderstandingFigures, Latency]:
    rows: list[tuple[str, str | None, str]] = []
    timings: list[float] = []
    wrong: Counter[str] = Counter()  # the step that gave each wrong answer
    for item in sets.in_scope:
        started = time.perf_counter()
        reply = bot.conversation().send(item.text)
        timings.append((time.perf_counter() - started) * 1000)
        rows.append((item.intent or "none", reply.intent, item.text))
        if reply.intent != item.intent:
            wrong[reply.step] += 1
    accepted = []
    for text in sets.out_of_scope_test:
        started = time.perf_counter()
        reply = bot.conversation().send(text)
        timings.append((time.perf_counter() - started) * 1000)
        if not rejected(bot, reply.intent):
            accepted.append((text, reply.intent or ""))
            wrong[reply.step] += 1
    figures = _figures("allbot", rows, accepted, len(sets.out_of_scope_test))
    return replace(figures, wrong_by_step=dict(wrong.most_common())), Latency.of(timings)


def follow_ups(bot: Bot, cases: tuple[FollowUp, ...]) -> FollowUpFigures:
    """Each conversation in a fresh session; right when the last turn gets the expected intent."""
    counts = {False: [0, 0], True: [0, 0]}  # longer than two turns? -> [right, total]
    wrong: Counter[str] = Counter()
    misses = []
    for case in cases:
        chat = bot.conversation()
        for turn in case.turns:
            reply = chat.send(turn)
        tally = counts[len(case.turns) > 2]
        tally[1] += 1
        if reply.intent == case.intent:
            tally[0] += 1
        else:
            wrong[reply.step] += 1
            misses.append((case.turns, case.intent, reply.intent))
    return FollowUpFigures((counts[False][0], counts[False][1]), (counts[True][0], counts[True][1]),
                           dict(wrong.most_common()), misses)


def _figures(name: str, rows: list[tuple[str, str | None, str]], accepted: list[tuple[str, str]],
             out_of_scope_total: int) -> UnderstandingFigures:
    total = max(len(rows), 1)
    return UnderstandingFigures(
        name=name,
        in_scope_accuracy=sum(got == expected for expected, got, _ in rows) / total,
        abstention_rate=sum(got is None for _, got, _ in rows) / total,
        out_of_scope_rejection=1 - len(accepted) / max(out_of_scope_total, 1),
        per_intent=per_intent([(e, g) for e, g, _ in rows]),
        confusions=confusions(rows),
        fell_to_fallback=[(e, phrase) for e, g, phrase in rows if g is None],
        accepted_out_of_scope=accepted,
    )


def safety(bot: Bot, cases: tuple[SafetyCase, ...]) -> SafetyFigures:
    by_level: dict[str, list[bool]] = {level: [] for level in LEVELS[1:]}
    missed, over, alarms = [], [], []
    benign = 0
    from bot.evaluation.rounds import figures, run_case  # each case read by both nets apart, as a round is

    results = [run_case(bot, case, "") for case in cases]
    for case, result in zip(cases, results, strict=True):
        urgency = result.got
        if case.expect == "none":
            benign += 1
            if urgency != "none":
                alarms.append(case.id)
            continue
        ok = level_rank(urgency) >= level_rank(case.expect)
        by_level.setdefault(case.expect, []).append(ok)
        if not ok:
            missed.append(case.id)
        elif level_rank(urgency) > level_rank(case.expect):
            over.append(case.id)
    credit = figures("safety set", results)
    return SafetyFigures(
        recall_by_level={lv: (sum(v) / len(v) if v else 1.0) for lv, v in by_level.items()},
        cases_by_level={lv: len(v) for lv, v in by_level.items()},
        missed=tuple(missed), over_triaged=tuple(over),
        false_alarm_rate=len(alarms) / benign if benign else 0.0, false_alarms=tuple(alarms), benign_cases=benign,
        caught_by=credit.by_net, false_alarms_by=credit.alarms_by_net,
    )
