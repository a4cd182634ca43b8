"""The matcher: canonical text -> ranked intents with a confidence in 0..1."""

from __future__ import annotations

import pytest

from bot.matcher import MatcherIndex


@pytest.fixture(scope="module")
def small():
    return MatcherIndex.build(
        [("maintenance", "how long is maintenance"), ("maintenance", "maintenance tablets at home"),
         ("lp", "what is a lumbar puncture"), ("lp", "lumbar puncture test"),
         ("hello", "hi"), ("hello", "hello there")],
        stopwords={"is", "a", "what", "hi", "hello", "there", "the", "how"},
    )


def test_ranks_every_intent_with_confidence_between_0_and_1(small):
    ranked = small.rank("how long does maintenance last", limit=10)
    assert ranked[0].intent_id == "maintenance"
    assert {c.intent_id for c in ranked} == {"maintenance", "lp", "hello"}
    assert all(0.0 <= c.confidence <= 1.0 for c in ranked)
    assert ranked[0].confidence > ranked[1].confidence


def test_scores_come_out_per_intent_in_index_order(small):
    scores = dict(zip(small.intent_ids, small.scores("lumbar puncture"), strict=True))
    assert set(scores) == {"maintenance", "lp", "hello"}
    assert max(scores, key=scores.get) == "lp"
    assert all(0.0 <= s <= 1.0 for s in scores.values())


def test_with_many_intents_a_message_of_no_known_word_is_ranked_by_characters():
    """Beyond the shortlist size, a garbled word still finds the example it resembles."""
    filler = [(f"topic{n}", f"{word} question") for n, word in enumerate(
        ["apple", "banana", "cherry", "grape", "lemon", "mango", "melon", "olive", "peach", "pear",
         "plum", "quince", "raisin", "date", "fig", "kiwi", "lime", "nectar", "orange", "papaya"])]
    index = MatcherIndex.build([*filler, ("neutropenia", "neutropenia")], stopwords={"question"})
    assert len(index.intent_ids) > index.weights.rerank
    assert index._known("nootropenya") is None  # too far for the typo lookup: only characters can tell
    assert index.rank("nootropenya")[0].intent_id == "neutropenia"


def test_misspelt_words_still_match(small):
    assert small.rank("lumbr punctre")[0].intent_id == "lp"
    assert small.rank("maintainence")[0].intent_id == "maintenance"


def test_a_message_of_only_common_words_can_still_match(small):
    assert small.rank("hello")[0].intent_id == "hello"


def test_unrelated_text_scores_low(small):
    assert small.rank("book a table for two tonight")[0].confidence < 0.3


def test_empty_index_and_empty_message():
    assert MatcherIndex.build([]).rank("anything") == []
    assert MatcherIndex.build([("a", "x y")]).rank("") [0].confidence == 0.0


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("wat is leukimia ALL", "what-is-all"),
        ("symtoms of lukemia", "symptoms-overview"),
        ("lumbar punture what is it", "lumbar-puncture"),
        ("bone marow biopsy", "bone-marrow-biopsy"),
        ("philadelphia chromosone", "philadelphia-positive"),
        ("is leukaemia contageous", "is-all-contagious"),
    ],
)
def test_typos_reach_intent(bot, typed, intent):
    """Hazard: a misunderstood typo. Misspelt questions still reach the right answer."""
    assert bot.ask(typed).intent == intent


def test_ranking_with_pruning_equals_scoring_every_intent(bot):
    """`rank` skips intents whose score bound cannot reach the shortlist, and character similarity
    for those that cannot reach the reported top; the answer, the runner-up and every confidence
    it reports must be exactly what scoring every intent in full gives."""
    from bot.evaluation.datasets import load_test_sets
    from tests.conftest import DATA

    sets = load_test_sets(DATA)
    texts = [item.text for item in sets.in_scope] + list(sets.out_of_scope_test)
    texts += [example for intent in bot.content.intents for example in intent.examples[::3]]
    assert len(texts) > 1500
    for text in texts:
        canonical = bot.normaliser.canonical(text)
        assert bot.index.rank(canonical, 6) == bot.index.rank(canonical, 6, exhaustive=True), text


def test_a_ranking_cut_short_by_a_bar_could_not_have_cleared_it(bot):
    """Part of a long message is ranked only if it could beat the whole message by the focus
    margin; `rank(..., above=bar)` may skip the work only when no intent would score above it."""
    from bot.evaluation.datasets import load_test_sets
    from tests.conftest import DATA

    sets = load_test_sets(DATA)
    texts = [item.text for item in sets.in_scope[::2]] + list(sets.out_of_scope_test[::2])
    skipped = 0
    for text in texts:
        canonical = bot.normaliser.canonical(text)
        full = bot.index.rank(canonical, 5)
        for bar in (0.2, 0.4, 0.6, 0.8, 0.95):
            cut = bot.index.rank(canonical, 5, above=bar)
            if cut:
                assert cut == full, text
            else:
                skipped += 1
                assert full[0].confidence <= bar, (text, bar)
    assert skipped > len(texts)  # the shortcut is taken, not just allowed

