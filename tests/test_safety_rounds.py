"""Sealed blind safety rounds: never edited after their first run, never worse than it."""

from __future__ import annotations

import pytest

from bot.evaluation import rounds
from tests.conftest import DATA

ROUNDS = DATA / "safety_rounds"
FIRST = rounds.first_runs(ROUNDS)
PATHS = sorted(ROUNDS.glob("round-*.yaml"))


def test_every_round_has_its_first_run_on_record() -> None:
    assert PATHS and {p.stem for p in PATHS} == set(FIRST)
    for path in PATHS:
        assert path.read_text(encoding="utf-8").startswith("# FIRST RUN ("), path.name


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_a_round_is_never_edited_after_its_first_run(path) -> None:
    assert rounds.sealed_hash(path) == FIRST[path.stem]["sha256"], f"{path.name} was edited after its first run"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_today_is_no_worse_than_the_first_run(bot, path) -> None:
    first = FIRST[path.stem]
    today = rounds.run_round(bot, path)
    assert today.caught >= first["caught"], today.misses
    assert today.false_alarms <= first["false_alarms"], today.alarms
    crisis_first = int(first["crisis"].split("/")[0])
    assert today.crisis_caught >= crisis_first, today.misses


def test_a_second_first_run_is_refused(tmp_path) -> None:
    import shutil

    copy = tmp_path / PATHS[0].name
    shutil.copy(PATHS[0], copy)
    shutil.copy(ROUNDS / rounds.FIRST_RUNS, tmp_path / rounds.FIRST_RUNS)
    with pytest.raises(ValueError, match="already has a first run"):
        rounds.record_first_run(copy, rounds.RoundFigures(copy.stem), "2026-12-05")
