"""The learned safety net: the shipped file is scikit-learn's model, read without scikit-learn."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from bot.safety.net import SafetyNet, windows
from bot.safety.train_net import CLASSES, choose_thresholds, read_corpus, train
from bot.text.linear import unpack
from bot.text.stems import Stems
from tests.conftest import ROOT

CORPUS = ROOT / "training" / "safety"


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(CORPUS)


@pytest.fixture(scope="module")
def shipped() -> dict:
    return unpack(json.loads(files("bot.safety").joinpath("net.json").read_text(encoding="utf-8")))


def test_corpus_is_big_enough_and_has_every_level(corpus) -> None:
    assert len(corpus.texts) >= 3000
    assert {level: corpus.levels.count(level) >= 250 for level in CLASSES} == dict.fromkeys(CLASSES, True)


def test_shipped_net_was_trained_from_todays_corpus(corpus, shipped) -> None:
    # Fails when training/safety changed and `allbot train-safety` was not run.
    assert shipped["corpus_sha256"] == corpus.sha256


def test_reader_gives_scikit_learns_probabilities(corpus, shipped) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn comes with the test extra")
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: F401  (fails loudly if absent)

    from bot.safety import train_net

    stems = Stems.english()
    model = train_net.make_pipeline(stems).fit(corpus.texts, corpus.levels)
    data, _ = train(corpus, stems)
    net = SafetyNet.from_data(data, stems)
    expected = model.predict_proba(corpus.texts)
    order = [list(model.classes_).index(c) for c in CLASSES]
    worst = max(abs(net.probabilities(text)[c] - row[k]) for text, row in zip(corpus.texts, expected, strict=True)
                for c, k in zip(CLASSES, order, strict=True))
    assert worst < 1e-6
    # And the shipped file holds those same weights, to the solver's tolerance (1e-4): it was
    # trained on another machine, whose rounding moves the last digits of where lbfgs stops.
    assert shipped["features"] == data["features"]
    assert max(abs(a - b) for row_a, row_b in zip(shipped["coef"], data["coef"], strict=True)
               for a, b in zip(row_a, row_b, strict=True)) < 1e-3


def test_thresholds_keep_benign_false_alarms_at_the_cap() -> None:
    benign = [{"none": 1 - x / 100, "soon": x / 100, "urgent": 0.0, "emergency": 0.0} for x in range(100)]
    thresholds = choose_thresholds(benign, ["none"] * 100)
    raised = sum(p["soon"] >= thresholds["soon"] for p in benign)
    assert raised <= 1 and thresholds["emergency"] >= 0.5


def test_a_long_message_is_read_in_windows_so_a_flag_is_not_diluted() -> None:
    filler = "we went to the park and then had lunch with grandma. " * 20
    pieces = windows(filler + "i want to kill myself.")
    assert len(pieces) > 1 and "kill myself" in pieces[-1]


def test_net_reads_what_the_rules_do_not(bot) -> None:
    reply = bot.ask("i keep thinking i should just go and not come back to any of this")
    assert reply.urgency == "emergency" and [a.net for a in reply.safety] == ["learned"]
    assert "crisis" in reply.reply.lower() or "samaritans" in reply.reply.lower() or "988" in reply.reply


def test_net_stays_quiet_on_everyday_questions(bot) -> None:
    for text in ("how long is maintenance?", "what is a lumbar puncture", "thank you", "i feel so alone with all this"):
        assert bot.ask(text).urgency == "none", text


def test_net_reads_a_turn_together_with_the_turns_before_it(bot) -> None:
    from bot.dialogue import SessionState

    chat = bot.conversation()
    chat.send("my son is on chemo")
    chat.send("he has been so wibbly")
    # The session keeps the net's numbers for the last turns, never their words.
    saved = chat.state.to_dict()
    assert all(isinstance(x, float) for trace in saved["net_traces"] for x in trace)
    assert "wibbly" not in str(saved)
    # What else it keeps is named by the safety data (a symptom's name), never the person's text.
    undiagnosed = bot.conversation()
    undiagnosed.send("my son has been so pale and wibbleflump")
    kept = undiagnosed.state.to_dict()
    assert "wibbleflump" not in str(kept)
    # a symptom's name, and rules whose sign waits for the person's status (rule ids)
    rule_ids = {rule.id for rule in bot.scanner.rules}
    assert [n for n in kept["noticed"][-1] if not n.startswith("waiting:")] == ["sym_pale"]
    assert all(n.removeprefix("waiting:") in rule_ids for n in kept["noticed"][-1] if n.startswith("waiting:"))
    restored = bot.conversation(SessionState.from_dict(saved))
    assert restored.state.net_traces == chat.state.net_traces
    net = bot.learned.net
    together = net.from_traces([net.trace("my son is on chemo"), net.trace("and now he's shivering and boiling")])
    alone = net.probabilities("my son is on chemo")
    assert together["urgent"] + together["emergency"] > alone["urgent"] + alone["emergency"]


def test_one_trace_reads_as_the_text_does(bot) -> None:
    net = bot.learned.net
    text = "she has a temperature of 38.6 and is on maintenance"
    assert net.from_traces([net.trace(text)]) == net.probabilities(text)
