"""`python -m bot eval`: the CI gate, the report, the tuner and the test sets' own rules."""

from __future__ import annotations

import json

import pytest
import yaml

from bot.evaluation.datasets import default_data_dir, load_test_sets
from bot.evaluation.evaluate import GATE, evaluate

from .conftest import DATA


@pytest.fixture(scope="module")
def sets():
    return load_test_sets(default_data_dir())


@pytest.fixture(scope="module")
def result(bot, sets):
    return evaluate(bot, sets, folds=3)


def test_the_gate(result):
    """CI fails here when understanding or safety falls below the agreed figures."""
    assert result.gate_failures() == []


def test_test_sets_are_big_enough(sets, bot):
    assert len(sets.in_scope) >= 300
    assert len(sets.out_of_scope_tune) >= 150 and len(sets.out_of_scope_test) >= 150
    assert len(sets.safety) >= 150
    labels = {item.intent for item in sets.in_scope}
    assert labels <= {i.id for i in bot.content.intents} | {None}


def test_no_test_phrase_is_an_intent_example(bot, sets):
    """The sets are written apart from the intents' examples; none may equal one after normalisation."""
    examples = {key for intent in bot.content.intents for key in intent.canonical_examples}
    phrases = [item.text for item in sets.in_scope] + list(sets.out_of_scope_tune) + list(sets.out_of_scope_test)
    shared = [p for p in phrases if bot.normaliser.canonical(p) in examples]
    assert shared == []


def test_the_baseline_is_reported_and_worse(result):
    assert result.baseline.in_scope_accuracy < result.ours.in_scope_accuracy
    assert result.baseline.name.startswith("baseline")


def test_figures_are_sane(result):
    assert 0 <= result.ours.abstention_rate <= 1
    assert result.latency.median_ms > 0
    assert result.cross_validation.examples > 1000
    assert set(GATE) == {"in_scope_accuracy", "out_of_scope_rejection", "red_flag_recall", "false_alarm_rate_max"}


def test_eval_json_and_html_report(cli, tmp_path):
    report = tmp_path / "report.html"
    done = cli("eval", "--json", "--folds", "3", "--report", str(report), "--data", str(DATA), timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    figures = json.loads(done.stdout)
    assert figures["gate"]["failures"] == []
    assert {"ours", "baseline", "cross_validation", "safety", "latency"} <= set(figures)
    page = report.read_text()
    assert "<script" not in page and "http" not in page.replace("https://medlineplus", "")  # self-contained
    for heading in ("Per intent", "Most confused pairs", "fell to the fallback", "Safety"):
        assert heading in page


def test_eval_text_summary_and_gate_exit(cli):
    done = cli("eval", "--gate", "--folds", "3", "--data", str(DATA), timeout=300)
    assert done.returncode == 0, done.stdout.decode()[-2000:]
    out = done.stdout.decode()
    assert "baseline" in out and "Gate: PASS" in out


def test_tune_writes_thresholds_into_config(cli, content_copy):
    done = cli("--intents", str(content_copy), "eval", "--tune", "--folds", "3", "--data", str(DATA), timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert "<- chosen" in done.stdout.decode()
    matcher = yaml.safe_load((content_copy / "config.yaml").read_text())["matcher"]
    assert 0.3 <= matcher["fallback_threshold"] <= 0.8 and matcher["ambiguity_margin"] > 0
    assert "# below this confidence" in (content_copy / "config.yaml").read_text()  # comments kept


def test_missing_test_sets_are_a_clear_error(cli, tmp_path):
    done = cli("eval", "--data", str(tmp_path))
    assert done.returncode == 2 and "test sets not found" in done.stderr.decode()
