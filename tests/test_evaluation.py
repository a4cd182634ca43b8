"""`python -m bot eval`: the CI gate, the report, the tuner and the test sets' own rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import sync_playwright

from bot.evaluation.datasets import load_test_sets
from bot.evaluation.evaluate import GATE, evaluate

from .chromium import launch, shoot
from .conftest import DATA, run_bot

ALLBOT = Path(sys.executable).parent / "allbot"  # the console script a person types


@pytest.fixture(scope="module")
def sets():
    return load_test_sets(DATA)


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


def test_follow_up_and_tuning_sets_are_big_enough(sets, bot):
    two = [c for c in sets.follow_ups if len(c.turns) == 2]
    longer = [c for c in sets.follow_ups if len(c.turns) >= 3]
    assert len(two) >= 150 and len(longer) >= 30
    assert {c.intent for c in sets.follow_ups} <= {i.id for i in bot.content.intents}
    assert len(sets.out_of_scope_tuning) >= 600
    assert not set(sets.out_of_scope_tuning) & set(sets.out_of_scope_test)


def test_follow_ups_are_measured_and_reported(result, sets):
    """The follow-up line: right last answers out of the conversations, two turns and longer apart."""
    f = result.follow_ups
    assert f is not None and f.two_turn[1] + f.longer[1] == len(sets.follow_ups)
    assert f.accuracy >= 0.70  # 73.7% when the set was written; a floor below it, for the set to hold
    from bot.evaluation.summary import summary_text
    assert "follow-ups (last turn)" in summary_text(result)


def test_no_test_phrase_is_an_intent_example(bot, sets):
    """The sets are written apart from the intents' examples; none may equal one after normalisation."""
    examples = {key for intent in bot.content.intents for key in intent.canonical_examples}
    phrases = [item.text for item in sets.in_scope] + list(sets.out_of_scope_tune) + list(sets.out_of_scope_test)
    # A follow-up's opening turns only set the topic ("what is ALL"); the turn judged is the last.
    phrases += [case.turns[-1] for case in sets.follow_ups] + list(sets.out_of_scope_tuning)
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


@pytest.fixture(scope="module")
def report_run(tmp_path_factory):
    """`allbot eval --json --report` once for the module's tests (it takes a while)."""
    folder = tmp_path_factory.mktemp("report")
    done = run_bot("eval", "--json", "--folds", "3", "--report", str(folder / "report.html"), "--data", str(DATA),
                   cwd=folder, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return done, folder / "report.html"


def test_eval_json_and_html_report(report_run):
    done, report = report_run
    figures = json.loads(done.stdout)
    assert figures["gate"]["failures"] == []
    assert {"ours", "baseline", "cross_validation", "safety", "latency"} <= set(figures)
    page = report.read_text()
    assert "<script" not in page and "http" not in page.replace("https://medlineplus", "")  # self-contained
    for heading in ("Per intent", "Most confused pairs", "fell to the fallback", "Safety"):
        assert heading in page


def test_the_report_bars_show_their_value_under_their_heading(report_run, tmp_path):
    """In Chromium: a 100% red-flag recall bar is filled to the width of its track, the in-scope bar
    to its percentage, and each bar sits under its own column heading."""
    _, report = report_run
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(report.as_uri())
        shoot(page, tmp_path, "eval-report", full_page=True)
        safety = page.locator("h2:has-text('Safety') + table")
        track = safety.locator(".bar").first.bounding_box()
        fill = safety.locator(".fill").first.bounding_box()
        heading = safety.locator("th:has-text('Red-flag recall')").bounding_box()
        overall = page.locator("h2:has-text('Overall') + table tr").nth(1)
        in_scope_text = overall.locator("td").nth(1).inner_text()
        in_scope_fill = overall.locator(".fill").first.bounding_box()
        browser.close()
    assert track and fill and heading and in_scope_fill
    assert fill["width"] == pytest.approx(track["width"], abs=1) and fill["height"] > 5
    share = float(in_scope_text.strip().rstrip("%")) / 100
    assert in_scope_fill["width"] == pytest.approx(share * track["width"], abs=2)
    # the bar starts under its heading, not at the far side of the column
    assert abs(track["x"] - heading["x"]) < 20
    assert (tmp_path / "eval-report.png").stat().st_size > 10_000


def test_allbot_eval_finds_the_test_sets_of_the_checkout_it_runs_in(tmp_path):
    """The console script, run in a sub-folder of a checkout, uses that checkout's tests/data
    (a small set here, so the figures show which set was read)."""
    data = tmp_path / "checkout" / "tests" / "data"
    data.mkdir(parents=True)
    (data / "in_scope.yaml").write_text(yaml.safe_dump({"phrases": [
        {"text": "how long does maintenance last", "intent": "maintenance"},
        {"text": "what is a lumbar puncture", "intent": "lumbar-puncture"},
        {"text": "what is induction", "intent": "induction"}]}))
    (data / "out_of_scope.yaml").write_text(yaml.safe_dump({"tune": ["best pizza in town"],
                                                              "test": ["who won the football"]}))
    inside = tmp_path / "checkout" / "docs"
    inside.mkdir()
    done = subprocess.run([str(ALLBOT), "eval", "--folds", "2"], cwd=inside, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert "Test sets: 3 in-scope phrases, 1 out-of-scope" in done.stdout.decode()


def test_allbot_eval_outside_a_checkout_says_where_it_looked(tmp_path):
    done = subprocess.run([str(ALLBOT), "eval"], cwd=tmp_path, capture_output=True, timeout=60)
    error = done.stderr.decode()
    assert done.returncode == 2 and "Traceback" not in error
    assert f"looked for tests/data/in_scope.yaml in {tmp_path.resolve()}" in error and "--data DIR" in error


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
