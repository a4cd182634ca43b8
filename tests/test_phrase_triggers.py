"""Trigger words: a safety or profile pattern is skipped on a message with none of its trigger
words. Skipping must never hide a match (a missed red flag is the worst bug), so the gate is
checked against the regex itself on every message we have."""

from __future__ import annotations

import pickle

import pytest
import yaml

from bot.evaluation.datasets import load_test_sets
from bot.normalise import basic
from bot.text.phrases import PhraseCompiler, PhrasePattern
from bot.text.tokens import Tokens
from tests.conftest import DATA, ROOT


def triggers(phrase: str, vocab: dict[str, list[str]] | None = None) -> frozenset[str] | None:
    return PhraseCompiler(vocab or {}).compile_all([phrase]).triggers


@pytest.mark.parametrize(("phrase", "expected"), [
    ("fever", {"fever"}),
    ("bruis*", {"bruis"}),
    ("can't breathe", {"breath"}),                        # the longest word of a sequence, as its stem
    ("(has|have) a {temp}", {"temp", "temperatur"}),      # a vocab list beats short common words
    ("(high|raised)? fever", {"fever"}),                  # an optional group promises nothing
    ("(a |high |)temp", {"temp"}),                        # neither does a group with an empty choice
    ("# degrees", {"degre"}),                             # nor a number
    ("=degrees", {"degrees"}),                            # an exact word is its own trigger
    ("(nose|gum) .. bleed*", {"bleed"}),
])
def test_triggers_are_words_every_match_contains(phrase: str, expected: set[str]) -> None:
    assert triggers(phrase, {"temp": ["temp", "temperature"]}) == expected


@pytest.mark.parametrize("phrase", ["#", "(very|really)? #", "re: \\d+ days", "(a|)"])
def test_a_phrase_that_promises_no_word_is_always_run(phrase: str) -> None:
    pattern = PhraseCompiler({}, strict=False).compile_all([phrase])
    assert pattern.triggers is None
    assert pattern.can_match(Tokens.from_basic("nothing in common"))


def test_alternatives_need_every_alternative_to_promise_a_word() -> None:
    assert triggers("fever") is not None
    assert PhraseCompiler({}).compile_all(["fever", "#"]).triggers is None
    assert PhraseCompiler({}).compile_all(["fever", "temp"]).triggers == {"fever", "temp"}


def test_gate_skips_a_message_without_the_words_and_runs_one_with_them() -> None:
    pattern = PhraseCompiler({}).compile_all(["won't stop bleeding"])
    assert not pattern.can_match(Tokens.from_basic("how long is maintenance"))
    assert list(pattern.finditer(Tokens.from_basic("how long is maintenance"))) == []
    assert pattern.search(Tokens.from_basic("it won't stop bleeding")) is not None
    assert pattern.search(Tokens.from_basic("the bleeding went on")) is None  # gate open, regex says no


def test_long_trigger_words_are_cut_to_the_prefix_limit() -> None:
    pattern = PhraseCompiler({}).compile_all(["immunocompromisedness"])
    assert pattern.search(Tokens.from_basic("he is immunocompromisedness")) is not None


def test_a_pickled_pattern_is_its_recipe_and_compiles_only_when_used() -> None:
    pattern = PhraseCompiler({}).compile_all(["fever"])
    pattern.compiled()
    copy = pickle.loads(pickle.dumps(pattern))
    assert copy._regex is None and copy.source == pattern.source and copy.triggers == pattern.triggers
    assert copy.search(Tokens.from_basic("a fever")) is not None


# ---------------------------------------------------------------- the gate against the real content

@pytest.fixture(scope="module")
def corpus(bot) -> list[str]:
    """Every message we have: rule examples and negatives, test sets, intent examples."""
    texts: list[str] = []
    for rule in bot.content.safety["rules"]:
        for example in [*rule["examples"], *rule["negative"]]:
            texts.append(example if isinstance(example, str) else example["text"])
    sets = load_test_sets(DATA)
    texts += [turn for case in sets.safety for turn in case.turns]
    texts += [item.text for item in sets.in_scope]
    texts += [*sets.out_of_scope_tune, *sets.out_of_scope_test]
    texts += [example for intent in bot.content.intents for example in intent.examples]
    # The red flags written for training meet the phrases the other texts never do.
    for path in sorted((ROOT / "training" / "safety").glob("*.yaml")):
        messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
        texts += [m["text"] for m in messages if m["level"] != "none"]
    return [basic(text) for text in texts]


def _check(patterns: list[PhrasePattern], tokens_of, corpus: list[str]) -> set[int]:
    """Asserts the gate never closes on a message the regex matches; returns the patterns that matched."""
    matched = set()
    for text in corpus:
        tokens = tokens_of(text)
        for number, pattern in enumerate(patterns):
            if pattern.compiled().search(tokens.text):
                assert pattern.can_match(tokens), (pattern.source[:80], text)
                matched.add(number)
    return matched


def test_gate_never_hides_a_safety_match(bot, corpus: list[str]) -> None:
    patterns = list(bot.scanner.phrase_patterns())
    matched = _check(patterns, bot.scanner.tokens, corpus)
    assert len(corpus) > 4000
    # Most patterns meet some message here (a rule's phrases count one by one: some are met only by
    # wordings we have no text for, and a few `unless` lists match nothing).
    assert len(matched) >= 0.8 * len(patterns)
    gated = [p for p in patterns if p.triggers is not None]
    assert len(gated) >= 0.8 * len(patterns)      # and most patterns are gated at all


def test_gate_never_hides_a_profile_match(bot, corpus: list[str]) -> None:
    patterns = list(bot.profile_reader.phrase_patterns())
    matched = _check(patterns, bot.profile_reader.tokens, corpus)
    assert len(matched) >= 0.9 * len(patterns)


def test_a_plain_question_compiles_few_safety_patterns(bot) -> None:
    """Start-up: a one-shot question about maintenance should not compile the red-flag rules."""
    fresh = pickle.loads(pickle.dumps(bot))  # as loaded from the cache: nothing compiled yet
    fresh.conversation().send("how long is maintenance?")
    patterns = list(fresh.scanner.phrase_patterns())
    compiled = [p for p in patterns if p._regex is not None]
    assert len(compiled) <= 0.25 * len(patterns)
