"""The evaluation as readable text for a terminal."""

from __future__ import annotations

from bot.evaluation.evaluate import Evaluation


def summary_text(result: Evaluation) -> str:
    sizes = result.sizes
    lines = [
        f"Test sets: {sizes['in_scope']} in-scope phrases, {sizes['out_of_scope_test']} out-of-scope (test half), "
        f"{sizes['safety_cases']} safety cases, {sizes.get('follow_ups', 0)} follow-up conversations; "
        f"{sizes['intents']} intents.",
        "",
        f"{'':34} {'in-scope top-1':>15} {'abstained':>10} {'out-of-scope rejected':>22}",
    ]
    for figures in (result.ours, result.baseline, *([result.peer] if result.peer else [])):
        lines.append(f"{figures.name:34} {figures.in_scope_accuracy:>15.1%} {figures.abstention_rate:>10.1%} "
                     f"{figures.out_of_scope_rejection:>22.1%}")
    cv = result.cross_validation
    lines += [
        f"{f'cross-validation ({cv.folds}-fold, examples)':34} {cv.accuracy:>15.1%} {cv.abstention_rate:>10.1%}",
        *([f"{'peer cross-validation (5-fold)':34} {result.peer_cross_validation:>15.1%}"]
          if result.peer_cross_validation is not None else []),
        *(_follow_up_lines(result) if result.follow_ups else []),
        "",
        "Wrong answers by dialogue step: " + (", ".join(f"{step or '?'} {n}" for step, n in
                                                        result.ours.wrong_by_step.items()) or "none"),
        "",
        f"Latency per message: median {result.latency.median_ms:.2f} ms, p99 {result.latency.p99_ms:.2f} ms "
        "(one cold pass: patterns compile on first use; benchmarks/speed.py measures a warm service)",
    ]
    if result.safety is not None:
        s = result.safety
        recall = ", ".join(f"{lv} {s.recall_by_level[lv]:.0%} of {s.cases_by_level[lv]}" for lv in s.recall_by_level)
        lines += ["", f"Safety: red-flag recall {s.red_flag_recall:.1%} ({recall}); "
                      f"false alarms {s.false_alarm_rate:.1%} of {s.benign_cases} benign; "
                      f"over-triaged {len(s.over_triaged)}",
                  f"  caught by: {dict(sorted(s.caught_by.items()))}; false alarms by: "
                  f"{dict(sorted(s.false_alarms_by.items()))} (each net's own reading of the last turn)"]
        if s.missed:
            lines.append(f"  MISSED: {', '.join(s.missed)}")
    worst = sorted((p for p in result.ours.per_intent if p.support), key=lambda p: p.f1)[:8]
    lines += ["", "Weakest intents (F1):"] + [f"  {p.intent:32} F1 {p.f1:.2f}  P {p.precision:.2f}  "
                                               f"R {p.recall:.2f}  n={p.support}" for p in worst]
    lines += ["", "Most confused (expected -> got):"]
    lines += [f"  {c.expected} -> {c.predicted} ({c.count}): {c.phrases[0]!r}" for c in result.ours.confusions[:8]]
    if result.ours.accepted_out_of_scope:
        lines += ["", "Out-of-scope phrases that got an answer:"]
        lines += [f"  {text!r} -> {intent}" for text, intent in result.ours.accepted_out_of_scope[:8]]
    failures = result.gate_failures()
    lines += ["", "Gate: PASS" if not failures else "Gate: FAIL\n  " + "\n  ".join(failures)]
    return "\n".join(lines)


def _follow_up_lines(result: Evaluation) -> list[str]:
    f = result.follow_ups
    assert f is not None
    (two, two_n), (longer, longer_n) = f.two_turn, f.longer
    steps = ", ".join(f"{step or '?'} {n}" for step, n in f.wrong_by_step.items()) or "none"
    return [f"{'follow-ups (last turn)':34} {f.accuracy:>15.1%}   two turns {two}/{two_n}, three or more "
            f"{longer}/{longer_n}; wrong by step: {steps}"]
