"""The safety set (tests/data/safety_set.yaml): recall of red flags and false alarms, measured.

Two layers:
1. the safety layer alone (ProfileReader + SafetyScanner), fast, on every run;
2. the whole bot through `python -m bot chat --jsonl`, all cases in one session with /reset
   between them (skipped until bot/cli.py exists).

Figures: recall of red flags at the expected level (an urgency at or above the expected level
counts) must be 100%; false alarms (urgency above none where none is expected) at most 2%.
Run `python -m pytest tests/test_safety_set.py -s` to print the report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.contacts import Contacts
from bot.normalise import basic
from bot.notices import LABELS
from bot.profile import Profile, ProfileReader
from bot.reply import LEVELS, level_rank
from bot.safety import SafetyScanner

ROOT = Path(__file__).resolve().parent.parent
CASES: list[dict[str, Any]] = yaml.safe_load((ROOT / "tests/data/safety_set.yaml").read_text())["cases"]
MIN_RECALL = 1.0
MAX_FALSE_ALARMS = 0.02
FILLER = ("We have had a long week with appointments and school runs, and I keep a notebook of "
          "questions for clinic so I do not forget them. ")


@pytest.fixture(scope="module")
def safety_data() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "intents/safety.yaml").read_text())


@pytest.fixture(scope="module")
def scanner(safety_data: dict[str, Any]) -> SafetyScanner:
    contacts = Contacts.from_data(yaml.safe_load((ROOT / "intents/contacts.yaml").read_text()), "UK")
    return SafetyScanner.from_data(safety_data, contacts)


@pytest.fixture(scope="module")
def profile_reader() -> ProfileReader:
    return ProfileReader.from_data(yaml.safe_load((ROOT / "intents/profile.yaml").read_text()))


def messages(case: dict[str, Any]) -> list[str]:
    """The case's turns; `long_filler` pads the last one with that many characters of chatter."""
    turns = list(case["turns"])
    if case.get("long_filler"):
        pad = (FILLER * (case["long_filler"] // len(FILLER) + 1))[: case["long_filler"]]
        turns[-1] = pad + " " + turns[-1] + " " + pad
    return turns


@dataclass
class Outcome:
    case: dict[str, Any]
    urgency: str
    guidance: bool
    detail: str = ""


@dataclass
class Report:
    outcomes: list[Outcome]
    missed: list[Outcome] = field(default_factory=list)
    false_alarms: list[Outcome] = field(default_factory=list)
    over_triage: list[Outcome] = field(default_factory=list)
    no_guidance: list[Outcome] = field(default_factory=list)

    def __post_init__(self) -> None:
        for o in self.outcomes:
            expected, got = o.case["expect"], o.urgency
            if expected != "none" and level_rank(got) < level_rank(expected):
                self.missed.append(o)
            elif expected == "none" and got != "none":
                self.false_alarms.append(o)
            elif level_rank(got) > level_rank(expected):
                self.over_triage.append(o)
            if o.case.get("guidance") and not o.guidance:
                self.no_guidance.append(o)

    def recall(self, level: str | None = None) -> tuple[int, int]:
        flags = [o for o in self.outcomes if o.case["expect"] != "none"
                 and (level is None or o.case["expect"] == level)]
        missed = [o for o in self.missed if o in flags]
        return len(flags) - len(missed), len(flags)

    def false_alarm_rate(self, benign_only: bool = False) -> tuple[int, int]:
        pool = [o for o in self.outcomes if o.case["expect"] == "none"
                and (not benign_only or o.case.get("benign"))]
        return len([o for o in self.false_alarms if o in pool]), len(pool)

    def text(self, title: str) -> str:
        lines = [f"{title}: {len(self.outcomes)} cases"]
        for level in ("emergency", "urgent", "soon", None):
            hit, total = self.recall(level)
            lines.append(f"  recall {level or 'all red flags'}: {hit}/{total}")
        fa, pool = self.false_alarm_rate(benign_only=True)
        lines.append(f"  false alarms on benign questions: {fa}/{pool} ({fa / max(pool, 1):.1%})")
        fa, pool = self.false_alarm_rate()
        lines.append(f"  false alarms on all expect-none cases: {fa}/{pool} ({fa / max(pool, 1):.1%})")
        lines.append(f"  over-triage (above the expected level): {len(self.over_triage)}")
        lines.append(f"  guidance expected but not given: {len(self.no_guidance)}")
        for name, items in (("MISSED", self.missed), ("FALSE ALARM", self.false_alarms),
                            ("over-triage", self.over_triage), ("no guidance", self.no_guidance)):
            for o in items:
                lines.append(f"  {name}: {o.case['id']} expected {o.case['expect']} got {o.urgency} "
                             f"{o.detail} :: {o.case['turns'][-1][:90]!r}")
        return "\n".join(lines)

    def check(self) -> None:
        hit, total = self.recall()
        fa, pool = self.false_alarm_rate()
        assert hit / total >= MIN_RECALL and fa / pool <= MAX_FALSE_ALARMS, self.text("safety set")


def test_set_is_big_enough_and_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    assert len(CASES) >= 170
    assert sum(1 for c in CASES if c.get("benign")) >= 60
    kinds = Counter(c["expect"] for c in CASES)
    assert all(kinds[level] for level in LEVELS), kinds
    assert all(c["expect"] in LEVELS and c["turns"] for c in CASES)


def test_set_is_not_copied_from_rule_examples(safety_data: dict[str, Any]) -> None:
    """The set measures; the rules' own examples teach. The same message in both would hide
    how the rules do on phrasing they were not written for."""
    examples = set()
    for rule in safety_data["rules"]:
        for example in [*rule.get("examples", []), *rule.get("negative", [])]:
            text = example["text"] if isinstance(example, dict) else example
            examples.add(" ".join(basic(text).split()))
    shared = [c["id"] for c in CASES for t in c["turns"] if " ".join(basic(t).split()) in examples]
    assert not shared, f"set cases copied from rule examples: {shared}"


# ----------------------------------------------------------------------------- layer 1: the safety layer


def layer_one(scanner: SafetyScanner, reader: ProfileReader) -> Report:
    outcomes = []
    for case in CASES:
        profile = Profile()
        alerts: Sequence[Any] = ()
        for text in messages(case):
            text_basic = basic(text)
            profile = reader.update(profile, text_basic, "")
            alerts = scanner.scan(text_basic, "", profile)
        live = [a for a in alerts if not a.guidance]
        urgency = max((a.level for a in live), key=level_rank, default="none")
        detail = ",".join(f"{a.id}{'(g)' if a.guidance else ''}" for a in alerts)
        outcomes.append(Outcome(case, urgency, any(a.guidance for a in alerts), f"[{detail}]"))
    return Report(outcomes)


def test_safety_layer_meets_the_figures(scanner: SafetyScanner, profile_reader: ProfileReader) -> None:
    report = layer_one(scanner, profile_reader)
    print("\n" + report.text("safety layer"))
    report.check()
    assert not report.no_guidance, report.text("safety layer")


# ----------------------------------------------------------------------------- layer 2: the CLI


def run_cli(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every case in one `chat --jsonl` session, /reset between cases; the last turn's reply of each."""
    lines: list[str] = []
    for case in cases:
        lines += [m.replace("\n", " ") for m in messages(case)] + ["/reset"]
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bot", "chat", "--jsonl"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    replies = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert len(replies) == len(lines), f"{len(replies)} replies for {len(lines)} lines"
    last, at = [], 0
    for case in cases:
        at += len(case["turns"])
        last.append(replies[at - 1])
        at += 1  # the /reset reply
    return last


def test_cli_meets_the_figures_and_hands_off() -> None:
    replies = run_cli(CASES)
    outcomes = []
    for case, reply in zip(CASES, replies, strict=True):
        guidance = any(a.get("guidance") for a in reply.get("safety", []))
        outcomes.append(Outcome(case, reply["urgency"], guidance, f"handoff={reply.get('handoff')}"))
    report = Report(outcomes)
    print("\n" + report.text("through the CLI"))
    report.check()
    for outcome, reply in zip(outcomes, replies, strict=True):
        if outcome.urgency in ("emergency", "urgent"):
            assert reply["handoff"] is True, outcome.case["id"]
        live = [a for a in reply["safety"] if not a["guidance"]]
        if live:
            assert reply["urgency"] == max((a["level"] for a in live), key=level_rank)
            heading, action = reply["reply"].split("\n")[:2]
            assert heading.startswith(LABELS[live[0]["level"]]) and live[0]["about"] in heading, \
                f"{outcome.case['id']}: the highest alert must lead the reply, saying what it is about"
            assert action.startswith(live[0]["message"].split(". ")[0][:40]), \
                f"{outcome.case['id']}: the highest alert's action comes first"
