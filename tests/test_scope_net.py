"""The scope net: everyday questions the matcher half-recognises are turned down, ours are not."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from bot.scope import OUTSIDE, ScopeNet
from bot.text.linear import unpack
from bot.text.stems import Stems
from bot.train_scope import CLASSES, INSIDE, MAX_TURNED_DOWN, choose_threshold, read_corpus, train
from tests.conftest import INTENTS, ROOT


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(INTENTS, ROOT / "tests" / "data" / "out_of_scope_tuning.yaml")


@pytest.fixture(scope="module")
def shipped() -> dict:
    return unpack(json.loads(files("bot").joinpath("scope.json").read_text(encoding="utf-8")))


def test_trained_on_every_example_and_a_large_outside_set(corpus) -> None:
    assert corpus.labels.count(INSIDE) >= 3000
    assert corpus.labels.count(OUTSIDE) >= 600


def test_shipped_net_was_trained_from_todays_examples(corpus, shipped) -> None:
    # Fails when an intent's examples changed and `allbot train-scope` was not run.
    assert shipped["corpus_sha256"] == corpus.sha256


def test_reader_gives_scikit_learns_probabilities(corpus, shipped) -> None:
    from bot import train_scope

    stems = Stems.english()
    model = train_scope.make_pipeline(stems).fit(corpus.texts, corpus.labels)
    data, summary = train(corpus, stems)
    net = ScopeNet.from_data(data, stems)
    column = list(model.classes_).index(OUTSIDE)
    worst = max(abs(net.probabilities(text)[OUTSIDE] - row[column])
                for text, row in zip(corpus.texts, model.predict_proba(corpus.texts), strict=True))
    assert worst < 1e-6
    assert summary["inside_turned_down"] <= MAX_TURNED_DOWN
    assert shipped["features"] == data["features"] and shipped["threshold"] == pytest.approx(data["threshold"])


def test_threshold_turns_down_at_most_one_in_a_hundred_of_our_examples() -> None:
    outside = [i / 1000 for i in range(1000)]
    threshold = choose_threshold(outside, [INSIDE] * 1000)
    assert sum(p >= threshold for p in outside) <= 10 and threshold >= 0.5
    assert CLASSES == (INSIDE, OUTSIDE)


@pytest.mark.parametrize("text", ["how long does a cold last", "what are the early signs of dementia"])
def test_everyday_questions_the_matcher_half_knows_are_turned_down(bot, text) -> None:
    # The matcher alone answers these with the length of treatment and the signs of ALL.
    reply = bot.conversation().send(text)
    assert reply.intent is None and reply.urgency == "none"


@pytest.mark.parametrize("text", ["how long is maintenance?", "what are the early signs of ALL",
                                  "my son is 6, why does he need a lumbar puncture", "whats a TKI",
                                  "can i go back to work"])
def test_our_questions_are_still_answered(bot, text) -> None:
    assert bot.conversation().send(text).intent is not None


def test_a_follow_up_is_read_with_the_last_topic(bot) -> None:
    chat = bot.conversation()
    first = chat.send("what is a bone marrow test")
    assert chat.send("how long does that take?").intent is not None, first.intent


def test_what_the_person_told_us_makes_a_question_ours(bot) -> None:
    # Alone, "can he go back to school" reads as an everyday question; after this it is about ALL.
    chat = bot.conversation()
    chat.send("my son is 6 and having treatment for ALL")
    assert chat.send("can he go back to school").intent == "school-and-work"


def test_turning_an_answer_down_never_drops_an_alert(bot) -> None:
    reply = bot.conversation().send("how long does a cold last? my son is on chemo and has a temp of 38.6")
    assert reply.urgency == "urgent"
