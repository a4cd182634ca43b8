"""Labelled test sets (tests/data/*.yaml), written apart from the intents' own examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content.yamlio import read_yaml


@dataclass(frozen=True)
class Labelled:
    text: str
    intent: str | None  # None: the bot should not give an answer


@dataclass(frozen=True)
class SafetyCase:
    id: str
    turns: tuple[str, ...]
    expect: str  # the reply urgency after the last turn
    benign: bool


@dataclass(frozen=True)
class FollowUp:
    """A conversation whose last turn leans on the turns before it; judged by the last answer."""

    turns: tuple[str, ...]
    intent: str | None


@dataclass(frozen=True)
class TestSets:
    in_scope: tuple[Labelled, ...]
    out_of_scope_tune: tuple[str, ...]
    out_of_scope_test: tuple[str, ...]
    safety: tuple[SafetyCase, ...]
    follow_ups: tuple[FollowUp, ...] = ()  # follow_ups.yaml
    # out_of_scope_tuning.yaml: a larger set for `eval --tune` alone, never a reported figure
    out_of_scope_tuning: tuple[str, ...] = ()


DATA_SUBDIR = Path("tests") / "data"
MARKER = "in_scope.yaml"


def find_data_dir(start: Path | None = None) -> Path | None:
    """The checkout's test sets: tests/data in `start` (default: the current folder) or the
    nearest parent that has one. The installed package carries no test data, so the folder a
    person runs `allbot eval` from is the only sensible place to look."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / DATA_SUBDIR / MARKER).is_file():
            return folder / DATA_SUBDIR
    return None


def load_test_sets(directory: Path) -> TestSets:
    """Raises FileNotFoundError when a set is missing (test data lives in the repository)."""
    in_scope_raw = read_yaml(directory / "in_scope.yaml") or {}
    oos_raw = read_yaml(directory / "out_of_scope.yaml") or {}
    safety_path = directory / "safety_set.yaml"
    safety_raw = read_yaml(safety_path) if safety_path.is_file() else {}
    in_scope = tuple(Labelled(str(row["text"]), None if row.get("intent") in (None, "none") else str(row["intent"]))
                     for row in in_scope_raw.get("phrases") or [])
    safety = tuple(
        SafetyCase(str(case.get("id", n)), tuple(str(t) for t in case["turns"]), str(case["expect"]),
                   bool(case.get("benign", case["expect"] == "none")))
        for n, case in enumerate((safety_raw or {}).get("cases") or [])
    )
    follow_path, tuning_path = directory / "follow_ups.yaml", directory / "out_of_scope_tuning.yaml"
    follow_raw = (read_yaml(follow_path) if follow_path.is_file() else None) or {}
    follow_ups = tuple(FollowUp(tuple(str(t) for t in row["turns"]),
                                None if row.get("intent") in (None, "none") else str(row["intent"]))
                       for row in follow_raw.get("conversations") or [])
    tuning_raw = (read_yaml(tuning_path) if tuning_path.is_file() else None) or {}
    tuning = tuple(str(text) for group in tuning_raw.values() for text in group or [])
    return TestSets(in_scope, tuple(map(str, oos_raw.get("tune") or [])), tuple(map(str, oos_raw.get("test") or [])),
                    safety, follow_ups, tuning)
