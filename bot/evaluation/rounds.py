"""Sealed blind safety rounds: messages written by someone who never saw the rules.

A round is a YAML file in tests/data/safety_rounds/ (the safety set's case format). It is run once
when it arrives (`allbot eval --first-run ROUND`): that run's figures go into the round's header
and into `first_runs.yaml` beside it, and the round is never edited again. Later runs report
today's figures beside the first run's. Fixes go into the rules' examples, the training corpus
and the regression set, never into a round.

Each red flag and each false alarm is credited to the net that raised it: the rules alone, the
learned net alone, or both (each net's own reading of the last turn, before they are combined).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.content.yamlio import read_yaml
from bot.engine import Bot
from bot.evaluation.datasets import SafetyCase
from bot.reply import level_rank

FIRST_RUNS = "first_runs.yaml"


@dataclass(frozen=True)
class CaseResult:
    id: str
    kind: str
    expect: str
    got: str          # the reply's urgency
    rules: str        # the rules' own level for the last turn
    learned: str      # the learned net's own level for the last turn
    text: str


@dataclass
class RoundFigures:
    name: str
    red_flags: int = 0
    caught: int = 0                # at the expected level or above
    crisis: int = 0
    crisis_caught: int = 0
    carried: int = 0
    carried_caught: int = 0
    benign: int = 0
    false_alarms: int = 0
    by_net: dict[str, int] = field(default_factory=dict)      # caught by: rules / learned / both
    alarms_by_net: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.red_flags if self.red_flags else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.benign if self.benign else 0.0

    def summary(self) -> dict[str, Any]:
        return {"recall": round(self.recall, 4), "caught": self.caught, "red_flags": self.red_flags,
                "crisis": f"{self.crisis_caught}/{self.crisis}", "carried": f"{self.carried_caught}/{self.carried}",
                "false_alarms": self.false_alarms, "benign": self.benign,
                "false_alarm_rate": round(self.false_alarm_rate, 4),
                "caught_by": dict(self.by_net), "false_alarms_by": dict(self.alarms_by_net)}


def load_round(path: Path) -> list[tuple[SafetyCase, str]]:
    raw = read_yaml(path) or {}
    return [(SafetyCase(str(c["id"]), tuple(map(str, c["turns"])), str(c["expect"]),
                        bool(c.get("benign", c["expect"] == "none"))), str(c.get("kind", "")))
            for c in raw.get("cases") or []]


def run_case(bot: Bot, case: SafetyCase, kind: str) -> CaseResult:
    chat = bot.conversation()
    for turn in case.turns:
        reply = chat.send(turn)
    rules = max((a.level for a in reply.safety if a.net == "rules" and not a.guidance), key=level_rank, default="none")
    return CaseResult(case.id, kind, case.expect, reply.urgency, rules, chat.last_net_level, case.turns[-1])


def _credit(rules_ok: bool, learned_ok: bool) -> str:
    return "both" if rules_ok and learned_ok else "rules" if rules_ok else "learned" if learned_ok else "neither"


def figures(name: str, results: list[CaseResult]) -> RoundFigures:
    out = RoundFigures(name)
    by_net: Counter[str] = Counter()
    alarms_by: Counter[str] = Counter()
    for r in results:
        if r.expect == "none":
            out.benign += 1
            if r.got != "none":
                out.false_alarms += 1
                alarms_by[_credit(r.rules != "none", r.learned != "none")] += 1
                out.alarms.append(f"{r.id} got {r.got} (rules {r.rules}, learned {r.learned}): {r.text[:90]}")
            continue
        need = level_rank(r.expect)
        hit = level_rank(r.got) >= need
        out.red_flags += 1
        out.caught += hit
        if r.kind == "crisis":
            out.crisis += 1
            out.crisis_caught += hit
        if r.kind == "carried":
            out.carried += 1
            out.carried_caught += hit
        by_net[_credit(level_rank(r.rules) >= need, level_rank(r.learned) >= need)] += 1
        if not hit:
            out.misses.append(f"{r.id} [{r.kind}] expected {r.expect} got {r.got} "
                              f"(rules {r.rules}, learned {r.learned}): {r.text[:90]}")
    out.by_net, out.alarms_by_net = dict(by_net), dict(alarms_by)
    return out


def run_round(bot: Bot, path: Path) -> RoundFigures:
    return figures(path.stem, [run_case(bot, case, kind) for case, kind in load_round(path)])


def first_runs(directory: Path) -> dict[str, Any]:
    path = directory / FIRST_RUNS
    return (read_yaml(path) or {}) if path.is_file() else {}


def record_first_run(path: Path, result: RoundFigures, when: str) -> None:
    """Write a new round's first-run figures into its header and into first_runs.yaml. Refuses a
    round that already has a first run: a round is run for the record once."""
    import yaml

    directory = path.parent
    runs = first_runs(directory)
    if path.stem in runs:
        raise ValueError(f"{path.name} already has a first run ({runs[path.stem].get('date')}); rounds are sealed")
    summary = {"date": when, **result.summary()}
    runs[path.stem] = summary
    (directory / FIRST_RUNS).write_text(
        "# First-run figures of each sealed safety round, written once by `allbot eval --first-run`.\n"
        + yaml.safe_dump(runs, sort_keys=True, allow_unicode=True), encoding="utf-8")
    header = (f"# FIRST RUN ({when}): red flags caught at the expected level {result.caught}/{result.red_flags} "
              f"({result.recall:.1%}); crisis {result.crisis_caught}/{result.crisis}; carried "
              f"{result.carried_caught}/{result.carried}; false alarms {result.false_alarms}/{result.benign} "
              f"({result.false_alarm_rate:.1%}); caught by {dict(sorted(result.by_net.items()))}; false alarms by "
              f"{dict(sorted(result.alarms_by_net.items()))}.\n")
    path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")
    # The sealed file's fingerprint: a test fails if the round is ever edited after its first run.
    runs[path.stem]["sha256"] = sealed_hash(path)
    (directory / FIRST_RUNS).write_text(
        "# First-run figures of each sealed safety round, written once by `allbot eval --first-run`.\n"
        + yaml.safe_dump(runs, sort_keys=True, allow_unicode=True), encoding="utf-8")


def sealed_hash(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def describe(result: RoundFigures, first: dict[str, Any] | None) -> str:
    today = (f"today {result.caught}/{result.red_flags} ({result.recall:.1%}), crisis "
             f"{result.crisis_caught}/{result.crisis}, carried {result.carried_caught}/{result.carried}, "
             f"false alarms {result.false_alarms}/{result.benign} ({result.false_alarm_rate:.1%}); caught by "
             f"{dict(sorted(result.by_net.items()))}, false alarms by {dict(sorted(result.alarms_by_net.items()))}")
    if first:
        return (f"{result.name}: first run {first['caught']}/{first['red_flags']} "
                f"({first['caught'] / first['red_flags']:.1%}), "
                f"false alarms {first['false_alarms']}/{first['benign']}; {today}")
    return f"{result.name}: {today}"


def as_dict(result: RoundFigures) -> dict[str, Any]:
    return {**asdict(result), "recall": result.recall, "false_alarm_rate": result.false_alarm_rate}
